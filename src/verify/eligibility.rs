//! The eligibility check against the funding schemes, case by case
//! (`tests/eligibility/cases.toml`): each case's answers are given as a person would, by
//! number, yes/no, amount and text, and the check must name every scheme the case expects —
//! its version, its status (open; closed since a date; closed by the operator; reopened with
//! `BARENTS_RULES`), the outcome, every reason and the share.

use super::{Contents, Failure, Numbered, glimpse, numbered, written};
use crate::core::content::Content;
use crate::core::dialog::{Input, Opt, StepKind};
use crate::core::effect::{Event, Inbound};
use crate::core::engine;
use crate::core::ids::SlotName;
use crate::core::locale::Locale;
use crate::core::reply::Kind;
use crate::core::schemes::Status;
use crate::core::session::UserState;
use crate::core::value::{Date, Value};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// Where the cases are, from the content folder.
pub const FILE: &str = "tests/eligibility/cases.toml";

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub name: String,
    /// The open schemes, as `BARENTS_RULES`; absent: the shipped config.
    pub open: Option<String>,
    pub answers: BTreeMap<String, toml::Value>,
    pub expect: Vec<Expect>,
}

impl Case {
    /// The schemes open for this case.
    pub fn open(&self) -> &str {
        self.open.as_deref().unwrap_or("nordic-2024")
    }
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    pub scheme: String,
    pub version: String,
    /// `open`, `closed` (since the scheme's date) or `closed-undated` (by the operator).
    pub status: String,
    pub outcome: String,
    pub reasons: Vec<String>,
    /// The chosen items a reason names (`$matched`), as option values.
    #[serde(default)]
    pub matched: Vec<String>,
    pub share: Option<u8>,
    #[serde(default)]
    pub notes: Vec<String>,
}

/// The cases under `root`, each with its line.
pub fn read(root: &Path) -> Result<Vec<Numbered<Case>>, Failure> {
    let (cases, text) = super::read::<Cases>(root, FILE)?;
    Ok(numbered(cases.case, &text, "[[case]]"))
}

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// What a person types to give `answer` at the question `step` asks: an option's number (or
/// several, comma-separated), yes or no, the amount, the text.
pub fn typed(input: &Input, answer: &toml::Value) -> Result<String, String> {
    let number_of = |options: &[Opt], v: &str| options.iter().position(|o| o.value == v).map(|i| (i + 1).to_string()).ok_or_else(|| format!("the question has no option `{v}`"));
    match (input, answer) {
        (Input::Choice { options }, toml::Value::String(v)) => number_of(options, v),
        (Input::Multi { options, .. }, toml::Value::Array(vs)) => Ok(vs.iter().map(|v| number_of(options, v.as_str().unwrap_or_default())).collect::<Result<Vec<_>, _>>()?.join(", ")),
        (Input::YesNo, toml::Value::Boolean(b)) => Ok(if *b { "yes" } else { "no" }.to_owned()),
        (Input::Number { .. }, toml::Value::Integer(n)) => Ok(n.to_string()),
        (Input::Text { .. }, toml::Value::String(t)) => Ok(t.clone()),
        (_, answer) => Err(format!("{} is not an answer this question takes", written(answer))),
    }
}

fn stored(answer: &toml::Value) -> Value {
    match answer {
        toml::Value::String(s) => Value::Choice(s.clone()),
        toml::Value::Integer(n) => Value::Number(*n),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Array(a) => Value::Choices(a.iter().filter_map(|v| v.as_str()).map(str::to_owned).collect()),
        other => Value::Text(written(other)),
    }
}

/// Walks the check in the engine, answering each question from the case; returns the lines
/// typed (from the main menu on) and the answers as stored. `Err` says, in an editor's words,
/// where the walk stopped: a question the case has no answer for, or no verdict at all.
pub fn walk(content: &Content, case: &Case) -> Result<(Vec<String>, BTreeMap<SlotName, Value>), String> {
    let dialog = content.dialogs.get(&content.settings.criteria_dialog).ok_or("there is no eligibility dialog")?;
    let send = |user: UserState, event: Event| engine::step(content, user, &Inbound { event, locale_hint: Some(Locale::En), now: now() });
    let user = send(UserState::default(), Event::Resume).user;
    let mut lines = vec!["/start eligibility".to_owned()];
    let mut turned = send(user, Event::Text(lines[0].clone()));
    for _ in 0..40 {
        let Some(question) = turned.replies.iter().rev().find(|r| r.kind == Kind::Question) else { break };
        let Some(q) = dialog.steps.iter().find_map(|s| match &s.kind {
            StepKind::Ask(q) if q.text.id == question.key => Some(q),
            _ => None,
        }) else {
            break;
        };
        let answer = case.answers.get(q.slot.as_str()).ok_or_else(|| {
            format!("the check asks `{}` ({:?}), and the case gives no answer for it: add `{} = …` under [case.answers]", question.key, glimpse(&question.text), q.slot)
        })?;
        let line = typed(&q.input, answer).map_err(|e| format!("`{}` = {}: {e}", q.slot, written(answer)))?;
        lines.push(line.clone());
        let answers_before = turned.user.session.slots.clone();
        turned = send(turned.user, Event::Text(line));
        if turned.replies.iter().any(|r| r.key.as_str().starts_with("verdict-")) {
            let mut slots = answers_before;
            slots.insert(q.slot.clone(), stored(answer));
            return Ok((lines, slots));
        }
    }
    let last = turned.replies.last().map_or("nothing".to_owned(), |r| format!("`{}` ({:?})", r.key, glimpse(&r.text)));
    Err(format!("the check never gave a verdict; it last said {last}"))
}

/// What the check said for a case, one line per scheme, in the case's terms.
fn verdicts(content: &Content, slots: &BTreeMap<SlotName, Value>) -> Vec<String> {
    let got = content.schemes.assess(&content.settings.open_schemes, slots, Date::from_unix(now()));
    got.checked
        .iter()
        .map(|c| {
            let status = match c.status {
                Status::Open => "open",
                Status::Closed { since: Some(_) } => "closed",
                Status::Closed { since: None } => "closed-undated",
            };
            let share = (c.status == Status::Open && c.verdict.outcome.as_str() != "does-not-fit").then_some(c.verdict.share);
            let reasons: Vec<&str> = c.verdict.reasons.iter().map(|r| r.id.as_str()).collect();
            line(c.scheme.id.as_str(), &c.version.version, status, c.verdict.outcome.as_str(), &reasons, share)
        })
        .collect()
}

fn line(scheme: &str, version: &str, status: &str, outcome: &str, reasons: &[&str], share: Option<u8>) -> String {
    let share = share.map_or(String::new(), |s| format!(", share {s} %"));
    format!("{scheme} {version} ({status}): {outcome}, reasons [{}]{share}", reasons.join(", "))
}

/// Runs every case; one failure for each case whose verdict is not the one it expects.
pub fn run_all(cases: &[Numbered<Case>], contents: &mut Contents) -> Vec<Failure> {
    let mut failures = Vec::new();
    for Numbered { line: at, item: case } in cases {
        let fail = |message: String| Failure { file: FILE.to_owned(), line: *at, message: format!("case {:?}: {message}", case.name) };
        let content = match contents.open(case.open()) {
            Ok(c) => c,
            Err(e) => {
                failures.push(fail(e));
                continue;
            }
        };
        let slots = match walk(&content, case) {
            Ok((_, slots)) => slots,
            Err(e) => {
                failures.push(fail(e));
                continue;
            }
        };
        let got = verdicts(&content, &slots);
        let want: Vec<String> = case.expect.iter().map(|e| line(&e.scheme, &e.version, &e.status, &e.outcome, &e.reasons.iter().map(String::as_str).collect::<Vec<_>>(), e.share)).collect();
        if got != want {
            failures.push(fail(format!("expected {}; the check said {}", want.join("; "), got.join("; "))));
        }
    }
    failures
}
