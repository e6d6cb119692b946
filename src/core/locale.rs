//! The three languages the bot speaks, and how a platform's language hint maps onto them.
//!
//! Precedence (applied in [`crate::core::session::Prefs::locale`]): the user's own `/language`
//! choice, then the platform's hint, then the configured default.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    En,
    Nb,
    Ru,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Nb, Locale::Ru];

    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Nb => "nb",
            Locale::Ru => "ru",
        }
    }

    /// Maps a platform's language tag (`nb-NO`, `no`, `nn`, `ru-RU`, `en-GB`, `ru_RU.UTF-8`, …)
    /// onto a locale we speak; `None` for languages we do not have.
    pub fn from_hint(tag: &str) -> Option<Locale> {
        let primary = tag
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Locale::En),
            "nb" | "no" | "nn" | "nob" | "nor" | "nno" => Some(Locale::Nb),
            "ru" | "rus" => Some(Locale::Ru),
            _ => None,
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Locale {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Locale::from_hint(s).ok_or(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platform_hints_map_to_our_locales() {
        for (hint, want) in [
            ("nb-NO", Some(Locale::Nb)),
            ("no", Some(Locale::Nb)),
            ("nn", Some(Locale::Nb)),
            ("ru-RU", Some(Locale::Ru)),
            ("ru", Some(Locale::Ru)),
            ("en-GB", Some(Locale::En)),
            ("en_US.UTF-8", Some(Locale::En)),
            ("sv-SE", None),
            ("", None),
        ] {
            assert_eq!(Locale::from_hint(hint), want, "{hint}");
        }
    }
}
