//! Group commit: many callers ask for durability, one flush serves all who asked before it.
//!
//! A caller takes a ticket; if no flush is running it becomes the leader and flushes,
//! covering every ticket taken before the flush started; otherwise it waits until a flush
//! that started after its ticket has finished. With N users writing at once this costs about
//! two fsyncs, not N.

use std::sync::{Condvar, Mutex};

#[derive(Default)]
struct Counters {
    /// Tickets handed out so far.
    requested: u64,
    /// Every ticket up to this one is durable.
    flushed: u64,
    /// A leader is flushing right now.
    running: bool,
    /// The last flush failed: tickets it covered get the error text.
    failed: Option<(u64, String)>,
}

#[derive(Default)]
pub struct GroupCommit {
    state: Mutex<Counters>,
    done: Condvar,
}

impl GroupCommit {
    pub fn new() -> GroupCommit {
        GroupCommit::default()
    }

    /// Blocks until everything written before this call is durable, running `flush` when it is
    /// this caller's turn to lead.
    pub fn commit(&self, flush: impl Fn() -> Result<(), String>) -> Result<(), String> {
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        st.requested += 1;
        let ticket = st.requested;
        loop {
            if st.flushed >= ticket {
                return match &st.failed {
                    Some((upto, cause)) if *upto >= ticket => Err(cause.clone()),
                    _ => Ok(()),
                };
            }
            if !st.running {
                st.running = true;
                let covers = st.requested;
                drop(st);
                let result = flush();
                st = self.state.lock().unwrap_or_else(|e| e.into_inner());
                st.running = false;
                st.flushed = covers;
                st.failed = result.as_ref().err().map(|e| (covers, e.clone()));
                self.done.notify_all();
                return result;
            }
            st = self.done.wait(st).unwrap_or_else(|e| e.into_inner());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU32, Ordering};

    #[test]
    fn many_callers_share_few_flushes() {
        let gc = Arc::new(GroupCommit::new());
        let flushes = Arc::new(AtomicU32::new(0));
        let threads: Vec<_> = (0..32)
            .map(|_| {
                let (gc, flushes) = (gc.clone(), flushes.clone());
                std::thread::spawn(move || {
                    gc.commit(|| {
                        flushes.fetch_add(1, Ordering::SeqCst);
                        std::thread::sleep(std::time::Duration::from_millis(20));
                        Ok(())
                    })
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap().unwrap();
        }
        let n = flushes.load(Ordering::SeqCst);
        assert!((1..32).contains(&n), "32 callers needed {n} flushes");
    }

    #[test]
    fn a_failed_flush_fails_the_callers_it_covered() {
        let gc = GroupCommit::new();
        assert_eq!(gc.commit(|| Err("disk full".into())), Err("disk full".into()));
        assert_eq!(gc.commit(|| Ok(())), Ok(()));
    }
}
