//! The partner registry in a conversation: searching (typed text is a search; results are
//! paged, each with why it matches), a profile as others see it, one's own profile (edit,
//! pause, renew, delete) and one's introductions. Asking for an introduction and answering
//! one are in `introductions`.
//!
//! The options of each view are [`PartnerChoice`]s; a button carries one as its value.

use super::Turn;
use super::answer::{bare_number, pick_one};
use crate::core::dialog::StepKind;
use crate::core::display::display_value;
use crate::core::effect::Effect;
use crate::core::ids::{DialogId, MessageId, SlotName};
use crate::core::partners::{CannotAsk, Contact, IntroId, IntroStatus, Listing, Profile, ProfileId, ProfileStatus, Reason, Standing, slots};
use crate::core::reply::ChoiceOption;
use crate::core::session::{AskStage, Cursor, Frame, PartnerView, State, Then};
use crate::core::value::{Date, Value};
use crate::core::validate::Invalid;
use fluent_bundle::FluentArgs;

/// Results per page.
pub const PAGE: usize = 5;
/// How the profile journey's region options for "elsewhere in <country>" end; what comes
/// before it is the country's option (`norway-other`).
const OTHER_REGION: &str = "-other";
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

    /// The user's profile as this turn leaves it (published, paused or deleted in this turn).
    pub(crate) fn mine(&self) -> Option<Profile> {
        match &self.mine_now {
            Some(changed) => changed.clone(),
            None => self.world.profile(&ProfileId::of(self.world.me())),
        }
    }

    /// Whether the profile journey changes a profile the user has (`yes`) or makes a new one
    /// (`no`), as its texts select on it (`$editing`).
    pub(crate) fn editing_profile(&self) -> &'static str {
        if self.mine().is_some() { "yes" } else { "no" }
    }

    /// Changes the user's profile (`None`: deletes it), for the rest of this turn and in the store.
    pub(crate) fn change_profile(&mut self, profile: Option<Profile>) {
        let effect = match &profile {
            Some(p) => Effect::SaveProfile(Box::new(p.clone())),
            None => Effect::DeleteProfile(ProfileId::of(self.world.me())),
        };
        self.mine_now = Some(profile);
        self.effect(effect);
    }

    /// Where the user's own profile stands (`None`: they have none).
    fn mine_standing(&self) -> Option<Standing> {
        self.mine().map(|p| p.standing(self.now))
    }

    /// The same, as texts select on it (`$mine`): `none`, `shown`, `paused` or `expired`.
    fn mine_arg(&self) -> &'static str {
        self.mine_standing().map_or("none", Standing::as_str)
    }

    /// Renewing the user's profile would change something now (see [`Profile::renewable`]).
    fn renewable(&self, p: &Profile) -> bool {
        p.renewable(self.now, self.content.settings.partners.reminder_days * 86_400)
    }

    /// Profiles others can find, counting this turn's change to the user's own.
    fn visible_count(&self) -> usize {
        let listed = self.world.directory().visible(self.now);
        let was = self.world.profile(&ProfileId::of(self.world.me())).is_some_and(|p| p.visible(self.now));
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
        // At their own profile, what the person types names an action ("publish", "delete").
        if matches!(view, PartnerView::Mine | PartnerView::ConfirmDelete)
            && let Some(i) = super::answer::pick_by_words(&options, text)
        {
            return self.partners_value(&options[i].value.clone());
        }
        match view {
            PartnerView::Asking { id, stage } => self.asking(id, stage, text, then),
            // A question about the requests ("what does block mean?") is no search: what they are.
            PartnerView::Intros if text.trim_end().ends_with('?') => {
                self.say("help-answering-intro", None);
                self.show_partners();
            }
            _ if !text.chars().any(char::is_alphanumeric) => self.partners(PartnerView::Home, then),
            // "Отмена", "tilbake": a wish to leave; "спасибо", "hei": met, not searched for.
            _ if self.content.understanding.leaving(text, &self.content.knowledge.terms).is_some() => self.partner_choice(PartnerChoice::Leave),
            _ if let Some(polite) = self.content.understanding.small_talk(text, &self.content.knowledge.terms) => {
                self.say(if polite == crate::core::understand::Intent::Greeting { "understand-greeting" } else { "understand-thanks" }, None);
                self.show_partners();
            }
            // "5" where four options are shown is a slip of the finger, not a search for "5".
            _ if bare_number(text) => self.reject(Invalid::new("invalid-choice").with("count", options.len() as i64)),
            _ => self.partners(PartnerView::Results { query: text.to_owned(), page: 0 }, then),
        }
    }

    pub(super) fn partner_invalid(&mut self, max: i64) {
        let mut args = FluentArgs::new();
        args.set("max", max);
        self.say("partner-too-long", Some(&args));
        self.show_partners();
    }

    /// An option of the current view, by the value its button carries.
    pub(crate) fn partners_value(&mut self, value: &str) {
        match PartnerChoice::parse(value) {
            Some(choice) => self.partner_choice(choice),
            None => self.show_partners(),
        }
    }

    /// An option of the current view.
    pub(crate) fn partner_choice(&mut self, choice: PartnerChoice) {
        let State::Partnering { view, then } = self.user.session.state.clone() else { return };
        match (choice, view) {
            (PartnerChoice::Listing(id), view) => {
                let query = match view {
                    PartnerView::Results { query, page } => Some((query, page)),
                    _ => None,
                };
                self.partners(PartnerView::Listing { id, query }, then);
            }
            (PartnerChoice::Answer(intro), _) => {
                let resume = Box::new(State::Partnering { view: PartnerView::Intros, then });
                self.user.session.state = State::AnsweringIntro { intro, resume };
                self.ask_pending();
            }
            (PartnerChoice::Write(intro), _) => {
                let resume = Box::new(State::Partnering { view: PartnerView::Intros, then });
                self.user.session.state = State::WritingToPartner { intro, resume };
                self.ask_pending();
            }
            (PartnerChoice::Home | PartnerChoice::Cancel, _) => self.partners(PartnerView::Home, then),
            (PartnerChoice::BrowseAll, _) => self.partners(PartnerView::Results { query: String::new(), page: 0 }, then),
            (PartnerChoice::Leave, _) => self.leave(then),
            (PartnerChoice::More, PartnerView::Results { query, page }) => self.partners(PartnerView::Results { query, page: page + 1 }, then),
            (PartnerChoice::Back, PartnerView::Listing { query: Some((query, page)), .. }) => self.partners(PartnerView::Results { query, page }, then),
            (PartnerChoice::Back, _) => self.partners(PartnerView::Home, then),
            (PartnerChoice::Ask, PartnerView::Listing { id, query }) => match self.may_ask(&id) {
                Ok(()) => {
                    if self.listing(&id).is_some_and(|l| l.country == crate::core::safety::AT_RISK_COUNTRY) {
                        self.learn(crate::core::safety::Tie::Contacted);
                    }
                    // Before who they are, how to reach them and what they write.
                    self.warn_now("intro");
                    let stage = if self.mine().is_some() { AskStage::Message { who: String::new(), contact: None } } else { AskStage::Who };
                    self.partners(PartnerView::Asking { id, stage }, then);
                }
                Err(why) => {
                    self.cannot_ask(&id, why);
                    self.partners(PartnerView::Listing { id, query }, then);
                }
            },
            (PartnerChoice::ContactByBot, PartnerView::Asking { id, stage: AskStage::Contact { who } }) => {
                self.partners(PartnerView::Asking { id, stage: AskStage::Message { who, contact: Some(Contact::Bot) } }, then);
            }
            (PartnerChoice::Mine, _) => self.partners(PartnerView::Mine, then),
            (PartnerChoice::Intros, _) => self.partners(PartnerView::Intros, then),
            (PartnerChoice::Create | PartnerChoice::Edit, _) => self.edit_profile(then),
            (choice @ (PartnerChoice::Pause | PartnerChoice::Resume), _) => {
                let pause = choice == PartnerChoice::Pause;
                let status = if pause { ProfileStatus::Paused } else { ProfileStatus::Active };
                if let Some(p) = self.mine() {
                    self.change_profile(Some(p.with_status(status, self.now)));
                }
                self.say(if pause { "partner-paused" } else { "partner-resumed" }, None);
                // Back where the person was: their profile, now with its new status.
                self.partners(PartnerView::Mine, then);
            }
            (PartnerChoice::Renew, _) => {
                // Only near its end (or after): earlier, "one more year" would change nothing.
                let Some(p) = self.mine().filter(|p| self.renewable(p)) else { return self.partners(PartnerView::Mine, then) };
                let p = p.renewed(self.now, self.content.settings.partners.profile_days * 86_400);
                let mut args = FluentArgs::new();
                args.set("date", self.formats().date(Date::from_unix(p.expires)));
                self.change_profile(Some(p));
                self.say("partner-renewed", Some(&args));
                self.partners(PartnerView::Mine, then);
            }
            (PartnerChoice::Delete, _) => self.partners(PartnerView::ConfirmDelete, then),
            (PartnerChoice::Yes, PartnerView::ConfirmDelete) => {
                self.change_profile(None);
                self.say("partner-deleted", None);
                self.partners(PartnerView::Home, then);
            }
            (PartnerChoice::No, PartnerView::ConfirmDelete) => self.partners(PartnerView::Mine, then),
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
        match (self.mine(), summary) {
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
        let opt = |choice: PartnerChoice, id: &str| ChoiceOption { value: choice.value(), label: self.text(&MessageId::new(id), None) };
        let mut out = Vec::new();
        match view {
            PartnerView::Home => {
                // Nothing to show while no profile can be found.
                if self.visible_count() > 0 {
                    out.push(opt(PartnerChoice::BrowseAll, "partner-browse-all"));
                }
                match self.mine() {
                    Some(_) => out.push(opt(PartnerChoice::Mine, "partner-mine")),
                    None => out.push(opt(PartnerChoice::Create, "partner-create")),
                }
                if !self.intros().is_empty() {
                    out.push(opt(PartnerChoice::Intros, "partner-intros"));
                }
            }
            PartnerView::Results { query, page } => {
                let found = self.found(query);
                for m in found.iter().skip(page * PAGE).take(PAGE) {
                    out.push(ChoiceOption { value: PartnerChoice::Listing(m.listing.id.clone()).value(), label: clip(&m.listing.name) });
                }
                if found.len() > (page + 1) * PAGE {
                    out.push(opt(PartnerChoice::More, "partner-more"));
                }
                // Nothing found: the ways on that the text names.
                if found.is_empty() {
                    if !query.trim().is_empty() {
                        out.push(opt(PartnerChoice::BrowseAll, "partner-browse-all"));
                    }
                    match self.mine_standing() {
                        None => out.push(opt(PartnerChoice::Create, "partner-create")),
                        Some(Standing::Shown) => {}
                        Some(Standing::Paused | Standing::Expired) => out.push(opt(PartnerChoice::Mine, "partner-mine")),
                    }
                }
                out.push(opt(PartnerChoice::Home, "partner-new-search"));
            }
            PartnerView::Listing { id, query } => {
                // No button where asking cannot be: gone, one's own, or asked already.
                if !matches!(self.may_ask(id), Err(CannotAsk::Gone | CannotAsk::Own | CannotAsk::AlreadyAsked)) && self.listing(id).is_some() {
                    out.push(opt(PartnerChoice::Ask, "partner-ask"));
                }
                out.push(opt(PartnerChoice::Back, if query.is_some() { "partner-back-results" } else { "partner-new-search" }));
            }
            PartnerView::Asking { stage, .. } => {
                if matches!(stage, AskStage::Contact { .. }) {
                    out.push(opt(PartnerChoice::ContactByBot, "partner-contact-bot"));
                }
                out.push(opt(PartnerChoice::Cancel, "partner-cancel"));
            }
            PartnerView::Mine => {
                if let Some(p) = self.mine() {
                    out.push(opt(PartnerChoice::Edit, "partner-edit"));
                    // Run out, it is published again by renewing it, not by resuming it.
                    match p.standing(self.now) {
                        Standing::Shown => out.push(opt(PartnerChoice::Pause, "partner-pause")),
                        Standing::Paused => out.push(opt(PartnerChoice::Resume, "partner-resume")),
                        Standing::Expired => {}
                    }
                    if self.renewable(&p) {
                        out.push(opt(PartnerChoice::Renew, "partner-renew"));
                    }
                    out.push(opt(PartnerChoice::Delete, "partner-delete"));
                }
                out.push(opt(PartnerChoice::Home, "partner-home-back"));
            }
            PartnerView::ConfirmDelete => {
                out.push(opt(PartnerChoice::Yes, "answer-yes"));
                out.push(opt(PartnerChoice::No, "answer-no"));
            }
            PartnerView::Intros => {
                for i in self.intro_views() {
                    let mut a = FluentArgs::new();
                    a.set("name", i.other.clone());
                    let (choice, key) = match (i.mine, i.status, i.other_by_bot) {
                        (false, IntroStatus::Open, _) => (PartnerChoice::Answer(i.id.clone()), "partner-intro-answer"),
                        // Through the bot with anyone accepted, whatever contact details were shared.
                        (_, IntroStatus::Accepted, _) => (PartnerChoice::Write(i.id.clone()), "partner-intro-write"),
                        _ => continue,
                    };
                    out.push(ChoiceOption { value: choice.value(), label: clip(&self.text(&MessageId::new(key), Some(&a))) });
                }
                out.push(opt(PartnerChoice::Home, "partner-home-back"));
            }
        }
        out.push(opt(PartnerChoice::Leave, "kb-leave"));
        out
    }

    pub(super) fn listing(&self, id: &ProfileId) -> Option<Listing> {
        self.world.directory().listing(id, self.now).cloned()
    }

    fn found(&self, query: &str) -> Vec<crate::core::partners::Match> {
        let mine = self.mine();
        self.world.directory().search(self.content, query, mine.as_ref().map(|p| &p.listing), self.locale, self.now)
    }

    /// Shows the current view with fresh buttons.
    pub(crate) fn show_partners(&mut self) {
        let State::Partnering { view, .. } = self.user.session.state.clone() else { return self.ask_pending() };
        let (key, text) = match &view {
            PartnerView::Home => {
                let mut a = FluentArgs::new();
                a.set("count", self.visible_count());
                a.set("mine", self.mine_arg());
                ("partner-home", self.text(&MessageId::new("partner-home"), Some(&a)))
            }
            PartnerView::Results { query, page } => return self.show_results(query.clone(), *page),
            PartnerView::Listing { id, .. } => match self.listing(id) {
                Some(l) => ("partner-listing", format!("{}\n{}", self.describe(&l), self.text(&MessageId::new("partner-listing-contact"), None))),
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
            PartnerView::Mine => match self.mine() {
                Some(p) => {
                    let mut a = FluentArgs::new();
                    a.set("contact", match &p.contact {
                        // A value after a colon: the option's word as it reads in a sentence.
                        Contact::Bot => self.content.catalog.inline(self.locale, &MessageId::new("partner-contact-kind-bot")),
                        Contact::Email(e) | Contact::Handle(e) => e.clone(),
                    });
                    a.set("date", self.formats().date(Date::from_unix(p.expires)));
                    a.set("standing", p.standing(self.now).as_str());
                    let status = format!("partner-status-{}", p.standing(self.now).as_str());
                    a.set("status", self.text(&MessageId::new(status), None));
                    let text = format!("{}\n{}", self.describe(&p.listing), self.text(&MessageId::new("partner-mine-details"), Some(&a)));
                    ("partner-mine-details", text)
                }
                None => ("partner-none", self.text(&MessageId::new("partner-none"), None)),
            },
            PartnerView::ConfirmDelete => ("partner-delete-confirm", self.text(&MessageId::new("partner-delete-confirm"), None)),
            // Its other sides may all be gone (they used /forget): no heading over nothing.
            PartnerView::Intros if self.intro_views().is_empty() => ("partner-intros-none", self.text(&MessageId::new("partner-intros-none"), None)),
            PartnerView::Intros => {
                let mut lines = vec![self.text(&MessageId::new("partner-intros-header"), None)];
                for i in self.intro_views() {
                    let mut a = FluentArgs::new();
                    a.set("name", i.other.clone());
                    let status = format!("partner-intro-{}-{}", if i.mine { "asked" } else { "asked-me" }, status_name(i.status));
                    let mut line = self.text(&MessageId::new(status), Some(&a));
                    if let Some(c) = &i.contact {
                        let mut b = FluentArgs::new();
                        b.set("line", line);
                        b.set("contact", c.clone());
                        line = self.text(&MessageId::new("partner-intro-contact"), Some(&b));
                    }
                    lines.push(self.formats().bullet(&line));
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
        a.set("mine", self.mine_arg());
        // "Show all profiles" searches for nothing: no empty quotes on screen.
        let key = match (query.trim().is_empty(), found.is_empty()) {
            (false, true) => "partner-no-results",
            (false, false) => "partner-results",
            (true, true) => "partner-results-all-none",
            (true, false) => "partner-results-all",
        };
        let mut lines = vec![self.text(&MessageId::new(key), Some(&a))];
        for m in found.iter().skip(page * PAGE).take(PAGE) {
            lines.push(self.formats().bullet(&self.headline(&m.listing)));
            let why: Vec<String> = m.reasons.iter().map(|r| self.reason(r)).collect();
            if !why.is_empty() {
                let mut a = FluentArgs::new();
                a.set("reasons", self.formats().list(&why));
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
        // "Elsewhere in Finland (Finland)" says the country twice: only the country, then.
        let elsewhere = l.region.ends_with("-other") || l.region == "abroad";
        a.set("place", if elsewhere { "country" } else { "region" });
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

    /// One reason a profile matches, as a phrase of the sentence `partner-why` makes of them:
    /// with `$count` for the plurals, and the items of a list each in quotation marks or joined
    /// as the language joins a list.
    fn reason(&self, r: &Reason) -> String {
        let f = self.formats();
        let labels = |slot: &str, values: &[String]| -> Vec<String> { values.iter().map(|v| self.label(slot, Value::Choice(v.clone()))).collect() };
        let mut a = FluentArgs::new();
        let key = match r {
            Reason::Topics(t) => {
                a.set("count", t.len());
                a.set("topics", f.list(&labels(slots::TOPICS, t).iter().map(|l| f.quote(l)).collect::<Vec<_>>()));
                "partner-why-topics"
            }
            Reason::Region { region, across } => {
                // "Elsewhere in Norway" names no place: the country does.
                let (place, level) = match region.strip_suffix(OTHER_REGION) {
                    Some(country) => (self.label(slots::COUNTRY, Value::Choice(country.to_owned())), "country"),
                    None => (self.label(slots::REGION, Value::Choice(region.clone())), "region"),
                };
                a.set("place", place);
                a.set("level", level);
                if *across { "partner-why-across" } else { "partner-why-region" }
            }
            Reason::Kind { kind, same } => {
                a.set("kind", self.label(slots::KIND, Value::Choice(kind.clone())));
                if *same { "partner-why-kind-same" } else { "partner-why-kind" }
            }
            Reason::Languages(l) => {
                a.set("count", l.len());
                a.set("languages", f.list(&labels(slots::LANGUAGES, l)));
                "partner-why-languages"
            }
            Reason::Words(w) => {
                a.set("count", w.len());
                a.set("words", f.list(&w.iter().map(|w| f.quote(w)).collect::<Vec<_>>()));
                "partner-why-words"
            }
        };
        self.text(&MessageId::new(key), Some(&a))
    }

    fn say_partner_choices(&mut self, key: MessageId, text: String) {
        let options = self.partner_choices();
        self.ask_choice(key, text, options);
    }
}

/// An option of the registry's views.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum PartnerChoice {
    /// One profile of the results.
    Listing(ProfileId),
    More,
    Home,
    BrowseAll,
    Ask,
    Back,
    Mine,
    Create,
    Edit,
    Pause,
    Resume,
    Renew,
    Delete,
    Intros,
    /// Answer a request to the user.
    Answer(IntroId),
    /// Write to the other side of an accepted introduction.
    Write(IntroId),
    /// Be reached through the bot only.
    ContactByBot,
    Cancel,
    Yes,
    No,
    Leave,
}

/// The choices that are a word, with the value a button carries.
const NAMED: [(PartnerChoice, &str); 18] = [
    (PartnerChoice::More, "more"),
    (PartnerChoice::Home, "home"),
    (PartnerChoice::BrowseAll, "all"),
    (PartnerChoice::Ask, "ask"),
    (PartnerChoice::Back, "back"),
    (PartnerChoice::Mine, "mine"),
    (PartnerChoice::Create, "create"),
    (PartnerChoice::Edit, "edit"),
    (PartnerChoice::Pause, "pause"),
    (PartnerChoice::Resume, "resume"),
    (PartnerChoice::Renew, "renew"),
    (PartnerChoice::Delete, "delete"),
    (PartnerChoice::Intros, "intros"),
    (PartnerChoice::ContactByBot, "bot"),
    (PartnerChoice::Cancel, "cancel"),
    (PartnerChoice::Yes, "yes"),
    (PartnerChoice::No, "no"),
    (PartnerChoice::Leave, "leave"),
];

impl PartnerChoice {
    /// The value a button carries: `l:<profile>`, `i:<intro>`, `w:<intro>`, or the choice's word.
    fn value(&self) -> String {
        match self {
            PartnerChoice::Listing(id) => format!("l:{id}"),
            PartnerChoice::Answer(id) => format!("i:{id}"),
            PartnerChoice::Write(id) => format!("w:{id}"),
            named => NAMED.iter().find(|(c, _)| c == named).map_or_else(String::new, |(_, v)| (*v).to_owned()),
        }
    }

    fn parse(value: &str) -> Option<PartnerChoice> {
        if let Some(id) = value.strip_prefix("l:") {
            return Some(PartnerChoice::Listing(ProfileId(id.to_owned())));
        }
        if let Some(id) = value.strip_prefix("i:") {
            return Some(PartnerChoice::Answer(IntroId(id.to_owned())));
        }
        if let Some(id) = value.strip_prefix("w:") {
            return Some(PartnerChoice::Write(IntroId(id.to_owned())));
        }
        NAMED.iter().find(|(_, v)| *v == value).map(|(c, _)| c.clone())
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_round_trips_through_its_button_value() {
        let mut all: Vec<PartnerChoice> = NAMED.iter().map(|(c, _)| c.clone()).collect();
        all.extend([PartnerChoice::Listing(ProfileId("p1".into())), PartnerChoice::Answer(IntroId::from_number(3)), PartnerChoice::Write(IntroId::from_number(4))]);
        for c in all {
            let value = c.value();
            assert!(!value.is_empty() && value.len() <= crate::core::check::MAX_VALUE_BYTES, "{c:?}: {value}");
            assert_eq!(PartnerChoice::parse(&value), Some(c.clone()), "{value}");
        }
        assert_eq!(PartnerChoice::parse("x:1"), None);
    }
}
