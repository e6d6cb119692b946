//! Introductions in a conversation: asking a profile's owner (who asks, how to reach them,
//! the message), the owner's answer (accept, decline, block, later), and writing to the
//! other side through the bot.
//!
//! Who may ask whom, and what each answer tells the other side, are the rules of
//! [`crate::core::partners`]; this applies them and says what happened. Contact details reach
//! a user only here, and only two ways: the requester's, in the reply to the owner who
//! accepts; the owner's, in the notice to the requester.

use super::Turn;
use crate::core::effect::Effect;
use crate::core::ids::MessageId;
use crate::core::notice::Notice;
use crate::core::partners::{CannotAsk, Contact, IntroId, IntroStatus, IntroView, Introduction, ProfileId, Request, may_ask};
use crate::core::reply::ChoiceOption;
use crate::core::session::{AskStage, PartnerView, State, Then};
use fluent_bundle::FluentArgs;

/// The shortest message that goes with a request for an introduction ("Hei" is not one).
const MIN_MESSAGE: usize = 10;

impl Turn<'_> {
    /// The introductions the user is part of, as this turn leaves them.
    pub(crate) fn intros(&self) -> Vec<Introduction> {
        let mut all = self.world.intros();
        for changed in &self.intros_now {
            match all.iter_mut().find(|i| i.id == changed.id) {
                Some(i) => *i = changed.clone(),
                None => all.push(changed.clone()),
            }
        }
        all
    }

    /// Stores an introduction as it is now, and sees it so for the rest of this turn.
    pub(crate) fn changed_intro(&mut self, intro: Introduction) {
        self.intros_now.retain(|i| i.id != intro.id);
        self.intros_now.push(intro.clone());
        self.effect(Effect::SaveIntro(Box::new(intro)));
    }

    /// The user's introductions as they may see them: the other side's contact only once accepted.
    /// Answering or writing about an introduction that is gone (its other side used `/forget`):
    /// back to where the user was; they were told it is gone.
    pub(super) fn leave_gone_intro(&mut self) {
        let (State::AnsweringIntro { intro, resume } | State::WritingToPartner { intro, resume }) = &self.user.session.state else { return };
        if !self.intros().iter().any(|i| &i.id == intro) {
            self.user.session.state = (**resume).clone();
        }
    }

    pub(super) fn intro_views(&self) -> Vec<IntroView> {
        let me = self.world.me();
        self.intros()
            .iter()
            .map(|i| {
                // Who asked sees how the owner wants to be reached now; the owner sees the asker's.
                let owner = if &i.from == me { self.world.profile(&i.profile).map_or(Contact::Bot, |p| p.contact) } else { Contact::Bot };
                i.view(me, &owner)
            })
            .collect()
    }

    /// Whether the user may ask the owner of profile `id` for an introduction now.
    pub(super) fn may_ask(&self, id: &ProfileId) -> Result<(), CannotAsk> {
        let profile = self.world.profile(id);
        may_ask(self.world.me(), profile.as_ref(), &self.intros(), self.content.settings.partners.max_open_requests, self.now)
    }

    /// Why the user cannot ask, in words.
    pub(super) fn cannot_ask(&mut self, id: &ProfileId, why: CannotAsk) {
        let mut args = FluentArgs::new();
        args.set("name", self.listing(id).map(|l| l.name.clone()).unwrap_or_default());
        let key = match why {
            CannotAsk::Gone | CannotAsk::Own => "partner-gone",
            CannotAsk::AlreadyAsked => "partner-already-asked",
            CannotAsk::Blocked => "partner-cannot-ask",
            CannotAsk::TooMany { max } => {
                args.set("max", max);
                "partner-limit"
            }
        };
        self.say(key, Some(&args));
    }

    /// The next answer while asking for an introduction.
    ///
    /// The message to the other side is at least [`MIN_MESSAGE`] characters.
    pub(super) fn asking(&mut self, id: ProfileId, stage: AskStage, text: &str, then: Then) {
        let text = text.trim().to_owned();
        let too_long = |n: usize| text.chars().count() > n;
        let next = match stage {
            AskStage::Who if too_long(200) => return self.partner_invalid(200),
            AskStage::Who => AskStage::Contact { who: text },
            AskStage::Contact { .. } if too_long(200) => return self.partner_invalid(200),
            // "ola@@" reaches nobody: asked again, with examples.
            AskStage::Contact { .. } if !crate::core::validate::is_contact(&text) => {
                self.say("partner-contact-invalid", None);
                return self.show_partners();
            }
            AskStage::Contact { who } => AskStage::Message { who, contact: Some(contact_of(&text)) },
            AskStage::Message { .. } if too_long(1000) => return self.partner_invalid(1000),
            // "Hei" tells the other side nothing to answer: a few words more.
            AskStage::Message { .. } if text.chars().count() < MIN_MESSAGE => {
                let mut args = FluentArgs::new();
                args.set("min", MIN_MESSAGE);
                args.set("length", text.chars().count());
                self.say("invalid-too-short", Some(&args));
                return self.show_partners();
            }
            AskStage::Message { who, contact } => {
                let (from_name, from_contact) = match (self.mine(), contact) {
                    (Some(p), _) => (p.listing.name.clone(), p.contact.clone()),
                    (None, c) => (who, c.unwrap_or(Contact::Bot)),
                };
                self.request_intro(&id, Request { from_name, from_contact, message: text });
                return self.partners(PartnerView::Listing { id, query: None }, then);
            }
        };
        self.partners(PartnerView::Asking { id, stage: next }, then);
    }

    /// Asks the owner of `id` for an introduction, if the rules allow it now.
    fn request_intro(&mut self, id: &ProfileId, request: Request) {
        let (Ok(()), Some(profile)) = (self.may_ask(id), self.world.profile(id)) else {
            let why = self.may_ask(id).err().unwrap_or(CannotAsk::Gone);
            return self.cannot_ask(id, why);
        };
        let intro_id = self.world.next_intro_id();
        let (intro, notice) = Introduction::requested(intro_id, self.world.me(), &profile, request, self.now);
        self.changed_intro(intro);
        self.count_listing(crate::core::activity::Happening::IntroAsked, &profile.listing);
        self.effect(Effect::Notify { user: profile.owner.clone(), notice });
        let mut args = FluentArgs::new();
        args.set("name", profile.listing.name.clone());
        args.set("days", self.content.settings.partners.answer_days);
        self.say("partner-asked", Some(&args));
    }

    /// The request `intro` to the user, if it still waits for their answer.
    fn waiting_request(&self, intro: &IntroId) -> Option<Introduction> {
        let me = self.world.me();
        self.intros().into_iter().find(|i| &i.id == intro && &i.to == me && i.status == IntroStatus::Open)
    }

    /// Asking whether to accept an introduction.
    pub(crate) fn ask_intro(&mut self, intro: &IntroId) {
        let Some(i) = self.waiting_request(intro) else {
            // Answered already (on another device, or it expired): nothing to decide.
            if let State::AnsweringIntro { resume, .. } = std::mem::replace(&mut self.user.session.state, State::New) {
                self.user.session.state = *resume;
            }
            self.say("partner-intro-gone", None);
            return self.ask_pending();
        };
        self.unannounce(&i.id);
        let mut a = FluentArgs::new();
        a.set("name", i.from_name.clone());
        a.set("message", i.message.clone());
        // What a yes gives each side: contact details only where each chose to share them.
        a.set("through", i.exchange(&self.own_contact()).as_str());
        let text = self.text(&MessageId::new("partner-intro-decide"), Some(&a));
        let options = self.intro_choices();
        self.ask_choice(MessageId::new("partner-intro-decide"), text, options);
    }

    /// Takes back this turn's notice of the request `intro`: the question asked now says it all.
    fn unannounce(&mut self, intro: &IntroId) {
        let Some(at) = self.announced.iter().position(|(i, _)| i == intro) else { return };
        let (_, index) = self.announced.remove(at);
        self.replies.remove(index);
        for (_, later) in self.announced.iter_mut().filter(|(_, n)| *n > index) {
            *later -= 1;
        }
    }

    /// How the user wants to be reached as a profile's owner (through the bot without one).
    fn own_contact(&self) -> Contact {
        self.mine().map_or(Contact::Bot, |p| p.contact)
    }

    /// `$name`: the other side of introduction `intro`, as a message to them names them.
    pub(crate) fn other_side(&self, intro: &IntroId) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set("name", self.intro_views().into_iter().find(|i| &i.id == intro).map(|i| i.other).unwrap_or_default());
        args
    }

    pub(crate) fn intro_choices(&self) -> Vec<ChoiceOption> {
        Decision::ALL.iter().map(|d| ChoiceOption { value: d.value().to_owned(), label: self.text(&MessageId::new(format!("partner-intro-{}", d.value())), None) }).collect()
    }

    /// The owner's decision on a request for an introduction.
    pub(crate) fn answer_intro(&mut self, intro: IntroId, resume: State, value: &str) {
        self.user.session.state = resume;
        let decision = Decision::ALL.into_iter().find(|d| d.value() == value).unwrap_or(Decision::Later);
        if decision == Decision::Later {
            self.say("partner-intro-later-done", None);
            return self.ask_pending();
        }
        let Some(mut i) = self.waiting_request(&intro) else {
            self.say("partner-intro-gone", None);
            return self.ask_pending();
        };
        let mut a = FluentArgs::new();
        a.set("name", i.from_name.clone());
        let mine = self.mine();
        let notice = match decision {
            Decision::Accept => {
                let own = self.own_contact();
                // Through the bot only: the other side gets no contact details, and the text says so.
                a.set("through", i.exchange(&own).as_str());
                let notice = i.accept(&own);
                if let Some(p) = &mine {
                    self.count_listing(crate::core::activity::Happening::IntroAccepted, &p.listing);
                }
                self.say("partner-accepted", Some(&a));
                if let Some(contact) = i.from_contact.detail() {
                    a.set("contact", contact);
                    self.say("partner-contact", Some(&a));
                } else {
                    // They keep in touch through the bot: the owner writes first, here.
                    let resume = Box::new(std::mem::replace(&mut self.user.session.state, State::New));
                    self.user.session.state = State::WritingToPartner { intro: i.id.clone(), resume };
                }
                notice
            }
            Decision::Decline | Decision::Block => {
                if let (Decision::Block, Some(p)) = (decision, &mine) {
                    self.change_profile(Some(p.blocking(&i.from, self.now)));
                }
                self.say(if decision == Decision::Block { "partner-blocked-done" } else { "partner-declined-done" }, Some(&a));
                // A block reads like any other "no" to the requester.
                i.decline()
            }
            Decision::Later => unreachable!("answered above"),
        };
        self.effect(Effect::Notify { user: i.from.clone(), notice });
        self.changed_intro(i);
        self.ask_pending();
    }

    /// A message to the other side of an accepted introduction, through the bot.
    pub(crate) fn write_to_partner(&mut self, intro: &IntroId, text: &str) {
        let me = self.world.me().clone();
        let accepted = self.intros().into_iter().find(|i| &i.id == intro && i.status == IntroStatus::Accepted && (i.from == me || i.to == me));
        let Some(i) = accepted else { return self.say("partner-intro-gone", None) };
        let from = if i.from == me { i.from_name.clone() } else { i.to_name.clone() };
        let notice = Notice::PartnerMessage { intro: i.id.clone(), from, text: text.to_owned() };
        self.effect(Effect::Notify { user: i.other(&me).clone(), notice });
        self.say("partner-message-sent", None);
    }
}

/// The owner's answer to a request for an introduction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decision {
    Accept,
    Decline,
    /// Decline, and refuse any further request from the same person.
    Block,
    /// Decide another time.
    Later,
}

impl Decision {
    const ALL: [Decision; 4] = [Decision::Accept, Decision::Decline, Decision::Block, Decision::Later];

    fn value(self) -> &'static str {
        match self {
            Decision::Accept => "accept",
            Decision::Decline => "decline",
            Decision::Block => "block",
            Decision::Later => "later",
        }
    }
}

/// What the requester typed as their contact: an e-mail address, or else a handle or number.
fn contact_of(text: &str) -> Contact {
    if crate::core::validate::is_email(text) { Contact::Email(text.to_owned()) } else { Contact::Handle(text.to_owned()) }
}
