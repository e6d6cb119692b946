//! The resource centre's search, measured: realistic questions in three languages (with typos,
//! word forms and mixed languages) in `tests/knowledge/questions.toml`, each with the article
//! that answers it. The search must put the right article first for at least 85 % of them (in
//! all and in each language) and among the first three for at least 95 %; questions no article
//! answers (`none`) are not answered with confidence, and those no article has anything to do
//! with (`nothing`) get "nothing found", not articles that share a word.

use super::{Failure, Numbered, glimpse, numbered};
use crate::core::content::Content;
use crate::core::ids::ArticleId;
use crate::core::locale::Locale;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// Where the questions are, from the content folder.
pub const FILE: &str = "tests/knowledge/questions.toml";
/// The least share, in percent, of questions whose article comes first (in all, and in each language).
pub const FIRST: f64 = 85.0;
/// The least share, in percent, of questions whose article is among the first three.
pub const FIRST_THREE: f64 = 95.0;

#[derive(Deserialize)]
struct Questions {
    question: Vec<Question>,
}

#[derive(Deserialize, Debug, Clone)]
pub struct Question {
    pub locale: String,
    pub text: String,
    pub article: String,
}

impl Question {
    /// No article answers it (`none`), or none even touches on it (`nothing`).
    pub fn unanswerable(&self) -> bool {
        self.article == "none" || self.article == "nothing"
    }
}

/// The questions under `root`, each with its line.
pub fn read(root: &Path) -> Result<Vec<Numbered<Question>>, Failure> {
    let (questions, text) = super::read::<Questions>(root, FILE)?;
    Ok(numbered(questions.question, &text, "[[question]]"))
}

/// How many questions of one language (or all) the search put first, and among the first three.
#[derive(Default, Debug, Clone)]
pub struct Score {
    pub questions: usize,
    pub top1: usize,
    pub top3: usize,
}

impl Score {
    fn add(&mut self, rank: Option<usize>) {
        self.questions += 1;
        self.top1 += usize::from(rank == Some(0));
        self.top3 += usize::from(rank.is_some());
    }

    pub fn percent(n: usize, of: usize) -> f64 {
        100.0 * n as f64 / of.max(1) as f64
    }

    pub fn first(&self) -> f64 {
        Self::percent(self.top1, self.questions)
    }

    pub fn first_three(&self) -> f64 {
        Self::percent(self.top3, self.questions)
    }
}

/// What the search did with the questions, with one set of schemes open.
pub struct Measure {
    pub rules: String,
    pub all: Score,
    pub by_locale: BTreeMap<String, Score>,
    /// Questions whose article did not come first.
    pub misses: Vec<Failure>,
    /// Questions answered though no article answers them (each fails the run).
    pub answered: Vec<Failure>,
    /// Questions naming an article there is not (each fails the run).
    pub unknown: Vec<Failure>,
}

impl Measure {
    /// What falls short of the thresholds, in an editor's words; empty when all holds.
    pub fn shortfalls(&self) -> Vec<String> {
        let mut short = Vec::new();
        if self.all.first() < FIRST {
            short.push(format!("{:.1} % found their article first; needs {FIRST:.0} %", self.all.first()));
        }
        if self.all.first_three() < FIRST_THREE {
            short.push(format!("{:.1} % found it in the first three; needs {FIRST_THREE:.0} %", self.all.first_three()));
        }
        for (l, s) in &self.by_locale {
            if s.first() < FIRST {
                short.push(format!("{l}: {:.1} % found their article first; needs {FIRST:.0} %", s.first()));
            }
        }
        if !self.answered.is_empty() {
            short.push(format!("{} question(s) answered that no article answers", self.answered.len()));
        }
        if !self.unknown.is_empty() {
            short.push(format!("{} question(s) name an article there is not", self.unknown.len()));
        }
        short
    }

    /// The figures on one line: first overall and per language, then the first three.
    pub fn figures(&self) -> String {
        let per: Vec<String> = self.by_locale.iter().map(|(l, s)| format!("{l} {:.1} % ({}/{})", s.first(), s.top1, s.questions)).collect();
        format!(
            "found first {:.1} % ({}/{}): {}; in the first three {:.1} %; needs {FIRST:.0} % first (in each language) and {FIRST_THREE:.0} % in the first three",
            self.all.first(),
            self.all.top1,
            self.all.questions,
            per.join(", "),
            self.all.first_three()
        )
    }
}

/// Asks the content's resource centre every question; `rules` names the schemes open in it.
pub fn measure(questions: &[Numbered<Question>], content: &Content, rules: &str) -> Measure {
    let kb = &content.knowledge;
    let title = |id: &ArticleId| kb.article(id).map(|a| content.catalog.format(Locale::En, &a.title(), None)).unwrap_or_default();
    let fail = |line, message| Failure { file: FILE.to_owned(), line, message };
    let mut m = Measure { rules: rules.to_owned(), all: Score::default(), by_locale: BTreeMap::new(), misses: Vec::new(), answered: Vec::new(), unknown: Vec::new() };
    for Numbered { line, item: q } in questions.iter().filter(|q| !q.item.unanswerable()) {
        let want = ArticleId::new(q.article.clone());
        if kb.article(&want).is_none() {
            m.unknown.push(fail(*line, format!("[{}] {:?} names article `{}`, which there is not", q.locale, q.text, q.article)));
            continue;
        }
        let hits = kb.search(&q.text);
        let rank = hits.iter().position(|h| h.article == want);
        m.all.add(rank);
        m.by_locale.entry(q.locale.clone()).or_default().add(rank);
        if rank != Some(0) {
            let found: Vec<String> = hits.iter().take(3).map(|h| format!("`{}` {:?} ({:.2})", h.article, glimpse(&title(&h.article)), h.confidence)).collect();
            let found = if found.is_empty() { "nothing".to_owned() } else { found.join(", ") };
            m.misses.push(fail(*line, format!("[{}] {:?} should find `{}` {:?} first; it found {found}", q.locale, q.text, q.article, title(&want))));
        }
    }
    // A question no article answers is not answered with confidence; one no article has
    // anything to do with gets "nothing found", not articles that share a word with it.
    for Numbered { line, item: q } in questions.iter().filter(|q| q.item.unanswerable()) {
        let answers = kb.answers(&q.text, content.settings.advice_sure);
        let shown = if q.article == "nothing" { answers.hits.first() } else { answers.hits.first().filter(|_| answers.sure) };
        if let Some(h) = shown {
            let should = if q.article == "nothing" { "find nothing" } else { "get no sure answer" };
            m.answered.push(fail(*line, format!("[{}] {:?} should {should}, but the bot answers with `{}` {:?} ({:.2})", q.locale, q.text, h.article, title(&h.article), h.confidence)));
        }
    }
    m
}
