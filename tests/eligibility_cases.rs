//! The eligibility check against the funding schemes, case by case (`tests/eligibility/
//! cases.toml`): each case's answers are given as a person would, by number, yes/no, amount
//! and text, and the check must name every scheme the case expects — its version, its status
//! (open; closed since a date; closed by the operator; reopened with `BARENTS_RULES`), the
//! outcome, every reason, the share and the notes — first in the engine, then in the built
//! binary's console in English, Norwegian and Russian.

mod common;

use barents_bot::core::content::Content;
use barents_bot::core::dialog::{Input, StepKind};
use barents_bot::core::effect::{Event, Inbound};
use barents_bot::core::engine;
use barents_bot::core::ids::MessageId;
use barents_bot::core::locale::Locale;
use barents_bot::core::schemes::Status;
use barents_bot::core::session::UserState;
use barents_bot::core::value::{Date, Value};
use common::Console;
use fluent_bundle::FluentArgs;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    /// The open schemes, as `BARENTS_RULES`; absent: the shipped config.
    open: Option<String>,
    answers: BTreeMap<String, toml::Value>,
    expect: Vec<Expect>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Expect {
    scheme: String,
    version: String,
    /// `open`, `closed` (since the scheme's date) or `closed-undated` (by the operator).
    status: String,
    outcome: String,
    reasons: Vec<String>,
    /// The chosen items a reason names (`$matched`), as option values.
    #[serde(default)]
    matched: Vec<String>,
    share: Option<u8>,
    #[serde(default)]
    notes: Vec<String>,
}

fn cases() -> Vec<Case> {
    let text = std::fs::read_to_string(common::repo().join("tests/eligibility/cases.toml")).unwrap();
    toml::from_str::<Cases>(&text).unwrap().case
}

/// The shipped content with the case's schemes open (loaded once per set of open schemes).
fn content_for<'a>(case: &Case, contents: &'a mut BTreeMap<String, Content>) -> &'a Content {
    let open = case.open.clone().unwrap_or_else(|| "nordic-2024".into());
    contents.entry(open.clone()).or_insert_with(|| common::content(&open))
}

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
}

/// What a person types to give `answer` at the question `step` asks: an option's number (or
/// several, comma-separated), yes or no, the amount, the text.
fn typed(input: &Input, answer: &toml::Value) -> String {
    let number_of = |options: &[barents_bot::core::dialog::Opt], v: &str| {
        let i = options.iter().position(|o| o.value == v).unwrap_or_else(|| panic!("no option {v}"));
        (i + 1).to_string()
    };
    match (input, answer) {
        (Input::Choice { options }, toml::Value::String(v)) => number_of(options, v),
        (Input::Multi { options, .. }, toml::Value::Array(vs)) => vs.iter().map(|v| number_of(options, v.as_str().unwrap())).collect::<Vec<_>>().join(", "),
        (Input::YesNo, toml::Value::Boolean(b)) => if *b { "yes" } else { "no" }.to_owned(),
        (Input::Number { .. }, toml::Value::Integer(n)) => n.to_string(),
        (Input::Text { .. }, toml::Value::String(t)) => t.clone(),
        (input, answer) => panic!("cannot type {answer:?} for {input:?}"),
    }
}

/// Walks the check in the engine, answering each question from the case; returns the lines
/// typed (from the main menu on) and the answers as stored.
fn walk(content: &Content, case: &Case) -> (Vec<String>, BTreeMap<barents_bot::core::ids::SlotName, Value>) {
    let dialog = content.dialogs.get(&content.settings.criteria_dialog).unwrap();
    let mut user = UserState::default();
    let send = |user: UserState, event: Event| engine::step(content, user, &Inbound { event, locale_hint: Some(Locale::En), now: now() });
    user = send(user, Event::Resume).user;
    let mut lines = vec!["/start eligibility".to_owned()];
    let mut turned = send(user, Event::Text(lines[0].clone()));
    for _ in 0..40 {
        let Some(question) = turned.replies.iter().rev().find(|r| r.kind == barents_bot::core::reply::Kind::Question) else { break };
        let Some(step) = dialog.steps.iter().find(|s| matches!(&s.kind, StepKind::Ask(q) if q.text.id == question.key)) else { break };
        let StepKind::Ask(q) = &step.kind else { unreachable!() };
        let answer = case.answers.get(q.slot.as_str()).unwrap_or_else(|| panic!("{}: no answer for {}", case.name, q.slot));
        let line = typed(&q.input, answer);
        lines.push(line.clone());
        let answers_before = turned.user.session.slots.clone();
        turned = send(turned.user, Event::Text(line));
        if turned.replies.iter().any(|r| r.key.as_str().starts_with("verdict-")) {
            let mut slots = answers_before;
            slots.insert(q.slot.clone(), turned_value(answer));
            return (lines, slots);
        }
    }
    panic!("{}: the check never gave a verdict", case.name)
}

fn turned_value(answer: &toml::Value) -> Value {
    match answer {
        toml::Value::String(s) => Value::Choice(s.clone()),
        toml::Value::Integer(n) => Value::Number(*n),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Array(a) => Value::Choices(a.iter().map(|v| v.as_str().unwrap().to_owned()).collect()),
        _ => unreachable!(),
    }
}

/// The lines the verdict must contain in `locale` for one expected scheme.
fn expected_lines(content: &Content, locale: Locale, e: &Expect) -> Vec<String> {
    let scheme = content.schemes.get(&e.scheme).unwrap_or_else(|| panic!("no scheme {}", e.scheme));
    let text = |id: &str, args: Option<&FluentArgs>| content.catalog.format(locale, &MessageId::new(id), args);
    let mut a = FluentArgs::new();
    a.set("title", text(scheme.title.as_str(), None));
    a.set("version", e.version.clone());
    a.set("status", e.status.clone());
    if let Some(since) = scheme.closed_from {
        a.set("since", content.catalog.formats(locale).date(since));
    }
    let mut lines = vec![text("verdict-scheme", Some(&a))];
    if e.status == "open" {
        lines.push(text(&format!("verdict-{}", e.outcome), None));
    } else {
        let mut a = FluentArgs::new();
        a.set("outcome", e.outcome.clone());
        lines.push(text("verdict-closed", Some(&a)));
    }
    let mut named = FluentArgs::new();
    // A scheme that takes no applications gives its reasons in the past, offering nothing.
    named.set("scheme_status", if e.status == "open" { "open" } else { "closed" });
    if !e.matched.is_empty() {
        let costs = Value::Choices(e.matched.clone());
        named.set("matched", barents_bot::core::display::display_value(content, locale, &barents_bot::core::ids::SlotName::new("costs"), &costs));
    }
    // Ruled out with doubts besides: the doubts come under a heading of their own.
    let version = scheme.versions.iter().find(|v| v.version == e.version).unwrap();
    let doubt = |r: &String| version.rules.iter().any(|x| x.reason.as_str() == r && x.outcome == barents_bot::core::schemes::Outcome::Unclear);
    for (i, r) in e.reasons.iter().enumerate() {
        if e.outcome == "does-not-fit" && doubt(r) && !e.reasons[..i].iter().any(doubt) {
            lines.push(text("verdict-doubts-too", Some(&named)));
        }
        lines.push(format!("• {}", text(r, Some(&named))));
    }
    if let Some(share) = e.share {
        let version = scheme.versions.iter().find(|v| v.version == e.version).unwrap();
        let mut a = FluentArgs::new();
        a.set("share", share);
        a.set("base", version.share_base.as_str());
        lines.push(text("verdict-share", Some(&a)));
    }
    for n in &e.notes {
        // Notes and share reasons state the numbers of their version's rules.
        let mut a = FluentArgs::new();
        version.values.set_args(&mut a);
        lines.push(text(n, Some(&a)));
    }
    lines
}

#[test]
fn there_are_enough_cases_and_they_cover_every_reason_and_status() {
    let content = common::content("nordic-2024");
    let cases = cases();
    assert!(cases.len() >= 25, "{} cases", cases.len());
    let expects: Vec<&Expect> = cases.iter().flat_map(|c| &c.expect).collect();
    // Every reason any version can give, and every status.
    for scheme in content.schemes.map.values() {
        for v in &scheme.versions {
            // 2021.1 is never in force today: its reasons are 2022.1's, which the cases cover.
            for r in v.rules.iter().filter(|_| v.version != "2021.1") {
                assert!(expects.iter().any(|e| e.reasons.iter().any(|x| x == r.reason.as_str())), "no case gives {}", r.reason);
            }
        }
    }
    for status in ["open", "closed", "closed-undated"] {
        assert!(expects.iter().any(|e| e.status == status), "no case with status {status}");
    }
    assert!(cases.iter().any(|c| c.open.as_deref().is_some_and(|o| o.contains("norwegian-russian")) && c.expect.iter().any(|e| e.scheme == "norwegian-russian" && e.status == "open")), "reopened by config");
}

#[test]
fn every_case_gets_its_verdict_from_the_engine() {
    let mut failures = Vec::new();
    let mut contents = BTreeMap::new();
    for case in cases() {
        let (_, slots) = walk(content_for(&case, &mut contents), &case);
        let content = content_for(&case, &mut contents);
        let today = Date::from_unix(now());
        let got = content.schemes.assess(&content.settings.open_schemes, &slots, today);
        let got: Vec<String> = got
            .checked
            .iter()
            .map(|c| {
                let status = match c.status {
                    Status::Open => "open",
                    Status::Closed { since: Some(_) } => "closed",
                    Status::Closed { since: None } => "closed-undated",
                };
                let share = (c.status == Status::Open && c.verdict.outcome.as_str() != "does-not-fit").then_some(c.verdict.share);
                format!("{} {} {status} {} {:?} {share:?}", c.scheme.id, c.version.version, c.verdict.outcome.as_str(), c.verdict.reasons.iter().map(|r| r.id.as_str()).collect::<Vec<_>>())
            })
            .collect();
        let want: Vec<String> = case.expect.iter().map(|e| format!("{} {} {} {} {:?} {:?}", e.scheme, e.version, e.status, e.outcome, e.reasons, e.share)).collect();
        if got != want {
            failures.push(format!("{}:\n  want {want:?}\n  got  {got:?}", case.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_case_reads_right_in_the_console_in_every_language() {
    let mut failures = Vec::new();
    let mut contents = BTreeMap::new();
    for case in cases() {
        let content = content_for(&case, &mut contents);
        let (lines, _) = walk(content, &case);
        for locale in [Locale::En, Locale::Nb, Locale::Ru] {
            let data = tempfile::tempdir().unwrap();
            let env: Vec<(&str, &str)> = case.open.as_deref().map(|o| ("BARENTS_RULES", o)).into_iter().collect();
            let mut c = Console::start_with(data.path(), &["console", "--user", "case", "--lang", locale.code()], &env);
            c.wait_for("[2]");
            for l in &lines {
                c.send(l);
            }
            let done = content.catalog.format(locale, &MessageId::new("eligibility-done"), None);
            c.wait_for(&done);
            let out = c.transcript.clone();
            c.finish();
            for e in &case.expect {
                for want in expected_lines(content, locale, e) {
                    // A select's text ends where the reasons begin; each must be there whole.
                    if !out.contains(want.trim_end()) {
                        failures.push(format!("{} [{}]: missing {want:?}", case.name, locale.code()));
                    }
                }
            }
            // Never the old, unqualified "Good news".
            assert!(!out.contains("Good news") && !out.contains("Gode nyheter") && !out.contains("Хорошая новость"), "{}", case.name);
        }
    }
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}
