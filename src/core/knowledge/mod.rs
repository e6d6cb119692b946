//! The resource centre's knowledge base: topics and articles as data (`config/knowledge.toml`),
//! their texts in `locales/<lang>/knowledge.ftl`, and the search that matches a question typed
//! in any of the three languages to the articles that answer it (`index`).
//!
//! Articles may have other texts for some rule sets (what is funded differs between schemes):
//! the active rule set decides which texts are shown and searched. No I/O here.

pub mod anonymise;
mod index;
pub mod terms;
mod translit;

use super::diagnostic::{LineIndex, Report};
use super::i18n::Catalog;
use super::ids::{ArticleId, MessageId, TopicId};
use super::locale::Locale;
use index::Index;
use serde::Deserialize;
use std::collections::BTreeSet;
use terms::Terms;
use toml::Spanned;

pub const FILE: &str = "config/knowledge.toml";

/// How many articles a question is answered with.
pub const TOP: usize = 3;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKnowledge {
    /// The article on contact with people in the at-risk country, added to the answers of a
    /// question that names it or a place there.
    #[serde(default)]
    at_risk: Option<Spanned<String>>,
    #[serde(default)]
    topic: Vec<Spanned<RawTopic>>,
    #[serde(default)]
    article: Vec<Spanned<RawArticle>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopic {
    id: String,
    articles: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArticle {
    id: String,
    #[serde(default)]
    related: Vec<String>,
    #[serde(default)]
    rules: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Topic {
    pub id: TopicId,
    pub articles: Vec<ArticleId>,
    pub line: usize,
}

impl Topic {
    pub fn name(&self) -> MessageId {
        MessageId::new(format!("kb-topic-{}", self.id))
    }

    pub fn intro(&self) -> MessageId {
        MessageId::new(format!("kb-topic-{}-intro", self.id))
    }

    /// The words people type when they mean the whole topic ("sikkerhet", "безопасность").
    pub fn keywords(&self) -> MessageId {
        MessageId::new(format!("kb-topic-{}-keywords", self.id))
    }
}

#[derive(Debug, Clone)]
pub struct Article {
    pub id: ArticleId,
    pub related: Vec<ArticleId>,
    /// Rule sets with texts of their own for this article.
    pub rules: Vec<String>,
    pub line: usize,
}

impl Article {
    pub fn title(&self) -> MessageId {
        MessageId::new(format!("kb-{}-title", self.id))
    }

    pub fn keywords(&self) -> MessageId {
        MessageId::new(format!("kb-{}-keywords", self.id))
    }

    /// The short answer under the active rule set.
    pub fn short(&self, rules: &str) -> MessageId {
        self.part("short", rules)
    }

    /// The longer explanation under the active rule set.
    pub fn body(&self, rules: &str) -> MessageId {
        self.part("body", rules)
    }

    fn part(&self, part: &str, rules: &str) -> MessageId {
        if self.rules.iter().any(|r| r == rules) {
            MessageId::new(format!("kb-{}-{part}-{rules}", self.id))
        } else {
            MessageId::new(format!("kb-{}-{part}", self.id))
        }
    }

    /// Every message id this article may show, under any rule set.
    fn messages(&self) -> Vec<MessageId> {
        let mut out = vec![self.title(), self.keywords(), self.short(""), self.body("")];
        for r in &self.rules {
            out.push(self.short(r));
            out.push(self.body(r));
        }
        out
    }
}

/// A question the resource centre could not answer, kept anonymously for the advisers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OpenQuestion {
    pub at: i64,
    pub locale: crate::core::locale::Locale,
    /// As typed, with contact details replaced (see [`anonymise`]).
    pub text: String,
    /// Who asked, as the store's pseudonym (set by the store when it keeps the question, so
    /// `/forget` finds it; it tells nothing of the person).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asker: Option<u64>,
}

/// What the resource centre says to a question: the articles worth showing, best first, and
/// whether the best one is sure enough to count as an answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Answers {
    pub hits: Vec<Hit>,
    pub sure: bool,
}

/// An article that answers a question, and how sure the search is (0 to 1).
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub article: ArticleId,
    pub confidence: f32,
}

#[derive(Debug, Default)]
pub struct Knowledge {
    /// The article added to the answers of a question that names the at-risk country (see
    /// [`crate::core::safety`]), with the line that names it.
    pub at_risk: Option<(ArticleId, usize)>,
    pub topics: Vec<Topic>,
    pub articles: Vec<Article>,
    pub terms: Terms,
    index: Index,
    /// The keywords of several words ("hvor mye kan vi få"), each with its article, by their
    /// first word: a question that says one of them, word for word, is answered by that article.
    phrases: std::collections::BTreeMap<String, Vec<(usize, Vec<String>)>>,
    /// Each topic's name and keywords in every language, as words, with the topic's
    /// index: a question that is only one of them opens the topic.
    topic_names: Vec<(usize, Vec<String>)>,
}

impl Knowledge {
    /// Reads `config/knowledge.toml`; problems are reported with their line.
    pub fn parse(text: &str, report: &mut Report) -> Knowledge {
        let lines = LineIndex::new(text);
        let Some(raw) = crate::core::diagnostic::parse_toml::<RawKnowledge>(FILE, text, report) else { return Knowledge::default() };
        let topics = raw
            .topic
            .iter()
            .map(|t| Topic { id: TopicId::new(t.get_ref().id.clone()), articles: t.get_ref().articles.iter().map(|a| ArticleId::new(a.clone())).collect(), line: lines.line(t.span().start) })
            .collect();
        let articles = raw
            .article
            .iter()
            .map(|a| {
                let r = a.get_ref();
                Article { id: ArticleId::new(r.id.clone()), related: r.related.iter().map(|x| ArticleId::new(x.clone())).collect(), rules: r.rules.clone(), line: lines.line(a.span().start) }
            })
            .collect();
        let at_risk = raw.at_risk.as_ref().map(|a| (ArticleId::new(a.get_ref().clone()), lines.line(a.span().start)));
        Knowledge { at_risk, topics, articles, terms: Terms::default(), index: Index::default(), phrases: Default::default(), topic_names: Vec::new() }
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// `id` is one of the safety topic's articles: it says the risk for people in Russia itself.
    pub fn about_safety(&self, id: &ArticleId) -> bool {
        self.topics.iter().any(|t| t.id.as_str() == crate::core::safety::TOPIC && t.articles.contains(id))
    }

    pub fn article(&self, id: &ArticleId) -> Option<&Article> {
        self.articles.iter().find(|a| &a.id == id)
    }

    pub fn topic(&self, id: &TopicId) -> Option<&Topic> {
        self.topics.iter().find(|t| &t.id == id)
    }

    /// Builds the search index from the texts the active rule set shows, in every language.
    /// `values`: the numbers the texts state (those of the scheme `rules`).
    pub fn build_index(&mut self, catalog: &Catalog, rules: &str, values: Option<&crate::core::schemes::Values>) {
        // Each language writes the values its own way (dates are words).
        let args: Vec<(Locale, fluent_bundle::FluentArgs)> = Locale::ALL
            .into_iter()
            .map(|l| {
                let mut args = fluent_bundle::FluentArgs::new();
                if let Some(values) = values {
                    values.set_args(&mut args, &catalog.formats(l));
                }
                (l, args)
            })
            .collect();
        let docs: Vec<Vec<(String, f32)>> = self
            .articles
            .iter()
            .map(|a| {
                let mut fields = Vec::new();
                for (l, args) in &args {
                    for (id, weight) in [(a.title(), index::TITLE), (a.keywords(), index::KEYWORDS), (a.short(rules), index::SHORT), (a.body(rules), index::BODY)] {
                        if catalog.has(*l, id.as_str()) {
                            fields.push((catalog.format(*l, &id, Some(args)), weight));
                        }
                    }
                }
                fields
            })
            .collect();
        self.index = Index::build(&self.terms, &docs);
        self.phrases.clear();
        let phrases: Vec<(usize, Vec<String>)> = self
            .articles
            .iter()
            .enumerate()
            .flat_map(|(i, a)| Locale::ALL.into_iter().filter(|l| catalog.has(*l, a.keywords().as_str())).map(move |l| (i, catalog.format(l, &a.keywords(), None))))
            .flat_map(|(i, keywords)| keywords.split(',').map(terms::words).filter(|w| w.len() >= 2).map(|w| (i, w)).collect::<Vec<_>>())
            .collect();
        for (i, words) in phrases {
            self.phrases.entry(words[0].clone()).or_default().push((i, words));
        }
        self.topic_names = self
            .topics
            .iter()
            .enumerate()
            .flat_map(|(i, t)| Locale::ALL.into_iter().flat_map(move |l| [t.name(), t.keywords()].map(move |id| (i, l, id))))
            .filter(|(_, l, id)| catalog.has(*l, id.as_str()))
            .flat_map(|(i, l, id)| catalog.format(l, &id, None).split(',').map(|name| (i, terms::words(name))).collect::<Vec<_>>())
            .filter(|(_, words)| !words.is_empty())
            .collect();
    }

    /// The topic `question` names and says nothing more about ("/advice sikkerhet",
    /// "безопасность", "Culture"): the person wants to browse it, not an answer to a question
    /// ("hva får vi støtte til?" is a question, word for word, even if "støtte" names a topic).
    pub fn topic_named(&self, question: &str) -> Option<&TopicId> {
        let said = terms::words(question);
        self.topic_names.iter().find(|(_, words)| *words == said).map(|(i, _)| &self.topics[*i].id)
    }

    /// The articles that best answer `question`, best first, at most [`TOP`].
    pub fn search(&self, question: &str) -> Vec<Hit> {
        let mut ranked = self.index.search(&self.terms, question, TOP);
        for i in self.phrases_said(question) {
            match ranked.iter_mut().find(|(d, _)| *d == i) {
                Some(hit) => hit.1 = 1.0,
                None => ranked.push((i, 1.0)),
            }
        }
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(TOP);
        ranked.into_iter().map(|(i, confidence)| Hit { article: self.articles[i].id.clone(), confidence }).collect()
    }

    /// The articles whose keyword phrase `question` says word for word, with nothing else that
    /// means anything: they answer it, whatever its words weigh one by one ("hvor mye kan vi
    /// få?" is all common words; "hvor lang tid tar det å få visum?" is about the visa, not the
    /// phrase).
    pub fn phrases_said(&self, question: &str) -> Vec<usize> {
        let said = terms::words(question);
        let meaningful = self.terms.question_words(question);
        let starting = said.iter().enumerate().flat_map(|(at, w)| self.phrases.get(w).into_iter().flatten().map(move |p| (at, p)));
        starting.filter(|(at, (_, phrase))| said[*at..].starts_with(phrase) && meaningful.iter().all(|m| phrase.contains(m))).map(|(_, (i, _))| *i).collect()
    }

    /// The answers to `question`, where `sure` is the confidence an answer needs. Articles that
    /// share only a word or two with the question (under half of that) are noise, not answers.
    pub fn answers(&self, question: &str, sure: f32) -> Answers {
        let hits: Vec<Hit> = self.search(question).into_iter().filter(|h| h.confidence >= sure / 2.0).collect();
        let sure = hits.first().is_some_and(|h| h.confidence >= sure);
        Answers { hits, sure }
    }

    /// How each meaningful word of `question` was read (see `Index::explain`).
    pub fn explain(&self, question: &str) -> Vec<(String, Vec<(String, f32)>)> {
        self.index.explain(&self.terms, question)
    }

    /// Every message id the knowledge base uses, with the line of `config/knowledge.toml` that
    /// uses it, and whether it is a button label.
    pub fn messages(&self) -> Vec<(MessageId, usize, bool)> {
        let mut out = Vec::new();
        for t in &self.topics {
            out.push((t.name(), t.line, true));
            out.push((t.intro(), t.line, false));
            out.push((t.keywords(), t.line, false));
        }
        for a in &self.articles {
            for id in a.messages() {
                let label = id == a.title();
                out.push((id, a.line, label));
            }
        }
        if !self.is_empty() {
            out.push((MessageId::new("kb-browse"), 1, false));
        }
        out
    }

    /// Structure: unique ids, every topic's, related and `at_risk` article exists, every
    /// article is in a topic (so browsing reaches it), rule sets named exist.
    pub fn check(&self, rule_sets: &BTreeSet<&str>, report: &mut Report) {
        if let Some((a, line)) = self.at_risk.as_ref().filter(|(a, _)| self.article(a).is_none()) {
            report.error(FILE, *line, format!("`at_risk` names unknown article `{a}`"));
        }
        let mut seen = BTreeSet::new();
        for a in &self.articles {
            if !seen.insert(&a.id) {
                report.error(FILE, a.line, format!("duplicate article id `{}`", a.id));
            }
            for r in &a.related {
                if self.article(r).is_none() {
                    report.error(FILE, a.line, format!("article `{}` names unknown related article `{r}`", a.id));
                }
                if r == &a.id {
                    report.error(FILE, a.line, format!("article `{}` names itself as related", a.id));
                }
            }
            for r in a.rules.iter().filter(|r| !rule_sets.contains(r.as_str())) {
                let hint = crate::core::suggest::did_you_mean(r, rule_sets.iter().copied());
                let d = crate::core::diagnostic::Diagnostic::error(FILE, a.line, format!("article `{}` has texts for unknown rule set `{r}`{hint}", a.id));
                report.consequence(crate::core::schemes::missing_key(r), d);
            }
            if !self.topics.iter().any(|t| t.articles.contains(&a.id)) {
                report.error(FILE, a.line, format!("article `{}` is in no topic, so browsing never reaches it", a.id));
            }
            // Button data is `a:<id>` inside `v1:<question>:`; keep it well inside Telegram's 64 bytes.
            if a.id.as_str().len() > 40 || !a.id.as_str().bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
                report.error(FILE, a.line, format!("article id `{}`: use at most 40 lowercase letters, digits and -", a.id));
            }
        }
        let mut topics = BTreeSet::new();
        for t in &self.topics {
            if !topics.insert(&t.id) {
                report.error(FILE, t.line, format!("duplicate topic id `{}`", t.id));
            }
            if t.articles.is_empty() {
                report.error(FILE, t.line, format!("topic `{}` has no articles", t.id));
            }
            for a in t.articles.iter().filter(|a| self.article(a).is_none()) {
                report.error(FILE, t.line, format!("topic `{}` lists unknown article `{a}`", t.id));
            }
        }
    }
}
