//! Crash safety, proven: whole application journeys through the console binary while the
//! process is killed with SIGKILL at random points (seeded; at least 50 kills), restarted each
//! time. Every answer the bot acknowledged is still there afterwards, no draft is lost or
//! duplicated, and the store always opens. A torn last write is ignored; a store damaged
//! deeper is refused with a message that says what to do — never served with data missing.

mod common;

use barents_bot::core::effect::{Event, Inbound};
use barents_bot::core::ids::{Platform, UserKey};
use barents_bot::core::locale::Locale;
use barents_bot::runtime::Runtime;
use barents_bot::store::MemoryStore;
use common::Console;
use std::sync::Arc;

/// A small deterministic random source (SplitMix64), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// The journey: the whole application, then confirming it.
fn script() -> Vec<&'static str> {
    common::APPLICATION.iter().copied().chain(["1"]).collect()
}

/// What the console shows last after each line of the script (and before the first): the
/// start of the pending question, as the engine itself renders it; and the menu's first line
/// when it is shown again.
fn expected(script: &[&str]) -> (Vec<String>, String) {
    let rt = Runtime::new(Arc::new(common::content("nordic-2024")), Arc::new(MemoryStore::new()));
    let user = UserKey::new(Platform::Console, "model");
    let now = barents_bot::runtime::now();
    let last = |replies: Vec<barents_bot::core::reply::Reply>| {
        let r = replies.last().expect("a reply").clone();
        // The question's first line after any "Part n of m: …".
        r.text.lines().find(|l| !l.starts_with("Part ")).unwrap_or("").to_owned()
    };
    let mut out = vec![last(rt.turn(&user, Inbound { event: Event::Resume, locale_hint: Some(Locale::En), now }))];
    // The menu greets only the first time: resumed before any answer, it reads as the way back.
    let again = last(rt.turn(&user, Inbound { event: Event::Resume, locale_hint: Some(Locale::En), now }));
    for line in script {
        out.push(last(rt.turn(&user, Inbound { event: Event::Text(line.to_string()), locale_hint: Some(Locale::En), now })));
    }
    (out, again)
}

#[test]
fn fifty_kills_at_random_points_lose_no_acknowledged_answer_and_no_draft() {
    let script = script();
    let (expected, menu_again) = expected(&script);
    let data = tempfile::tempdir().unwrap();
    let seed = std::env::var("CRASH_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(20261201u64);
    let mut rng = Rng(seed);
    let (mut kills, mut journeys) = (0, 0);
    while kills < 50 || journeys < 3 {
        journeys += 1;
        let user = format!("applicant-{journeys}");
        let start = |user: &str| Console::start(data.path(), &["console", "--user", user, "--lang", "en"]);
        let mut c = start(&user);
        c.wait_for(&expected[0]);
        // `pos`: lines of the script the bot has applied (acknowledged, or found applied).
        let mut pos = 0;
        while pos < script.len() {
            c.send(script[pos]);
            match rng.below(5) {
                // Killed before the answer is acknowledged: maybe applied, maybe not.
                0 => {
                    if rng.below(2) == 0 {
                        std::thread::sleep(std::time::Duration::from_micros(rng.below(3000)));
                    }
                    c.kill();
                }
                // Killed right after the acknowledgement.
                1 => {
                    c.wait_for(&expected[pos + 1]);
                    pos += 1;
                    c.kill();
                }
                _ => {
                    c.wait_for(&expected[pos + 1]);
                    pos += 1;
                    continue;
                }
            }
            kills += 1;
            // The store opens again, and the session resumes where the bot had got to: the
            // acknowledged answer, or at most the one in flight beyond it.
            c = start(&user);
            let last = (pos + 1).min(script.len());
            let first = if pos == 0 { menu_again.as_str() } else { expected[pos].as_str() };
            let (which, resumed) = c.wait_for_any(&[first, &expected[last]]);
            assert!(which == 0 || first != expected[last] || resumed.contains(&expected[last]), "{resumed}");
            if which == 1 {
                pos = last;
            }
        }
        c.finish();
        assert!(journeys < 40, "the kills should have come sooner (seed {seed})");
    }

    // Exactly one draft per journey, each with every acknowledged answer.
    let out = std::process::Command::new(common::binary()).args(["--data-dir", data.path().to_str().unwrap(), "drafts", "export", "--all", "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let drafts: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(drafts.len(), journeys, "one draft per journey (seed {seed}, {kills} kills)");
    let mut owners: Vec<String> = drafts.iter().map(|d| d["user"]["id"].as_str().unwrap().to_owned()).collect();
    owners.sort();
    owners.dedup();
    assert_eq!(owners.len(), journeys, "no journey submitted twice");
    for d in &drafts {
        let a = &d["answers"];
        assert_eq!(a["org_name"]["value"], "Kirkenes Choir");
        assert_eq!(a["activities"]["value"].as_array().map(Vec::len), Some(2), "{a}");
        assert_eq!(a["amount_requested"]["value"], 90000);
        assert_eq!(a["roles"]["value"].as_str().map(|r| r.starts_with("The Kirkenes choir plans")), Some(true));
    }
    eprintln!("{journeys} journeys, {kills} kills, seed {seed}");
}

/// A console session that answers the first question, in a fresh data directory.
fn one_answer() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let mut c = Console::start(data.path(), &["console", "--user", "kari"]);
    c.send("/start eligibility");
    c.send("1");
    c.wait_for("Brønnøysund");
    c.finish();
    data
}

fn console_once(data: &std::path::Path) -> (Option<i32>, String, String) {
    let out = std::process::Command::new(common::binary())
        .args(["--data-dir", data.to_str().unwrap(), "console", "--user", "kari"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_torn_last_write_is_ignored_and_everything_acknowledged_is_there() {
    // A crash in the middle of a write leaves a partial record at the end of the log.
    let data = one_answer();
    let db = data.path().join("db").join("db");
    let mut f = std::fs::OpenOptions::new().append(true).open(&db).unwrap();
    std::io::Write::write_all(&mut f, &[0x5a; 777]).unwrap();
    drop(f);
    let (code, stdout, stderr) = console_once(data.path());
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("Brønnøysund"), "resumed at the acknowledged question: {stdout}");
}

#[test]
fn a_damaged_store_is_refused_with_a_way_out_never_served_with_data_missing() {
    // Bytes in the middle of the log are damaged (a disk fault): sled would read up to there
    // and carry on without the rest; the bot refuses, and says what to do.
    let data = one_answer();
    let db = data.path().join("db").join("db");
    let mut bytes = std::fs::read(&db).unwrap();
    for b in &mut bytes[100..400] {
        *b ^= 0xff;
    }
    std::fs::write(&db, bytes).unwrap();
    let (code, stdout, stderr) = console_once(data.path());
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stdout.is_empty(), "nothing is said to the user from a damaged store");
    assert!(stderr.contains(&data.path().display().to_string()) && stderr.contains("backup") && stderr.contains("delete"), "{stderr}");
    // The way out it names works: the bot starts again, without what was lost.
    std::fs::remove_file(data.path().join("flushed")).unwrap();
    let (code, stdout, _) = console_once(data.path());
    assert_eq!(code, Some(0));
    assert!(stdout.contains("What would you like to do"), "{stdout}");
}
