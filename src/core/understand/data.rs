//! Reading the data on how people write — `config/understanding/<lang>.toml` and the gazetteer
//! `config/places.toml` — and building the [`Understanding`] from it, with what it refers to:
//! the dialogs' options and their labels in every language. Problems are reported with their
//! line, for `barents-bot check`.

use super::intent::{Intent, Reach, Said};
use super::options::{self, Name};
use super::words::{self, Phrase, Vocabulary, WordId};
use super::{Understanding, YES_NO};
use crate::core::diagnostic::Report;
use crate::core::dialog::{Dialogs, Input, StepKind};
use crate::core::i18n::Catalog;
use crate::core::ids::{DialogId, MessageId};
use crate::core::knowledge::terms::Terms;
use crate::core::locale::Locale;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

/// Where the data lives: one file per language, and the gazetteer.
pub const DIR: &str = "config/understanding/";
pub const PLACES: &str = "config/places.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    #[serde(default)]
    question_words: Vec<String>,
    /// Question words that are also common words of an answer ("kor": "hvor", and "choir"):
    /// they open a question only with a question mark.
    #[serde(default)]
    question_words_marked: Vec<String>,
    #[serde(default)]
    about_step: Vec<String>,
    /// Questions about a number question ("how much can we get?", "what is the maximum?"):
    /// its help there, a question for the resource centre anywhere else.
    #[serde(default)]
    about_amount: Vec<String>,
    /// "first", "second", …: an option by its place in the list.
    #[serde(default)]
    ordinals: Vec<String>,
    /// Words said around an option's number ("number", "option", "nr").
    #[serde(default)]
    option_words: Vec<String>,
    #[serde(default)]
    intents: RawIntents,
    #[serde(default)]
    journeys: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    options: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawIntents {
    greeting: Vec<String>,
    thanks: Vec<String>,
    help: Vec<String>,
    stop: Vec<String>,
    back: Vec<String>,
    use_answer: Vec<String>,
    language: Vec<String>,
    privacy: Vec<String>,
    adviser: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegion {
    country: Option<String>,
    /// Other option values its places stand for ("abroad", seen from Norway).
    #[serde(default)]
    also: Vec<String>,
    places: Vec<String>,
}

/// The data files as read, before the dialogs and texts they refer to are known.
#[derive(Debug, Default)]
pub struct Raw {
    languages: Vec<(Locale, String, RawLanguage)>,
    places: Option<(String, BTreeMap<String, RawRegion>)>,
}

impl Raw {
    /// Reads one file of `config/understanding/` or the gazetteer; others are ignored.
    pub fn add(&mut self, path: &str, text: &str, report: &mut Report) {
        if path == PLACES {
            if let Some(p) = crate::core::diagnostic::parse_toml(path, text, report) {
                self.places = Some((text.to_owned(), p));
            }
            return;
        }
        let Some(code) = path.strip_prefix(DIR).and_then(|f| f.strip_suffix(".toml")) else { return };
        let Some(locale) = Locale::ALL.into_iter().find(|l| l.code() == code) else {
            return report.error(path, 1, format!("`{code}` is not a language of the bot (en, nb, ru): name the file en.toml, nb.toml or ru.toml"));
        };
        if let Some(raw) = crate::core::diagnostic::parse_toml(path, text, report) {
            self.languages.push((locale, text.to_owned(), raw));
        }
    }
}

impl Understanding {
    /// Builds the matcher from the data and what it refers to: the dialogs' options and their
    /// labels in every language. Problems go to `report`.
    pub fn build(raw: Raw, dialogs: &Dialogs, catalog: &Catalog, terms: &Terms, report: &mut Report) -> Understanding {
        let mut u = Understanding::default();
        let labels = option_labels(dialogs);
        let values = option_values(dialogs);
        let is_stop = |w: &str| terms.is_stop(w);
        // Every option's label, whole and (for longer labels) word by word, in every language.
        for label in &labels {
            let names = u.lexicon.by_label.entry(label.clone()).or_default();
            for l in Locale::ALL {
                if !catalog.has(l, label.as_str()) {
                    continue;
                }
                let text = catalog.format(l, label, None);
                names.push(Name { phrase: u.vocabulary.phrase(&text), strength: options::FULL });
                let ws = words::words(&text);
                if ws.len() > 1 {
                    for w in ws.iter().filter(|w| w.fold.chars().count() >= 4 && !is_stop(&w.norm)) {
                        names.push(Name { phrase: Phrase { words: vec![u.vocabulary.intern(&w.fold)] }, strength: options::LABEL_WORD });
                    }
                }
            }
        }
        for step in dialogs.map.values().flat_map(|d| &d.steps) {
            let StepKind::Ask(q) = &step.kind else { continue };
            let ids = std::iter::once(&q.text.id).chain(step.help.as_ref().map(|h| &h.id));
            let mut found: Vec<WordId> = ids
                .flat_map(|id| Locale::ALL.into_iter().filter(|l| catalog.has(*l, id.as_str())).map(|l| catalog.format(l, id, None)).collect::<Vec<_>>())
                .flat_map(|text| words::words(&text))
                .filter(|w| w.fold.chars().count() >= 4 && !is_stop(&w.norm))
                .map(|w| u.vocabulary.intern(&w.fold))
                .collect();
            found.sort();
            found.dedup();
            u.step_words.entry(q.text.id.clone()).or_default().extend(found);
        }
        for (locale, text, lang) in raw.languages {
            let file = format!("{DIR}{}.toml", locale.code());
            let line = |needle: &str| line_of(&text, needle);
            u.languages.insert(locale);
            u.question_words.extend(lang.question_words.iter().map(|w| w.trim().to_lowercase().replace('ё', "е")));
            u.question_words_marked.extend(lang.question_words_marked.iter().map(|w| w.trim().to_lowercase().replace('ё', "е")));
            u.about_step.extend(phrases(&mut u.vocabulary, &file, &lang.about_step, &line, report));
            let first = u.about_step.len();
            u.about_step.extend(phrases(&mut u.vocabulary, &file, &lang.about_amount, &line, report));
            u.about_amount.extend(first..u.about_step.len());
            for (k, names) in lang.ordinals.iter().enumerate() {
                if u.ordinals.len() <= k {
                    u.ordinals.push(BTreeSet::new());
                }
                u.ordinals[k].extend(words::words(names).into_iter().map(|w| w.fold));
            }
            u.option_words.extend(lang.option_words.iter().flat_map(|w| words::words(w)).map(|w| w.fold));
            let i = &lang.intents;
            let kinds: [(Intent, Reach, &Vec<String>); 8] = [
                (Intent::Greeting, Reach::Whole, &i.greeting),
                (Intent::Thanks, Reach::Whole, &i.thanks),
                (Intent::Help, Reach::Whole, &i.help),
                (Intent::Stop, Reach::Whole, &i.stop),
                (Intent::Back, Reach::Whole, &i.back),
                (Intent::UseAnswer, Reach::Whole, &i.use_answer),
                (Intent::Privacy, Reach::Within, &i.privacy),
                (Intent::Adviser, Reach::Within, &i.adviser),
            ];
            for (intent, reach, list) in kinds {
                u.intents.said.push(Said { intent, reach, phrases: phrases(&mut u.vocabulary, &file, list, &line, report) });
            }
            u.intents.language_words.extend(phrases(&mut u.vocabulary, &file, &i.language, &line, report));
            for (dialog, list) in &lang.journeys {
                let id = DialogId::new(dialog.clone());
                if dialogs.get(&id).is_none() {
                    let hint = crate::core::suggest::did_you_mean(dialog, dialogs.map.keys().map(|k| k.as_str()));
                    let d = crate::core::diagnostic::Diagnostic::error(&file, line(&format!("{dialog} =")), format!("[journeys] `{dialog}` is not a dialog{hint}"));
                    report.consequence(crate::core::dialog::dialog_key(dialog), d);
                    continue;
                }
                let intent = Intent::Journey { dialog: id, rest: String::new() };
                u.intents.said.push(Said { intent, reach: Reach::Within, phrases: phrases(&mut u.vocabulary, &file, list, &line, report) });
            }
            for (label, list) in &lang.options {
                let id = MessageId::new(label.clone());
                if !labels.contains(&id) {
                    report.error(&file, line(&format!("{label} =")), format!("[options] `{label}` is not the label of an option in any dialog"));
                    continue;
                }
                let names = phrases(&mut u.vocabulary, &file, list, &line, report).into_iter().map(|phrase| Name { phrase, strength: options::FULL });
                u.lexicon.by_label.entry(id).or_default().extend(names);
            }
        }
        if let Some((text, places)) = raw.places {
            for (region, r) in places {
                let line = line_of(&text, &format!("[{region}]"));
                for value in std::iter::once(&region).chain(r.country.as_ref()).chain(&r.also) {
                    if !values.contains(value.as_str()) {
                        report.error(PLACES, line, format!("`{value}` is not the value of an option in any dialog"));
                    }
                }
                let named: Vec<Phrase> = phrases(&mut u.vocabulary, PLACES, &r.places, &|_| line, report);
                for value in std::iter::once(region).chain(r.country).chain(r.also) {
                    u.lexicon.by_value.entry(value).or_default().extend(named.iter().map(|p| Name { phrase: p.clone(), strength: 1.0 }));
                }
            }
        }
        u.intents.index();
        u.index_at_risk();
        for (i, p) in u.about_step.iter().enumerate() {
            if let Some(w) = p.words.first() {
                u.about_first.entry(*w).or_default().push(i);
            }
        }
        u
    }

    /// Reports what the data lacks: a language without its file (content without any of
    /// them reads only numbers and labels typed exactly).
    pub fn check(&self, report: &mut Report) {
        if self.languages.is_empty() {
            return;
        }
        for l in Locale::ALL.into_iter().filter(|l| !self.languages.contains(l)) {
            report.error(&format!("{DIR}{}.toml", l.code()), 1, format!("missing: how people write in `{}` (question words, intents, synonyms)", l.code()));
        }
    }
}

/// Phrases from a data list; an entry with no words is reported.
fn phrases(vocabulary: &mut Vocabulary, file: &str, list: &[String], line: &dyn Fn(&str) -> usize, report: &mut Report) -> Vec<Phrase> {
    let mut out = Vec::new();
    for entry in list {
        let p = vocabulary.phrase(entry);
        if p.is_empty() {
            report.error(file, line(entry), format!("`{entry}` has no words to match"));
        } else {
            out.push(p);
        }
    }
    out
}

/// The line of the first occurrence of `needle` (1 when absent).
fn line_of(text: &str, needle: &str) -> usize {
    text.find(needle).map_or(1, |at| text[..at].matches('\n').count() + 1)
}

/// The label ids of every option and menu item in the dialogs, and yes and no.
fn option_labels(dialogs: &Dialogs) -> BTreeSet<MessageId> {
    let mut out: BTreeSet<MessageId> = YES_NO.iter().map(|l| MessageId::new(*l)).collect();
    for step in dialogs.map.values().flat_map(|d| &d.steps) {
        match &step.kind {
            StepKind::Ask(q) => {
                if let Input::Choice { options } | Input::Multi { options, .. } = &q.input {
                    out.extend(options.iter().map(|o| o.label.id.clone()));
                }
            }
            StepKind::Menu { items, .. } => out.extend(items.iter().map(|i| i.label.id.clone())),
            _ => {}
        }
    }
    out
}

/// The values of every option in the dialogs.
fn option_values(dialogs: &Dialogs) -> BTreeSet<&str> {
    dialogs
        .map
        .values()
        .flat_map(|d| &d.steps)
        .filter_map(|s| match &s.kind {
            StepKind::Ask(q) => match &q.input {
                Input::Choice { options } | Input::Multi { options, .. } => Some(options),
                _ => None,
            },
            _ => None,
        })
        .flatten()
        .map(|o| o.value.as_str())
        .collect()
}
