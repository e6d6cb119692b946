//! The resource centre in a conversation: browsing topics and articles, and questions typed in
//! one's own words, answered with the best articles and how sure the search is. Below the
//! configured confidence the bot says it is unsure, keeps the question (anonymised) for the
//! advisers, and offers to pass it on to one.
//!
//! The options of each view are [`AdviceChoice`]s; a button carries one as its value.

use super::Turn;
use super::answer::pick_one;
use crate::core::effect::Effect;
use crate::core::knowledge::OpenQuestion;
use crate::core::reply::ChoiceOption;
use crate::core::ids::{ArticleId, MessageId, TopicId};
use crate::core::knowledge::anonymise::anonymise;
use crate::core::session::{AdviceView, State, Then};
use fluent_bundle::FluentArgs;

impl Turn<'_> {
    /// Opens the resource centre at `view`; leaving it goes where `then` says.
    pub(crate) fn advise(&mut self, view: AdviceView, then: Then) {
        self.user.session.state = State::Advising { view, then };
        self.show_advice();
    }

    /// Where leaving the resource centre (or the partner registry) opened from here goes: back
    /// to what is pending now — or, from one to the other, where that one would have gone.
    pub(crate) fn then_resume(&self) -> Then {
        match &self.user.session.state {
            State::Advising { then, .. } | State::Partnering { then, .. } => then.clone(),
            other => Then::Resume { state: Box::new(other.clone()) },
        }
    }

    /// Whether the resource centre has anything on `text` at all.
    pub(crate) fn knows_about(&self, text: &str) -> bool {
        !self.content.knowledge.answers(text, self.content.settings.advice_sure).hits.is_empty()
    }

    /// A question in the user's own words: the best articles, or an honest "not sure".
    pub(crate) fn ask_knowledge(&mut self, question: &str, then: Then) {
        let crate::core::knowledge::Answers { hits, sure } = self.content.knowledge.answers(question, self.content.settings.advice_sure);
        let view = AdviceView::Answers { question: question.to_owned(), hits: hits.iter().map(|h| h.article.clone()).collect(), sure, passed_on: false, kept: false };
        self.user.session.state = State::Advising { view, then };
        // The confidences are shown once, with the answers; they are not part of the state.
        let confidences: Vec<u32> = hits.iter().map(|h| (h.confidence * 100.0).round() as u32).collect();
        self.show_answers(Some(&confidences));
    }

    /// Typed text while advising: one of the options, or else a new question.
    pub(crate) fn advice_text(&mut self, text: &str) {
        let options = self.advice_choices();
        match pick_one(&options, text) {
            Ok(i) => self.advice_value(&options[i].value.clone()),
            Err(invalid) if !text.chars().any(char::is_alphabetic) => {
                // A number that is not an option is a mistake, not a question.
                let args = super::render::invalid_args(&invalid.args);
                let reason = self.text(&invalid.reason, Some(&args));
                self.say_text(invalid.reason.clone(), reason);
                self.show_advice();
            }
            Err(_) => {
                let then = self.then_resume();
                self.ask_knowledge(text, then);
            }
        }
    }

    /// An option of the current view, by the value its button carries.
    pub(crate) fn advice_value(&mut self, value: &str) {
        match AdviceChoice::parse(value) {
            Some(choice) => self.advice_choice(choice),
            None => self.show_advice(),
        }
    }

    /// An option of the current view.
    pub(crate) fn advice_choice(&mut self, choice: AdviceChoice) {
        let State::Advising { view, then } = self.user.session.state.clone() else { return self.ask_pending() };
        match (choice, view) {
            (AdviceChoice::Topic(topic), _) => self.advise(AdviceView::Topic { topic }, then),
            (AdviceChoice::Article(article), _) => self.advise(AdviceView::Article { article, rated: false }, then),
            (AdviceChoice::Topics, _) => self.advise(AdviceView::Topics, then),
            (AdviceChoice::Leave, _) => match then {
                Then::Resume { state } => {
                    self.user.session.state = *state;
                    self.ask_pending();
                }
                Then::Continue { at } => self.continue_after(at),
            },
            (AdviceChoice::Helpful(helpful), AdviceView::Article { article, .. }) => {
                self.effect(Effect::Feedback { article: article.clone(), helpful, at: self.now });
                self.say(if helpful { "kb-thanks" } else { "kb-thanks-sorry" }, None);
                self.advise(AdviceView::Article { article, rated: true }, then);
            }
            (AdviceChoice::Adviser, AdviceView::Answers { question, hits, sure, kept, .. }) => {
                self.effect(Effect::ToAdvisers { from: self.world.me().clone(), text: question.clone(), about: None });
                self.say("adviser-sent", None);
                self.user.session.state = State::Advising { view: AdviceView::Answers { question, hits, sure, passed_on: true, kept }, then };
                self.show_answers(None);
            }
            (AdviceChoice::Keep, AdviceView::Answers { question, hits, sure, passed_on, kept: false }) => {
                // Kept only now that the person has read how, and said yes.
                self.effect(Effect::KeepQuestion(OpenQuestion { at: self.now, locale: self.locale, text: anonymise(&question), asker: None }));
                self.say("kb-kept", None);
                self.user.session.state = State::Advising { view: AdviceView::Answers { question, hits, sure, passed_on, kept: true }, then };
                self.show_answers(None);
            }
            _ => self.show_advice(),
        }
    }

    /// The options of the current view, as shown.
    pub(crate) fn advice_choices(&self) -> Vec<ChoiceOption> {
        let State::Advising { view, .. } = &self.user.session.state else { return Vec::new() };
        let kb = &self.content.knowledge;
        let option = |choice: AdviceChoice, id: &MessageId| ChoiceOption { value: choice.value(), label: self.text(id, None) };
        let article = |a: &ArticleId| kb.article(a).map(|x| option(AdviceChoice::Article(a.clone()), &x.title()));
        let mut out: Vec<ChoiceOption> = match view {
            AdviceView::Topics => kb.topics.iter().map(|t| option(AdviceChoice::Topic(t.id.clone()), &t.name())).collect(),
            AdviceView::Topic { topic } => kb.topic(topic).map(|t| t.articles.iter().filter_map(article).collect()).unwrap_or_default(),
            AdviceView::Article { article: id, rated } => {
                let mut o: Vec<ChoiceOption> = kb.article(id).map(|a| a.related.iter().filter_map(article).collect()).unwrap_or_default();
                if !rated {
                    o.push(option(AdviceChoice::Helpful(true), &MessageId::new("kb-helpful-yes")));
                    o.push(option(AdviceChoice::Helpful(false), &MessageId::new("kb-helpful-no")));
                }
                o
            }
            AdviceView::Answers { hits, sure, passed_on, kept, .. } => {
                let mut o: Vec<ChoiceOption> = hits.iter().filter_map(article).collect();
                if !passed_on {
                    o.push(option(AdviceChoice::Adviser, &MessageId::new("kb-ask-adviser")));
                    if !sure && !kept {
                        o.push(option(AdviceChoice::Keep, &MessageId::new("kb-keep")));
                    }
                }
                o
            }
        };
        if !matches!(view, AdviceView::Topics) {
            out.push(option(AdviceChoice::Topics, &MessageId::new("kb-all-topics")));
        }
        out.push(option(AdviceChoice::Leave, &MessageId::new("kb-leave")));
        out
    }

    /// Shows the current view (with fresh buttons).
    pub(crate) fn show_advice(&mut self) {
        let State::Advising { view, .. } = self.user.session.state.clone() else { return self.ask_pending() };
        let kb = &self.content.knowledge;
        let rules = self.content.main_scheme().to_owned();
        let (key, text) = match &view {
            AdviceView::Topics => (MessageId::new("kb-browse"), self.text(&MessageId::new("kb-browse"), None)),
            AdviceView::Topic { topic } => match kb.topic(topic) {
                Some(t) => (t.name(), format!("{}\n{}", self.text(&t.name(), None), self.text(&t.intro(), None))),
                None => return self.advise(AdviceView::Topics, self.then_resume()),
            },
            AdviceView::Article { article, rated } => match kb.article(article) {
                Some(a) => {
                    let mut text = [a.title(), a.short(&rules), a.body(&rules)].iter().map(|id| self.text(id, None)).collect::<Vec<_>>().join("\n");
                    if !rated {
                        text.push('\n');
                        text.push_str(&self.text(&MessageId::new("kb-helpful"), None));
                    }
                    (a.title(), text)
                }
                None => return self.advise(AdviceView::Topics, self.then_resume()),
            },
            AdviceView::Answers { .. } => return self.show_answers(None),
        };
        self.say_choices(key, text);
    }

    /// The answers to a question: the short answer of each article found, with the search's
    /// confidence when it was just asked (`confidences`, in percent, in the order of the hits).
    fn show_answers(&mut self, confidences: Option<&[u32]>) {
        let State::Advising { view: AdviceView::Answers { hits, sure, passed_on, kept, .. }, .. } = self.user.session.state.clone() else { return };
        let kb = &self.content.knowledge;
        let rules = self.content.main_scheme().to_owned();
        let key = MessageId::new(match (hits.is_empty(), sure) {
            (true, _) => "kb-nothing",
            (false, true) => "kb-answers",
            (false, false) => "kb-unsure",
        });
        let mut lines = vec![self.text(&key, None)];
        for (i, a) in hits.iter().filter_map(|a| kb.article(a)).enumerate() {
            let mut args = FluentArgs::new();
            args.set("title", self.text(&a.title(), None));
            let line = match confidences.and_then(|c| c.get(i)) {
                Some(c) => {
                    // In words: a percentage reads as a score of the question.
                    args.set("level", match c {
                        70.. => "high",
                        40..70 => "medium",
                        _ => "low",
                    });
                    self.text(&MessageId::new("kb-hit"), Some(&args))
                }
                None => self.text(&a.title(), None),
            };
            lines.push(self.formats().bullet(&line));
            lines.push(self.text(&a.short(&rules), None));
        }
        if !passed_on {
            // Before the person chooses to write to an adviser or to let the question be kept:
            // what that means for someone in Russia (once, not on every answer), and how a
            // kept question is kept.
            // The safety topic's own answers say it already.
            let about_safety = hits.first().is_some_and(|a| kb.topics.iter().any(|t| t.id.as_str() == crate::core::safety::TOPIC && t.articles.contains(a)));
            if !self.user.session.warned && !about_safety && let Some(note) = self.safety_warning() {
                self.user.session.warned = true;
                lines.push(note);
            }
            if !sure && !kept {
                let mut args = FluentArgs::new();
                args.set("months", (self.content.settings.retention.question_days + 15) / 30);
                lines.push(self.text(&MessageId::new("kb-keep-offer"), Some(&args)));
            }
        }
        self.say_choices(key, lines.join("\n"));
    }

    fn say_choices(&mut self, key: MessageId, text: String) {
        let options = self.advice_choices();
        self.ask_choice(key, text, options);
    }
}

/// An option of the resource centre's views.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum AdviceChoice {
    Topic(TopicId),
    Article(ArticleId),
    /// Whether the article helped.
    Helpful(bool),
    /// Every topic.
    Topics,
    /// Pass the question on to an adviser.
    Adviser,
    /// Keep the question for the advisers, anonymised.
    Keep,
    Leave,
}

impl AdviceChoice {
    /// The value a button carries: `t:<topic>`, `a:<article>`, `up`, `down`, `topics`, `adviser`, `keep`, `leave`.
    fn value(&self) -> String {
        match self {
            AdviceChoice::Topic(t) => format!("t:{t}"),
            AdviceChoice::Article(a) => format!("a:{a}"),
            AdviceChoice::Helpful(true) => "up".into(),
            AdviceChoice::Helpful(false) => "down".into(),
            AdviceChoice::Topics => "topics".into(),
            AdviceChoice::Adviser => "adviser".into(),
            AdviceChoice::Keep => "keep".into(),
            AdviceChoice::Leave => "leave".into(),
        }
    }

    fn parse(value: &str) -> Option<AdviceChoice> {
        if let Some(t) = value.strip_prefix("t:") {
            return Some(AdviceChoice::Topic(TopicId::new(t)));
        }
        if let Some(a) = value.strip_prefix("a:") {
            return Some(AdviceChoice::Article(ArticleId::new(a)));
        }
        Some(match value {
            "up" => AdviceChoice::Helpful(true),
            "down" => AdviceChoice::Helpful(false),
            "topics" => AdviceChoice::Topics,
            "adviser" => AdviceChoice::Adviser,
            "keep" => AdviceChoice::Keep,
            "leave" => AdviceChoice::Leave,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_round_trips_through_its_button_value() {
        let all = [
            AdviceChoice::Topic(TopicId::new("funding")),
            AdviceChoice::Article(ArticleId::new("who-can-apply")),
            AdviceChoice::Helpful(true),
            AdviceChoice::Helpful(false),
            AdviceChoice::Topics,
            AdviceChoice::Adviser,
            AdviceChoice::Leave,
        ];
        for c in all {
            assert_eq!(AdviceChoice::parse(&c.value()), Some(c.clone()), "{c:?}");
        }
        assert_eq!(AdviceChoice::parse("x:1"), None);
    }
}
