//! Micro-benchmarks of the core, in memory: loading and checking all shipped content, one turn
//! of the engine (a text answer, a choice, a failed validation), reading one free-text message
//! where it was typed (a menu, a choice, several options, a number, a text answer, a question
//! inside a form), formatting a typical message, and matching a free-text question to the
//! knowledge base; and, for the scaling notes, the load and a turn with the content copied 4 and
//! 16 times over.
//!
//! `cargo bench --bench engine`; figures and the machine they came from are in BENCHMARKS.md.

use barents_bot::content::Location;
use barents_bot::core::content::{Content, EngineSettings, Source};
use barents_bot::core::effect::{Event, Inbound};
use barents_bot::core::engine;
use barents_bot::core::ids::MessageId;
use barents_bot::core::locale::Locale;
use barents_bot::core::session::UserState;
use criterion::{BatchSize, Criterion, black_box, criterion_group, criterion_main};

const NOW: i64 = 1_795_000_000;

fn inbound(text: &str) -> Inbound {
    Inbound { event: Event::Text(text.to_owned()), locale_hint: Some(Locale::En), now: NOW }
}

/// The state after these messages, from a new user.
fn after(content: &Content, texts: &[&str]) -> UserState {
    let mut user = engine::step(content, UserState::default(), &Inbound { event: Event::Resume, locale_hint: Some(Locale::En), now: NOW }).user;
    for t in texts {
        user = engine::step(content, user, &inbound(t)).user;
    }
    user
}

/// The shipped content with `copies - 1` more of every dialog (under new ids) and of every
/// message (its id suffixed), so there is `copies` times as much to load and look up.
fn scaled(sources: &[Source], copies: usize) -> Vec<Source> {
    let mut out = sources.to_vec();
    for k in 1..copies {
        for s in sources {
            if s.path.starts_with("dialogs/") && s.path.ends_with(".toml") {
                // The dialog's own id is the first `id =` line; its steps keep theirs.
                let text = s.text.replacen("\nid = \"", &format!("\nid = \"copy{k}-"), 1);
                out.push(Source { path: s.path.replace("dialogs/", &format!("dialogs/copy{k}-")), text });
            } else if s.path.ends_with(".ftl") {
                let renamed = s.text.lines().map(|l| match l.split_once(" =") {
                    Some((id, rest)) if id.starts_with(|c: char| c.is_ascii_lowercase()) && !id.contains(' ') => format!("copy{k}-{id} ={rest}"),
                    _ => l.to_owned(),
                });
                let extra = renamed.filter(|l| !l.starts_with('-')).collect::<Vec<_>>().join("\n");
                let main = out.iter_mut().find(|o| o.path == s.path).expect("the file itself");
                main.text = format!("{}\n{extra}\n", main.text);
            }
        }
    }
    out
}

/// The application up to the organisation's name: the check's questions it asks first.
const CHECK_IN_APPLICATION: &[&str] = &["/start application", "1", "yes", "3", "1", "1", "1", "1, 2", "1", "no"];

fn benches(c: &mut Criterion) {
    let sources = Location::Embedded.read().expect("the built-in content");
    c.bench_function("load and check all content", |b| b.iter(|| Content::build(black_box(&sources), EngineSettings::default()).expect("valid")));

    let content = Content::build(&sources, EngineSettings::default()).expect("valid").0;
    // The application asks the check's questions first: past them, at the organisation's name.
    let at_text = after(&content, CHECK_IN_APPLICATION);
    let at_choice = after(&content, &["/start eligibility"]);
    let at_orgnr = after(&content, &[CHECK_IN_APPLICATION, &["Kirkenes Choir"]].concat());
    let mut turns = c.benchmark_group("one turn");
    turns.bench_function("text answer", |b| b.iter_batched(|| at_text.clone(), |u| engine::step(&content, u, &inbound("Kirkenes Choir")), BatchSize::SmallInput));
    turns.bench_function("choice", |b| b.iter_batched(|| at_choice.clone(), |u| engine::step(&content, u, &inbound("1")), BatchSize::SmallInput));
    turns.bench_function("failed validation", |b| b.iter_batched(|| at_orgnr.clone(), |u| engine::step(&content, u, &inbound("12345")), BatchSize::SmallInput));
    turns.bench_function("a question inside a form", |b| {
        b.iter_batched(|| at_text.clone(), |u| engine::step(&content, u, &inbound("what do you mean by applying organisation?")), BatchSize::SmallInput)
    });
    turns.finish();

    // Reading one message where it was typed, as the engine does before acting on it.
    let mut reading = c.benchmark_group("read one message");
    for (name, at, text) in [
        ("menu, a journey in words", "main/menu", "i want to write an application for our choir"),
        ("menu, a greeting", "main/menu", "hei!"),
        ("choice, a place", "eligibility/applicant-region", "we're in Vadsø"),
        ("choice, Latin-typed Russian", "eligibility/applicant-type", "my obshchestvennaya organizatsiya"),
        ("multiple choice, two in words", "eligibility/topics", "образование и культура"),
        ("number, approximate", "eligibility/budget", "ca 80 000 kr"),
        ("text, an answer", "application/org-name", "Kirkenes Choir"),
        ("text, a question about the step", "application/org-name", "what do you mean by applying organisation?"),
    ] {
        let (dialog, step) = at.split_once('/').expect("dialog/step");
        let step = content.dialogs.step(&dialog.into(), &step.into()).expect("a shipped step");
        let context = barents_bot::core::understand::Context::of_step(&step.kind, false).expect("a step that reads text");
        let about = content.understanding.about(step);
        reading.bench_function(name, |b| b.iter(|| content.read_message(black_box(text), &context, about)));
    }
    reading.finish();

    let mut args = fluent_bundle::FluentArgs::new();
    args.set("id", "BS-2026-0007");
    args.set("portal", "https://barents.no");
    let id = MessageId::new("draft-submitted");
    let mut hearing = c.benchmark_group("hear a place in Russia");
    for (name, text) in [
        ("a short answer", "Kirkenes Choir"),
        ("a project summary", "Two youth choirs rehearse the same repertoire online and meet for two joint concerts, one in each country."),
        ("\"we are from Murmansk\"", "we are from Murmansk"),
    ] {
        hearing.bench_function(name, |b| b.iter(|| content.understanding.names_at_risk_country(black_box(text))));
    }
    hearing.finish();
    c.bench_function("format a message", |b| b.iter(|| content.catalog.format(Locale::Nb, black_box(&id), Some(&args))));
    c.bench_function("match a question to the knowledge base", |b| b.iter(|| content.knowledge.search(black_box("trenger vi tolk på møtene?"))));

    let mut scaling = c.benchmark_group("content size");
    scaling.sample_size(20);
    for copies in [1, 4, 16] {
        let sources = scaled(&sources, copies);
        let content = Content::build(&sources, EngineSettings::default()).expect("the copies are valid content").0;
        scaling.bench_function(format!("load and check, {copies}x"), |b| b.iter(|| Content::build(black_box(&sources), EngineSettings::default()).expect("valid")));
        let at_text = after(&content, CHECK_IN_APPLICATION);
        scaling.bench_function(format!("text answer, {copies}x"), |b| b.iter_batched(|| at_text.clone(), |u| engine::step(&content, u, &inbound("Kirkenes Choir")), BatchSize::SmallInput));
    }
    scaling.finish();
}

criterion_group!(engine_benches, benches);
criterion_main!(engine_benches);
