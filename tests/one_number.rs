//! One number, one place: a rule-set version names the numbers its rules decide by
//! (`[values] small_project = 50000`), and the rules and every text that states them use the
//! name. In a copy of the content, changing `small_project` in that one place changes the
//! verdict, the reason it gives and every advice article about it, in English, Norwegian and
//! Russian, each writing the number as the language does. Dates too: the board's deadlines
//! (`{ $board_deadlines }`) and the day a scheme closed (`{ -norwegian-russian-closed }`).

mod common;

use barents_bot::core::content::{Content, EngineSettings};
use barents_bot::core::dialog::{Input, StepKind};
use barents_bot::core::effect::{Event, Inbound};
use barents_bot::core::engine;
use barents_bot::core::ids::MessageId;
use barents_bot::core::locale::Locale;
use barents_bot::core::session::UserState;
use fluent_bundle::FluentArgs;
use std::path::Path;

const RULES: &str = "config/rules/nordic-2024/2024.1.toml";
const NR_RULES: &str = "config/rules/norwegian-russian/2022.1.toml";
const NR_SCHEME: &str = "config/rules/norwegian-russian/scheme.toml";

/// The content in `dir` with `open` as the open scheme, and the report of its check.
fn build(dir: &Path, open: &str) -> Result<(Content, String), String> {
    let settings = EngineSettings { open_schemes: vec![open.into()], ..EngineSettings::default() };
    Content::build(&common::sources(dir), settings).map(|(c, r)| (c, r.to_string())).map_err(|r| r.to_string())
}

/// The shipped content with the nordic scheme open, `edits` applied to a copy of its files.
fn copy_with(edits: &[(&str, &dyn Fn(String) -> String)]) -> (tempfile::TempDir, Content) {
    let dir = common::copy_of_shipped();
    for (file, f) in edits {
        common::edit(dir.path(), file, f);
    }
    match build(dir.path(), "nordic-2024") {
        Ok((c, _)) => (dir, c),
        Err(report) => panic!("the copy has errors:\n{report}"),
    }
}

/// A Tromsø association with a partner in Norrbotten: it fits the current scheme.
fn answer(slot: &str, budget: i64) -> &'static str {
    match slot {
        "applicant_type" => "ngo",
        "registered" | "started" => "",
        "applicant_region" => "troms",
        "partner_countries" => "sweden",
        "partner_region_se" => "norrbotten",
        "topics" => "culture",
        "costs" => "travel",
        "partner_role" => "together",
        "cooperation" => "Our choir and the choir in Lulea choose the repertoire together over video and give two joint concerts.",
        "budget" => Box::leak(budget.to_string().into_boxed_str()),
        other => panic!("no answer for {other}"),
    }
}

/// What a person reads after the eligibility check with this budget, in `locale`.
fn verdict(content: &Content, locale: Locale, budget: i64) -> String {
    let dialog = content.dialogs.get(&content.settings.criteria_dialog).unwrap();
    let now = 1_796_000_000;
    let send = |user: UserState, text: &str| engine::step(content, user, &Inbound { event: Event::Text(text.into()), locale_hint: Some(locale), now });
    let mut turned = send(UserState::default(), "/start eligibility");
    for _ in 0..40 {
        if let Some(v) = turned.replies.iter().find(|r| r.key.as_str().starts_with("verdict-")) {
            return v.text.clone();
        }
        let question = turned.replies.iter().rev().find(|r| r.kind == barents_bot::core::reply::Kind::Question).expect("a question or the verdict");
        let step = dialog.steps.iter().find(|s| matches!(&s.kind, StepKind::Ask(q) if q.text.id == question.key)).expect("a question of the check");
        let StepKind::Ask(q) = &step.kind else { unreachable!() };
        let typed = match &q.input {
            Input::Choice { options } | Input::Multi { options, .. } => {
                let v = answer(q.slot.as_str(), budget);
                (options.iter().position(|o| o.value == v).unwrap() + 1).to_string()
            }
            Input::YesNo => if q.slot.as_str() == "registered" { "yes" } else { "no" }.to_owned(),
            _ => answer(q.slot.as_str(), budget).to_owned(),
        };
        turned = send(turned.user, &typed);
    }
    panic!("the check never gave a verdict")
}

/// The line of a verdict that says how much of the Norwegian costs the scheme may cover.
fn share(content: &Content, locale: Locale, percent: u8) -> String {
    let mut a = FluentArgs::new();
    a.set("share", percent);
    a.set("base", "norwegian");
    content.catalog.format(locale, &MessageId::new("verdict-share"), Some(&a))
}

/// Why a small project may be covered in full, under a limit of `limit` kroner.
fn reason(content: &Content, locale: Locale, limit: i64) -> String {
    let mut a = FluentArgs::new();
    a.set("small_project", limit);
    content.catalog.format(locale, &MessageId::new("share-small-project"), Some(&a))
}

fn article(content: &Content, locale: Locale, id: &str) -> String {
    content.article_text(locale, &MessageId::new(id), None)
}

#[test]
fn changing_a_named_number_once_changes_the_verdict_its_reason_and_every_article() {
    let (_shipped, shipped) = copy_with(&[]);
    let (_lowered, lowered) = copy_with(&[(RULES, &|text| {
        assert_eq!(text.matches("small_project = 50000").count(), 1, "defined once");
        text.replace("small_project = 50000", "small_project = 30000")
    })]);
    // How each language writes the old and the new limit (a no-break space in nb and ru).
    let written = |locale: Locale, n: &str| match locale {
        Locale::En => format!("{n},000"),
        _ => format!("{n}\u{a0}000"),
    };
    for locale in Locale::ALL {
        let (old, new) = (written(locale, "50"), written(locale, "30"));
        // A project of NOK 40 000: small before, not any more.
        let before = verdict(&shipped, locale, 40_000);
        let after = verdict(&lowered, locale, 40_000);
        assert!(before.contains(&share(&shipped, locale, 100)) && before.contains(&reason(&shipped, locale, 50_000)), "[{locale}] {before}");
        assert!(before.contains(&old), "[{locale}] {before}");
        assert!(after.contains(&share(&lowered, locale, 70)) && !after.contains(&old) && !after.contains(&new), "[{locale}] {after}");
        // A project of NOK 20 000 is small under both, and the reason names the new limit.
        let small = verdict(&lowered, locale, 20_000);
        assert!(small.contains(&reason(&lowered, locale, 30_000)) && small.contains(&new) && !small.contains(&old), "[{locale}] {small}");
        // Every article that states the limit states the new one.
        for id in ["kb-budget-short-nordic-2024", "kb-budget-body-nordic-2024"] {
            let (was, is) = (article(&shipped, locale, id), article(&lowered, locale, id));
            assert!(was.contains(&old) && !was.contains(&new), "[{locale}] {id}: {was}");
            assert!(is.contains(&new) && !is.contains(&old), "[{locale}] {id}: {is}");
        }
    }
}

#[test]
fn changing_a_date_once_changes_every_text_that_states_it() {
    let dir = common::copy_of_shipped();
    let (shipped, _) = build(dir.path(), "norwegian-russian").unwrap();
    common::edit(dir.path(), NR_RULES, |t| t.replacen("board = [\"03-01\", \"10-01\"]", "board = [\"04-15\", \"11-02\"]", 1));
    common::edit(dir.path(), NR_SCHEME, |t| t.replacen("closed_from = \"2023-11-15\"", "closed_from = \"2023-11-20\"", 1));
    let (moved, report) = build(dir.path(), "norwegian-russian").unwrap();
    assert!(report.trim().is_empty(), "moving the dates leaves nothing to fix:\n{report}");
    for locale in Locale::ALL {
        let f = shipped.catalog.formats(locale);
        let deadlines = |days: [(u8, u8); 2]| f.list(&days.map(|(m, d)| f.yearly(m, d)));
        let (old, new) = (deadlines([(3, 1), (10, 1)]), deadlines([(4, 15), (11, 2)]));
        for id in ["kb-deadlines-short", "kb-deadlines-body"] {
            let (was, is) = (article(&shipped, locale, id), article(&moved, locale, id));
            assert!(was.contains(&old), "[{locale}] {id}: {was}");
            assert!(is.contains(&new) && !is.contains(&old), "[{locale}] {id}: {is}");
        }
        // The day the scheme closed, in an article and in texts that receive no values at all.
        let day = |d: u8| f.date(barents_bot::core::value::Date::new(2023, 11, d).unwrap());
        let about = |c: &Content| c.catalog.format(locale, &MessageId::new("about-secretariat"), None);
        for (was, is) in [(article(&shipped, locale, "kb-since-2022-short"), article(&moved, locale, "kb-since-2022-short")), (about(&shipped), about(&moved))] {
            assert!(was.contains(&day(15)), "[{locale}] {was}");
            assert!(is.contains(&day(20)) && !is.contains(&day(15)), "[{locale}] {is}");
        }
    }
}

#[test]
fn a_date_a_rule_defines_written_out_is_warned_with_what_to_write() {
    let dir = common::copy_of_shipped();
    common::edit(dir.path(), "locales/nb/rules.ftl", |t| t.replacen("søknadsfrist { $board_deadlines }", "søknadsfrist 1. mars og 1. oktober", 1));
    common::edit(dir.path(), "locales/ru/main.ftl", |t| t.replacen("{ -norwegian-russian-closed }", "15 ноября 2023 года", 1));
    let (_, report) = build(dir.path(), "nordic-2024").unwrap();
    assert_eq!(report.matches(": warning: ").count(), 3, "{report}");
    let line = |file: &str, needle: &str| std::fs::read_to_string(dir.path().join(file)).unwrap().lines().position(|l| l.contains(needle)).unwrap() + 1;
    let nb = line("locales/nb/rules.ftl", "søknadsfrist 1. mars");
    let board = line(NR_RULES, "board =");
    for day in ["1. mars", "1. oktober"] {
        let want = format!("locales/nb/rules.ftl:{nb}: warning: `note-nr-board` writes {day}, which {NR_RULES}:{board} defines as a board deadline: write {{ $board_deadlines }} so it follows the file");
        assert!(report.contains(&want), "want {want}\n{report}");
    }
    let ru = line("locales/ru/main.ftl", "15 ноября 2023 года");
    let closed = line(NR_SCHEME, "closed_from");
    let want = format!("locales/ru/main.ftl:{ru}: warning: `about-secretariat` writes 15 ноября 2023, which {NR_SCHEME}:{closed} defines as the date the scheme closed (`closed_from`): write {{ -norwegian-russian-closed }} so it follows the file");
    assert!(report.contains(&want), "want {want}\n{report}");
}

#[test]
fn a_misspelt_term_is_an_error_with_the_term_meant() {
    let dir = common::copy_of_shipped();
    common::edit(dir.path(), "locales/en/main.ftl", |t| t.replacen("{ -norwegian-russian-closed }", "{ -norwegian-russian-close }", 1));
    let report = build(dir.path(), "nordic-2024").unwrap_err();
    let line = std::fs::read_to_string(dir.path().join("locales/en/main.ftl")).unwrap().lines().position(|l| l.contains("{ -norwegian-russian-close }")).unwrap() + 1;
    let want = format!("locales/en/main.ftl:{line}: error: `about-secretariat` uses the term `{{ -norwegian-russian-close }}`, which does not exist; did you mean `{{ -norwegian-russian-closed }}`?");
    assert!(report.contains(&want), "want {want}\n{report}");
}

#[test]
fn a_misspelt_value_is_an_error_at_its_line_with_the_name_meant() {
    let dir = common::copy_of_shipped();
    common::edit(dir.path(), RULES, |t| t.replace("lt = \"small_project\"", "lt = \"smal_project\""));
    let report = build(dir.path(), "nordic-2024").map(|_| ()).expect_err("a misspelt value must be an error");
    let text = std::fs::read_to_string(dir.path().join(RULES)).unwrap();
    let line = text.lines().position(|l| l.starts_with("when") && l.contains("smal_project")).unwrap() + 1;
    let want = format!("{RULES}:{line}: error: unknown value `smal_project`: did you mean `small_project`?");
    assert!(report.contains(&want), "want {want}\n{report}");
}
