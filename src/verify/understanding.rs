//! How well the bot understands what people type, measured: the test sets in
//! `tests/understanding/<lang>.toml` (messages as people write them, where they were typed, and
//! what a person would have meant) are each sent to the engine as one turn, and what the bot
//! then did is compared with what was meant. Accuracy is counted per language and per kind of
//! step; below 90 % in a language the set fails. `tests/understanding/reported.toml` holds
//! examples people reported: each of them must do what was meant.
//!
//! The outcome is read from what a user would notice: the answer kept (or asked back), the
//! step's help, an answer from the resource centre, a journey started (or offered), the
//! greeting, the privacy text, the language changed, "which one?", or a refusal.

use super::{Failure, Numbered, numbered};
use crate::core::content::Content;
use crate::core::dialog::{Input, StepKind};
use crate::core::effect::{Event, Inbound, Turned};
use crate::core::engine;
use crate::core::ids::{DialogId, SlotName, StepId};
use crate::core::locale::Locale;
use crate::core::session::{AdviceView, Cursor, Leave, State, UserState};
use crate::core::value::Value;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The least share of a language's cases the bot must understand.
pub const FLOOR: f64 = 0.90;

/// The examples people reported, each of which must do what was meant.
pub const REPORTED: &str = "tests/understanding/reported.toml";

/// 2026-12-05 at noon (UTC), so the date steps' bounds (today to three years on) do not move under the set.
const NOW: i64 = 1_796_472_000;

/// The costs of a mid-sized project, in NOK.
const BUDGET: &[(&str, i64)] = &[
    ("cost_travel", 300_000),
    ("cost_accommodation", 150_000),
    ("cost_interpretation", 50_000),
    ("cost_fees", 100_000),
    ("cost_administration", 50_000),
    ("cost_other", 50_000),
    ("norwegian_costs", 500_000),
    ("budget", 700_000),
];

#[derive(Deserialize)]
struct Set {
    case: Vec<Case>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub at: String,
    pub say: String,
    pub expect: String,
}

/// The set of one language (`tests/understanding/<lang>.toml`), from the content folder.
pub fn file(locale: Locale) -> String {
    format!("tests/understanding/{}.toml", locale.code())
}

/// A set's cases under `root`, each with its line.
pub fn read(root: &Path, file: &str) -> Result<Vec<Numbered<Case>>, Failure> {
    let (set, text) = super::read::<Set>(root, file)?;
    Ok(numbered(set.case, &text, "[[case]]"))
}

/// Sends `case` as one turn where it was typed, and says what the bot did, in the set's terms,
/// and the kind of step it was typed at. `Err` when the case names a step there is not.
pub fn outcome(content: &Content, locale: Locale, case: &Case) -> Result<(String, &'static str), String> {
    let (dialog, step) = match case.at.split_once('/') {
        Some((d, s)) => (DialogId::new(d), StepId::new(s)),
        None => {
            let main = content.settings.main_dialog.clone();
            let start = content.dialogs.get(&main).ok_or("the main dialog is missing")?.start.step.clone();
            (main, start)
        }
    };
    let kind = &content.dialogs.step(&dialog, &step).ok_or_else(|| format!("`{}`: there is no such step", case.at))?.kind;
    let context = match kind {
        StepKind::Menu { .. } => "menu",
        StepKind::Ask(q) => match q.input {
            Input::Choice { .. } => "choice",
            Input::Multi { .. } => "multi",
            Input::YesNo => "yes-no",
            Input::Number { .. } => "number",
            Input::Date { .. } => "date",
            Input::Text { .. } => "text",
        },
        _ => return Err(format!("`{}` is not a step that reads text", case.at)),
    };
    let mut user = UserState::default();
    user.prefs.language = Some(locale);
    user.session.state = State::Asking { at: Cursor { dialog: dialog.clone(), step: step.clone(), stack: Vec::new() }, failures: 0, return_to: None };
    // A budget so far, as a person at this point would have given it: the amounts later
    // questions are checked against (the Norwegian side's part, the share applied for).
    if let StepKind::Ask(q) = kind {
        for (slot, n) in BUDGET.iter().filter(|(s, _)| *s != q.slot.as_str()) {
            user.session.slots.insert(SlotName::new(*slot), Value::Number(*n));
        }
    }
    let before = user.clone();
    let turned = engine::step(content, user, &Inbound { event: Event::Text(case.say.clone()), locale_hint: None, now: NOW });
    Ok((describe(content, &before, &turned, kind), context))
}

fn describe(content: &Content, before: &UserState, turned: &Turned, kind: &StepKind) -> String {
    let keys: Vec<&str> = turned.replies.iter().map(|r| r.key.as_str()).collect();
    let has = |k: &str| keys.contains(&k);
    let state = &turned.user.session.state;
    // An answer kept, or asked back before it is kept.
    let kept = match (kind, state) {
        (StepKind::Ask(_), State::Confirming { value, .. }) => Some(value.clone()),
        (StepKind::Ask(q), _) => turned.user.session.slots.get(&q.slot).filter(|v| before.session.slots.get(&q.slot) != Some(*v)).cloned().or_else(|| {
            // A repeated item's answers move into its list once the item is complete.
            turned.user.session.slots.values().find_map(|v| match v {
                Value::Records(items) => items.last().and_then(|r| r.get(q.slot.as_str())).cloned(),
                _ => None,
            })
        }),
        _ => None,
    };
    if let Some(v) = kept {
        return match v {
            Value::Choice(c) => format!("pick:{c}"),
            Value::Choices(cs) => format!("pick:{}", cs.join(",")),
            Value::Bool(true) => "yes".into(),
            Value::Bool(false) => "no".into(),
            Value::Number(n) => format!("number:{n}"),
            Value::Date(d) => format!("date:{d}"),
            Value::Text(_) => "answer".into(),
            Value::Records(_) => "records".into(),
        };
    }
    if let (true, Some(l)) = (has("language-set"), turned.user.prefs.language) {
        return format!("intent:language-{}", l.code());
    }
    match state {
        State::Leaving { to: Leave::Journey { dialog, .. }, .. } => return format!("journey:{dialog}"),
        State::Leaving { to: Leave::Stop, .. } => return "intent:stop".into(),
        State::Partnering { .. } => return "journey:partners".into(),
        State::Advising { view: AdviceView::Answers { .. }, .. } => return "question".into(),
        // A question too vague to search ("how much can we get?"): the resource centre asks for more.
        State::Advising { .. } if has("kb-say-more") => return "question".into(),
        State::Advising { .. } => return "journey:advice".into(),
        State::WritingToAdviser { .. } => return "intent:adviser".into(),
        _ => {}
    }
    if let (StepKind::Menu { .. }, Some(cursor)) = (kind, state.cursor())
        && cursor.dialog != content.settings.main_dialog
    {
        return format!("journey:{}", cursor.dialog);
    }
    // A journey that only tells something (about) is over within the turn: its texts were shown.
    if let Some(d) = content.dialogs.map.values().filter(|d| d.id != content.settings.main_dialog).find(|d| {
        d.steps.iter().any(|s| matches!(&s.kind, StepKind::Message { text, .. } if keys.contains(&text.id.as_str())))
    }) {
        return format!("journey:{}", d.id);
    }
    let help_id = |k: &&str| k.ends_with("-help") && *k != "main-menu-help";
    let outcome = if has("understand-which") {
        "which"
    } else if has("help-general") {
        "intent:help"
    } else if keys.iter().any(help_id) || has("understand-no-help") {
        "help"
    } else if has("understand-answer") || has("understand-no-answer") {
        "question"
    } else if has("understand-greeting") || (matches!(kind, StepKind::Menu { .. }) && keys == ["main-menu"]) {
        // At the menu a greeting is answered by the menu, whose text greets.
        "intent:greeting"
    } else if has("understand-thanks") {
        "intent:thanks"
    } else if has("understand-stop-menu") {
        "intent:stop"
    } else if has("back-nothing") {
        // A case starts at its step with nothing before it: "back" is told there is none.
        "intent:back"
    } else if has("privacy-text") {
        "intent:privacy"
    } else if has("understand-already-here") {
        "journey:here"
    } else {
        "refuse"
    };
    outcome.to_owned()
}

/// Whether the bot did what was meant. A journey offered from inside the dialog it is already
/// in keeps the person where they are, which is what they meant.
pub fn agrees(expect: &str, got: &str) -> bool {
    if expect == got {
        return true;
    }
    let sorted = |s: &str| {
        s.strip_prefix("pick:").map(|v| {
            let mut v: Vec<&str> = v.split(',').collect();
            v.sort_unstable();
            v.join(",")
        })
    };
    matches!((sorted(expect), sorted(got)), (Some(a), Some(b)) if a == b)
}

/// One language's set, measured.
pub struct Measure {
    pub locale: Locale,
    pub total: usize,
    pub right: usize,
    /// Per kind of step (and "question in a step"): (right, of).
    pub by_context: BTreeMap<&'static str, (usize, usize)>,
    /// The cases the bot did not understand as meant (or that name no step).
    pub misses: Vec<Failure>,
    /// The cases that name a step there is not, or one that reads no text (also misses).
    pub unrunnable: Vec<Failure>,
}

impl Measure {
    pub fn share(&self) -> f64 {
        self.right as f64 / self.total.max(1) as f64
    }

    pub fn passes(&self) -> bool {
        self.share() >= FLOOR
    }
}

/// What a miss says: where it was typed, what, what was meant and what the bot did.
fn miss(file: &str, line: usize, case: &Case, got: &str) -> Failure {
    Failure { file: file.to_owned(), line, message: format!("at {} {:?}: meant {}, the bot did {got}", case.at, case.say, case.expect) }
}

/// Sends every case of one language's set (read from `file`) and counts what was understood.
pub fn measure(content: &Content, locale: Locale, file: &str, cases: &[Numbered<Case>]) -> Measure {
    let mut m = Measure { locale, total: cases.len(), right: 0, by_context: BTreeMap::new(), misses: Vec::new(), unrunnable: Vec::new() };
    for Numbered { line, item: case } in cases {
        let (got, context) = match outcome(content, locale, case) {
            Ok(o) => o,
            Err(e) => {
                let failure = Failure { file: file.to_owned(), line: *line, message: e };
                m.misses.push(failure.clone());
                m.unrunnable.push(failure);
                continue;
            }
        };
        let right = agrees(&case.expect, &got);
        let question = case.at != "menu" && matches!(case.expect.as_str(), "help" | "question");
        for c in [Some(context), question.then_some("question in a step")].into_iter().flatten() {
            let e = m.by_context.entry(c).or_default();
            e.1 += 1;
            e.0 += usize::from(right);
        }
        if right {
            m.right += 1;
        } else {
            m.misses.push(miss(file, *line, case, &got));
        }
    }
    m
}

/// The reported examples that no longer do what was meant, each typed by someone whose
/// language is the one they write in.
pub fn reported(content: &Content, cases: &[Numbered<Case>]) -> Vec<Failure> {
    let mut failures = Vec::new();
    for Numbered { line, item: case } in cases {
        let locale = if case.say.chars().any(|c| ('а'..='я').contains(&c)) { Locale::Ru } else { Locale::En };
        match outcome(content, locale, case) {
            Ok((got, _)) if agrees(&case.expect, &got) => {}
            Ok((got, _)) => failures.push(miss(REPORTED, *line, case, &got)),
            Err(e) => failures.push(Failure { file: REPORTED.to_owned(), line: *line, message: e }),
        }
    }
    failures
}
