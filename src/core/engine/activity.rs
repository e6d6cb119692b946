//! What a turn counts for the activity picture (see [`crate::core::activity`]): a check begun
//! and finished, a draft sent, a profile published, an introduction asked for or accepted, a
//! question asked. Each count carries the facts of what happened, never who did it; and
//! `/stats`, the short summary of the counts for anyone who asks in a chat.

use super::Turn;
use crate::core::activity::report::{Activity, Measure, Period, shown};
use crate::core::activity::{Happening, Tally};
use crate::core::dialog::StepKind;
use crate::core::effect::Effect;
use crate::core::ids::{ArticleId, DialogId};
use crate::core::partners::Listing;
use fluent_bundle::FluentArgs;

impl Turn<'_> {
    fn tally(&self, what: Happening) -> Tally {
        Tally::new(what, self.now, self.locale, self.world.me().platform)
    }

    fn count(&mut self, tally: Tally) {
        self.effect(Effect::Count(Box::new(tally)));
    }

    /// `dialog` begins from its first step: when it is an eligibility check (a dialog whose
    /// verdict is the full one), a check started.
    pub(crate) fn count_start(&mut self, dialog: &DialogId) {
        let is_check = self.content.dialogs.get(dialog).is_some_and(|d| d.steps.iter().any(|s| matches!(s.kind, StepKind::Verdict { brief: false, .. })));
        if is_check {
            let t = self.tally(Happening::CheckStarted);
            self.count(t);
        }
    }

    /// A check reached its verdict, on the scheme the answers follow.
    pub(crate) fn count_verdict(&mut self) {
        let facts = self.facts().to_map();
        let t = self.tally(Happening::CheckFinished).with_answers(&facts);
        self.count(t);
    }

    /// A draft went to the advisers, with the facts it was filed with.
    pub(crate) fn count_draft(&mut self, answers: &std::collections::BTreeMap<crate::core::ids::SlotName, crate::core::value::Value>) {
        let t = self.tally(Happening::DraftSent).with_answers(answers);
        self.count(t);
    }

    /// A profile went into the registry (or an introduction was asked or accepted for one).
    pub(crate) fn count_listing(&mut self, what: Happening, listing: &Listing) {
        let t = self.tally(what).with_listing(listing);
        self.count(t);
    }

    /// A question to the resource centre: the topic of the first article it found, and
    /// whether the answer was sure.
    pub(crate) fn count_question(&mut self, first: Option<&ArticleId>, answered: bool) {
        let kb = &self.content.knowledge;
        let subject = first.and_then(|a| kb.topics.iter().find(|t| t.articles.contains(a))).map(|t| t.id.to_string());
        let t = self.tally(Happening::Question).with_question(subject.as_deref(), answered);
        self.count(t);
    }

    /// `/stats`: what has been counted, in a few words, and where the page is.
    pub(crate) fn show_stats(&mut self) {
        let activity = Activity::new(self.world.activity(), Period::default());
        if activity.is_empty() {
            self.say("stats-chat-nothing", None);
            return self.ask_pending();
        }
        let total = activity.total();
        let mut args = FluentArgs::new();
        for (name, m) in [("checks", Measure::Checks), ("drafts", Measure::Drafts), ("profiles", Measure::Profiles), ("questions", Measure::Questions)] {
            args.set(name, shown(&self.content.catalog, self.locale, total.get(m)));
        }
        self.say("stats-chat-summary", Some(&args));
        if let Some(url) = &self.content.settings.web_page {
            let mut args = FluentArgs::new();
            args.set("url", format!("{}/?lang={}", url.trim_end_matches('/'), self.locale.code()));
            self.say("stats-chat-page", Some(&args));
        }
        self.ask_pending();
    }
}
