//! The tree shows the architecture: the core stays platform-neutral and free of I/O.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn the_core_does_no_io_and_knows_no_platform() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core"), &mut files);
    assert!(files.len() > 10);
    let forbidden = ["teloxide", "serenity", "sled", "tokio", "std::fs", "std::net", "std::env", "std::process", "println!", "eprintln!"];
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        assert!(text.starts_with("//!"), "{} has no module doc", f.display());
        for word in forbidden {
            assert!(!text.contains(word), "{} mentions {word}", f.display());
        }
    }
}

/// The text of every Rust file under `dir`, with its path.
fn texts(dir: &str) -> Vec<(std::path::PathBuf, String)> {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut files);
    files.into_iter().map(|f| (f.clone(), std::fs::read_to_string(&f).unwrap())).collect()
}

#[test]
fn the_runtime_and_the_store_decide_no_text() {
    // The core writes every reply; the runtime and the store only keep and deliver them.
    for dir in ["src/runtime", "src/store"] {
        for (file, text) in texts(dir) {
            for word in ["catalog.format", "MessageId::new", "FluentArgs"] {
                assert!(!text.contains(word), "{} writes text itself ({word})", file.display());
            }
        }
    }
}

#[test]
fn adapters_never_tell_replies_apart_by_their_message_id() {
    // A reply's kind says what it is for; its Fluent id is for tests.
    for (file, text) in texts("src/adapters") {
        for word in [".key.as_str()", ".key ==", "key.0"] {
            assert!(!text.contains(word), "{} looks at a reply's message id ({word})", file.display());
        }
    }
}
