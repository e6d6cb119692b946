//! What goes into a turn and what comes out of it: [`Inbound`] events from adapters, and
//! [`Effect`]s for the runtime to carry out. Plain data, no I/O.

use super::ids::{DialogId, MessageId};
use super::partners::{Contact, IntroId, Profile, ProfileId, ProfileStatus};
use super::locale::Locale;

/// One thing the user did.
#[derive(Debug, Clone, PartialEq)]
pub struct Inbound {
    pub event: Event,
    /// The platform's idea of the user's language, if it has one.
    pub locale_hint: Option<Locale>,
    /// When it happened, unix seconds; "today" for date questions comes from here.
    pub now: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A session (re)opens: show what is pending, or the main menu for a new user.
    Resume,
    /// Typed text (commands included).
    Text(String),
    /// A button press: the question number it was shown with and the option's value.
    Button { question: u32, value: String },
    /// Several options confirmed at once (a multiple-choice keyboard's "done" button), by
    /// their 0-based position in the question's options.
    Choices { question: u32, picked: Vec<usize> },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Reply(Reply),
    /// Erase everything stored about this user (after `/forget` was confirmed).
    Forget,
    /// Show the user everything stored about them, as a JSON document (the runtime has it all).
    MyData,
    /// Store the collected answers as a draft application and hand it to the advisers;
    /// the runtime tells the user the draft's id where this effect stands.
    Submit { dialog: DialogId },
    /// Pass a message from the user to the advisers (about a draft, or a free question).
    ToAdvisers { draft: Option<super::draft::DraftId>, text: String },
    /// Count an anonymous answer to "did this article help?".
    Feedback { article: super::ids::ArticleId, helpful: bool },
    /// Keep a question the resource centre could not answer, already anonymised, for the advisers.
    Unanswered { question: String, locale: Locale },
    /// Store the user's partner profile (new, or changed) and show it in the registry.
    PublishProfile(Box<Profile>),
    /// Pause or resume the user's profile.
    ProfileStatus { status: ProfileStatus },
    /// Keep the user's profile up for another retention period.
    RenewProfile,
    DeleteProfile,
    /// Ask the owner of `profile` for an introduction; the runtime checks the limits, tells the
    /// owner, and tells the user what happened.
    RequestIntro { profile: ProfileId, from_name: String, from_contact: Contact, message: String },
    /// The owner's answer; on accept the runtime gives each side the other's contact.
    AnswerIntro { intro: IntroId, answer: IntroAnswer },
    /// A message to the other side of an accepted introduction, through the bot.
    ToPartner { intro: IntroId, text: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntroAnswer {
    Accept,
    Decline,
    /// Decline, and refuse any further request from the same person.
    Block,
}

/// A message to the user: already formatted text, and choices if it asks for one.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    /// The Fluent id of the main text, so tests can follow a conversation in any language.
    pub key: MessageId,
    pub text: String,
    pub choices: Option<Choices>,
    /// The language it is written in, for the few words an adapter adds (e.g. a "done" button).
    pub locale: Locale,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Choices {
    /// Number of the question, to carry in button data.
    pub question: u32,
    pub multi: bool,
    pub options: Vec<ChoiceOption>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceOption {
    pub value: String,
    pub label: String,
}

impl Effect {
    pub fn reply(&self) -> Option<&Reply> {
        match self {
            Effect::Reply(r) => Some(r),
            _ => None,
        }
    }
}
