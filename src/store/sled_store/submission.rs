//! A submission without a sled transaction.
//!
//! A submission changes up to three records: the new draft, its outbox entry (none when no
//! advisers' chat is configured), and the user's state that lists it. sled 0.34 could write them in one transaction, but each transaction stops
//! every other write in the process and rolls sled's write buffer twice; with hundreds of
//! people submitting a minute, that raised every other user's turn from milliseconds to a
//! tenth of a second (see `BENCHMARKS.md`).
//!
//! Instead, the whole submission is first written as one record (one write is atomic), then
//! its three parts, then the record is removed. sled recovers its log in order, up to the
//! first torn write: if any part survives a crash, so does the record before it, and opening
//! the store writes the parts again from it. Writing them twice is harmless, since each part
//! is keyed by numbers taken before the record was written (the draft's id, the outbox's).

use super::{Trees, io, json};
use crate::core::draft::Draft;
use crate::core::ids::UserKey;
use crate::core::session::UserState;
use crate::store::{OutboxEntry, StoreError, encode};

/// Everything one submission writes, as one record.
#[derive(serde::Serialize, serde::Deserialize)]
pub(super) struct Submission {
    pub(super) user: UserKey,
    pub(super) draft: Draft,
    /// The hand-off; none when there is no sink to hand it to.
    pub(super) entry: Option<OutboxEntry>,
    /// The user's state with the draft listed.
    pub(super) state: UserState,
}

impl Submission {
    /// The record's key: the draft's id, unique to this submission.
    fn key(&self) -> &[u8] {
        self.draft.id.as_str().as_bytes()
    }

    /// The record, then the parts, then no record. If a part fails to write, the record stays
    /// for the next open to finish, and the error goes to the caller.
    pub(super) fn write(&self, t: &Trees) -> Result<(), StoreError> {
        t.submitting.insert(self.key(), json(self)).map_err(io)?;
        self.write_parts(t)?;
        t.submitting.remove(self.key()).map_err(io)?;
        Ok(())
    }

    fn write_parts(&self, t: &Trees) -> Result<(), StoreError> {
        t.drafts.insert(self.draft.id.as_str().as_bytes(), json(&self.draft)).map_err(io)?;
        if let Some(entry) = &self.entry {
            t.outbox.insert(entry.seq.to_be_bytes(), json(entry)).map_err(io)?;
        }
        t.users.insert(self.user.storage_key().as_bytes(), encode(&self.state)).map_err(io)?;
        Ok(())
    }
}

/// At open: finishes the submissions a crash (or a failed write) interrupted, and flushes.
pub(super) fn finish_interrupted(t: &Trees) -> Result<(), StoreError> {
    let mut finished = 0;
    for item in t.submitting.iter() {
        let (key, bytes) = item.map_err(io)?;
        let s: Submission = super::parse("submitting", &bytes)?;
        s.write_parts(t)?;
        t.submitting.remove(key).map_err(io)?;
        tracing::warn!(draft = %s.draft.id, "a submission interrupted by a crash or a failed write was finished");
        finished += 1;
    }
    if finished > 0 {
        t.db.flush().map_err(io)?;
    }
    Ok(())
}
