//! An answer inside a text reads as the person chose it: `{ $topics }` is the labels of the
//! topics chosen, in the reader's language and joined as it joins a list ("culture and sport",
//! "kultur og idrett", "культура и спорт"), and a single choice is its label ("Тромс"), never the
//! option values the rules test ("culture", "troms").

mod common;

use barents_bot::core::content::{Content, EngineSettings, Source};
use barents_bot::core::dialog::{Input, StepKind};
use barents_bot::core::effect::{Event, Inbound};
use barents_bot::core::engine;
use barents_bot::core::locale::Locale;
use barents_bot::core::session::UserState;

/// The shipped content, with the question after the topics naming the topics and the region.
fn content() -> Content {
    let sources: Vec<Source> = common::sources(&common::repo())
        .into_iter()
        .map(|mut s| {
            if s.path.ends_with("/eligibility.ftl") {
                s.text = s.text.replace("eligibility-costs = ", "eligibility-costs = [{ $topics } | { $applicant_region }] ");
            }
            s
        })
        .collect();
    let settings = EngineSettings { open_schemes: vec!["nordic-2024".into()], ..EngineSettings::default() };
    match Content::build(&sources, settings) {
        Ok((c, _)) => c,
        Err(report) => panic!("{report}"),
    }
}

fn answer(slot: &str) -> &'static str {
    match slot {
        "applicant_type" => "ngo",
        "applicant_region" => "troms",
        "partner_countries" => "sweden",
        "partner_region_se" => "norrbotten",
        "topics" => "culture, sport",
        "partner_role" => "together",
        "cooperation" => "Our choir and the choir in Lulea choose the repertoire together over video and give two joint concerts.",
        other => panic!("no answer for {other}"),
    }
}

/// The text of the costs question, asked after the topics, in `locale`.
fn costs_question(content: &Content, locale: Locale) -> String {
    let dialog = content.dialogs.get(&content.settings.criteria_dialog).unwrap();
    let send = |user: UserState, text: &str| engine::step(content, user, &Inbound { event: Event::Text(text.into()), locale_hint: Some(locale), now: 1_796_000_000 });
    let mut turned = send(UserState::default(), "/start eligibility");
    for _ in 0..30 {
        let question = turned.replies.iter().rev().find(|r| r.kind == barents_bot::core::reply::Kind::Question).expect("a question");
        if question.key.as_str() == "eligibility-costs" {
            return question.text.clone();
        }
        let step = dialog.steps.iter().find(|s| matches!(&s.kind, StepKind::Ask(q) if q.text.id == question.key)).expect("a question of the check");
        let StepKind::Ask(q) = &step.kind else { unreachable!() };
        let typed = match &q.input {
            Input::Choice { options } | Input::Multi { options, .. } => answer(q.slot.as_str())
                .split(", ")
                .map(|v| (options.iter().position(|o| o.value == v).unwrap() + 1).to_string())
                .collect::<Vec<_>>()
                .join(", "),
            Input::YesNo => if q.slot.as_str() == "registered" { "yes" } else { "no" }.to_owned(),
            _ => answer(q.slot.as_str()).to_owned(),
        };
        turned = send(turned.user, &typed);
    }
    panic!("the costs question never came")
}

#[test]
fn a_choice_in_a_text_reads_as_its_label_in_the_reader_s_language() {
    let content = content();
    for (locale, want) in [(Locale::En, "[culture and sport | Troms]"), (Locale::Nb, "[kultur og idrett | Troms]"), (Locale::Ru, "[культура и спорт | Тромс]")] {
        let text = costs_question(&content, locale);
        assert!(text.starts_with(want), "[{locale}] {text}");
    }
}
