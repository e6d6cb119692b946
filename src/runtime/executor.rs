//! Group commit for async adapters, as a small executor: a few worker threads take the turns
//! waiting, apply them one by one (per user they arrive in order: adapters queue per user),
//! flush once for the whole batch, and only then hand each turn its replies. Under load, one
//! fsync serves hundreds of turns, and no thread sleeps per turn waiting for a flush.

use super::{Applied, Runtime};
use crate::core::effect::Inbound;
use crate::core::reply::Reply;
use crate::core::ids::UserKey;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use tokio::sync::oneshot;

/// Worker threads: one applies a batch while another waits for its flush.
const WORKERS: usize = 2;
/// The most turns one flush covers (a bound on the latency of the first in a batch).
const MAX_BATCH: usize = 512;

struct Job {
    user: UserKey,
    inbound: Inbound,
    reply: oneshot::Sender<Vec<Reply>>,
}

pub(super) struct Executor {
    jobs: mpsc::Sender<Job>,
}

impl Executor {
    pub(super) fn start(runtime: Runtime) -> Executor {
        let (jobs, rx) = mpsc::channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        for i in 0..WORKERS {
            let (runtime, rx) = (runtime.clone(), rx.clone());
            std::thread::Builder::new().name(format!("turns-{i}")).spawn(move || work(&runtime, &rx)).expect("a worker thread");
        }
        Executor { jobs }
    }

    pub(super) fn schedule(&self, user: UserKey, inbound: Inbound) -> oneshot::Receiver<Vec<Reply>> {
        let (reply, rx) = oneshot::channel();
        // The workers live as long as the process; a send fails only if one panicked, and then
        // the caller's receiver reports the loss.
        let _ = self.jobs.send(Job { user, inbound, reply });
        rx
    }
}

fn work(runtime: &Runtime, rx: &Mutex<mpsc::Receiver<Job>>) {
    loop {
        let batch: Vec<Job> = {
            // A std Mutex: only to take jobs off the channel, never held while applying them.
            let rx = rx.lock().unwrap_or_else(|e| e.into_inner());
            // What is waiting now: no waiting for more (measured: a gathering window costs the
            // other worker more than the shared flush saves).
            let Ok(first) = rx.recv() else { return };
            let mut batch = vec![first];
            while batch.len() < MAX_BATCH {
                match rx.try_recv() {
                    Ok(j) => batch.push(j),
                    Err(_) => break,
                }
            }
            batch
        };
        let applied: Vec<Applied> = batch
            .iter()
            .map(|j| {
                // A bug in one turn must not take the worker (and every later turn) with it.
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| runtime.apply(&j.user, &j.inbound)))
                    .unwrap_or_else(|_| Applied::Failed(crate::store::StoreError::Io("a turn panicked".into())))
            })
            .collect();
        let needs_flush = applied.iter().any(|a| matches!(a, Applied::Done(_)));
        let flushed = if needs_flush { runtime.store.flush() } else { Ok(()) };
        for (job, applied) in batch.into_iter().zip(applied) {
            let flushed = flushed.as_ref().map(|_| ()).map_err(|e| crate::store::StoreError::Io(e.to_string()));
            let effects = runtime.finish(&job.user, &job.inbound, applied, flushed);
            let _ = job.reply.send(effects);
        }
    }
}
