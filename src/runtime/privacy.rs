//! Users' control over their data, and the bot's own forgetting: `/mydata` as one JSON
//! document of everything stored about the user; `/forget` for what has left the user's own
//! record (submitted drafts: the advisers are told and the draft is erased once closed); and
//! retention — idle sessions, closed drafts and long-expired profiles are removed.

use super::Runtime;
use crate::core::draft::{DraftEvent, DraftStatus};
use crate::core::ids::{MessageId, UserKey};
use crate::core::partners::{IntroStatus, ProfileId};
use crate::core::session::UserState;
use crate::store::{Relay, StoreError};
use serde_json::{Value, json};
use tracing::info;

const DAY: i64 = 86_400;

/// How much a retention sweep removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Retired {
    pub sessions: usize,
    pub drafts: usize,
    pub profiles: usize,
}

impl Runtime {
    /// Everything stored about `user`: their state as this turn leaves it, their drafts, their
    /// partner profile, and their introductions (the other side's contact only where accepted).
    pub(super) fn my_data(&self, user: &UserKey, state: &UserState) -> Result<String, StoreError> {
        let drafts: Vec<_> = self.store.drafts()?.into_iter().filter(|d| &d.user == user).collect();
        let profile = self.store.profile(&ProfileId::of(user))?;
        let mut intros = Vec::new();
        for i in self.store.intros_for(user)? {
            let mine = &i.from == user;
            let mut v = json!({ "id": i.id.0, "status": format!("{:?}", i.status).to_lowercase(), "created": i.created, "message": i.message });
            if mine {
                v["you_asked"] = json!(i.to_name);
                v["your_contact"] = serde_json::to_value(&i.from_contact).unwrap_or(Value::Null);
            } else {
                v["asked_you"] = json!(i.from_name);
                if i.status == IntroStatus::Accepted {
                    v["their_contact"] = serde_json::to_value(&i.from_contact).unwrap_or(Value::Null);
                }
            }
            intros.push(v);
        }
        let doc = json!({
            "user": user,
            "state": state,
            "drafts": drafts,
            "partner_profile": profile,
            "introductions": intros,
        });
        Ok(serde_json::to_string_pretty(&doc).expect("the document serialises"))
    }

    /// After `/forget`: the user's submitted drafts are marked to be erased, the advisers are
    /// told about each, and it is recorded in its history. Returns how many there were.
    pub(super) fn forget_drafts(&self, user: &UserKey, now: i64) -> Result<usize, StoreError> {
        let locale = self.content.settings.adviser_locale;
        let sinks: Vec<&str> = self.sinks.iter().map(String::as_str).collect();
        let mut n = 0;
        for mut d in self.store.drafts()?.into_iter().filter(|d| &d.user == user && !d.erase_requested) {
            d.erase_requested = true;
            self.store.save_draft(&d)?;
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("id", d.id.to_string());
            let text = self.content.catalog.format(locale, &MessageId::new("adviser-erase"), Some(&args));
            let event = DraftEvent { at: now, status: d.status, by: None, note: Some(text.clone()) };
            self.store.relay(Relay { from: user.clone(), text }, Some(event), Some(d.id.clone()), &sinks)?;
            n += 1;
        }
        if n > 0 {
            self.handoff.send_modify(|x| *x += 1);
        }
        Ok(n)
    }

    /// Removes what is kept past its retention: sessions idle for `idle_session_days`, drafts
    /// closed `closed_draft_days` ago (at once when the applicant asked to be forgotten), and
    /// profiles expired `expired_profile_days` ago.
    pub fn retain(&self, now: i64) -> Result<Retired, StoreError> {
        let r = self.content.settings.retention;
        let mut retired = Retired::default();
        for key in self.store.user_keys()? {
            let state = self.store.load(&key)?;
            // 0: stored before activity was recorded; such a session waits for its next turn.
            if state.last_seen > 0 && now - state.last_seen > r.idle_session_days * DAY {
                self.store.remove_user(&key)?;
                retired.sessions += 1;
            }
        }
        for d in self.store.drafts()? {
            let closed = d.status == DraftStatus::Closed;
            if closed && (d.erase_requested || now - d.updated > r.closed_draft_days * DAY) {
                self.store.delete_draft(&d.id)?;
                retired.drafts += 1;
            }
        }
        for p in self.store.profiles()? {
            if now - p.expires > r.expired_profile_days * DAY {
                self.store.delete_profile(&p.id)?;
                retired.profiles += 1;
            }
        }
        if retired != Retired::default() {
            self.store.flush()?;
            self.rebuild_directory();
            info!(sessions = retired.sessions, drafts = retired.drafts, profiles = retired.profiles, "retention: removed what was kept long enough");
        }
        Ok(retired)
    }
}
