//! The eligibility check against the funding schemes, case by case (`tests/eligibility/
//! cases.toml`): each case's answers are given as a person would, by number, yes/no, amount
//! and text, and the check must name every scheme the case expects — its version, its status
//! (open; closed since a date; closed by the operator; reopened with `BARENTS_RULES`), the
//! outcome, every reason, the share and the notes — first in the engine (the library's runner,
//! [`barents_bot::verify::eligibility`], the one `barents-bot check --tests` uses), then in the
//! built binary's console in English, Norwegian and Russian.

mod common;

use barents_bot::core::content::{Content, EngineSettings};
use barents_bot::core::ids::MessageId;
use barents_bot::core::locale::Locale;
use barents_bot::core::value::Value;
use barents_bot::verify::eligibility::{self, Case, Expect};
use barents_bot::verify::{Contents, Numbered};
use common::Console;
use fluent_bundle::FluentArgs;
use std::collections::BTreeMap;

fn cases() -> Vec<Case> {
    eligibility::read(&common::repo()).unwrap().into_iter().map(|Numbered { item, .. }| item).collect()
}

/// The shipped content with the case's schemes open (loaded once per set of open schemes).
fn content_for<'a>(case: &Case, contents: &'a mut BTreeMap<String, Content>) -> &'a Content {
    contents.entry(case.open().to_owned()).or_insert_with(|| common::content(case.open()))
}

/// The lines the verdict must contain in `locale` for one expected scheme.
fn expected_lines(content: &Content, locale: Locale, e: &Expect) -> Vec<String> {
    let scheme = content.schemes.get(&e.scheme).unwrap_or_else(|| panic!("no scheme {}", e.scheme));
    let text = |id: &str, args: Option<&FluentArgs>| content.catalog.format(locale, &MessageId::new(id), args);
    let mut a = FluentArgs::new();
    a.set("title", text(scheme.title.as_str(), None));
    a.set("version", e.version.clone());
    a.set("status", e.status.clone());
    if let Some(since) = scheme.closed_from {
        a.set("since", content.catalog.formats(locale).date(since));
    }
    let mut lines = vec![text("verdict-scheme", Some(&a))];
    if e.status == "open" {
        lines.push(text(&format!("verdict-{}", e.outcome), None));
    } else {
        let mut a = FluentArgs::new();
        a.set("outcome", e.outcome.clone());
        lines.push(text("verdict-closed", Some(&a)));
    }
    let mut named = FluentArgs::new();
    // A scheme that takes no applications gives its reasons in the past, offering nothing.
    named.set("scheme_status", if e.status == "open" { "open" } else { "closed" });
    if !e.matched.is_empty() {
        let costs = Value::Choices(e.matched.clone());
        named.set("matched", barents_bot::core::display::display_value(content, locale, &barents_bot::core::ids::SlotName::new("costs"), &costs));
    }
    // Ruled out with doubts besides: the doubts come under a heading of their own.
    let version = scheme.versions.iter().find(|v| v.version == e.version).unwrap();
    let doubt = |r: &String| version.rules.iter().any(|x| x.reason.as_str() == r && x.outcome == barents_bot::core::schemes::Outcome::Unclear);
    for (i, r) in e.reasons.iter().enumerate() {
        if e.outcome == "does-not-fit" && doubt(r) && !e.reasons[..i].iter().any(doubt) {
            lines.push(text("verdict-doubts-too", Some(&named)));
        }
        lines.push(format!("• {}", text(r, Some(&named))));
    }
    if let Some(share) = e.share {
        let version = scheme.versions.iter().find(|v| v.version == e.version).unwrap();
        let mut a = FluentArgs::new();
        a.set("share", share);
        a.set("base", version.share_base.as_str());
        lines.push(text("verdict-share", Some(&a)));
    }
    for n in &e.notes {
        // Notes and share reasons state the numbers of their version's rules.
        let mut a = FluentArgs::new();
        version.values.set_args(&mut a, &content.catalog.formats(locale));
        lines.push(text(n, Some(&a)));
    }
    lines
}

#[test]
fn there_are_enough_cases_and_they_cover_every_reason_and_status() {
    let content = common::content("nordic-2024");
    let cases = cases();
    assert!(cases.len() >= 25, "{} cases", cases.len());
    let expects: Vec<&Expect> = cases.iter().flat_map(|c| &c.expect).collect();
    // Every reason any version can give, and every status.
    for scheme in content.schemes.map.values() {
        for v in &scheme.versions {
            // 2021.1 is never in force today: its reasons are 2022.1's, which the cases cover.
            for r in v.rules.iter().filter(|_| v.version != "2021.1") {
                assert!(expects.iter().any(|e| e.reasons.iter().any(|x| x == r.reason.as_str())), "no case gives {}", r.reason);
            }
        }
    }
    for status in ["open", "closed", "closed-undated"] {
        assert!(expects.iter().any(|e| e.status == status), "no case with status {status}");
    }
    assert!(cases.iter().any(|c| c.open.as_deref().is_some_and(|o| o.contains("norwegian-russian")) && c.expect.iter().any(|e| e.scheme == "norwegian-russian" && e.status == "open")), "reopened by config");
}

#[test]
fn every_case_gets_its_verdict_from_the_engine() {
    let cases = eligibility::read(&common::repo()).unwrap();
    let mut contents = Contents::new(common::sources(&common::repo()), EngineSettings::default());
    let failures = eligibility::run_all(&cases, &mut contents);
    assert!(failures.is_empty(), "{}", failures.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
}

#[test]
fn every_case_reads_right_in_the_console_in_every_language() {
    let mut failures = Vec::new();
    let mut contents = BTreeMap::new();
    for case in cases() {
        let content = content_for(&case, &mut contents);
        let (lines, _) = eligibility::walk(content, &case).unwrap();
        for locale in [Locale::En, Locale::Nb, Locale::Ru] {
            let data = tempfile::tempdir().unwrap();
            let env: Vec<(&str, &str)> = case.open.as_deref().map(|o| ("BARENTS_RULES", o)).into_iter().collect();
            let mut c = Console::start_with(data.path(), &["console", "--user", "case", "--lang", locale.code()], &env);
            c.wait_for("[2]");
            for l in &lines {
                c.send(l);
            }
            let done = content.catalog.format(locale, &MessageId::new("eligibility-done"), None);
            c.wait_for(&done);
            let out = c.transcript.clone();
            c.finish();
            for e in &case.expect {
                for want in expected_lines(content, locale, e) {
                    // A select's text ends where the reasons begin; each must be there whole.
                    if !out.contains(want.trim_end()) {
                        failures.push(format!("{} [{}]: missing {want:?}", case.name, locale.code()));
                    }
                }
            }
            // Never the old, unqualified "Good news".
            assert!(!out.contains("Good news") && !out.contains("Gode nyheter") && !out.contains("Хорошая новость"), "{}", case.name);
        }
    }
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}
