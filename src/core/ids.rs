//! Identifiers that cross the edge of the core as strings and live inside it as types.
//!
//! Every string from a platform, a dialog file or the command line is turned into one of
//! these once, where it enters; the rest of the code never compares raw strings.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The platform a user talks to us on. Part of every [`UserKey`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    Console,
    Telegram,
    Discord,
}

impl Platform {
    pub const ALL: [Platform; 3] = [Platform::Console, Platform::Telegram, Platform::Discord];

    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Console => "console",
            Platform::Telegram => "telegram",
            Platform::Discord => "discord",
        }
    }
}

/// Where hand-offs to the advisers go: the adviser chat of a platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sink {
    Telegram,
    Discord,
}

impl Sink {
    pub fn as_str(self) -> &'static str {
        match self {
            Sink::Telegram => "telegram",
            Sink::Discord => "discord",
        }
    }
}

impl fmt::Display for Sink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One user on one platform. The same person on Telegram and Discord is two users.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct UserKey {
    pub platform: Platform,
    pub id: String,
}

impl UserKey {
    pub fn new(platform: Platform, id: impl Into<String>) -> Self {
        UserKey { platform, id: id.into() }
    }

    /// The key under which the store files this user's records: `platform:id`.
    pub fn storage_key(&self) -> String {
        format!("{}:{}", self.platform.as_str(), self.id)
    }

    /// The key back from [`UserKey::storage_key`].
    pub fn from_storage_key(key: &str) -> Option<UserKey> {
        let (platform, id) = key.split_once(':')?;
        let platform = Platform::ALL.into_iter().find(|p| p.as_str() == platform)?;
        Some(UserKey::new(platform, id))
    }

    /// A stable pseudonym for logs (`u` and 12 hex digits): lets one follow a user's turns in
    /// the log without the log naming them.
    pub fn log_id(&self) -> String {
        format!("u{:012x}", self.digest() & 0xffff_ffff_ffff)
    }

    /// FNV-1a of the storage key: stable across versions and processes.
    pub fn digest(&self) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in self.storage_key().bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        h
    }
}

impl fmt::Display for UserKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.platform.as_str(), self.id)
    }
}

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn new(s: impl Into<String>) -> Self {
                $name(s.into())
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_owned())
            }
        }
    };
}

string_id!(
    /// A dialog's id: the `id` key of a file in `dialogs/`.
    DialogId
);
string_id!(
    /// A step's id, unique within its dialog.
    StepId
);
string_id!(
    /// The name of a slot an answer is stored in; slots are shared by all dialogs of a session.
    SlotName
);
string_id!(
    /// A Fluent message id. Every user-visible sentence is one.
    MessageId
);
string_id!(
    /// An article of the knowledge base (`config/knowledge.toml`).
    ArticleId
);
string_id!(
    /// A topic of the knowledge base, grouping articles for browsing.
    TopicId
);
string_id!(
    /// An introduction between two users of the partner registry: `I-` and a sequence.
    IntroId
);

impl IntroId {
    /// `I-000042`: introductions count from 1, and their ids sort in the order they were made.
    pub fn from_number(n: u64) -> IntroId {
        IntroId(format!("I-{n:06}"))
    }
}
