//! The advisers' side, said once for every platform: what they receive ([`Handoff`]: a new
//! draft, or a user's message, and its text), the buttons on a draft in the adviser chat
//! (their data `a1:<c|q|x>:<draft id>` and labels), the [`DraftEvent`] each action records,
//! and what the advisers' chat is told about an action ([`ActionReport`]). Who is an adviser
//! is a platform's fact (a Telegram id, a Discord role); the command line is trusted. Nothing
//! here touches the store.

use super::content::Content;
use super::draft::{Draft, DraftEvent, DraftId, DraftStatus};
use super::ids::{MessageId, Platform, UserKey};
use super::locale::Locale;
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};

/// A user's message to the advisers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relay {
    pub from: UserKey,
    pub text: String,
}

/// Whom an adviser's reply to one of the bot's posts in the advisers' chat is for: the
/// applicant of a draft (a question about it), or someone who asked the advisers a question
/// of their own. Stored with each post when it is made, never read from its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "to", content = "id", rename_all = "snake_case")]
pub enum ReplyTarget {
    Draft(DraftId),
    Asker(UserKey),
}

/// What an adviser sink delivers: a new draft, or a user's message to the advisers — or the
/// word that one of them could not be posted there.
#[derive(Debug, Clone)]
pub enum Handoff {
    Draft(Draft),
    Message { relay: Relay, draft: Option<DraftId> },
    /// The applicant of `draft` used `/forget`: the bot has erased it. Only its id is told.
    Erased { draft: DraftId },
    /// The platform refused a post for good (`reason`, its words): the draft it was, or who sent
    /// the message it was.
    Undeliverable { draft: Option<DraftId>, from: Option<UserKey>, reason: String },
}

impl Handoff {
    /// The text advisers read, in their language: a draft's id and answers, or a message with
    /// who sent it and which draft it is about. Every sink posts exactly this.
    pub fn text(&self, content: &Content, locale: Locale) -> String {
        let mut args = FluentArgs::new();
        match self {
            Handoff::Draft(d) => {
                args.set("id", d.id.to_string());
                let mut text = content.catalog.format(locale, &MessageId::new("adviser-new-draft"), Some(&args));
                for (label, value) in super::export::fields(content, d, locale) {
                    text.push_str(&format!("\n{label}: {value}"));
                }
                text
            }
            Handoff::Message { relay, draft } => {
                args.set("from", relay.from.to_string());
                let key = match draft {
                    Some(id) => {
                        args.set("id", id.to_string());
                        "adviser-message"
                    }
                    None => "adviser-question",
                };
                format!("{}\n{}", content.catalog.format(locale, &MessageId::new(key), Some(&args)), relay.text)
            }
            Handoff::Erased { draft } => {
                args.set("id", draft.to_string());
                content.catalog.format(locale, &MessageId::new("adviser-erased"), Some(&args))
            }
            Handoff::Undeliverable { draft, from, reason } => {
                args.set("reason", reason.clone());
                let key = match draft {
                    Some(id) => {
                        args.set("id", id.to_string());
                        "adviser-undeliverable"
                    }
                    None => {
                        args.set("from", from.as_ref().map_or_else(|| "—".to_owned(), UserKey::to_string));
                        "adviser-undeliverable-message"
                    }
                };
                content.catalog.format(locale, &MessageId::new(key), Some(&args))
            }
        }
    }

    /// Whom a reply to this post is for.
    pub fn reply_target(&self) -> Option<ReplyTarget> {
        match self {
            Handoff::Draft(d) => Some(ReplyTarget::Draft(d.id.clone())),
            Handoff::Message { draft: Some(id), .. } => Some(ReplyTarget::Draft(id.clone())),
            Handoff::Message { relay, draft: None } => Some(ReplyTarget::Asker(relay.from.clone())),
            Handoff::Erased { .. } | Handoff::Undeliverable { .. } => None,
        }
    }

    /// The draft whose buttons go under the post (a new draft; a message has none).
    pub fn buttons_for(&self) -> Option<&DraftId> {
        match self {
            Handoff::Draft(d) => Some(&d.id),
            Handoff::Message { .. } | Handoff::Erased { .. } | Handoff::Undeliverable { .. } => None,
        }
    }
}

/// A button on a draft posted to the advisers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Button {
    Claim,
    /// Opens a way to type a question for the applicant (a reply prompt, a form).
    Ask,
    Close,
}

impl Button {
    /// Every button, in the order shown under a new draft.
    pub const ALL: [Button; 3] = [Button::Claim, Button::Ask, Button::Close];

    fn code(self) -> char {
        match self {
            Button::Claim => 'c',
            Button::Ask => 'q',
            Button::Close => 'x',
        }
    }

    /// The callback data (or Discord custom id) of this button on `draft`.
    pub fn data(self, draft: &DraftId) -> String {
        format!("a1:{}:{draft}", self.code())
    }

    /// The Fluent id of its label.
    pub fn label(self) -> MessageId {
        MessageId::new(match self {
            Button::Claim => "adviser-claim",
            Button::Ask => "adviser-ask",
            Button::Close => "adviser-close",
        })
    }

    /// Reads button data; `None` for anything that is not an adviser button. The draft part is
    /// returned as typed, so an adapter can say "there is no draft X" for a malformed one.
    pub fn parse(data: &str) -> Option<(Button, String)> {
        let (code, draft) = data.strip_prefix("a1:")?.split_once(':')?;
        let button = Button::ALL.into_iter().find(|b| code.len() == 1 && code.starts_with(b.code()))?;
        Some((button, draft.to_owned()))
    }

    /// The action a press stands for (Ask: its question comes with the reply or the form).
    pub fn action(self) -> Action {
        match self {
            Button::Claim => Action::Claim,
            Button::Ask => Action::Ask(String::new()),
            Button::Close => Action::Close,
        }
    }

    /// The buttons left under a draft once this one has been used: a claimed draft can still
    /// be asked about and closed; a closed draft has none.
    pub fn remaining(self) -> &'static [Button] {
        match self {
            Button::Claim => &[Button::Ask, Button::Close],
            Button::Ask => &Button::ALL,
            Button::Close => &[],
        }
    }
}

/// An adviser's action on a draft, from a chat or the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Claim,
    /// A message for the applicant: it reaches them in their own chat.
    Ask(String),
    Close,
    /// An answer to someone's own question to the advisers (no draft): it reaches them.
    Answer(String),
}

/// How the audit trail and a draft's history name an adviser: `telegram:5001 (Ola)`.
pub fn adviser_label(platform: Platform, id: &str, name: &str) -> String {
    format!("{}:{id} ({name})", platform.as_str())
}

/// The first name in an adviser's label (`Ola` in `telegram:5001 (Ola)`); none for one without
/// (the command line's `cli`).
pub fn adviser_first_name(label: &str) -> Option<&str> {
    let (_, rest) = label.split_once(" (")?;
    let name = rest.strip_suffix(')')?.split_whitespace().next()?;
    Some(name)
}

impl Action {
    /// What the action records in the draft's history; `by` names the adviser for the audit.
    pub fn event(self, by: String, at: i64) -> DraftEvent {
        let (status, note) = match self {
            Action::Claim => (DraftStatus::Claimed, None),
            Action::Ask(text) => (DraftStatus::FollowUp, Some(text)),
            Action::Close => (DraftStatus::Closed, None),
            // Not about a draft: recorded in the audit only (see `runtime::answer`).
            Action::Answer(text) => (DraftStatus::FollowUp, Some(text)),
        };
        DraftEvent { at, status, by: Some(by), note, internal: false }
    }

    /// Its name in the audit trail.
    pub fn name(&self) -> &'static str {
        match self {
            Action::Claim => "claim",
            Action::Ask(_) => "ask",
            Action::Close => "close",
            Action::Answer(_) => "answer",
        }
    }

    /// The Fluent id that tells the advisers it was done (`$name` the adviser, `$id` the draft).
    pub fn done(&self) -> MessageId {
        MessageId::new(match self {
            Action::Claim => "adviser-claimed",
            Action::Ask(_) => "adviser-asked",
            Action::Close => "adviser-closed",
            Action::Answer(_) => "adviser-answered",
        })
    }
}

/// What an adviser's chat shows after an action: whether it was done, and the text saying so
/// (or why not), in the advisers' language.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionReport {
    pub done: bool,
    pub text: String,
}

/// Why an adviser's action was not done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotDone {
    /// The one acting is not an adviser.
    Refused,
    /// There is no such draft.
    NoSuchDraft,
    /// The draft is closed: nothing more is done with it.
    Closed,
    /// Storing it failed; they may try again.
    Failed,
}

impl ActionReport {
    /// `name` did `action` to `draft`, or it was not done for the reason given.
    pub fn new(content: &Content, locale: Locale, action: &Action, draft: &str, name: &str, result: Result<(), NotDone>) -> ActionReport {
        let mut args = FluentArgs::new();
        args.set("id", draft.to_owned());
        args.set("name", name.to_owned());
        let key = match result {
            Ok(()) => action.done(),
            Err(NotDone::Refused) => MessageId::new("adviser-only"),
            Err(NotDone::NoSuchDraft) => MessageId::new("adviser-no-draft"),
            Err(NotDone::Closed) => MessageId::new("adviser-draft-closed"),
            Err(NotDone::Failed) => MessageId::new("adviser-failed"),
        };
        ActionReport { done: result.is_ok(), text: content.catalog.format(locale, &key, Some(&args)) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_advisers_first_name_is_read_from_their_label_and_only_there() {
        let label = adviser_label(Platform::Discord, "4242", "Vera Nilsen");
        assert_eq!(label, "discord:4242 (Vera Nilsen)");
        assert_eq!(adviser_first_name(&label), Some("Vera"));
        assert_eq!(adviser_first_name("cli"), None);
        assert_eq!(adviser_first_name("telegram:1 ()"), None);
    }

    #[test]
    fn button_data_round_trips_and_nothing_else_parses() {
        let id = DraftId::new(2026, 7);
        for b in Button::ALL {
            assert_eq!(Button::parse(&b.data(&id)), Some((b, "BS-2026-0007".to_owned())));
        }
        assert_eq!(Button::parse("a1:cq:BS-2026-0007"), None);
        assert_eq!(Button::parse("a1:z:BS-2026-0007"), None);
        assert_eq!(Button::parse("v1:3:yes"), None);
        assert_eq!(Button::parse("a1:c:garbage"), Some((Button::Claim, "garbage".to_owned())));
    }

    #[test]
    fn actions_record_who_and_the_status_they_lead_to() {
        let e = Action::Ask("Which dates?".into()).event("cli".into(), 5);
        assert_eq!((e.status, e.note.as_deref(), e.by.as_deref(), e.at), (DraftStatus::FollowUp, Some("Which dates?"), Some("cli"), 5));
        assert_eq!(Action::Claim.event("x".into(), 0).status, DraftStatus::Claimed);
        assert_eq!(Action::Close.event("x".into(), 0).status, DraftStatus::Closed);
    }
}
