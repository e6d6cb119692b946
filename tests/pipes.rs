//! A reader that goes away (`barents-bot check | head`) ends every command quietly with exit 0,
//! as a pipe expects: no panic, no message about a broken pipe.

mod common;

use std::process::{Command, Stdio};

/// Runs the binary with its stdout a pipe whose reader is gone before it writes anything.
fn into_a_closed_pipe(args: &[&str]) -> (Option<i32>, String) {
    let mut child = Command::new(common::binary()).args(args).current_dir(common::repo()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn every_command_ends_quietly_when_its_reader_goes_away() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().to_str().unwrap();
    let commands: [&[&str]; 5] = [
        &["check"],
        &["questions", "try", "how do I find a partner school in Murmansk?"],
        &["--data-dir", dir, "drafts", "export", "--all", "--format", "csv"],
        &["--data-dir", dir, "questions", "feedback"],
        &["--help"],
    ];
    for args in commands {
        let (code, stderr) = into_a_closed_pipe(args);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked") && !stderr.to_lowercase().contains("broken pipe"), "{args:?}: {stderr}");
    }
}
