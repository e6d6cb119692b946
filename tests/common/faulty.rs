//! A store wrapper that fails on demand: every write (and flush) returns an I/O error while
//! `failing` is set, reads keep working — as a full disk behaves.

use barents_bot::core::draft::{Draft, DraftChange, DraftId, Undelivered};
use barents_bot::core::ids::{ArticleId, Sink, UserKey};
use barents_bot::core::notice::Notice;
use barents_bot::core::partners::{IntroId, Introduction, Profile, ProfileId};
use barents_bot::core::session::UserState;
use barents_bot::store::{AuditEntry, Feedback, OpenQuestion, OutboxEntry, Relay, ReplyTarget, Store, StoreError};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

pub struct Faulty {
    pub inner: Arc<dyn Store>,
    pub failing: AtomicBool,
    /// Writes refused so far.
    pub refused: AtomicUsize,
}

impl Faulty {
    pub fn new(inner: Arc<dyn Store>) -> Faulty {
        Faulty { inner, failing: AtomicBool::new(false), refused: AtomicUsize::new(0) }
    }

    pub fn fail(&self, on: bool) {
        self.failing.store(on, Ordering::SeqCst);
    }

    fn write<T>(&self, f: impl FnOnce() -> Result<T, StoreError>) -> Result<T, StoreError> {
        if self.failing.load(Ordering::SeqCst) {
            self.refused.fetch_add(1, Ordering::SeqCst);
            return Err(StoreError::Io("No space left on device (injected)".into()));
        }
        f()
    }
}

impl Store for Faulty {
    fn load(&self, user: &UserKey) -> Result<UserState, StoreError> { self.inner.load(user) }
    fn save(&self, user: &UserKey, state: &UserState) -> Result<(), StoreError> { self.write(|| self.inner.save(user, state)) }
    fn save_turn(&self, user: &UserKey, state: &UserState, shown: &[u64]) -> Result<(), StoreError> { self.write(|| self.inner.save_turn(user, state, shown)) }
    fn erase_user(&self, user: &UserKey) -> Result<(), StoreError> { self.write(|| self.inner.erase_user(user)) }
    fn user_keys(&self) -> Result<Vec<UserKey>, StoreError> { self.inner.user_keys() }
    fn remove_user(&self, user: &UserKey) -> Result<(), StoreError> { self.write(|| self.inner.remove_user(user)) }
    fn notify(&self, user: &UserKey, notice: &Notice) -> Result<(), StoreError> { self.write(|| self.inner.notify(user, notice)) }
    fn pending_notices(&self, user: &UserKey) -> Result<Vec<(u64, Notice)>, StoreError> { self.inner.pending_notices(user) }
    fn users_with_notices(&self) -> Result<Vec<UserKey>, StoreError> { self.inner.users_with_notices() }
    fn next_draft_number(&self, year: i32) -> Result<u64, StoreError> { self.write(|| self.inner.next_draft_number(year)) }
    fn file_draft(&self, user: &UserKey, state: &UserState, draft: &Draft, sinks: &[Sink]) -> Result<(), StoreError> { self.write(|| self.inner.file_draft(user, state, draft, sinks)) }
    fn draft(&self, id: &DraftId) -> Result<Option<Draft>, StoreError> { self.inner.draft(id) }
    fn drafts(&self) -> Result<Vec<Draft>, StoreError> { self.inner.drafts() }
    fn change_draft(&self, id: &DraftId, change: &DraftChange) -> Result<Draft, StoreError> { self.write(|| self.inner.change_draft(id, change)) }
    fn delete_draft(&self, id: &DraftId) -> Result<(), StoreError> { self.write(|| self.inner.delete_draft(id)) }
    fn erase_draft(&self, id: &DraftId, sinks: &[Sink]) -> Result<(), StoreError> { self.write(|| self.inner.erase_draft(id, sinks)) }
    fn relay(&self, relay: &Relay, about: Option<(&DraftId, &DraftChange)>, sinks: &[Sink]) -> Result<(), StoreError> { self.write(|| self.inner.relay(relay, about, sinks)) }
    fn outbox(&self) -> Result<Vec<OutboxEntry>, StoreError> { self.inner.outbox() }
    fn delivered(&self, seq: u64, sink: Sink) -> Result<(), StoreError> { self.write(|| self.inner.delivered(seq, sink)) }
    fn undeliverable(&self, seq: u64, sink: Sink, failure: &Undelivered) -> Result<(), StoreError> { self.write(|| self.inner.undeliverable(seq, sink, failure)) }
    fn save_profile(&self, profile: &Profile) -> Result<(), StoreError> { self.write(|| self.inner.save_profile(profile)) }
    fn delete_profile(&self, id: &ProfileId) -> Result<(), StoreError> { self.write(|| self.inner.delete_profile(id)) }
    fn profile(&self, id: &ProfileId) -> Result<Option<Profile>, StoreError> { self.inner.profile(id) }
    fn profiles(&self) -> Result<Vec<Profile>, StoreError> { self.inner.profiles() }
    fn next_intro_number(&self) -> Result<u64, StoreError> { self.write(|| self.inner.next_intro_number()) }
    fn save_intro(&self, intro: &Introduction) -> Result<(), StoreError> { self.write(|| self.inner.save_intro(intro)) }
    fn intro(&self, id: &IntroId) -> Result<Option<Introduction>, StoreError> { self.inner.intro(id) }
    fn intros(&self) -> Result<Vec<Introduction>, StoreError> { self.inner.intros() }
    fn intros_for(&self, user: &UserKey) -> Result<Vec<Introduction>, StoreError> { self.inner.intros_for(user) }
    fn delete_intro(&self, id: &IntroId) -> Result<(), StoreError> { self.write(|| self.inner.delete_intro(id)) }
    fn audit(&self, entry: &AuditEntry) -> Result<(), StoreError> { self.write(|| self.inner.audit(entry)) }
    fn audit_log(&self) -> Result<Vec<AuditEntry>, StoreError> { self.inner.audit_log() }
    fn remember_post(&self, key: &str, target: &ReplyTarget) -> Result<(), StoreError> { self.write(|| self.inner.remember_post(key, target)) }
    fn reply_target(&self, key: &str) -> Result<Option<ReplyTarget>, StoreError> { self.inner.reply_target(key) }
    fn keep_question(&self, question: &OpenQuestion, asker: &UserKey) -> Result<(), StoreError> { self.write(|| self.inner.keep_question(question, asker)) }
    fn questions(&self) -> Result<Vec<OpenQuestion>, StoreError> { self.inner.questions() }
    fn questions_of(&self, user: &UserKey) -> Result<Vec<OpenQuestion>, StoreError> { self.inner.questions_of(user) }
    fn remove_questions(&self, due: &dyn Fn(&OpenQuestion) -> bool) -> Result<usize, StoreError> { self.write(|| self.inner.remove_questions(due)) }
    fn count_feedback(&self, article: &ArticleId, helpful: bool, at: i64) -> Result<(), StoreError> { self.write(|| self.inner.count_feedback(article, helpful, at)) }
    fn feedback(&self) -> Result<Vec<(ArticleId, Feedback)>, StoreError> { self.inner.feedback() }
    fn remove_feedback(&self, due: &dyn Fn(&str) -> bool) -> Result<usize, StoreError> { self.write(|| self.inner.remove_feedback(due)) }
    fn count(&self, tally: &barents_bot::core::activity::Tally) -> Result<(), StoreError> { self.write(|| self.inner.count(tally)) }
    fn tallies(&self) -> Result<Vec<(barents_bot::core::activity::Tally, u64)>, StoreError> { self.inner.tallies() }
    fn flush(&self) -> Result<(), StoreError> { self.write(|| self.inner.flush()) }
}
