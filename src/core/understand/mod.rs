//! Reading a free-text message before the bot refuses it: is it one of the options (by label,
//! a word of it, another way of saying it, a place), a number or a date as people write them,
//! a question (about the step, or for the resource centre), or something the person wants
//! (a greeting, an adviser, another language, a journey)?
//!
//! [`Understanding::read`] decides, for what is pending ([`Context`]), and returns a
//! [`Reading`]; the engine acts on it. What people say is data, per language:
//! `config/understanding/<lang>.toml` (question words, phrases, intents, journeys, option
//! synonyms) and `config/places.toml` (the gazetteer); `barents-bot check` validates both.
//! Nothing here does I/O or knows the user's state.

mod data;
mod intent;
mod options;
pub mod words;

pub use data::{DIR, PLACES, Raw};
pub use intent::{Heard, Intent};
pub use options::Choice;

use super::dialog::{Input, StepKind};
use super::ids::{DialogId, MessageId};
use super::knowledge::terms::Terms;
use super::locale::Locale;
use super::value::Date;
use intent::Intents;
use options::{Lexicon, Named};
use std::collections::BTreeSet;
use words::{Phrase, Seen, Vocabulary, Word, WordId};

/// The label ids of yes and no, which yes/no questions show as options.
const YES_NO: [&str; 2] = ["answer-yes", "answer-no"];

/// Everything the bot knows about how people say things, ready to match.
#[derive(Debug, Default)]
pub struct Understanding {
    /// Words that open a question, as typed (lower case), in every language.
    question_words: BTreeSet<String>,
    /// Of those, the ones that are also answers' words ("kor", a choir): a question only with "?".
    question_words_marked: BTreeSet<String>,
    /// Questions about the step being asked ("what do you mean").
    about_step: Vec<Phrase>,
    /// Which of `about_step` ask about a number question only.
    about_amount: BTreeSet<usize>,
    intents: Intents,
    lexicon: Lexicon,
    /// The words of each place in a list, by position ("first", "første", "первый"), folded.
    ordinals: Vec<BTreeSet<String>>,
    /// Words said around an option's number, folded.
    option_words: BTreeSet<String>,
    /// The meaningful words of each question and its help, in every language, by the
    /// question's text id.
    step_words: rustc_hash::FxHashMap<MessageId, Vec<WordId>>,
    /// Every word of the phrases above, indexed.
    vocabulary: Vocabulary,
    /// The questions about a step by their first word: only those a message may hold are tried.
    about_first: rustc_hash::FxHashMap<WordId, Vec<usize>>,
    /// Which languages have their file (a missing one is a `check` error).
    pub(crate) languages: BTreeSet<Locale>,
    /// The names of the country where taking part is a risk
    /// ([`crate::core::safety::AT_RISK_COUNTRY`]) and of the places in it, by their first word,
    /// in a vocabulary of their own (a message is compared with these words only).
    at_risk: rustc_hash::FxHashMap<WordId, Vec<Phrase>>,
    at_risk_words: Vocabulary,
    /// The first three letters of the words of those names, folded: only the words of a message
    /// that start so are read for them, and a message with none is not read at all (most are
    /// not; a typo in the first three letters goes unheard).
    at_risk_starts: rustc_hash::FxHashSet<[Option<char>; 3]>,
}

/// What is pending when a message arrives, as far as reading it goes.
#[derive(Debug, Clone)]
pub enum Context<'a> {
    /// A menu of journeys: (dialog, label).
    Menu(Vec<(&'a DialogId, &'a MessageId)>),
    Choice { options: Vec<Choice<'a>>, multi: bool },
    YesNo,
    /// `share`: the amount asked is a share of the costs, so "how much can we get?" is asked
    /// about it (its help says how far it may go).
    Number { share: bool },
    Date,
    /// A text answer. `held`: a message was just read as a question and may be the answer.
    /// `formed`: the answer has a form (an e-mail address, a phone or organisation number), so
    /// words that open with a question word are a question, not a wrong answer.
    Text { held: bool, formed: bool },
}

impl<'a> Context<'a> {
    /// The context of a dialog step, if it asks for anything typed.
    pub fn of_step(kind: &'a StepKind, held: bool) -> Option<Context<'a>> {
        Some(match kind {
            StepKind::Menu { items, .. } => Context::Menu(items.iter().map(|i| (&i.dialog.dialog, &i.label.id)).collect()),
            StepKind::Ask(q) => match &q.input {
                Input::Choice { options } => Context::Choice { options: options.iter().map(|o| Choice { value: &o.value, label: &o.label.id }).collect(), multi: false },
                Input::Multi { options, .. } => Context::Choice { options: options.iter().map(|o| Choice { value: &o.value, label: &o.label.id }).collect(), multi: true },
                Input::YesNo => Context::YesNo,
                Input::Number { share_of, .. } => Context::Number { share: !share_of.is_empty() },
                Input::Date { .. } => Context::Date,
                Input::Text { validators } => Context::Text { held, formed: validators.iter().any(|v| !matches!(v, crate::core::validate::Validator::Length { .. })) },
            },
            _ => return None,
        })
    }
}

/// What a message was read as.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    /// These options (or menu items), by index.
    Picked(Vec<usize>),
    /// These options fit about equally: ask which.
    Which(Vec<usize>),
    Yes(bool),
    /// A number; `echo`: written so it could be misread ("150k", "1,5 mill"), so confirm it.
    Number { n: i64, echo: bool },
    Date { date: Date, echo: bool },
    /// The answer to a text step.
    Answer,
    /// A question about the step itself: its help.
    AboutStep,
    /// Another question, for the resource centre. `may_be_answer`: at a text step, where it
    /// could also be what the person meant to answer.
    Question { may_be_answer: bool },
    Intent(Intent),
    Unknown,
}

/// A text longer than this is not read as a question at a text step: it is an answer.
const SHORT_QUESTION: usize = 15;
/// At a text step, a wish ("let me find a partner first") is heard with a few other words only
/// in a message this short.
const SHORT_WISH: usize = 12;

impl Understanding {
    /// The words a question about `step` would share with it: those of its text and its help,
    /// in every language ("what is Brønnøysund?" at the organisation number).
    pub fn about(&self, step: &super::dialog::Step) -> &[WordId] {
        let text = match &step.kind {
            StepKind::Ask(q) => &q.text.id,
            _ => return &[],
        };
        self.step_words.get(text).map_or(&[], Vec::as_slice)
    }

    /// Whether `text` names the country where taking part is a risk (its name in any language,
    /// or a place in it from the gazetteer).
    pub fn names_at_risk_country(&self, text: &str) -> bool {
        let candidates: Vec<&str> = words::starts(text).filter(|(start, _)| self.at_risk_starts.contains(start)).map(|(_, w)| w).collect();
        if candidates.is_empty() {
            return false;
        }
        let seen = self.at_risk_words.see(&words::words(&candidates.join(" ")));
        // Only the names whose first word is in the message are tried.
        seen.words().filter_map(|w| self.at_risk.get(&w)).flatten().any(|name| name.find(&seen).is_some())
    }

    /// A greeting or thanks that is the whole message ("hei", "привет!", "thank you"): met as
    /// such, not searched for or kept as a question.
    pub fn small_talk(&self, text: &str, terms: &Terms) -> Option<Intent> {
        self.wholly(text, terms, &|i| matches!(i, Intent::Greeting | Intent::Thanks))
    }

    /// A wish to leave that is the whole message ("отмена", "stopp", "tilbake", "back"): where
    /// typed text is otherwise searched for (the resource centre, the partner registry), it
    /// leaves instead. [`Intent::Stop`] or [`Intent::Back`], told apart where "back" is one
    /// level up.
    pub fn leaving(&self, text: &str, terms: &Terms) -> Option<Intent> {
        self.wholly(text, terms, &|i| matches!(i, Intent::Stop | Intent::Back))
    }

    /// The intent among `accept` that the whole message says, with no word left unexplained.
    fn wholly(&self, text: &str, terms: &Terms, accept: &dyn Fn(&Intent) -> bool) -> Option<Intent> {
        let message = words::words(text);
        let seen = self.vocabulary.see(&message);
        let is_stop = |w: &str| terms.is_stop(w);
        self.intents.hear_where(&message, &seen, &is_stop, &|i: &Intent, _: f32| accept(i)).filter(|h| h.unexplained == 0).map(|h| h.intent)
    }

    /// Indexes the beginnings of the at-risk country's names (see `at_risk_starts`).
    fn index_at_risk(&mut self) {
        let country = crate::core::safety::AT_RISK_COUNTRY;
        let label = MessageId::new(format!("country-{country}"));
        // Whole names only (a country's label in any language, its synonyms, its places), as
        // when the country is an option: one word of a longer label is not enough.
        let names = self.lexicon.by_value.get(country).into_iter().flatten().chain(self.lexicon.by_label.get(&label).into_iter().flatten());
        let mut own = Vocabulary::default();
        for name in names.filter(|n| n.strength >= options::FULL) {
            let words: Vec<WordId> = name.phrase.words.iter().map(|w| own.intern(&self.vocabulary.letters(*w).iter().collect::<String>())).collect();
            let Some(first) = words.first().copied() else { continue };
            for w in &words {
                let letters = own.letters(*w);
                self.at_risk_starts.insert([0, 1, 2].map(|i| letters.get(i).copied()));
            }
            self.at_risk.entry(first).or_default().push(Phrase { words });
        }
        self.at_risk_words = own;
    }

    /// Reads `text` for what is pending, with what else it takes to tell a question from an answer.
    pub fn read(&self, text: &str, context: &Context<'_>, aids: &Aids<'_>) -> Reading {
        let message = words::words(text);
        let is_stop = |w: &str| aids.terms.is_stop(w);
        // What needs no looking up comes first: most answers are a number, an amount, a date,
        // or a long text that cannot be a question or a wish.
        if let Some(reading) = self.plain(text, &message, context, &is_stop) {
            return reading;
        }
        // Inside a form, not at a menu.
        let in_form = !matches!(context, Context::Menu(_));
        // A bare "?" (or "??", "?!") in a form: "what do you mean?" about the question itself.
        if message.is_empty() && text.contains('?') && in_form {
            return Reading::AboutStep;
        }
        let seen = self.vocabulary.see(&message);
        let asks = self.asks(text, &message, &seen, aids, &is_stop, matches!(context, Context::Number { share: true }));
        // A few words in a form that only ask about the question: "не знаю", "vet ikke",
        // "why?", "почему?" — its help, not an answer (a name "не знаю") and not a search.
        let only_asking = asks.phrased || (asks.meaningful == 0 && (asks.opens || asks.marked));
        let plain_words = !text.contains(['«', '"', '“', '@']) && !text.chars().any(|c| c.is_ascii_digit());
        // "hello?" is a greeting: what the words wholly say wins.
        let wholly_said = || self.intents.hear(&message, &seen, &is_stop).is_some_and(|h| h.unexplained == 0);
        if in_form && (1..=3).contains(&message.len()) && only_asking && plain_words && !wholly_said() {
            return Reading::AboutStep;
        }
        // Inside a form, a journey takes more than one word: "kultur" is not the advice section.
        let fits = move |i: &Intent, weight: f32| *i != Intent::UseAnswer && !(in_form && matches!(i, Intent::Journey { .. }) && weight < 1.6);
        let heard = || self.intents.hear_where(&message, &seen, &is_stop, &fits);
        match context {
            Context::Menu(items) => {
                let options: Vec<Choice<'_>> = items.iter().map(|(d, l)| Choice { value: d.as_str(), label: l }).collect();
                if let Named::Options(ix) = self.lexicon.named(&options, &seen, false, false) {
                    return Reading::Picked(ix);
                }
                // "who can apply?" asks about something the resource centre answers, not for the
                // application; "who are you?" is the phrase of a journey, question word and all.
                let asking = |h: &Heard| asks.opens && asks.marked && !h.used.contains(&0) && matches!(h.intent, Intent::Journey { .. });
                if let Some(h) = heard().filter(|h| !(asking(h) && (aids.answered)(text))) {
                    return Reading::Intent(h.intent);
                }
                if message.is_empty() { Reading::Unknown } else { Reading::Question { may_be_answer: false } }
            }
            Context::Choice { options, multi } => {
                let (named, strength, used) = self.lexicon.evidence(options, &seen, *multi, true);
                // "Murmansk?" is an answer; "is a choir an NGO?" and "do we need visas for
                // Finland?" are questions that name an option.
                let beyond = message.iter().enumerate().filter(|(i, w)| !used.contains(i) && !is_stop(&w.norm)).count();
                let questioning = asks.phrased || (asks.marked && (asks.opens || beyond >= 2)) || (asks.on_topic && asks.about_step());
                if questioning || matches!(named, Named::None) {
                    return self.not_an_answer(&message, &seen, asks, &is_stop);
                }
                // "let me look for a partner first" names a journey more fully than an option;
                // "привет" is a greeting before it is a typo of "privat".
                if let Some(h) = heard().filter(|h| h.weight > strength + 0.5 || (h.unexplained == 0 && h.weight > strength)) {
                    return Reading::Intent(h.intent);
                }
                match named {
                    Named::Options(ix) => Reading::Picked(ix),
                    Named::Close(ix) => Reading::Which(ix),
                    Named::None => Reading::Unknown,
                }
            }
            Context::YesNo => {
                let (yes, no) = (MessageId::new(YES_NO[0]), MessageId::new(YES_NO[1]));
                let options = [Choice { value: "yes", label: &yes }, Choice { value: "no", label: &no }];
                let (named, strength, used) = self.lexicon.evidence(&options, &seen, false, false);
                // "а это опасно для меня? может лучше не надо" is a worry, not a "no".
                let beyond = message.iter().enumerate().filter(|(i, w)| !used.contains(i) && !is_stop(&w.norm)).count();
                let questioning = asks.phrased || (asks.marked && (asks.opens || beyond >= 2));
                // "не сейчас" is "not now", more than it is "no".
                if let Some(h) = heard().filter(|h| !questioning && h.weight > strength + 0.5) {
                    return Reading::Intent(h.intent);
                }
                match (questioning, named) {
                    (false, Named::Options(ix)) => return Reading::Yes(ix == [0]),
                    // "нет, конечно", "no, of course not": the first word says it.
                    (false, Named::Close(_)) => {
                        let first = self.vocabulary.see(message.first().map(std::slice::from_ref).unwrap_or_default());
                        if let Named::Options(ix) = self.lexicon.named(&options, &first, false, false) {
                            return Reading::Yes(ix == [0]);
                        }
                    }
                    _ => {}
                }
                self.not_an_answer(&message, &seen, asks, &is_stop)
            }
            // "roughly 250 000 nok i think", "we start on 1 April 2027": among the words, asked back.
            Context::Number { .. } => match within(text, super::validate::parse_number) {
                Some(n) if !asks.plainly() => Reading::Number { n, echo: true },
                _ => self.not_an_answer(&message, &seen, asks, &is_stop),
            },
            Context::Date => match within(text, Date::parse) {
                Some(date) if !asks.plainly() => Reading::Date { date, echo: true },
                _ => self.not_an_answer(&message, &seen, asks, &is_stop),
            },
            Context::Text { held, formed } => {
                if *held && matches!(self.intents.hear(&message, &seen, &is_stop), Some(Heard { intent: Intent::UseAnswer, .. })) {
                    return Reading::Intent(Intent::UseAnswer);
                }
                let heard = heard();
                // Short enough to ask (see `plain`): ending in a question mark, or opening with a
                // question about the step. A title in quotes, or "Why we sing? – a choir
                // project", is an answer.
                let ends_asking = text.trim_end().trim_end_matches(['"', '»', '”', ')', '!', ' ']).ends_with('?');
                let quoted = text.contains(['«', '"', '“']);
                // "hva er et organisasjonsnummer" where a number is asked: a question, mark or not;
                // so is "hvor mye kan vi få" anywhere, when the resource centre is sure of it.
                let open_question = asks.opens && (asks.phrased || *formed || (asks.opens_unmarked && message.len() >= 2 && (aids.answered)(text)));
                if !quoted && (ends_asking || open_question) {
                    if asks.phrased {
                        return Reading::AboutStep;
                    }
                    // "can I talk to an adviser?"; but "how do I write a strong application?" asks.
                    let wish = self.intents.hear_where(&message, &seen, &is_stop, &|i, _| !matches!(i, Intent::Journey { .. } | Intent::UseAnswer));
                    if let Some(h) = wish.filter(|h| h.unexplained <= 2) {
                        return Reading::Intent(h.intent);
                    }
                    // An answer shares the step's words too: only a question of a word or two about
                    // them ("what is an organisation number?") asks about the step.
                    if asks.about_step() && asks.meaningful <= 2 {
                        return Reading::AboutStep;
                    }
                    // An answer with a form (a number, an address) is never the question's words.
                    return Reading::Question { may_be_answer: !*formed };
                }
                // What the message as good as wholly says: "stop", "hei", "let me find a partner first".
                match heard.filter(|h| h.unexplained == 0 || (message.len() <= SHORT_WISH && h.unexplained <= 3 && h.weight >= 2.0)) {
                    Some(h) => Reading::Intent(h.intent),
                    None => Reading::Answer,
                }
            }
        }
    }

    /// The reading of a message that is plainly an answer: an option's number, yes or no, an
    /// amount or a date as written, or a text too long to be a question or a wish.
    fn plain(&self, text: &str, message: &[Word], context: &Context<'_>, is_stop: &dyn Fn(&str) -> bool) -> Option<Reading> {
        match context {
            Context::Menu(items) => self.by_number(message, items.len(), false, is_stop),
            Context::Choice { options, multi } => self.by_number(message, options.len(), *multi, is_stop),
            Context::YesNo => super::validate::parse_yes_no(text).map(Reading::Yes),
            Context::Number { .. } => super::validate::parse_amount(text).map(|(n, plain)| Reading::Number { n, echo: !plain }),
            Context::Date => Date::parse(text).map(|date| Reading::Date { date, echo: text.contains('/') || !text.chars().any(char::is_alphabetic) && text.trim().len() < 10 }),
            Context::Text { .. } => (message.len() > SHORT_QUESTION).then_some(Reading::Answer),
        }
    }

    /// A message that is not an answer to a choice, number or date: a question, an intent, or
    /// nothing understood.
    fn not_an_answer(&self, message: &[Word], seen: &Seen, asks: Asks<'_>, is_stop: &dyn Fn(&str) -> bool) -> Reading {
        if asks.phrased {
            return Reading::AboutStep;
        }
        // A question in the form of a journey ("how do I find a partner?") is a question.
        let journeys = !(asks.opens && asks.marked);
        let accept = |i: &Intent, weight: f32| *i != Intent::UseAnswer && (journeys || !matches!(i, Intent::Journey { .. })) && !matches!(i, Intent::Journey { .. } if weight < 1.6);
        if let Some(h) = self.intents.hear_where(message, seen, is_stop, &accept) {
            return Reading::Intent(h.intent);
        }
        if asks.about_step() {
            return Reading::AboutStep;
        }
        if asks.opens || asks.marked {
            return Reading::Question { may_be_answer: false };
        }
        Reading::Unknown
    }

    /// `share`: about an amount that is a share of the costs ("how much can we get?").
    fn asks<'t>(&self, text: &'t str, message: &[Word], seen: &Seen, aids: &'t Aids<'t>, is_stop: &dyn Fn(&str) -> bool, share: bool) -> Asks<'t> {
        let opens = message.first().is_some_and(|w| self.question_words.contains(&w.norm));
        // Opening a question even without its mark: not with a word that is an answer's too.
        let opens_unmarked = opens && message.first().is_some_and(|w| !self.question_words_marked.contains(&w.norm));
        let marked = text.contains('?');
        let found: Vec<(usize, Vec<usize>)> =
            seen.words().filter_map(|w| self.about_first.get(&w)).flatten().filter_map(|p| self.about_step[*p].find(seen).map(|f| (*p, f.used))).collect();
        let of_amount = share && found.iter().any(|(p, _)| self.about_amount.contains(p));
        let of_step: Vec<&Vec<usize>> = found.iter().filter(|(p, _)| !self.about_amount.contains(p)).map(|(_, used)| used).collect();
        // A question whose words are mostly the step's own ("what is Brønnøysund?").
        let meaningful: Vec<usize> =
            message.iter().enumerate().filter(|(_, w)| !is_stop(&w.norm) && !self.question_words.contains(&w.norm) && w.fold.chars().count() >= 4).map(|(i, _)| i).collect();
        let on_topic = (opens || marked) && {
            let step_words: Vec<usize> = aids.about.iter().flat_map(|a| seen.like(*a).map(|(i, _)| i)).collect();
            let shared = meaningful.iter().filter(|i| step_words.contains(i)).count();
            shared >= 1 && shared * 3 >= meaningful.len()
        };
        // "hva menes med egeninnsats?" asks about a word the resource centre explains, not about
        // the step.
        let beyond = meaningful.iter().any(|i| !of_step.iter().any(|used| used.contains(i)));
        let phrased = of_amount || (!of_step.is_empty() && (!beyond || on_topic || !(aids.answered)(text)));
        Asks { opens, opens_unmarked, marked, phrased, on_topic, meaningful: meaningful.len(), text, answered: aids.answered }
    }

    /// Options by number or place in the list: `2`, `1 og 3`, `number 2 please`, `the first
    /// one`, `второй`. A number out of range is not understood; other words make it no pick.
    fn by_number(&self, message: &[Word], count: usize, multi: bool, is_stop: &dyn Fn(&str) -> bool) -> Option<Reading> {
        let mut picked = Vec::new();
        for w in message {
            if let Ok(n) = w.norm.parse::<usize>() {
                picked.push(n);
            } else if let Some(k) = self.ordinals.iter().position(|names| names.contains(&w.fold)) {
                picked.push(k + 1);
            } else if !is_stop(&w.norm) && !self.option_words.contains(&w.fold) {
                return None;
            }
        }
        if picked.is_empty() || (!multi && picked.len() > 1) {
            return None;
        }
        if picked.iter().any(|n| !(1..=count).contains(n)) {
            return Some(Reading::Unknown);
        }
        let mut ix: Vec<usize> = picked.into_iter().map(|n| n - 1).collect();
        ix.sort_unstable();
        ix.dedup();
        Some(Reading::Picked(ix))
    }
}

/// What reading needs beyond the message and what is pending.
pub struct Aids<'a> {
    /// The words of the step being asked (see [`Understanding::about`]).
    pub about: &'a [WordId],
    /// The stop words, which carry no meaning.
    pub terms: &'a Terms,
    /// Whether the resource centre answers a question with confidence: such a question is
    /// answered from there even when it shares words with the step.
    pub answered: &'a dyn Fn(&str) -> bool,
}

/// How a message reads as a question.
#[derive(Clone, Copy)]
struct Asks<'t> {
    /// It starts with a question word.
    opens: bool,
    /// It starts with a question word that asks without a question mark too.
    opens_unmarked: bool,
    /// It has a question mark.
    marked: bool,
    /// It asks about the step in so many words ("what do you mean").
    phrased: bool,
    /// It is a question in the step's own words ("what is Brønnøysund?").
    on_topic: bool,
    /// How many of its words carry meaning.
    meaningful: usize,
    text: &'t str,
    answered: &'t dyn Fn(&str) -> bool,
}

impl Asks<'_> {
    /// Plainly a question: about the step in so many words, or opening with a question word and
    /// ending with a question mark. An answer found in it was only mentioned.
    fn plainly(&self) -> bool {
        self.phrased || (self.opens && self.marked)
    }

    /// A question about the step: in so many words, or in the step's own words unless the
    /// resource centre has a sure answer to it.
    fn about_step(&self) -> bool {
        self.phrased || (self.on_topic && !(self.answered)(self.text))
    }
}

/// A value `parse` finds among other words: in the few words around the message's digits
/// ("we start on 1 april 2027", "45 000 kr for flights"). Digits far apart are several
/// numbers, which is not one answer.
fn within<T>(text: &str, parse: impl Fn(&str) -> Option<T>) -> Option<T> {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let digits: Vec<usize> = tokens.iter().enumerate().filter(|(_, t)| t.chars().any(|c| c.is_ascii_digit())).map(|(i, _)| i).collect();
    let (&first, &last) = (digits.first()?, digits.last()?);
    if last - first > 2 {
        return None;
    }
    let trim = |s: String| s.trim_matches(|c: char| matches!(c, ',' | '.' | '!' | '?' | ':' | ';' | '(' | ')')).to_owned();
    // The widest window first: a unit or "ca" next to the digits belongs to the number.
    for before in (0..=2).rev() {
        for after in (0..=2).rev() {
            let (from, to) = (first.saturating_sub(before), (last + after).min(tokens.len() - 1));
            let window = tokens[from..=to].join(" ");
            if let Some(v) = parse(&window).or_else(|| parse(&trim(window))) {
                return Some(v);
            }
        }
    }
    None
}
