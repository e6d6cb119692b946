//! Introductions: one user asks the owner of a profile to get in touch; the owner accepts,
//! declines or blocks; only on acceptance does each side learn how to reach the other. Every
//! rule about them is here: who may ask ([`may_ask`]), what each answer tells the requester,
//! whom `/forget` and an unanswered request tell what.

use super::{Contact, Profile, ProfileId};
use crate::core::ids::{IntroId, UserKey};
use crate::core::notice::Notice;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IntroStatus {
    Open,
    Accepted,
    Declined,
    /// Not answered in time.
    Expired,
}

/// A request from one user to the owner of a profile to get in touch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Introduction {
    pub id: IntroId,
    pub from: UserKey,
    /// Who the requester says they are (their profile's name, or what they wrote).
    pub from_name: String,
    /// How the requester may be reached: shown to the owner only once they accept.
    pub from_contact: Contact,
    pub to: UserKey,
    pub profile: ProfileId,
    /// The profile's name when asked, for the requester's notices.
    pub to_name: String,
    pub message: String,
    pub created: i64,
    pub status: IntroStatus,
}

/// What a turn may know of an introduction involving the user. The other side's contact is
/// there only once the introduction is accepted.
#[derive(Debug, Clone, PartialEq)]
pub struct IntroView {
    pub id: IntroId,
    /// The user asked (true) or was asked.
    pub mine: bool,
    /// The profile asked about.
    pub profile: ProfileId,
    /// The other side's name.
    pub other: String,
    pub message: String,
    pub status: IntroStatus,
    /// The other side keeps in touch through the bot only (no detail: just that).
    pub other_by_bot: bool,
    /// How to reach the other side: only when accepted, and not through the bot.
    pub contact: Option<String>,
}


/// What accepting an introduction gives each side: contact details, or writing through the bot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exchange {
    /// Each gets the other's contact details.
    Both,
    /// Neither does: they write to each other through the bot.
    Neither,
    /// Only the requester gets the owner's details; the owner writes to them through the bot.
    OwnersOnly,
    /// Only the owner gets the requester's details; the requester writes through the bot.
    RequestersOnly,
}

impl Exchange {
    /// The word the owner's texts select on (`$through`): `contact`, `bot`, `yours`, `theirs`.
    pub fn as_str(self) -> &'static str {
        match self {
            Exchange::Both => "contact",
            Exchange::Neither => "bot",
            Exchange::OwnersOnly => "yours",
            Exchange::RequestersOnly => "theirs",
        }
    }
}

/// Why a user may not ask a profile's owner for an introduction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CannotAsk {
    /// The profile is gone, paused or expired.
    Gone,
    /// It is the user's own profile.
    Own,
    /// They asked already, and the request waits or was accepted.
    AlreadyAsked,
    /// The owner blocked them.
    Blocked,
    /// They have this many requests waiting for an answer already.
    TooMany { max: usize },
}

/// Whether `me` may ask the owner of `profile` for an introduction, given the introductions
/// `mine` they are part of. `Gone`, `Own` and `AlreadyAsked` hide the Ask button; the others
/// are explained when pressed.
pub fn may_ask(me: &UserKey, profile: Option<&Profile>, mine: &[Introduction], max_open: usize, now: i64) -> Result<(), CannotAsk> {
    let Some(p) = profile.filter(|p| p.visible(now)) else { return Err(CannotAsk::Gone) };
    if &p.owner == me {
        return Err(CannotAsk::Own);
    }
    let asked = |i: &&Introduction| &i.from == me;
    if mine.iter().filter(asked).any(|i| i.profile == p.id && matches!(i.status, IntroStatus::Open | IntroStatus::Accepted)) {
        return Err(CannotAsk::AlreadyAsked);
    }
    if p.blocked.contains(&ProfileId::of(me)) {
        return Err(CannotAsk::Blocked);
    }
    if mine.iter().filter(asked).filter(|i| i.status == IntroStatus::Open).count() >= max_open {
        return Err(CannotAsk::TooMany { max: max_open });
    }
    Ok(())
}

/// Who is asked and what, as the requester put it.
pub struct Request {
    pub from_name: String,
    pub from_contact: Contact,
    pub message: String,
}

impl Introduction {
    /// A new request from `from` to the owner of `profile`, with the notice that tells the owner.
    pub fn requested(id: IntroId, from: &UserKey, profile: &Profile, request: Request, now: i64) -> (Introduction, Notice) {
        let intro = Introduction {
            id,
            from: from.clone(),
            from_name: request.from_name,
            from_contact: request.from_contact,
            to: profile.owner.clone(),
            profile: profile.id.clone(),
            to_name: profile.listing.name.clone(),
            message: request.message,
            created: now,
            status: IntroStatus::Open,
        };
        let notice = Notice::IntroductionRequest { intro: intro.id.clone(), from: intro.from_name.clone(), message: intro.message.clone() };
        (intro, notice)
    }

    /// The owner accepts: the requester is told, with how to reach the owner (`owner`: the
    /// owner's way to be contacted).
    pub fn accept(&mut self, owner: &Contact) -> Notice {
        self.status = IntroStatus::Accepted;
        Notice::IntroductionAccepted { intro: self.id.clone(), name: self.to_name.clone(), contact: owner.detail() }
    }

    /// What accepting would give each side, the owner being reachable by `owner`.
    pub fn exchange(&self, owner: &Contact) -> Exchange {
        match (owner, &self.from_contact) {
            (Contact::Bot, Contact::Bot) => Exchange::Neither,
            (Contact::Bot, _) => Exchange::RequestersOnly,
            (_, Contact::Bot) => Exchange::OwnersOnly,
            _ => Exchange::Both,
        }
    }

    /// The owner declines (a block reads the same to the requester).
    pub fn decline(&mut self) -> Notice {
        self.status = IntroStatus::Declined;
        Notice::IntroductionDeclined { intro: self.id.clone(), name: self.to_name.clone() }
    }

    /// Not answered in time: closed, and the requester is told.
    pub fn expire(&mut self) -> Notice {
        self.status = IntroStatus::Expired;
        Notice::IntroductionExpired { intro: self.id.clone(), name: self.to_name.clone() }
    }

    /// `user` used `/forget`: the introduction is erased with everything they said in it, and
    /// the other side of one still waiting or accepted is told only that it is gone (without a
    /// word of who or what). Returns whom to tell, and what.
    pub fn left_by(&self, user: &UserKey) -> Option<(UserKey, Notice)> {
        if !matches!(self.status, IntroStatus::Open | IntroStatus::Accepted) {
            return None;
        }
        let intro = self.id.clone();
        // A request still waiting was withdrawn; one accepted was a contact, and it is gone.
        let withdrawn = &self.from == user && self.status == IntroStatus::Open;
        let notice = if withdrawn { Notice::IntroductionWithdrawn { intro } } else { Notice::IntroductionGone { intro } };
        Some((self.other(user).clone(), notice))
    }

    /// The other side, for `user` who is one side.
    pub fn other(&self, user: &UserKey) -> &UserKey {
        if &self.from == user { &self.to } else { &self.from }
    }

    /// The introduction as `user` may see it in a turn; `owner_contact` is the profile owner's.
    pub fn view(&self, user: &UserKey, owner_contact: &Contact) -> IntroView {
        let mine = &self.from == user;
        let other = if mine { owner_contact } else { &self.from_contact };
        IntroView {
            id: self.id.clone(),
            mine,
            profile: self.profile.clone(),
            other: if mine { self.to_name.clone() } else { self.from_name.clone() },
            message: self.message.clone(),
            status: self.status,
            other_by_bot: matches!(other, Contact::Bot),
            contact: other.detail().filter(|_| self.status == IntroStatus::Accepted),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ids::Platform;
    use crate::core::partners::{Listing, PROFILE_VERSION, ProfileStatus};

    const NOW: i64 = 1_000_000;

    fn user(id: &str) -> UserKey {
        UserKey::new(Platform::Telegram, id)
    }

    fn profile(owner: &str) -> Profile {
        let owner = user(owner);
        let id = ProfileId::of(&owner);
        let listing = Listing {
            id: id.clone(),
            name: "Kirkenes skole".into(),
            country: "norway".into(),
            region: "finnmark".into(),
            kind: "school".into(),
            topics: vec!["culture".into()],
            description: "A school".into(),
            languages: vec!["en".into()],
            looking_for: "A partner".into(),
        };
        Profile { version: PROFILE_VERSION, id, owner, created: 0, updated: 0, expires: NOW + 10, status: ProfileStatus::Active, reminded: false, listing, contact: Contact::Bot, blocked: vec![] }
    }

    fn asked(from: &str, to: &Profile, status: IntroStatus, n: u64) -> Introduction {
        let request = Request { from_name: from.into(), from_contact: Contact::Bot, message: "Hello".into() };
        let (mut i, _) = Introduction::requested(IntroId::from_number(n), &user(from), to, request, NOW);
        i.status = status;
        i
    }

    #[test]
    fn who_may_ask_whom() {
        let school = profile("owner");
        let me = user("me");
        assert_eq!(may_ask(&me, Some(&school), &[], 5, NOW), Ok(()));
        assert_eq!(may_ask(&me, None, &[], 5, NOW), Err(CannotAsk::Gone));
        assert_eq!(may_ask(&me, Some(&school), &[], 5, NOW + 10), Err(CannotAsk::Gone), "expired");
        assert_eq!(may_ask(&user("owner"), Some(&school), &[], 5, NOW), Err(CannotAsk::Own));
        for status in [IntroStatus::Open, IntroStatus::Accepted] {
            assert_eq!(may_ask(&me, Some(&school), &[asked("me", &school, status, 1)], 5, NOW), Err(CannotAsk::AlreadyAsked), "{status:?}");
        }
        assert_eq!(may_ask(&me, Some(&school), &[asked("me", &school, IntroStatus::Declined, 1)], 5, NOW), Ok(()), "a no may be asked again");
        let mut blocking = school.clone();
        blocking.blocked.push(ProfileId::of(&me));
        assert_eq!(may_ask(&me, Some(&blocking), &[], 5, NOW), Err(CannotAsk::Blocked));
        let others: Vec<Introduction> = (0..2).map(|n| asked("me", &profile(&format!("o{n}")), IntroStatus::Open, n)).collect();
        assert_eq!(may_ask(&me, Some(&school), &others, 2, NOW), Err(CannotAsk::TooMany { max: 2 }));
        // Requests made to the user do not count against them.
        let to_me: Vec<Introduction> = (0..2).map(|n| asked(&format!("o{n}"), &profile("me"), IntroStatus::Open, n)).collect();
        assert_eq!(may_ask(&me, Some(&school), &to_me, 2, NOW), Ok(()));
    }

    #[test]
    fn accepting_gives_each_side_only_the_details_the_other_chose_to_share() {
        let school = profile("owner");
        let mail = Contact::Email("ola@example.no".into());
        let by_bot = asked("me", &school, IntroStatus::Open, 1);
        let mut with_mail = by_bot.clone();
        with_mail.from_contact = mail.clone();
        assert_eq!(by_bot.exchange(&Contact::Bot), Exchange::Neither);
        assert_eq!(by_bot.exchange(&mail), Exchange::OwnersOnly);
        assert_eq!(with_mail.exchange(&Contact::Bot), Exchange::RequestersOnly);
        assert_eq!(with_mail.exchange(&Contact::Handle("@kari".into())), Exchange::Both);
    }

    #[test]
    fn the_other_side_of_a_live_introduction_hears_only_that_it_is_gone() {
        let school = profile("owner");
        for status in [IntroStatus::Open, IntroStatus::Accepted] {
            let i = asked("me", &school, status, 1);
            let told = if status == IntroStatus::Open { Notice::IntroductionWithdrawn { intro: i.id.clone() } } else { Notice::IntroductionGone { intro: i.id.clone() } };
            assert_eq!(i.left_by(&user("me")), Some((user("owner"), told)), "{status:?}");
            assert_eq!(i.left_by(&user("owner")), Some((user("me"), Notice::IntroductionGone { intro: i.id.clone() })), "{status:?}");
        }
        for status in [IntroStatus::Declined, IntroStatus::Expired] {
            let i = asked("me", &school, status, 2);
            assert_eq!((i.left_by(&user("me")), i.left_by(&user("owner"))), (None, None), "{status:?}: nothing to tell");
        }
    }
}
