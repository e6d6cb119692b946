//! Calling the Bot API without giving up too early or hammering it: `retry_after` from a 429
//! is waited out, network errors are retried with backoff, anything else is reported.

use std::future::Future;
use std::time::Duration;
use teloxide::RequestError;
use tracing::warn;

/// Network failures tried this many times before a send is given up.
const NETWORK_ATTEMPTS: u32 = 6;
/// A 429 is honoured this many times for one request.
const RETRY_AFTER_ATTEMPTS: u32 = 5;

pub async fn retry<T, F, Fut>(what: &'static str, mut call: F) -> Result<T, RequestError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, RequestError>>,
{
    let mut network = 0;
    let mut limited = 0;
    loop {
        match call().await {
            Ok(v) => return Ok(v),
            Err(RequestError::RetryAfter(secs)) if limited < RETRY_AFTER_ATTEMPTS => {
                limited += 1;
                warn!(method = what, seconds = secs.seconds(), "Telegram asks us to slow down; waiting");
                tokio::time::sleep(secs.duration()).await;
            }
            Err(RequestError::Network(e)) if network + 1 < NETWORK_ATTEMPTS => {
                network += 1;
                let delay = backoff(network);
                warn!(method = what, cause = %e, delay_ms = delay.as_millis() as u64, "network error; retrying");
                tokio::time::sleep(delay).await;
            }
            Err(e) => return Err(e),
        }
    }
}

/// 250 ms, 500 ms, 1 s, … up to 30 s.
pub fn backoff(attempt: u32) -> Duration {
    Duration::from_millis(250u64.saturating_mul(1 << attempt.min(7))).min(Duration::from_secs(30))
}
