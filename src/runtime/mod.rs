//! Runs turns durably: load the user's state, step the engine, save and flush, and only then
//! hand the effects to the adapter ("durable before visible").
//!
//! Adapters call [`Runtime::turn`]; they never touch the store or the engine directly.

use crate::core::content::Content;
use crate::core::draft::{DRAFT_VERSION, Draft, DraftEvent, DraftId, DraftRef, DraftStatus};
use crate::core::effect::{Effect, Inbound, Reply};
use crate::core::ids::DialogId;
use crate::core::session::UserState;
use crate::core::engine;
use crate::core::ids::{MessageId, UserKey};
use crate::core::locale::Locale;
use crate::core::partners::World;
use crate::core::public::{self, PublicAsk, PublicReply};
use crate::store::{Store, StoreError};
use std::sync::Arc;
use tracing::{error, info};

mod advisers;
mod executor;
pub mod limits;
mod partners;
mod privacy;
mod queue;
pub mod shutdown;
pub use advisers::{ActionReport, Adviser, advise};
pub use privacy::Retired;
pub use queue::{Sequenced, UserQueues};
pub use shutdown::Shutdown;

/// The current time in unix seconds: the `now` of every inbound event and draft event.
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

#[derive(Clone)]
pub struct Runtime {
    pub content: Arc<Content>,
    pub store: Arc<dyn Store>,
    /// Where submitted drafts are handed off ("telegram", "discord" when configured; the command
    /// line needs no delivery: a draft is in `drafts list` the moment it is stored).
    pub sinks: Arc<Vec<String>>,
    /// Bumped when a draft was submitted, to wake the hand-off workers (a watch never misses one).
    pub handoff: Arc<tokio::sync::watch::Sender<u64>>,
    /// Users with new notices (their draft moved on, an adviser wrote); adapters push them.
    pub notices: tokio::sync::broadcast::Sender<UserKey>,
    /// The partner registry's public listings; a std lock, held only to swap or clone the Arc.
    directory: Arc<std::sync::RwLock<Arc<crate::core::partners::Directory>>>,
    rate: Arc<limits::RateLimiter>,
    /// Runs async adapters' turns in batches, started at the first one.
    executor: Arc<std::sync::OnceLock<executor::Executor>>,
}

/// What a turn did before its flush.
pub(crate) enum Applied {
    /// Written; to be shown once flushed.
    Done(Done),
    /// Nothing written (the rate limit): shown as it is.
    Answered(Vec<Effect>),
    Failed(StoreError),
}

pub(crate) struct Done {
    effects: Vec<Effect>,
    /// A draft or message was queued for the advisers: wake the hand-off workers.
    handed_off: bool,
    changes: partners::Changes,
}

impl Runtime {
    pub fn new(content: Arc<Content>, store: Arc<dyn Store>) -> Runtime {
        let runtime = Runtime {
            content,
            store,
            sinks: Arc::new(Vec::new()),
            handoff: Arc::new(tokio::sync::watch::channel(0).0),
            notices: tokio::sync::broadcast::channel(1024).0,
            directory: Arc::default(),
            rate: Arc::default(),
            executor: Arc::default(),
        };
        runtime.rebuild_directory();
        runtime
    }

    /// Tells the adapters that `user` has notices waiting (no receiver, e.g. the console: they
    /// are shown at the next session).
    pub fn announce(&self, user: UserKey) {
        let _ = self.notices.send(user);
    }

    pub fn with_sinks(mut self, sinks: Vec<String>) -> Runtime {
        self.sinks = Arc::new(sinks);
        self
    }

    /// One turn for one user. On a storage failure nothing is half-written: the user gets a
    /// short apology in their language and the same question stays pending.
    pub fn turn(&self, user: &UserKey, inbound: Inbound) -> Vec<Effect> {
        let applied = self.apply(user, &inbound);
        let flushed = match &applied {
            Applied::Done(_) => self.store.flush(),
            Applied::Answered(_) | Applied::Failed(_) => Ok(()),
        };
        self.finish(user, &inbound, applied, flushed)
    }

    /// [`Runtime::turn`] for async adapters. Turns go to the batching executor: the turns of
    /// many users share one flush, and no thread waits per turn.
    pub async fn turn_async(&self, user: &UserKey, inbound: Inbound) -> Vec<Effect> {
        let rx = self.executor.get_or_init(|| executor::Executor::start(self.clone())).schedule(user.clone(), inbound);
        match rx.await {
            Ok(effects) => effects,
            Err(_) => {
                error!("a turn was lost by the executor");
                vec![Effect::Reply(self.apology(self.content.settings.default_locale))]
            }
        }
    }

    /// Everything a turn does before it is made durable: the rate limit, the engine's step,
    /// and the writes. Nothing may be shown until the store is flushed.
    pub(crate) fn apply(&self, user: &UserKey, inbound: &Inbound) -> Applied {
        let typed = !matches!(inbound.event, crate::core::effect::Event::Resume);
        if typed && user.platform != crate::core::ids::Platform::Console {
            match self.rate.check(user, inbound.now, self.content.settings.limits.messages_per_minute) {
                limits::Admission::Allow => {}
                limits::Admission::Warn => {
                    let default = inbound.locale_hint.unwrap_or(self.content.settings.default_locale);
                    let locale = self.store.load(user).map_or(default, |s| s.prefs.locale(default));
                    return Applied::Answered(vec![Effect::Reply(self.reply(locale, "limit-rate", None))]);
                }
                limits::Admission::Drop => return Applied::Answered(Vec::new()),
            }
        }
        match self.try_turn(user, inbound) {
            Ok(done) => Applied::Done(done),
            Err(e) => Applied::Failed(e),
        }
    }

    /// After the flush that covers the turn: its effects, or the apology if anything failed.
    pub(crate) fn finish(&self, user: &UserKey, inbound: &Inbound, applied: Applied, flushed: Result<(), StoreError>) -> Vec<Effect> {
        let failure = match (applied, flushed) {
            (Applied::Answered(effects), _) => return effects,
            (Applied::Done(done), Ok(())) => {
                if done.handed_off {
                    self.handoff.send_modify(|n| *n += 1);
                }
                if done.changes.directory {
                    self.rebuild_directory();
                }
                for other in done.changes.notified {
                    self.announce(other);
                }
                return done.effects;
            }
            (Applied::Done(_), Err(e)) | (Applied::Failed(e), _) => e,
        };
        error!(user = %user.log_id(), cause = %failure, "turn failed in storage");
        let locale = inbound.locale_hint.unwrap_or(self.content.settings.default_locale);
        vec![Effect::Reply(self.apology(locale))]
    }

    fn try_turn(&self, user: &UserKey, inbound: &Inbound) -> Result<Done, StoreError> {
        let mut state = self.store.load(user)?;
        // Notices others left since the last turn: shown now, dropped when this turn is saved.
        let pending = self.store.pending_notices(user)?;
        let shown: Vec<u64> = pending.iter().map(|(seq, _)| *seq).collect();
        state.notices.extend(pending.into_iter().map(|(_, n)| n));
        let directory = self.directory();
        let (mine, intros) = self.world_for(user)?;
        let world = World { me: Some(user.clone()), directory: Some(&directory), mine, intros };
        let (mut state, effects) = engine::step_in(&self.content, state, inbound, &world);
        let locale = state.prefs.locale(self.content.settings.default_locale);
        let mut out = Vec::with_capacity(effects.len());
        // A draft or a message was queued for the advisers: wake the hand-off workers.
        let mut handed_off = false;
        let mut changes = partners::Changes::default();
        for effect in effects {
            match effect {
                Effect::Forget => {
                    self.store.forget(user)?;
                    self.forget_intros(user, &mut changes)?;
                    if self.forget_drafts(user, inbound.now)? > 0 {
                        out.push(Effect::Reply(self.reply(locale, "forget-drafts", None)));
                    }
                    changes.directory = true;
                    out.push(Effect::Forget);
                }
                Effect::MyData => {
                    let doc = self.my_data(user, &state)?;
                    out.push(Effect::Reply(crate::core::effect::Reply { key: MessageId::new("mydata-document"), text: doc, choices: None, locale }));
                }
                Effect::Submit { dialog } => {
                    let id = self.submit(user, &mut state, dialog, inbound.now)?;
                    handed_off = true;
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("id", id.to_string());
                    out.push(Effect::Reply(self.reply(locale, "draft-submitted", Some(&args))));
                }
                Effect::Feedback { article, helpful } => self.store.count_feedback(&article, helpful)?,
                Effect::Unanswered { question, locale } => {
                    self.store.keep_question(&crate::store::OpenQuestion { at: inbound.now, locale, text: question })?;
                }
                Effect::ToAdvisers { draft, text } => {
                    let status = draft.as_ref().and_then(|id| self.store.draft(id).ok().flatten()).map(|d| d.status);
                    let event = status.map(|status| DraftEvent { at: inbound.now, status, by: None, note: Some(text.clone()) });
                    let sinks: Vec<&str> = self.sinks.iter().map(String::as_str).collect();
                    self.store.relay(crate::store::Relay { from: user.clone(), text }, event, draft, &sinks)?;
                    handed_off = true;
                }
                e @ (Effect::PublishProfile(_)
                | Effect::ProfileStatus { .. }
                | Effect::RenewProfile
                | Effect::DeleteProfile
                | Effect::RequestIntro { .. }
                | Effect::AnswerIntro { .. }
                | Effect::ToPartner { .. }) => {
                    let replies = self.partner_effect(user, world.mine.as_ref(), e, locale, inbound.now, &mut changes)?;
                    out.extend(replies.into_iter().map(Effect::Reply));
                }
                other => out.push(other),
            }
        }
        self.store.save_turn(user, &state, &shown)?;
        Ok(Done { effects: out, handed_off, changes })
    }

    /// Stores the answers as a draft with its hand-off and the user's state, all or nothing.
    fn submit(&self, user: &UserKey, state: &mut UserState, dialog: DialogId, now: i64) -> Result<DraftId, StoreError> {
        let draft = Draft {
            version: DRAFT_VERSION,
            id: DraftId(String::new()),
            user: user.clone(),
            locale: state.prefs.locale(self.content.settings.default_locale),
            dialog,
            created: now,
            updated: now,
            status: DraftStatus::Submitted,
            answers: state.session.slots.clone(),
            history: vec![DraftEvent { at: now, status: DraftStatus::Submitted, by: None, note: None }],
            erase_requested: false,
        };
        let sinks: Vec<&str> = self.sinks.iter().map(String::as_str).collect();
        let id = self.store.submit(user, state, draft, &sinks)?;
        state.drafts.push(DraftRef { id: id.clone(), status: DraftStatus::Submitted });
        info!(draft = %id, user = %user.log_id(), "draft submitted");
        Ok(id)
    }

    /// A short public answer for a group or a server. A question nobody could answer is kept
    /// (anonymised) for the advisers; if that fails, the answer is still given.
    pub async fn public(&self, locale: Locale, ask: PublicAsk) -> PublicReply {
        let (reply, effects) = public::answer(&self.content, locale, &ask);
        for effect in effects {
            if let Effect::Unanswered { question, locale } = effect {
                let store = self.store.clone();
                let kept = crate::store::OpenQuestion { at: now(), locale, text: question };
                let result = tokio::task::spawn_blocking(move || store.keep_question(&kept).and_then(|()| store.flush())).await;
                if let Ok(Err(e)) = result {
                    error!(cause = %e, "an unanswered public question could not be kept");
                }
            }
        }
        reply
    }

    fn apology(&self, locale: Locale) -> Reply {
        self.reply(locale, "error-storage", None)
    }
}
