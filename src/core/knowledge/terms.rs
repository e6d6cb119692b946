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

/// The edit distance between two terms, counting a swap of neighbours as one edit
/// (optimal string alignment), or `None` once it exceeds `max`.
pub fn distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    edits(&a, &b, max)
}

/// [`distance`] on words as letters. Within one edit it is decided in one pass, without the
/// table: that is most of the comparisons when a message is read (`core::understand`).
pub fn edits(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    if max <= 1 {
        return within_one(a, b);
    }
    // Three rows of the table; on the stack for words of ordinary length (no allocation: this
    // runs for many words of every message read).
    const SHORT: usize = 32;
    let w = b.len() + 1;
    let mut stack = [0usize; 3 * (SHORT + 1)];
    let mut heap = Vec::new();
    let rows: &mut [usize] = if w <= SHORT + 1 {
        &mut stack[..3 * w]
    } else {
        heap.resize(3 * w, 0);
        &mut heap
    };
    let (mut before, mut prev, mut cur) = (0, w, 2 * w);
    for (j, p) in rows[prev..prev + w].iter_mut().enumerate() {
        *p = j;
    }
    for i in 1..=a.len() {
        rows[cur] = i;
        let mut best = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (rows[prev + j] + 1).min(rows[cur + j - 1] + 1).min(rows[prev + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(rows[before + j - 2] + 1);
            }
            rows[cur + j] = v;
            best = best.min(v);
        }
        if best > max {
            return None;
        }
        (before, prev, cur) = (prev, cur, before);
    }
    Some(rows[prev + b.len()]).filter(|d| *d <= max)
}

/// 0 or 1 edits (a letter changed, added or dropped, or two neighbours swapped), else `None`.
fn within_one(a: &[char], b: &[char]) -> Option<usize> {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let Some(i) = short.iter().zip(long).position(|(x, y)| x != y) else { return (long.len() - short.len() <= 1).then_some(long.len() - short.len()) };
    let one = if short.len() == long.len() {
        short[i + 1..] == long[i + 1..] || (i + 1 < short.len() && short[i] == long[i + 1] && short[i + 1] == long[i] && short[i + 2..] == long[i + 2..])
    } else {
        short[i..] == long[i + 1..]
    };
    one.then_some(1)
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
    fn distance_counts_edits_and_swaps_up_to_a_bound() {
        assert_eq!(distance("finansiering", "finansering", 2), Some(1));
        assert_eq!(distance("accommodation", "accomodation", 2), Some(1));
        assert_eq!(distance("tolk", "tlok", 1), Some(1));
        assert_eq!(distance("visa", "budget", 2), None);
        assert_eq!(distance("", "ab", 2), Some(2));
        let long = "samarbeidsprosjektfinansieringsordningene";
        assert_eq!(distance(long, &long.replacen("ordning", "odrning", 1), 2), Some(1), "words longer than the rows on the stack");
        // Within one edit the one-pass check and the table agree.
        let words = ["skole", "skolen", "sklole", "skoel", "kole", "skola", "skolene", "", "s", "школа", "школы"];
        for a in words {
            for b in words {
                let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                assert_eq!(edits(&x, &y, 1), distance(a, b, 2).filter(|d| *d <= 1), "{a} {b}");
            }
        }
    }

    #[test]
    fn a_broken_synonyms_file_is_reported_with_its_line() {
        let mut report = Report::default();
        Terms::parse("[en]\ngroups = [[\"a\"]]\n[xx]\nstop = []\n", &mut report);
        assert!(report.to_string().contains("config/synonyms.toml:3: error: `xx` is not a language"), "{report}");
    }
}
