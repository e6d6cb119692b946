//! How well the bot understands what people type, measured: the test sets in
//! `tests/understanding/<lang>.toml` (messages as people write them, where they were typed, and
//! what a person would have meant) are each sent to the engine as one turn, and what the bot
//! then did is compared with what was meant. Accuracy is reported per language and per kind of
//! step; below 90 % in any language the test fails. The runner is the library's
//! ([`barents_bot::verify::understanding`]), the one `barents-bot check --tests` uses.

mod common;

use barents_bot::core::locale::Locale;
use barents_bot::verify::understanding::{self, FLOOR};

#[test]
fn the_reported_examples_do_what_was_meant() {
    let content = common::content("nordic-2024");
    let cases = understanding::read(&common::repo(), understanding::REPORTED).unwrap();
    assert!(!cases.is_empty());
    let failures = understanding::reported(&content, &cases);
    assert!(failures.is_empty(), "{}", failures.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
}

#[test]
fn people_are_understood_in_every_language() {
    let content = common::content("nordic-2024");
    let mut report = String::new();
    let mut failing = Vec::new();
    for locale in Locale::ALL {
        let file = understanding::file(locale);
        let cases = understanding::read(&common::repo(), &file).unwrap();
        let m = understanding::measure(&content, locale, &file, &cases);
        report.push_str(&format!("{}: {}/{} = {:.1} %\n", locale.code(), m.right, m.total, m.share() * 100.0));
        for (c, (r, n)) in &m.by_context {
            report.push_str(&format!("  {c}: {r}/{n} = {:.0} %\n", *r as f64 * 100.0 / *n as f64));
        }
        for miss in &m.misses {
            report.push_str(&format!("  {miss}\n"));
        }
        assert!(m.unrunnable.is_empty(), "{:?}", m.unrunnable);
        assert!(m.total >= 150, "{}: the set must have at least 150 cases, has {}", locale.code(), m.total);
        if !m.passes() {
            failing.push(locale.code());
        }
    }
    println!("{report}");
    assert!(failing.is_empty(), "understood below {:.0} % in {failing:?}:\n{report}", FLOOR * 100.0);
}
