//! The per-user message rate limit for chat platforms: at most `messages_per_minute` messages
//! from one user in a minute. The first message over the limit gets a polite notice; the rest
//! of that minute is not processed (so a flood costs one reply, not one each). Turns the bot
//! starts itself (pushing news) and the console are never limited.
//!
//! Kept in memory: a restart forgets it, which at worst allows one more minute's worth.

use crate::core::ids::UserKey;
use std::collections::HashMap;
use std::sync::Mutex;

const WINDOW: i64 = 60;
/// Past this many users, windows that have ended are dropped.
const TIDY_AT: usize = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    Allow,
    /// Over the limit for the first time this minute: tell the user.
    Warn,
    /// Over the limit again: say nothing.
    Drop,
}

#[derive(Default)]
pub struct RateLimiter {
    // A std Mutex: held for one map operation, never across I/O.
    windows: Mutex<HashMap<UserKey, (i64, usize, bool)>>,
}

impl RateLimiter {
    pub fn check(&self, user: &UserKey, now: i64, max: usize) -> Admission {
        let mut windows = self.windows.lock().unwrap_or_else(|e| e.into_inner());
        if windows.len() > TIDY_AT {
            windows.retain(|_, (start, _, _)| now - *start < WINDOW);
        }
        let w = windows.entry(user.clone()).or_insert((now, 0, false));
        if now - w.0 >= WINDOW {
            *w = (now, 0, false);
        }
        w.1 += 1;
        match (w.1 > max, w.2) {
            (false, _) => Admission::Allow,
            (true, false) => {
                w.2 = true;
                Admission::Warn
            }
            (true, true) => Admission::Drop,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ids::Platform;

    #[test]
    fn a_flood_gets_one_notice_and_the_next_minute_starts_afresh() {
        let limiter = RateLimiter::default();
        let (kari, ola) = (UserKey::new(Platform::Telegram, "1"), UserKey::new(Platform::Telegram, "2"));
        let admissions: Vec<Admission> = (0..5).map(|i| limiter.check(&kari, 100 + i, 3)).collect();
        assert_eq!(admissions, [Admission::Allow, Admission::Allow, Admission::Allow, Admission::Warn, Admission::Drop]);
        assert_eq!(limiter.check(&ola, 104, 3), Admission::Allow, "others are not affected");
        assert_eq!(limiter.check(&kari, 160, 3), Admission::Allow, "a new minute");
    }
}
