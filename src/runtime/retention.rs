//! The bot's own forgetting: a sweep removes idle sessions, closed drafts, long-expired
//! profiles, kept questions and old "did this help?" counts once their retention period is over. What is due is the core's decision
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
    pub questions: usize,
    /// Months of one article's "did this help?" counts.
    pub feedback: usize,
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
        retired.questions = self.store.remove_questions(&|q| retention::question_is_due(q, settings, now))?;
        retired.feedback = self.store.remove_feedback(&|month| retention::feedback_is_due(month, settings, now))?;
        if retired != Retired::default() {
            self.store.flush()?;
            self.rebuild_directory();
            info!(
                sessions = retired.sessions,
                drafts = retired.drafts,
                profiles = retired.profiles,
                questions = retired.questions,
                feedback = retired.feedback,
                "retention: removed what was kept long enough"
            );
        }
        Ok(retired)
    }
}
