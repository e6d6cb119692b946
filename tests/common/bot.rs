//! The built binary running `barents-bot run` against fake platform servers, with its HTTP
//! proxy pointed at a trap that counts any attempt to reach a host other than loopback.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A TCP listener standing in for every non-loopback host: it counts who tried to connect.
struct Trap {
    addr: String,
    hits: Arc<AtomicUsize>,
}

impl Trap {
    fn start() -> Trap {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = l.local_addr().unwrap().to_string();
        let hits = Arc::new(AtomicUsize::new(0));
        let h = hits.clone();
        std::thread::spawn(move || {
            for c in l.incoming() {
                if c.is_ok() {
                    h.fetch_add(1, Ordering::SeqCst);
                }
            }
        });
        Trap { addr, hits }
    }
}

pub struct BotProcess {
    child: Child,
    log: Arc<Mutex<String>>,
    trap: Trap,
    secrets: Vec<String>,
}

impl BotProcess {
    /// Starts `barents-bot run` with its store in `data` and the given environment.
    /// `secrets` must never show up in the bot's log.
    pub fn start(data: &std::path::Path, env: &[(&str, String)], secrets: &[&str]) -> BotProcess {
        BotProcess::start_with(data, env, secrets, None)
    }

    /// [`BotProcess::start`], with at most `files` open file descriptors (`ulimit -n`).
    pub fn start_with_file_limit(data: &std::path::Path, env: &[(&str, String)], secrets: &[&str], files: u32) -> BotProcess {
        BotProcess::start_with(data, env, secrets, Some(files))
    }

    fn start_with(data: &std::path::Path, env: &[(&str, String)], secrets: &[&str], files: Option<u32>) -> BotProcess {
        let trap = Trap::start();
        // Telegram's real limits would make a test journey take minutes; the limiter stays on.
        let config = data.join("test.toml");
        std::fs::write(&config, "[telegram]\nmessages_per_sec_chat = 1000\nmessages_per_min_chat = 100000\nmessages_per_min_group = 100000\nmessages_per_sec_overall = 1000\n").unwrap();
        let mut cmd = match files {
            None => Command::new(super::binary()),
            Some(n) => {
                let mut sh = Command::new("sh");
                sh.args(["-c", &format!("ulimit -n {n} && exec \"$0\" \"$@\"")]).arg(super::binary());
                sh
            }
        };
        cmd.args(["--data-dir", data.join("db").to_str().unwrap(), "--config", config.to_str().unwrap(), "run"])
            .current_dir(super::repo())
            .env_remove("TELEGRAM_BOT_TOKEN")
            .env_remove("DISCORD_BOT_TOKEN")
            .env("HTTP_PROXY", format!("http://{}", trap.addr))
            .env("HTTPS_PROXY", format!("http://{}", trap.addr))
            .env("ALL_PROXY", format!("http://{}", trap.addr))
            .env("NO_PROXY", "127.0.0.1,localhost")
            .env("RUST_LOG", "info")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let l = log.clone();
        let stderr = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                l.lock().unwrap().push_str(&(line + "\n"));
            }
        });
        BotProcess { child, log, trap, secrets: secrets.iter().map(|s| s.to_string()).collect() }
    }

    /// SIGKILL, as in a crash; then the checks every test shares.
    pub fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
        self.assert_clean();
    }

    /// Whether the process is still running.
    pub fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    pub fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    fn assert_clean(&self) {
        assert_eq!(self.trap.hits.load(Ordering::SeqCst), 0, "the bot tried to reach a host other than the loopback servers");
        let log = self.log();
        for s in &self.secrets {
            assert!(!log.contains(s.as_str()), "a token leaked into the log");
        }
    }

    /// Waits for the process to exit by itself; returns its exit code and log.
    pub fn wait_exit(mut self) -> (Option<i32>, String) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                self.assert_clean();
                return (s.code(), self.log());
            }
            assert!(Instant::now() < deadline, "the bot did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// SIGTERM: a graceful stop.
    pub fn terminate(&self) {
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
    }

    /// SIGINT, as Ctrl-C in a terminal.
    pub fn interrupt(&self) {
        let _ = Command::new("kill").args(["-INT", &self.child.id().to_string()]).status();
    }
}

/// A failing test must not leave a bot running.
impl Drop for BotProcess {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Both fake servers, and one bot process serving them from one store.
pub async fn both_platforms() -> (super::telegram::TelegramServer, super::discord::DiscordServer, tempfile::TempDir, BotProcess) {
    use super::{discord, telegram};
    let tg = telegram::TelegramServer::start().await;
    let dc = discord::DiscordServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let env = [
        ("TELEGRAM_BOT_TOKEN", telegram::TOKEN.to_owned()),
        ("TELEGRAM_API_URL", tg.url.clone()),
        ("DISCORD_BOT_TOKEN", discord::TOKEN.to_owned()),
        ("DISCORD_API_URL", dc.url.clone()),
    ];
    let bot = BotProcess::start(data.path(), &env, &[discord::TOKEN, telegram::TOKEN.split(':').nth(1).unwrap()]);
    (tg, dc, data, bot)
}
