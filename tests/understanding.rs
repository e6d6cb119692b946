//! How well the bot understands what people type, measured: the test sets in
//! `tests/understanding/<lang>.toml` (messages as people write them, where they were typed, and
//! what a person would have meant) are each sent to the engine as one turn, and what the bot
//! then did is compared with what was meant. Accuracy is reported per language and per kind of
//! step; below 90 % in any language the test fails.
//!
//! The outcome is read from what a user would notice: the answer kept (or asked back), the
//! step's help, an answer from the resource centre, a journey started (or offered), the
//! greeting, the privacy text, the language changed, "which one?", or a refusal.

mod common;

use barents_bot::core::content::Content;
use barents_bot::core::dialog::{Input, StepKind};
use barents_bot::core::effect::{Event, Inbound, Turned};
use barents_bot::core::engine;
use barents_bot::core::ids::{DialogId, StepId};
use barents_bot::core::locale::Locale;
use barents_bot::core::session::{Cursor, Leave, State, UserState};
use barents_bot::core::value::Value;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The least share of a language's cases the bot must understand.
const FLOOR: f64 = 0.90;

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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    at: String,
    say: String,
    expect: String,
}

/// Sends `case` as one turn where it was typed, and says what the bot did, in the set's terms.
fn outcome(content: &Content, locale: Locale, case: &Case) -> (String, &'static str) {
    let (dialog, step) = match case.at.split_once('/') {
        Some((d, s)) => (DialogId::new(d), StepId::new(s)),
        None => {
            let main = content.settings.main_dialog.clone();
            let start = content.dialogs.get(&main).unwrap().start.step.clone();
            (main, start)
        }
    };
    let kind = &content.dialogs.step(&dialog, &step).unwrap_or_else(|| panic!("{}: no such step", case.at)).kind;
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
        _ => panic!("{}: not a step that reads text", case.at),
    };
    let mut user = UserState::default();
    user.prefs.language = Some(locale);
    user.session.state = State::Asking { at: Cursor { dialog: dialog.clone(), step: step.clone(), stack: Vec::new() }, failures: 0, return_to: None };
    // A budget so far, as a person at this point would have given it: the amounts later
    // questions are checked against (the Norwegian side's part, the share applied for).
    if let StepKind::Ask(q) = kind {
        for (slot, n) in BUDGET.iter().filter(|(s, _)| *s != q.slot.as_str()) {
            user.session.slots.insert(barents_bot::core::ids::SlotName::new(*slot), Value::Number(*n));
        }
    }
    let before = user.clone();
    let turned = engine::step(content, user, &Inbound { event: Event::Text(case.say.clone()), locale_hint: None, now: NOW });
    (describe(content, &before, &turned, kind), context)
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
        State::Advising { view: barents_bot::core::session::AdviceView::Answers { .. }, .. } => return "question".into(),
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
fn agrees(expect: &str, got: &str) -> bool {
    if expect == got {
        return true;
    }
    let sorted = |s: &str| s.strip_prefix("pick:").map(|v| {
        let mut v: Vec<&str> = v.split(',').collect();
        v.sort_unstable();
        v.join(",")
    });
    matches!((sorted(expect), sorted(got)), (Some(a), Some(b)) if a == b)
}

#[test]
fn the_reported_examples_do_what_was_meant() {
    let content = common::content("nordic-2024");
    let set: Set = toml::from_str(&std::fs::read_to_string(common::repo().join("tests/understanding/reported.toml")).unwrap()).unwrap();
    for case in &set.case {
        // Typed by someone whose language is the one they write in.
        let locale = if case.say.chars().any(|c| ('а'..='я').contains(&c)) { Locale::Ru } else { Locale::En };
        let (got, _) = outcome(&content, locale, case);
        assert!(agrees(&case.expect, &got), "{} {:?}: expected {}, got {}", case.at, case.say, case.expect, got);
    }
}

#[test]
fn people_are_understood_in_every_language() {
    let content = common::content("nordic-2024");
    let mut report = String::new();
    let mut failing = Vec::new();
    for locale in Locale::ALL {
        let path = common::repo().join(format!("tests/understanding/{}.toml", locale.code()));
        let set: Set = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let mut by_context: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        let mut misses = Vec::new();
        for case in &set.case {
            let (got, context) = outcome(&content, locale, case);
            let question = case.at != "menu" && matches!(case.expect.as_str(), "help" | "question");
            for c in [context, if question { "question in a step" } else { "" }] {
                if c.is_empty() {
                    continue;
                }
                let e = by_context.entry(c).or_default();
                e.1 += 1;
                if agrees(&case.expect, &got) {
                    e.0 += 1;
                }
            }
            if !agrees(&case.expect, &got) {
                misses.push(format!("  {} {:?}: expected {}, got {}", case.at, case.say, case.expect, got));
            }
        }
        let total = set.case.len();
        let right = total - misses.len();
        let share = right as f64 / total as f64;
        report.push_str(&format!("{}: {right}/{total} = {:.1} %\n", locale.code(), share * 100.0));
        for (c, (r, n)) in &by_context {
            report.push_str(&format!("  {c}: {r}/{n} = {:.0} %\n", *r as f64 * 100.0 / *n as f64));
        }
        report.push_str(&misses.join("\n"));
        report.push('\n');
        assert!(total >= 150, "{}: the set must have at least 150 cases, has {total}", locale.code());
        if share < FLOOR {
            failing.push(locale.code());
        }
    }
    println!("{report}");
    assert!(failing.is_empty(), "understood below {:.0} % in {failing:?}:\n{report}", FLOOR * 100.0);
}
