//! Property tests: random sequences of whatever a user can send never panic the engine and
//! never leave a state that points nowhere; every turn answers something.

mod common;

use barents_bot::core::content::Content;
use barents_bot::core::effect::{Event, Inbound};
use barents_bot::core::locale::Locale;
use barents_bot::core::session::{State, UserState};
use proptest::prelude::*;
use std::sync::OnceLock;

fn content() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| common::content("nordic-2024"))
}

#[derive(Debug, Clone)]
enum Input {
    Text(String),
    Button { back: u32, value: String },
}

fn input() -> impl Strategy<Value = Input> {
    let words = prop::sample::select(vec![
        "1", "2", "3", "4", "5", "6", "7", "12", "0", "-1", "yes", "no", "ja", "да", "1, 3", "1 2 3", "150 000", "49999", "31.12.2026",
        "/start", "/start eligibility", "/start about", "/help", "/back", "/skip", "/restart", "/cancel", "/language", "/language nb",
        "/language ru", "/language en", "/language zz", "/status", "/adviser", "/privacy", "/mydata", "/forget", "/nope", "",
        "We will plan everything together with our partner, each side with its own tasks.",
    ]);
    prop_oneof![
        4 => words.prop_map(|w| Input::Text(w.to_owned())),
        2 => any::<String>().prop_map(Input::Text),
        1 => "\\PC{0,50}".prop_map(Input::Text),
        2 => (0u32..3, prop::sample::select(vec!["eligibility", "about", "ngo", "yes", "no", "russia", "murmansk", "culture", "travel", "confirm", "again", "help", "adviser", "menu", "skip", "nb", "x"]))
            .prop_map(|(back, v)| Input::Button { back, value: v.to_owned() }),
    ]
}

/// Everything the state refers to exists, and a pending question waits for input.
fn assert_valid(content: &Content, user: &UserState) {
    fn check_state(content: &Content, state: &State) {
        if let Some(at) = state.cursor() {
            let step = content.dialogs.step(&at.dialog, &at.step).unwrap_or_else(|| panic!("cursor points nowhere: {at:?}"));
            assert!(step.waits_for_input(), "pending step {} does not wait for input", step.id);
            for f in &at.stack {
                assert!(content.dialogs.step(&f.dialog, &f.next).is_some(), "frame points nowhere: {f:?}");
            }
        }
    }
    check_state(content, &user.session.state);
    for h in &user.session.history {
        check_state(content, h);
    }
    assert!(user.session.history.len() <= barents_bot::core::session::HISTORY_LIMIT);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_conversations_never_break(inputs in prop::collection::vec(input(), 1..60), locale in prop::sample::select(Locale::ALL.to_vec())) {
        let content = content();
        let mut user = UserState::default();
        let now = 1_795_000_000;
        let turned = barents_bot::core::engine::step(content, user, &Inbound { event: Event::Resume, locale_hint: Some(locale), now });
        user = turned.user;
        prop_assert!(!turned.replies.is_empty());
        for i in inputs {
            let event = match i {
                Input::Text(t) => Event::Text(t),
                Input::Button { back, value } => Event::Button { question: user.session.question.wrapping_sub(back), value },
            };
            let turned = barents_bot::core::engine::step(content, user, &Inbound { event, locale_hint: Some(locale), now });
            user = turned.user;
            let replies = turned.replies;
            prop_assert!(!replies.is_empty(), "every input gets an answer");
            for r in &replies {
                prop_assert!(!r.text.trim().is_empty(), "empty reply {}", r.key);
                if let Some(c) = &r.choices {
                    prop_assert!(c.question <= user.session.question);
                    prop_assert!(!c.options.is_empty());
                }
            }
            assert_valid(content, &user);
            // The state survives the store's encoding unchanged.
            let json = serde_json::to_vec(&user).unwrap();
            let back: UserState = serde_json::from_slice(&json).unwrap();
            prop_assert_eq!(&back, &user);
        }
    }
}
