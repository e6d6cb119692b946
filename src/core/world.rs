//! What a turn may read beyond the user's own state, and the numbers it may take: the
//! partner registry, the user's profile, introductions, drafts and kept questions, and the
//! next draft or introduction id.
//!
//! A [`World`] is read lazily, so a turn reads only what it needs: answering a question of the
//! application reads nothing here at all. The runtime implements it over the store (a failed
//! read fails the whole turn, which is then not saved); [`Snapshot`] holds it in memory for
//! tests and for conversations that need no store.

use super::draft::{Draft, DraftId};
use super::ids::{Platform, UserKey};
use super::knowledge::OpenQuestion;
use super::partners::{Directory, IntroId, Introduction, Profile, ProfileId};
use std::cell::Cell;

pub trait World {
    /// Whose turn it is.
    fn me(&self) -> &UserKey;
    /// The registry's public listings.
    fn directory(&self) -> &Directory;
    /// A stored profile, the user's own or another's (only the core decides what of it is shown).
    fn profile(&self, id: &ProfileId) -> Option<Profile>;
    /// The introductions the user asked for or was asked for, oldest first.
    fn intros(&self) -> Vec<Introduction>;
    fn draft(&self, id: &DraftId) -> Option<Draft>;
    /// Every draft the user submitted, oldest first (also those no longer listed in their state).
    fn my_drafts(&self) -> Vec<Draft>;
    /// The next draft id of `year`, taken for good: a turn that is not saved leaves a gap.
    fn next_draft_id(&self, year: i32) -> DraftId;
    /// The next introduction id, likewise.
    fn next_intro_id(&self) -> IntroId;
    /// The questions the user let the advisers keep, oldest first (for `/mydata`).
    fn my_questions(&self) -> Vec<OpenQuestion> {
        Vec::new()
    }
    /// The anonymous activity counts (for `/stats`).
    fn activity(&self) -> Vec<(crate::core::activity::Tally, u64)> {
        Vec::new()
    }
}

/// A world held in memory: for unit tests, and for conversations that touch no other user.
#[derive(Debug)]
pub struct Snapshot {
    pub me: UserKey,
    pub directory: Directory,
    pub profiles: Vec<Profile>,
    pub intros: Vec<Introduction>,
    pub drafts: Vec<Draft>,
    /// The last number handed out (drafts and introductions count on their own).
    drafts_taken: Cell<u64>,
    intros_taken: Cell<u64>,
}

impl Snapshot {
    pub fn new(me: UserKey) -> Snapshot {
        Snapshot { me, directory: Directory::default(), profiles: Vec::new(), intros: Vec::new(), drafts: Vec::new(), drafts_taken: Cell::new(0), intros_taken: Cell::new(0) }
    }
}

impl Default for Snapshot {
    fn default() -> Snapshot {
        Snapshot::new(UserKey::new(Platform::Console, "local"))
    }
}

fn take(counter: &Cell<u64>) -> u64 {
    counter.set(counter.get() + 1);
    counter.get()
}

impl World for Snapshot {
    fn me(&self) -> &UserKey {
        &self.me
    }

    fn directory(&self) -> &Directory {
        &self.directory
    }

    fn profile(&self, id: &ProfileId) -> Option<Profile> {
        self.profiles.iter().find(|p| &p.id == id).cloned()
    }

    fn intros(&self) -> Vec<Introduction> {
        self.intros.iter().filter(|i| i.from == self.me || i.to == self.me).cloned().collect()
    }

    fn draft(&self, id: &DraftId) -> Option<Draft> {
        self.drafts.iter().find(|d| &d.id == id).cloned()
    }

    fn my_drafts(&self) -> Vec<Draft> {
        self.drafts.iter().filter(|d| d.user == self.me).cloned().collect()
    }

    fn next_draft_id(&self, year: i32) -> DraftId {
        DraftId::new(year, take(&self.drafts_taken))
    }

    fn next_intro_id(&self) -> IntroId {
        IntroId::from_number(take(&self.intros_taken))
    }
}
