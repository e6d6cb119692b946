//! Activity seeded the way people make it: whole console sessions, each a journey to its end.
#![allow(dead_code)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// One whole console session: `input` line by line, then end of input.
pub fn chat(data: &Path, user: &str, lang: &str, input: &[&str]) -> String {
    let mut child = Command::new(super::binary())
        .args(["--data-dir", data.to_str().unwrap(), "console", "--user", user, "--lang", lang])
        .current_dir(std::env::temp_dir())
        .env_remove("TELEGRAM_BOT_TOKEN")
        .env_remove("DISCORD_BOT_TOKEN")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all((input.join("\n") + "\n").as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "the console failed");
    String::from_utf8(out.stdout).unwrap()
}

/// An eligibility check in Norwegian from Finnmark with a partner in Murmansk, to its verdict.
pub fn check_finnmark_murmansk(data: &Path, user: &str) {
    let said = chat(data, user, "nb", &["1", "1", "ja", "3", "3", "1", "nei", "nei", "1 2", "1", "1", "Vi lager en felles konsert med ungdomskor fra begge sider av grensen.", "nei", "80000"]);
    assert!(said.contains("Da er kriteriesjekken ferdig"), "{said}");
}

/// An eligibility check in Russian from Nordland with a partner in Norrbotten, to its verdict.
pub fn check_nordland_norrbotten(data: &Path, user: &str) {
    let said = chat(data, user, "ru", &["1", "1", "да", "1", "1", "1", "1", "1", "1", "Мы проводим совместный концерт детских хоров из Норвегии и Швеции.", "нет", "150000"]);
    assert!(said.contains("Проверка закончена"), "{said}");
}

pub fn stats(data: &Path, args: &[&str]) -> Output {
    Command::new(super::binary())
        .args(["--data-dir", data.to_str().unwrap(), "stats"])
        .args(args)
        .current_dir(std::env::temp_dir())
        .stderr(Stdio::piped())
        .output()
        .unwrap()
}
