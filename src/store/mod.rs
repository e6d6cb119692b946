//! Where everything the bot must not lose lives: the [`Store`] trait, with a sled
//! implementation on disk and an in-memory one for tests, both held to one contract
//! (`tests/store_contract.rs`, every method against both).
//!
//! The store keeps records and decides nothing: what a record becomes is the core's decision
//! (a draft's change through [`Draft::apply`], say); the store makes it atomic and durable.
//! Records are JSON with a schema version inside (see [`crate::core::session`]).
//! "Durable before visible": callers write, then [`Store::flush`], then reply. Flushes are
//! group-committed, so many users' turns share one fsync.

mod group_commit;
pub mod memory;
pub mod sled_store;

pub use group_commit::GroupCommit;
pub use memory::MemoryStore;
pub use sled_store::SledStore;

use crate::core::activity::Tally;
use crate::core::draft::{Draft, DraftChange, DraftId, Undelivered};
use crate::core::ids::{ArticleId, Sink, UserKey};
use crate::core::notice::Notice;
use crate::core::partners::{IntroId, Introduction, Profile, ProfileId};
use crate::core::session::UserState;
pub use crate::core::adviser::{Relay, ReplyTarget};
pub use crate::core::knowledge::OpenQuestion;

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
    /// A closed draft takes no more adviser actions.
    #[error("draft {0} is closed")]
    DraftClosed(String),
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
    /// Set for the word that `draft` was erased at its applicant's request (instead of it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub erased: bool,
    /// Sinks that still have to accept it.
    pub pending: Vec<Sink>,
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

/// Everything the bot keeps, by kind of record. Writes are not durable until [`Store::flush`].
pub trait Store: Send + Sync {
    // Users' own records.

    /// The user's state, or the default for someone new.
    fn load(&self, user: &UserKey) -> Result<UserState, StoreError>;
    /// Writes the user's state.
    fn save(&self, user: &UserKey, state: &UserState) -> Result<(), StoreError>;
    /// Saves the user's state, then drops the notices the turn showed: a failure between the
    /// two shows a notice again, never loses one.
    fn save_turn(&self, user: &UserKey, state: &UserState, shown: &[u64]) -> Result<(), StoreError>;
    /// Erases everything kept under the user's key (`/forget`): their state, waiting notices and
    /// partner profile, their side of the introductions index, the questions they let the
    /// advisers keep, their messages to the advisers not yet delivered, and the advisers' posts
    /// a reply to would reach them. Their drafts and introductions go with
    /// [`Store::erase_draft`] and [`Store::delete_intro`].
    fn erase_user(&self, user: &UserKey) -> Result<(), StoreError>;
    /// Every user with a stored state.
    fn user_keys(&self) -> Result<Vec<UserKey>, StoreError>;
    /// Removes a user's state (session and preferences) only — for the retention of idle ones.
    fn remove_user(&self, user: &UserKey) -> Result<(), StoreError>;

    // Notices: kept apart from users' states, so another turn (or an adviser) can leave one
    // while the user's own turn runs, and neither overwrites the other.

    /// Leaves a notice for a user, shown at their next turn.
    fn notify(&self, user: &UserKey, notice: &Notice) -> Result<(), StoreError>;
    /// The user's notices not yet shown, oldest first, with their numbers.
    fn pending_notices(&self, user: &UserKey) -> Result<Vec<(u64, Notice)>, StoreError>;
    /// Every user with a notice not yet shown (to catch up with pushes that were missed).
    fn users_with_notices(&self) -> Result<Vec<UserKey>, StoreError>;

    // Drafts and their hand-off to the advisers.

    /// The next draft number of `year`, taken atomically and for good.
    fn next_draft_number(&self, year: i32) -> Result<u64, StoreError>;
    /// All or nothing, even across a crash: stores `draft` with an outbox entry for `sinks`
    /// (none: no entry), and the user's state (which lists it).
    fn file_draft(&self, user: &UserKey, state: &UserState, draft: &Draft, sinks: &[Sink]) -> Result<(), StoreError>;
    fn draft(&self, id: &DraftId) -> Result<Option<Draft>, StoreError>;
    /// Every draft, oldest first.
    fn drafts(&self) -> Result<Vec<Draft>, StoreError>;
    /// Applies `change` to the draft ([`Draft::apply`]) and leaves the notices it causes for
    /// its applicant, atomically; returns the draft as it is now.
    fn change_draft(&self, id: &DraftId, change: &DraftChange) -> Result<Draft, StoreError>;
    fn delete_draft(&self, id: &DraftId) -> Result<(), StoreError>;
    /// Erases a draft at its applicant's request: the draft, every hand-off and message about it
    /// not yet delivered, the advisers' posts a reply to would reach its applicant; and queues
    /// for `sinks` the word that it was erased (its id only).
    fn erase_draft(&self, id: &DraftId, sinks: &[Sink]) -> Result<(), StoreError>;
    /// Queues a user's message for `sinks` (none: nothing is queued) and, when it is about a
    /// draft that exists, applies the change to it — in one transaction.
    fn relay(&self, relay: &Relay, about: Option<(&DraftId, &DraftChange)>, sinks: &[Sink]) -> Result<(), StoreError>;
    /// Hand-offs not yet accepted by every sink, in the order they were made.
    fn outbox(&self) -> Result<Vec<OutboxEntry>, StoreError>;
    /// Records that `sink` accepted the hand-off `seq`; the entry goes when no sink is pending.
    fn delivered(&self, seq: u64, sink: Sink) -> Result<(), StoreError>;
    /// Records that `sink` refused the hand-off `seq` for good: it is no longer pending there,
    /// and the draft it was (if any) records why.
    fn undeliverable(&self, seq: u64, sink: Sink, failure: &Undelivered) -> Result<(), StoreError>;

    // The partner registry.

    /// Stores a profile as it is now (new or changed).
    fn save_profile(&self, profile: &Profile) -> Result<(), StoreError>;
    fn delete_profile(&self, id: &ProfileId) -> Result<(), StoreError>;
    fn profile(&self, id: &ProfileId) -> Result<Option<Profile>, StoreError>;
    /// Every profile, paused and expired ones included.
    fn profiles(&self) -> Result<Vec<Profile>, StoreError>;
    /// The next introduction number, taken atomically and for good.
    fn next_intro_number(&self) -> Result<u64, StoreError>;
    /// Stores an introduction as it is now (new or changed), found from both of its sides.
    fn save_intro(&self, intro: &Introduction) -> Result<(), StoreError>;
    fn intro(&self, id: &IntroId) -> Result<Option<Introduction>, StoreError>;
    /// Every introduction, oldest first.
    fn intros(&self) -> Result<Vec<Introduction>, StoreError>;
    /// The introductions a user asked for or was asked for, oldest first.
    fn intros_for(&self, user: &UserKey) -> Result<Vec<Introduction>, StoreError>;
    /// Erases an introduction from both sides, with the notices about it that wait for either.
    fn delete_intro(&self, id: &IntroId) -> Result<(), StoreError>;

    // The advisers' records.

    /// Appends to the adviser audit trail.
    fn audit(&self, entry: &AuditEntry) -> Result<(), StoreError>;
    /// The audit trail, oldest first.
    fn audit_log(&self) -> Result<Vec<AuditEntry>, StoreError>;
    /// Remembers whom a reply to the bot's chat message `key` (a post in the advisers' chat, a
    /// prompt for a question) is for.
    fn remember_post(&self, key: &str, target: &ReplyTarget) -> Result<(), StoreError>;
    /// Whom a reply to the message `key` is for, if the bot remembered it.
    fn reply_target(&self, key: &str) -> Result<Option<ReplyTarget>, StoreError>;

    // The resource centre's anonymous records.

    /// Keeps a question nobody could answer, already anonymised, that `asker` let the advisers
    /// read. It carries the asker only as a [`pseudonym`], so `/forget` finds it and nobody
    /// else can tell whose it is.
    fn keep_question(&self, question: &OpenQuestion, asker: &UserKey) -> Result<(), StoreError>;
    /// The kept questions, oldest first.
    fn questions(&self) -> Result<Vec<OpenQuestion>, StoreError>;
    /// The kept questions `user` asked, oldest first.
    fn questions_of(&self, user: &UserKey) -> Result<Vec<OpenQuestion>, StoreError>;
    /// Removes the kept questions `due` says are due; returns how many.
    fn remove_questions(&self, due: &dyn Fn(&OpenQuestion) -> bool) -> Result<usize, StoreError>;
    /// Counts one answer to "did this help?" for an article, in the month of `at`.
    fn count_feedback(&self, article: &ArticleId, helpful: bool, at: i64) -> Result<(), StoreError>;
    /// The counts, by article (all months together).
    fn feedback(&self) -> Result<Vec<(ArticleId, Feedback)>, StoreError>;
    /// Removes the counts of the months (`YYYY-MM`) `due` says are due; returns how many
    /// articles' months went. Counts from before months were kept have none and stay.
    fn remove_feedback(&self, due: &dyn Fn(&str) -> bool) -> Result<usize, StoreError>;

    // The activity picture: anonymous counts, which point to nobody and so outlive `/forget`.

    /// Adds one to the count of `tally` (see [`crate::core::activity`]).
    fn count(&self, tally: &Tally) -> Result<(), StoreError>;
    /// Every distinct tally with its count. Keys a later version wrote and this one cannot
    /// read are left out.
    fn tallies(&self) -> Result<Vec<(Tally, u64)>, StoreError>;

    /// Makes every write so far durable. Concurrent callers share one flush.
    fn flush(&self) -> Result<(), StoreError>;
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

/// `user`'s key as a number that tells nothing of them without `secret` (kept inside the
/// store, never shown): what a kept question carries, so `/forget` can find it.
pub(crate) fn pseudonym(secret: u128, user: &UserKey) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    secret.hash(&mut h);
    user.storage_key().hash(&mut h);
    h.finish()
}

/// A new random secret for [`pseudonym`], from the standard library's per-process random keys.
pub(crate) fn new_secret() -> u128 {
    use std::hash::BuildHasher;
    let keys = std::collections::hash_map::RandomState::new();
    (u128::from(keys.hash_one(1u8)) << 64) | u128::from(keys.hash_one(2u8))
}

/// The month (`YYYY-MM`) feedback given at `at` is counted in.
pub(crate) fn feedback_month(at: i64) -> String {
    crate::core::activity::Month::of(at).to_string()
}

/// The key of a user's notice: their key, a separator, and an increasing number, so a prefix
/// scan reads one user's notices in order.
pub(crate) fn notice_key(user: &UserKey, seq: u64) -> Vec<u8> {
    let mut k = notice_prefix(user);
    k.extend_from_slice(&seq.to_be_bytes());
    k
}

pub(crate) fn notice_prefix(user: &UserKey) -> Vec<u8> {
    let mut k = user.storage_key().into_bytes();
    k.push(0);
    k
}

/// The user a notice's key belongs to.
pub(crate) fn notice_owner(key: &[u8]) -> Option<UserKey> {
    let end = key.iter().position(|b| *b == 0)?;
    UserKey::from_storage_key(std::str::from_utf8(&key[..end]).ok()?)
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
