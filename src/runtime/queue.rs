//! Per-user order with parallelism between users: each user's turns run one after another,
//! in the order they arrived, on a worker that exists only while that user has work.
//!
//! Adapters submit a job per platform event; two quick messages (or a text and a button)
//! from one user can never overtake each other, while different users never wait on each other.

use crate::core::ids::UserKey;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc;

type Job = Pin<Box<dyn Future<Output = ()> + Send>>;

#[derive(Clone, Default)]
pub struct UserQueues {
    // A std Mutex: held only to look up or insert a sender, never across an await.
    queues: Arc<Mutex<HashMap<UserKey, mpsc::UnboundedSender<Job>>>>,
}

impl UserQueues {
    pub fn new() -> UserQueues {
        UserQueues::default()
    }

    /// Runs `job` after every job submitted earlier for the same user.
    pub fn enqueue(&self, user: UserKey, job: impl Future<Output = ()> + Send + 'static) {
        let mut job: Job = Box::pin(job);
        let mut queues = self.queues.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(tx) = queues.get(&user) {
            match tx.send(job) {
                Ok(()) => return,
                // The worker has just finished; start a new one below.
                Err(mpsc::error::SendError(j)) => job = j,
            }
        }
        let (tx, rx) = mpsc::unbounded_channel();
        tx.send(job).expect("the receiver is alive");
        queues.insert(user.clone(), tx);
        drop(queues);
        tokio::spawn(worker(self.queues.clone(), user, rx));
    }
}

async fn worker(queues: Arc<Mutex<HashMap<UserKey, mpsc::UnboundedSender<Job>>>>, user: UserKey, mut rx: mpsc::UnboundedReceiver<Job>) {
    loop {
        while let Ok(job) = rx.try_recv() {
            job.await;
        }
        // Nothing queued: retire, unless a job arrived while we were deciding.
        let mut map = queues.lock().unwrap_or_else(|e| e.into_inner());
        match rx.try_recv() {
            Ok(job) => {
                drop(map);
                job.await;
            }
            Err(_) => {
                map.remove(&user);
                return;
            }
        }
    }
}

/// How long [`Sequenced`] holds an event for earlier ones that may still be on their way.
const REORDER_WINDOW: std::time::Duration = std::time::Duration::from_millis(100);

/// Puts events back into the order the platform gave them before they reach [`UserQueues`].
///
/// serenity hands each gateway event to its own task, so two quick DMs can reach the adapter
/// in either order. Discord's ids (snowflakes) grow with time; holding each user's events for
/// a moment and releasing them sorted by id restores the order the user sent them in.
#[derive(Clone, Default)]
pub struct Sequenced {
    queues: UserQueues,
    held: Arc<Mutex<HashMap<UserKey, std::collections::BTreeMap<u64, Job>>>>,
}

impl Sequenced {
    pub fn new(queues: UserQueues) -> Sequenced {
        Sequenced { queues, held: Arc::default() }
    }

    pub fn enqueue(&self, user: UserKey, order: u64, job: impl Future<Output = ()> + Send + 'static) {
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        let batch = held.entry(user.clone()).or_default();
        let first = batch.is_empty();
        batch.insert(order, Box::pin(job));
        drop(held);
        if first {
            let this = self.clone();
            tokio::spawn(async move {
                tokio::time::sleep(REORDER_WINDOW).await;
                let batch = this.held.lock().unwrap_or_else(|e| e.into_inner()).remove(&user).unwrap_or_default();
                for (_, job) in batch {
                    this.queues.enqueue(user.clone(), job);
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ids::Platform;
    use std::time::Duration;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn events_arriving_out_of_order_run_in_platform_order() {
        let seq = Sequenced::new(UserQueues::new());
        let log = Arc::new(Mutex::new(Vec::new()));
        let (tx, mut rx) = mpsc::unbounded_channel();
        let user = UserKey::new(Platform::Discord, "1");
        for id in [30u64, 10, 20] {
            let (log, tx) = (log.clone(), tx.clone());
            seq.enqueue(user.clone(), id, async move {
                log.lock().unwrap().push(id);
                tx.send(()).unwrap();
            });
        }
        for _ in 0..3 {
            tokio::time::timeout(Duration::from_secs(5), rx.recv()).await.unwrap();
        }
        assert_eq!(*log.lock().unwrap(), [10, 20, 30]);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn one_users_jobs_keep_their_order_while_users_run_in_parallel() {
        let queues = UserQueues::new();
        let log = Arc::new(Mutex::new(Vec::new()));
        let (done_tx, mut done_rx) = mpsc::unbounded_channel();
        let slow = UserKey::new(Platform::Telegram, "slow");
        let fast = UserKey::new(Platform::Telegram, "fast");
        for i in 0..5 {
            let (log, done) = (log.clone(), done_tx.clone());
            queues.enqueue(slow.clone(), async move {
                // Earlier jobs take longer: without the queue, later ones would overtake them.
                tokio::time::sleep(Duration::from_millis(50 - i * 10)).await;
                log.lock().unwrap().push(format!("slow{i}"));
                done.send(()).unwrap();
            });
        }
        let (log2, done) = (log.clone(), done_tx.clone());
        queues.enqueue(fast.clone(), async move {
            log2.lock().unwrap().push("fast".to_owned());
            done.send(()).unwrap();
        });
        for _ in 0..6 {
            tokio::time::timeout(Duration::from_secs(5), done_rx.recv()).await.unwrap();
        }
        let log = log.lock().unwrap().clone();
        let slow_order: Vec<&String> = log.iter().filter(|s| s.starts_with("slow")).collect();
        assert_eq!(slow_order, ["slow0", "slow1", "slow2", "slow3", "slow4"]);
        assert_eq!(log[0], "fast", "the other user did not wait: {log:?}");
    }
}
