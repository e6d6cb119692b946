//! Draft applications: what a submitted journey becomes, its readable id (`BS-2026-0007`),
//! and the status advisers move it through. What changes a filed draft, and what each change
//! tells its applicant, is [`DraftChange`] and [`Draft::apply`].

mod change;
pub use change::DraftChange;

use super::ids::{DialogId, MessageId, SlotName, UserKey};
use super::locale::Locale;
use super::value::Value;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

pub const DRAFT_VERSION: u32 = 1;

/// `BS-<year>-<sequence>`, the sequence counting per year from 1.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DraftId(pub String);

impl DraftId {
    pub fn new(year: i32, sequence: u64) -> DraftId {
        DraftId(format!("BS-{year}-{sequence:04}"))
    }

    /// Accepts `BS-2026-0007`, case-insensitively, and nothing else.
    pub fn parse(s: &str) -> Option<DraftId> {
        let upper = s.trim().to_uppercase();
        let mut parts = upper.split('-');
        let (Some("BS"), Some(y), Some(n), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else { return None };
        let ok = y.len() == 4 && n.len() >= 4 && y.bytes().chain(n.bytes()).all(|b| b.is_ascii_digit());
        ok.then_some(DraftId(upper))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DraftId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DraftStatus {
    Submitted,
    Claimed,
    FollowUp,
    Closed,
}

impl DraftStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DraftStatus::Submitted => "submitted",
            DraftStatus::Claimed => "claimed",
            DraftStatus::FollowUp => "follow-up",
            DraftStatus::Closed => "closed",
        }
    }

    pub const ALL: [DraftStatus; 4] = [DraftStatus::Submitted, DraftStatus::Claimed, DraftStatus::FollowUp, DraftStatus::Closed];

    pub fn parse(s: &str) -> Option<DraftStatus> {
        DraftStatus::ALL.into_iter().find(|d| d.as_str() == s)
    }

    /// Its name as advisers and operators read it (the command line's status column, a
    /// draft's history); the applicant reads `draft-status-*` instead.
    pub fn name_id(self) -> MessageId {
        MessageId::new(format!("cli-status-{}", self.as_str()))
    }
}

/// Who acted ([`DraftEvent::by`]) when `drafts reply` or `drafts close` is given no `--adviser`.
pub const BY_COMMAND_LINE: &str = "cli";
/// Who acted, in the audit trail, when the applicant erased their own draft (`/forget`).
pub const BY_APPLICANT: &str = "applicant";

/// What happened to a draft, for the audit trail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftEvent {
    pub at: i64,
    pub status: DraftStatus,
    /// The adviser who acted (absent for the applicant's own submission).
    pub by: Option<String>,
    pub note: Option<String>,
    /// A note for the advisers only (an erase request, in drafts from earlier versions), not
    /// shown to the applicant.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub internal: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub version: u32,
    pub id: DraftId,
    pub user: UserKey,
    pub locale: Locale,
    pub dialog: DialogId,
    pub created: i64,
    pub updated: i64,
    pub status: DraftStatus,
    pub answers: BTreeMap<SlotName, Value>,
    pub history: Vec<DraftEvent>,
    /// Set on drafts whose applicant used `/forget` before it erased drafts at once (earlier
    /// versions): such a draft is erased as soon as it is closed.
    #[serde(default)]
    pub erase_requested: bool,
    /// Advisers' chats that refused it for good (it is in `drafts list` and `show` all the same).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub undelivered: Vec<Undelivered>,
}

/// An advisers' chat that refused a draft for good, and why (the platform's words).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Undelivered {
    pub sink: super::ids::Sink,
    pub at: i64,
    pub reason: String,
}

impl Draft {
    /// A journey's answers as a draft, filed under `id` now.
    pub fn filed(id: DraftId, user: UserKey, locale: Locale, dialog: DialogId, answers: BTreeMap<SlotName, Value>, now: i64) -> Draft {
        Draft {
            version: DRAFT_VERSION,
            id,
            user,
            locale,
            dialog,
            created: now,
            updated: now,
            status: DraftStatus::Submitted,
            answers,
            history: vec![DraftEvent { at: now, status: DraftStatus::Submitted, by: None, note: None, internal: false }],
            erase_requested: false,
            undelivered: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_readable_and_parse_strictly() {
        assert_eq!(DraftId::new(2026, 7).as_str(), "BS-2026-0007");
        assert_eq!(DraftId::new(2026, 12345).as_str(), "BS-2026-12345");
        assert_eq!(DraftId::parse(" bs-2026-0007 "), Some(DraftId::new(2026, 7)));
        assert_eq!(DraftId::parse("BS-26-0007"), None);
        assert_eq!(DraftId::parse("XX-2026-0007"), None);
        assert_eq!(DraftId::parse("BS-2026-0007-1"), None);
    }
}
