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

impl Locale {
    /// A language named in words, in any of the three languages (`norsk`, `bokmål`,
    /// `norwegian`, `норвежский`, `på norsk`, `по-русски`, `на английском`, `russkiy`), as people
    /// write it after `/language`; `None` for anything else.
    pub fn from_name(text: &str) -> Option<Locale> {
        let lower = text.trim().trim_end_matches(['.', '!', '?']).to_lowercase();
        let name = ["på ", "на ", "по-", "in "].iter().fold(lower.as_str(), |t, p| t.strip_prefix(p).unwrap_or(t)).trim();
        Locale::NAMES.iter().find(|(_, names)| names.contains(&name)).map(|(l, _)| *l)
    }

    /// Each language's names, as people write them in the three languages.
    pub const NAMES: [(Locale, &'static [&'static str]); 3] = [
        (Locale::En, &["english", "engelsk", "английский", "английском", "английски", "angliyskiy", "angliiskii", "anglijskij"]),
        (Locale::Nb, &["norsk", "bokmål", "bokmal", "nynorsk", "norwegian", "norsk bokmål", "норвежский", "норвежском", "норвежски"]),
        (Locale::Ru, &["russian", "russisk", "русский", "русском", "русски", "russkiy", "russkij", "russkii"]),
    ];
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
    fn languages_named_in_words_map_to_our_locales() {
        for (name, want) in [
            ("norsk", Some(Locale::Nb)),
            ("Bokmål", Some(Locale::Nb)),
            ("på norsk", Some(Locale::Nb)),
            ("norwegian", Some(Locale::Nb)),
            ("норвежский", Some(Locale::Nb)),
            ("по-русски", Some(Locale::Ru)),
            ("на русском", Some(Locale::Ru)),
            ("russkiy", Some(Locale::Ru)),
            ("English!", Some(Locale::En)),
            ("на английском", Some(Locale::En)),
            ("engelsk", Some(Locale::En)),
            ("svenska", None),
            ("nor", None),
        ] {
            assert_eq!(Locale::from_name(name), want, "{name}");
        }
    }

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
