//! Adviser actions on drafts, carried out durably for every platform: the change the core
//! decides ([`Action::event`], [`crate::core::draft::Draft::apply`]) is stored with its notices
//! and an audit entry, and flushed; then the applicant's adapter is told to push the news.

use super::Runtime;
use crate::core::adviser::Action;
use crate::core::draft::{Draft, DraftChange, DraftId};
use crate::store::{AuditEntry, Store, StoreError};
use tracing::error;

/// Records `action` on draft `id`, and in the audit trail, and makes both durable.
pub fn advise(store: &dyn Store, id: &DraftId, action: Action, by: String) -> Result<Draft, StoreError> {
    // Closed is final: a second close, or a stale button under a closed draft, changes nothing.
    let before = store.draft(id)?.map(|d| d.status);
    if before == Some(crate::core::draft::DraftStatus::Closed) {
        return Err(StoreError::DraftClosed(id.to_string()));
    }
    let entry = AuditEntry { at: super::now(), by: by.clone(), action: action.name().to_owned(), draft: id.to_string() };
    let draft = store.change_draft(id, &DraftChange::Adviser(action.event(by, entry.at)))?;
    store.audit(&entry)?;
    // Its later status, for the activity picture (anonymous: what the draft was about).
    if let Some(tally) = before.and_then(|b| crate::core::activity::status_change(b, &draft, entry.at)) {
        store.count(&tally)?;
    }
    store.flush()?;
    Ok(draft)
}

/// An adviser's answer to `user`'s own question (no draft): left for them as news, recorded
/// in the audit trail (without its text), and made durable.
pub fn answer(store: &dyn Store, user: &crate::core::ids::UserKey, text: String, by: String) -> Result<(), StoreError> {
    store.notify(user, &crate::core::notice::Notice::AdviserAnswer { text })?;
    store.audit(&AuditEntry { at: super::now(), by, action: Action::Answer(String::new()).name().to_owned(), draft: "—".to_owned() })?;
    store.flush()
}

impl Runtime {
    /// [`answer`], off the async threads; the user is told at once where their platform can
    /// reach them.
    pub async fn answer(&self, user: crate::core::ids::UserKey, text: String, by: String) -> Result<(), StoreError> {
        let (store, to) = (self.store.clone(), user.clone());
        let result = tokio::task::spawn_blocking(move || answer(store.as_ref(), &to, text, by)).await.unwrap_or_else(|e| Err(StoreError::Io(e.to_string())));
        if result.is_ok() {
            self.announce(user);
        }
        result
    }

    /// [`advise`], off the async threads; the applicant is told at once where their platform
    /// can reach them.
    pub async fn advise(&self, id: DraftId, action: Action, by: String) -> Result<Draft, StoreError> {
        let store = self.store.clone();
        let result = tokio::task::spawn_blocking(move || advise(store.as_ref(), &id, action, by)).await.unwrap_or_else(|e| Err(StoreError::Io(e.to_string())));
        if let Ok(draft) = &result {
            self.announce(draft.user.clone());
        }
        result
    }

    /// Records in the audit trail that `who` (named `by`), who is not an adviser, tried an
    /// adviser action — once a minute at most, so a flood of presses is one entry.
    pub async fn refused(&self, who: &crate::core::ids::UserKey, by: String, draft: &str) {
        if self.refusals.check(who, super::now(), 1) != super::limits::Admission::Allow {
            return;
        }
        let (store, draft) = (self.store.clone(), draft.to_owned());
        let entry = AuditEntry { at: super::now(), by, action: "refused".to_owned(), draft };
        let recorded = tokio::task::spawn_blocking(move || store.audit(&entry).and_then(|()| store.flush())).await;
        if let Ok(Err(e)) = recorded {
            error!(cause = %e, "a refused adviser action could not be recorded");
        }
    }
}
