//! Shared helpers for the integration tests: loading the shipped content, and driving the
//! built binary through the console protocol with timeouts instead of sleeps.
#![allow(dead_code)]

use barents_bot::core::content::{Content, EngineSettings, Source};
pub mod bot;
pub mod browser;
pub mod seed;
pub mod discord;
pub mod faulty;
pub mod telegram;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Reads every content file under `root` (dialogs/, locales/, config/).
pub fn sources(root: &Path) -> Vec<Source> {
    let mut out = Vec::new();
    for dir in ["dialogs", "locales", "config"] {
        walk(root, &root.join(dir), &mut out);
    }
    out
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<Source>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(root, &p, out);
        } else if matches!(p.extension().and_then(|x| x.to_str()), Some("toml" | "ftl")) {
            let path = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            out.push(Source { path, text: std::fs::read_to_string(&p).unwrap() });
        }
    }
}

/// Runs the built binary in `cwd` with `args`, untouched by the environment the tests run in
/// (no content, data or config directory, rule set, tokens or command-line language from it).
pub fn barents(args: &[&str], cwd: &Path) -> std::process::Output {
    Command::new(binary())
        .args(args)
        .current_dir(cwd)
        .env_remove("BARENTS_CONTENT_DIR")
        .env_remove("BARENTS_DATA_DIR")
        .env_remove("BARENTS_CONFIG")
        .env_remove("BARENTS_RULES")
        .env_remove("TELEGRAM_BOT_TOKEN")
        .env_remove("DISCORD_BOT_TOKEN")
        .env_remove("BARENTS_CLI_LANG")
        .output()
        .unwrap()
}

/// A copy of the shipped content (dialogs/, locales/, config/) in a new temporary directory,
/// for a test that changes it as an editor would (see [`edit`]).
pub fn copy_of_shipped() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for s in sources(&repo()) {
        let path = dir.path().join(&s.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, s.text).unwrap();
    }
    dir
}

/// Changes `file` under `dir` with `f`; the change must change something, so a test whose
/// edit no longer applies to the content fails instead of testing nothing.
pub fn edit(dir: &Path, file: &str, f: impl FnOnce(String) -> String) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let changed = f(text.clone());
    assert_ne!(changed, text, "the edit changed nothing in {file}");
    std::fs::write(path, changed).unwrap();
}

/// A fixture's content plus the bot's own texts (`locales/*/bot.ftl`, `partners.ftl`, `stats.ftl`) from the
/// shipped content, so fixtures need not carry copies that go stale whenever the bot learns a
/// new sentence.
pub fn fixture_sources(root: &Path) -> Vec<Source> {
    let mut out = sources(root);
    for locale in ["en", "nb", "ru"] {
        for file in ["bot", "partners", "stats"] {
            let path = format!("locales/{locale}/{file}.ftl");
            out.push(Source { text: std::fs::read_to_string(repo().join(&path)).unwrap(), path });
        }
    }
    out
}

/// The shipped content with these schemes open (comma-separated, as `BARENTS_RULES`).
pub fn content(open: &str) -> Content {
    content_with(EngineSettings { open_schemes: open.split(',').map(|s| s.trim().to_owned()).collect(), ..EngineSettings::default() })
}

/// The shipped content with these settings.
pub fn content_with(settings: EngineSettings) -> Content {
    match Content::build(&sources(&repo()), settings) {
        Ok((c, _)) => c,
        Err(report) => panic!("shipped content has errors:\n{report}"),
    }
}

/// A school's partner profile in Finnmark, up until `expires`, reachable by e-mail.
pub fn profile(owner: &barents_bot::core::ids::UserKey, name: &str, expires: i64) -> barents_bot::core::partners::Profile {
    use barents_bot::core::partners::{Contact, Listing, PROFILE_VERSION, Profile, ProfileId, ProfileStatus};
    let id = ProfileId::of(owner);
    let listing = Listing {
        id: id.clone(),
        name: name.into(),
        country: "norway".into(),
        region: "finnmark".into(),
        kind: "school".into(),
        topics: vec!["culture".into()],
        description: "A school with a choir.".into(),
        languages: vec!["en".into()],
        looking_for: "A partner school.".into(),
    };
    Profile { version: PROFILE_VERSION, id, owner: owner.clone(), created: 1, updated: 1, expires, status: ProfileStatus::Active, reminded: false, listing, contact: Contact::Email("kari@example.org".into()), blocked: vec![] }
}

pub fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_barents-bot"))
}

/// A running `barents-bot console`, read line by line on a background thread.
pub struct Console {
    pub child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    /// Everything read so far.
    pub transcript: String,
}

pub const TIMEOUT: Duration = Duration::from_secs(20);

impl Console {
    pub fn start(data_dir: &Path, args: &[&str]) -> Console {
        Console::start_with(data_dir, args, &[])
    }

    /// `start` with extra environment variables (e.g. `BARENTS_RULES`).
    pub fn start_with(data_dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Console {
        let mut child = Command::new(binary())
            .arg("--data-dir")
            .arg(data_dir)
            .args(args)
            .envs(env.iter().copied())
            .current_dir(std::env::temp_dir())
            .env_remove("TELEGRAM_BOT_TOKEN")
            .env_remove("DISCORD_BOT_TOKEN")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the binary starts");
        let stdout = child.stdout.take().unwrap();
        let (tx, lines) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let stdin = child.stdin.take();
        Console { child, stdin, lines, transcript: String::new() }
    }

    pub fn send(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().expect("stdin is open");
        stdin.write_all(line.as_bytes()).unwrap();
        stdin.write_all(b"\n").unwrap();
        stdin.flush().unwrap();
    }

    pub fn send_bytes(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin is open");
        stdin.write_all(bytes).unwrap();
        stdin.flush().unwrap();
    }

    /// Waits until the output since the last wait contains `needle`; returns that output.
    pub fn wait_for(&mut self, needle: &str) -> String {
        let deadline = Instant::now() + TIMEOUT;
        let mut seen = String::new();
        loop {
            if seen.contains(needle) {
                return seen;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    seen.push_str(&line);
                    seen.push('\n');
                    self.transcript.push_str(&line);
                    self.transcript.push('\n');
                }
                Err(RecvTimeoutError::Timeout) => panic!("timed out waiting for {needle:?}; got:\n{seen}"),
                Err(RecvTimeoutError::Disconnected) => panic!("output ended before {needle:?}; got:\n{seen}"),
            }
        }
    }

    /// Waits until the output since the last wait contains one of `needles`; returns which
    /// (the one that appears last in the output when several do) and the output.
    pub fn wait_for_any(&mut self, needles: &[&str]) -> (usize, String) {
        let deadline = Instant::now() + TIMEOUT;
        let mut seen = String::new();
        loop {
            let found = needles.iter().enumerate().filter_map(|(i, n)| seen.rfind(n).map(|at| (at, i))).max();
            if let Some((_, i)) = found {
                return (i, seen);
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    seen.push_str(&line);
                    seen.push('\n');
                }
                Err(RecvTimeoutError::Timeout) => panic!("timed out waiting for any of {needles:?}; got:\n{seen}"),
                Err(RecvTimeoutError::Disconnected) => panic!("output ended before any of {needles:?}; got:\n{seen}"),
            }
        }
    }

    /// Closes stdin and waits for the process to exit; returns its exit code and the rest of stdout.
    pub fn finish(mut self) -> (Option<i32>, String) {
        drop(self.stdin.take());
        let deadline = Instant::now() + TIMEOUT;
        let status = loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                break s;
            }
            assert!(Instant::now() < deadline, "the console did not exit after EOF");
            std::thread::sleep(Duration::from_millis(10));
        };
        let rest: String = self.lines.try_iter().map(|l| l + "\n").collect();
        (status.code(), rest)
    }

    /// Sends a signal (`INT`, `TERM`) and waits for the exit; returns the code and how long it took.
    pub fn signal(mut self, name: &str) -> (Option<i32>, Duration) {
        let sent = Instant::now();
        let _ = Command::new("kill").args([format!("-{name}"), self.child.id().to_string()]).status();
        loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                return (s.code(), sent.elapsed());
            }
            assert!(sent.elapsed() < TIMEOUT, "the console did not stop on SIG{name}");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// SIGKILL: no chance to clean up, as in a crash.
    pub fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

/// A failing test must not leave a console running.
impl Drop for Console {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Answers for the application journey, from the main menu to the summary: a Finnmark
/// choir with a partner in Norrbotten, under the Nordic scheme (the shipped config).
pub const APPLICATION: &[&str] = &[
    "2",
    // What the eligibility check asks (reused when it was taken first).
    "1",
    "yes",
    "3",
    "1",
    "1",
    "1",
    "1, 2",
    "1",
    "no",
    // The applicant (index 10).
    "Kirkenes Choir",
    "974 760 673",
    "Sør-Varanger",
    "Kari Nordmann",
    "kari@example.no",
    "+47 912 34 567",
    "Luleå Youth Choir",
    "Anna Svensson",
    // The project (index 18).
    "Singing across the border",
    "Two youth choirs rehearse the same repertoire online and meet for two joint concerts, one in each country.",
    "Young singers learn to work together and make friends across the border.",
    "Young singers aged 14 to 19",
    // The activities (index 22).
    "Joint online rehearsal of both choirs",
    "15.03.2027",
    "yes",
    "Concert in Kirkenes with both choirs",
    "20.05.2027",
    "no",
    "The Kirkenes choir plans the programme and hosts the concert in Kirkenes; the Luleå choir chooses half of the repertoire, leads the online rehearsals and organises the concert in Luleå. The conductors meet online every month.",
    "01.03.2027",
    "30.06.2027",
    // The budget (index 31): six cost lines, the Norwegian side's part, volunteer hours; the
    // financing plan adds up to the costs (135 000).
    "60000",
    "40000",
    "20000",
    "10000",
    "5000",
    "0",
    "130000",
    "120",
    "11000",
    "10000",
    "90000",
];

/// Where the answers of [`APPLICATION`] are: the organisation's name, the project title and
/// summary, the first activity's date, and the "no more activities" that follows the second.
pub const APP_ORG_NAME: usize = 10;
pub const APP_TITLE: usize = 18;
pub const APP_SUMMARY: usize = 19;
pub const APP_FIRST_ACTIVITY_END: usize = 24;
pub const APP_AFTER_ACTIVITIES: usize = 27;


