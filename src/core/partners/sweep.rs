//! What the registry's periodic sweep does, decided here: owners are reminded before their
//! profile expires (once per period), and requests nobody answered in time are closed with a
//! word to whoever asked. The runtime reads everything, calls [`due`], and stores the result.

use super::{Introduction, IntroStatus, Profile};
use crate::core::content::PartnerSettings;
use crate::core::ids::UserKey;
use crate::core::notice::Notice;

const DAY: i64 = 86_400;

/// What a sweep changes: records to store as they are now, and who is told what.
#[derive(Debug, Default, PartialEq)]
pub struct Due {
    pub profiles: Vec<Profile>,
    pub intros: Vec<Introduction>,
    pub notices: Vec<(UserKey, Notice)>,
}

pub fn due(settings: &PartnerSettings, profiles: &[Profile], intros: &[Introduction], now: i64) -> Due {
    let mut due = Due::default();
    for p in profiles {
        if p.visible(now) && !p.reminded && p.renewable(now, settings.reminder_days * DAY) {
            due.notices.push((p.owner.clone(), Notice::ProfileExpiring { expires: p.expires }));
            due.profiles.push(Profile { reminded: true, ..p.clone() });
        }
    }
    for i in intros {
        if i.status == IntroStatus::Open && now - i.created > settings.answer_days * DAY {
            let mut closed = i.clone();
            let notice = closed.expire();
            due.notices.push((closed.from.clone(), notice));
            due.intros.push(closed);
        }
    }
    due
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ids::Platform;
    use crate::core::partners::{Contact, IntroId, Listing, PROFILE_VERSION, ProfileId, ProfileStatus};

    fn profile(expires: i64) -> Profile {
        let owner = UserKey::new(Platform::Telegram, "owner");
        let id = ProfileId::of(&owner);
        let listing = Listing { id: id.clone(), name: "Kirkenes skole".into(), country: "norway".into(), region: "finnmark".into(), kind: "school".into(), topics: vec![], description: String::new(), languages: vec![], looking_for: String::new() };
        Profile { version: PROFILE_VERSION, id, owner, created: 0, updated: 0, expires, status: ProfileStatus::Active, reminded: false, listing, contact: Contact::Bot, blocked: vec![] }
    }

    #[test]
    fn an_owner_is_reminded_once_and_a_renewal_brings_a_new_reminder() {
        let settings = PartnerSettings::default();
        let now = 1_000 * DAY;
        let p = profile(now + 40 * DAY);
        assert_eq!(due(&settings, std::slice::from_ref(&p), &[], now), Due::default(), "not yet");
        let p = profile(now + 30 * DAY);
        let d = due(&settings, std::slice::from_ref(&p), &[], now);
        assert_eq!(d.notices, [(p.owner.clone(), Notice::ProfileExpiring { expires: p.expires })]);
        let reminded = d.profiles[0].clone();
        assert!(reminded.reminded);
        assert_eq!(due(&settings, std::slice::from_ref(&reminded), &[], now + DAY), Due::default(), "only once");
        // Renewed: up another period, and reminded again before that one ends.
        let renewed = reminded.renewed(now + DAY, settings.profile_days * DAY);
        assert!(!renewed.reminded);
        assert_eq!(due(&settings, std::slice::from_ref(&renewed), &[], renewed.expires - 29 * DAY).notices.len(), 1);
    }

    #[test]
    fn a_request_nobody_answers_is_closed_and_the_requester_told() {
        let settings = PartnerSettings::default();
        let asker = UserKey::new(Platform::Discord, "asker");
        let request = super::super::intro::Request { from_name: "Ola".into(), from_contact: Contact::Bot, message: "Hi".into() };
        let (i, _) = Introduction::requested(IntroId::from_number(1), &asker, &profile(100 * DAY), request, 0);
        assert!(due(&settings, &[], std::slice::from_ref(&i), 14 * DAY).intros.is_empty());
        let d = due(&settings, &[], std::slice::from_ref(&i), 14 * DAY + 1);
        assert_eq!(d.intros[0].status, IntroStatus::Expired);
        assert_eq!(d.notices, [(asker, Notice::IntroductionExpired { intro: i.id.clone(), name: "Kirkenes skole".into() })]);
    }
}
