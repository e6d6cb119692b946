//! Which option a message names: by its label in any of the three languages or a word of it,
//! by the other ways people say it (`[options]` in `config/understanding/<lang>.toml`), or by a
//! place in the region it stands for (`config/places.toml`).

use super::words::{Phrase, Seen};
use crate::core::ids::MessageId;
use std::collections::HashMap;

/// A phrase that names an option, and how strongly.
#[derive(Debug, Clone)]
pub(crate) struct Name {
    pub phrase: Phrase,
    pub strength: f32,
}

/// A label in full, a synonym or a place.
pub(crate) const FULL: f32 = 1.0;
/// One word of a longer label ("university" of "A school, college or university").
pub(crate) const LABEL_WORD: f32 = 0.9;
/// Two options this close in score are both candidates: the person is asked which.
const CLOSE: f32 = 0.15;

/// The names of every option the dialogs show.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// By the id of the option's label.
    pub(crate) by_label: HashMap<MessageId, Vec<Name>>,
    /// Places, by the option value they stand for: a region, and its country.
    pub(crate) by_value: HashMap<String, Vec<Name>>,
}

/// One option as the matcher sees it.
#[derive(Debug, Clone, Copy)]
pub struct Choice<'a> {
    pub value: &'a str,
    pub label: &'a MessageId,
}

/// What a message says about a step's options.
#[derive(Debug, Clone, PartialEq)]
pub enum Named {
    /// These options (indexes), in the order of the options.
    Options(Vec<usize>),
    /// These fit about equally well, and only one may be chosen.
    Close(Vec<usize>),
    None,
}

impl Lexicon {
    /// How each option is named in `message`, strongest evidence first.
    fn scores(&self, options: &[Choice<'_>], message: &Seen, label_words: bool) -> Vec<(usize, f32, Vec<usize>)> {
        let mut out = Vec::new();
        for (i, o) in options.iter().enumerate() {
            let names = self.by_label.get(o.label).into_iter().flatten().chain(self.by_value.get(o.value).into_iter().flatten());
            let best = names
                .filter(|n| label_words || n.strength >= FULL)
                .filter_map(|n| n.phrase.find(message).map(|f| (f.weight * n.strength, f.used)))
                .max_by(|a, b| a.0.total_cmp(&b.0));
            if let Some((score, used)) = best {
                out.push((i, score, used));
            }
        }
        out.sort_by(|a, b| b.1.total_cmp(&a.1));
        // An option named only by words that name a stronger one is not named ("university"
        // names the university, not "a school, college or university").
        let kept: Vec<(usize, f32, Vec<usize>)> =
            out.iter().filter(|(_, s, used)| !out.iter().any(|(_, s2, u2)| s2 > s && used.iter().all(|w| u2.contains(w)))).cloned().collect();
        kept
    }

    /// The option (or, with `multi`, the options) `message` names. `label_words`: whether one
    /// word of a label is enough (not at a menu, where labels share words).
    pub fn named(&self, options: &[Choice<'_>], message: &Seen, multi: bool, label_words: bool) -> Named {
        self.evidence(options, message, multi, label_words).0
    }

    /// As [`Lexicon::named`], with the evidence: the strongest option's score (a full label or
    /// synonym scores its number of words) and the words of the message that named options.
    pub fn evidence(&self, options: &[Choice<'_>], message: &Seen, multi: bool, label_words: bool) -> (Named, f32, Vec<usize>) {
        let scores = self.scores(options, message, label_words);
        let best = scores.first().map_or(0.0, |s| s.1);
        let mut used: Vec<usize> = scores.iter().flat_map(|s| s.2.iter().copied()).collect();
        used.sort_unstable();
        used.dedup();
        let named = match scores.as_slice() {
            [] => Named::None,
            [(i, ..)] => Named::Options(vec![*i]),
            _ if multi => {
                let mut all: Vec<usize> = scores.iter().map(|(i, ..)| *i).collect();
                all.sort_unstable();
                Named::Options(all)
            }
            [(i, best, _), (j, second, _), ..] if best - second < CLOSE => {
                let mut close = vec![*i, *j];
                close.extend(scores[2..].iter().filter(|(_, s, _)| best - s < CLOSE).map(|(k, ..)| *k));
                Named::Close(close)
            }
            [(i, ..), ..] => Named::Options(vec![*i]),
        };
        (named, best, used)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::understand::words::{Vocabulary, words};

    fn named(text: &str, multi: bool) -> Named {
        let mut v = Vocabulary::default();
        let mut lex = Lexicon::default();
        let labels: Vec<MessageId> = ["school", "culture", "university"].iter().map(|l| MessageId::new(*l)).collect();
        let mut name = |p: &str, strength| Name { phrase: v.phrase(p), strength };
        let school = vec![name("A school, college or university", FULL), name("school", LABEL_WORD), name("university", LABEL_WORD)];
        let culture = vec![name("Culture", FULL), name("kultur", FULL)];
        let university = vec![name("University", FULL)];
        let vadso = vec![name("Vadsø", FULL)];
        lex.by_label.insert(labels[0].clone(), school);
        lex.by_label.insert(labels[1].clone(), culture);
        lex.by_label.insert(labels[2].clone(), university);
        lex.by_value.insert("culture".into(), vadso);
        let values = ["school", "culture", "university"];
        let options: Vec<Choice<'_>> = values.iter().zip(&labels).map(|(v, l)| Choice { value: v, label: l }).collect();
        lex.named(&options, &v.see(&words(text)), multi, true)
    }

    #[test]
    fn names_by_label_word_synonym_and_place() {
        assert_eq!(named("it's a school", false), Named::Options(vec![0]));
        assert_eq!(named("kulturen mest", false), Named::Options(vec![1]));
        assert_eq!(named("we're in Vadso", false), Named::Options(vec![1]));
        assert_eq!(named("the university", false), Named::Options(vec![2]));
        assert_eq!(named("nothing here", false), Named::None);
    }

    #[test]
    fn several_in_words_or_a_question_which() {
        assert_eq!(named("school and culture", true), Named::Options(vec![0, 1]));
        assert_eq!(named("school and culture", false), Named::Close(vec![1, 0]));
    }
}
