//! The partner registry in a conversation: searching (typed text is a search; results are
//! paged, each with why it matches), a profile as others see it, asking for an introduction,
//! one's own profile (edit, pause, renew, delete), one's introductions, and answering a request.
//!
//! Contact details never pass through here except the user's own: the [`World`] holds public
//! listings and introductions without them; the runtime adds the other side's contact to the
//! reply of whoever accepts, and to the notice of whoever asked.
//!
//! Option values: `l:<profile>`, `more`, `home`, `ask`, `back`, `mine`, `create`, `edit`,
//! `pause`, `resume`, `renew`, `delete`, `intros`, `i:<intro>` (answer), `w:<intro>` (write),
//! `accept`, `decline`, `block`, `later`, `bot`, `cancel`, `yes`, `no`, `leave`.

use super::Turn;
use super::answer::pick_one;
use crate::core::display::display_value;
use crate::core::dialog::StepKind;
use crate::core::effect::{ChoiceOption, Choices, Effect, IntroAnswer};
use crate::core::ids::{DialogId, MessageId, SlotName};
use crate::core::partners::{Contact, IntroId, IntroStatus, Listing, Profile, ProfileId, ProfileStatus, Reason, slots};
use crate::core::session::{AskStage, Cursor, Frame, PartnerView, State, Then};
use crate::core::value::{Date, Value};
use fluent_bundle::FluentArgs;

/// Results per page.
pub const PAGE: usize = 5;
/// The journey that creates and edits a profile, and the one that opens the registry.
pub const PROFILE_DIALOG: &str = "partner-profile";
pub const PARTNERS_DIALOG: &str = "partners";

impl Turn<'_> {
    pub(crate) fn partners(&mut self, view: PartnerView, then: Then) {
        self.user.session.state = State::Partnering { view, then };
        self.show_partners();
    }

    /// `/partners [search]` from anywhere.
    pub(crate) fn open_partners(&mut self, query: Option<String>) {
        let then = self.then_resume();
        let view = match query {
            Some(query) => PartnerView::Results { query, page: 0 },
            None => PartnerView::Home,
        };
        self.partners(view, then);
    }

    fn my_listing(&self) -> Option<&Listing> {
        self.mine().map(|p| &p.listing)
    }

    /// The user's profile as this turn leaves it (published, paused or deleted in this turn).
    pub(crate) fn mine(&self) -> Option<&Profile> {
        match &self.mine_now {
            Some(changed) => changed.as_ref(),
            None => self.world.mine.as_ref(),
        }
    }

    /// Changes the user's profile for the rest of this turn, and tells the runtime.
    pub(crate) fn change_profile(&mut self, profile: Option<Profile>, effect: Effect) {
        self.mine_now = Some(profile);
        self.out.push(effect);
    }

    /// Profiles others can find, counting this turn's change to the user's own.
    fn visible_count(&self) -> usize {
        let listed = self.world.directory.map_or(0, |d| d.visible(self.now));
        let was = self.world.mine.as_ref().is_some_and(|p| p.visible(self.now));
        let is = self.mine().is_some_and(|p| p.visible(self.now));
        (listed + usize::from(is)).saturating_sub(usize::from(was))
    }

    /// Typed text in the registry: an option, the answer to a request's question, or a search.
    pub(crate) fn partners_text(&mut self, text: &str) {
        let State::Partnering { view, then } = self.user.session.state.clone() else { return };
        let options = self.partner_choices();
        if let Ok(i) = pick_one(&options, text) {
            return self.partners_value(&options[i].value.clone());
        }
        match view {
            PartnerView::Asking { id, stage } => self.asking(id, stage, text, then),
            _ if !text.chars().any(char::is_alphanumeric) => self.partners(PartnerView::Home, then),
            _ => self.partners(PartnerView::Results { query: text.to_owned(), page: 0 }, then),
        }
    }

    /// The next answer while asking for an introduction.
    fn asking(&mut self, id: ProfileId, stage: AskStage, text: &str, then: Then) {
        let text = text.trim().to_owned();
        let too_long = |n: usize| text.chars().count() > n;
        let next = match stage {
            AskStage::Who if too_long(200) => return self.partner_invalid(200),
            AskStage::Who => AskStage::Contact { who: text },
            AskStage::Contact { .. } if too_long(200) => return self.partner_invalid(200),
            AskStage::Contact { who } => AskStage::Message { who, contact: Some(contact_of(&text)) },
            AskStage::Message { .. } if too_long(1000) => return self.partner_invalid(1000),
            AskStage::Message { who, contact } => {
                let (from_name, from_contact) = match (self.mine(), contact) {
                    (Some(p), _) => (p.listing.name.clone(), p.contact.clone()),
                    (None, c) => (who, c.unwrap_or(Contact::Bot)),
                };
                self.out.push(Effect::RequestIntro { profile: id.clone(), from_name, from_contact, message: text });
                return self.partners(PartnerView::Listing { id, query: None }, then);
            }
        };
        self.partners(PartnerView::Asking { id, stage: next }, then);
    }

    fn partner_invalid(&mut self, max: i64) {
        let mut args = FluentArgs::new();
        args.set("max", max);
        self.say("partner-too-long", Some(&args));
        self.show_partners();
    }

    /// An option of the current view.
    pub(crate) fn partners_value(&mut self, value: &str) {
        let State::Partnering { view, then } = self.user.session.state.clone() else { return };
        if let Some(id) = value.strip_prefix("l:") {
            let query = match &view {
                PartnerView::Results { query, page } => Some((query.clone(), *page)),
                _ => None,
            };
            return self.partners(PartnerView::Listing { id: ProfileId(id.to_owned()), query }, then);
        }
        if let Some(id) = value.strip_prefix("i:") {
            let resume = Box::new(State::Partnering { view: PartnerView::Intros, then });
            self.user.session.state = State::AnsweringIntro { intro: IntroId(id.to_owned()), resume };
            return self.ask_pending();
        }
        if let Some(id) = value.strip_prefix("w:") {
            let intro = IntroId(id.to_owned());
            let name = self.world.intros.iter().find(|i| i.id == intro).map(|i| i.other.clone()).unwrap_or_default();
            let resume = Box::new(State::Partnering { view: PartnerView::Intros, then });
            self.user.session.state = State::WritingToPartner { intro, name, resume };
            return self.ask_pending();
        }
        match (value, view) {
            ("home", _) | ("cancel", _) => self.partners(PartnerView::Home, then),
            ("all", _) => self.partners(PartnerView::Results { query: String::new(), page: 0 }, then),
            ("leave", _) => self.leave(then),
            ("more", PartnerView::Results { query, page }) => self.partners(PartnerView::Results { query, page: page + 1 }, then),
            ("back", PartnerView::Listing { query: Some((query, page)), .. }) => self.partners(PartnerView::Results { query, page }, then),
            ("back", _) => self.partners(PartnerView::Home, then),
            ("ask", PartnerView::Listing { id, .. }) => {
                let stage = if self.mine().is_some() { AskStage::Message { who: String::new(), contact: None } } else { AskStage::Who };
                self.partners(PartnerView::Asking { id, stage }, then);
            }
            ("bot", PartnerView::Asking { id, stage: AskStage::Contact { who } }) => {
                self.partners(PartnerView::Asking { id, stage: AskStage::Message { who, contact: Some(Contact::Bot) } }, then);
            }
            ("mine", _) => self.partners(PartnerView::Mine, then),
            ("intros", _) => self.partners(PartnerView::Intros, then),
            ("create", _) | ("edit", _) => self.edit_profile(then),
            ("pause", _) | ("resume", _) => {
                let status = if value == "pause" { ProfileStatus::Paused } else { ProfileStatus::Active };
                let changed = self.mine().cloned().map(|mut p| {
                    p.status = status;
                    p
                });
                self.change_profile(changed, Effect::ProfileStatus { status });
                self.say(if value == "pause" { "partner-paused" } else { "partner-resumed" }, None);
                self.partners(PartnerView::Home, then);
            }
            ("renew", _) => {
                let expires = self.now + self.content.settings.partners.profile_days * 86_400;
                let changed = self.mine().cloned().map(|mut p| {
                    p.expires = expires;
                    p.status = ProfileStatus::Active;
                    p
                });
                self.change_profile(changed, Effect::RenewProfile);
                let mut args = FluentArgs::new();
                args.set("date", Date::from_unix(expires).display_dmy());
                self.say("partner-renewed", Some(&args));
                self.partners(PartnerView::Home, then);
            }
            ("delete", _) => self.partners(PartnerView::ConfirmDelete, then),
            ("yes", PartnerView::ConfirmDelete) => {
                self.change_profile(None, Effect::DeleteProfile);
                self.say("partner-deleted", None);
                self.partners(PartnerView::Home, then);
            }
            ("no", PartnerView::ConfirmDelete) => self.partners(PartnerView::Mine, then),
            _ => self.show_partners(),
        }
    }

    fn leave(&mut self, then: Then) {
        match then {
            Then::Resume { state } => {
                self.user.session.state = *state;
                self.ask_pending();
            }
            Then::Continue { at } => self.continue_after(at),
        }
    }

    /// On past the waiting step `at` (an `advice` or `partners` step) that opened an overlay.
    pub(crate) fn continue_after(&mut self, at: Cursor) {
        let next = match self.content.dialogs.step(&at.dialog, &at.step).map(|s| &s.kind) {
            Some(StepKind::Advice { next } | StepKind::Partners { next }) => next.step.clone(),
            _ => return self.open_main_menu(),
        };
        self.run_from(Cursor { step: next, ..at }, None);
    }

    /// Starts the profile journey: from the start for a new profile, at its summary (with the
    /// current answers) to edit one. It returns to the registry when it ends.
    fn edit_profile(&mut self, then: Then) {
        let dialog = DialogId::new(PROFILE_DIALOG);
        let Some(d) = self.content.dialogs.get(&dialog) else { return self.content_error() };
        let summary = d.steps.iter().find(|s| matches!(s.kind, StepKind::Summary { .. })).map(|s| s.id.clone());
        let back = match then {
            Then::Continue { at } => vec![Frame { dialog: at.dialog, next: at.step }],
            Then::Resume { .. } => self.content.dialogs.get(&DialogId::new(PARTNERS_DIALOG)).map(|p| vec![Frame { dialog: p.id.clone(), next: p.start.step.clone() }]).unwrap_or_default(),
        };
        match (self.mine().cloned(), summary) {
            (Some(profile), Some(step)) => {
                for (slot, value) in profile.to_slots() {
                    self.user.session.slots.insert(SlotName::new(slot), value);
                }
                if !matches!(profile.contact, Contact::Email(_) | Contact::Handle(_)) {
                    self.user.session.slots.remove(&SlotName::new(slots::CONTACT));
                }
                self.run_from(Cursor { dialog, step, stack: back }, None);
            }
            _ => {
                for slot in slots::REQUIRED.iter().chain([&slots::CONTACT]) {
                    self.user.session.slots.remove(&SlotName::new(*slot));
                }
                self.start_dialog(&dialog, back);
            }
        }
    }

    /// The options of the current view, as shown.
    pub(crate) fn partner_choices(&self) -> Vec<ChoiceOption> {
        let State::Partnering { view, .. } = &self.user.session.state else { return Vec::new() };
        let opt = |value: &str, id: &str| ChoiceOption { value: value.to_owned(), label: self.text(&MessageId::new(id), None) };
        let mut out = Vec::new();
        match view {
            PartnerView::Home => {
                out.push(opt("all", "partner-browse-all"));
                match self.mine() {
                    Some(_) => out.push(opt("mine", "partner-mine")),
                    None => out.push(opt("create", "partner-create")),
                }
                if !self.world.intros.is_empty() {
                    out.push(opt("intros", "partner-intros"));
                }
            }
            PartnerView::Results { query, page } => {
                let found = self.found(query);
                for m in found.iter().skip(page * PAGE).take(PAGE) {
                    out.push(ChoiceOption { value: format!("l:{}", m.listing.id), label: clip(&m.listing.name) });
                }
                if found.len() > (page + 1) * PAGE {
                    out.push(opt("more", "partner-more"));
                }
                out.push(opt("home", "partner-new-search"));
            }
            PartnerView::Listing { id, query } => {
                // Asked already, and waiting or agreed: no second request.
                let open = self.world.intros.iter().any(|i| i.mine && i.profile == *id && matches!(i.status, IntroStatus::Open | IntroStatus::Accepted));
                let own = self.mine().is_some_and(|p| &p.id == id);
                if !open && !own && self.listing(id).is_some() {
                    out.push(opt("ask", "partner-ask"));
                }
                out.push(opt("back", if query.is_some() { "partner-back-results" } else { "partner-new-search" }));
            }
            PartnerView::Asking { stage, .. } => {
                if matches!(stage, AskStage::Contact { .. }) {
                    out.push(opt("bot", "partner-contact-bot"));
                }
                out.push(opt("cancel", "partner-cancel"));
            }
            PartnerView::Mine => {
                if let Some(p) = self.mine() {
                    out.push(opt("edit", "partner-edit"));
                    out.push(if p.status == ProfileStatus::Active { opt("pause", "partner-pause") } else { opt("resume", "partner-resume") });
                    out.push(opt("renew", "partner-renew"));
                    out.push(opt("delete", "partner-delete"));
                }
                out.push(opt("home", "partner-home-back"));
            }
            PartnerView::ConfirmDelete => {
                out.push(opt("yes", "answer-yes"));
                out.push(opt("no", "answer-no"));
            }
            PartnerView::Intros => {
                for i in &self.world.intros {
                    let mut a = FluentArgs::new();
                    a.set("name", i.other.clone());
                    let (value, key) = match (i.mine, i.status, i.other_by_bot) {
                        (false, IntroStatus::Open, _) => (format!("i:{}", i.id), "partner-intro-answer"),
                        (_, IntroStatus::Accepted, true) => (format!("w:{}", i.id), "partner-intro-write"),
                        _ => continue,
                    };
                    out.push(ChoiceOption { value, label: clip(&self.text(&MessageId::new(key), Some(&a))) });
                }
                out.push(opt("home", "partner-home-back"));
            }
        }
        out.push(opt("leave", "kb-leave"));
        out
    }

    fn listing(&self, id: &ProfileId) -> Option<&Listing> {
        self.world.directory.and_then(|d| d.listing(id, self.now))
    }

    fn found(&self, query: &str) -> Vec<crate::core::partners::Match> {
        let Some(d) = self.world.directory else { return Vec::new() };
        d.search(self.content, query, self.my_listing(), self.locale, self.now)
    }

    /// Shows the current view with fresh buttons.
    pub(crate) fn show_partners(&mut self) {
        let State::Partnering { view, .. } = self.user.session.state.clone() else { return self.ask_pending() };
        let (key, text) = match &view {
            PartnerView::Home => {
                let mut a = FluentArgs::new();
                a.set("count", self.visible_count());
                ("partner-home", self.text(&MessageId::new("partner-home"), Some(&a)))
            }
            PartnerView::Results { query, page } => return self.show_results(query.clone(), *page),
            PartnerView::Listing { id, .. } => match self.listing(id).cloned() {
                Some(l) => ("partner-listing", self.describe(&l)),
                None => ("partner-gone", self.text(&MessageId::new("partner-gone"), None)),
            },
            PartnerView::Asking { id, stage } => {
                let mut a = FluentArgs::new();
                a.set("name", self.listing(id).map(|l| l.name.clone()).unwrap_or_default());
                let key = match stage {
                    AskStage::Who => "partner-ask-who",
                    AskStage::Contact { .. } => "partner-ask-contact",
                    AskStage::Message { .. } => "partner-ask-message",
                };
                (key, self.text(&MessageId::new(key), Some(&a)))
            }
            PartnerView::Mine => match self.mine().cloned() {
                Some(p) => {
                    let mut a = FluentArgs::new();
                    a.set("contact", match &p.contact {
                        Contact::Bot => self.text(&MessageId::new("partner-contact-bot"), None),
                        Contact::Email(e) | Contact::Handle(e) => e.clone(),
                    });
                    a.set("date", Date::from_unix(p.expires).display_dmy());
                    let status = if p.status == ProfileStatus::Active { "partner-status-active" } else { "partner-status-paused" };
                    a.set("status", self.text(&MessageId::new(status), None));
                    let text = format!("{}\n{}", self.describe(&p.listing), self.text(&MessageId::new("partner-mine-details"), Some(&a)));
                    ("partner-mine-details", text)
                }
                None => ("partner-none", self.text(&MessageId::new("partner-none"), None)),
            },
            PartnerView::ConfirmDelete => ("partner-delete-confirm", self.text(&MessageId::new("partner-delete-confirm"), None)),
            PartnerView::Intros => {
                let mut lines = vec![self.text(&MessageId::new("partner-intros-header"), None)];
                for i in &self.world.intros {
                    let mut a = FluentArgs::new();
                    a.set("name", i.other.clone());
                    let status = format!("partner-intro-{}-{}", if i.mine { "asked" } else { "asked-me" }, status_name(i.status));
                    let mut line = format!("• {}", self.text(&MessageId::new(status), Some(&a)));
                    if let Some(c) = &i.contact {
                        line.push_str(&format!(" – {c}"));
                    }
                    lines.push(line);
                }
                ("partner-intros-header", lines.join("\n"))
            }
        };
        self.say_partner_choices(MessageId::new(key), text);
    }

    fn show_results(&mut self, query: String, page: usize) {
        let found = self.found(&query);
        let mut a = FluentArgs::new();
        a.set("count", found.len());
        a.set("query", query.clone());
        let key = if found.is_empty() { "partner-no-results" } else { "partner-results" };
        let mut lines = vec![self.text(&MessageId::new(key), Some(&a))];
        for m in found.iter().skip(page * PAGE).take(PAGE) {
            lines.push(format!("• {}", self.headline(&m.listing)));
            let why: Vec<String> = m.reasons.iter().map(|r| self.reason(r)).collect();
            if !why.is_empty() {
                let mut a = FluentArgs::new();
                a.set("reasons", why.join("; "));
                lines.push(self.text(&MessageId::new("partner-why"), Some(&a)));
            }
        }
        self.say_partner_choices(MessageId::new(key), lines.join("\n"));
    }

    /// "Name – School, Murmansk oblast (Russia)".
    fn headline(&self, l: &Listing) -> String {
        let mut a = FluentArgs::new();
        a.set("name", l.name.clone());
        a.set("kind", self.label(slots::KIND, Value::Choice(l.kind.clone())));
        a.set("region", self.label(slots::REGION, Value::Choice(l.region.clone())));
        a.set("country", self.label(slots::COUNTRY, Value::Choice(l.country.clone())));
        self.text(&MessageId::new("partner-headline"), Some(&a))
    }

    /// A listing as others see it: everything but contact details.
    fn describe(&self, l: &Listing) -> String {
        let mut a = FluentArgs::new();
        a.set("topics", self.label(slots::TOPICS, Value::Choices(l.topics.clone())));
        a.set("languages", self.label(slots::LANGUAGES, Value::Choices(l.languages.clone())));
        a.set("description", l.description.clone());
        a.set("looking", l.looking_for.clone());
        format!("{}\n{}", self.headline(l), self.text(&MessageId::new("partner-listing"), Some(&a)))
    }

    fn label(&self, slot: &str, value: Value) -> String {
        display_value(self.content, self.locale, &SlotName::new(slot), &value)
    }

    fn reason(&self, r: &Reason) -> String {
        let mut a = FluentArgs::new();
        let key = match r {
            Reason::Topics(t) => {
                a.set("topics", self.label(slots::TOPICS, Value::Choices(t.clone())));
                "partner-why-topics"
            }
            Reason::Region { region, across } => {
                a.set("region", self.label(slots::REGION, Value::Choice(region.clone())));
                if *across { "partner-why-across" } else { "partner-why-region" }
            }
            Reason::Kind(k) => {
                a.set("kind", self.label(slots::KIND, Value::Choice(k.clone())));
                "partner-why-kind"
            }
            Reason::Languages(l) => {
                a.set("languages", self.label(slots::LANGUAGES, Value::Choices(l.clone())));
                "partner-why-languages"
            }
            Reason::Words(w) => {
                a.set("words", w.join(", "));
                "partner-why-words"
            }
        };
        self.text(&MessageId::new(key), Some(&a))
    }

    fn say_partner_choices(&mut self, key: MessageId, text: String) {
        let options = self.partner_choices();
        let question = self.next_question();
        self.say_with(key, text, Some(Choices { question, multi: false, options }));
    }

    /// Asking whether to accept an introduction.
    pub(crate) fn ask_intro(&mut self, intro: &IntroId) {
        let Some(i) = self.world.intros.iter().find(|i| &i.id == intro && !i.mine && i.status == IntroStatus::Open).cloned() else {
            // Answered already (on another device, or it expired): nothing to decide.
            if let State::AnsweringIntro { resume, .. } = std::mem::replace(&mut self.user.session.state, State::New) {
                self.user.session.state = *resume;
            }
            self.say("partner-intro-gone", None);
            return self.ask_pending();
        };
        let mut a = FluentArgs::new();
        a.set("name", i.other.clone());
        a.set("message", i.message.clone());
        let text = self.text(&MessageId::new("partner-intro-decide"), Some(&a));
        let options = self.intro_choices();
        let question = self.next_question();
        self.say_with(MessageId::new("partner-intro-decide"), text, Some(Choices { question, multi: false, options }));
    }

    pub(crate) fn intro_choices(&self) -> Vec<ChoiceOption> {
        ["accept", "decline", "block", "later"]
            .iter()
            .map(|v| ChoiceOption { value: (*v).to_owned(), label: self.text(&MessageId::new(format!("partner-intro-{v}")), None) })
            .collect()
    }

    /// The user's decision on an introduction.
    pub(crate) fn answer_intro(&mut self, intro: IntroId, resume: Box<State>, value: &str) {
        let view = self.world.intros.iter().find(|i| i.id == intro).cloned();
        self.user.session.state = *resume;
        let answer = match value {
            "accept" => IntroAnswer::Accept,
            "decline" => IntroAnswer::Decline,
            "block" => IntroAnswer::Block,
            _ => {
                self.say("partner-intro-later-done", None);
                return self.ask_pending();
            }
        };
        let mut a = FluentArgs::new();
        a.set("name", view.as_ref().map(|v| v.other.clone()).unwrap_or_default());
        // The runtime's reply with the other side's contact follows this one.
        let effect = Effect::AnswerIntro { intro: intro.clone(), answer };
        match answer {
            IntroAnswer::Accept if view.as_ref().is_some_and(|v| v.other_by_bot) => {
                // They keep in touch through the bot: the user writes first, here.
                self.say("partner-accepted", Some(&a));
                self.out.push(effect);
                let resume = Box::new(std::mem::replace(&mut self.user.session.state, State::New));
                let name = view.map(|v| v.other).unwrap_or_default();
                self.user.session.state = State::WritingToPartner { intro, name, resume };
            }
            IntroAnswer::Accept => {
                self.say("partner-accepted", Some(&a));
                self.out.push(effect);
            }
            IntroAnswer::Decline | IntroAnswer::Block => {
                self.say(if answer == IntroAnswer::Block { "partner-blocked-done" } else { "partner-declined-done" }, Some(&a));
                self.out.push(effect);
            }
        }
        self.ask_pending();
    }
}

/// What the requester typed as their contact: an e-mail address, or else a handle or number.
fn contact_of(text: &str) -> Contact {
    if crate::core::validate::is_email(text) { Contact::Email(text.to_owned()) } else { Contact::Handle(text.to_owned()) }
}

fn status_name(s: IntroStatus) -> &'static str {
    match s {
        IntroStatus::Open => "open",
        IntroStatus::Accepted => "accepted",
        IntroStatus::Declined => "declined",
        IntroStatus::Expired => "expired",
    }
}

/// Button labels hold at most 80 characters.
fn clip(s: &str) -> String {
    let max = crate::core::check::MAX_LABEL_CHARS;
    if s.chars().count() <= max { s.to_owned() } else { s.chars().take(max - 1).collect::<String>() + "…" }
}
