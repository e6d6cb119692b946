//! The partner registry around the turns: the directory of public listings (kept in memory,
//! rebuilt from the store when a profile changes), and the periodic sweep — reminders before a
//! profile expires, requests nobody answered closed — whose decisions are the core's
//! ([`crate::core::partners::sweep`]).

use super::Runtime;
use crate::core::ids::UserKey;
use crate::core::partners::{Directory, sweep};
use crate::store::StoreError;
use std::sync::Arc;
use tracing::{error, info};

/// How often a running bot looks for profiles to remind about and requests to close.
pub const SWEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(600);

impl Runtime {
    /// The registry as search sees it now.
    pub fn directory(&self) -> Arc<Directory> {
        self.directory.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Rebuilds the directory from the stored profiles.
    pub fn rebuild_directory(&self) {
        match self.store.profiles() {
            Ok(profiles) => {
                let fresh = Arc::new(Directory::build(&profiles, &self.content));
                *self.directory.write().unwrap_or_else(|e| e.into_inner()) = fresh;
            }
            Err(e) => error!(cause = %e, "the partner profiles could not be read; search shows the last known ones"),
        }
    }

    /// Retention, then reminders and closed requests. Returns the users told.
    pub fn sweep(&self, now: i64) -> Result<Vec<UserKey>, StoreError> {
        self.retain(now)?;
        let due = sweep::due(&self.content.settings.partners, &self.store.profiles()?, &self.store.intros()?, now);
        for p in &due.profiles {
            self.store.save_profile(p)?;
        }
        for i in &due.intros {
            self.store.save_intro(i)?;
        }
        let mut told = Vec::new();
        for (user, notice) in due.notices {
            self.store.notify(&user, &notice)?;
            told.push(user);
        }
        if !told.is_empty() {
            self.store.flush()?;
            for u in &told {
                self.announce(u.clone());
            }
        }
        Ok(told)
    }

    /// Sweeps now and then every ten minutes (`SWEEP_EVERY`) until shutdown (for a long-running bot).
    pub async fn sweeper(self, mut shutdown: super::Shutdown) {
        loop {
            let runtime = self.clone();
            match tokio::task::spawn_blocking(move || runtime.sweep(super::now())).await {
                Ok(Ok(told)) if !told.is_empty() => info!(told = told.len(), "partner reminders and closed requests sent"),
                Ok(Err(e)) => error!(cause = %e, "the partner sweep failed; it runs again later"),
                _ => {}
            }
            tokio::select! {
                _ = shutdown.wait() => return,
                _ = tokio::time::sleep(SWEEP_EVERY) => {}
            }
        }
    }
}
