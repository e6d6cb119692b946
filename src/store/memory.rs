//! An in-memory [`Store`] for unit tests and benchmarks of the engine alone. Not durable.

use super::{AuditEntry, Feedback, OpenQuestion, OutboxEntry, Relay, ReplyTarget, Store, StoreError, decode, encode, feedback_month, notice_key, notice_owner, notice_prefix, pseudonym};
use crate::core::activity::Tally;
use crate::core::draft::{Draft, DraftChange, DraftId, Undelivered};
use crate::core::ids::{ArticleId, Sink, UserKey};
use crate::core::notice::Notice;
use crate::core::partners::{IntroId, Introduction, Profile, ProfileId};
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
    audit: Vec<AuditEntry>,
    /// By month (`YYYY-MM`) and article.
    feedback: BTreeMap<(String, ArticleId), Feedback>,
    activity: BTreeMap<Tally, u64>,
    notices: BTreeMap<Vec<u8>, Notice>,
    next_notice: u64,
    profiles: BTreeMap<ProfileId, Profile>,
    intros: BTreeMap<IntroId, Introduction>,
    next_intro: u64,
    prompts: HashMap<String, super::ReplyTarget>,
}

pub struct MemoryStore {
    // A std Mutex: held only for a map operation, never across an await or I/O.
    data: Mutex<Data>,
    /// The secret of the pseudonyms kept questions carry.
    secret: u128,
}

impl Default for MemoryStore {
    fn default() -> Self {
        MemoryStore { data: Mutex::default(), secret: super::new_secret() }
    }
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

    fn erase_user(&self, user: &UserKey) -> Result<(), StoreError> {
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        data.users.remove(&user.storage_key());
        let prefix = notice_prefix(user);
        data.notices.retain(|k, _| !k.starts_with(&prefix));
        data.profiles.remove(&ProfileId::of(user));
        data.outbox.retain(|_, e| e.message.as_ref().is_none_or(|m| &m.from != user));
        data.prompts.retain(|_, r| !matches!(r, ReplyTarget::Asker(u) if u == user));
        let me = Some(pseudonym(self.secret, user));
        data.questions.retain(|q| q.asker != me);
        Ok(())
    }

    fn flush(&self) -> Result<(), StoreError> {
        Ok(())
    }

    fn next_draft_number(&self, year: i32) -> Result<u64, StoreError> {
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        let seq = data.sequences.entry(year).or_insert(0);
        *seq += 1;
        Ok(*seq)
    }

    fn file_draft(&self, user: &UserKey, state: &UserState, draft: &Draft, sinks: &[Sink]) -> Result<(), StoreError> {
        let bytes = encode(state);
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        if !sinks.is_empty() {
            data.next_outbox += 1;
            let n = data.next_outbox;
            data.outbox.insert(n, OutboxEntry { seq: n, draft: Some(draft.id.clone()), message: None, erased: false, pending: sinks.to_vec() });
        }
        data.drafts.insert(draft.id.clone(), draft.clone());
        data.users.insert(user.storage_key(), bytes);
        Ok(())
    }

    fn draft(&self, id: &DraftId) -> Result<Option<Draft>, StoreError> {
        Ok(self.data.lock().unwrap_or_else(|e| e.into_inner()).drafts.get(id).cloned())
    }

    fn drafts(&self) -> Result<Vec<Draft>, StoreError> {
        let mut all: Vec<Draft> = self.data.lock().unwrap_or_else(|e| e.into_inner()).drafts.values().cloned().collect();
        all.sort_by_key(|d| (d.created, d.id.clone()));
        Ok(all)
    }

    fn change_draft(&self, id: &DraftId, change: &DraftChange) -> Result<Draft, StoreError> {
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        let draft = data.drafts.get_mut(id).ok_or_else(|| StoreError::NoSuchDraft(id.to_string()))?;
        let notices = draft.apply(change);
        let draft = draft.clone();
        for n in notices {
            data.next_notice += 1;
            let k = notice_key(&draft.user, data.next_notice);
            data.notices.insert(k, n);
        }
        Ok(draft)
    }

    fn outbox(&self) -> Result<Vec<OutboxEntry>, StoreError> {
        Ok(self.data.lock().unwrap_or_else(|e| e.into_inner()).outbox.values().cloned().collect())
    }

    fn relay(&self, relay: &Relay, about: Option<(&DraftId, &DraftChange)>, sinks: &[Sink]) -> Result<(), StoreError> {
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((id, change)) = about
            && let Some(d) = data.drafts.get_mut(id) {
                d.apply(change);
            }
        if !sinks.is_empty() {
            data.next_outbox += 1;
            let n = data.next_outbox;
            let entry = OutboxEntry { seq: n, draft: about.map(|(id, _)| id.clone()), message: Some(relay.clone()), erased: false, pending: sinks.to_vec() };
            data.outbox.insert(n, entry);
        }
        Ok(())
    }

    fn delivered(&self, seq: u64, sink: Sink) -> Result<(), StoreError> {
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(e) = data.outbox.get_mut(&seq) {
            e.pending.retain(|s| *s != sink);
            if e.pending.is_empty() {
                data.outbox.remove(&seq);
            }
        }
        Ok(())
    }

    fn undeliverable(&self, seq: u64, sink: Sink, failure: &Undelivered) -> Result<(), StoreError> {
        {
            let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
            let draft = data.outbox.get(&seq).filter(|e| e.message.is_none()).and_then(|e| e.draft.clone());
            if let Some(d) = draft.and_then(|id| data.drafts.get_mut(&id)) {
                d.undelivered.push(failure.clone());
            }
        }
        self.delivered(seq, sink)
    }

    fn delete_draft(&self, id: &DraftId) -> Result<(), StoreError> {
        self.data.lock().unwrap_or_else(|e| e.into_inner()).drafts.remove(id);
        Ok(())
    }

    fn erase_draft(&self, id: &DraftId, sinks: &[Sink]) -> Result<(), StoreError> {
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        data.outbox.retain(|_, e| e.draft.as_ref() != Some(id));
        data.prompts.retain(|_, r| !matches!(r, ReplyTarget::Draft(d) if d == id));
        data.drafts.remove(id);
        if !sinks.is_empty() {
            data.next_outbox += 1;
            let n = data.next_outbox;
            data.outbox.insert(n, OutboxEntry { seq: n, draft: Some(id.clone()), message: None, erased: true, pending: sinks.to_vec() });
        }
        Ok(())
    }

    fn user_keys(&self) -> Result<Vec<UserKey>, StoreError> {
        Ok(self.data.lock().unwrap_or_else(|e| e.into_inner()).users.keys().filter_map(|k| UserKey::from_storage_key(k)).collect())
    }

    fn remove_user(&self, user: &UserKey) -> Result<(), StoreError> {
        self.data.lock().unwrap_or_else(|e| e.into_inner()).users.remove(&user.storage_key());
        Ok(())
    }

    fn audit(&self, entry: &AuditEntry) -> Result<(), StoreError> {
        self.data.lock().unwrap_or_else(|e| e.into_inner()).audit.push(entry.clone());
        Ok(())
    }

    fn audit_log(&self) -> Result<Vec<AuditEntry>, StoreError> {
        Ok(self.data.lock().unwrap_or_else(|e| e.into_inner()).audit.clone())
    }

    fn remember_post(&self, key: &str, target: &super::ReplyTarget) -> Result<(), StoreError> {
        self.data.lock().unwrap_or_else(|e| e.into_inner()).prompts.insert(key.to_owned(), target.clone());
        Ok(())
    }

    fn reply_target(&self, key: &str) -> Result<Option<super::ReplyTarget>, StoreError> {
        Ok(self.data.lock().unwrap_or_else(|e| e.into_inner()).prompts.get(key).cloned())
    }

    fn keep_question(&self, question: &OpenQuestion, asker: &UserKey) -> Result<(), StoreError> {
        let kept = OpenQuestion { asker: Some(pseudonym(self.secret, asker)), ..question.clone() };
        self.data.lock().unwrap_or_else(|e| e.into_inner()).questions.push(kept);
        Ok(())
    }

    fn questions_of(&self, user: &UserKey) -> Result<Vec<OpenQuestion>, StoreError> {
        let me = Some(pseudonym(self.secret, user));
        Ok(self.data.lock().unwrap_or_else(|e| e.into_inner()).questions.iter().filter(|q| q.asker == me).cloned().collect())
    }

    fn remove_questions(&self, due: &dyn Fn(&OpenQuestion) -> bool) -> Result<usize, StoreError> {
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        let before = data.questions.len();
        data.questions.retain(|q| !due(q));
        Ok(before - data.questions.len())
    }

    fn questions(&self) -> Result<Vec<OpenQuestion>, StoreError> {
        Ok(self.data.lock().unwrap_or_else(|e| e.into_inner()).questions.clone())
    }

    fn count_feedback(&self, article: &ArticleId, helpful: bool, at: i64) -> Result<(), StoreError> {
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        let f = data.feedback.entry((feedback_month(at), article.clone())).or_default();
        *f = f.counted(helpful);
        Ok(())
    }

    fn feedback(&self) -> Result<Vec<(ArticleId, Feedback)>, StoreError> {
        let data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        let mut sums: BTreeMap<ArticleId, Feedback> = BTreeMap::new();
        for ((_, article), f) in &data.feedback {
            let sum = sums.entry(article.clone()).or_default();
            sum.helpful += f.helpful;
            sum.not_helpful += f.not_helpful;
        }
        Ok(sums.into_iter().collect())
    }

    fn count(&self, tally: &Tally) -> Result<(), StoreError> {
        *self.data.lock().unwrap_or_else(|e| e.into_inner()).activity.entry(tally.clone()).or_default() += 1;
        Ok(())
    }

    fn tallies(&self) -> Result<Vec<(Tally, u64)>, StoreError> {
        Ok(self.data.lock().unwrap_or_else(|e| e.into_inner()).activity.iter().map(|(t, n)| (t.clone(), *n)).collect())
    }

    fn remove_feedback(&self, due: &dyn Fn(&str) -> bool) -> Result<usize, StoreError> {
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        let before = data.feedback.len();
        data.feedback.retain(|(month, _), _| !due(month));
        Ok(before - data.feedback.len())
    }

    fn notify(&self, user: &UserKey, notice: &Notice) -> Result<(), StoreError> {
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        data.next_notice += 1;
        let k = notice_key(user, data.next_notice);
        data.notices.insert(k, notice.clone());
        Ok(())
    }

    fn pending_notices(&self, user: &UserKey) -> Result<Vec<(u64, Notice)>, StoreError> {
        let data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        let prefix = notice_prefix(user);
        Ok(data
            .notices
            .range(prefix.clone()..)
            .take_while(|(k, _)| k.starts_with(&prefix))
            .map(|(k, n)| (u64::from_be_bytes(k[prefix.len()..].try_into().expect("8-byte sequence")), n.clone()))
            .collect())
    }

    fn users_with_notices(&self) -> Result<Vec<UserKey>, StoreError> {
        let data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        let mut users: Vec<UserKey> = data.notices.keys().filter_map(|k| notice_owner(k)).collect();
        users.dedup();
        Ok(users)
    }

    fn save_turn(&self, user: &UserKey, state: &UserState, shown: &[u64]) -> Result<(), StoreError> {
        let bytes = encode(state);
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        for seq in shown {
            data.notices.remove(&notice_key(user, *seq));
        }
        data.users.insert(user.storage_key(), bytes);
        Ok(())
    }

    fn save_profile(&self, profile: &Profile) -> Result<(), StoreError> {
        self.data.lock().unwrap_or_else(|e| e.into_inner()).profiles.insert(profile.id.clone(), profile.clone());
        Ok(())
    }

    fn delete_profile(&self, id: &ProfileId) -> Result<(), StoreError> {
        self.data.lock().unwrap_or_else(|e| e.into_inner()).profiles.remove(id);
        Ok(())
    }

    fn profile(&self, id: &ProfileId) -> Result<Option<Profile>, StoreError> {
        Ok(self.data.lock().unwrap_or_else(|e| e.into_inner()).profiles.get(id).cloned())
    }

    fn profiles(&self) -> Result<Vec<Profile>, StoreError> {
        Ok(self.data.lock().unwrap_or_else(|e| e.into_inner()).profiles.values().cloned().collect())
    }

    fn next_intro_number(&self) -> Result<u64, StoreError> {
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        data.next_intro += 1;
        Ok(data.next_intro)
    }

    fn save_intro(&self, intro: &Introduction) -> Result<(), StoreError> {
        self.data.lock().unwrap_or_else(|e| e.into_inner()).intros.insert(intro.id.clone(), intro.clone());
        Ok(())
    }

    fn intro(&self, id: &IntroId) -> Result<Option<Introduction>, StoreError> {
        Ok(self.data.lock().unwrap_or_else(|e| e.into_inner()).intros.get(id).cloned())
    }

    fn intros(&self) -> Result<Vec<Introduction>, StoreError> {
        Ok(self.data.lock().unwrap_or_else(|e| e.into_inner()).intros.values().cloned().collect())
    }

    fn delete_intro(&self, id: &IntroId) -> Result<(), StoreError> {
        let mut data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(intro) = data.intros.remove(id) {
            let sides = [notice_prefix(&intro.from), notice_prefix(&intro.to)];
            data.notices.retain(|k, n| !(sides.iter().any(|p| k.starts_with(p)) && n.intro() == Some(id)));
        }
        Ok(())
    }

    fn intros_for(&self, user: &UserKey) -> Result<Vec<Introduction>, StoreError> {
        let data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        Ok(data.intros.values().filter(|i| &i.from == user || &i.to == user).cloned().collect())
    }
}
