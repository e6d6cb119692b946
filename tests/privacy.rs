//! Users' control over their data, through the runtime: `/mydata` is one JSON document of
//! everything stored about the user; after `/forget` it shows nothing (the advisers are told
//! the ids of the drafts erased), and the partner profile is gone from search; retention
//! removes idle sessions, closed drafts and long-expired profiles. `tests/erasure.rs` walks
//! every record of the store after `/forget`.

mod common;

use barents_bot::core::effect::{Event, Inbound};
use barents_bot::core::ids::{Platform, UserKey};
use barents_bot::core::locale::Locale;
use barents_bot::runtime::{Retired, Runtime};
use barents_bot::store::MemoryStore;
use serde_json::Value;
use std::sync::Arc;

const NOW: i64 = 1_795_000_000;
const DAY: i64 = 86_400;

fn runtime() -> Runtime {
    Runtime::new(Arc::new(common::content("nordic-2024")), Arc::new(MemoryStore::new())).with_sinks(vec![barents_bot::core::ids::Sink::Telegram])
}

fn send(rt: &Runtime, user: &str, text: &str, now: i64) -> Vec<(String, String)> {
    let key = UserKey::new(Platform::Telegram, user);
    if rt.store.load(&key).unwrap().last_seen == 0 {
        // A new user first sees the main menu, as on every platform.
        rt.turn(&key, Inbound { event: Event::Resume, locale_hint: Some(Locale::En), now });
    }
    let effects = rt.turn(&key, Inbound { event: Event::Text(text.to_owned()), locale_hint: Some(Locale::En), now });
    effects.iter().map(|r| (r.key.to_string(), r.text.clone())).collect()
}

fn my_data(rt: &Runtime, user: &str, now: i64) -> Value {
    let replies = send(rt, user, "/mydata", now);
    let doc = replies.iter().find(|(k, _)| k == "mydata-document").expect("the document").1.clone();
    serde_json::from_str(&doc).unwrap_or_else(|e| panic!("{e}: {doc}"))
}

#[test]
fn my_data_shows_everything_and_after_forget_nothing() {
    let rt = runtime();
    for a in common::APPLICATION.iter().chain(&["1"]) {
        send(&rt, "kari", a, NOW);
    }
    // A minute later (a chat platform takes at most 60 messages a minute from one person).
    for a in ["/partners", "1", "1", "3", "Kirkenes skole", "1", "2", "A lower secondary school with a choir.", "1, 5", "A school for a music project.", "2", "kari@kirkenes.example", "1", "yes"] {
        send(&rt, "kari", a, NOW + 61);
    }
    let doc = my_data(&rt, "kari", NOW + 61);
    assert_eq!(doc["drafts"].as_array().unwrap().len(), 1, "{doc:#}");
    assert_eq!(doc["drafts"][0]["answers"]["org_name"]["value"], "Kirkenes Choir");
    assert_eq!(doc["partner_profile"]["listing"]["name"], "Kirkenes skole");
    assert_eq!(doc["partner_profile"]["contact"]["value"], "kari@kirkenes.example");
    assert_eq!(doc["state"]["session"]["slots"]["profile_name"]["text"], "Kirkenes skole", "{doc:#}");
    assert!(send(&rt, "ola", "/partners school", NOW + 61).iter().any(|(_, t)| t.contains("Kirkenes skole")));

    // An adviser asks a question: the applicant sees it, and that an adviser asked, not who on which platform.
    let id = rt.store.drafts().unwrap()[0].id.clone();
    barents_bot::runtime::advise(rt.store.as_ref(), &id, barents_bot::core::adviser::Action::Ask("Which dates suit you?".into()), "telegram:9001 (Vera)".into()).unwrap();
    let doc = my_data(&rt, "kari", NOW + 61);
    let shown = doc["drafts"].to_string();
    assert!(shown.contains("Which dates suit you?") && shown.contains("\"by\":\"adviser\""), "{shown}");
    assert!(!doc.to_string().contains("9001") && !doc.to_string().contains("Vera"), "{doc:#}");

    // Where the Secretariat chose first names, the applicant sees "Vera", still not her platform id.
    let mut content = common::content("nordic-2024");
    content.settings.show_adviser_first_names = true;
    let by_name = Runtime::new(Arc::new(content), rt.store.clone());
    let doc = my_data(&by_name, "kari", NOW + 61);
    assert!(doc["drafts"].to_string().contains("\"by\":\"Vera\""), "{doc:#}");
    assert!(!doc.to_string().contains("9001"), "{doc:#}");

    send(&rt, "kari", "/forget", NOW + 61);
    let forgotten: Vec<String> = send(&rt, "kari", "yes", NOW + 61).into_iter().map(|(k, _)| k).collect();
    assert!(forgotten.contains(&"forget-done".to_owned()) && forgotten.contains(&"forget-drafts".to_owned()), "{forgotten:?}");
    // Nothing of her is left: not her record, not her draft, not her profile.
    assert!(rt.store.user_keys().unwrap().iter().all(|k| k.id != "kari"), "her record is not saved again");
    assert_eq!(rt.store.draft(&id).unwrap(), None, "the draft is erased at once");
    assert!(!send(&rt, "ola", "/partners school", NOW + 61).iter().any(|(_, t)| t.contains("Kirkenes skole")), "gone from search");
    let doc = my_data(&rt, "kari", NOW + 61);
    assert!(doc["state"]["session"]["slots"].as_object().unwrap().is_empty(), "{doc:#}");
    assert!(doc["partner_profile"].is_null() && doc["introductions"].as_array().unwrap().is_empty(), "{doc:#}");
    assert!(doc["drafts"].as_array().unwrap().is_empty(), "{doc:#}");
    // The advisers are told the draft's id, and the trail records that it was erased.
    assert!(rt.store.outbox().unwrap().iter().any(|e| e.erased && e.draft.as_ref() == Some(&id)));
    assert!(rt.store.audit_log().unwrap().iter().any(|a| a.action == "erased" && a.draft == id.as_str()));
}

#[test]
fn a_number_typed_after_forget_brings_the_menu_not_an_answer_to_a_screen_that_is_gone() {
    let rt = runtime();
    send(&rt, "kari", "/start eligibility", NOW);
    send(&rt, "kari", "/forget", NOW);
    send(&rt, "kari", "yes", NOW);
    // "2" was "No" on the screen before: now nothing is on the screen, and it opens nothing.
    let key = UserKey::new(Platform::Telegram, "kari");
    let replies = rt.turn(&key, Inbound { event: Event::Text("2".to_owned()), locale_hint: Some(Locale::En), now: NOW + 1 });
    let keys: Vec<&str> = replies.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(keys, ["main-menu"], "{replies:#?}");
    assert!(replies[0].text.starts_with("Hello"), "greeted as someone new: {}", replies[0].text);
}

#[test]
fn retention_removes_idle_sessions_old_closed_drafts_and_long_expired_profiles() {
    let rt = runtime();
    send(&rt, "idle", "/start eligibility", NOW);
    send(&rt, "active", "/start eligibility", NOW);
    for a in common::APPLICATION.iter().chain(&["1"]) {
        send(&rt, "applicant", a, NOW);
    }
    for a in ["/partners", "1", "2", "1", "Luleå IF", "7", "5", "A sports club with 300 young skiers.", "2, 5", "Clubs for a winter camp.", "1", "1", "yes"] {
        send(&rt, "club", a, NOW);
    }
    let id = rt.store.drafts().unwrap()[0].id.clone();
    barents_bot::runtime::advise(rt.store.as_ref(), &id, barents_bot::core::adviser::Action::Close, "cli".into()).unwrap();
    assert_eq!(rt.retain(NOW + 10 * DAY).unwrap(), Retired::default(), "nothing is old yet");

    // Half a year later: everyone but the one who came back is idle; the draft stays a year.
    send(&rt, "active", "/start", NOW + 170 * DAY);
    let retired = rt.retain(NOW + 181 * DAY).unwrap();
    assert_eq!(retired, Retired { sessions: 3, ..Retired::default() });
    let keys: Vec<String> = rt.store.user_keys().unwrap().into_iter().map(|k| k.id).collect();
    assert_eq!(keys, ["active"]);
    assert!(rt.store.profile(&barents_bot::core::partners::ProfileId::of(&UserKey::new(Platform::Telegram, "club"))).unwrap().is_some(), "an idle owner's profile stays until it expires");
    // The closed draft goes a year after it was closed; the profile 90 days after it expired.
    let closed = rt.store.drafts().unwrap()[0].updated;
    assert_eq!(rt.retain(closed + 364 * DAY).unwrap().drafts, 0);
    assert_eq!(rt.retain(closed + 366 * DAY).unwrap().drafts, 1);
    assert_eq!(rt.retain(NOW + 365 * DAY + 91 * DAY).unwrap().profiles, 1);
}

#[test]
fn a_kept_question_stays_a_year_and_the_helpful_counts_two_years_after_their_month() {
    let rt = runtime();
    send(&rt, "ivan", "/advice qwxz blorft tundra?", NOW);
    let question = rt.store.load(&UserKey::new(Platform::Telegram, "ivan")).unwrap().session.question;
    let key = UserKey::new(Platform::Telegram, "ivan");
    let kept = rt.turn(&key, Inbound { event: Event::Button { question, value: "keep".into() }, locale_hint: Some(Locale::En), now: NOW });
    assert!(kept.iter().any(|r| r.key.as_str() == "kb-kept"), "{kept:?}");
    send(&rt, "ivan", "/advice", NOW);
    for value in ["t:funding", "a:who-can-apply", "up"] {
        let question = rt.store.load(&key).unwrap().session.question;
        rt.turn(&key, Inbound { event: Event::Button { question, value: value.into() }, locale_hint: Some(Locale::En), now: NOW });
    }
    assert_eq!((rt.store.questions().unwrap().len(), rt.store.feedback().unwrap().len()), (1, 1));
    assert_eq!(rt.retain(NOW + 365 * DAY).unwrap().questions, 0);
    assert_eq!(rt.retain(NOW + 366 * DAY).unwrap().questions, 1);
    assert!(rt.store.questions().unwrap().is_empty());
    // The counts of NOW's month (November 2026) go two years after it ended.
    assert_eq!(rt.retain(NOW + 700 * DAY).unwrap().feedback, 0);
    assert_eq!(rt.retain(NOW + 760 * DAY).unwrap().feedback, 1);
    assert!(rt.store.feedback().unwrap().is_empty());
}
