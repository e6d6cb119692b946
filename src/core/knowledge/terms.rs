//! From words to search terms, the same way for articles and for questions: lower case,
//! `ё` as `е`, word forms reduced to their stem (Snowball: Russian for Cyrillic words, English
//! and Norwegian for Latin ones — a Latin word may be either), synonyms per language mapped to
//! one term, and `æ ø å` folded so `soknad` finds `søknad`.
//!
//! A question's word in Latin letters that is no term of its own may be Russian typed in Latin
//! letters ([`super::translit`]): it is also read as Cyrillic.
//!
//! The synonym, stop-word and weak-word lists are data: `config/synonyms.toml`.

use super::translit::cyrillic;
use crate::core::diagnostic::{LineIndex, Report};
use crate::core::locale::Locale;
pub use crate::core::edits::{distance, edits};
use rust_stemmers::{Algorithm, Stemmer};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

pub const FILE: &str = "config/synonyms.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    /// Words that carry no meaning for matching ("how", "can", "we").
    #[serde(default)]
    stop: Vec<String>,
    /// Words that mean the same here ("salary", "wage", "pay"); the first names the group.
    #[serde(default)]
    groups: Vec<Vec<String>>,
    /// Words that tell articles apart but do not make an answer on their own ("who", "when"):
    /// an article that shares only these with a question does not answer it.
    #[serde(default)]
    weak: Vec<String>,
}

/// Turns text into search terms.
pub struct Terms {
    english: Stemmer,
    norwegian: Stemmer,
    russian: Stemmer,
    /// Stop words, as normalised words (before stemming).
    stop: BTreeSet<String>,
    /// Weak words (see `RawLanguage::weak`), as normalised words.
    weak: BTreeSet<String>,
    /// A term (a stem) to the term of its synonym group.
    synonyms: BTreeMap<String, String>,
}

impl std::fmt::Debug for Terms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Terms").field("stop", &self.stop.len()).field("synonyms", &self.synonyms.len()).finish()
    }
}

impl Default for Terms {
    fn default() -> Self {
        Terms {
            english: Stemmer::create(Algorithm::English),
            norwegian: Stemmer::create(Algorithm::Norwegian),
            russian: Stemmer::create(Algorithm::Russian),
            stop: BTreeSet::new(),
            weak: BTreeSet::new(),
            synonyms: BTreeMap::new(),
        }
    }
}

impl Terms {
    /// Reads `config/synonyms.toml` (tables `en`, `nb`, `ru`). Problems are reported with their
    /// line; what could be read is used.
    pub fn parse(text: &str, report: &mut Report) -> Terms {
        let mut terms = Terms::default();
        let Some(raw) = crate::core::diagnostic::parse_toml::<BTreeMap<String, toml::Spanned<RawLanguage>>>(FILE, text, report) else { return terms };
        let lines = LineIndex::new(text);
        for (code, lang) in &raw {
            let line = lines.line(lang.span().start);
            if Locale::ALL.iter().all(|l| l.code() != code) {
                report.error(FILE, line, format!("`{code}` is not a language of the bot (en, nb, ru)"));
                continue;
            }
            let lang = lang.get_ref();
            terms.stop.extend(lang.stop.iter().map(|w| normalise(w)));
            terms.weak.extend(lang.weak.iter().map(|w| normalise(w)));
            for group in &lang.groups {
                let stems: Vec<String> = group.iter().flat_map(|w| terms.stems(&normalise(w))).collect();
                let mut keys = stems.into_iter();
                let Some(head) = keys.next() else {
                    report.error(FILE, line, format!("an empty synonym group in `{code}`"));
                    continue;
                };
                for k in keys {
                    if k != head {
                        terms.synonyms.entry(k).or_insert_with(|| head.clone());
                    }
                }
            }
        }
        terms
    }

    /// The normalised words of a text that carry meaning, in order.
    pub fn words(&self, text: &str) -> Vec<String> {
        words(text).into_iter().filter(|w| !self.stop.contains(w)).collect()
    }

    /// Whether a normalised word carries no meaning for matching ("how", "can", "we").
    pub fn is_stop(&self, word: &str) -> bool {
        self.stop.contains(word)
    }

    /// The meaningful words of a question: as [`Terms::words`], and without Russian stop words
    /// typed in Latin letters ("kak", "mne").
    pub fn question_words(&self, text: &str) -> Vec<String> {
        self.words(text).into_iter().filter(|w| !cyrillic(w).is_some_and(|c| self.stop.contains(&c))).collect()
    }

    /// Whether a normalised word of a question does not make an answer on its own ("who",
    /// "когда", also typed as "kogda").
    pub fn is_weak(&self, word: &str) -> bool {
        self.weak.contains(word) || cyrillic(word).is_some_and(|c| self.weak.contains(&c))
    }

    /// The terms one (normalised) word may stand for: its stems, through the synonyms.
    pub fn of_word(&self, word: &str) -> Vec<String> {
        let mut out: Vec<String> = self.stems(word).into_iter().map(|s| self.synonyms.get(&s).cloned().unwrap_or(s)).collect();
        out.dedup();
        out
    }

    fn stems(&self, word: &str) -> Vec<String> {
        let stems = if word.chars().any(is_cyrillic) {
            vec![self.russian.stem(word).into_owned()]
        } else {
            vec![self.english.stem(word).into_owned(), self.norwegian.stem(word).into_owned()]
        };
        let mut out: Vec<String> = stems.into_iter().map(|s| fold(&s)).collect();
        out.sort();
        out.dedup();
        out
    }
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// Lower case, with `ё` as `е` (Russians often type one for the other).
pub fn normalise(word: &str) -> String {
    word.trim().to_lowercase().replace('ё', "е")
}

/// The words of a text: letters and digits, at least two characters, normalised.
pub fn words(text: &str) -> Vec<String> {
    normalise(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 2)
        .map(str::to_owned)
        .collect()
}

/// `æ ø å` (and `ä ö`, as Swedes and Finns type them) folded to plain letters, after stemming.
fn fold(stem: &str) -> String {
    let mut out = String::with_capacity(stem.len());
    for c in stem.chars() {
        match c {
            'æ' | 'ä' => out.push_str("ae"),
            'ø' | 'ö' => out.push('o'),
            'å' => out.push('a'),
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms() -> Terms {
        let mut report = Report::default();
        let t = Terms::parse("[en]\nstop = [\"can\", \"we\"]\ngroups = [[\"salary\", \"wage\", \"pay\"]]\n[nb]\ngroups = [[\"lønn\", \"honorar\"]]\n", &mut report);
        assert!(!report.has_errors(), "{report}");
        t
    }

    #[test]
    fn word_forms_share_a_term() {
        let t = terms();
        let one = |w: &str| t.of_word(&normalise(w));
        assert_eq!(one("визы"), one("визу"));
        assert_eq!(one("виза"), one("визой"));
        assert_eq!(one("партнёра"), one("партнера"));
        assert!(one("søknaden").iter().any(|s| one("søknad").contains(s)));
        assert!(one("søknader").iter().any(|s| one("søknad").contains(s)));
        assert!(one("soknad").iter().any(|s| one("søknad").contains(s)), "typed without ø");
        assert!(one("salaries").iter().any(|s| one("salary").contains(s)));
    }

    #[test]
    fn synonyms_and_stop_words_come_from_the_data() {
        let t = terms();
        assert_eq!(t.of_word("wages"), t.of_word("salary"));
        assert_eq!(t.of_word("honorar"), t.of_word("lønn"));
        assert_eq!(t.words("Can we pay salaries?"), vec!["pay", "salaries"]);
    }

    #[test]
    fn a_broken_synonyms_file_is_reported_with_its_line() {
        let mut report = Report::default();
        Terms::parse("[en]\ngroups = [[\"a\"]]\n[xx]\nstop = []\n", &mut report);
        assert!(report.to_string().contains("config/synonyms.toml:3: error: `xx` is not a language"), "{report}");
    }
}
