//! One term per concept in each language, as data (`config/glossary.toml`): the term to use and
//! the variants not to use. `check` warns where a message uses a variant, with the message's
//! file and line, so an editor sees where the text drifted. Keyword lists (`-keywords`) are
//! left alone: they hold the words people type, variants included.
//!
//! A variant is matched as whole words, ignoring case; `*` at the end of a word stands for
//! any ending ("приграничн*" is every form of "приграничный").

use super::diagnostic::{LineIndex, Report};
use super::i18n::Catalog;
use super::locale::Locale;
use regex::Regex;
use serde::Deserialize;
use std::collections::BTreeMap;

pub const FILE: &str = "config/glossary.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerm {
    #[serde(rename = "use")]
    preferred: String,
    avoid: Vec<String>,
    /// Why, or what the term means here: for editors only.
    #[allow(dead_code)]
    note: Option<String>,
}

/// A term and the variants that should not appear.
#[derive(Debug)]
struct Term {
    preferred: String,
    avoid: Vec<Regex>,
}

#[derive(Debug, Default)]
pub struct Glossary {
    terms: BTreeMap<Locale, Vec<Term>>,
}

impl Glossary {
    /// Reads the glossary (an array of tables per language code). Problems are reported with
    /// their line; what could be read is used.
    pub fn parse(text: &str, report: &mut Report) -> Glossary {
        let mut glossary = Glossary::default();
        let Some(raw) = super::diagnostic::parse_toml::<BTreeMap<String, toml::Spanned<Vec<RawTerm>>>>(FILE, text, report) else { return glossary };
        let lines = LineIndex::new(text);
        for (code, terms) in &raw {
            let line = lines.line(terms.span().start);
            let Some(locale) = Locale::ALL.into_iter().find(|l| l.code() == code) else {
                report.error(FILE, line, format!("`{code}` is not a language of the bot (en, nb, ru)"));
                continue;
            };
            for t in terms.get_ref() {
                let avoid = t.avoid.iter().filter_map(|v| variant(v).inspect_err(|e| report.error(FILE, line, format!("`{v}`: {e}"))).ok()).collect();
                glossary.terms.entry(locale).or_default().push(Term { preferred: t.preferred.clone(), avoid });
            }
        }
        glossary
    }

    /// Warns where a message of `catalog` uses a variant the glossary says not to use.
    pub fn check(&self, catalog: &Catalog, report: &mut Report) {
        for (locale, terms) in &self.terms {
            for (id, info) in &catalog.language(*locale).messages {
                if id.ends_with("-keywords") {
                    continue;
                }
                // Every variant and attribute, and no placeholder's name read as a word.
                for term in terms {
                    for found in term.avoid.iter().flat_map(|re| info.texts.iter().filter_map(|t| re.find(t))) {
                        report.warning(&info.file, info.line, format!("message `{id}` says “{}”; the glossary ({FILE}) says “{}”", found.as_str(), term.preferred));
                    }
                }
            }
        }
    }
}

/// A variant as a pattern: whole words, any case, `*` for any ending of a word.
fn variant(text: &str) -> Result<Regex, regex::Error> {
    let words: Vec<String> = text.split_whitespace().map(|w| match w.strip_suffix('*') {
        Some(stem) => format!("{}\\p{{L}}*", regex::escape(stem)),
        None => regex::escape(w),
    }).collect();
    Regex::new(&format!("(?i)\\b{}\\b", words.join("\\s+")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_are_whole_words_in_any_form_and_case() {
        let re = variant("приграничн* сотрудничеств*").unwrap();
        assert!(re.is_match("Приграничное сотрудничество важно"));
        assert!(!re.is_match("трансграничное сотрудничество"));
        let re = variant("utkast").unwrap();
        assert!(re.is_match("Utkast BS-2026-0001") && !re.is_match("søknadsutkast"));
    }

    #[test]
    fn check_names_the_message_its_line_and_the_term_and_leaves_keywords_alone() {
        let mut report = Report::default();
        let glossary = Glossary::parse("[[nb]]\nuse = \"støtte\"\navoid = [\"tilskudd*\"]\n", &mut report);
        let ftl = "a = Hei!\nb = Du kan få tilskuddet i mars.\nc-keywords = tilskudd, støtte\n";
        let catalog = Catalog::load(vec![("locales/nb/x.ftl", ftl)], &mut report);
        glossary.check(&catalog, &mut report);
        let text = report.to_string();
        assert!(text.contains("locales/nb/x.ftl:2: warning: message `b` says “tilskuddet”; the glossary (config/glossary.toml) says “støtte”"), "{text}");
        assert_eq!(text.matches("warning").count(), 1, "{text}");
        let mut report = Report::default();
        Glossary::parse("[[xx]]\nuse = \"a\"\navoid = []\n", &mut report);
        assert!(report.has_errors());
    }
}
