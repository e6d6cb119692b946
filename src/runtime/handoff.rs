//! The hand-off of drafts and messages to the advisers' chats: a worker per [`Sink`] reads the
//! durable outbox in the order things were filed, posts each, and only then marks it
//! delivered — so a crash at any point means it is posted again after the restart (at least
//! once on the wire, with the draft id in every post so a repeat is recognisable), never lost.
//! What a post says is the core's ([`Handoff::text`]); how it is posted, the adapter's. A post
//! the platform refuses for good is recorded on its draft and reported to the advisers, and
//! does not hold up the ones after it.

use super::{Runtime, Shutdown};
use crate::core::adviser::Handoff;
use crate::core::draft::Undelivered;
use crate::core::ids::Sink;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;
use tracing::{info, warn};

/// Why a post did not go out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PostError {
    /// The chat cannot be reached or refuses for now (the network, rights an admin can give):
    /// tried again later, and everything after it waits.
    Transient(String),
    /// This post can never be accepted (too long, malformed): recorded, the advisers told, and
    /// the queue goes on.
    Permanent(String),
}

/// An advisers' chat a platform adapter posts hand-offs to.
pub trait AdviserChat: Send + Sync {
    /// Posts one hand-off.
    fn post(&self, item: Handoff) -> Pin<Box<dyn Future<Output = Result<(), PostError>> + Send + '_>>;
}

/// How often a sink looks at the outbox when nothing wakes it.
const POLL: Duration = Duration::from_secs(5);

/// Delivers every pending hand-off for `sink` to `chat`, until shutdown. A failed delivery is
/// retried with backoff; later ones wait, so advisers see drafts in the order submitted.
pub async fn run(runtime: Runtime, sink: Sink, chat: Box<dyn AdviserChat>, mut shutdown: Shutdown) {
    let mut failures: u32 = 0;
    let mut wake = runtime.handoff.subscribe();
    loop {
        let delay = match deliver_pending(&runtime, sink, chat.as_ref()).await {
            Ok(()) => {
                failures = 0;
                POLL
            }
            Err(e) => {
                failures += 1;
                let delay = Duration::from_millis(200u64.saturating_mul(1 << failures.min(8))).min(Duration::from_secs(60));
                warn!(%sink, cause = %e, attempt = failures, delay_ms = delay.as_millis() as u64, "hand-off failed; will retry");
                delay
            }
        };
        tokio::select! {
            _ = shutdown.wait() => return,
            _ = wake.changed(), if failures == 0 => {}
            _ = tokio::time::sleep(delay) => {}
        }
    }
}

async fn deliver_pending(runtime: &Runtime, sink: Sink, chat: &dyn AdviserChat) -> Result<(), String> {
    let store = runtime.store.clone();
    let pending = tokio::task::spawn_blocking(move || store.outbox()).await.map_err(|e| e.to_string())?.map_err(|e| e.to_string())?;
    for entry in pending.into_iter().filter(|e| e.pending.contains(&sink)) {
        let item = match (&entry.message, &entry.draft) {
            (None, Some(id)) if entry.erased => Some(Handoff::Erased { draft: id.clone() }),
            (Some(relay), draft) => Some(Handoff::Message { relay: relay.clone(), draft: draft.clone() }),
            (None, Some(id)) => {
                let store = runtime.store.clone();
                let id = id.clone();
                let draft = tokio::task::spawn_blocking(move || store.draft(&id)).await.map_err(|e| e.to_string())?.map_err(|e| e.to_string())?;
                if draft.is_none() {
                    warn!(%sink, "an outbox entry names a draft that does not exist; dropped");
                }
                draft.map(Handoff::Draft)
            }
            (None, None) => {
                warn!(%sink, "an empty outbox entry; dropped");
                None
            }
        };
        let posted = match item {
            Some(item) => chat.post(item).await,
            None => Ok(()),
        };
        let store = runtime.store.clone();
        match posted {
            Ok(()) => {
                tokio::task::spawn_blocking(move || store.delivered(entry.seq, sink).and_then(|()| store.flush()))
                    .await
                    .map_err(|e| e.to_string())?
                    .map_err(|e| e.to_string())?;
                info!(%sink, seq = entry.seq, "handed to advisers");
            }
            Err(PostError::Transient(why)) => return Err(why),
            Err(PostError::Permanent(reason)) => {
                warn!(%sink, seq = entry.seq, %reason, "the advisers' chat refused a post for good; it goes on without it");
                let failure = Undelivered { sink, at: super::now(), reason: reason.clone() };
                let seq = entry.seq;
                tokio::task::spawn_blocking(move || store.undeliverable(seq, sink, &failure).and_then(|()| store.flush()))
                    .await
                    .map_err(|e| e.to_string())?
                    .map_err(|e| e.to_string())?;
                let draft = entry.draft.filter(|_| entry.message.is_none());
                let from = entry.message.map(|m| m.from);
                if let Err(e) = chat.post(Handoff::Undeliverable { draft, from, reason }).await {
                    warn!(%sink, cause = ?e, "could not tell the advisers that a post was refused");
                }
            }
        }
    }
    Ok(())
}
