//! The resource centre in a conversation: browsing topics and articles, and questions typed in
//! one's own words, answered with the best articles and how sure the search is. Below the
//! configured confidence the bot says it is unsure and offers to pass the question on to an
//! adviser, or to keep it (anonymised) for them; once done, it shows what went and offers it no
//! more. A greeting is met as one, not searched; a question naming Russia or a place there gets
//! the safety note first and the article on contact with people there among its answers.
//!
//! An article is shown once: its title and body (its short answer is what search results and
//! groups show), then "did this help?" with yes and no first and related articles after, as
//! "read also".
//!
//! The options of each view are [`AdviceChoice`]s; a button carries one as its value.

use super::Turn;
use super::answer::pick_one;
use crate::core::effect::Effect;
use crate::core::knowledge::OpenQuestion;
use crate::core::understand::Intent;
use crate::core::reply::ChoiceOption;
use crate::core::ids::{ArticleId, MessageId, TopicId};
use crate::core::knowledge::anonymise::{anonymise, worded};
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

    /// A question in the user's own words: the best articles, or an honest "not sure". A
    /// greeting, thanks or a message with nothing to search for gets the topics instead.
    pub(crate) fn ask_knowledge(&mut self, question: &str, then: Then) {
        let kb = &self.content.knowledge;
        let polite = self.content.understanding.small_talk(question, &kb.terms);
        // Nothing to search for: no words, or only words that make no answer ("почему?", "why?").
        let weak = kb.terms.question_words(question).iter().all(|w| kb.terms.is_weak(w)) && kb.phrases_said(question).is_empty();
        if polite.is_some() || weak {
            self.say(
                match polite {
                    Some(Intent::Greeting) => "kb-hello",
                    Some(_) => "understand-thanks",
                    None => "kb-say-more",
                },
                None,
            );
            return self.advise(AdviceView::Topics, then);
        }
        if let Some(topic) = kb.topic_named(question) {
            return self.advise(AdviceView::Topic { topic: topic.clone() }, then);
        }
        let crate::core::knowledge::Answers { hits, sure } = kb.answers(question, self.content.settings.advice_sure);
        // The articles with their confidence in percent: shown once, with the answers, and not
        // part of the state.
        let mut found: Vec<(ArticleId, Option<u32>)> = hits.into_iter().map(|h| (h.article, Some((h.confidence * 100.0).round() as u32))).collect();
        self.learn_from_words(question);
        let russia = self.content.understanding.names_at_risk_country(question);
        if let Some((article, _)) = kb.at_risk.as_ref().filter(|(a, _)| russia && !found.iter().any(|(f, _)| f == a)) {
            // Found or not, the article on contact with people there is among the answers
            // (with no confidence: the place put it there, not the search).
            found.truncate(crate::core::knowledge::TOP - 1);
            found.push((article.clone(), None));
        }
        // The safety note before the answers (the safety topic's own answers say it already).
        let about_safety = found.first().is_some_and(|(a, _)| kb.about_safety(a));
        if !about_safety {
            self.warn_once("advice");
        }
        let (articles, confidences): (Vec<ArticleId>, Vec<Option<u32>>) = found.into_iter().unzip();
        self.count_question(articles.first(), sure);
        let view = AdviceView::Answers { question: question.to_owned(), hits: articles, sure, passed_on: false, kept: false };
        self.user.session.state = State::Advising { view, then };
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
            // "Отмена": no question, but a wish to leave; "tilbake": one level up (an article's
            // topic, the topics), and out from the topics or a search's answers.
            Err(_) if let Some(wish) = self.content.understanding.leaving(text, &self.content.knowledge.terms) => self.advice_back(wish == Intent::Back),
            Err(_) => {
                let then = self.then_resume();
                self.ask_knowledge(text, then);
            }
        }
    }

    /// Out of the resource centre, or (`up`) one level up where there is one above.
    fn advice_back(&mut self, up: bool) {
        let State::Advising { view, then } = self.user.session.state.clone() else { return self.ask_pending() };
        let kb = &self.content.knowledge;
        match view {
            AdviceView::Article { article, .. } if up => match kb.topics.iter().find(|t| t.articles.contains(&article)) {
                Some(topic) => self.advise(AdviceView::Topic { topic: topic.id.clone() }, then),
                None => self.advise(AdviceView::Topics, then),
            },
            AdviceView::Topic { .. } if up => self.advise(AdviceView::Topics, then),
            _ => self.advice_choice(AdviceChoice::Leave),
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
                // The article was just read: not shown again, only where to go from it.
                self.advise(AdviceView::Article { article, rated: true }, then);
            }
            (AdviceChoice::Adviser, AdviceView::Answers { question, hits, sure, kept, .. }) => {
                // What goes is what the person is shown: without contact details, as a kept
                // question is (the advisers answer here).
                let text = anonymise(&question);
                self.effect(Effect::ToAdvisers { from: self.world.me().clone(), text: text.clone(), about: None });
                self.say("kb-sent", Some(&self.quoted(&text)));
                self.user.session.state = State::Advising { view: AdviceView::Answers { question, hits, sure, passed_on: true, kept }, then };
                self.show_answers(None);
            }
            (AdviceChoice::Keep, AdviceView::Answers { question, hits, sure, passed_on, kept: false }) => {
                // Kept only now that the person has read how, and said yes.
                let text = anonymise(&question);
                self.effect(Effect::KeepQuestion(OpenQuestion { at: self.now, locale: self.locale, text: text.clone(), asker: None }));
                self.say("kb-kept", Some(&self.quoted(&text)));
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
                // "Did this help?" is answered first; the related articles follow, as "read also".
                let mut o = Vec::new();
                if !rated {
                    o.push(option(AdviceChoice::Helpful(true), &MessageId::new("kb-helpful-yes")));
                    o.push(option(AdviceChoice::Helpful(false), &MessageId::new("kb-helpful-no")));
                }
                let related = kb.article(id).map(|a| a.related.as_slice()).unwrap_or_default();
                o.extend(related.iter().filter_map(|r| kb.article(r)).map(|a| {
                    let mut args = FluentArgs::new();
                    args.set("title", self.text(&a.title(), None));
                    ChoiceOption { value: AdviceChoice::Article(a.id.clone()).value(), label: self.text(&MessageId::new("kb-read-also"), Some(&args)) }
                }));
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
            // Rated: the article was just read, and the thanks said; only where to go next.
            AdviceView::Article { rated: true, .. } => (MessageId::new("kb-more"), self.text(&MessageId::new("kb-more"), None)),
            AdviceView::Article { article, rated: false } => match kb.article(article) {
                Some(a) => {
                    // The body says what the short answer says, and more: the short answer is
                    // for search results and groups, not repeated here.
                    let text = [self.article_text(&a.title()), self.article_text(&a.body(&rules)), self.text(&MessageId::new("kb-helpful"), None)].join("\n");
                    (a.title(), text)
                }
                None => return self.advise(AdviceView::Topics, self.then_resume()),
            },
            AdviceView::Answers { .. } => return self.show_answers(None),
        };
        self.say_choices(key, text);
    }

    /// The answers to a question: the short answer of each article found, with the search's
    /// confidence when it was just asked (`confidences`, in percent, in the order of the hits;
    /// none for an article added for the question's place). Once the question was sent or kept,
    /// the answers were read already: only where to go next, and no more offers.
    fn show_answers(&mut self, confidences: Option<&[Option<u32>]>) {
        let State::Advising { view: AdviceView::Answers { hits, sure, passed_on, kept, .. }, .. } = self.user.session.state.clone() else { return };
        if passed_on || kept {
            let mut args = FluentArgs::new();
            args.set("found", if hits.is_empty() { "no" } else { "yes" });
            let text = self.text(&MessageId::new("kb-after"), Some(&args));
            return self.say_choices(MessageId::new("kb-after"), text);
        }
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
            let line = match confidences.and_then(|c| c.get(i).copied().flatten()) {
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
            lines.push(self.article_text(&a.short(&rules)));
        }
        if !sure {
            // How a kept question is kept, before the person chooses to let it be kept.
            let mut args = FluentArgs::new();
            args.set("months", (self.content.settings.retention.question_days + 15) / 30);
            lines.push(self.text(&MessageId::new("kb-keep-offer"), Some(&args)));
        }
        // "Send my question to an adviser" is among the buttons: someone in Russia reads the
        // risk before pressing it (unless the answers are the safety topic's own).
        if !hits.first().is_some_and(|a| kb.about_safety(a)) {
            lines.extend(self.note_before_sending());
        }
        self.say_choices(key, lines.join("\n"));
    }

    /// An article's text in the person's language, with the numbers of the scheme it is about.
    pub(crate) fn article_text(&self, id: &MessageId) -> String {
        self.content.article_text(self.locale, id, Some(self.today))
    }

    /// An anonymised `text` as `$text`, for the person who typed it: in the language's quotes,
    /// its placeholders in words of the language.
    fn quoted(&self, text: &str) -> FluentArgs<'static> {
        let shown = worded(text, |id| self.text(&MessageId::new(id), None));
        let mut args = FluentArgs::new();
        args.set("text", self.formats().quote(&shown));
        args
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
