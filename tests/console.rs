//! The built binary driven through the console protocol, as a user or a script would:
//! whole journeys, kill -9 and restart, language choice across restarts, hostile input,
//! and a second process on a held data directory.

mod common;

use common::Console;

const MENU: &str = "[3] About the Barents Secretariat";
const PARTNER_COUNTRY: &str = "In which country is your partner?";

/// The eligibility check up to the partner's country, for an applicant outside Northern Norway.
const FIRST_ANSWERS: &[&str] = &["1", "1", "yes", "5"];
const REST: &[&str] = &["3", "1", "2", "2", "1", "1, 2", "1", "We plan two joint concerts and rehearse together online.", "2", "90000"];

#[test]
fn a_script_completes_the_eligibility_check_in_each_language() {
    let mut outputs = Vec::new();
    for lang in ["en", "nb", "ru"] {
        let data = tempfile::tempdir().unwrap();
        let mut c = Console::start(data.path(), &["console", "--user", "script", "--lang", lang]);
        c.wait_for("[2]");
        for a in FIRST_ANSWERS.iter().chain(REST) {
            c.send(a);
        }
        // The verdict names the scheme (a partner in Russia: the Norwegian–Russian one, closed),
        // then the main menu comes back.
        c.wait_for(match lang {
            "en" => "Norwegian–Russian people-to-people cooperation – closed",
            "nb" => "Norsk-russisk folk-til-folk-samarbeid – stengt",
            _ => "«Норвежско-российское",
        });
        let seen = c.transcript.clone();
        let (code, rest) = c.finish();
        assert_eq!(code, Some(0));
        outputs.push(seen + &rest);
    }
    assert!(outputs[0].contains("15 November 2023") && outputs[0].contains("would not have fitted"), "{}", outputs[0]);
    assert!(!outputs[1].contains("would not have fitted") && !outputs[2].contains("would not have fitted"), "nb and ru are translated");
    assert_ne!(outputs[1], outputs[2]);
}

#[test]
fn sigint_and_sigterm_stop_the_console_cleanly_and_the_journey_resumes() {
    let data = tempfile::tempdir().unwrap();
    for signal in ["INT", "TERM"] {
        let mut c = Console::start(data.path(), &["console", "--user", "kari"]);
        c.wait_for("[");
        c.send("/start eligibility");
        // The question itself, not the menu's "[5]" still unread: the turn is durable once it shows.
        c.wait_for("Who would apply");
        let (code, took) = c.signal(signal);
        assert_eq!(code, Some(0), "SIG{signal}");
        assert!(took < std::time::Duration::from_secs(5), "SIG{signal} took {took:?}");
        let mut again = Console::start(data.path(), &["console", "--user", "kari"]);
        assert!(again.wait_for("[5]").contains("Who would apply"), "resumed after SIG{signal}");
        again.finish();
    }
}

#[test]
fn after_kill_9_the_journey_resumes_at_the_same_question() {
    let data = tempfile::tempdir().unwrap();
    let mut c = Console::start(data.path(), &["console", "--user", "kari"]);
    c.wait_for(MENU);
    for a in FIRST_ANSWERS {
        c.send(a);
    }
    c.wait_for(PARTNER_COUNTRY);
    c.kill();

    let mut c = Console::start(data.path(), &["console", "--user", "kari"]);
    let resumed = c.wait_for("[5]");
    assert!(resumed.starts_with(PARTNER_COUNTRY), "resumed with:\n{resumed}");
    assert!(!resumed.contains(MENU), "a returning user is not sent to the menu:\n{resumed}");
    for a in REST {
        c.send(a);
    }
    // The region answered before the crash (outside Norway) decides the verdict.
    let verdict = c.wait_for("Nordland, Troms or Finnmark");
    assert!(verdict.contains("would not have fitted"), "{verdict}");
    let (code, _) = c.finish();
    assert_eq!(code, Some(0));

    // Another user in the same store starts fresh.
    let mut other = Console::start(data.path(), &["console", "--user", "ola"]);
    assert!(other.wait_for(MENU).contains("Hello"));
    other.finish();
}

#[test]
fn the_language_choice_survives_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let mut c = Console::start(data.path(), &["console"]);
    c.wait_for(MENU);
    c.send("/language nb");
    c.wait_for("[2]");
    c.finish();
    let mut c = Console::start(data.path(), &["console", "--lang", "ru"]);
    let text = c.wait_for("[2]");
    assert!(text.contains("Hovedmeny") && text.contains("søknadsutkast"), "still Norwegian after restart, whatever the hint:\n{text}");
    c.send("/language ru");
    let text = c.wait_for("[2]");
    assert!(text.contains("по-русски") && text.contains("черновик заявки"), "{text}");
    c.finish();
}

#[test]
fn hostile_input_gets_clear_replies_and_the_session_survives() {
    let data = tempfile::tempdir().unwrap();
    let mut c = Console::start(data.path(), &["console"]);
    c.wait_for(MENU);
    c.send(&"x".repeat(100_000));
    assert!(c.wait_for(MENU).contains("100,000 characters"));
    c.send_bytes(b"\xff\xfe broken utf-8\n");
    assert!(c.wait_for(MENU).contains("Please choose one of the options"));
    c.send("\u{1b}[2J\u{7}");
    assert!(c.wait_for(MENU).contains("control characters"));
    c.send("");
    assert!(c.wait_for(MENU).contains("did not get any text"));
    c.send("🦌🦌🦌");
    c.wait_for(MENU);
    c.send("1");
    c.wait_for("Who would apply");
    let (code, _) = c.finish();
    assert_eq!(code, Some(0), "EOF ends the session cleanly");
}

#[test]
fn messages_are_separated_by_exactly_one_empty_line() {
    let data = tempfile::tempdir().unwrap();
    let mut c = Console::start(data.path(), &["console"]);
    c.wait_for(MENU);
    c.send("/help");
    c.wait_for(MENU);
    c.send("3");
    c.wait_for(MENU);
    let transcript = c.transcript.clone();
    c.finish();
    assert!(!transcript.contains("\n\n\n"), "{transcript}");
    let blocks: Vec<&str> = transcript.split("\n\n").filter(|b| !b.trim().is_empty()).collect();
    assert!(blocks.len() >= 6, "{transcript}");
    assert!(transcript.starts_with("Hello"), "no prompt or escape codes on a pipe: {transcript:?}");
}

#[test]
fn a_second_process_on_a_held_data_directory_exits_1() {
    let data = tempfile::tempdir().unwrap();
    let mut first = Console::start(data.path(), &["console"]);
    first.wait_for(MENU);
    let second = std::process::Command::new(common::binary())
        .args(["--data-dir", data.path().to_str().unwrap(), "console"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(1));
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(err.contains("in use by another barents-bot process"), "{err}");
    assert!(second.stdout.is_empty());
    first.finish();
}
