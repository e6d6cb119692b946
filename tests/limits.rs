//! Limits against abuse, each with a polite notice: messages per minute on chat platforms (a
//! flood costs one reply), the longest stored answer, drafts per user, and messages to the
//! advisers per day. Open partner introductions per person are in `tests/partners.rs`.

mod common;

use barents_bot::core::content::{EngineSettings, Limits};
use barents_bot::core::effect::{Event, Inbound};
use barents_bot::core::ids::{Platform, UserKey};
use barents_bot::core::locale::Locale;
use barents_bot::runtime::Runtime;
use barents_bot::store::MemoryStore;
use std::sync::Arc;

const NOW: i64 = 1_795_000_000;

fn runtime(limits: Limits) -> Runtime {
    let content = common::content_with(EngineSettings { limits, ..EngineSettings::default() });
    Runtime::new(Arc::new(content), Arc::new(MemoryStore::new()))
}

/// The Fluent ids of the replies.
fn send(rt: &Runtime, user: &UserKey, text: &str, now: i64) -> Vec<String> {
    let effects = rt.turn(user, Inbound { event: Event::Text(text.to_owned()), locale_hint: Some(Locale::En), now });
    effects.iter().map(|r| r.key.to_string()).collect()
}

#[test]
fn a_flood_on_a_chat_platform_gets_one_notice_and_the_console_is_not_limited() {
    let rt = runtime(Limits { messages_per_minute: 5, ..Limits::default() });
    let kari = UserKey::new(Platform::Telegram, "1");
    let replies: Vec<Vec<String>> = (0..8).map(|_| send(&rt, &kari, "/help", NOW)).collect();
    assert!(replies[..5].iter().all(|r| r.contains(&"help-general".to_owned())), "{replies:?}");
    assert_eq!(replies[5], ["limit-rate"]);
    assert!(replies[6].is_empty() && replies[7].is_empty(), "{replies:?}");
    assert!(send(&rt, &kari, "/help", NOW + 61).contains(&"help-general".to_owned()), "a minute later");
    // The pushed news the bot starts itself is not a message from the user.
    let resumed = rt.turn(&kari, Inbound { event: Event::Resume, locale_hint: None, now: NOW + 61 });
    assert!(!resumed.is_empty());
    let script = UserKey::new(Platform::Console, "script");
    assert!((0..20).all(|_| send(&rt, &script, "/help", NOW).contains(&"help-general".to_owned())));
}

#[test]
fn an_over_long_answer_is_refused_and_the_question_stays() {
    let rt = runtime(Limits { max_answer_chars: 100, ..Limits::default() });
    let ola = UserKey::new(Platform::Telegram, "2");
    for a in ["/start application"].iter().chain(&common::APPLICATION[1..=common::APP_ORG_NAME]) {
        send(&rt, &ola, a, NOW);
    }
    let refused = send(&rt, &ola, &"9".repeat(150), NOW);
    assert_eq!(refused, ["invalid-too-long", "application-org-number"]);
}

#[test]
fn drafts_per_user_and_messages_to_the_advisers_per_day_are_limited() {
    let rt = runtime(Limits { max_drafts: 1, adviser_messages_per_day: 2, messages_per_minute: 1000, ..Limits::default() });
    let kari = UserKey::new(Platform::Telegram, "3");
    rt.turn(&kari, Inbound { event: Event::Resume, locale_hint: Some(Locale::En), now: NOW });
    for round in 0..2 {
        let mut last = Vec::new();
        for a in common::APPLICATION.iter().chain(&["1"]) {
            last = send(&rt, &kari, a, NOW);
        }
        if round == 0 {
            assert!(last.contains(&"draft-submitted".to_owned()), "{last:?}");
        } else {
            assert!(last.contains(&"limit-drafts".to_owned()) && !last.contains(&"draft-submitted".to_owned()), "{last:?}");
        }
    }
    assert_eq!(rt.store.drafts().unwrap().len(), 1);

    for n in 0..3 {
        send(&rt, &kari, "/adviser", NOW + n);
        let sent = send(&rt, &kari, "Can a choir apply twice?", NOW + n);
        let want = if n < 2 { "adviser-sent" } else { "limit-adviser" };
        assert!(sent.contains(&want.to_owned()), "{n}: {sent:?}");
    }
    send(&rt, &kari, "/adviser", NOW + 86_401);
    assert!(send(&rt, &kari, "And tomorrow?", NOW + 86_401).contains(&"adviser-sent".to_owned()), "a day later");
}

/// A flood in a group, or of an adviser's buttons by someone who is not one, costs one notice
/// and one audit entry, not one of each per message.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn floods_in_groups_and_on_advisers_buttons_are_limited_too() {
    use barents_bot::adapters::chat::{Asker, adviser_action};
    use barents_bot::core::adviser::Action;
    use barents_bot::core::command::Command;
    use barents_bot::core::public::{InGroup, PublicAsk, Reach};
    let rt = runtime(Limits { messages_per_minute: 5, ..Limits::default() });
    let eve = UserKey::new(Platform::Telegram, "666");
    let reach = Reach { open_private: false, whisper: false };
    let mut answered = Vec::new();
    for _ in 0..200 {
        answered.push(rt.in_group(&eve, Locale::En, PublicAsk::Command(Command::Help), reach).await);
    }
    let keys: Vec<String> = answered.iter().flatten().map(|r| match r {
        InGroup::Public(p) => p.key.to_string(),
        other => panic!("{other:?}"),
    }).collect();
    assert_eq!(keys.len(), 6, "five answers and one notice for 200 commands: {keys:?}");
    assert_eq!(keys[5], "limit-rate");
    // Someone else in the same group is answered.
    assert!(rt.in_group(&UserKey::new(Platform::Telegram, "7"), Locale::En, PublicAsk::Command(Command::Help), reach).await.is_some());

    let stranger = Asker { platform: Platform::Discord, id: "667".into(), name: "Mallory".into() };
    let mut shown = Vec::new();
    for _ in 0..300 {
        let report = adviser_action(&rt, &stranger, false, "BS-2026-0001", Action::Claim, Locale::En).await;
        assert!(!report.done);
        shown.push(report.text);
    }
    assert_eq!(shown.iter().filter(|t| !t.is_empty()).count(), 6, "five refusals and one notice: {:?}", &shown[..8]);
    let audit = rt.store.audit_log().unwrap();
    assert_eq!(audit.len(), 1, "a flood of refused presses is one audit entry: {audit:?}");
    assert_eq!(audit[0].action, "refused");
}

/// "Add another activity?" without end: at most `max_items`, then on, saying so; and a draft
/// longer than `max_draft_chars` goes back to its summary instead of to the advisers.
#[test]
fn an_application_holds_so_many_activities_and_so_many_characters() {
    let rt = runtime(Limits { max_items: 3, ..Limits::default() });
    let kari = UserKey::new(Platform::Console, "kari");
    let a = common::APPLICATION;
    rt.turn(&kari, Inbound { event: Event::Resume, locale_hint: Some(Locale::En), now: NOW });
    let mut last = Vec::new();
    for answer in &a[..common::APP_FIRST_ACTIVITY_END] {
        last = send(&rt, &kari, answer, NOW);
    }
    // The first activity is in; then two more, and a fourth is never asked for.
    for n in 0..5 {
        if last.contains(&"application-roles".to_owned()) {
            assert_eq!(n, 2, "three activities, then the roles: {last:?}");
            break;
        }
        assert_eq!(last, ["application-activity-more"], "{n}: {last:?}");
        send(&rt, &kari, "yes", NOW);
        send(&rt, &kari, &format!("Another joint rehearsal, number {n}"), NOW);
        last = send(&rt, &kari, "20.05.2027", NOW);
    }
    assert_eq!(last, ["limit-items", "application-roles"]);
    let activities = match rt.store.load(&kari).unwrap().session.slots.get(&"activities".into()) {
        Some(barents_bot::core::value::Value::Records(r)) => r.len(),
        other => panic!("{other:?}"),
    };
    assert_eq!(activities, 3);

    // A draft longer than the limit is not filed: back to the summary, to shorten it.
    let rt = runtime(Limits { max_draft_chars: 500, ..Limits::default() });
    rt.turn(&kari, Inbound { event: Event::Resume, locale_hint: Some(Locale::En), now: NOW });
    for answer in a {
        send(&rt, &kari, answer, NOW);
    }
    assert_eq!(send(&rt, &kari, "1", NOW), ["limit-draft-length", "application-review"]);
    assert!(rt.store.drafts().unwrap().is_empty());
}
