//! What advisers do to a draft, said once for every platform: the buttons on a draft in the
//! adviser chat (their data `a1:<c|q|x>:<draft id>` and labels), and the [`DraftEvent`] each
//! action records. Adapters decide *who* is an adviser (a Telegram id, a Discord role); the
//! command line is trusted. Nothing here touches the store.

use super::draft::{DraftEvent, DraftId, DraftStatus};
use super::ids::MessageId;

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
}

impl Action {
    /// What the action records in the draft's history; `by` names the adviser for the audit.
    pub fn event(self, by: String, at: i64) -> DraftEvent {
        let (status, note) = match self {
            Action::Claim => (DraftStatus::Claimed, None),
            Action::Ask(text) => (DraftStatus::FollowUp, Some(text)),
            Action::Close => (DraftStatus::Closed, None),
        };
        DraftEvent { at, status, by: Some(by), note }
    }

    /// Its name in the audit trail.
    pub fn name(&self) -> &'static str {
        match self {
            Action::Claim => "claim",
            Action::Ask(_) => "ask",
            Action::Close => "close",
        }
    }

    /// The Fluent id that tells the advisers it was done (`$name` the adviser, `$id` the draft).
    pub fn done(&self) -> MessageId {
        MessageId::new(match self {
            Action::Claim => "adviser-claimed",
            Action::Ask(_) => "adviser-asked",
            Action::Close => "adviser-closed",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
