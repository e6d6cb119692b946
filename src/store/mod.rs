//! Where users' state lives: a small [`Store`] trait with a sled implementation on disk and an
//! in-memory one for tests, both held to the same contract (`tests/store_contract.rs`).
//!
//! Records are JSON with a schema version inside (see [`crate::core::session`]).
//! "Durable before visible": callers write, then [`Store::flush`], then reply. Flushes are
//! group-committed, so many users' turns share one fsync.

mod group_commit;
pub mod memory;
pub mod sled_store;

pub use group_commit::GroupCommit;
pub use memory::MemoryStore;
pub use sled_store::SledStore;

use crate::core::draft::{Draft, DraftEvent, DraftId, DraftRef, DraftStatus};
use crate::core::notice::Notice;
use crate::core::ids::{ArticleId, UserKey};
use crate::core::partners::{IntroId, Introduction, Profile, ProfileId};
use crate::core::session::UserState;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the data directory {path} is in use by another barents-bot process")]
    Locked { path: String },
    #[error("the store could not be opened at {path}: {cause}")]
    Open { path: String, cause: String },
    #[error(
        "the store in {path} has lost data it had saved (it reaches write {found}, but write {written} was made): the files were damaged, e.g. by a disk fault. Keep a copy of the directory and restore it from a backup; or, to go on without what was lost, delete {path}/{marker}"
    )]
    Damaged { path: String, written: u64, found: u64, marker: &'static str },
    #[error("storage I/O failed: {0}")]
    Io(String),
    #[error("a stored record for {key} cannot be read: {cause}")]
    Corrupt { key: String, cause: String },
    #[error("a stored record for {key} has schema version {version}, newer than this program understands")]
    TooNew { key: String, version: u32 },
    #[error("there is no draft {0}")]
    NoSuchDraft(String),
}

/// A hand-off waiting to be delivered to the advisers' sinks.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OutboxEntry {
    /// Increasing: deliveries go out in the order they were made.
    pub seq: u64,
    /// The draft handed off, or the draft a message is about.
    pub draft: Option<DraftId>,
    /// Set for a message from a user to the advisers (instead of a new draft).
    #[serde(default)]
    pub message: Option<Relay>,
    /// Sinks that still have to accept it (e.g. "telegram", "discord").
    pub pending: Vec<String>,
}

/// A user's message to the advisers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Relay {
    pub from: UserKey,
    pub text: String,
}

/// A question the resource centre could not answer, kept anonymously for the advisers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OpenQuestion {
    pub at: i64,
    pub locale: crate::core::locale::Locale,
    /// As typed, with contact details replaced (see `core::knowledge::anonymise`).
    pub text: String,
}

/// One adviser action for the audit trail: who did what to which draft, and when — never the
/// text of a message.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AuditEntry {
    pub at: i64,
    /// The adviser as the platform names them (`telegram:5001 (Ola)`, or the CLI's `--adviser`).
    pub by: String,
    /// `claim`, `ask`, `close`, or `refused` (someone who is not an adviser tried).
    pub action: String,
    /// The draft, as given (a refused attempt may name one that does not exist).
    pub draft: String,
}

/// Anonymous answers to "did this article help?".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Feedback {
    pub helpful: u64,
    pub not_helpful: u64,
}

/// The state of one user, loaded and saved as a whole.
pub trait Store: Send + Sync {
    /// The user's state, or the default for someone new.
    fn load(&self, user: &UserKey) -> Result<UserState, StoreError>;
    /// Writes the user's state (not yet durable: see [`Store::flush`]).
    fn save(&self, user: &UserKey, state: &UserState) -> Result<(), StoreError>;
    /// Erases everything stored about the user: their state, pending notices and partner profile.
    fn forget(&self, user: &UserKey) -> Result<(), StoreError>;

    /// Leaves a notice for a user, whoever's turn this is: it is shown at their next turn
    /// (not durable until flushed). Kept apart from their state, so a turn of theirs that runs
    /// at the same moment cannot overwrite it.
    fn notify(&self, user: &UserKey, notice: &Notice) -> Result<(), StoreError>;
    /// The user's notices not yet shown, oldest first, with their numbers.
    fn pending_notices(&self, user: &UserKey) -> Result<Vec<(u64, Notice)>, StoreError>;
    /// Saves the user's state, then drops the notices the turn showed: a failure between the
    /// two shows a notice again, never loses one.
    fn save_turn(&self, user: &UserKey, state: &UserState, shown: &[u64]) -> Result<(), StoreError>;

    /// Stores a partner profile (new or changed).
    fn save_profile(&self, profile: &Profile) -> Result<(), StoreError>;
    fn delete_profile(&self, id: &ProfileId) -> Result<(), StoreError>;
    fn profile(&self, id: &ProfileId) -> Result<Option<Profile>, StoreError>;
    /// Every profile, paused and expired ones included.
    fn profiles(&self) -> Result<Vec<Profile>, StoreError>;
    /// Stores a new introduction under the next id (`I-0001`, …) and returns it.
    fn create_intro(&self, intro: Introduction) -> Result<IntroId, StoreError>;
    fn intro(&self, id: &IntroId) -> Result<Option<Introduction>, StoreError>;
    fn update_intro(&self, intro: &Introduction) -> Result<(), StoreError>;
    /// Every introduction, oldest first.
    fn intros(&self) -> Result<Vec<Introduction>, StoreError>;
    /// The introductions a user asked for or was asked for, oldest first.
    fn intros_for(&self, user: &UserKey) -> Result<Vec<Introduction>, StoreError> {
        Ok(self.intros()?.into_iter().filter(|i| &i.from == user || &i.to == user).collect())
    }
    /// Makes every write so far durable. Concurrent callers share one flush.
    fn flush(&self) -> Result<(), StoreError>;

    /// All or nothing, even across a crash: gives `draft` the next id of its year, stores it
    /// with an outbox entry for `sinks`, and saves the user's state with the draft listed. Not
    /// durable until flushed.
    fn submit(&self, user: &UserKey, state: &UserState, draft: Draft, sinks: &[&str]) -> Result<DraftId, StoreError>;
    fn draft(&self, id: &DraftId) -> Result<Option<Draft>, StoreError>;
    /// Every draft, oldest first.
    fn drafts(&self) -> Result<Vec<Draft>, StoreError>;
    /// Moves a draft to `status` (recording who and why) and updates the applicant's list.
    fn set_status(&self, id: &DraftId, event: DraftEvent) -> Result<Draft, StoreError>;
    /// Hand-offs not yet accepted by every sink, in submission order.
    fn outbox(&self) -> Result<Vec<OutboxEntry>, StoreError>;
    /// Records that `sink` accepted the hand-off `seq`; the entry goes when no sink is pending.
    fn delivered(&self, seq: u64, sink: &str) -> Result<(), StoreError>;
    /// Queues a user's message for the advisers and, when it is about a draft, adds it to the
    /// draft's history — in one transaction. Not durable until flushed.
    fn relay(&self, relay: Relay, draft: Option<DraftEvent>, about: Option<DraftId>, sinks: &[&str]) -> Result<(), StoreError>;

    /// Stores a draft as it is now (for changes that are not a status, such as an erase request).
    fn save_draft(&self, draft: &Draft) -> Result<(), StoreError>;
    fn delete_draft(&self, id: &DraftId) -> Result<(), StoreError>;
    /// Every user with a stored state.
    fn user_keys(&self) -> Result<Vec<UserKey>, StoreError>;
    /// Removes a user's state (session and preferences) only — for the retention of idle ones.
    fn remove_user(&self, user: &UserKey) -> Result<(), StoreError>;

    /// Appends to the adviser audit trail (not durable until flushed).
    fn audit(&self, entry: &AuditEntry) -> Result<(), StoreError>;
    /// The audit trail, oldest first.
    fn audit_log(&self) -> Result<Vec<AuditEntry>, StoreError>;

    /// Keeps a question nobody could answer (not durable until flushed).
    fn keep_question(&self, question: &OpenQuestion) -> Result<(), StoreError>;
    /// The kept questions, oldest first.
    fn questions(&self) -> Result<Vec<OpenQuestion>, StoreError>;
    /// Counts one answer to "did this help?" for an article (not durable until flushed).
    fn count_feedback(&self, article: &ArticleId, helpful: bool) -> Result<(), StoreError>;
    /// The counts, by article.
    fn feedback(&self) -> Result<Vec<(ArticleId, Feedback)>, StoreError>;
}

impl Feedback {
    pub fn counted(mut self, helpful: bool) -> Feedback {
        if helpful {
            self.helpful += 1;
        } else {
            self.not_helpful += 1;
        }
        self
    }
}

/// What both stores do to a draft and its applicant's list on a status change; returns the
/// notices for the applicant.
pub(crate) fn apply_status(draft: &mut Draft, user: &mut UserState, event: DraftEvent) -> Vec<Notice> {
    let mut notices = Vec::new();
    // A note from an adviser (`by` set) is a message to the applicant; the applicant's own
    // answers (no `by`) are only recorded.
    if let Some(text) = event.note.clone().filter(|_| event.status == DraftStatus::FollowUp && event.by.is_some()) {
        notices.push(Notice::AdviserMessage { draft: draft.id.clone(), text });
    }
    if event.status != draft.status {
        notices.push(Notice::StatusChanged { draft: draft.id.clone(), status: event.status });
    }
    draft.status = event.status;
    draft.updated = event.at;
    draft.history.push(event);
    match user.drafts.iter_mut().find(|r| r.id == draft.id) {
        Some(r) => r.status = draft.status,
        None => user.drafts.push(DraftRef { id: draft.id.clone(), status: draft.status }),
    }
    notices
}

/// The key of a user's notice: their key, a separator, and an increasing number, so a prefix
/// scan reads one user's notices in order.
pub(crate) fn notice_key(user: &UserKey, seq: u64) -> Vec<u8> {
    let mut k = notice_prefix(user);
    k.extend_from_slice(&seq.to_be_bytes());
    k
}

/// `I-0042`: introductions count from 1; the ids sort in the order they were made.
pub(crate) fn intro_id(seq: u64) -> IntroId {
    IntroId(format!("I-{seq:06}"))
}

pub(crate) fn notice_prefix(user: &UserKey) -> Vec<u8> {
    let mut k = user.storage_key().into_bytes();
    k.push(0);
    k
}

/// The first status of every draft.
pub(crate) fn submitted(draft: &mut Draft, id: DraftId, user: &mut UserState) {
    draft.id = id.clone();
    draft.status = DraftStatus::Submitted;
    user.drafts.push(DraftRef { id, status: DraftStatus::Submitted });
}

/// The versioned record format both stores use.
pub(crate) fn encode(state: &UserState) -> Vec<u8> {
    serde_json::to_vec(state).expect("user state always serialises")
}

pub(crate) fn decode(key: &UserKey, bytes: &[u8]) -> Result<UserState, StoreError> {
    let corrupt = |cause: String| StoreError::Corrupt { key: key.to_string(), cause };
    // Checked as UTF-8 once, then read as text: `from_slice` checks every string on its own,
    // which took a quarter of the decoding (measured on a finished application's record).
    let text = std::str::from_utf8(bytes).map_err(|e| corrupt(e.to_string()))?;
    let state: UserState = serde_json::from_str(text).map_err(|e| corrupt(e.to_string()))?;
    let version = state.session.version;
    let session = state.session.migrate().map_err(|v| StoreError::TooNew { key: key.to_string(), version: v.max(version) })?;
    Ok(UserState { session, ..state })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ids::Platform;

    #[test]
    fn a_record_written_by_session_version_1_reads_and_is_upgraded() {
        let v1 = r#"{"session":{"version":1,"state":{"state":"asking","at":{"dialog":"application","step":"org-number","stack":[]},"failures":0,"return_to":null},"slots":{"org_name":{"type":"text","value":"Kirkenes Choir"}},"question":3,"history":[{"state":"asking","at":{"dialog":"application","step":"org-name","stack":[]},"failures":0,"return_to":null}]},"prefs":{"version":1,"language":"nb","hint":null}}"#;
        let user = UserKey::new(Platform::Telegram, "1");
        let state = decode(&user, v1.as_bytes()).expect("a version 1 record");
        assert_eq!(state.session.version, crate::core::session::SESSION_VERSION);
        assert_eq!(state.session.history.len(), 1);
        assert_eq!(state.session.history[0].cursor().map(|c| c.step.as_str()), Some("org-name"));
        // Written again, it takes the short form and reads back the same.
        let again = decode(&user, &encode(&state)).expect("re-read");
        assert_eq!(again, state);
        let written = String::from_utf8(encode(&state)).unwrap();
        assert!(written.contains(r#""history":["application/org-name"]"#), "{written}");
        assert!(written.contains(r#""org_name":{"text":"Kirkenes Choir"}"#), "{written}");
    }
}
