//! What goes into a turn and what comes out of it: an [`Inbound`] event from an adapter, and a
//! [`Turned`] — the user's new state, the [`Reply`]s to show them, and the [`Effect`]s the runtime
//! must carry out before it shows anything ("durable before visible"). Plain data, no I/O.
//!
//! Every effect is a complete record, decided here: the draft as it is filed, the profile as
//! it is saved, the notice as the other user will read it. The runtime writes them as they are.

use super::activity::Tally;
use super::command::Command;
use super::draft::{Draft, DraftChange, DraftId};
use super::ids::{ArticleId, UserKey};
use super::knowledge::OpenQuestion;
use super::notice::Notice;
use super::partners::{IntroId, Introduction, Profile, ProfileId};
use super::reply::Reply;
use super::session::UserState;
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
    /// The bot brings news it was told about (see [`Notice`]): what arrived, then the pending
    /// question again; nothing at all when nothing arrived.
    News,
    /// Typed text (commands included).
    Text(String),
    /// A command the platform already knows as one (a Discord slash command).
    Command(Command),
    /// A button press: the question number it was shown with and the option's value.
    Button { question: u32, value: String },
    /// Several options confirmed at once (a multiple-choice keyboard's "done" button), by
    /// their 0-based position in the question's options.
    Choices { question: u32, picked: Vec<usize> },
}

/// What the runtime carries out for a turn, in order, before the user sees its replies.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Erase everything the store keeps of the user under their key: their state, waiting
    /// notices, partner profile, their side of introductions, questions they let the advisers
    /// keep, messages to the advisers not yet delivered, and whom the advisers' replies go to.
    /// The turn's own state is not saved after it.
    EraseUser,
    /// Erase a draft the user filed, with its hand-off and messages about it not yet delivered;
    /// the advisers are told its id only.
    EraseDraft(DraftId),
    /// Erase an introduction, with the notices about it that wait for either side.
    DeleteIntro(IntroId),
    /// File a submitted draft (its id already taken) with its hand-off to the advisers. The
    /// turn's state lists it; both are written together.
    FileDraft(Box<Draft>),
    /// A message from the user to the advisers; when it is about a draft, with what the draft's
    /// history records of it.
    ToAdvisers { from: UserKey, text: String, about: Option<(DraftId, DraftChange)> },
    /// Count an anonymous answer to "did this article help?", in the month of `at`.
    Feedback { article: ArticleId, helpful: bool, at: i64 },
    /// Count something that happened, anonymously (see [`crate::core::activity`]).
    Count(Box<Tally>),
    /// Keep a question the resource centre could not answer, already anonymised.
    KeepQuestion(OpenQuestion),
    /// Store a partner profile as it is now (new, changed, paused, renewed).
    SaveProfile(Box<Profile>),
    DeleteProfile(ProfileId),
    /// Store an introduction as it is now (new or changed), for both of its sides.
    SaveIntro(Box<Introduction>),
    /// Leave a notice for another user, shown at their next turn (or pushed at once).
    Notify { user: UserKey, notice: Notice },
}

/// The result of one turn.
#[derive(Debug, Clone, PartialEq)]
pub struct Turned {
    /// The user's state as the turn leaves it.
    pub user: UserState,
    /// What the user is shown, in order.
    pub replies: Vec<Reply>,
    /// What must be stored first.
    pub effects: Vec<Effect>,
}
