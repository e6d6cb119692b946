//! How long what the bot keeps stays once nobody needs it, decided here; the runtime's sweep
//! asks these for every record and removes what they say is due.

use super::content::RetentionSettings;
use super::draft::{Draft, DraftStatus};
use super::knowledge::OpenQuestion;
use super::partners::Profile;
use super::value::Date;
use super::session::UserState;

const DAY: i64 = 86_400;

/// A session and its preferences, idle for longer than `idle_session_days`. A record from
/// before activity was recorded (`last_seen` 0) waits for its next turn instead.
pub fn session_is_due(state: &UserState, settings: &RetentionSettings, now: i64) -> bool {
    state.last_seen > 0 && now - state.last_seen > settings.idle_session_days * DAY
}

/// A closed draft: `closed_draft_days` after it was closed, or at once if its applicant asked
/// to be forgotten.
pub fn draft_is_due(draft: &Draft, settings: &RetentionSettings, now: i64) -> bool {
    draft.status == DraftStatus::Closed && (draft.erase_requested || now - draft.updated > settings.closed_draft_days * DAY)
}

/// A profile `expired_profile_days` after it expired without being renewed.
pub fn profile_is_due(profile: &Profile, settings: &RetentionSettings, now: i64) -> bool {
    now - profile.expires > settings.expired_profile_days * DAY
}

/// A kept question `question_days` after it was asked.
pub fn question_is_due(question: &OpenQuestion, settings: &RetentionSettings, now: i64) -> bool {
    now - question.at > settings.question_days * DAY
}

/// The "did this help?" counts of `month` (`YYYY-MM`), `feedback_days` after it ended. A month
/// that cannot be read is kept (nothing in it is personal).
pub fn feedback_is_due(month: &str, settings: &RetentionSettings, now: i64) -> bool {
    let parsed = month.split_once('-').and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u8>().ok()?)));
    let Some((year, month)) = parsed.filter(|(_, m)| (1..=12).contains(m)) else { return false };
    let (year, month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    let Some(ended) = Date::new(year, month, 1).map(|d| d.to_days() * DAY) else { return false };
    now - ended > settings.feedback_days * DAY
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::draft::{DraftEvent, DraftId};
    use crate::core::ids::{DialogId, Platform, UserKey};
    use crate::core::locale::Locale;

    #[test]
    fn each_record_stays_its_period_and_no_longer() {
        let s = RetentionSettings::default();
        let state = UserState { last_seen: 10, ..UserState::default() };
        assert!(!session_is_due(&state, &s, 10 + 180 * DAY));
        assert!(session_is_due(&state, &s, 11 + 180 * DAY));
        assert!(!session_is_due(&UserState::default(), &s, 1000 * DAY), "no activity recorded yet");

        let user = UserKey::new(Platform::Telegram, "1");
        let mut d = Draft::filed(DraftId::new(2026, 1), user, Locale::En, DialogId::new("application"), Default::default(), 0);
        assert!(!draft_is_due(&d, &s, 1000 * DAY), "open drafts stay");
        d.apply(&crate::core::draft::DraftChange::Adviser(DraftEvent { at: DAY, status: DraftStatus::Closed, by: Some("cli".into()), note: None, internal: false }));
        assert!(!draft_is_due(&d, &s, 366 * DAY) && draft_is_due(&d, &s, 366 * DAY + 1));
        d.erase_requested = true;
        assert!(draft_is_due(&d, &s, DAY), "forgotten: at once when closed");

        let q = OpenQuestion { at: 10, locale: Locale::En, text: "?".into(), asker: None };
        assert!(!question_is_due(&q, &s, 10 + 365 * DAY) && question_is_due(&q, &s, 11 + 365 * DAY));
        // November 2026 ends on 1 December 2026 (unix 1 796 083 200).
        let ended = 1_796_083_200;
        assert!(!feedback_is_due("2026-11", &s, ended + 730 * DAY) && feedback_is_due("2026-11", &s, ended + 730 * DAY + 1));
        assert!(!feedback_is_due("2026-12", &s, ended + 730 * DAY + 1), "December ends a month later");
        assert!(!feedback_is_due("someday", &s, i64::MAX / 2), "unreadable: kept");
    }
}
