//! The search index: which articles contain which terms, and how much each counts.
//!
//! An article's terms come from its title, keywords, short answer and body in all three
//! languages, so a question in any language (or a mix) finds it. A question's word counts by
//! how rare its term is (idf) times where the article has it (title and keywords count most).
//! A word that is not in the index is tried as a Norwegian compound of two known terms
//! (`reisekostnader` = `reise` + `kostnader`), then as a typo of a known term (one edit for
//! short words, two for long ones), for less.
//!
//! The confidence is the share of the question's weight the article explains: 1 when every
//! meaningful word is in the article's title or keywords, 0 when none is anywhere.

use super::terms::{Terms, distance};
use super::translit::cyrillic;
use std::collections::{BTreeMap, BTreeSet};

pub const TITLE: f32 = 4.0;
pub const KEYWORDS: f32 = 3.0;
pub const SHORT: f32 = 2.0;
pub const BODY: f32 = 1.0;
const BEST: f32 = TITLE;

/// What a compound's part counts.
const PART: f32 = 0.7;
/// What a typo's match counts: less the larger the share of the word that is wrong, but never
/// less than this.
const TYPO_FLOOR: f32 = 0.4;
/// A compound's parts are at least this long.
const MIN_PART: usize = 3;
/// A word no article has, in any language, against the rarest term: the question is likely
/// about something the knowledge base does not cover.
const UNKNOWN: f32 = 1.5;

#[derive(Debug, Default)]
pub struct Index {
    /// Term -> (article, weight), articles ascending.
    postings: BTreeMap<String, Vec<(usize, f32)>>,
    articles: usize,
}

/// A question's word, resolved to index terms and what a match counts.
struct Resolved {
    terms: Vec<(String, f32)>,
}

impl Index {
    /// `docs[i]` are article `i`'s fields: (text, weight).
    pub fn build(terms: &Terms, docs: &[Vec<(String, f32)>]) -> Index {
        let mut postings: BTreeMap<String, BTreeMap<usize, f32>> = BTreeMap::new();
        for (i, fields) in docs.iter().enumerate() {
            for (text, weight) in fields {
                for word in terms.words(text) {
                    for t in terms.of_word(&word) {
                        let w = postings.entry(t).or_default().entry(i).or_insert(0.0);
                        *w = w.max(*weight);
                    }
                }
            }
        }
        // Compounds in the articles also count for their parts (a question may say `frist`
        // where the article says `søknadsfrist`).
        let vocabulary: BTreeSet<String> = postings.keys().cloned().collect();
        let mut parts: Vec<(String, usize, f32)> = Vec::new();
        for (term, docs) in &postings {
            for part in split(term, &vocabulary) {
                parts.extend(docs.iter().map(|(d, w)| (part.clone(), *d, w * PART)));
            }
        }
        for (part, d, w) in parts {
            let e = postings.entry(part).or_default().entry(d).or_insert(0.0);
            *e = e.max(w);
        }
        Index { postings: postings.into_iter().map(|(t, d)| (t, d.into_iter().collect())).collect(), articles: docs.len() }
    }

    fn idf(&self, term: &str) -> f32 {
        let df = self.postings.get(term).map_or(0, Vec::len).max(1);
        (1.0 + self.articles as f32 / df as f32).ln()
    }

    /// The words of a question as index terms: directly (also as Russian typed in Latin
    /// letters), as a compound, or as a typo.
    fn resolve(&self, terms: &Terms, word: &str) -> Resolved {
        let known = |w: &str| terms.of_word(w).into_iter().filter(|t| self.postings.contains_key(t)).collect::<Vec<String>>();
        let direct = known(word);
        if !direct.is_empty() {
            return Resolved { terms: direct.into_iter().map(|t| (t, 1.0)).collect() };
        }
        let russian = cyrillic(word);
        if let Some(direct) = russian.as_deref().map(known).filter(|d| !d.is_empty()) {
            return Resolved { terms: direct.into_iter().map(|t| (t, 1.0)).collect() };
        }
        let mut candidates = terms.of_word(word);
        let vocabulary = || self.postings.keys();
        for c in &candidates {
            let parts = split_with(c, |p| self.postings.contains_key(p));
            if !parts.is_empty() {
                return Resolved { terms: parts.into_iter().map(|p| (p, PART)).collect() };
            }
        }
        candidates.extend(russian.iter().flat_map(|r| terms.of_word(r)));
        let max = |t: &str| match t.chars().count() {
            0..=3 => 0,
            4..=7 => 1,
            _ => 2,
        };
        let mut best: Option<(usize, Vec<String>)> = None;
        for c in &candidates {
            let bound = max(c);
            if bound == 0 {
                continue;
            }
            // A typo of a short term is another word (`корм` is not `ком`), and people seldom
            // mistype a word's first letter (`корм` is not `форм` either) other than by adding
            // or dropping one (`email`, `mail`).
            for v in vocabulary().filter(|v| max(v) > 0 && starts_alike(c, v)) {
                let Some(d) = distance(c, v, bound.min(max(v))) else { continue };
                match &mut best {
                    Some((bd, list)) if *bd == d => list.push(v.clone()),
                    Some((bd, _)) if *bd < d => {}
                    _ => best = Some((d, vec![v.clone()])),
                }
            }
        }
        match best {
            Some((d, list)) => {
                let len = word.chars().count().max(1) as f32;
                let factor = (1.0 - 1.5 * d as f32 / len).max(TYPO_FLOOR);
                Resolved { terms: list.into_iter().map(|t| (t, factor)).collect() }
            }
            None => Resolved { terms: Vec::new() },
        }
    }

    /// How each meaningful word of `question` was read: its terms and what a match counts
    /// (empty: unknown), for content editors tuning keywords and synonyms.
    pub fn explain(&self, terms: &Terms, question: &str) -> Vec<(String, Vec<(String, f32)>)> {
        terms.question_words(question).into_iter().map(|w| {
            let r = self.resolve(terms, &w);
            (w, r.terms)
        }).collect()
    }

    /// The `limit` best articles for `question` with their confidence, best first; articles the
    /// question shares nothing with are not listed.
    pub fn search(&self, terms: &Terms, question: &str, limit: usize) -> Vec<(usize, f32)> {
        let mut words = terms.question_words(question);
        words.sort();
        words.dedup();
        let mut scores = vec![0.0f32; self.articles];
        // Whether the article shares a word with the question that makes an answer (not only
        // "who" or "when").
        let mut answers = vec![false; self.articles];
        let mut total = 0.0f32;
        // A word the index does not know weighs like the rarest term: the question is about
        // something the articles do not mention.
        let unknown = UNKNOWN * (1.0 + self.articles as f32).ln();
        for w in &words {
            let r = self.resolve(terms, w);
            let weight = r.terms.iter().map(|(t, _)| self.idf(t)).fold(0.0f32, f32::max);
            total += BEST * if r.terms.is_empty() { unknown } else { weight };
            let mut best = vec![0.0f32; self.articles];
            for (t, factor) in &r.terms {
                let idf = self.idf(t);
                for (d, w) in self.postings.get(t).into_iter().flatten() {
                    best[*d] = best[*d].max(idf * w * factor);
                }
            }
            let weak = terms.is_weak(w);
            for ((s, b), a) in scores.iter_mut().zip(best).zip(answers.iter_mut()) {
                *s += b;
                *a |= b > 0.0 && !weak;
            }
        }
        if total == 0.0 {
            return Vec::new();
        }
        let mut ranked: Vec<(usize, f32)> = scores.into_iter().enumerate().filter(|(i, s)| *s > 0.0 && answers[*i]).map(|(i, s)| (i, (s / total).min(1.0))).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(limit);
        ranked
    }
}

/// Whether two words start the same, or would with a letter added or dropped in front.
fn starts_alike(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (a.chars(), b.chars());
    let (a0, a1, b0, b1) = (a.next(), a.next(), b.next(), b.next());
    a0 == b0 || a1 == b0 || a0 == b1
}

/// A term as two known terms (`reisekostnad` = `reis` + `kostnad`), allowing the linking `s` or
/// `e` of Norwegian compounds; empty when it is not such a compound.
fn split(term: &str, vocabulary: &BTreeSet<String>) -> Vec<String> {
    split_with(term, |p| vocabulary.contains(p))
}

fn split_with(term: &str, known: impl Fn(&str) -> bool) -> Vec<String> {
    let chars: Vec<char> = term.chars().collect();
    if chars.len() < 2 * MIN_PART + 1 || chars.iter().any(|c| ('\u{0400}'..='\u{04FF}').contains(c)) {
        return Vec::new();
    }
    // The longest head first: `kostnad` rather than `nad`.
    for i in MIN_PART..=chars.len() - MIN_PART {
        let head: String = chars[i..].iter().collect();
        if !known(&head) {
            continue;
        }
        let left: String = chars[..i].iter().collect();
        let linked = left.strip_suffix(['s', 'e']).filter(|l| l.chars().count() >= MIN_PART);
        if let Some(l) = [Some(left.as_str()), linked].into_iter().flatten().find(|l| known(l)) {
            return vec![l.to_owned(), head];
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::diagnostic::Report;

    fn index(docs: &[&[(&str, f32)]]) -> (Terms, Index) {
        let terms = Terms::parse("[en]\nstop = [\"how\", \"do\", \"we\", \"a\", \"the\", \"can\"]\n", &mut Report::default());
        let docs: Vec<Vec<(String, f32)>> = docs.iter().map(|d| d.iter().map(|(t, w)| (t.to_string(), *w)).collect()).collect();
        let index = Index::build(&terms, &docs);
        (terms, index)
    }

    #[test]
    fn the_article_with_the_words_in_its_title_wins_and_unknown_words_lower_the_confidence() {
        let (terms, ix) = index(&[&[("Visas and permits", TITLE), ("Plan visas early.", BODY)], &[("Interpreters", TITLE), ("Budget for an interpreter.", BODY)]]);
        let hits = ix.search(&terms, "how do we get visas", 3);
        assert_eq!(hits[0].0, 0);
        assert!(hits[0].1 > 0.3, "{hits:?}");
        let vague = ix.search(&terms, "visas weather football", 3);
        assert!(vague[0].1 < hits[0].1 * 0.7, "{vague:?}");
        assert!(ix.search(&terms, "weather", 3).is_empty());
    }

    #[test]
    fn typos_and_compounds_still_match_for_less() {
        let (terms, ix) = index(&[&[("Accommodation costs", TITLE)], &[("reise og kostnad", TITLE)]]);
        let typo = ix.search(&terms, "accomodation", 3);
        assert_eq!(typo[0].0, 0);
        let exact = ix.search(&terms, "accommodation", 3);
        assert!(typo[0].1 < exact[0].1);
        assert_eq!(ix.search(&terms, "reisekostnader", 3)[0].0, 1);
    }

    #[test]
    fn russian_typed_in_latin_letters_finds_what_the_cyrillic_finds() {
        let (terms, ix) = index(&[&[("Сколько денег можно получить", TITLE)], &[("Как найти партнёра", TITLE)]]);
        assert_eq!(ix.search(&terms, "skolko deneg poluchit", 3)[0].0, 0);
        assert_eq!(ix.search(&terms, "kak nayti partnera", 3)[0].0, 1);
    }

    #[test]
    fn an_article_sharing_only_weak_words_or_look_alike_short_words_is_no_answer() {
        let terms = Terms::parse("[ru]\nweak = [\"кто\"]\n", &mut Report::default());
        let docs: Vec<Vec<(String, f32)>> = vec![vec![("Кто может подать заявку".into(), TITLE)], vec![("Коми и формальности".into(), TITLE)]];
        let ix = Index::build(&terms, &docs);
        assert!(ix.search(&terms, "кто будет кормить кошку", 3).is_empty(), "{:?}", ix.explain(&terms, "кто будет кормить кошку"));
        assert!(ix.search(&terms, "kto budet kormit koshku", 3).is_empty());
        assert_eq!(ix.search(&terms, "кто может подать", 3)[0].0, 0);
    }

    #[test]
    fn compounds_split_into_known_terms_only() {
        let known: BTreeSet<String> = ["reis", "kostnad", "frist", "søknad"].iter().map(|s| s.to_string()).collect();
        assert_eq!(split("reisekostnad", &known), vec!["reis", "kostnad"]);
        assert_eq!(split("søknadsfrist", &known), vec!["søknad", "frist"]);
        assert!(split("kostnad", &known).is_empty());
        assert!(split("визаприглашение", &known).is_empty());
    }
}
