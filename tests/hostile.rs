//! Hostile input: a corpus of nasty strings (emoji, right-to-left and zero-width characters,
//! combining marks, control characters, a 100 000-character line, invalid UTF-8) pushed through
//! the console and both fake platform servers. Every input gets a reply, nothing panics, the
//! platforms reject nothing the bot sends, and answers made of such text export cleanly.

mod common;

use common::Console;

/// Strings that have broken chat bots before.
fn corpus() -> Vec<String> {
    vec![
        "🦌🇳🇴👩‍👩‍👧‍👦🏳️‍🌈".to_owned(),
        "שלום עולם مرحبا بالعالم".to_owned(),
        "\u{202E}evil\u{202C} \u{2066}isolate\u{2069}".to_owned(),
        "a\u{200B}b\u{FEFF}c\u{200D}d\u{2060}".to_owned(),
        format!("e{}", "\u{301}".repeat(60)),
        "\u{7}bell \u{1b}[31mred\u{1b}[0m".to_owned(),
        "nul \u{0} inside".to_owned(),
        "x".repeat(100_000),
        "я".repeat(4000),
        "<b>bold</b> &amp; &lt;script&gt; <a href=\"x\">".to_owned(),
        "**md** __u__ `code` ||spoiler|| > quote\n# heading".to_owned(),
        "@everyone @here <@123> <#456> <@&789>".to_owned(),
        "\u{FFFF}\u{10FFFF}\u{FFFD}".to_owned(),
        "/start\u{0}".to_owned(),
        "   \t  ".to_owned(),
        "1\u{200B}".to_owned(),
        "%s %n {0} {{var}} ${var} { $id }".to_owned(),
    ]
}

/// Text answers that are valid but hostile, for a whole application that is then exported.
const NASTY_NAME: &str = "Кирке́нес 🦌 \u{202E}Choir\u{202C} <b>&amp;</b>";
const NASTY_SUMMARY: &str = "We sing “together” – **loudly** @everyone; \u{200B}online and in person, with `code` and <@123>.";

#[test]
fn every_nasty_input_on_the_console_gets_an_answer_and_the_question_stays() {
    let data = tempfile::tempdir().unwrap();
    let mut c = Console::start(data.path(), &["console", "--user", "hostile", "--lang", "en"]);
    c.send("/start eligibility");
    c.send("1");
    c.wait_for("Brønnøysund");
    c.wait_for("[2] No");
    for s in corpus() {
        // One line each: the console reads lines, so a newline inside is two messages.
        for line in s.split('\n') {
            c.send(line);
            // The question again, or (after three misses) the offer of help, which the next
            // answer passes through.
            c.wait_for_any(&["[2] No", "[4] Back to the main menu"]);
        }
    }
    c.send_bytes(b"\xff\xfe\xc0\xaf invalid utf-8\n");
    c.wait_for_any(&["[2] No", "[4] Back to the main menu"]);
    c.send("1");
    c.wait_for("Where is the applicant based?");
    let (code, _) = c.finish();
    assert_eq!(code, Some(0), "no panic, a clean exit");
}

#[test]
fn hostile_answers_are_stored_and_exported_intact() {
    let data = tempfile::tempdir().unwrap();
    let mut c = Console::start(data.path(), &["console", "--user", "hostile", "--lang", "en"]);
    for (i, a) in common::APPLICATION.iter().enumerate() {
        let a = match i {
            common::APP_ORG_NAME => NASTY_NAME,
            common::APP_SUMMARY => NASTY_SUMMARY,
            _ => a,
        };
        c.send(a);
    }
    c.wait_for("Here is your draft application");
    c.send("1");
    c.wait_for("has been sent to an adviser for review");
    c.finish();
    let drafts = |args: &[&str]| {
        let o = std::process::Command::new(common::binary()).args(["--data-dir", data.path().to_str().unwrap(), "drafts"]).args(args).output().unwrap();
        assert!(o.status.success(), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).expect("exports are UTF-8")
    };
    let list = drafts(&["list"]);
    let id = list.split('\t').next().unwrap().to_owned();
    let json: serde_json::Value = serde_json::from_str(&drafts(&["export", &id, "--format", "json"])).unwrap();
    assert_eq!(json["answers"]["org_name"]["value"], NASTY_NAME);
    assert_eq!(json["answers"]["project_summary"]["value"], NASTY_SUMMARY);
    // Markdown shows every character as typed (escaped, so none of it is markup).
    let md = drafts(&["export", &id, "--format", "md"]);
    let mut rendered = String::new();
    let mut chars = md.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(char::is_ascii_punctuation) {
            continue;
        }
        rendered.push(c);
    }
    assert!(rendered.contains(NASTY_NAME) && rendered.contains(NASTY_SUMMARY), "{md}");
    assert!(!md.contains("<b>") && !md.contains("**loudly**"), "{md}");
    let csv = drafts(&["export", "--all", "--format", "csv"]);
    assert_eq!(csv.lines().count(), 2, "a header and one row: quoted fields keep the commas and quotes in: {csv}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_nasty_input_on_telegram_and_discord_gets_an_answer_that_the_platform_accepts() {
    use common::{discord, telegram};
    let (tg, dc, _data, bot) = common::bot::both_platforms().await;
    let kari = telegram::User { id: 4401, name: "Kari", language: "en" };
    let ivan = discord::User { id: 4402, name: "ivan", locale: "en-US" };
    tg.say(&kari, "/start eligibility");
    dc.dm(&ivan, "/start eligibility");
    let channel = dc.dm_channel(&ivan);
    // Every reply to an input here ends with the question (or the offer of help) again, with
    // its buttons: counting those counts one answer per input.
    let tg_asked = |tg: &telegram::TelegramServer| tg.sent_to(kari.id).iter().filter(|m| !m.buttons.is_empty()).count();
    let dc_asked = |dc: &discord::DiscordServer| dc.messages_in(channel).iter().filter(|m| !m.buttons().is_empty()).count();
    for (n, s) in corpus().iter().enumerate() {
        tg.say(&kari, s);
        dc.dm(&ivan, s);
        tg.wait_for(&format!("an answer to input {n}"), |_| (tg_asked(&tg) > n + 1).then_some(())).await;
        dc.wait_for(&format!("an answer to input {n}"), |s| (dc_asked(s) > n + 1).then_some(())).await;
    }
    assert!(tg.errors().is_empty(), "Telegram refused: {:?}", tg.errors());
    let refused: Vec<_> = dc.calls().into_iter().filter(|c| c.status >= 400).collect();
    assert!(refused.is_empty(), "Discord refused: {refused:?}");
    // Still answering: the journey goes on.
    tg.say(&kari, "/start eligibility");
    tg.say(&kari, "1");
    tg.wait_for("the next question", |_| tg.sent_to(kari.id).iter().any(|m| m.text.contains("Brønnøysund")).then_some(())).await;
    bot.kill();
}
