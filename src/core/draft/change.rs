//! What changes a filed draft from outside its applicant's own record — an adviser's action,
//! the applicant's note — and what each change tells the applicant
//! ([`Draft::apply`], the one place that decides it; the store runs it atomically).

use super::{Draft, DraftEvent, DraftStatus};
use crate::core::notice::Notice;
use serde::{Deserialize, Serialize};

/// Something that happens to a filed draft, from outside the applicant's own record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum DraftChange {
    /// An adviser acted (claimed, asked, closed): the draft moves to the event's status.
    Adviser(DraftEvent),
    /// The applicant wrote to the advisers about it: recorded in its history, status unchanged.
    ApplicantNote { at: i64, text: String },
}

impl Draft {
    /// Applies `change`; returns the notices it causes for the applicant. An adviser's note
    /// (asking for a follow-up) is a message to them, which says the adviser follows the
    /// draft up; any other new status is news to them; what the applicant did themselves is
    /// only recorded.
    pub fn apply(&mut self, change: &DraftChange) -> Vec<Notice> {
        let event = match change {
            DraftChange::Adviser(event) => event.clone(),
            DraftChange::ApplicantNote { at, text } => DraftEvent { at: *at, status: self.status, by: None, note: Some(text.clone()), internal: false },
        };
        let mut notices = Vec::new();
        if let (Some(text), Some(_), DraftStatus::FollowUp) = (&event.note, &event.by, event.status) {
            notices.push(Notice::AdviserMessage { draft: self.id.clone(), text: text.clone() });
        }
        if event.status != self.status && notices.is_empty() {
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
    use crate::core::draft::DraftId;
    use crate::core::ids::{DialogId, UserKey};
    use crate::core::locale::Locale;
    use std::collections::BTreeMap;

    fn draft() -> Draft {
        let user = UserKey::new(crate::core::ids::Platform::Telegram, "1");
        Draft::filed(DraftId::new(2026, 1), user, Locale::Nb, DialogId::new("application"), BTreeMap::new(), 10)
    }

    #[test]
    fn an_advisers_question_and_every_other_new_status_are_news_to_the_applicant() {
        let mut d = draft();
        let claim = DraftChange::Adviser(DraftEvent { at: 15, status: DraftStatus::Claimed, by: Some("cli".into()), note: None, internal: false });
        assert_eq!(d.apply(&claim), [Notice::StatusChanged { draft: d.id.clone(), status: DraftStatus::Claimed }]);
        // The question says the adviser follows it up: no second notice for the status it sets.
        let ask = DraftChange::Adviser(DraftEvent { at: 20, status: DraftStatus::FollowUp, by: Some("cli".into()), note: Some("Which dates?".into()), internal: false });
        assert_eq!(d.apply(&ask), [Notice::AdviserMessage { draft: d.id.clone(), text: "Which dates?".into() }]);
        assert_eq!(d.apply(&ask).len(), 1);
        assert_eq!((d.status, d.updated, d.history.len()), (DraftStatus::FollowUp, 20, 4));
        let close = DraftChange::Adviser(DraftEvent { at: 30, status: DraftStatus::Closed, by: Some("cli".into()), note: None, internal: false });
        assert_eq!(d.apply(&close), [Notice::StatusChanged { draft: d.id.clone(), status: DraftStatus::Closed }]);
    }

    #[test]
    fn what_the_applicant_does_is_recorded_and_tells_them_nothing() {
        let mut d = draft();
        assert!(d.apply(&DraftChange::ApplicantNote { at: 20, text: "The 5th suits us".into() }).is_empty());
        assert_eq!(d.status, DraftStatus::Submitted);
        assert_eq!(d.history.iter().filter_map(|e| e.note.as_deref()).collect::<Vec<_>>(), ["The 5th suits us"]);
    }
}
