//! The [`World`] of a turn, read from the store as the core asks for it: a turn that only
//! answers a question reads nothing here. Each record is read at most once per turn. A failed
//! read is kept and fails the whole turn afterwards ([`StoreWorld::finished`]), so a turn never
//! acts on what it could not read.

use crate::core::draft::{Draft, DraftId};
use crate::core::ids::UserKey;
use crate::core::knowledge::OpenQuestion;
use crate::core::partners::{Directory, IntroId, Introduction, Profile, ProfileId};
use crate::core::world::World;
use crate::store::{Store, StoreError};
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::sync::Arc;

pub(super) struct StoreWorld<'a> {
    store: &'a dyn Store,
    me: &'a UserKey,
    directory: Arc<Directory>,
    profiles: RefCell<HashMap<ProfileId, Option<Profile>>>,
    intros: OnceCell<Vec<Introduction>>,
    failed: RefCell<Option<StoreError>>,
}

impl<'a> StoreWorld<'a> {
    pub(super) fn new(store: &'a dyn Store, me: &'a UserKey, directory: Arc<Directory>) -> StoreWorld<'a> {
        StoreWorld { store, me, directory, profiles: RefCell::default(), intros: OnceCell::new(), failed: RefCell::new(None) }
    }

    /// The value read, or (after a failure, which is kept) an empty one.
    fn read<T: Default>(&self, result: Result<T, StoreError>) -> T {
        result.unwrap_or_else(|e| {
            self.failed.borrow_mut().get_or_insert(e);
            T::default()
        })
    }

    /// `Err` if any read of the turn failed.
    pub(super) fn finished(self) -> Result<(), StoreError> {
        self.failed.into_inner().map_or(Ok(()), Err)
    }
}

impl World for StoreWorld<'_> {
    fn me(&self) -> &UserKey {
        self.me
    }

    fn directory(&self) -> &Directory {
        &self.directory
    }

    fn profile(&self, id: &ProfileId) -> Option<Profile> {
        if let Some(known) = self.profiles.borrow().get(id) {
            return known.clone();
        }
        let read = self.read(self.store.profile(id));
        self.profiles.borrow_mut().insert(id.clone(), read.clone());
        read
    }

    fn intros(&self) -> Vec<Introduction> {
        self.intros.get_or_init(|| self.read(self.store.intros_for(self.me))).clone()
    }

    fn draft(&self, id: &DraftId) -> Option<Draft> {
        self.read(self.store.draft(id))
    }

    fn my_drafts(&self) -> Vec<Draft> {
        self.read(self.store.drafts()).into_iter().filter(|d| &d.user == self.me).collect()
    }

    fn next_draft_id(&self, year: i32) -> DraftId {
        DraftId::new(year, self.read(self.store.next_draft_number(year)))
    }

    fn next_intro_id(&self) -> IntroId {
        IntroId::from_number(self.read(self.store.next_intro_number()))
    }

    fn my_questions(&self) -> Vec<OpenQuestion> {
        self.read(self.store.questions_of(self.me))
    }

    fn activity(&self) -> Vec<(crate::core::activity::Tally, u64)> {
        self.read(self.store.tallies())
    }
}
