//! The bot's own forgetting: a sweep removes idle sessions, closed drafts and long-expired
//! profiles once their retention period is over. What is due is the core's decision
//! ([`crate::core::retention`]); this reads every record, asks, and removes.

use super::Runtime;
use crate::core::retention;
use crate::store::StoreError;
use tracing::info;

/// How much a retention sweep removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Retired {
    pub sessions: usize,
    pub drafts: usize,
    pub profiles: usize,
}

impl Runtime {
    /// Removes what is kept past its retention period.
    pub fn retain(&self, now: i64) -> Result<Retired, StoreError> {
        let settings = &self.content.settings.retention;
        let mut retired = Retired::default();
        for key in self.store.user_keys()? {
            if retention::session_is_due(&self.store.load(&key)?, settings, now) {
                self.store.remove_user(&key)?;
                retired.sessions += 1;
            }
        }
        for d in self.store.drafts()? {
            if retention::draft_is_due(&d, settings, now) {
                self.store.delete_draft(&d.id)?;
                retired.drafts += 1;
            }
        }
        for p in self.store.profiles()? {
            if retention::profile_is_due(&p, settings, now) {
                self.store.delete_profile(&p.id)?;
                retired.profiles += 1;
            }
        }
        if retired != Retired::default() {
            self.store.flush()?;
            self.rebuild_directory();
            info!(sessions = retired.sessions, drafts = retired.drafts, profiles = retired.profiles, "retention: removed what was kept long enough");
        }
        Ok(retired)
    }
}
