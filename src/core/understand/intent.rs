//! What a person wants when the message is not an answer: a greeting, thanks, help, privacy,
//! an adviser, another language, to stop, or a journey ("I want to write an application").
//!
//! The phrases are data (`[intents]` and `[journeys]` of `config/understanding/<lang>.toml`);
//! every language's phrases are tried, since people mix languages.

use super::words::{Found, Phrase, Seen, Word, WordId};
use rustc_hash::FxHashMap as HashMap;
use crate::core::ids::DialogId;
use crate::core::locale::Locale;

#[derive(Debug, Clone, PartialEq)]
pub enum Intent {
    Greeting,
    Thanks,
    /// Help with the bot in general.
    Help,
    /// Leave what they are doing ("stop", "not now").
    Stop,
    /// One question back, as `/back` ("tilbake", "назад").
    Back,
    /// Keep the text just read as a question as the answer after all.
    UseAnswer,
    Language(Locale),
    Privacy,
    Adviser,
    /// Start a journey; `rest`: the words beyond the phrase (the partner search's query).
    Journey { dialog: DialogId, rest: String },
}

impl Intent {
    /// Its name in the test sets: `greeting`, `language-nb`, `journey:partners`.
    pub fn name(&self) -> String {
        match self {
            Intent::Greeting => "greeting".into(),
            Intent::Thanks => "thanks".into(),
            Intent::Help => "help".into(),
            Intent::Stop => "stop".into(),
            Intent::Back => "back".into(),
            Intent::UseAnswer => "use-answer".into(),
            Intent::Language(l) => format!("language-{}", l.code()),
            Intent::Privacy => "privacy".into(),
            Intent::Adviser => "adviser".into(),
            Intent::Journey { dialog, .. } => format!("journey:{dialog}"),
        }
    }
}

/// An intent the message must consist of, or one it must only contain.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Reach {
    /// The whole message: "hei!", "tusen takk", "not now".
    Whole,
    /// Somewhere in it: "can I talk to an adviser about the budget".
    Within,
}

/// The phrases of one intent.
#[derive(Debug, Clone)]
pub(crate) struct Said {
    pub intent: Intent,
    pub reach: Reach,
    pub phrases: Vec<Phrase>,
}

/// Every intent's phrases, in all languages.
#[derive(Debug, Clone, Default)]
pub struct Intents {
    pub(crate) said: Vec<Said>,
    /// Words said around a language's name ("please", "på", "можно").
    pub(crate) language_words: Vec<Phrase>,
    /// The phrases by their first word: only those whose first word a message holds are tried.
    first: HashMap<WordId, Vec<(usize, usize)>>,
    /// Every language's names (see [`Locale::NAMES`]), folded.
    names: HashMap<String, Locale>,
}

/// An intent found, with how much of the message it leaves unexplained.
#[derive(Debug, Clone, PartialEq)]
pub struct Heard {
    pub intent: Intent,
    /// How much of the message the phrase took (the sum of its words' likeness).
    pub weight: f32,
    /// Words that carry meaning and are not part of the intent's phrase.
    pub unexplained: usize,
    /// The message's words the phrase took.
    pub used: Vec<usize>,
}

impl Intents {
    /// Indexes the phrases by their first word; to be called once all are added.
    pub(crate) fn index(&mut self) {
        self.names = Locale::NAMES.iter().flat_map(|(l, names)| names.iter().map(|n| (super::words::fold(n), *l))).collect();
        self.first.clear();
        for (s, said) in self.said.iter().enumerate() {
            for (p, phrase) in said.phrases.iter().enumerate() {
                if let Some(w) = phrase.words.first() {
                    self.first.entry(*w).or_default().push((s, p));
                }
            }
        }
    }

    /// The intent `message` expresses, if any. `seen`: the message as the vocabulary sees it;
    /// `is_stop`: words that carry no meaning.
    pub fn hear(&self, message: &[Word], seen: &Seen, is_stop: &dyn Fn(&str) -> bool) -> Option<Heard> {
        self.hear_where(message, seen, is_stop, &|_, _| true)
    }

    /// The strongest intent `message` expresses among those `accept`ed (given the intent and
    /// the weight of the phrase that says it).
    pub fn hear_where(&self, message: &[Word], seen: &Seen, is_stop: &dyn Fn(&str) -> bool, accept: &dyn Fn(&Intent, f32) -> bool) -> Option<Heard> {
        if let Some((l, words)) = self.language(message, seen, is_stop).filter(|(l, w)| accept(&Intent::Language(*l), *w as f32)) {
            return Some(Heard { intent: Intent::Language(l), weight: words as f32, unexplained: 0, used: Vec::new() });
        }
        let unexplained = |f: &Found| message.iter().enumerate().filter(|(i, w)| !f.used.contains(i) && !is_stop(&w.norm)).count();
        let mut best: Option<(f32, Heard)> = None;
        let mut tried: Vec<(usize, usize)> = seen.words().filter_map(|w| self.first.get(&w)).flatten().copied().collect();
        tried.sort_unstable();
        tried.dedup();
        let found: Vec<(usize, Found)> = tried
            .into_iter()
            .filter_map(|(s, p)| self.said[s].phrases[p].find(seen).map(|f| (s, f)))
            .filter(|(s, f)| accept(&self.said[*s].intent, f.weight))
            .collect();
        for (s, f) in &found {
            let said = &self.said[*s];
            // A whole intent may be said in several of its phrases: "ok thank you so much, very helpful".
            let mut used = f.used.clone();
            if said.reach == Reach::Whole {
                used.extend(found.iter().filter(|(s2, _)| self.said[*s2].intent == said.intent).flat_map(|(_, f2)| f2.used.iter().copied()));
                used.sort_unstable();
                used.dedup();
            }
            let found = Found { weight: f.weight, used };
            let left = unexplained(&found);
            if said.reach == Reach::Whole && left > 0 {
                continue;
            }
            // The longest phrase wins; at equal length, the one that explains more.
            let score = found.weight - 0.01 * left as f32;
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                let intent = match &said.intent {
                    Intent::Journey { dialog, .. } => Intent::Journey { dialog: dialog.clone(), rest: rest(message, &found.used, is_stop) },
                    other => other.clone(),
                };
                best = Some((score, Heard { intent, weight: found.weight, unexplained: left, used: found.used }));
            }
        }
        best.map(|(_, h)| h)
    }

    /// A language asked for by name, in a message that says little else ("norsk, takk",
    /// "а можно на английском?"), and how many words say so: "norsk" alone may be an answer
    /// (a Norwegian partner), "norsk, takk" asks for the language.
    fn language(&self, message: &[Word], seen: &Seen, is_stop: &dyn Fn(&str) -> bool) -> Option<(Locale, usize)> {
        // By any of its names, also Russian typed in Latin letters ("po-russki").
        let (at, locale) = message.iter().enumerate().find_map(|(i, w)| self.names.get(&w.fold).map(|l| (i, *l)))?;
        let around: Vec<usize> = self.language_words.iter().filter(|p| p.words.len() == 1).flat_map(|p| seen.like(p.words[0]).map(|(i, _)| i)).collect();
        let other = message.iter().enumerate().filter(|(i, w)| *i != at && !is_stop(&w.norm) && !around.contains(i)).count();
        (other == 0).then_some((locale, message.len()))
    }
}

/// The meaningful words of `message` beyond those `used`, as typed (a search query).
fn rest(message: &[Word], used: &[usize], is_stop: &dyn Fn(&str) -> bool) -> String {
    message.iter().enumerate().filter(|(i, w)| !used.contains(i) && !is_stop(&w.norm)).map(|(_, w)| w.norm.as_str()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::understand::words::{Vocabulary, words};

    fn hear(text: &str) -> Option<Intent> {
        let mut v = Vocabulary::default();
        let mut said = |intent, reach, phrases: &[&str]| Said { intent, reach, phrases: phrases.iter().map(|p| v.phrase(p)).collect() };
        let all = vec![
            said(Intent::Greeting, Reach::Whole, &["hi", "hei", "здравствуйте"]),
            said(Intent::Adviser, Reach::Within, &["talk to an adviser"]),
            said(Intent::Journey { dialog: DialogId::new("partners"), rest: String::new() }, Reach::Within, &["looking for a partner"]),
        ];
        let language_words = vec![v.phrase("takk"), v.phrase("please"), v.phrase("по"), v.phrase("пожалуйста")];
        let mut intents = Intents { said: all, language_words, ..Intents::default() };
        intents.index();
        let stop = |w: &str| ["a", "in", "i", "to", "can", "hi", "what", "is", "the"].contains(&w);
        let message = words(text);
        intents.hear(&message, &v.see(&message), &stop).map(|h| h.intent)
    }

    #[test]
    fn a_whole_intent_must_be_the_whole_message() {
        assert_eq!(hear("hei!"), Some(Intent::Greeting));
        assert_eq!(hear("Здравствуйте"), Some(Intent::Greeting));
        assert_eq!(hear("hi, what is the deadline?"), None);
    }

    #[test]
    fn an_intent_within_keeps_the_rest_as_a_query() {
        assert_eq!(hear("can I talk to an adviser about money"), Some(Intent::Adviser));
        assert_eq!(
            hear("looking for a partner school in finland"),
            Some(Intent::Journey { dialog: DialogId::new("partners"), rest: "school finland".into() })
        );
    }

    #[test]
    fn a_language_by_name_with_little_else() {
        assert_eq!(hear("norsk, takk"), Some(Intent::Language(Locale::Nb)));
        assert_eq!(hear("in english please"), Some(Intent::Language(Locale::En)));
        assert_eq!(hear("po-russki pozhaluista"), Some(Intent::Language(Locale::Ru)));
        assert_eq!(hear("do you have norsk partners"), None);
    }
}
