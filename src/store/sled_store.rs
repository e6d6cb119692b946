//! The production [`Store`]: sled in one data directory, one tree per record kind.
//!
//! sled lets one process hold a directory; a second one gets [`StoreError::Locked`].
//!
//! A failed flush (a full disk, say) leaves sled refusing every later write, even once there is
//! room again. So the store notes it and, at the next use, closes sled and opens the directory
//! afresh: the bot apologises while the disk is full and serves again as soon as it is not,
//! without a restart. What was flushed before is on disk; what was not was never acknowledged.

use super::{AuditEntry, Feedback, GroupCommit, OpenQuestion, OutboxEntry, Relay, ReplyTarget, Store, StoreError, decode, encode, feedback_month, notice_key, notice_owner, notice_prefix, pseudonym};
use crate::core::activity::Tally;
use crate::core::draft::{Draft, DraftChange, DraftId, Undelivered};
use crate::core::ids::{ArticleId, Sink, UserKey};
use crate::core::notice::Notice;
use crate::core::partners::{IntroId, Introduction, Profile, ProfileId};
use crate::core::session::UserState;
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};
use std::path::Path;

mod submission;

/// The file beside the database that records the last flushed write's number.
const MARKER: &str = "flushed";
/// Where the database keeps the same number.
const GENERATION: &[u8] = b"generation";
/// Where the database keeps the secret of its pseudonyms (see [`super::pseudonym`]).
const PSEUDONYM_KEY: &[u8] = b"pseudonym-key";

pub struct SledStore {
    dir: std::path::PathBuf,
    cache_capacity_bytes: u64,
    /// `None` between closing a failed instance and opening a fresh one.
    trees: std::sync::RwLock<Option<std::sync::Arc<Trees>>>,
    /// A flush failed: reopen before the next use.
    broken: std::sync::atomic::AtomicBool,
    commits: GroupCommit,
    /// The secret of the pseudonyms kept questions carry; made once, kept in `meta`.
    secret: u128,
}

/// One open instance of the database, with its trees.
struct Trees {
    db: sled::Db,
    users: sled::Tree,
    drafts: sled::Tree,
    outbox: sled::Tree,
    /// Counters: draft sequences per year, outbox sequence.
    meta: sled::Tree,
    /// Unanswered questions by an increasing id; "did this help?" counts by article.
    questions: sled::Tree,
    /// Adviser actions by an increasing id.
    audit: sled::Tree,
    feedback: sled::Tree,
    /// Anonymous activity counts: a tally's key (JSON), a count (u64, big-endian).
    activity: sled::Tree,
    /// Notices for users, keyed by user and number (see `notice_key`).
    notices: sled::Tree,
    /// Partner profiles by id; introductions by id.
    profiles: sled::Tree,
    intros: sled::Tree,
    /// `user key, 0, intro id` for both sides of every introduction.
    intros_by_user: sled::Tree,
    /// Submissions being written, each whole, by outbox number (see `submission`).
    submitting: sled::Tree,
    /// The bot's posts in the advisers' chats (a chat message) and whom a reply to each is for.
    prompts: sled::Tree,
}

fn counter(v: Option<sled::IVec>) -> u64 {
    v.and_then(|v| <[u8; 8]>::try_from(v.as_ref()).ok()).map_or(0, u64::from_be_bytes)
}

/// Adds one to the counter at `key` and returns the new value, atomically.
fn next(meta: &sled::Tree, key: &[u8]) -> Result<u64, StoreError> {
    let new = meta.update_and_fetch(key, |old| Some((counter(old.map(sled::IVec::from)) + 1).to_be_bytes().to_vec())).map_err(io)?;
    Ok(counter(new))
}

fn json<T: serde::Serialize>(v: &T) -> Vec<u8> {
    serde_json::to_vec(v).expect("records always serialise")
}

fn parse<T: serde::de::DeserializeOwned>(key: &str, bytes: &[u8]) -> Result<T, StoreError> {
    serde_json::from_slice(bytes).map_err(|e| StoreError::Corrupt { key: key.to_owned(), cause: e.to_string() })
}

fn tx_error(e: TransactionError<StoreError>) -> StoreError {
    match e {
        TransactionError::Abort(e) => e,
        TransactionError::Storage(e) => StoreError::Io(e.to_string()),
    }
}

impl SledStore {
    /// Opens (creating if needed) the store in `dir`.
    pub fn open(dir: &Path, cache_capacity_bytes: u64) -> Result<SledStore, StoreError> {
        let path = dir.display().to_string();
        // Personal data: the data directory is for its owner only, whoever made it and however.
        {
            use std::os::unix::fs::DirBuilderExt;
            std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).map_err(|e| StoreError::Open { path: path.clone(), cause: e.to_string() })?;
        }
        make_private(dir)?;
        let trees = Trees::open(dir, cache_capacity_bytes)?;
        // The files sled made just now, too.
        make_private(dir)?;
        // sled reads its log up to the first damaged record and silently stops there; the
        // marker says how far it had got, so a loss is reported instead of served.
        let found = counter(trees.meta.get(GENERATION).map_err(io)?);
        let written = std::fs::read_to_string(dir.join(MARKER)).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
        if found < written {
            return Err(StoreError::Damaged { path, written, found, marker: MARKER });
        }
        let secret = match trees.meta.get(PSEUDONYM_KEY).map_err(io)?.and_then(|v| <[u8; 16]>::try_from(v.as_ref()).ok()) {
            Some(bytes) => u128::from_be_bytes(bytes),
            None => {
                let fresh = super::new_secret();
                trees.meta.insert(PSEUDONYM_KEY, &fresh.to_be_bytes()).map_err(io)?;
                fresh
            }
        };
        Ok(SledStore {
            secret,
            dir: dir.to_owned(),
            cache_capacity_bytes,
            trees: std::sync::RwLock::new(Some(std::sync::Arc::new(trees))),
            broken: std::sync::atomic::AtomicBool::new(false),
            commits: GroupCommit::new(),
        })
    }

    /// The open instance, reopened first if a flush failed.
    fn t(&self) -> Result<std::sync::Arc<Trees>, StoreError> {
        use std::sync::atomic::Ordering;
        if self.broken.load(Ordering::Acquire) {
            let mut slot = self.trees.write().unwrap_or_else(|e| e.into_inner());
            if self.broken.load(Ordering::Acquire) {
                // Ours goes first; a turn still holding the old one keeps it open a moment
                // longer, and then the next use tries again.
                *slot = None;
                match Trees::open(&self.dir, self.cache_capacity_bytes) {
                    Ok(fresh) => {
                        *slot = Some(std::sync::Arc::new(fresh));
                        self.broken.store(false, Ordering::Release);
                        tracing::warn!("the store was reopened after a failed write");
                    }
                    Err(e) => tracing::debug!(cause = %e, "the store could not be reopened yet"),
                }
            }
        }
        self.trees.read().unwrap_or_else(|e| e.into_inner()).clone().ok_or_else(|| StoreError::Io("the store is being reopened after a failed write".into()))
    }
}

/// Makes `dir` owner-only (0700), and the store's own files in it too (sled's directory and
/// everything in it: directories 0700, files 0600; the flush marker 0600), or says why it
/// cannot be: the data directory holds every applicant's data. Nothing else in `dir` is
/// touched, in case someone points `--data-dir` at a directory that holds other things.
fn make_private(dir: &Path) -> Result<(), StoreError> {
    use std::os::unix::fs::PermissionsExt;
    fn set(path: &Path, recurse: bool) -> std::io::Result<()> {
        let meta = match std::fs::symlink_metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e),
        };
        if meta.file_type().is_symlink() {
            return Ok(());
        }
        let mode = if meta.is_dir() { 0o700 } else { 0o600 };
        if meta.permissions().mode() & 0o777 != mode {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
        }
        if meta.is_dir() && recurse {
            for entry in std::fs::read_dir(path)? {
                set(&entry?.path(), true)?;
            }
        }
        Ok(())
    }
    let result = set(dir, false).and_then(|()| set(&dir.join("db"), true)).and_then(|()| set(&dir.join(MARKER), false));
    result.map_err(|e| StoreError::Open {
        path: dir.display().to_string(),
        cause: format!("it holds applicants' data, so it must be private to this user, and it cannot be made so ({e}); let this user own it, or choose another --data-dir"),
    })
}

impl Trees {
    fn open(dir: &Path, cache_capacity_bytes: u64) -> Result<Trees, StoreError> {
        let path = dir.display().to_string();
        let db = sled::Config::new()
            .path(dir.join("db"))
            .cache_capacity(cache_capacity_bytes)
            // Durability comes from explicit, group-committed flushes before each reply.
            .flush_every_ms(None)
            .open()
            .map_err(|e| match e {
                sled::Error::Io(io) if io.kind() == std::io::ErrorKind::WouldBlock || io.to_string().contains("lock") => {
                    StoreError::Locked { path: path.clone() }
                }
                other => StoreError::Open { path: path.clone(), cause: other.to_string() },
            })?;
        let tree = |name: &str| db.open_tree(name).map_err(io);
        Ok(Trees {
            users: tree("users")?,
            drafts: tree("drafts")?,
            outbox: tree("outbox")?,
            meta: tree("meta")?,
            questions: tree("questions")?,
            audit: tree("audit")?,
            feedback: tree("feedback")?,
            activity: tree("activity")?,
            notices: tree("notices")?,
            profiles: tree("profiles")?,
            intros: tree("intros")?,
            intros_by_user: tree("intros_by_user")?,
            submitting: tree("submitting")?,
            prompts: tree("prompts")?,
            db,
        })
        .and_then(|t| {
            submission::finish_interrupted(&t)?;
            Ok(t)
        })
    }
}

fn io(e: sled::Error) -> StoreError {
    StoreError::Io(e.to_string())
}

/// Removes every key under `prefix`.
fn remove_prefix(tree: &sled::Tree, prefix: &[u8]) -> Result<(), StoreError> {
    for key in tree.scan_prefix(prefix).keys() {
        tree.remove(key.map_err(io)?).map_err(io)?;
    }
    Ok(())
}

/// Removes every record of `tree` (of kind `what`) that `due` says goes; returns how many.
fn remove_where<T: serde::de::DeserializeOwned>(tree: &sled::Tree, what: &str, due: impl Fn(&T) -> bool) -> Result<usize, StoreError> {
    let mut removed = 0;
    for item in tree.iter() {
        let (k, v) = item.map_err(io)?;
        if due(&parse(what, &v)?) {
            tree.remove(k).map_err(io)?;
            removed += 1;
        }
    }
    Ok(removed)
}

impl Store for SledStore {
    fn load(&self, user: &UserKey) -> Result<UserState, StoreError> {
        let t = self.t()?;
        match t.users.get(user.storage_key()).map_err(io)? {
            Some(bytes) => decode(user, &bytes),
            None => Ok(UserState::default()),
        }
    }

    fn save(&self, user: &UserKey, state: &UserState) -> Result<(), StoreError> {
        let t = self.t()?;
        t.users.insert(user.storage_key(), encode(state)).map_err(io)?;
        Ok(())
    }

    fn erase_user(&self, user: &UserKey) -> Result<(), StoreError> {
        let t = self.t()?;
        t.users.remove(user.storage_key()).map_err(io)?;
        remove_prefix(&t.notices, &notice_prefix(user))?;
        t.profiles.remove(ProfileId::of(user).as_str()).map_err(io)?;
        remove_prefix(&t.intros_by_user, &notice_prefix(user))?;
        remove_where(&t.outbox, "outbox", |e: &OutboxEntry| e.message.as_ref().is_some_and(|m| &m.from == user))?;
        remove_where(&t.prompts, "posts", |r: &ReplyTarget| matches!(r, ReplyTarget::Asker(u) if u == user))?;
        let me = Some(pseudonym(self.secret, user));
        remove_where(&t.questions, "questions", |q: &OpenQuestion| q.asker == me)?;
        Ok(())
    }

    fn flush(&self) -> Result<(), StoreError> {
        let t = self.t()?;
        let marker = self.dir.join(MARKER);
        let result = self
            .commits
            .commit(|| {
                let generation = next(&t.meta, GENERATION).map_err(|e| e.to_string())?;
                t.db.flush().map_err(|e| e.to_string())?;
                // Written after the flush, so it is never ahead of what is on disk. Not synced:
                // if it is lost in a crash, it lags behind, which raises no alarm.
                let _ = std::fs::write(&marker, generation.to_string());
                Ok(())
            })
            .map_err(StoreError::Io);
        if result.is_err() {
            self.broken.store(true, std::sync::atomic::Ordering::Release);
        }
        result
    }

    fn next_draft_number(&self, year: i32) -> Result<u64, StoreError> {
        next(&self.t()?.meta, format!("draft-seq:{year}").as_bytes())
    }

    fn file_draft(&self, user: &UserKey, state: &UserState, draft: &Draft, sinks: &[Sink]) -> Result<(), StoreError> {
        let t = self.t()?;
        // The hand-off's number first, taken atomically on its own. A failure after this point
        // skips a number, which nobody relies on.
        let entry = match sinks {
            [] => None,
            sinks => Some(OutboxEntry { seq: next(&t.meta, b"outbox-seq")?, draft: Some(draft.id.clone()), message: None, erased: false, pending: sinks.to_vec() }),
        };
        let whole = submission::Submission { user: user.clone(), draft: draft.clone(), entry, state: state.clone() };
        if let Err(e) = whole.write(&t) {
            // Half written: reopening finishes it from its record before anything else runs.
            self.broken.store(true, std::sync::atomic::Ordering::Release);
            return Err(e);
        }
        Ok(())
    }

    fn draft(&self, id: &DraftId) -> Result<Option<Draft>, StoreError> {
        let t = self.t()?;
        match t.drafts.get(id.as_str()).map_err(io)? {
            Some(b) => parse(id.as_str(), &b).map(Some),
            None => Ok(None),
        }
    }

    fn drafts(&self) -> Result<Vec<Draft>, StoreError> {
        let t = self.t()?;
        let mut all = Vec::new();
        for item in t.drafts.iter() {
            let (k, v) = item.map_err(io)?;
            all.push(parse::<Draft>(&String::from_utf8_lossy(&k), &v)?);
        }
        all.sort_by_key(|d| (d.created, d.id.clone()));
        Ok(all)
    }

    fn change_draft(&self, id: &DraftId, change: &DraftChange) -> Result<Draft, StoreError> {
        let t = self.t()?;
        // Numbers for the notices (a change causes at most two), taken before the transaction:
        // it may run more than once.
        let seqs = [t.db.generate_id().map_err(io)?, t.db.generate_id().map_err(io)?];
        (&t.drafts, &t.notices)
            .transaction(|(d, n)| {
                let abort = |e: StoreError| ConflictableTransactionError::Abort(e);
                let bytes = d.get(id.as_str().as_bytes())?.ok_or_else(|| abort(StoreError::NoSuchDraft(id.to_string())))?;
                let mut draft: Draft = parse(id.as_str(), &bytes).map_err(abort)?;
                for (notice, seq) in draft.apply(change).iter().zip(seqs) {
                    n.insert(notice_key(&draft.user, seq), json(notice))?;
                }
                d.insert(id.as_str().as_bytes(), json(&draft))?;
                Ok(draft)
            })
            .map_err(tx_error)
    }

    fn outbox(&self) -> Result<Vec<OutboxEntry>, StoreError> {
        let t = self.t()?;
        t.outbox.iter().map(|item| item.map_err(io).and_then(|(_, v)| parse("outbox", &v))).collect()
    }

    fn relay(&self, relay: &Relay, about: Option<(&DraftId, &DraftChange)>, sinks: &[Sink]) -> Result<(), StoreError> {
        let t = self.t()?;
        (&t.drafts, &t.outbox, &t.meta)
            .transaction(|(d, o, m)| {
                if let Some((id, change)) = about
                    && let Some(bytes) = d.get(id.as_str().as_bytes())? {
                        let mut draft: Draft = parse(id.as_str(), &bytes).map_err(ConflictableTransactionError::Abort)?;
                        // What the applicant does to a draft tells them nothing: no notices.
                        draft.apply(change);
                        d.insert(id.as_str().as_bytes(), json(&draft))?;
                    }
                if !sinks.is_empty() {
                    let n = counter(m.get(b"outbox-seq")?) + 1;
                    m.insert(b"outbox-seq", &n.to_be_bytes())?;
                    let entry = OutboxEntry { seq: n, draft: about.map(|(id, _)| id.clone()), message: Some(relay.clone()), erased: false, pending: sinks.to_vec() };
                    o.insert(&n.to_be_bytes(), json(&entry))?;
                }
                Ok(())
            })
            .map_err(tx_error)
    }

    fn delivered(&self, seq: u64, sink: Sink) -> Result<(), StoreError> {
        let t = self.t()?;
        // One key, changed atomically; no transaction (each stops every other write).
        let mut unreadable = None;
        t.outbox
            .update_and_fetch(seq.to_be_bytes(), |old| {
                // Run again if another writer changed the entry meanwhile.
                unreadable = None;
                let bytes = old?;
                match parse::<OutboxEntry>("outbox", bytes) {
                    Ok(mut e) => {
                        e.pending.retain(|s| *s != sink);
                        (!e.pending.is_empty()).then(|| json(&e))
                    }
                    Err(err) => {
                        unreadable = Some(err);
                        Some(bytes.to_vec())
                    }
                }
            })
            .map_err(io)?;
        unreadable.map_or(Ok(()), Err)
    }

    fn undeliverable(&self, seq: u64, sink: Sink, failure: &Undelivered) -> Result<(), StoreError> {
        let t = self.t()?;
        let entry = t.outbox.get(seq.to_be_bytes()).map_err(io)?.map(|b| parse::<OutboxEntry>("outbox", &b)).transpose()?;
        // The draft first: if the write in between fails, the post is tried again, never lost.
        if let Some(id) = entry.filter(|e| e.message.is_none()).and_then(|e| e.draft) {
            let mut unreadable = None;
            t.drafts
                .update_and_fetch(id.as_str().as_bytes(), |old| {
                    unreadable = None;
                    let bytes = old?;
                    match parse::<Draft>(id.as_str(), bytes) {
                        Ok(mut d) => {
                            d.undelivered.push(failure.clone());
                            Some(json(&d))
                        }
                        Err(e) => {
                            unreadable = Some(e);
                            Some(bytes.to_vec())
                        }
                    }
                })
                .map_err(io)?;
            if let Some(e) = unreadable {
                return Err(e);
            }
        }
        self.delivered(seq, sink)
    }

    fn delete_draft(&self, id: &DraftId) -> Result<(), StoreError> {
        let t = self.t()?;
        t.drafts.remove(id.as_str().as_bytes()).map_err(io)?;
        Ok(())
    }

    fn erase_draft(&self, id: &DraftId, sinks: &[Sink]) -> Result<(), StoreError> {
        let t = self.t()?;
        // The word goes out first: if anything after it fails, the advisers hear of an erasure
        // that is then done again, never of nothing.
        if !sinks.is_empty() {
            let entry = OutboxEntry { seq: next(&t.meta, b"outbox-seq")?, draft: Some(id.clone()), message: None, erased: true, pending: sinks.to_vec() };
            t.outbox.insert(entry.seq.to_be_bytes(), json(&entry)).map_err(io)?;
        }
        remove_where(&t.outbox, "outbox", |e: &OutboxEntry| !e.erased && e.draft.as_ref() == Some(id))?;
        remove_where(&t.prompts, "posts", |r: &ReplyTarget| matches!(r, ReplyTarget::Draft(d) if d == id))?;
        t.drafts.remove(id.as_str().as_bytes()).map_err(io)?;
        Ok(())
    }

    fn user_keys(&self) -> Result<Vec<UserKey>, StoreError> {
        let t = self.t()?;
        t.users.iter().keys().map(|k| k.map_err(io).map(|k| UserKey::from_storage_key(&String::from_utf8_lossy(&k)))).filter_map(Result::transpose).collect()
    }

    fn remove_user(&self, user: &UserKey) -> Result<(), StoreError> {
        let t = self.t()?;
        t.users.remove(user.storage_key()).map_err(io)?;
        Ok(())
    }

    fn audit(&self, entry: &AuditEntry) -> Result<(), StoreError> {
        let t = self.t()?;
        let id = t.db.generate_id().map_err(io)?;
        t.audit.insert(id.to_be_bytes(), json(entry)).map_err(io)?;
        Ok(())
    }

    fn audit_log(&self) -> Result<Vec<AuditEntry>, StoreError> {
        let t = self.t()?;
        t.audit.iter().map(|item| item.map_err(io).and_then(|(_, v)| parse("audit", &v))).collect()
    }

    fn remember_post(&self, key: &str, target: &super::ReplyTarget) -> Result<(), StoreError> {
        self.t()?.prompts.insert(key, json(target)).map_err(io)?;
        Ok(())
    }

    fn reply_target(&self, key: &str) -> Result<Option<super::ReplyTarget>, StoreError> {
        self.t()?.prompts.get(key).map_err(io)?.map(|v| parse("posts", &v)).transpose()
    }

    fn keep_question(&self, question: &OpenQuestion, asker: &UserKey) -> Result<(), StoreError> {
        let t = self.t()?;
        // sled's ids increase across restarts, so the keys keep the questions in order.
        let id = t.db.generate_id().map_err(io)?;
        let kept = OpenQuestion { asker: Some(pseudonym(self.secret, asker)), ..question.clone() };
        t.questions.insert(id.to_be_bytes(), json(&kept)).map_err(io)?;
        Ok(())
    }

    fn questions_of(&self, user: &UserKey) -> Result<Vec<OpenQuestion>, StoreError> {
        let me = Some(pseudonym(self.secret, user));
        Ok(self.questions()?.into_iter().filter(|q| q.asker == me).collect())
    }

    fn remove_questions(&self, due: &dyn Fn(&OpenQuestion) -> bool) -> Result<usize, StoreError> {
        remove_where(&self.t()?.questions, "questions", |q: &OpenQuestion| due(q))
    }

    fn questions(&self) -> Result<Vec<OpenQuestion>, StoreError> {
        let t = self.t()?;
        t.questions.iter().map(|item| item.map_err(io).and_then(|(_, v)| parse("questions", &v))).collect()
    }

    fn count_feedback(&self, article: &ArticleId, helpful: bool, at: i64) -> Result<(), StoreError> {
        let t = self.t()?;
        let mut broken = None;
        t.feedback
            .update_and_fetch(format!("{}/{}", feedback_month(at), article.as_str()), |old| {
                let counts = match old.map(|b| parse::<Feedback>("feedback", b)) {
                    Some(Ok(f)) => f,
                    Some(Err(e)) => {
                        broken = Some(e);
                        Feedback::default()
                    }
                    None => Feedback::default(),
                };
                Some(json(&counts.counted(helpful)))
            })
            .map_err(io)?;
        broken.map_or(Ok(()), Err)
    }

    fn feedback(&self) -> Result<Vec<(ArticleId, Feedback)>, StoreError> {
        let t = self.t()?;
        let mut sums: std::collections::BTreeMap<String, Feedback> = std::collections::BTreeMap::new();
        for item in t.feedback.iter() {
            let (k, v) = item.map_err(io)?;
            let key = String::from_utf8_lossy(&k);
            let article = key.split_once('/').map_or(&*key, |(_, a)| a);
            let f: Feedback = parse("feedback", &v)?;
            let sum = sums.entry(article.to_owned()).or_default();
            sum.helpful += f.helpful;
            sum.not_helpful += f.not_helpful;
        }
        Ok(sums.into_iter().map(|(a, f)| (ArticleId::new(a), f)).collect())
    }

    fn count(&self, tally: &Tally) -> Result<(), StoreError> {
        let t = self.t()?;
        t.activity
            .update_and_fetch(tally.key(), |old| {
                let n = old.and_then(|b| <[u8; 8]>::try_from(b).ok()).map_or(0, u64::from_be_bytes);
                Some((n + 1).to_be_bytes().to_vec())
            })
            .map_err(io)?;
        Ok(())
    }

    fn tallies(&self) -> Result<Vec<(Tally, u64)>, StoreError> {
        let t = self.t()?;
        let mut out = Vec::new();
        for item in t.activity.iter() {
            let (k, v) = item.map_err(io)?;
            let n = <[u8; 8]>::try_from(&*v).map_or(0, u64::from_be_bytes);
            if let Some(tally) = Tally::from_key(&k) {
                out.push((tally, n));
            }
        }
        Ok(out)
    }

    fn remove_feedback(&self, due: &dyn Fn(&str) -> bool) -> Result<usize, StoreError> {
        let t = self.t()?;
        let mut removed = 0;
        for key in t.feedback.iter().keys() {
            let key = key.map_err(io)?;
            if let Some((month, _)) = std::str::from_utf8(&key).ok().and_then(|k| k.split_once('/'))
                && due(month)
            {
                t.feedback.remove(&key).map_err(io)?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    fn notify(&self, user: &UserKey, notice: &Notice) -> Result<(), StoreError> {
        let t = self.t()?;
        let seq = t.db.generate_id().map_err(io)?;
        t.notices.insert(notice_key(user, seq), json(notice)).map_err(io)?;
        Ok(())
    }

    fn pending_notices(&self, user: &UserKey) -> Result<Vec<(u64, Notice)>, StoreError> {
        let t = self.t()?;
        let prefix = notice_prefix(user);
        t.notices
            .scan_prefix(&prefix)
            .map(|item| {
                let (k, v) = item.map_err(io)?;
                let seq = <[u8; 8]>::try_from(&k[prefix.len()..]).map(u64::from_be_bytes).map_err(|_| StoreError::Corrupt { key: "notices".into(), cause: "bad key".into() })?;
                Ok((seq, parse("notices", &v)?))
            })
            .collect()
    }

    fn users_with_notices(&self) -> Result<Vec<UserKey>, StoreError> {
        let t = self.t()?;
        let mut users: Vec<UserKey> = Vec::new();
        for key in t.notices.iter().keys() {
            // Keys sort by user: each user's notices stand together.
            if let Some(user) = notice_owner(&key.map_err(io)?).filter(|u| users.last() != Some(u)) {
                users.push(user);
            }
        }
        Ok(users)
    }

    fn save_turn(&self, user: &UserKey, state: &UserState, shown: &[u64]) -> Result<(), StoreError> {
        // The state first, then the notices it showed: if anything fails between the two (or
        // the process dies before the flush), a notice is shown again, never lost. No sled
        // transaction: each one stops every other write and seals sled's write buffer early.
        let t = self.t()?;
        t.users.insert(user.storage_key(), encode(state)).map_err(io)?;
        for seq in shown {
            t.notices.remove(notice_key(user, *seq)).map_err(io)?;
        }
        Ok(())
    }

    fn save_profile(&self, profile: &Profile) -> Result<(), StoreError> {
        let t = self.t()?;
        t.profiles.insert(profile.id.as_str(), json(profile)).map_err(io)?;
        Ok(())
    }

    fn delete_profile(&self, id: &ProfileId) -> Result<(), StoreError> {
        let t = self.t()?;
        t.profiles.remove(id.as_str()).map_err(io)?;
        Ok(())
    }

    fn profile(&self, id: &ProfileId) -> Result<Option<Profile>, StoreError> {
        let t = self.t()?;
        t.profiles.get(id.as_str()).map_err(io)?.map(|b| parse(id.as_str(), &b)).transpose()
    }

    fn profiles(&self) -> Result<Vec<Profile>, StoreError> {
        let t = self.t()?;
        t.profiles.iter().map(|item| item.map_err(io).and_then(|(_, v)| parse("profiles", &v))).collect()
    }

    fn next_intro_number(&self) -> Result<u64, StoreError> {
        next(&self.t()?.meta, b"intro-seq")
    }

    fn save_intro(&self, intro: &Introduction) -> Result<(), StoreError> {
        let t = self.t()?;
        // The index first: a crash before the record leaves an entry that points nowhere,
        // which `intros_for` passes over. No transaction (each stops every other write).
        for side in [&intro.from, &intro.to] {
            let mut k = notice_prefix(side);
            k.extend_from_slice(intro.id.0.as_bytes());
            t.intros_by_user.insert(k, &[]).map_err(io)?;
        }
        t.intros.insert(intro.id.0.as_bytes(), json(intro)).map_err(io)?;
        Ok(())
    }

    fn intro(&self, id: &IntroId) -> Result<Option<Introduction>, StoreError> {
        let t = self.t()?;
        t.intros.get(id.0.as_bytes()).map_err(io)?.map(|b| parse(&id.0, &b)).transpose()
    }

    fn intros(&self) -> Result<Vec<Introduction>, StoreError> {
        let t = self.t()?;
        t.intros.iter().map(|item| item.map_err(io).and_then(|(_, v)| parse("intros", &v))).collect()
    }

    fn delete_intro(&self, id: &IntroId) -> Result<(), StoreError> {
        let t = self.t()?;
        if let Some(intro) = self.intro(id)? {
            for side in [&intro.from, &intro.to] {
                let mut k = notice_prefix(side);
                k.extend_from_slice(id.0.as_bytes());
                t.intros_by_user.remove(k).map_err(io)?;
                for item in t.notices.scan_prefix(notice_prefix(side)) {
                    let (k, v) = item.map_err(io)?;
                    if parse::<Notice>("notices", &v)?.intro() == Some(id) {
                        t.notices.remove(k).map_err(io)?;
                    }
                }
            }
        }
        t.intros.remove(id.0.as_bytes()).map_err(io)?;
        Ok(())
    }

    fn intros_for(&self, user: &UserKey) -> Result<Vec<Introduction>, StoreError> {
        let t = self.t()?;
        let prefix = notice_prefix(user);
        let mut out = Vec::new();
        for item in t.intros_by_user.scan_prefix(&prefix) {
            let (k, _) = item.map_err(io)?;
            let id = IntroId(String::from_utf8_lossy(&k[prefix.len()..]).into_owned());
            out.extend(self.intro(&id)?);
        }
        Ok(out)
    }
}
