//! One contract, every store: the sled store on disk and the in-memory store behave the same,
//! method by method. Each part of the contract runs against both (the `contract!` table at the
//! end); `every_method_of_the_store_is_in_the_contract` fails when a method is added to the
//! trait and not here. Then what only the disk can show: flushed records survive reopening, a
//! new directory is private, newer records are refused, a held directory is reported, and an
//! interrupted submission is finished.

mod common;

use barents_bot::core::draft::{Draft, DraftChange, DraftEvent, DraftId, DraftStatus};
use barents_bot::core::ids::{ArticleId, DialogId, Platform, Sink, UserKey};
use barents_bot::core::locale::Locale;
use barents_bot::core::notice::Notice;
use barents_bot::core::partners::{Contact, IntroId, IntroStatus, Introduction, Profile, ProfileId, ProfileStatus};
use barents_bot::core::session::UserState;
use barents_bot::core::value::Value;
use barents_bot::store::{AuditEntry, Feedback, MemoryStore, OpenQuestion, Relay, ReplyTarget, SledStore, Store, StoreError};

fn kari() -> UserKey {
    UserKey::new(Platform::Telegram, "42")
}

fn ola() -> UserKey {
    UserKey::new(Platform::Discord, "42")
}

fn state_with(slot: &str, text: &str) -> UserState {
    let mut state = UserState::default();
    state.prefs.language = Some(Locale::Ru);
    state.session.slots.insert(slot.into(), Value::Text(text.into()));
    state.session.question = 7;
    state
}

fn draft(id: DraftId, user: &UserKey, now: i64) -> Draft {
    let mut answers = std::collections::BTreeMap::new();
    answers.insert("org_name".into(), Value::Text("Kirkenes Choir".into()));
    Draft::filed(id, user.clone(), Locale::Nb, DialogId::new("application"), answers, now)
}

fn profile(owner: &UserKey, name: &str) -> Profile {
    common::profile(owner, name, 100)
}

fn intro(n: u64, from: &UserKey, to: &UserKey) -> Introduction {
    Introduction {
        id: IntroId::from_number(n),
        from: from.clone(),
        from_name: "Ola".into(),
        from_contact: Contact::Bot,
        to: to.clone(),
        profile: ProfileId::of(to),
        to_name: "Kirkenes skole".into(),
        message: "Shall we sing together?".into(),
        created: n as i64,
        status: IntroStatus::Open,
    }
}

/// load, save, save_turn, erase_user, user_keys, remove_user.
fn users(store: &dyn Store) {
    assert_eq!(store.load(&kari()).unwrap(), UserState::default(), "a new user has the default state");
    let state = state_with("name", "Кари 🦌 \u{202e}RTL");
    store.save(&kari(), &state).unwrap();
    store.flush().unwrap();
    assert_eq!(store.load(&kari()).unwrap(), state);
    assert_eq!(store.load(&ola()).unwrap(), UserState::default(), "the same id on another platform is another user");

    // A turn's save drops exactly the notices it showed.
    store.notify(&kari(), &Notice::ProfileExpiring { expires: 1 }).unwrap();
    store.notify(&kari(), &Notice::ProfileExpiring { expires: 2 }).unwrap();
    let shown: Vec<u64> = store.pending_notices(&kari()).unwrap().into_iter().take(1).map(|(seq, _)| seq).collect();
    let later = state_with("name", "Kari");
    store.save_turn(&kari(), &later, &shown).unwrap();
    assert_eq!(store.load(&kari()).unwrap(), later);
    assert_eq!(store.pending_notices(&kari()).unwrap().into_iter().map(|(_, n)| n).collect::<Vec<_>>(), [Notice::ProfileExpiring { expires: 2 }]);

    store.save(&ola(), &state).unwrap();
    let mut keys = store.user_keys().unwrap();
    keys.sort();
    assert_eq!(keys, [kari(), ola()]);
    store.remove_user(&ola()).unwrap();
    assert_eq!(store.user_keys().unwrap(), [kari()]);

    // Erasing a user takes their record, notices and profile, and nobody else's.
    store.save_profile(&profile(&kari(), "Kirkenes skole")).unwrap();
    store.save_profile(&profile(&ola(), "Luleå IF")).unwrap();
    store.notify(&ola(), &Notice::ProfileExpiring { expires: 3 }).unwrap();
    store.erase_user(&kari()).unwrap();
    store.flush().unwrap();
    assert_eq!(store.load(&kari()).unwrap(), UserState::default());
    assert!(store.pending_notices(&kari()).unwrap().is_empty());
    assert_eq!(store.profile(&ProfileId::of(&kari())).unwrap(), None);
    assert!(store.profile(&ProfileId::of(&ola())).unwrap().is_some());
    assert_eq!(store.pending_notices(&ola()).unwrap().len(), 1);
}

/// notify, pending_notices, users_with_notices.
fn notices(store: &dyn Store) {
    assert!(store.users_with_notices().unwrap().is_empty());
    let a = Notice::IntroductionDeclined { intro: IntroId::from_number(1), name: "A".into() };
    let b = Notice::StatusChanged { draft: DraftId::new(2026, 1), status: DraftStatus::Claimed };
    store.notify(&kari(), &a).unwrap();
    store.notify(&ola(), &b).unwrap();
    store.notify(&kari(), &b).unwrap();
    let pending = store.pending_notices(&kari()).unwrap();
    assert_eq!(pending.iter().map(|(_, n)| n.clone()).collect::<Vec<_>>(), [a, b.clone()], "oldest first");
    assert!(pending[0].0 < pending[1].0);
    let mut waiting = store.users_with_notices().unwrap();
    waiting.sort();
    assert_eq!(waiting, [kari(), ola()], "each user once");
    let shown: Vec<u64> = pending.iter().map(|(seq, _)| *seq).collect();
    store.save_turn(&kari(), &UserState::default(), &shown).unwrap();
    assert_eq!(store.users_with_notices().unwrap(), [ola()]);
}

/// next_draft_number, file_draft, draft, drafts, change_draft, delete_draft, outbox, delivered, undeliverable.
fn drafts(store: &dyn Store) {
    assert_eq!((store.next_draft_number(2026).unwrap(), store.next_draft_number(2026).unwrap()), (1, 2));
    assert_eq!(store.next_draft_number(2027).unwrap(), 1, "each year counts on its own");
    let first = draft(DraftId::new(2026, 1), &kari(), 10);
    let mut state = state_with("org_name", "Kirkenes Choir");
    state.drafts.push(first.id.clone());
    store.file_draft(&kari(), &state, &first, &[Sink::Telegram, Sink::Discord]).unwrap();
    let second = draft(DraftId::new(2026, 2), &ola(), 5);
    store.file_draft(&ola(), &UserState::default(), &second, &[Sink::Telegram]).unwrap();
    store.flush().unwrap();
    assert_eq!(store.draft(&first.id).unwrap(), Some(first.clone()));
    assert_eq!(store.draft(&DraftId::new(2026, 9)).unwrap(), None);
    assert_eq!(store.load(&kari()).unwrap(), state, "the filing user's state is written with it");
    let all: Vec<DraftId> = store.drafts().unwrap().into_iter().map(|d| d.id).collect();
    assert_eq!(all, [second.id.clone(), first.id.clone()], "oldest first");

    // The hand-offs, in the order filed, until every sink took each.
    let outbox = store.outbox().unwrap();
    assert_eq!(outbox.iter().map(|e| e.draft.clone().unwrap()).collect::<Vec<_>>(), [first.id.clone(), second.id.clone()]);
    assert_eq!(outbox[0].pending, [Sink::Telegram, Sink::Discord]);
    store.delivered(outbox[0].seq, Sink::Telegram).unwrap();
    assert_eq!(store.outbox().unwrap()[0].pending, [Sink::Discord]);
    store.delivered(outbox[0].seq, Sink::Discord).unwrap();
    // Refused for good: no longer pending, and the draft says where and why.
    let refused = barents_bot::core::draft::Undelivered { sink: Sink::Telegram, at: 15, reason: "Bad Request: message is too long".into() };
    store.undeliverable(outbox[1].seq, Sink::Telegram, &refused).unwrap();
    assert!(store.outbox().unwrap().is_empty());
    assert_eq!(store.draft(&second.id).unwrap().unwrap().undelivered, [refused]);
    assert!(store.draft(&first.id).unwrap().unwrap().undelivered.is_empty());

    // A change is the draft's own (Draft::apply), with its notices for the applicant.
    let ask = DraftChange::Adviser(DraftEvent { at: 20, status: DraftStatus::FollowUp, by: Some("cli".into()), note: Some("Which dates?".into()), internal: false });
    let changed = store.change_draft(&first.id, &ask).unwrap();
    assert_eq!((changed.status, changed.updated, changed.history.len()), (DraftStatus::FollowUp, 20, 2));
    assert_eq!(store.draft(&first.id).unwrap(), Some(changed));
    let told: Vec<Notice> = store.pending_notices(&kari()).unwrap().into_iter().map(|(_, n)| n).collect();
    assert_eq!(told.len(), 1, "the question, which says the new status: {told:?}");
    assert!(matches!(store.change_draft(&DraftId::new(2026, 9), &ask), Err(StoreError::NoSuchDraft(_))));
    assert_eq!(store.load(&kari()).unwrap(), state, "an adviser's change leaves the user's own record alone");

    store.delete_draft(&second.id).unwrap();
    assert_eq!(store.draft(&second.id).unwrap(), None);
    assert_eq!(store.drafts().unwrap().len(), 1);
}

/// relay: a message queued for the sinks, and the draft's history in the same write.
fn relays(store: &dyn Store) {
    let d = draft(DraftId::new(2026, 1), &kari(), 10);
    store.file_draft(&kari(), &UserState::default(), &d, &[]).unwrap();
    assert!(store.outbox().unwrap().is_empty(), "no sink: nothing to deliver");
    let relay = Relay { from: kari(), text: "The 5th suits us".into() };
    let note = DraftChange::ApplicantNote { at: 30, text: relay.text.clone() };
    store.relay(&relay, Some((&d.id, &note)), &[Sink::Discord]).unwrap();
    let question = Relay { from: ola(), text: "Can a choir apply?".into() };
    store.relay(&question, None, &[Sink::Discord]).unwrap();
    // About a draft that is gone: the message still goes.
    store.relay(&relay, Some((&DraftId::new(2026, 9), &note)), &[Sink::Discord]).unwrap();
    store.relay(&relay, None, &[]).unwrap();
    store.flush().unwrap();
    let outbox = store.outbox().unwrap();
    assert_eq!(outbox.len(), 3, "{outbox:?}");
    assert_eq!((outbox[0].draft.as_ref(), outbox[0].message.as_ref()), (Some(&d.id), Some(&relay)));
    assert_eq!((outbox[1].draft.as_ref(), outbox[1].message.as_ref()), (None, Some(&question)));
    assert_eq!(outbox[0].pending, [Sink::Discord]);
    let noted = store.draft(&d.id).unwrap().unwrap();
    assert_eq!(noted.history.last().and_then(|e| e.note.as_deref()), Some("The 5th suits us"));
    assert_eq!(noted.status, DraftStatus::Submitted);
    assert!(store.pending_notices(&kari()).unwrap().is_empty(), "what the applicant does tells them nothing");
}

/// save_profile, delete_profile, profile, profiles, next_intro_number, save_intro, intro, intros, intros_for.
fn partners(store: &dyn Store) {
    let mine = profile(&kari(), "Kirkenes skole");
    store.save_profile(&mine).unwrap();
    store.save_profile(&profile(&ola(), "Luleå IF")).unwrap();
    assert_eq!(store.profile(&mine.id).unwrap(), Some(mine.clone()));
    let paused = Profile { status: ProfileStatus::Paused, ..mine.clone() };
    store.save_profile(&paused).unwrap();
    assert_eq!(store.profile(&mine.id).unwrap(), Some(paused));
    assert_eq!(store.profiles().unwrap().len(), 2, "paused ones too");
    store.delete_profile(&ProfileId::of(&ola())).unwrap();
    assert_eq!(store.profiles().unwrap().len(), 1);

    assert_eq!((store.next_intro_number().unwrap(), store.next_intro_number().unwrap()), (1, 2));
    let third = UserKey::new(Platform::Console, "eve");
    let asked = intro(1, &ola(), &kari());
    store.save_intro(&asked).unwrap();
    store.save_intro(&intro(2, &third, &ola())).unwrap();
    let accepted = Introduction { status: IntroStatus::Accepted, ..asked.clone() };
    store.save_intro(&accepted).unwrap();
    store.flush().unwrap();
    assert_eq!(store.intro(&asked.id).unwrap(), Some(accepted.clone()), "saved again: changed, not doubled");
    assert_eq!(store.intro(&IntroId::from_number(9)).unwrap(), None);
    assert_eq!(store.intros().unwrap().iter().map(|i| i.id.clone()).collect::<Vec<_>>(), [IntroId::from_number(1), IntroId::from_number(2)]);
    assert_eq!(store.intros_for(&kari()).unwrap(), std::slice::from_ref(&accepted), "the owner finds it");
    assert_eq!(store.intros_for(&ola()).unwrap().len(), 2, "both sides find theirs");
    assert_eq!(store.intros_for(&UserKey::new(Platform::Console, "nobody")).unwrap(), []);
}

/// audit, audit_log, remember_post, reply_target.
fn advisers(store: &dyn Store) {
    assert!(store.audit_log().unwrap().is_empty());
    for (at, action) in [(1, "claim"), (2, "refused")] {
        store.audit(&AuditEntry { at, by: "telegram:5001 (Ola)".into(), action: action.into(), draft: "BS-2026-0001".into() }).unwrap();
    }
    let log: Vec<String> = store.audit_log().unwrap().into_iter().map(|e| e.action).collect();
    assert_eq!(log, ["claim", "refused"], "oldest first");
    assert_eq!(store.reply_target("telegram:-100:7").unwrap(), None);
    store.remember_post("telegram:-100:7", &ReplyTarget::Draft(DraftId::new(2026, 1))).unwrap();
    store.remember_post("telegram:-100:9", &ReplyTarget::Asker(ola())).unwrap();
    store.flush().unwrap();
    assert_eq!(store.reply_target("telegram:-100:7").unwrap(), Some(ReplyTarget::Draft(DraftId::new(2026, 1))));
    assert_eq!(store.reply_target("telegram:-100:9").unwrap(), Some(ReplyTarget::Asker(ola())));
    assert_eq!(store.reply_target("telegram:-100:8").unwrap(), None);
}

/// keep_question, questions, questions_of, remove_questions, count_feedback, feedback, remove_feedback.
fn resource_centre(store: &dyn Store) {
    for (at, text, asker) in [(1, "первый вопрос", kari()), (2, "second question", ola())] {
        store.keep_question(&OpenQuestion { at, locale: Locale::Ru, text: text.into(), asker: None }, &asker).unwrap();
    }
    // November and December 2026.
    let (november, december) = (1_794_000_000, 1_796_500_000);
    let trust = ArticleId::new("trust");
    for (helpful, at) in [(true, november), (true, december), (false, december)] {
        store.count_feedback(&trust, helpful, at).unwrap();
    }
    store.flush().unwrap();
    let kept: Vec<String> = store.questions().unwrap().into_iter().map(|q| q.text).collect();
    assert_eq!(kept, ["первый вопрос", "second question"]);
    let whose: Vec<String> = store.questions_of(&kari()).unwrap().into_iter().map(|q| q.text).collect();
    assert_eq!(whose, ["первый вопрос"], "each asker finds their own");
    assert!(store.questions().unwrap().iter().all(|q| q.asker.is_some()), "kept with a pseudonym");
    assert_eq!(store.feedback().unwrap(), vec![(trust.clone(), Feedback { helpful: 2, not_helpful: 1 })], "all months together");

    assert_eq!(store.remove_questions(&|q| q.at < 2).unwrap(), 1);
    assert_eq!(store.questions().unwrap().len(), 1);
    assert_eq!(store.remove_feedback(&|month| month == "2026-11").unwrap(), 1);
    assert_eq!(store.feedback().unwrap(), vec![(trust, Feedback { helpful: 1, not_helpful: 1 })], "December's counts stay");
}

/// erase_user, erase_draft, delete_intro: `/forget` as the store carries it out.
fn erasure(store: &dyn Store) {
    let d = draft(DraftId::new(2026, 1), &kari(), 10);
    store.file_draft(&kari(), &state_with("name", "Kari"), &d, &[Sink::Telegram]).unwrap();
    let other = draft(DraftId::new(2026, 2), &ola(), 11);
    store.file_draft(&ola(), &UserState::default(), &other, &[Sink::Telegram]).unwrap();
    let note = DraftChange::ApplicantNote { at: 30, text: "The 5th suits us".into() };
    store.relay(&Relay { from: kari(), text: "The 5th suits us".into() }, Some((&d.id, &note)), &[Sink::Telegram]).unwrap();
    store.relay(&Relay { from: kari(), text: "Can a choir apply?".into() }, None, &[Sink::Telegram]).unwrap();
    store.relay(&Relay { from: ola(), text: "And a club?".into() }, None, &[Sink::Telegram]).unwrap();
    store.remember_post("telegram:-100:1", &ReplyTarget::Draft(d.id.clone())).unwrap();
    store.remember_post("telegram:-100:2", &ReplyTarget::Asker(kari())).unwrap();
    store.remember_post("telegram:-100:3", &ReplyTarget::Asker(ola())).unwrap();
    store.save_profile(&profile(&kari(), "Kirkenes skole")).unwrap();
    store.notify(&kari(), &Notice::ProfileExpiring { expires: 1 }).unwrap();
    store.keep_question(&OpenQuestion { at: 1, locale: Locale::En, text: "mine".into(), asker: None }, &kari()).unwrap();
    store.keep_question(&OpenQuestion { at: 2, locale: Locale::En, text: "theirs".into(), asker: None }, &ola()).unwrap();
    let asked = intro(1, &kari(), &ola());
    store.save_intro(&asked).unwrap();
    store.notify(&ola(), &Notice::IntroductionRequest { intro: asked.id.clone(), from: "Kari".into(), message: "Hello".into() }).unwrap();
    store.notify(&ola(), &Notice::StatusChanged { draft: other.id.clone(), status: DraftStatus::Claimed }).unwrap();

    store.erase_user(&kari()).unwrap();
    store.delete_intro(&asked.id).unwrap();
    store.erase_draft(&d.id, &[Sink::Telegram, Sink::Discord]).unwrap();
    store.flush().unwrap();

    assert_eq!(store.load(&kari()).unwrap(), UserState::default());
    assert!(store.pending_notices(&kari()).unwrap().is_empty());
    assert_eq!(store.profile(&ProfileId::of(&kari())).unwrap(), None);
    assert_eq!(store.draft(&d.id).unwrap(), None);
    assert!(store.draft(&other.id).unwrap().is_some(), "another's draft stays");
    assert_eq!(store.reply_target("telegram:-100:1").unwrap(), None);
    assert_eq!(store.reply_target("telegram:-100:2").unwrap(), None);
    assert_eq!(store.reply_target("telegram:-100:3").unwrap(), Some(ReplyTarget::Asker(ola())));
    let texts: Vec<String> = store.questions().unwrap().into_iter().map(|q| q.text).collect();
    assert_eq!(texts, ["theirs"]);
    assert_eq!(store.intro(&asked.id).unwrap(), None);
    assert!(store.intros_for(&ola()).unwrap().is_empty() && store.intros_for(&kari()).unwrap().is_empty());
    let waiting: Vec<Notice> = store.pending_notices(&ola()).unwrap().into_iter().map(|(_, n)| n).collect();
    assert_eq!(waiting, [Notice::StatusChanged { draft: other.id.clone(), status: DraftStatus::Claimed }], "only what was about the introduction goes");
    // Left for the advisers: the other's hand-off and question, and the word of the erasure.
    let outbox = store.outbox().unwrap();
    assert_eq!(outbox.len(), 3, "{outbox:#?}");
    assert!(outbox.iter().all(|e| e.message.as_ref().is_none_or(|m| m.from == ola())), "{outbox:#?}");
    let erased = outbox.iter().find(|e| e.erased).expect("the word of the erasure");
    assert_eq!((erased.draft.as_ref(), erased.message.as_ref(), erased.pending.as_slice()), (Some(&d.id), None, &[Sink::Telegram, Sink::Discord][..]));
}

/// count, tallies: anonymous counts add up per distinct tally, and `/forget` leaves them.
fn activity(store: &dyn Store) {
    use barents_bot::core::activity::{Happening, Tally};
    let check = |region: &str| {
        let mut t = Tally::new(Happening::CheckFinished, 1_796_500_000, Locale::Nb, barents_bot::core::ids::Platform::Telegram);
        t.regions = vec![region.to_owned()];
        t
    };
    for region in ["finnmark", "finnmark", "murmansk"] {
        store.count(&check(region)).unwrap();
    }
    store.save(&kari(), &state_with("name", "Kari")).unwrap();
    store.erase_user(&kari()).unwrap();
    store.flush().unwrap();
    let mut counts = store.tallies().unwrap();
    counts.sort();
    assert_eq!(counts, vec![(check("finnmark"), 2), (check("murmansk"), 1)]);
}

/// Each part of the contract, as a test against the memory store and one against sled.
macro_rules! contract {
    ($($part:ident),* $(,)?) => {
        mod memory_store {
            $(#[test] fn $part() { super::$part(&barents_bot::store::MemoryStore::new()); })*
        }
        mod sled_store {
            $(#[test] fn $part() {
                let dir = tempfile::tempdir().unwrap();
                super::$part(&barents_bot::store::SledStore::open(dir.path(), 8 << 20).unwrap());
            })*
        }
        /// The methods each part covers, as the doc comments above name them.
        const PARTS: &str = stringify!($($part),*);
    };
}

contract!(users, notices, drafts, relays, partners, advisers, resource_centre, activity, erasure);

/// Every method of the `Store` trait is named in the doc comment of a part of the contract.
#[test]
fn every_method_of_the_store_is_in_the_contract() {
    let root = env!("CARGO_MANIFEST_DIR");
    let trait_text = std::fs::read_to_string(format!("{root}/src/store/mod.rs")).unwrap();
    let body = &trait_text[trait_text.find("pub trait Store").unwrap()..];
    let body = &body[..body.find("\n}\n").unwrap()];
    let methods: Vec<&str> = body.lines().filter_map(|l| l.trim().strip_prefix("fn ")).map(|l| l.split('(').next().unwrap()).collect();
    assert!(methods.len() >= 30, "{methods:?}");
    let this = std::fs::read_to_string(format!("{root}/tests/store_contract.rs")).unwrap();
    let covered: String = this.lines().filter(|l| l.starts_with("/// ")).collect::<Vec<_>>().join(" ");
    let missing: Vec<&&str> = methods.iter().filter(|m| !covered.split([' ', ',', '.', ':']).any(|w| w == **m)).collect();
    assert!(missing.is_empty(), "store methods no part of the contract covers: {missing:?} (parts: {PARTS})");
}

/// flush: every kind of record, written and flushed, is there after reopening.
#[test]
fn sled_keeps_every_kind_of_flushed_record_across_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let d = draft(DraftId::new(2026, 1), &kari(), 10);
    {
        let store = SledStore::open(dir.path(), 8 << 20).unwrap();
        store.save(&kari(), &state_with("name", "Kari")).unwrap();
        store.notify(&kari(), &Notice::ProfileExpiring { expires: 1 }).unwrap();
        store.file_draft(&kari(), &state_with("name", "Kari"), &d, &[Sink::Telegram]).unwrap();
        store.save_profile(&profile(&kari(), "Kirkenes skole")).unwrap();
        store.save_intro(&intro(1, &ola(), &kari())).unwrap();
        store.audit(&AuditEntry { at: 1, by: "cli".into(), action: "claim".into(), draft: d.id.to_string() }).unwrap();
        store.remember_post("telegram:-100:7", &ReplyTarget::Draft(d.id.clone())).unwrap();
        store.keep_question(&OpenQuestion { at: 1, locale: Locale::En, text: "?".into(), asker: None }, &kari()).unwrap();
        store.count_feedback(&ArticleId::new("trust"), true, 1).unwrap();
        store.count(&barents_bot::core::activity::Tally::new(barents_bot::core::activity::Happening::Question, 1, Locale::En, barents_bot::core::ids::Platform::Console)).unwrap();
        store.flush().unwrap();
    }
    let store = reopen(dir.path());
    assert_eq!(store.load(&kari()).unwrap(), state_with("name", "Kari"));
    assert_eq!(store.pending_notices(&kari()).unwrap().len(), 1);
    assert_eq!(store.draft(&d.id).unwrap(), Some(d));
    assert_eq!(store.outbox().unwrap().len(), 1);
    assert!(store.profile(&ProfileId::of(&kari())).unwrap().is_some());
    assert_eq!(store.intros_for(&kari()).unwrap().len(), 1);
    assert_eq!(store.audit_log().unwrap().len(), 1);
    assert!(store.reply_target("telegram:-100:7").unwrap().is_some());
    assert_eq!(store.questions().unwrap().len(), 1);
    assert_eq!(store.questions_of(&kari()).unwrap().len(), 1, "the pseudonyms' secret is kept too");
    assert_eq!(store.feedback().unwrap().len(), 1);
    assert_eq!(store.tallies().unwrap().len(), 1, "the activity counts");
    assert_eq!(store.next_draft_number(2026).unwrap(), 1, "numbers are taken only when asked for");
    assert_eq!(store.next_intro_number().unwrap(), 1);
}

#[test]
fn the_memory_store_is_what_the_unit_tests_use() {
    // A plain construction check, so the memory store stays usable without the contract macro.
    let store = MemoryStore::new();
    store.save(&kari(), &UserState::default()).unwrap();
    assert_eq!(store.user_keys().unwrap(), [kari()]);
}

#[test]
fn a_new_data_directory_is_for_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("new").join("data");
    SledStore::open(&dir, 8 << 20).unwrap();
    let mode = std::fs::metadata(&dir).unwrap().permissions().mode();
    assert_eq!(mode & 0o077, 0, "mode {mode:o}");
}

/// Made by hand or by a service manager (0755, files 0644): tightened at every start.
#[test]
fn an_existing_data_directory_is_made_private_at_every_start() {
    use std::os::unix::fs::PermissionsExt;
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("data");
    std::fs::create_dir(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    drop(SledStore::open(&dir, 8 << 20).unwrap());
    // Loosened again between two runs, as `mkdir -p` and a default umask leave things.
    let mut files = Vec::new();
    let mut dirs = vec![dir.clone()];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() { dirs.push(p.clone()) } else { files.push(p.clone()) }
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(if p.is_dir() { 0o755 } else { 0o644 })).unwrap();
        }
    }
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert!(!files.is_empty());
    // Someone else's file beside the store is left as it is.
    let notes = dir.join("operator-notes.txt");
    std::fs::write(&notes, "kept").unwrap();
    std::fs::set_permissions(&notes, std::fs::Permissions::from_mode(0o644)).unwrap();
    let _store = reopen(&dir);
    assert_eq!(std::fs::metadata(&notes).unwrap().permissions().mode() & 0o777, 0o644);
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    for f in &files {
        assert_eq!(mode(f) & 0o077, 0, "{} is {:o}", f.display(), mode(f));
    }
}

#[test]
fn sled_store_keeps_flushed_state_across_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let user = UserKey::new(Platform::Console, "local");
    let mut state = UserState::default();
    state.session.question = 3;
    {
        let store = SledStore::open(dir.path(), 8 << 20).unwrap();
        store.save(&user, &state).unwrap();
        store.flush().unwrap();
    }
    let store = reopen(dir.path());
    assert_eq!(store.load(&user).unwrap(), state);
}

/// Opens `dir` again after this process has closed it. sled's background threads let go of
/// the directory's lock a moment after the last handle is dropped (a reopen in the same
/// process is otherwise refused as `Locked` about one time in ten).
fn reopen(dir: &std::path::Path) -> SledStore {
    once_unlocked(|| SledStore::open(dir, 8 << 20), |e| matches!(e, StoreError::Locked { .. }))
}

/// `open()`, tried again for up to 5 s while it fails because the directory is still locked.
fn once_unlocked<T, E: std::fmt::Debug>(open: impl Fn() -> Result<T, E>, locked: impl Fn(&E) -> bool) -> T {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        match open() {
            Err(e) if locked(&e) && std::time::Instant::now() < deadline => std::thread::sleep(std::time::Duration::from_millis(10)),
            other => return other.unwrap(),
        }
    }
}

#[test]
fn records_from_a_newer_version_are_refused_not_misread() {
    let dir = tempfile::tempdir().unwrap();
    let user = UserKey::new(Platform::Console, "local");
    let mut state = UserState::default();
    state.session.version = 99;
    let store = SledStore::open(dir.path(), 8 << 20).unwrap();
    store.save(&user, &state).unwrap();
    assert!(matches!(store.load(&user), Err(StoreError::TooNew { version: 99, .. })));
}

#[test]
fn a_held_directory_is_reported_as_locked() {
    let dir = tempfile::tempdir().unwrap();
    let _first = SledStore::open(dir.path(), 8 << 20).unwrap();
    // sled's lock is per process: a second open in this process would share it, so a child tries.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_barents-bot"))
        .args(["--data-dir", dir.path().to_str().unwrap(), "console"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("in use by another barents-bot process"));
}

/// What a crash halfway through a submission leaves on disk: the submission's own record and
/// only some of its parts (here the draft, but neither its hand-off nor the user's state).
#[test]
fn a_submission_interrupted_by_a_crash_is_finished_when_the_store_opens() {
    let dir = tempfile::tempdir().unwrap();
    let user = kari();
    let before = state_with("org_name", "Kirkenes Choir");
    let (record, seq, id) = {
        let store = SledStore::open(dir.path(), 8 << 20).unwrap();
        let id = DraftId::new(2026, store.next_draft_number(2026).unwrap());
        let mut listed = before.clone();
        listed.drafts.push(id.clone());
        store.file_draft(&user, &listed, &draft(id.clone(), &user, 1_800_000_000), &[Sink::Telegram]).unwrap();
        let entry = store.outbox().unwrap().pop().expect("the hand-off");
        let record = serde_json::json!({ "user": user, "draft": store.draft(&id).unwrap(), "entry": entry, "state": store.load(&user).unwrap() });
        // Back to the moment after the draft's write: no hand-off, the state not yet saved.
        store.delivered(entry.seq, Sink::Telegram).unwrap();
        assert!(store.outbox().unwrap().is_empty());
        store.save(&user, &before).unwrap();
        store.flush().unwrap();
        (record, entry.seq, id)
    };
    {
        let db = open_raw(dir.path());
        db.open_tree("submitting").unwrap().insert(seq.to_be_bytes(), serde_json::to_vec(&record).unwrap()).unwrap();
        db.flush().unwrap();
    }

    let store = reopen(dir.path());
    let outbox = store.outbox().unwrap();
    assert_eq!(outbox.len(), 1, "the advisers get the draft");
    assert_eq!(outbox[0].pending, [Sink::Telegram]);
    assert_eq!(outbox[0].draft.as_ref(), Some(&id));
    assert_eq!(store.draft(&id).unwrap().unwrap().answers, before.session.slots);
    assert_eq!(store.load(&user).unwrap().drafts, std::slice::from_ref(&id), "the user's state lists the draft");

    // Finished once, as an uninterrupted submission is: delivered, neither comes back at the
    // next start.
    store.delivered(outbox[0].seq, Sink::Telegram).unwrap();
    let other = ola();
    let second = DraftId::new(2026, store.next_draft_number(2026).unwrap());
    store.file_draft(&other, &before, &draft(second, &other, 1_800_000_001), &[Sink::Telegram]).unwrap();
    for entry in store.outbox().unwrap() {
        store.delivered(entry.seq, Sink::Telegram).unwrap();
    }
    store.flush().unwrap();
    drop(store);
    let store = reopen(dir.path());
    assert!(store.outbox().unwrap().is_empty());
    assert_eq!(store.drafts().unwrap().len(), 2);
}

/// The data directory's database opened with sled itself, as a crash leaves it.
fn open_raw(dir: &std::path::Path) -> sled::Db {
    // sled reports the held lock as an I/O error.
    once_unlocked(|| sled::open(dir.join("db")), |e| matches!(e, sled::Error::Io(_)))
}
