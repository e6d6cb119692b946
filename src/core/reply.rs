//! What a user is shown: [`Reply`]s, each already in its language and with its [`Kind`], so
//! an adapter renders it without knowing which message it is. The core writes every one of
//! them; the runtime and the adapters only deliver.

use super::content::Content;
use super::ids::MessageId;
use super::locale::Locale;
use fluent_bundle::FluentArgs;

/// What a reply is for, so each platform can show it in its own way (a stale press as a
/// quiet notice on the button, say) without comparing message ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Something to read: an answer, a confirmation, an explanation.
    Info,
    /// Asks for an answer; its choices, if any, become buttons.
    Question,
    /// News that came while the user was away: a draft moved on, a partner answered.
    Notice,
    /// A press on a button of an earlier question: nothing changed.
    Stale,
    /// Something failed on our side; nothing was changed, the user may try again.
    Apology,
    /// A document to keep (`/mydata`).
    Document,
}

/// A message to the user: already formatted text, and choices if it asks for one.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub kind: Kind,
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

impl Reply {
    /// A message of `kind` from the catalog, with no choices.
    pub fn message(content: &Content, locale: Locale, kind: Kind, key: &str, args: Option<&FluentArgs>) -> Reply {
        let key = MessageId::new(key);
        Reply { kind, text: content.catalog.format(locale, &key, args), key, choices: None, locale }
    }

    /// "Something went wrong on our side; nothing was changed": for a turn that could not be
    /// stored or delivered.
    pub fn apology(content: &Content, locale: Locale) -> Reply {
        Reply::message(content, locale, Kind::Apology, "error-storage", None)
    }

    /// A press on a button of an earlier message (or one we cannot read): nothing changed.
    pub fn stale(content: &Content, locale: Locale) -> Reply {
        Reply::message(content, locale, Kind::Stale, "button-stale", None)
    }

    /// The one notice a user gets when they send more than the platform limit allows.
    pub fn rate_limited(content: &Content, locale: Locale) -> Reply {
        Reply::message(content, locale, Kind::Info, "limit-rate", None)
    }
}
