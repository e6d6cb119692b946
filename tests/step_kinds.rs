//! The step kinds and validators the shipped journeys do not use yet, run through the engine
//! on the fixture content in `tests/fixtures/kinds`: call and return, optional questions and
//! /skip, e-mail, phone, regex and organisation-number validators, date and amount ranges,
//! a branch on a number, and a summary where one answer is changed before confirming.

mod common;

use barents_bot::core::content::{Content, EngineSettings};
use barents_bot::core::effect::{Event, Inbound};
use barents_bot::core::locale::Locale;
use barents_bot::core::session::UserState;
use barents_bot::core::value::{Date, Value};

struct Chat {
    content: Content,
    user: UserState,
}

impl Chat {
    fn new() -> Chat {
        let root = common::repo().join("tests/fixtures/kinds");
        let settings = EngineSettings { open_schemes: vec!["none".into()], criteria_dialog: "person".into(), ..EngineSettings::default() };
        let content = Content::build(&common::fixture_sources(&root), settings).map(|(c, _)| c).unwrap_or_else(|r| panic!("{r}"));
        let mut chat = Chat { content, user: UserState::default() };
        chat.send(Event::Resume);
        chat
    }

    /// Sends one event; returns the ids of the replies, and their text.
    fn send(&mut self, event: Event) -> (Vec<String>, String) {
        // 2026-11-18: start dates from 16.12.2026 to 18.11.2028 are allowed.
        let inbound = Inbound { event, locale_hint: Some(Locale::En), now: 1_795_000_000 };
        let turned = barents_bot::core::engine::step(&self.content, std::mem::take(&mut self.user), &inbound);
        self.user = turned.user;
        let replies = turned.replies;
        (replies.iter().map(|r| r.key.to_string()).collect(), replies.iter().map(|r| r.text.clone()).collect::<Vec<_>>().join("\n"))
    }

    fn say(&mut self, text: &str) -> Vec<String> {
        self.send(Event::Text(text.into())).0
    }
}

#[test]
fn a_called_dialog_returns_and_every_validator_explains_itself() {
    let mut c = Chat::new();
    assert_eq!(c.say("1"), ["t-email"], "the first step calls the person dialog");
    assert_eq!(c.say("kari@"), ["invalid-email", "t-email"]);
    assert_eq!(c.say("kari@example.no"), ["t-phone"]);
    assert_eq!(c.say("12"), ["invalid-phone", "t-phone"]);
    assert_eq!(c.say("/skip"), ["t-code"], "an optional question can be skipped");
    assert_eq!(c.say("ab123"), ["t-code-invalid", "t-code"]);
    assert_eq!(c.say("AB-123"), ["t-orgnr"], "the end of the called dialog returns to the caller");
    assert_eq!(c.say("974760674"), ["invalid-orgnr-check", "t-orgnr"]);
    assert_eq!(c.say("97476067"), ["invalid-orgnr-format", "t-orgnr"]);
    assert_eq!(c.say("974 760 673"), ["t-start"]);
    assert_eq!(c.say("tomorrow"), ["invalid-date", "t-start"]);
    assert_eq!(c.say("01.12.2026"), ["invalid-date-too-early", "t-start"]);
    assert_eq!(c.say("2030-01-01"), ["invalid-date-too-late", "stuck-offer"], "three failures in a row");
    assert_eq!(c.say("1"), ["t-start"], "try again");
    assert_eq!(c.say("01.02.2027"), ["t-amount"]);
    assert_eq!(c.say("500000"), ["invalid-number-range", "t-amount"]);
    let (keys, text) = c.send(Event::Text("150 000".into()));
    assert_eq!(keys, ["t-big", "t-summary"], "the branch took the big-project path");
    assert!(text.contains("Please check, kari@example.no:"), "{text}");
    assert!(text.contains("Organisation number: 974\u{a0}760\u{a0}673"), "in groups of three, as the register writes it: {text}");
    assert!(text.contains("Start: 1 February 2027"), "{text}");
    assert!(text.contains("Amount: 150,000"), "{text}");
    let s = &c.user.session.slots;
    assert_eq!(s.get(&"phone".into()), None);
    assert_eq!(s.get(&"start".into()), Some(&Value::Date(Date::new(2027, 2, 1).unwrap())));
}

#[test]
fn a_summary_answer_can_be_changed_and_then_confirmed() {
    let mut c = Chat::new();
    for a in ["1", "kari@example.no", "+47 912 34 567", "AB-123", "974760673", "2027-02-01", "50000"] {
        c.say(a);
    }
    assert_eq!(c.user.session.slots.get(&"phone".into()), Some(&Value::Text("+47 912 34 567".into())));
    // [1] Confirm, [2] Change: Organisation number, [3] Change: Start, [4] Change: Amount
    assert_eq!(c.say("4"), ["t-amount"]);
    let (keys, text) = c.send(Event::Text("60000".into()));
    assert_eq!(keys, ["t-summary"], "straight back to the summary after the change");
    assert!(text.contains("Amount: 60,000"), "{text}");
    assert_eq!(c.say("/back"), ["t-amount"], "/back returns to the question just answered");
    assert_eq!(c.say("70000"), ["t-summary"]);
    assert_eq!(c.say("1"), ["t-done", "t-menu"], "confirming ends the dialog");
    assert_eq!(c.user.session.slots.get(&"amount".into()), Some(&Value::Number(70_000)));
}
