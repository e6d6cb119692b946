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

use crate::core::draft::{Draft, DraftEvent, DraftId, DraftRef, DraftStatus, Notice};
use crate::core::ids::{ArticleId, UserKey};
use crate::core::session::UserState;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the data directory {path} is in use by another barents-bot process")]
    Locked { path: String },
    #[error("the store could not be opened at {path}: {cause}")]
    Open { path: String, cause: String },
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
    /// Erases everything stored about the user.
    fn forget(&self, user: &UserKey) -> Result<(), StoreError>;
    /// Makes every write so far durable. Concurrent callers share one flush.
    fn flush(&self) -> Result<(), StoreError>;

    /// In one transaction: gives `draft` the next id of its year, stores it with an outbox entry
    /// for `sinks`, and saves the user's state with the draft listed. Not durable until flushed.
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
    pub fn add(mut self, helpful: bool) -> Feedback {
        if helpful {
            self.helpful += 1;
        } else {
            self.not_helpful += 1;
        }
        self
    }
}

/// What both stores do to a draft and its applicant's list on a status change.
pub(crate) fn apply_status(draft: &mut Draft, user: &mut UserState, event: DraftEvent) {
    // A note from an adviser (`by` set) is a message to the applicant; the applicant's own
    // answers (no `by`) are only recorded.
    if let Some(text) = event.note.clone().filter(|_| event.status == DraftStatus::FollowUp && event.by.is_some()) {
        user.notices.push(Notice::AdviserMessage { draft: draft.id.clone(), text });
    }
    if event.status != draft.status {
        user.notices.push(Notice::StatusChanged { draft: draft.id.clone(), status: event.status });
    }
    draft.status = event.status;
    draft.updated = event.at;
    draft.history.push(event);
    match user.drafts.iter_mut().find(|r| r.id == draft.id) {
        Some(r) => r.status = draft.status,
        None => user.drafts.push(DraftRef { id: draft.id.clone(), status: draft.status }),
    }
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
    let state: UserState =
        serde_json::from_slice(bytes).map_err(|e| StoreError::Corrupt { key: key.to_string(), cause: e.to_string() })?;
    let version = state.session.version;
    let session = state.session.migrate().map_err(|v| StoreError::TooNew { key: key.to_string(), version: v.max(version) })?;
    Ok(UserState { session, prefs: state.prefs, drafts: state.drafts, notices: state.notices })
}
