//! The activity page in a real browser: activity seeded through the console, `run` serving
//! the page on 127.0.0.1, headless Chromium reading it in English, Norwegian and Russian. The
//! numbers it shows are those of `stats --format json`; a count of 1 or 2 never shows.

mod common;

use common::browser::{Browser, decode_png};
use serde_json::Value;
use std::io::{Read, Write};
use std::time::{Duration, Instant};

/// A port nobody listens on now.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A plain HTTP GET on loopback: status line and body.
fn get(addr: &str, path: &str, headers: &str) -> Option<(String, String)> {
    let mut s = std::net::TcpStream::connect(addr).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{headers}\r\n").ok()?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).ok()?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n")?;
    Some((head.lines().next()?.to_owned(), body.to_owned()))
}

/// Waits until the page answers (the bot is up), or fails after a while.
fn wait_for_page(addr: &str, bot: &mut common::bot::BotProcess) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while get(addr, "/", "").is_none_or(|(status, _)| !status.contains("200")) {
        assert!(bot.alive(), "the bot stopped: {}", bot.log());
        assert!(Instant::now() < deadline, "the page did not come up: {}", bot.log());
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The rows of a table on the page: key → the text of the cell of `measure`.
fn cells(browser: &Browser, by: &str, measure: &str) -> Vec<(String, String)> {
    let script = format!(
        "return Array.from(document.querySelectorAll('table[data-by={by}] tr[data-key]')).map(r => [r.dataset.key, r.querySelector('td[data-measure={measure}]').innerText])"
    );
    browser.eval(&script).as_array().unwrap().iter().map(|p| (p[0].as_str().unwrap().to_owned(), p[1].as_str().unwrap().to_owned())).collect()
}

#[test]
fn the_page_shows_the_seeded_activity_in_each_language_as_stats_counts_it() {
    assert!(common::browser::available(), "the browser test needs Debian's chromium and chromium-driver (apt install chromium chromium-driver; .ci/run installs them)");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    for user in ["a", "b", "c", "d"] {
        common::seed::check_finnmark_murmansk(&db, user);
    }
    common::seed::check_nordland_norrbotten(&db, "e");
    let addr = format!("127.0.0.1:{}", free_port());
    let mut bot = common::bot::BotProcess::start(dir.path(), &[("BARENTS_WEB_LISTEN", addr.clone())], &[]);
    wait_for_page(&addr, &mut bot);
    assert!(bot.log().contains(&format!("http://{addr}/")), "run says where the page is: {}", bot.log());

    // The advisers' exact numbers, through the running bot's socket.
    let exact: Value = serde_json::from_slice(&common::seed::stats(&db, &["--format", "json"]).stdout).unwrap();
    assert_eq!(exact["total"]["checks"], 5, "{exact:#}");

    let browser = Browser::start();
    for (lang, title, finnmark, murmansk, few) in [
        ("en", "Activity in the Barents region", "Finnmark", "Murmansk region", "fewer than\u{a0}3"),
        ("nb", "Aktivitet i Barentsregionen", "Finnmark", "Murmansk oblast", "færre enn\u{a0}3"),
        ("ru", "Активность в Баренцевом регионе", "Финнмарк", "Мурманская область", "менее\u{a0}3"),
    ] {
        browser.goto(&format!("http://{addr}/?lang={lang}"));
        assert_eq!(browser.title(), title);
        let text = browser.text();
        assert!(text.contains(finnmark) && text.contains(murmansk), "{lang}: {text}");
        assert!(browser.eval("return document.documentElement.lang").as_str() == Some(lang));
        // The totals and the tables say what `stats` counts; a small count is never a number.
        let total = browser.eval("return document.querySelector('dd[data-measure=checks]').innerText");
        assert_eq!(total.as_str(), Some("5"), "{lang}");
        for (key, shown) in cells(&browser, "region", "checks") {
            let n = exact["by"]["region"].as_array().unwrap().iter().find(|r| r["key"] == key.as_str()).map(|r| r["counts"]["checks"].as_u64().unwrap()).unwrap_or_else(|| panic!("{key} is not in stats"));
            let expected = if (1..3).contains(&n) { few.to_owned() } else { n.to_string() };
            assert_eq!(shown, expected, "{lang}: {key}");
        }
        assert!(cells(&browser, "region", "checks").contains(&("finnmark".to_owned(), "4".to_owned())));
        assert!(cells(&browser, "region", "checks").contains(&("nordland".to_owned(), few.to_owned())));
        assert!(!cells(&browser, "month", "checks").is_empty());
        let region_total = browser.eval("return document.querySelector('table[data-by=region] tfoot td[data-measure=checks]').innerText");
        assert_eq!(region_total.as_str(), Some("5"), "{lang}: the table's total counts each check once");
        assert!(cells(&browser, "topic", "checks").contains(&("culture".to_owned(), "5".to_owned())));
        // The map is drawn: a shape for every region, each with a title a reader can hover.
        let tiles = browser.eval("return document.querySelectorAll('#map ~ figure svg g > title, section[aria-labelledby=map] svg g > title').length");
        assert!(tiles.as_u64().unwrap_or(0) >= 14, "{lang}: {tiles}");
        let image = decode_png(&browser.screenshot());
        assert!(image.distinct_colours() > 20 && image.share_not([255, 255, 255]) > 0.05, "{lang}: the screenshot looks blank");
    }
    // The browser's language when none is asked for.
    let (status, page) = get(&addr, "/", "Accept-Language: ru-RU,ru;q=0.9,en;q=0.5\r\n").unwrap();
    assert!(status.contains("200") && page.contains("<html lang=\"ru\""), "{status}");

    // The public numbers agree with the advisers', less what is too few to show.
    let (status, body) = get(&addr, "/stats.json", "").unwrap();
    assert!(status.contains("200"), "{status}");
    let public: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(public["total"]["checks"], exact["total"]["checks"]);
    assert_eq!(public["fewer_than"], 3);
    let nordland = |doc: &Value| doc["by"]["region"].as_array().unwrap().iter().find(|r| r["key"] == "nordland").unwrap()["counts"]["checks"].clone();
    assert_eq!((nordland(&exact), nordland(&public)), (Value::from(1), Value::Null));
    for path in ["/map.svg", "/months.svg", "/topics.svg"] {
        let (status, svg) = get(&addr, path, "").unwrap();
        assert!(status.contains("200") && svg.contains("</svg>"), "{path}: {status}");
    }
    let (status, body) = get(&addr, "/nothing-here?lang=nb", "").unwrap();
    assert!(status.contains("404") && body.contains("Aktivitetssiden finner du på"), "{status}: {body}");
    drop(browser);
    bot.terminate();
    let (code, _) = bot.wait_exit();
    assert_eq!(code, Some(0));
}
