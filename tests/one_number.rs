//! One number, one place: a rule-set version names the numbers its rules decide by
//! (`[values] small_project = 50000`), and the rules and every text that states them use the
//! name. In a copy of the content, changing `small_project` in that one place changes the
//! verdict, the reason it gives and every advice article about it, in English, Norwegian and
//! Russian, each writing the number as the language does.

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

/// The shipped content copied to `dir`, with `edit` applied to the nordic scheme's version file.
fn copy_with(dir: &Path, edit: impl Fn(&str) -> String) -> Content {
    for source in common::sources(&common::repo()) {
        let path = dir.join(&source.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let text = if source.path == RULES { edit(&source.text) } else { source.text };
        std::fs::write(path, text).unwrap();
    }
    let settings = EngineSettings { open_schemes: vec!["nordic-2024".into()], ..EngineSettings::default() };
    match Content::build(&common::sources(dir), settings) {
        Ok((c, _)) => c,
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
    let shipped = tempfile::tempdir().unwrap();
    let shipped = copy_with(shipped.path(), str::to_owned);
    let lowered = tempfile::tempdir().unwrap();
    let lowered = copy_with(lowered.path(), |text| {
        assert_eq!(text.matches("small_project = 50000").count(), 1, "defined once");
        text.replace("small_project = 50000", "small_project = 30000")
    });
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
fn a_misspelt_value_is_an_error_at_its_line_with_the_name_meant() {
    let dir = tempfile::tempdir().unwrap();
    for source in common::sources(&common::repo()) {
        let path = dir.path().join(&source.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let text = if source.path == RULES { source.text.replace("lt = \"small_project\"", "lt = \"smal_project\"") } else { source.text };
        std::fs::write(path, text).unwrap();
    }
    let settings = EngineSettings { open_schemes: vec!["nordic-2024".into()], ..EngineSettings::default() };
    let report = match Content::build(&common::sources(dir.path()), settings) {
        Ok(_) => panic!("a misspelt value must be an error"),
        Err(report) => report.to_string(),
    };
    let text = std::fs::read_to_string(dir.path().join(RULES)).unwrap();
    let line = text.lines().position(|l| l.starts_with("when") && l.contains("smal_project")).unwrap() + 1;
    let want = format!("{RULES}:{line}: error: unknown value `smal_project`: did you mean `small_project`?");
    assert!(report.contains(&want), "want {want}\n{report}");
}
