//! The partner registry: organisations on both sides of the border put up a small profile,
//! others search it, and introductions are brokered with double opt-in.
//!
//! Two views of a profile exist on purpose. [`Profile`] is the owner's record, with how to
//! reach them; [`Listing`] is what everyone else may see, and has no contact field at all, so
//! no search result can carry contact details. Contacts travel only in the notice that tells
//! each side the other has accepted (see [`Introduction`]).
//!
//! A profile is built from the answers of the profile journey (`dialogs/partner-profile.toml`),
//! under the slot names in [`slots`]; renewing, pausing and blocking are its methods. Who may
//! ask whom, and what each answer tells the other side, are in `intro` ([`may_ask`],
//! [`Introduction`]); what the periodic sweep does, in [`sweep`]. No I/O here.

mod directory;
mod intro;
mod matching;
pub mod sweep;

pub use directory::Directory;
pub use crate::core::ids::IntroId;
pub use intro::{CannotAsk, Exchange, IntroStatus, IntroView, Introduction, Request, may_ask};
pub use matching::{Match, Reason};

use super::ids::UserKey;
use super::value::Value;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const PROFILE_VERSION: u32 = 1;

/// The slots the profile journey fills, and a profile is made of.
pub mod slots {
    pub const NAME: &str = "profile_name";
    pub const COUNTRY: &str = "profile_country";
    pub const REGION: &str = "profile_region";
    pub const KIND: &str = "profile_kind";
    pub const TOPICS: &str = "profile_topics";
    pub const DESCRIPTION: &str = "profile_description";
    pub const LANGUAGES: &str = "profile_languages";
    pub const LOOKING_FOR: &str = "profile_looking_for";
    /// `bot`, `email` or `handle`.
    pub const CONTACT_KIND: &str = "profile_contact_kind";
    /// The e-mail address or handle, when the kind is not `bot`.
    pub const CONTACT: &str = "profile_contact";
    /// Every slot a published profile needs (the contact itself only for `email` / `handle`).
    pub const REQUIRED: [&str; 9] = [NAME, COUNTRY, REGION, KIND, TOPICS, DESCRIPTION, LANGUAGES, LOOKING_FOR, CONTACT_KIND];
}

/// A profile's id: derived from its owner, so it is stable and reveals nothing about them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ProfileId(pub String);

impl ProfileId {
    /// `p` and 12 hex digits of a hash of the owner's key.
    pub fn of(owner: &UserKey) -> ProfileId {
        ProfileId(format!("p{:012x}", owner.digest() & 0xffff_ffff_ffff))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ProfileId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// How the owner wants to be reached once they accept an introduction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "by", content = "value", rename_all = "snake_case")]
pub enum Contact {
    /// Only through the bot: the two sides write to each other here.
    Bot,
    Email(String),
    /// A chat handle (Telegram, Discord, …) or a phone number, as they wrote it.
    Handle(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProfileStatus {
    Active,
    /// Hidden from search until the owner resumes it.
    Paused,
}

/// Where a profile stands for its owner. Run out beats paused: renewing publishes it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Shown,
    Paused,
    Expired,
}

impl Standing {
    /// The word texts select on (`$mine` and the status line): `shown`, `paused`, `expired`.
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Shown => "shown",
            Standing::Paused => "paused",
            Standing::Expired => "expired",
        }
    }
}

/// The owner's record of their profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub version: u32,
    pub id: ProfileId,
    pub owner: UserKey,
    pub created: i64,
    pub updated: i64,
    /// After this it is hidden from search; a reminder comes a month before.
    pub expires: i64,
    pub status: ProfileStatus,
    /// The renewal reminder for the current `expires` has been sent.
    #[serde(default)]
    pub reminded: bool,
    pub listing: Listing,
    pub contact: Contact,
    /// Requesters the owner blocked (by profile id of their key), who may not ask again.
    #[serde(default)]
    pub blocked: Vec<ProfileId>,
}

/// What anyone may see of a profile. It has no contact details, by construction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Listing {
    pub id: ProfileId,
    pub name: String,
    /// Option values of the profile journey (`norway`, `murmansk`, `school`, …).
    pub country: String,
    pub region: String,
    pub kind: String,
    pub topics: Vec<String>,
    pub description: String,
    pub languages: Vec<String>,
    pub looking_for: String,
}

impl Profile {
    /// A profile from the journey's answers, or `None` when one is missing. `retention` is how
    /// long it stays up (seconds); an existing profile keeps its creation date and blocks.
    pub fn from_slots(owner: &UserKey, slots_: &BTreeMap<super::ids::SlotName, Value>, now: i64, retention: i64, old: Option<&Profile>) -> Option<Profile> {
        let get = |s: &str| slots_.get(&super::ids::SlotName::new(s));
        let text = |s: &str| match get(s) {
            Some(Value::Text(t) | Value::Choice(t)) => Some(t.clone()),
            _ => None,
        };
        let list = |s: &str| match get(s) {
            Some(Value::Choices(c)) => Some(c.clone()),
            Some(Value::Choice(c)) => Some(vec![c.clone()]),
            _ => None,
        };
        let contact = match text(slots::CONTACT_KIND)?.as_str() {
            "email" => Contact::Email(text(slots::CONTACT)?),
            "handle" => Contact::Handle(text(slots::CONTACT)?),
            _ => Contact::Bot,
        };
        let id = ProfileId::of(owner);
        let listing = Listing {
            id: id.clone(),
            name: text(slots::NAME)?,
            country: text(slots::COUNTRY)?,
            region: text(slots::REGION)?,
            kind: text(slots::KIND)?,
            topics: list(slots::TOPICS)?,
            description: text(slots::DESCRIPTION)?,
            languages: list(slots::LANGUAGES)?,
            looking_for: text(slots::LOOKING_FOR)?,
        };
        Some(Profile {
            version: PROFILE_VERSION,
            id,
            owner: owner.clone(),
            created: old.map_or(now, |o| o.created),
            updated: now,
            expires: now + retention,
            status: ProfileStatus::Active,
            reminded: false,
            listing,
            contact,
            blocked: old.map(|o| o.blocked.clone()).unwrap_or_default(),
        })
    }

    /// The journey's answers for this profile, to edit it.
    pub fn to_slots(&self) -> Vec<(&'static str, Value)> {
        let l = &self.listing;
        let mut out = vec![
            (slots::NAME, Value::Text(l.name.clone())),
            (slots::COUNTRY, Value::Choice(l.country.clone())),
            (slots::REGION, Value::Choice(l.region.clone())),
            (slots::KIND, Value::Choice(l.kind.clone())),
            (slots::TOPICS, Value::Choices(l.topics.clone())),
            (slots::DESCRIPTION, Value::Text(l.description.clone())),
            (slots::LANGUAGES, Value::Choices(l.languages.clone())),
            (slots::LOOKING_FOR, Value::Text(l.looking_for.clone())),
        ];
        match &self.contact {
            Contact::Bot => out.push((slots::CONTACT_KIND, Value::Choice("bot".into()))),
            Contact::Email(e) => out.extend([(slots::CONTACT_KIND, Value::Choice("email".into())), (slots::CONTACT, Value::Text(e.clone()))]),
            Contact::Handle(h) => out.extend([(slots::CONTACT_KIND, Value::Choice("handle".into())), (slots::CONTACT, Value::Text(h.clone()))]),
        }
        out
    }

    /// Shown in search now: active and not expired.
    pub fn visible(&self, now: i64) -> bool {
        self.status == ProfileStatus::Active && now < self.expires
    }

    /// Whether renewing would change anything now: the profile runs out within `window`
    /// seconds (the reminder's), or has run out. Earlier, it is up for long enough as it is.
    pub fn renewable(&self, now: i64, window: i64) -> bool {
        self.expires - now <= window
    }

    /// Up for another `retention` seconds after its current end (or after `now`, when it has
    /// run out already), shown again, with a new reminder to come.
    pub fn renewed(&self, now: i64, retention: i64) -> Profile {
        Profile { expires: self.expires.max(now) + retention, reminded: false, status: ProfileStatus::Active, updated: now, ..self.clone() }
    }

    /// Where it stands for its owner: shown, paused, or run out.
    pub fn standing(&self, now: i64) -> Standing {
        match self.status {
            _ if now >= self.expires => Standing::Expired,
            ProfileStatus::Paused => Standing::Paused,
            ProfileStatus::Active => Standing::Shown,
        }
    }

    /// Paused (hidden from search) or active again.
    pub fn with_status(&self, status: ProfileStatus, now: i64) -> Profile {
        Profile { status, updated: now, ..self.clone() }
    }

    /// Refuses any further request from the owner of `requester`'s key.
    pub fn blocking(&self, requester: &UserKey, now: i64) -> Profile {
        let mut p = Profile { updated: now, ..self.clone() };
        let id = ProfileId::of(requester);
        if !p.blocked.contains(&id) {
            p.blocked.push(id);
        }
        p
    }
}

impl Contact {
    /// The detail to give someone, `None` for "through the bot".
    pub fn detail(&self) -> Option<String> {
        match self {
            Contact::Bot => None,
            Contact::Email(s) | Contact::Handle(s) => Some(s.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ids::Platform;

    #[test]
    fn profile_ids_are_stable_and_differ_between_users() {
        let a = UserKey::new(Platform::Telegram, "1");
        assert_eq!(ProfileId::of(&a), ProfileId::of(&a));
        assert_ne!(ProfileId::of(&a), ProfileId::of(&UserKey::new(Platform::Discord, "1")));
        assert_eq!(ProfileId::of(&a).as_str().len(), 13);
    }

    #[test]
    fn renewing_adds_a_period_to_what_is_left_and_only_near_the_end() {
        const DAY: i64 = 86_400;
        let owner = UserKey::new(Platform::Telegram, "1");
        let id = ProfileId::of(&owner);
        let listing = Listing { id: id.clone(), name: "Kor".into(), country: "norway".into(), region: "troms".into(), kind: "ngo".into(), topics: vec![], description: String::new(), languages: vec![], looking_for: String::new() };
        let p = Profile { version: PROFILE_VERSION, id, owner, created: 0, updated: 0, expires: 365 * DAY, status: ProfileStatus::Paused, reminded: true, listing, contact: Contact::Bot, blocked: vec![] };
        // Just published: nothing to renew; a month before the end, there is.
        assert!(!p.renewable(DAY, 30 * DAY));
        assert!(p.renewable(335 * DAY, 30 * DAY));
        // "One more year" is a year after the current end, shown again and reminded again.
        let r = p.renewed(340 * DAY, 365 * DAY);
        assert_eq!((r.expires, r.status, r.reminded), (730 * DAY, ProfileStatus::Active, false));
        assert_eq!(p.standing(340 * DAY), Standing::Paused);
        // Run out: a year from today, and renewable however late.
        assert!(p.renewable(400 * DAY, 30 * DAY));
        assert_eq!(p.standing(400 * DAY), Standing::Expired);
        assert_eq!(p.renewed(400 * DAY, 365 * DAY).expires, 765 * DAY);
        assert_eq!(r.standing(400 * DAY), Standing::Shown);
    }
}
