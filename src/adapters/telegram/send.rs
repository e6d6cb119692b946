//! Calling the Bot API without giving up too early or hammering it: `retry_after` from a 429
//! is waited out, network errors are retried with backoff, anything else is reported — and
//! reported safely ([`Cause`]): never the token, never a raw body.

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
                warn!(method = what, cause = %redacted(&e.to_string()), delay_ms = delay.as_millis() as u64, "network error; retrying");
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

/// Whether a post the Bot API refused can never be accepted (the message's own fault: too
/// long, malformed — a "Bad Request"), or may be later (the network, the chat, the bot's
/// rights in it, which an admin can fix).
pub fn post_error(e: &RequestError) -> crate::runtime::handoff::PostError {
    use crate::runtime::handoff::PostError;
    let why = Cause(e).to_string();
    match e {
        RequestError::Api(api) => {
            let said = api.to_string();
            let the_chat = ["chat not found", "rights", "not a member", "kicked", "blocked"].iter().any(|w| said.contains(w));
            if said.contains("Bad Request") && !the_chat { PostError::Permanent(why) } else { PostError::Transient(why) }
        }
        _ => PostError::Transient(why),
    }
}

/// A Bot API error as the log may show it. The token is part of every request's address, and
/// an error can quote the address (a network error) or a body that echoes it (a proxy's 404
/// page): every token-like word becomes `***`. A body that is not the Bot API's JSON is never
/// shown, only its size: it may hold people's messages.
pub struct Cause<'a>(pub &'a RequestError);

impl std::fmt::Display for Cause<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            RequestError::InvalidJson { source, raw } => write!(f, "an answer that is not the Bot API's JSON ({} bytes): {source}", raw.len()),
            other => f.write_str(&redacted(&other.to_string())),
        }
    }
}

/// `text` with every word shaped like a bot token (`123456:AbC…`) replaced by `***`.
pub fn redacted(text: &str) -> String {
    static TOKEN: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    TOKEN.get_or_init(|| regex::Regex::new(r"\d{3,}:[A-Za-z0-9_-]{20,}").expect("a valid pattern")).replace_all(text, "***").into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_raw_bodies_never_reach_the_log() {
        let token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
        let echoed = format!("<html>404 Not Found: /bot{token}/GetMe</html>");
        assert!(!redacted(&echoed).contains(token), "{}", redacted(&echoed));
        assert!(redacted(&echoed).contains("/bot***/GetMe"));
        let source = serde_json::from_str::<serde_json::Value>("<html>").unwrap_err();
        let raw = format!("{{\"ok\":true,\"result\":[{{\"message\":{{\"text\":\"my secret message\"}}, {echoed}");
        let shown = Cause(&RequestError::InvalidJson { source: source.into(), raw: raw.into() }).to_string();
        assert!(!shown.contains("secret message") && !shown.contains(token), "{shown}");
    }
}
