//! Draft applications: what a submitted journey becomes, its readable id (`BS-2026-0007`),
//! the status advisers move it through, and what each change to it tells its applicant
//! ([`Draft::apply`], the one place that decides it).

use super::ids::{DialogId, SlotName, UserKey};
use super::locale::Locale;
use super::notice::Notice;
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

    pub fn parse(s: &str) -> Option<DraftStatus> {
        [DraftStatus::Submitted, DraftStatus::Claimed, DraftStatus::FollowUp, DraftStatus::Closed].into_iter().find(|d| d.as_str() == s)
    }
}

/// What happened to a draft, for the audit trail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftEvent {
    pub at: i64,
    pub status: DraftStatus,
    /// The adviser who acted (absent for the applicant's own submission).
    pub by: Option<String>,
    pub note: Option<String>,
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
    /// The applicant used `/forget`: the advisers were told, and the draft is erased once closed.
    #[serde(default)]
    pub erase_requested: bool,
}

/// Something that happens to a filed draft, from outside the applicant's own record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum DraftChange {
    /// An adviser acted (claimed, asked, closed): the draft moves to the event's status.
    Adviser(DraftEvent),
    /// The applicant wrote to the advisers about it: recorded in its history, status unchanged.
    ApplicantNote { at: i64, text: String },
    /// The applicant used `/forget`: the advisers are told (`note`), and it is erased once closed.
    EraseRequested { at: i64, note: String },
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
            history: vec![DraftEvent { at: now, status: DraftStatus::Submitted, by: None, note: None }],
            erase_requested: false,
        }
    }

    /// Applies `change`; returns the notices it causes for the applicant. An adviser's note
    /// (asking for a follow-up) is a message to them; any new status is news to them; what the
    /// applicant did themselves is only recorded.
    pub fn apply(&mut self, change: &DraftChange) -> Vec<Notice> {
        let event = match change {
            DraftChange::Adviser(event) => event.clone(),
            DraftChange::ApplicantNote { at, text } => DraftEvent { at: *at, status: self.status, by: None, note: Some(text.clone()) },
            DraftChange::EraseRequested { at, note } => {
                self.erase_requested = true;
                DraftEvent { at: *at, status: self.status, by: None, note: Some(note.clone()) }
            }
        };
        let mut notices = Vec::new();
        if let (Some(text), Some(_), DraftStatus::FollowUp) = (&event.note, &event.by, event.status) {
            notices.push(Notice::AdviserMessage { draft: self.id.clone(), text: text.clone() });
        }
        if event.status != self.status {
            notices.push(Notice::StatusChanged { draft: self.id.clone(), status: event.status });
        }
        self.status = event.status;
        self.updated = event.at;
        self.history.push(event);
        notices
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

    fn draft() -> Draft {
        let user = UserKey::new(crate::core::ids::Platform::Telegram, "1");
        Draft::filed(DraftId::new(2026, 1), user, Locale::Nb, DialogId::new("application"), BTreeMap::new(), 10)
    }

    #[test]
    fn an_advisers_question_and_every_new_status_are_news_to_the_applicant() {
        let mut d = draft();
        let ask = DraftChange::Adviser(DraftEvent { at: 20, status: DraftStatus::FollowUp, by: Some("cli".into()), note: Some("Which dates?".into()) });
        assert_eq!(
            d.apply(&ask),
            [
                Notice::AdviserMessage { draft: d.id.clone(), text: "Which dates?".into() },
                Notice::StatusChanged { draft: d.id.clone(), status: DraftStatus::FollowUp }
            ]
        );
        // Asked again in the same status: the question, but no status news.
        assert_eq!(d.apply(&ask).len(), 1);
        assert_eq!((d.status, d.updated, d.history.len()), (DraftStatus::FollowUp, 20, 3));
    }

    #[test]
    fn what_the_applicant_does_is_recorded_and_tells_them_nothing() {
        let mut d = draft();
        assert!(d.apply(&DraftChange::ApplicantNote { at: 20, text: "The 5th suits us".into() }).is_empty());
        assert!(d.apply(&DraftChange::EraseRequested { at: 30, note: "erase it".into() }).is_empty());
        assert!(d.erase_requested);
        assert_eq!(d.status, DraftStatus::Submitted);
        assert_eq!(d.history.iter().filter_map(|e| e.note.as_deref()).collect::<Vec<_>>(), ["The 5th suits us", "erase it"]);
    }
}
