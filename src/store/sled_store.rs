//! The production [`Store`]: sled in one data directory, one tree per record kind.
//!
//! sled lets one process hold a directory; a second one gets [`StoreError::Locked`].

use super::{GroupCommit, Store, StoreError, decode, encode};
use crate::core::ids::UserKey;
use crate::core::session::UserState;
use std::path::Path;

pub struct SledStore {
    db: sled::Db,
    users: sled::Tree,
    commits: GroupCommit,
}

impl SledStore {
    /// Opens (creating if needed) the store in `dir`.
    pub fn open(dir: &Path, cache_capacity_bytes: u64) -> Result<SledStore, StoreError> {
        let path = dir.display().to_string();
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Open { path: path.clone(), cause: e.to_string() })?;
        let db = sled::Config::new()
            .path(dir.join("db"))
            .cache_capacity(cache_capacity_bytes)
            // Durability comes from explicit, group-committed flushes before each reply.
            .flush_every_ms(None)
            .open()
            .map_err(|e| match e {
                sled::Error::Io(io) if io.kind() == std::io::ErrorKind::WouldBlock || io.to_string().contains("lock") => {
                    StoreError::Locked { path: path.clone() }
                }
                other => StoreError::Open { path: path.clone(), cause: other.to_string() },
            })?;
        let users = db.open_tree("users").map_err(io)?;
        Ok(SledStore { db, users, commits: GroupCommit::new() })
    }
}

fn io(e: sled::Error) -> StoreError {
    StoreError::Io(e.to_string())
}

impl Store for SledStore {
    fn load(&self, user: &UserKey) -> Result<UserState, StoreError> {
        match self.users.get(user.storage_key()).map_err(io)? {
            Some(bytes) => decode(user, &bytes),
            None => Ok(UserState::default()),
        }
    }

    fn save(&self, user: &UserKey, state: &UserState) -> Result<(), StoreError> {
        self.users.insert(user.storage_key(), encode(state)).map_err(io)?;
        Ok(())
    }

    fn forget(&self, user: &UserKey) -> Result<(), StoreError> {
        self.users.remove(user.storage_key()).map_err(io)?;
        Ok(())
    }

    fn flush(&self) -> Result<(), StoreError> {
        self.commits.commit(|| self.db.flush().map(|_| ()).map_err(|e| e.to_string())).map_err(StoreError::Io)
    }
}
