//! Ranking profiles for a searcher, with the reasons shown beside each result.
//!
//! A word of the query counts most when it names a profile's topic, place, kind or language
//! (in any of the three languages), and less when it is only in its description. Beyond the
//! query, a profile gains for what it shares with the searcher's own profile: topics, the same
//! kind of organisation (a school for a school), a working language, and being across the border.
//!
//! A reason is shown only for what the searcher gave: their query or their profile. Without a
//! profile, the language they chat in still ranks profiles that work in it a little higher,
//! but it is never shown as a reason: they did not name it as a working language.

use super::{Listing, ProfileStatus};
use crate::core::knowledge::terms::Terms;
use crate::core::locale::Locale;
use std::collections::BTreeSet;

/// One profile as search sees it.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub listing: Listing,
    pub status: ProfileStatus,
    pub expires: i64,
    /// Terms of each label, by the option value they name.
    pub topics: Vec<(String, BTreeSet<String>)>,
    pub place: BTreeSet<String>,
    pub kind: BTreeSet<String>,
    /// Terms of each working language's label, by its option value.
    pub languages: Vec<(String, BTreeSet<String>)>,
    /// Terms of the profile's own words.
    pub words: BTreeSet<String>,
}

/// Why a profile is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// Topics (option values) it shares with the searcher, or that the query named.
    Topics(Vec<String>),
    /// Where it is (region option value), and whether that is across the border from the searcher.
    Region { region: String, across: bool },
    /// Its kind of organisation (option value): the same as the searcher's own (`same`), or
    /// the kind the query named.
    Kind { kind: String, same: bool },
    /// Working languages it shares with the searcher's profile, or that the query named
    /// (option values).
    Languages(Vec<String>),
    /// Words of the query found in its description, as the searcher typed them.
    Words(Vec<String>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub listing: Listing,
    pub score: f32,
    pub reasons: Vec<Reason>,
}

const LABEL: f32 = 2.0;
const TEXT: f32 = 1.0;
const SHARED_TOPIC: f32 = 1.0;
const ACROSS: f32 = 1.5;
const SAME_KIND: f32 = 1.0;
const LANGUAGE: f32 = 0.5;

/// Whether a term of four letters or more begins or ends a word of the profile's: a word's
/// other form ("театр" in "театральная") or the head of a compound ("teater" in
/// "ungdomsteater", "choir" in "choirs").
fn part_of(set: &BTreeSet<String>, terms: &BTreeSet<String>) -> bool {
    terms.iter().filter(|t| t.chars().count() >= 4).any(|t| set.iter().any(|s| s.len() > t.len() && (s.starts_with(t.as_str()) || s.ends_with(t.as_str()))))
}

pub(crate) fn rank<'a>(terms: &Terms, entries: impl Iterator<Item = &'a Entry>, query: &str, me: Option<&Listing>, locale: Locale) -> Vec<Match> {
    // Each meaningful word, as the searcher typed it, with its terms.
    let typed = |w: &str| query.split(|c: char| !c.is_alphanumeric()).find(|t| crate::core::knowledge::terms::normalise(t) == w).unwrap_or(w).to_owned();
    let words: Vec<(String, BTreeSet<String>)> = terms.words(query).into_iter().map(|w| (typed(&w), terms.of_word(&w).into_iter().collect())).collect();
    let mut out = Vec::new();
    for e in entries {
        let l = &e.listing;
        let hits = |set: &BTreeSet<String>, w: &BTreeSet<String>| !set.is_disjoint(w);
        let mut score = 0.0;
        let (mut topics, mut languages, mut place, mut kind, mut text) = (BTreeSet::new(), BTreeSet::new(), false, false, Vec::new());
        let mut matched_words = 0;
        for (typed, w) in &words {
            let named: Vec<&String> = e.topics.iter().filter(|(_, t)| hits(t, w)).map(|(v, _)| v).collect();
            let spoken: Vec<&String> = e.languages.iter().filter(|(_, t)| hits(t, w)).map(|(v, _)| v).collect();
            let label = !named.is_empty() || !spoken.is_empty() || hits(&e.place, w) || hits(&e.kind, w);
            topics.extend(named.into_iter().cloned());
            languages.extend(spoken.into_iter().cloned());
            place |= hits(&e.place, w);
            kind |= hits(&e.kind, w);
            if label {
                score += LABEL;
                matched_words += 1;
            } else if hits(&e.words, w) || part_of(&e.words, w) {
                score += TEXT;
                matched_words += 1;
                text.push(typed.clone());
            }
        }
        if !words.is_empty() && matched_words == 0 {
            continue;
        }
        let same = me.is_some_and(|m| m.kind == l.kind);
        if let Some(m) = me {
            for t in l.topics.iter().filter(|t| m.topics.contains(t)) {
                score += SHARED_TOPIC;
                topics.insert(t.clone());
            }
            if same {
                score += SAME_KIND;
            }
            languages.extend(l.languages.iter().filter(|x| m.languages.contains(x)).cloned());
        }
        let across = me.is_some_and(|m| m.country != l.country);
        if across {
            score += ACROSS;
        }
        // The chat language ranks, unseen, only for a searcher without working languages of their own.
        if !languages.is_empty() || (me.is_none() && l.languages.iter().any(|x| x == locale.code())) {
            score += LANGUAGE;
        }
        let mut reasons = Vec::new();
        if !topics.is_empty() {
            reasons.push(Reason::Topics(l.topics.iter().filter(|t| topics.contains(*t)).cloned().collect()));
        }
        if place || across {
            reasons.push(Reason::Region { region: l.region.clone(), across });
        }
        if kind || same {
            reasons.push(Reason::Kind { kind: l.kind.clone(), same });
        }
        if !languages.is_empty() {
            reasons.push(Reason::Languages(l.languages.iter().filter(|x| languages.contains(*x)).cloned().collect()));
        }
        if !text.is_empty() {
            reasons.push(Reason::Words(text));
        }
        out.push(Match { listing: l.clone(), score, reasons });
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.listing.name.cmp(&b.listing.name)));
    out
}
