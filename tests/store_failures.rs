//! When the store cannot write — injected errors, and a real filesystem that fills up — the
//! user gets an apology in their language, nothing is half-written, and the bot keeps serving
//! once writing works again (without a restart).

mod common;

use barents_bot::core::effect::{Event, Inbound};
use barents_bot::core::ids::{Platform, UserKey};
use barents_bot::core::locale::Locale;
use barents_bot::runtime::Runtime;
use barents_bot::store::{MemoryStore, SledStore, Store};
use common::faulty::Faulty;
use std::sync::Arc;

const NOW: i64 = 1_795_000_000;

fn send(rt: &Runtime, user: &UserKey, text: &str) -> Vec<String> {
    let effects = rt.turn(user, Inbound { event: Event::Text(text.to_owned()), locale_hint: Some(Locale::Ru), now: NOW });
    effects.iter().map(|r| format!("{}|{}", r.key, r.text)).collect()
}

/// The check, over the in-memory store and sled, each behind the fault switch.
fn each_store(check: impl Fn(Arc<Faulty>)) {
    let dir = tempfile::tempdir().unwrap();
    let stores: Vec<Arc<dyn Store>> = vec![Arc::new(MemoryStore::new()), Arc::new(SledStore::open(dir.path(), 8 << 20).unwrap())];
    for s in stores {
        check(Arc::new(Faulty::new(s)));
    }
}

#[test]
fn a_failed_write_gets_an_apology_in_the_users_language_and_changes_nothing() {
    each_store(|store| {
        let rt = Runtime::new(Arc::new(common::content("nordic-2024")), store.clone());
        let ivan = UserKey::new(Platform::Telegram, "7");
        send(&rt, &ivan, "/start eligibility");
        let before = store.load(&ivan).unwrap();
        store.fail(true);
        let replies = send(&rt, &ivan, "1");
        assert_eq!(replies.len(), 1, "{replies:?}");
        assert!(replies[0].starts_with("error-storage|") && replies[0].contains("Извините"), "{replies:?}");
        assert_eq!(store.load(&ivan).unwrap(), before, "nothing half-written");
        assert!(store.refused.load(std::sync::atomic::Ordering::SeqCst) >= 1);
        // Writing works again: the same answer is taken, and the journey goes on.
        store.fail(false);
        let replies = send(&rt, &ivan, "1");
        assert!(replies.iter().any(|r| r.starts_with("eligibility-registered|")), "{replies:?}");
        assert!(store.load(&ivan).unwrap().session.slots.contains_key(&"applicant_type".into()));
    });
}

/// A small tmpfs of our own, unmounted when dropped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    /// `None` where the machine does not let us mount one (not root, no tmpfs).
    fn mount(size: &str) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().ok()?;
        let ok = std::process::Command::new("mount").args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"]).arg(dir.path()).status().ok()?.success();
        ok.then_some(SmallDisk { dir })
    }

    fn fill(&self) {
        // Writes until the disk is full; the error that ends it is the point.
        let mut f = std::fs::File::create(self.dir.path().join("filler")).unwrap();
        let block = vec![0u8; 4096];
        while std::io::Write::write_all(&mut f, &block).is_ok() {}
        let _ = f.sync_all();
    }

    fn free(&self) {
        std::fs::remove_file(self.dir.path().join("filler")).unwrap();
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(self.dir.path()).status();
    }
}

#[test]
fn a_full_disk_gets_apologies_and_the_bot_serves_again_once_there_is_room() {
    let Some(disk) = SmallDisk::mount("4m") else {
        eprintln!("this machine does not let the test mount a small filesystem; the injected-error test above covers the behaviour");
        return;
    };
    let data = disk.dir.path().join("data");
    let mut c = common::Console::start(&data, &["console", "--user", "kari", "--lang", "en"]);
    c.send("/start eligibility");
    c.send("1");
    c.wait_for("Brønnøysund");
    c.wait_for("[2]");
    disk.fill();
    // Long questions make the store write more than fits now.
    let question: String = (0..700).map(|i| ["zebra", "quux", "vlog", "snark"][i % 4]).collect::<Vec<_>>().join(" ");
    let mut apologised = false;
    for _ in 0..20 {
        c.send(&format!("/advice {question}"));
        let said = c.wait_for("\n\n");
        if said.contains("could not save that") {
            apologised = true;
            break;
        }
    }
    assert!(apologised, "a write failed on the full disk, with an apology");
    disk.free();
    // There is room again: the same process takes the answer, and keeps it.
    c.send("/start eligibility");
    c.send("1");
    c.send("1");
    c.wait_for("Where is the applicant based?");
    c.finish();
    let mut again = common::Console::start(&data, &["console", "--user", "kari"]);
    assert!(again.wait_for("[5]").contains("Where is the applicant based?"));
    again.finish();
}
