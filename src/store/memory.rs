//! An in-memory [`Store`] for unit tests and benchmarks of the engine alone. Not durable.

use super::{Feedback, OpenQuestion, OutboxEntry, Store, StoreError, apply_status, decode, encode, submitted};
use crate::core::draft::{Draft, DraftEvent, DraftId};
use crate::core::ids::{ArticleId, UserKey};
use crate::core::session::UserState;
use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;

#[derive(Default)]
struct Data {
    users: HashMap<String, Vec<u8>>,
    drafts: BTreeMap<DraftId, Draft>,
    outbox: BTreeMap<u64, OutboxEntry>,
    sequences: HashMap<i32, u64>,
    next_outbox: u64,
    questions: Vec<OpenQuestion>,
    feedback: BTreeMap<ArticleId, Feedback>,
}

#[derive(Default)]
pub struct MemoryStore {
    // A std Mutex: held only for a map operation, never across an await or I/O.
    data: Mutex<Data>,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }
}

impl Store for MemoryStore {
    fn load(&self, user: &UserKey) -> Result<UserState, StoreError> {
        let data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        match data.users.get(&user.storage_key()) {
            Some(bytes) => decode(user, bytes),
            None => Ok(UserState::default()),
        }
    }

    fn save(&self, user: &UserKey, state: &UserState) -> Result<(), StoreError> {
        let bytes = encode(state);
        self.data.lock().unwrap_or_else(|e| e.into_inner()).users.insert(user.storage_key(), bytes);
        Ok(())
    }

    fn forget(&self, user: &UserKey) -> Result<(), StoreError> {
        self.data.lock().unwrap_or_else(|e| e.into_inner()).users.remove(&user.storage_key());
        Ok(())
    }

    fn flush(&self) -> Result<(), StoreError> {
        Ok(())
    }

    fn submit(&self, user: &UserKey, state: &UserState, mut draft: Draft, sinks: &[&str]) -> Result<DraftId, StoreError> {
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        let year = crate::core::value::Date::from_unix(draft.created).year;
        let seq = data.sequences.entry(year).or_insert(0);
        *seq += 1;
        let id = DraftId::new(year, *seq);
        let mut state = state.clone();
        submitted(&mut draft, id.clone(), &mut state);
        data.next_outbox += 1;
        let n = data.next_outbox;
        data.outbox.insert(n, OutboxEntry { seq: n, draft: Some(id.clone()), message: None, pending: sinks.iter().map(|s| s.to_string()).collect() });
        data.drafts.insert(id.clone(), draft);
        data.users.insert(user.storage_key(), encode(&state));
        Ok(id)
    }

    fn draft(&self, id: &DraftId) -> Result<Option<Draft>, StoreError> {
        Ok(self.data.lock().unwrap_or_else(|e| e.into_inner()).drafts.get(id).cloned())
    }

    fn drafts(&self) -> Result<Vec<Draft>, StoreError> {
        let mut all: Vec<Draft> = self.data.lock().unwrap_or_else(|e| e.into_inner()).drafts.values().cloned().collect();
        all.sort_by_key(|d| (d.created, d.id.clone()));
        Ok(all)
    }

    fn set_status(&self, id: &DraftId, event: DraftEvent) -> Result<Draft, StoreError> {
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        let mut draft = data.drafts.get(id).cloned().ok_or_else(|| StoreError::NoSuchDraft(id.to_string()))?;
        let key = draft.user.storage_key();
        let mut user = match data.users.get(&key) {
            Some(b) => decode(&draft.user, b)?,
            None => UserState::default(),
        };
        apply_status(&mut draft, &mut user, event);
        data.users.insert(key, encode(&user));
        data.drafts.insert(id.clone(), draft.clone());
        Ok(draft)
    }

    fn outbox(&self) -> Result<Vec<OutboxEntry>, StoreError> {
        Ok(self.data.lock().unwrap_or_else(|e| e.into_inner()).outbox.values().cloned().collect())
    }

    fn relay(&self, relay: super::Relay, event: Option<DraftEvent>, about: Option<DraftId>, sinks: &[&str]) -> Result<(), StoreError> {
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        if let (Some(id), Some(event)) = (&about, event) {
            if let Some(d) = data.drafts.get_mut(id) {
                d.history.push(event);
            }
        }
        if !sinks.is_empty() {
            data.next_outbox += 1;
            let n = data.next_outbox;
            data.outbox.insert(n, OutboxEntry { seq: n, draft: about, message: Some(relay), pending: sinks.iter().map(|s| s.to_string()).collect() });
        }
        Ok(())
    }

    fn delivered(&self, seq: u64, sink: &str) -> Result<(), StoreError> {
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(e) = data.outbox.get_mut(&seq) {
            e.pending.retain(|s| s != sink);
            if e.pending.is_empty() {
                data.outbox.remove(&seq);
            }
        }
        Ok(())
    }

    fn keep_question(&self, question: &OpenQuestion) -> Result<(), StoreError> {
        self.data.lock().unwrap_or_else(|e| e.into_inner()).questions.push(question.clone());
        Ok(())
    }

    fn questions(&self) -> Result<Vec<OpenQuestion>, StoreError> {
        Ok(self.data.lock().unwrap_or_else(|e| e.into_inner()).questions.clone())
    }

    fn count_feedback(&self, article: &ArticleId, helpful: bool) -> Result<(), StoreError> {
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        let f = data.feedback.entry(article.clone()).or_default();
        *f = f.add(helpful);
        Ok(())
    }

    fn feedback(&self) -> Result<Vec<(ArticleId, Feedback)>, StoreError> {
        Ok(self.data.lock().unwrap_or_else(|e| e.into_inner()).feedback.iter().map(|(a, f)| (a.clone(), *f)).collect())
    }
}
