//! Runs turns durably: load the user's state, step the core, store what the turn decided and
//! flush, and only then hand its replies to the adapter ("durable before visible").
//!
//! The runtime decides nothing a user sees: the core's turn returns complete records (the
//! draft as filed, the profile as saved, the notice as the other user will read it) and the
//! replies; the runtime writes the one and delivers the other. Adapters call
//! [`Runtime::turn`] (or [`Runtime::turn_async`]); they never touch the store or the core's
//! turn directly.

use crate::core::content::Content;
use crate::core::effect::{Effect, Event, Inbound};
use crate::core::engine;
use crate::core::ids::{Platform, Sink, UserKey};
use crate::core::locale::Locale;
use crate::core::partners::Directory;
use crate::core::public::{self, InGroup, PublicAsk, Reach};
use crate::core::reply::Reply;
use crate::core::session::UserState;
use crate::store::{AuditEntry, Relay, Store, StoreError};
use std::sync::Arc;
use tracing::{error, info};

mod advisers;
mod executor;
pub mod handoff;
pub mod limits;
mod partners;
mod queue;
mod retention;
pub mod shutdown;
mod world;
pub use advisers::{advise, answer};
pub use queue::{Sequenced, UserQueues};
pub use retention::Retired;
pub use shutdown::Shutdown;

/// The current time in unix seconds: the `now` of every inbound event and draft event.
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// How many users with news the notice channel holds for a slow adapter before it lags (a
/// lagging adapter catches up from the store: see `adapters::chat`).
const NOTICE_CAPACITY: usize = 1024;

#[derive(Clone)]
pub struct Runtime {
    pub content: Arc<Content>,
    pub store: Arc<dyn Store>,
    /// Where drafts and messages are handed to the advisers (the command line needs no
    /// delivery: a draft is in `drafts list` the moment it is stored).
    pub sinks: Arc<Vec<Sink>>,
    /// Bumped when something was queued for the advisers, to wake the hand-off workers (a
    /// watch never misses one).
    pub handoff: Arc<tokio::sync::watch::Sender<u64>>,
    /// Users with new notices (their draft moved on, an adviser wrote); adapters push them.
    pub notices: tokio::sync::broadcast::Sender<UserKey>,
    /// The partner registry's public listings; a std lock, held only to swap or clone the Arc.
    directory: Arc<std::sync::RwLock<Arc<Directory>>>,
    rate: Arc<limits::RateLimiter>,
    /// Refused adviser actions, so a flood of them is audited once, not once per press.
    refusals: Arc<limits::RateLimiter>,
    /// Runs async adapters' turns in batches, started at the first one.
    executor: Arc<std::sync::OnceLock<executor::Executor>>,
    /// Held (shared) while a message advisers may reply to — a hand-off's post, a prompt — is
    /// sent and remembered; a reply whose target is not found yet waits for them (exclusive)
    /// and looks again, so a reply typed the moment a post appears is never taken for chatter.
    pub posts_in_flight: Arc<tokio::sync::RwLock<()>>,
}

/// What a turn did before its flush.
pub(crate) enum Applied {
    /// Written; to be shown once flushed.
    Done(Done),
    /// Nothing written (the rate limit): shown as it is.
    Answered(Vec<Reply>),
    Failed(StoreError),
}

pub(crate) struct Done {
    replies: Vec<Reply>,
    changes: Changes,
}

/// What a turn's effects did beyond the user's own record, acted on once it is durable.
#[derive(Default)]
struct Changes {
    /// Other users with new notices, to tell their adapters.
    notified: Vec<UserKey>,
    /// A profile changed: the directory is rebuilt.
    directory: bool,
    /// A draft or a message was queued for the advisers: wake the hand-off workers.
    handed_off: bool,
}

impl Runtime {
    pub fn new(content: Arc<Content>, store: Arc<dyn Store>) -> Runtime {
        Runtime::with_notice_capacity(content, store, NOTICE_CAPACITY)
    }

    /// A runtime whose notice channel holds `capacity` users (tests make it lag on purpose).
    pub fn with_notice_capacity(content: Arc<Content>, store: Arc<dyn Store>, capacity: usize) -> Runtime {
        let runtime = Runtime {
            content,
            store,
            sinks: Arc::new(Vec::new()),
            handoff: Arc::new(tokio::sync::watch::channel(0).0),
            notices: tokio::sync::broadcast::channel(capacity.max(1)).0,
            directory: Arc::default(),
            rate: Arc::default(),
            refusals: Arc::default(),
            executor: Arc::default(),
            posts_in_flight: Arc::default(),
        };
        runtime.rebuild_directory();
        runtime
    }

    /// Tells the adapters that `user` has notices waiting (with no receiver, e.g. the console,
    /// they are shown at the next session).
    pub fn announce(&self, user: UserKey) {
        let _ = self.notices.send(user);
    }

    pub fn with_sinks(mut self, sinks: Vec<Sink>) -> Runtime {
        self.sinks = Arc::new(sinks);
        self
    }

    /// One turn for one user. On a storage failure nothing is half-written: the user gets a
    /// short apology in their language and the same question stays pending.
    pub fn turn(&self, user: &UserKey, inbound: Inbound) -> Vec<Reply> {
        let applied = self.apply(user, &inbound);
        let flushed = match &applied {
            Applied::Done(_) => self.store.flush(),
            Applied::Answered(_) | Applied::Failed(_) => Ok(()),
        };
        self.finish(user, &inbound, applied, flushed)
    }

    /// [`Runtime::turn`] for async adapters. Turns go to the batching executor: the turns of
    /// many users share one flush, and no thread waits per turn.
    pub async fn turn_async(&self, user: &UserKey, inbound: Inbound) -> Vec<Reply> {
        let locale = inbound.locale_hint.unwrap_or(self.content.settings.default_locale);
        let rx = self.executor.get_or_init(|| executor::Executor::start(self.clone())).schedule(user.clone(), inbound);
        match rx.await {
            Ok(replies) => replies,
            Err(_) => {
                error!("a turn was lost by the executor");
                vec![Reply::apology(&self.content, locale)]
            }
        }
    }

    /// Whether a message from `user` is taken now: at most `[limits] messages_per_minute` a
    /// minute on a chat platform, anywhere (private chats, groups, advisers' buttons). The
    /// first one over the limit gets one notice; the rest of that minute, nothing.
    pub fn admit(&self, user: &UserKey, now: i64) -> limits::Admission {
        if user.platform == Platform::Console {
            return limits::Admission::Allow;
        }
        self.rate.check(user, now, self.content.settings.limits.messages_per_minute)
    }

    /// Everything a turn does before it is made durable: the rate limit, the core's step, and
    /// the writes. Nothing may be shown until the store is flushed.
    pub(crate) fn apply(&self, user: &UserKey, inbound: &Inbound) -> Applied {
        if !matches!(inbound.event, Event::Resume | Event::News) {
            match self.admit(user, inbound.now) {
                limits::Admission::Allow => {}
                limits::Admission::Warn => {
                    let default = inbound.locale_hint.unwrap_or(self.content.settings.default_locale);
                    let locale = self.store.load(user).map_or(default, |s| s.prefs.locale(default));
                    return Applied::Answered(vec![Reply::rate_limited(&self.content, locale)]);
                }
                limits::Admission::Drop => return Applied::Answered(Vec::new()),
            }
        }
        match self.try_turn(user, inbound) {
            Ok(done) => Applied::Done(done),
            Err(e) => Applied::Failed(e),
        }
    }

    /// After the flush that covers the turn: its replies, or the apology if anything failed.
    pub(crate) fn finish(&self, user: &UserKey, inbound: &Inbound, applied: Applied, flushed: Result<(), StoreError>) -> Vec<Reply> {
        let failure = match (applied, flushed) {
            (Applied::Answered(replies), _) => return replies,
            (Applied::Done(done), Ok(())) => {
                let changes = done.changes;
                if changes.handed_off {
                    self.handoff.send_modify(|n| *n += 1);
                }
                if changes.directory {
                    self.rebuild_directory();
                }
                for other in changes.notified {
                    self.announce(other);
                }
                return done.replies;
            }
            (Applied::Done(_), Err(e)) | (Applied::Failed(e), _) => e,
        };
        error!(user = %user.log_id(), cause = %failure, "turn failed in storage");
        let locale = inbound.locale_hint.unwrap_or(self.content.settings.default_locale);
        vec![Reply::apology(&self.content, locale)]
    }

    fn try_turn(&self, user: &UserKey, inbound: &Inbound) -> Result<Done, StoreError> {
        let mut state = self.store.load(user)?;
        // Notices others left since the last turn: shown now, dropped when this turn is saved.
        let pending = self.store.pending_notices(user)?;
        let shown: Vec<u64> = pending.iter().map(|(seq, _)| *seq).collect();
        state.notices.extend(pending.into_iter().map(|(_, n)| n));
        let world = world::StoreWorld::new(self.store.as_ref(), user, self.directory());
        let turned = engine::step_in(&self.content, &world, state, inbound);
        // A read that failed during the turn fails the turn: nothing of it is stored.
        world.finished()?;
        let mut changes = Changes::default();
        // After `/forget` nothing of the user is saved: their next message starts afresh.
        let erased = turned.effects.contains(&Effect::EraseUser);
        for effect in turned.effects {
            self.execute(user, &turned.user, effect, &mut changes)?;
        }
        if !erased {
            self.store.save_turn(user, &turned.user, &shown)?;
        }
        Ok(Done { replies: turned.replies, changes })
    }

    /// Stores one effect of `user`'s turn, whose state it leaves as `state`.
    fn execute(&self, user: &UserKey, state: &UserState, effect: Effect, changes: &mut Changes) -> Result<(), StoreError> {
        match effect {
            Effect::EraseUser => {
                self.store.erase_user(user)?;
                changes.directory = true;
            }
            Effect::FileDraft(draft) => {
                self.store.file_draft(user, state, &draft, &self.sinks)?;
                info!(draft = %draft.id, user = %user.log_id(), "draft submitted");
                changes.handed_off = true;
            }
            Effect::ToAdvisers { from, text, about } => {
                self.store.relay(&Relay { from, text }, about.as_ref().map(|(id, change)| (id, change)), &self.sinks)?;
                changes.handed_off = true;
            }
            Effect::EraseDraft(id) => {
                self.store.erase_draft(&id, &self.sinks)?;
                // The trail says it went, and why; nothing of what it said.
                self.store.audit(&AuditEntry { at: now(), by: crate::core::draft::BY_APPLICANT.into(), action: "erased".into(), draft: id.to_string() })?;
                info!(draft = %id, "draft erased at its applicant's request");
                changes.handed_off = true;
            }
            Effect::DeleteIntro(id) => self.store.delete_intro(&id)?,
            Effect::Feedback { article, helpful, at } => self.store.count_feedback(&article, helpful, at)?,
            Effect::KeepQuestion(question) => self.store.keep_question(&question, user)?,
            Effect::Count(tally) => self.store.count(&tally)?,
            Effect::SaveProfile(profile) => {
                self.store.save_profile(&profile)?;
                changes.directory = true;
            }
            Effect::DeleteProfile(id) => {
                self.store.delete_profile(&id)?;
                changes.directory = true;
            }
            Effect::SaveIntro(intro) => self.store.save_intro(&intro)?,
            Effect::Notify { user: other, notice } => {
                self.store.notify(&other, &notice)?;
                changes.notified.push(other);
            }
        }
        Ok(())
    }

    /// Where and how a group or a server answers `asker` (see [`public::in_group`]), or
    /// nothing when they are over the rate limit (the first time in a minute: one notice). What
    /// continues in private is limited there, as any turn.
    pub async fn in_group(&self, asker: &UserKey, locale: Locale, ask: PublicAsk, reach: Reach) -> Option<InGroup> {
        if public::personal(&ask, reach).is_none() {
            match self.admit(asker, now()) {
                limits::Admission::Allow => {}
                limits::Admission::Warn => return Some(InGroup::Public(public::rate_limited(&self.content, locale))),
                limits::Admission::Drop => return None,
            }
        }
        Some(public::in_group(&self.content, locale, &ask, reach))
    }
}
