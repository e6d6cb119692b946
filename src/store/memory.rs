//! An in-memory [`Store`] for unit tests and benchmarks of the engine alone. Not durable.

use super::{Store, StoreError, decode, encode};
use crate::core::ids::UserKey;
use crate::core::session::UserState;
use std::collections::HashMap;
use std::sync::Mutex;

#[derive(Default)]
pub struct MemoryStore {
    // A std Mutex: held only for a map operation, never across an await or I/O.
    records: Mutex<HashMap<String, Vec<u8>>>,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }
}

impl Store for MemoryStore {
    fn load(&self, user: &UserKey) -> Result<UserState, StoreError> {
        let records = self.records.lock().unwrap_or_else(|e| e.into_inner());
        match records.get(&user.storage_key()) {
            Some(bytes) => decode(user, bytes),
            None => Ok(UserState::default()),
        }
    }

    fn save(&self, user: &UserKey, state: &UserState) -> Result<(), StoreError> {
        let bytes = encode(state);
        self.records.lock().unwrap_or_else(|e| e.into_inner()).insert(user.storage_key(), bytes);
        Ok(())
    }

    fn forget(&self, user: &UserKey) -> Result<(), StoreError> {
        self.records.lock().unwrap_or_else(|e| e.into_inner()).remove(&user.storage_key());
        Ok(())
    }

    fn flush(&self) -> Result<(), StoreError> {
        Ok(())
    }
}
