//! The activity picture from the outside: conversations in the console are counted, and
//! `barents-bot stats` shows them by region and month, as a table, CSV, JSON, a chart and a
//! map; small counts never show as numbers outside the advisers' JSON; the counts outlive
//! `/forget`; `/stats` in a chat sums them up.

mod common;

use common::seed::{chat, check_finnmark_murmansk, check_nordland_norrbotten, stats};
use serde_json::Value;
use std::process::Output;

/// "Fewer than 3" in Norwegian, with the no-break space that keeps it on one line.
const FEW_NB: &str = "færre enn\u{a0}3";

fn stdout(o: &Output) -> String {
    assert!(o.status.success(), "stats failed: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn row<'a>(json: &'a Value, by: &str, key: &str) -> &'a Value {
    json["by"][by].as_array().unwrap().iter().find(|r| r["key"] == key).unwrap_or_else(|| panic!("no {by} row {key}: {json:#}"))
}

#[test]
fn conversations_in_the_console_are_counted_by_region_and_month() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    for user in ["a", "b", "c"] {
        check_finnmark_murmansk(&data, user);
    }
    check_nordland_norrbotten(&data, "d");
    let asked = chat(&data, "e", "en", &["/advice how much funding can we get?"]);
    assert!(!asked.is_empty());

    let json: Value = serde_json::from_str(&stdout(&stats(&data, &["--format", "json"]))).unwrap();
    assert_eq!(json["total"]["checks"], 4, "{json:#}");
    assert_eq!(json["total"]["checks_started"], 4);
    assert_eq!(json["total"]["questions"], 1);
    assert_eq!(row(&json, "region", "finnmark")["counts"]["checks"], 3);
    assert_eq!(row(&json, "region", "murmansk")["counts"]["checks"], 3);
    assert_eq!(row(&json, "region", "nordland")["counts"]["checks"], 1);
    assert_eq!(row(&json, "language", "nb")["counts"]["checks"], 3);
    assert_eq!(row(&json, "language", "ru")["counts"]["checks"], 1);
    assert_eq!(row(&json, "platform", "console")["counts"]["checks"], 4);
    assert_eq!(row(&json, "topic", "culture")["counts"]["checks"], 4);
    let month = json["by"]["month"][0]["key"].as_str().unwrap().to_owned();
    assert_eq!(json["by"]["month"].as_array().unwrap().len(), 1, "one month of activity");

    // The terminal table: names in the language asked for, a small count never as a number.
    let table = stdout(&stats(&data, &["--lang", "nb"]));
    let line = |name: &str| table.lines().find(|l| l.starts_with(name)).unwrap_or_else(|| panic!("no line for {name}:\n{table}")).to_owned();
    assert!(line("Finnmark").split_whitespace().nth(1) == Some("3"), "{table}");
    assert!(line("Nordland").contains(FEW_NB), "{table}");
    assert!(line("Murmansk oblast").split_whitespace().nth(2) == Some("3"), "{table}");
    assert!(table.contains("Måned") && table.contains("Region"), "by region and by month: {table}");
    assert!(line("Uten region").ends_with(FEW_NB), "the question has no region: {table}");
    assert!(table.contains("kan bli høyere enn tallet i alt"), "why the rows add up to more: {table}");

    // CSV keeps its columns; the same rule for small counts.
    let csv = stdout(&stats(&data, &["--format", "csv", "--by", "region", "--lang", "en"]));
    assert!(csv.starts_with("by,key,label,checks_started,checks,fits,drafts"), "{csv}");
    assert!(csv.lines().any(|l| l.starts_with("region,finnmark,Finnmark,") && l.contains(",3,")), "{csv}");
    assert!(csv.lines().any(|l| l.starts_with("region,nordland,Nordland,0,fewer than\u{a0}3,")), "{csv}");

    // A period that holds nothing, and one that holds the month.
    let empty: Value = serde_json::from_str(&stdout(&stats(&data, &["--format", "json", "--to", "2020-01"]))).unwrap();
    assert_eq!(empty["total"]["checks"], 0);
    let same: Value = serde_json::from_str(&stdout(&stats(&data, &["--format", "json", "--from", &month, "--to", &month]))).unwrap();
    assert_eq!(same["total"]["checks"], 4);

    // A chart and the map, as SVG documents in the language asked for.
    let map = stdout(&stats(&data, &["--format", "svg", "--map", "--lang", "ru"]));
    assert!(map.trim_start().starts_with("<svg") || map.starts_with("<?xml"), "{map}");
    assert!(map.contains("Финнмарк") && map.contains("Мурманская"), "the map speaks Russian");
    let months = stdout(&stats(&data, &["--format", "svg", "--by", "month"]));
    assert!(months.contains("<svg") && months.contains("</svg>"));
    let topics = stdout(&stats(&data, &["--format", "svg", "--by", "topic", "--lang", "en"]));
    assert!(topics.contains("Culture"), "{topics}");
}

#[test]
fn counts_outlive_forget_and_point_to_nobody() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    check_finnmark_murmansk(&data, "kari");
    let before = stdout(&stats(&data, &["--format", "json"]));
    let forgot = chat(&data, "kari", "nb", &["/forget", "1"]);
    assert!(forgot.to_lowercase().contains("slett"), "{forgot}");
    let after = stdout(&stats(&data, &["--format", "json"]));
    assert_eq!(before, after, "the counts stay: nothing in them is Kari's");
    // Nothing in the store's counts names her or what she wrote.
    let mine = chat(&data, "kari", "nb", &["/mydata"]);
    assert!(!mine.contains("konsert"), "{mine}");
    assert!(!before.contains("kari") && !before.contains("konsert"), "{before}");
}

#[test]
fn bad_options_are_usage_errors_in_the_operators_language() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let backwards = stats(&data, &["--from", "2026-12", "--to", "2026-01", "--lang", "nb"]);
    assert_eq!(backwards.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&backwards.stderr).contains("samme måned som --to eller tidligere"), "{}", String::from_utf8_lossy(&backwards.stderr));
    let not_svg = stats(&data, &["--map", "--format", "csv"]);
    assert_eq!(not_svg.status.code(), Some(2));
    let bad_month = stats(&data, &["--from", "2026-13"]);
    assert_eq!(bad_month.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad_month.stderr).contains("YYYY-MM"));
    // Nothing counted yet: said in words, not an empty table.
    let nothing = stdout(&stats(&data, &["--lang", "en"]));
    assert!(nothing.contains("No activity has been recorded"), "{nothing}");
}

#[test]
fn stats_in_a_chat_sums_up_the_activity_and_gives_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // Nothing yet: said so, and no page to look at.
    let empty = chat(&data, "z", "en", &["/stats"]);
    assert!(empty.contains("No activity has been recorded yet") && !empty.contains("http"), "{empty}");
    for user in ["a", "b", "c"] {
        check_finnmark_murmansk(&data, user);
    }
    let mut console = common::Console::start_with(&data, &["console", "--user", "z", "--lang", "nb"], &[("BARENTS_WEB_LISTEN", "127.0.0.1:8099")]);
    console.wait_for("Hva vil du gjøre?");
    console.send("/stats");
    let said = console.wait_for("http://127.0.0.1:8099/?lang=nb");
    assert!(said.contains("ideer sjekket: 3"), "{said}");
    assert!(said.contains("spørsmål stilt: 0"), "{said}");
    let (code, _) = console.finish();
    assert_eq!(code, Some(0));
}

#[test]
fn a_draft_counts_when_sent_and_again_when_an_adviser_takes_it_up_and_closes_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut c = common::Console::start(&data, &["console", "--user", "en", "--lang", "en"]);
    c.wait_for("[3]");
    for a in common::APPLICATION {
        c.send(a);
    }
    c.wait_for("[37] Change: Amount");
    c.send("1");
    let done = c.wait_for("BS-");
    c.finish();
    let id = done.split_whitespace().find(|w| w.contains("BS-")).unwrap().trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '-').to_owned();
    let adviser = |args: &[&str]| {
        let o = std::process::Command::new(common::binary()).args(["--data-dir", data.to_str().unwrap(), "drafts"]).args(args).output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    };
    let sent: Value = serde_json::from_str(&stdout(&stats(&data, &["--format", "json"]))).unwrap();
    assert_eq!((sent["total"]["drafts"].as_u64(), sent["total"]["drafts_claimed"].as_u64()), (Some(1), Some(0)), "{sent:#}");
    adviser(&["claim", &id, "--adviser", "Ola"]);
    adviser(&["claim", &id, "--adviser", "Kari"]);
    adviser(&["close", &id]);
    let json: Value = serde_json::from_str(&stdout(&stats(&data, &["--format", "json", "--by", "scheme"]))).unwrap();
    assert_eq!(json["total"]["drafts"], 1);
    assert_eq!(json["total"]["drafts_claimed"], 1, "taken up once, however many claim it");
    assert_eq!(json["total"]["drafts_closed"], 1);
    // The draft's facts, never its words: the scheme it followed.
    let schemes = json["by"]["scheme"].as_array().unwrap();
    assert!(schemes.iter().any(|r| r["counts"]["drafts"] == 1 && r["key"].is_string()), "{json:#}");
    let raw = stdout(&stats(&data, &["--format", "json"]));
    for answer in common::APPLICATION.iter().filter(|a| a.len() > 12) {
        assert!(!raw.contains(answer), "{answer} is in the counts");
    }
}
