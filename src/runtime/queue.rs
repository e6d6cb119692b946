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
    pub fn submit(&self, user: UserKey, job: impl Future<Output = ()> + Send + 'static) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ids::Platform;
    use std::time::Duration;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn one_users_jobs_keep_their_order_while_users_run_in_parallel() {
        let queues = UserQueues::new();
        let log = Arc::new(Mutex::new(Vec::new()));
        let (done_tx, mut done_rx) = mpsc::unbounded_channel();
        let slow = UserKey::new(Platform::Telegram, "slow");
        let fast = UserKey::new(Platform::Telegram, "fast");
        for i in 0..5 {
            let (log, done) = (log.clone(), done_tx.clone());
            queues.submit(slow.clone(), async move {
                // Earlier jobs take longer: without the queue, later ones would overtake them.
                tokio::time::sleep(Duration::from_millis(50 - i * 10)).await;
                log.lock().unwrap().push(format!("slow{i}"));
                done.send(()).unwrap();
            });
        }
        let (log2, done) = (log.clone(), done_tx.clone());
        queues.submit(fast.clone(), async move {
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
