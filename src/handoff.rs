//! The hand-off of submitted drafts to the advisers' sinks (the Telegram adviser chat, the
//! Discord adviser channel): a worker per sink reads the durable outbox in submission order,
//! delivers, and only then marks the entry delivered — so a crash at any point means the draft
//! is delivered again after the restart (at least once on the wire, with the draft id in every
//! delivery so a repeat is recognisable), never lost.

use crate::core::draft::Draft;
use crate::store::Relay;

/// What a sink delivers: a new draft, or a user's message to the advisers.
#[derive(Debug, Clone)]
pub enum Handoff {
    Draft(Draft),
    Message { relay: Relay, draft: Option<crate::core::draft::DraftId> },
}
use crate::runtime::{Runtime, Shutdown};
use std::future::Future;
use std::time::Duration;
use tracing::{info, warn};

impl Handoff {
    /// The text advisers read, in their language: a draft's id and answers, or a message with
    /// who sent it and which draft it is about. Both adapters post exactly this.
    pub fn text(&self, content: &crate::core::content::Content, locale: crate::core::locale::Locale) -> String {
        use crate::core::ids::MessageId;
        let mut args = fluent_bundle::FluentArgs::new();
        match self {
            Handoff::Draft(d) => {
                args.set("id", d.id.to_string());
                let mut text = content.catalog.format(locale, &MessageId::new("adviser-new-draft"), Some(&args));
                for (label, value) in crate::core::export::fields(content, d, locale) {
                    text.push_str(&format!("\n{label}: {value}"));
                }
                text
            }
            Handoff::Message { relay, draft } => {
                args.set("from", relay.from.to_string());
                let key = match draft {
                    Some(id) => {
                        args.set("id", id.to_string());
                        "adviser-message"
                    }
                    None => "adviser-question",
                };
                format!("{}\n{}", content.catalog.format(locale, &MessageId::new(key), Some(&args)), relay.text)
            }
        }
    }
}

/// How often a sink looks at the outbox when nothing wakes it.
const POLL: Duration = Duration::from_secs(5);

/// Delivers every pending hand-off for `sink` with `deliver`, until shutdown. A failed delivery
/// is retried with backoff; later drafts wait, so advisers see drafts in the order submitted.
pub async fn run<F, Fut>(runtime: Runtime, sink: &'static str, deliver: F, mut shutdown: Shutdown)
where
    F: Fn(Handoff) -> Fut,
    Fut: Future<Output = Result<(), String>>,
{
    let mut failures: u32 = 0;
    let mut wake = runtime.handoff.subscribe();
    loop {
        let delay = match deliver_pending(&runtime, sink, &deliver).await {
            Ok(()) => {
                failures = 0;
                POLL
            }
            Err(e) => {
                failures += 1;
                let delay = Duration::from_millis(200u64.saturating_mul(1 << failures.min(8))).min(Duration::from_secs(60));
                warn!(sink, cause = %e, attempt = failures, delay_ms = delay.as_millis() as u64, "hand-off failed; will retry");
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

async fn deliver_pending<F, Fut>(runtime: &Runtime, sink: &'static str, deliver: &F) -> Result<(), String>
where
    F: Fn(Handoff) -> Fut,
    Fut: Future<Output = Result<(), String>>,
{
    let store = runtime.store.clone();
    let pending = tokio::task::spawn_blocking(move || store.outbox()).await.map_err(|e| e.to_string())?.map_err(|e| e.to_string())?;
    for entry in pending.into_iter().filter(|e| e.pending.iter().any(|s| s == sink)) {
        match (&entry.message, &entry.draft) {
            (Some(relay), draft) => deliver(Handoff::Message { relay: relay.clone(), draft: draft.clone() }).await?,
            (None, Some(id)) => {
                let store = runtime.store.clone();
                let id = id.clone();
                let draft = tokio::task::spawn_blocking(move || store.draft(&id)).await.map_err(|e| e.to_string())?.map_err(|e| e.to_string())?;
                match draft {
                    Some(d) => deliver(Handoff::Draft(d)).await?,
                    None => warn!(sink, "an outbox entry names a draft that does not exist; dropped"),
                }
            }
            (None, None) => warn!(sink, "an empty outbox entry; dropped"),
        }
        let store = runtime.store.clone();
        tokio::task::spawn_blocking(move || store.delivered(entry.seq, sink).and_then(|()| store.flush()))
            .await
            .map_err(|e| e.to_string())?
            .map_err(|e| e.to_string())?;
        info!(sink, seq = entry.seq, "handed to advisers");
    }
    Ok(())
}
