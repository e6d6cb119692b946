//! Runs turns durably: load the user's state, step the engine, save and flush, and only then
//! hand the effects to the adapter ("durable before visible").
//!
//! Adapters call [`Runtime::turn`]; they never touch the store or the engine directly.

use crate::core::content::Content;
use crate::core::effect::{Effect, Inbound, Reply};
use crate::core::engine;
use crate::core::ids::{MessageId, UserKey};
use crate::core::locale::Locale;
use crate::store::{Store, StoreError};
use std::sync::Arc;
use tracing::error;

mod queue;
pub mod shutdown;
pub use queue::UserQueues;
pub use shutdown::Shutdown;

#[derive(Clone)]
pub struct Runtime {
    pub content: Arc<Content>,
    pub store: Arc<dyn Store>,
}

impl Runtime {
    pub fn new(content: Arc<Content>, store: Arc<dyn Store>) -> Runtime {
        Runtime { content, store }
    }

    /// One turn for one user. On a storage failure nothing is half-written: the user gets a
    /// short apology in their language and the same question stays pending.
    pub fn turn(&self, user: &UserKey, inbound: Inbound) -> Vec<Effect> {
        match self.try_turn(user, &inbound) {
            Ok(effects) => effects,
            Err(e) => {
                error!(user = %user, cause = %e, "turn failed in storage");
                let locale = inbound.locale_hint.unwrap_or(self.content.settings.default_locale);
                vec![Effect::Reply(self.apology(locale))]
            }
        }
    }

    /// [`Runtime::turn`] for async adapters: the store's blocking work runs off the async threads.
    pub async fn turn_async(&self, user: &UserKey, inbound: Inbound) -> Vec<Effect> {
        let (runtime, user) = (self.clone(), user.clone());
        match tokio::task::spawn_blocking(move || runtime.turn(&user, inbound)).await {
            Ok(effects) => effects,
            Err(e) => {
                error!(cause = %e, "a turn panicked");
                vec![Effect::Reply(self.apology(self.content.settings.default_locale))]
            }
        }
    }

    fn try_turn(&self, user: &UserKey, inbound: &Inbound) -> Result<Vec<Effect>, StoreError> {
        let state = self.store.load(user)?;
        let (state, effects) = engine::step(&self.content, state, inbound);
        if effects.iter().any(|e| matches!(e, Effect::Forget)) {
            self.store.forget(user)?;
        }
        self.store.save(user, &state)?;
        self.store.flush()?;
        Ok(effects)
    }

    fn apology(&self, locale: Locale) -> Reply {
        let key = MessageId::new("error-storage");
        Reply { text: self.content.catalog.format(locale, &key, None), key, choices: None, locale }
    }
}
