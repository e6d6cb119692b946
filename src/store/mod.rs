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

use crate::core::ids::UserKey;
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
    Ok(UserState { session, prefs: state.prefs })
}
