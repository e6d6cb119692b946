//! The safety note for people in Russia, in a conversation: what the bot learns from answers
//! (a country question's `russia`, a place in Russia in the person's own words), and where the
//! note goes — before the first question of a journey that identifies someone, before a request
//! for an introduction, before a message to the advisers, before the resource centre's answers.
//! One message id everywhere (`safety-russia`), worded for what it comes before (`$context`); it
//! never blocks anything.

use super::Turn;
use crate::core::dialog::{Question, StepKind};
use crate::core::ids::{DialogId, MessageId};
use crate::core::safety::{AT_RISK_COUNTRY, Tie};
use crate::core::value::Value;
use fluent_bundle::FluentArgs;

impl Turn<'_> {
    /// Says the note before an identifying question, once per journey: worded for a profile
    /// others will see (a journey that publishes one), or for a form.
    pub(crate) fn warn_before(&mut self, q: &Question, dialog: &DialogId) {
        if !q.identifies || self.user.russia.is_none() || self.user.session.warned {
            return;
        }
        let Some(d) = self.content.dialogs.get(dialog) else { return };
        let publishes = d.publishes();
        // A profile names only the person's own organisation: said to be outside Russia in this
        // journey, it puts nobody there at risk, whatever else the bot knows.
        let elsewhere = d.steps.iter().any(|s| match &s.kind {
            StepKind::Ask(q) if q.country_of == Some(Tie::Own) => matches!(self.user.session.slots.get(&q.slot), Some(Value::Choice(c)) if c != AT_RISK_COUNTRY),
            _ => false,
        });
        if publishes && elsewhere {
            return;
        }
        self.warn_once(if publishes { "profile" } else { "form" });
    }

    /// Says the note (if it applies and this journey has not said it yet) before a text that
    /// sends people on to the advisers, or before the resource centre's answers (`advice`).
    pub(crate) fn warn_once(&mut self, before: &'static str) {
        if let Some(note) = self.warning_due(before) {
            self.say_text(MessageId::new("safety-russia"), note);
        }
    }

    /// The note's text, if it applies and this journey has not said it yet (then it counts as
    /// said).
    fn warning_due(&mut self, before: &'static str) -> Option<String> {
        if self.user.session.warned || self.user.russia.is_none() {
            return None;
        }
        self.user.session.warned = true;
        Some(self.text(&MessageId::new("safety-russia"), Some(&context(before))))
    }

    /// Says the note (if it applies) before something that reaches beyond the bot: a request
    /// for an introduction (`intro`), a message to the advisers (`adviser`). Before writing to
    /// the advisers: the whole note once a journey, after that a line that
    /// recalls it, and nothing more in a turn that said either (a note repeated at every
    /// showing of the same prompt stops being read).
    pub(crate) fn warn_now(&mut self, before: &'static str) {
        if self.user.russia.is_some() && before == "adviser" {
            if let Some((key, note)) = self.note_for_advisers() {
                self.say_text(MessageId::new(key), note);
            }
        } else if self.user.russia.is_some() {
            self.say("safety-russia", Some(&context(before)));
        } else if before == "adviser" && !self.user.session.hinted {
            // Nothing known yet: one line for whoever is in Russia, before they first write.
            self.user.session.hinted = true;
            self.say("safety-if-in-russia", None);
        }
    }

    /// The note before a button that sends something to the advisers, for a screen that offers
    /// one: said on that screen, so it comes before the press, not after.
    pub(crate) fn note_before_sending(&self) -> Option<String> {
        self.advisers_note().map(|(_, note)| note)
    }

    /// The note before something that reaches the advisers, said now: it counts as the
    /// journey's whole note (see [`Turn::advisers_note`]).
    pub(crate) fn note_for_advisers(&mut self) -> Option<(&'static str, String)> {
        let note = self.advisers_note();
        if note.is_some() {
            self.user.session.warned = true;
        }
        note
    }

    /// Which note goes before something that reaches the advisers, and its text: none without a
    /// tie to Russia or when this turn said one already (before a search's answers it names
    /// writing to the advisers); the whole note once a journey, after that a line that points
    /// back to it (a note repeated under every answer stops being read).
    fn advisers_note(&self) -> Option<(&'static str, String)> {
        // Nor when the prompt is only asked again after a slip ("3", "hei"): it was said with it.
        let said = self.replies.iter().any(|r| matches!(r.key.as_str(), "safety-russia" | "safety-reminder" | "adviser-not-sent-number" | "adviser-not-sent-greeting"));
        if self.user.russia.is_none() || said {
            return None;
        }
        Some(match self.user.session.warned {
            true => ("safety-reminder", self.text(&MessageId::new("safety-reminder"), None)),
            false => ("safety-russia", self.text(&MessageId::new("safety-russia"), Some(&context("adviser")))),
        })
    }

    /// What an answer to `q` says about Russia. Answered otherwise, the same kind of tie is
    /// forgotten again: the person changed their mind (or their answer).
    pub(crate) fn learn_from_answer(&mut self, q: &Question, value: &Value) {
        let Some(tie) = q.country_of else { return };
        let named = match value {
            Value::Choice(c) => c == AT_RISK_COUNTRY,
            Value::Choices(cs) => cs.iter().any(|c| c == AT_RISK_COUNTRY),
            _ => false,
        };
        if named {
            self.learn(tie);
        } else if self.user.russia == Some(tie) {
            self.user.russia = None;
            self.user.session.warned = false;
        }
    }

    /// A place in Russia (or Russia itself) in the person's own words.
    pub(crate) fn learn_from_words(&mut self, text: &str) {
        if self.user.russia.is_none() && self.content.understanding.names_at_risk_country(text) {
            self.learn(Tie::Mentioned);
        }
    }

    /// What is known now, with `tie` learned too (the surer of the two).
    pub(crate) fn learn(&mut self, tie: Tie) {
        self.user.russia = Some(Tie::and(self.user.russia, tie));
    }
}

/// The note says what it comes before: a form (`form`), a profile others will see (`profile`),
/// an introduction request (`intro`), a message to the advisers or a verdict that sends people
/// to them (`adviser`), an answer of the resource centre (`advice`).
fn context(before: &'static str) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("context", before);
    args
}
