//! Adviser actions on drafts, carried out durably for every platform: recorded in the draft's
//! history and flushed, then the applicant is told (their adapter pushes the news). Who may act
//! is the adapter's question (a Telegram id, a Discord role); the command line is trusted.

use super::Runtime;
use crate::core::adviser::Action;
use crate::core::draft::{Draft, DraftId};
use crate::core::ids::MessageId;
use crate::core::locale::Locale;
use crate::store::{AuditEntry, Store, StoreError};
use tracing::error;

/// Records `action` on draft `id`, and in the audit trail, and makes both durable.
pub fn advise(store: &dyn Store, id: &DraftId, action: Action, by: String) -> Result<Draft, StoreError> {
    let entry = AuditEntry { at: super::now(), by: by.clone(), action: action.name().to_owned(), draft: id.to_string() };
    let draft = store.set_status(id, action.event(by, entry.at))?;
    store.audit(&entry)?;
    store.flush()?;
    Ok(draft)
}

/// Records in the audit trail that someone who is not an adviser tried an adviser action.
pub fn refused(store: &dyn Store, by: String, draft: &str) {
    let entry = AuditEntry { at: super::now(), by, action: "refused".to_owned(), draft: draft.to_owned() };
    if let Err(e) = store.audit(&entry).and_then(|()| store.flush()) {
        error!(cause = %e, "a refused adviser action could not be recorded");
    }
}

/// The adviser who acts in a chat: `by` for the audit trail ("telegram:5001 (Ola)"), `name`
/// for the advisers' chat.
pub struct Adviser {
    pub by: String,
    pub name: String,
}

/// What an adviser's chat shows after an action: whether it was done, and the text saying so
/// (or why not), in the advisers' language.
pub struct ActionReport {
    pub done: bool,
    pub text: String,
}

impl Runtime {
    /// [`refused`], off the async threads.
    pub async fn refused(&self, by: String, draft: &str) {
        let (store, draft) = (self.store.clone(), draft.to_owned());
        let _ = tokio::task::spawn_blocking(move || refused(store.as_ref(), by, &draft)).await;
    }

    /// Carries out an adviser's action on the draft typed as `draft` (from button data or a
    /// prompt), and tells the applicant.
    pub async fn advise(&self, draft: &str, action: Action, adviser: Adviser, locale: Locale) -> ActionReport {
        let done = action.done();
        let result = match DraftId::parse(draft) {
            None => Err(StoreError::NoSuchDraft(draft.to_owned())),
            Some(id) => {
                let store = self.store.clone();
                tokio::task::spawn_blocking(move || advise(store.as_ref(), &id, action, adviser.by))
                    .await
                    .unwrap_or_else(|e| Err(StoreError::Io(e.to_string())))
            }
        };
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("id", draft.to_owned());
        args.set("name", adviser.name);
        let key = match result {
            Ok(changed) => {
                self.announce(changed.user);
                return ActionReport { done: true, text: self.content.catalog.format(locale, &done, Some(&args)) };
            }
            Err(StoreError::NoSuchDraft(_)) => MessageId::new("adviser-no-draft"),
            Err(e) => {
                error!(cause = %e, "an adviser action could not be stored");
                MessageId::new("adviser-failed")
            }
        };
        ActionReport { done: false, text: self.content.catalog.format(locale, &key, Some(&args)) }
    }
}
