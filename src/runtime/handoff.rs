//! The hand-off of drafts and messages to the advisers' chats: a worker per [`Sink`] reads the
//! durable outbox in the order things were filed, posts each, and only then marks it
//! delivered — so a crash at any point means it is posted again after the restart (at least
//! once on the wire, with the draft id in every post so a repeat is recognisable), never lost.
//! What a post says is the core's ([`Handoff::text`]); how it is posted, the adapter's.

use super::{Runtime, Shutdown};
use crate::core::adviser::Handoff;
use crate::core::ids::Sink;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;
use tracing::{info, warn};

/// An advisers' chat a platform adapter posts hand-offs to.
pub trait AdviserChat: Send + Sync {
    /// Posts one hand-off. `Err` (why, for the log) is tried again later.
    fn post(&self, item: Handoff) -> Pin<Box<dyn Future<Output = Result<(), String>> + Send + '_>>;
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
        match (&entry.message, &entry.draft) {
            (Some(relay), draft) => chat.post(Handoff::Message { relay: relay.clone(), draft: draft.clone() }).await?,
            (None, Some(id)) => {
                let store = runtime.store.clone();
                let id = id.clone();
                let draft = tokio::task::spawn_blocking(move || store.draft(&id)).await.map_err(|e| e.to_string())?.map_err(|e| e.to_string())?;
                match draft {
                    Some(d) => chat.post(Handoff::Draft(d)).await?,
                    None => warn!(%sink, "an outbox entry names a draft that does not exist; dropped"),
                }
            }
            (None, None) => warn!(%sink, "an empty outbox entry; dropped"),
        }
        let store = runtime.store.clone();
        tokio::task::spawn_blocking(move || store.delivered(entry.seq, sink).and_then(|()| store.flush()))
            .await
            .map_err(|e| e.to_string())?
            .map_err(|e| e.to_string())?;
        info!(%sink, seq = entry.seq, "handed to advisers");
    }
    Ok(())
}
