//! One contract, every store: the sled store on disk and the in-memory store behave the same.

use barents_bot::core::ids::{Platform, UserKey};
use barents_bot::core::locale::Locale;
use barents_bot::core::session::UserState;
use barents_bot::core::value::Value;
use barents_bot::core::ids::ArticleId;
use barents_bot::store::{Feedback, MemoryStore, OpenQuestion, SledStore, Store, StoreError};

fn contract(store: &dyn Store) {
    let kari = UserKey::new(Platform::Telegram, "42");
    let ola = UserKey::new(Platform::Discord, "42");
    assert_eq!(store.load(&kari).unwrap(), UserState::default(), "a new user has the default state");
    let mut state = UserState::default();
    state.prefs.language = Some(Locale::Ru);
    state.session.slots.insert("name".into(), Value::Text("Кари 🦌 \u{202e}RTL".into()));
    state.session.question = 7;
    store.save(&kari, &state).unwrap();
    store.flush().unwrap();
    assert_eq!(store.load(&kari).unwrap(), state);
    assert_eq!(store.load(&ola).unwrap(), UserState::default(), "the same id on another platform is another user");
    store.forget(&kari).unwrap();
    store.flush().unwrap();
    assert_eq!(store.load(&kari).unwrap(), UserState::default());

    // The resource centre's anonymous records: questions in order, counts per article.
    for (at, text) in [(1, "первый вопрос"), (2, "second question")] {
        store.keep_question(&OpenQuestion { at, locale: Locale::Ru, text: text.into() }).unwrap();
    }
    let trust = ArticleId::new("trust");
    for helpful in [true, true, false] {
        store.count_feedback(&trust, helpful).unwrap();
    }
    store.flush().unwrap();
    let kept: Vec<String> = store.questions().unwrap().into_iter().map(|q| q.text).collect();
    assert_eq!(kept, ["первый вопрос", "second question"]);
    assert_eq!(store.feedback().unwrap(), vec![(trust, Feedback { helpful: 2, not_helpful: 1 })]);
}

#[test]
fn memory_store_keeps_the_contract() {
    contract(&MemoryStore::new());
}

#[test]
fn sled_store_keeps_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    contract(&SledStore::open(dir.path(), 8 << 20).unwrap());
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
    use barents_bot::core::draft::{DRAFT_VERSION, Draft, DraftEvent, DraftId, DraftStatus};
    let dir = tempfile::tempdir().unwrap();
    let user = UserKey::new(Platform::Telegram, "42");
    let mut before = UserState::default();
    before.session.slots.insert("org_name".into(), Value::Text("Kirkenes Choir".into()));
    let draft = Draft {
        version: DRAFT_VERSION,
        id: DraftId(String::new()),
        user: user.clone(),
        locale: Locale::Nb,
        dialog: barents_bot::core::ids::DialogId::new("application"),
        created: 1_800_000_000,
        updated: 1_800_000_000,
        status: DraftStatus::Submitted,
        answers: before.session.slots.clone(),
        history: vec![DraftEvent { at: 1_800_000_000, status: DraftStatus::Submitted, by: None, note: None }],
        erase_requested: false,
    };
    let (record, seq) = {
        let store = SledStore::open(dir.path(), 8 << 20).unwrap();
        let id = store.submit(&user, &before, draft, &["telegram"]).unwrap();
        let entry = store.outbox().unwrap().pop().expect("the hand-off");
        let record = serde_json::json!({ "user": user, "draft": store.draft(&id).unwrap(), "entry": entry, "state": store.load(&user).unwrap() });
        // Back to the moment after the draft's write: no hand-off, the state not yet saved.
        store.delivered(entry.seq, "telegram").unwrap();
        assert!(store.outbox().unwrap().is_empty());
        store.save(&user, &before).unwrap();
        store.flush().unwrap();
        (record, entry.seq)
    };
    {
        let db = open_raw(dir.path());
        db.open_tree("submitting").unwrap().insert(seq.to_be_bytes(), serde_json::to_vec(&record).unwrap()).unwrap();
        db.flush().unwrap();
    }

    let store = reopen(dir.path());
    let outbox = store.outbox().unwrap();
    assert_eq!(outbox.len(), 1, "the advisers get the draft");
    assert_eq!(outbox[0].pending, vec!["telegram".to_owned()]);
    let id = outbox[0].draft.clone().unwrap();
    assert_eq!(store.draft(&id).unwrap().unwrap().answers, before.session.slots);
    let after = store.load(&user).unwrap();
    assert_eq!(after.drafts.len(), 1, "the user's state lists the draft");
    assert_eq!(after.drafts[0].id, id);

    // Finished once, as an uninterrupted submission is: delivered, neither comes back at the
    // next start.
    store.delivered(outbox[0].seq, "telegram").unwrap();
    let other = UserKey::new(Platform::Telegram, "43");
    let draft = Draft { user: other.clone(), ..store.draft(&id).unwrap().unwrap() };
    store.submit(&other, &before, draft, &["telegram"]).unwrap();
    for entry in store.outbox().unwrap() {
        store.delivered(entry.seq, "telegram").unwrap();
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
