//! The partner registry around the turn: the directory of public listings (kept in memory,
//! rebuilt from the store when a profile changes), the [`World`] a turn may see, the effects
//! that touch other users (asking for an introduction, answering one, writing to a partner),
//! and the sweep that reminds owners before their profile expires and closes requests nobody
//! answered.
//!
//! Contact details leave the store here and nowhere else: to the two sides of an accepted
//! introduction, in the acceptor's reply and in the requester's notice.

use super::Runtime;
use crate::core::effect::{Effect, IntroAnswer, Reply};
use crate::core::ids::{MessageId, UserKey};
use crate::core::locale::Locale;
use crate::core::notice::Notice;
use crate::core::partners::{Contact, Directory, IntroId, IntroStatus, IntroView, Introduction, Profile, ProfileId, ProfileStatus};
use crate::store::StoreError;
use fluent_bundle::FluentArgs;
use std::sync::Arc;
use tracing::{error, info};

const DAY: i64 = 86_400;
/// How often a running bot looks for profiles to remind about and requests to close.
pub const SWEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(600);

/// What a turn's effects did beyond the user's own state.
#[derive(Default)]
pub(super) struct Changes {
    /// Other users with new notices, to tell once the turn is durable.
    pub notified: Vec<UserKey>,
    /// A profile changed: the directory is rebuilt.
    pub directory: bool,
}

impl Runtime {
    /// The registry as search sees it now.
    pub fn directory(&self) -> Arc<Directory> {
        self.directory.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Rebuilds the directory from the stored profiles.
    pub fn rebuild_directory(&self) {
        match self.store.profiles() {
            Ok(profiles) => {
                let fresh = Arc::new(Directory::build(&profiles, &self.content));
                *self.directory.write().unwrap_or_else(|e| e.into_inner()) = fresh;
            }
            Err(e) => error!(cause = %e, "the partner profiles could not be read; search shows the last known ones"),
        }
    }

    /// The user's own profile and their introductions, for a turn (without the other sides'
    /// contacts, except where an introduction was accepted).
    pub(super) fn world_for(&self, user: &UserKey) -> Result<(Option<Profile>, Vec<IntroView>), StoreError> {
        let mine = self.store.profile(&ProfileId::of(user))?;
        let mut views = Vec::new();
        for intro in self.store.intros_for(user)? {
            let owner_contact = self.store.profile(&intro.profile)?.map_or(Contact::Bot, |p| p.contact);
            views.push(intro.view(user, &owner_contact));
        }
        Ok((mine, views))
    }

    /// Carries out a partner effect; returns the replies it adds for the user.
    pub(super) fn partner_effect(&self, user: &UserKey, mine: Option<&Profile>, effect: Effect, locale: Locale, now: i64, changes: &mut Changes) -> Result<Vec<Reply>, StoreError> {
        let days = self.content.settings.partners.profile_days;
        match effect {
            Effect::PublishProfile(profile) => {
                self.store.save_profile(&profile)?;
                info!(profile = %profile.id, "partner profile published");
                changes.directory = true;
            }
            Effect::ProfileStatus { status } => {
                if let Some(mut p) = mine.cloned() {
                    p.status = status;
                    p.updated = now;
                    self.store.save_profile(&p)?;
                    changes.directory = true;
                }
            }
            Effect::RenewProfile => {
                if let Some(mut p) = mine.cloned() {
                    p.expires = now + days * DAY;
                    p.reminded = false;
                    p.status = ProfileStatus::Active;
                    self.store.save_profile(&p)?;
                    changes.directory = true;
                }
            }
            Effect::DeleteProfile => {
                self.store.delete_profile(&ProfileId::of(user))?;
                changes.directory = true;
            }
            Effect::RequestIntro { profile, from_name, from_contact, message } => {
                return Ok(vec![self.request_intro(user, &profile, from_name, from_contact, message, locale, now, changes)?]);
            }
            Effect::AnswerIntro { intro, answer } => return self.answer_intro(user, &intro, answer, locale, changes),
            Effect::ToPartner { intro, text } => return self.to_partner(user, &intro, text, locale, changes),
            _ => {}
        }
        Ok(Vec::new())
    }

    #[allow(clippy::too_many_arguments)]
    fn request_intro(
        &self,
        user: &UserKey,
        profile: &ProfileId,
        from_name: String,
        from_contact: Contact,
        message: String,
        locale: Locale,
        now: i64,
        changes: &mut Changes,
    ) -> Result<Reply, StoreError> {
        let limits = self.content.settings.partners;
        let Some(p) = self.store.profile(profile)?.filter(|p| p.visible(now) && &p.owner != user) else {
            return Ok(self.reply(locale, "partner-gone", None));
        };
        let mine = self.store.intros_for(user)?;
        let open: Vec<&Introduction> = mine.iter().filter(|i| &i.from == user && i.status == IntroStatus::Open).collect();
        let mut args = FluentArgs::new();
        args.set("name", p.listing.name.clone());
        if p.blocked.contains(&ProfileId::of(user)) {
            return Ok(self.reply(locale, "partner-cannot-ask", Some(&args)));
        }
        if open.iter().any(|i| &i.profile == profile) {
            return Ok(self.reply(locale, "partner-already-asked", Some(&args)));
        }
        if open.len() >= limits.max_open_requests {
            args.set("max", limits.max_open_requests);
            return Ok(self.reply(locale, "partner-limit", Some(&args)));
        }
        let intro = Introduction {
            id: IntroId(String::new()),
            from: user.clone(),
            from_name: from_name.clone(),
            from_contact,
            to: p.owner.clone(),
            profile: p.id.clone(),
            to_name: p.listing.name.clone(),
            message: message.clone(),
            created: now,
            status: IntroStatus::Open,
        };
        let id = self.store.create_intro(intro)?;
        self.store.notify(&p.owner, &Notice::IntroductionRequest { intro: id.clone(), from: from_name, message })?;
        changes.notified.push(p.owner.clone());
        info!(intro = %id, "introduction requested");
        args.set("days", limits.answer_days);
        Ok(self.reply(locale, "partner-asked", Some(&args)))
    }

    fn answer_intro(&self, user: &UserKey, id: &IntroId, answer: IntroAnswer, locale: Locale, changes: &mut Changes) -> Result<Vec<Reply>, StoreError> {
        let Some(mut intro) = self.store.intro(id)?.filter(|i| &i.to == user && i.status == IntroStatus::Open) else {
            return Ok(vec![self.reply(locale, "partner-intro-gone", None)]);
        };
        let owner = self.store.profile(&intro.profile)?;
        let mut replies = Vec::new();
        let notice = match answer {
            IntroAnswer::Accept => {
                intro.status = IntroStatus::Accepted;
                if let Some(contact) = intro.from_contact.detail() {
                    let mut args = FluentArgs::new();
                    args.set("name", intro.from_name.clone());
                    args.set("contact", contact);
                    replies.push(self.reply(locale, "partner-contact", Some(&args)));
                }
                let contact = owner.as_ref().map_or(Contact::Bot, |p| p.contact.clone()).detail();
                Notice::IntroductionAccepted { intro: id.clone(), name: intro.to_name.clone(), contact }
            }
            IntroAnswer::Decline | IntroAnswer::Block => {
                intro.status = IntroStatus::Declined;
                if let (IntroAnswer::Block, Some(mut p)) = (answer, owner) {
                    p.blocked.push(ProfileId::of(&intro.from));
                    self.store.save_profile(&p)?;
                }
                // A block reads like any other "no" to the requester.
                Notice::IntroductionDeclined { intro: id.clone(), name: intro.to_name.clone() }
            }
        };
        self.store.update_intro(&intro)?;
        self.store.notify(&intro.from, &notice)?;
        changes.notified.push(intro.from.clone());
        Ok(replies)
    }

    fn to_partner(&self, user: &UserKey, id: &IntroId, text: String, locale: Locale, changes: &mut Changes) -> Result<Vec<Reply>, StoreError> {
        let Some(intro) = self.store.intro(id)?.filter(|i| i.status == IntroStatus::Accepted && (&i.from == user || &i.to == user)) else {
            return Ok(vec![self.reply(locale, "partner-intro-gone", None)]);
        };
        let (other, from) = if &intro.from == user { (intro.to.clone(), intro.from_name.clone()) } else { (intro.from.clone(), intro.to_name.clone()) };
        self.store.notify(&other, &Notice::PartnerMessage { intro: id.clone(), from, text })?;
        changes.notified.push(other);
        Ok(Vec::new())
    }

    /// After `/forget`: the user's introductions keep nothing of them (their name and contact),
    /// and those still waiting are closed, the other side told as for any unanswered request.
    pub(super) fn forget_intros(&self, user: &UserKey, changes: &mut Changes) -> Result<(), StoreError> {
        for mut i in self.store.intros_for(user)? {
            if i.status == IntroStatus::Open {
                i.status = IntroStatus::Expired;
                if &i.to == user {
                    self.store.notify(&i.from, &Notice::IntroductionExpired { intro: i.id.clone(), name: i.to_name.clone() })?;
                    changes.notified.push(i.from.clone());
                }
            }
            if &i.from == user {
                i.from_name = "—".to_owned();
                i.from_contact = Contact::Bot;
                i.message = String::new();
            } else {
                i.to_name = "—".to_owned();
            }
            self.store.update_intro(&i)?;
        }
        Ok(())
    }

    /// Reminds owners whose profile expires within the reminder period, and closes requests not
    /// answered in time (telling the requester). Returns the users told.
    pub fn sweep(&self, now: i64) -> Result<Vec<UserKey>, StoreError> {
        self.retain(now)?;
        let settings = self.content.settings.partners;
        let mut told = Vec::new();
        for mut p in self.store.profiles()? {
            if p.visible(now) && !p.reminded && p.expires - now <= settings.reminder_days * DAY {
                self.store.notify(&p.owner, &Notice::ProfileExpiring { expires: p.expires })?;
                p.reminded = true;
                self.store.save_profile(&p)?;
                told.push(p.owner.clone());
            }
        }
        for mut i in self.store.intros()? {
            if i.status == IntroStatus::Open && now - i.created > settings.answer_days * DAY {
                i.status = IntroStatus::Expired;
                self.store.update_intro(&i)?;
                self.store.notify(&i.from, &Notice::IntroductionExpired { intro: i.id.clone(), name: i.to_name.clone() })?;
                told.push(i.from.clone());
            }
        }
        if !told.is_empty() {
            self.store.flush()?;
            for u in &told {
                self.announce(u.clone());
            }
        }
        Ok(told)
    }

    /// Sweeps now and then every [`SWEEP_EVERY`] until shutdown (for a long-running bot).
    pub async fn sweeper(self, mut shutdown: super::Shutdown) {
        loop {
            let runtime = self.clone();
            match tokio::task::spawn_blocking(move || runtime.sweep(super::now())).await {
                Ok(Ok(told)) if !told.is_empty() => info!(told = told.len(), "partner reminders and closed requests sent"),
                Ok(Err(e)) => error!(cause = %e, "the partner sweep failed; it runs again later"),
                _ => {}
            }
            tokio::select! {
                _ = shutdown.wait() => return,
                _ = tokio::time::sleep(SWEEP_EVERY) => {}
            }
        }
    }

    pub(super) fn reply(&self, locale: Locale, key: &str, args: Option<&FluentArgs>) -> Reply {
        let key = MessageId::new(key);
        Reply { text: self.content.catalog.format(locale, &key, args), key, choices: None, locale }
    }
}
