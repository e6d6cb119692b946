//! Conversation transcripts, kept as data in `tests/transcripts/*.toml`, run through the real
//! engine in every locale. Each turn says what the user sends and which messages (by Fluent
//! id) the bot answers with, so one file checks the same conversation in en, nb and ru.

mod common;

use barents_bot::core::content::Content;
use barents_bot::core::effect::{Effect, Event, Inbound};
use barents_bot::core::locale::Locale;
use barents_bot::core::session::UserState;
use barents_bot::core::ids::{Platform, UserKey};
use barents_bot::core::value::Value;
use barents_bot::runtime::Runtime;
use barents_bot::store::MemoryStore;
use std::sync::Arc;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Transcript {
    description: String,
    /// Which rule set is active (read before parsing, to load the right content).
    #[serde(default = "default_rules")]
    #[allow(dead_code)]
    rules: String,
    /// Unix time of every message; fixes "today" for date questions.
    #[serde(default = "default_now")]
    now: i64,
    /// The first reply of a session (new user: the main menu).
    start: Vec<String>,
    #[serde(rename = "turn")]
    turns: Vec<Turn>,
    /// Slots that must hold these values at the end (strings, numbers or booleans).
    #[serde(default)]
    slots: BTreeMap<String, toml::Value>,
    /// Questions the resource centre kept for the advisers at the end, as stored (anonymised).
    #[serde(default)]
    kept: Option<Vec<String>>,
    /// "Did this help?" counts at the end, per article: [helpful, not helpful].
    #[serde(default)]
    feedback: BTreeMap<String, [u64; 2]>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Turn {
    /// Typed text.
    say: Option<String>,
    /// A button press on the current question, by option value.
    press: Option<String>,
    /// A button press on the question before the current one.
    press_stale: Option<String>,
    /// Replies expected, in order, by Fluent id.
    expect: Vec<String>,
    /// Text that must appear in the replies, per locale.
    #[serde(default)]
    contains: BTreeMap<String, String>,
}

fn default_rules() -> String {
    "norwegian-russian".into()
}

fn default_now() -> i64 {
    1_795_000_000 // 2026-11-18
}

/// Runs one transcript through the runtime (engine + an in-memory store), as an adapter would.
fn run(path: &std::path::Path, content: &Arc<Content>, locale: Locale) -> Result<(), String> {
    let t: Transcript = toml::from_str(&std::fs::read_to_string(path).unwrap()).map_err(|e| e.to_string())?;
    let runtime = Runtime::new(content.clone(), Arc::new(MemoryStore::new()));
    let key = UserKey::new(Platform::Console, "transcript");
    let mut user = UserState::default();
    let mut question;
    let send = |user: &mut UserState, event: Event| -> Vec<barents_bot::core::effect::Reply> {
        let inbound = Inbound { event, locale_hint: Some(locale), now: t.now };
        let effects = runtime.turn(&key, inbound);
        *user = runtime.store.load(&key).expect("the memory store loads");
        effects.iter().filter_map(Effect::reply).cloned().collect()
    };
    let check = |n: usize, what: &str, replies: &[barents_bot::core::effect::Reply], expect: &[String], contains: &BTreeMap<String, String>| {
        let keys: Vec<&str> = replies.iter().map(|r| r.key.as_str()).collect();
        if keys != expect.iter().map(String::as_str).collect::<Vec<_>>() {
            return Err(format!("turn {n} ({what}): expected {expect:?}, got {keys:?}\n{}", texts(replies)));
        }
        for r in replies {
            if r.text.trim().is_empty() || r.text.contains("[") && r.text.contains(r.key.as_str()) || r.text.contains("{$") {
                return Err(format!("turn {n}: reply {} is not properly formatted: {:?}", r.key, r.text));
            }
        }
        if let Some(needle) = contains.get(locale.code()) {
            let all = texts(replies);
            if !all.contains(needle.as_str()) {
                return Err(format!("turn {n}: expected text {needle:?} in:\n{all}"));
            }
        }
        Ok(())
    };
    let replies = send(&mut user, Event::Resume);
    check(0, "start", &replies, &t.start, &BTreeMap::new())?;
    question = user.session.question;
    for (i, turn) in t.turns.iter().enumerate() {
        let n = i + 1;
        let (event, what) = match (&turn.say, &turn.press, &turn.press_stale) {
            (Some(text), None, None) => (Event::Text(text.clone()), format!("say {text:?}")),
            (None, Some(v), None) => (Event::Button { question, value: v.clone() }, format!("press {v}")),
            (None, None, Some(v)) => (Event::Button { question: question - 1, value: v.clone() }, format!("stale press {v}")),
            _ => return Err(format!("turn {n}: give exactly one of say, press, press_stale")),
        };
        let replies = send(&mut user, event);
        check(n, &what, &replies, &turn.expect, &turn.contains)?;
        question = user.session.question;
        assert!(replies.iter().filter(|r| r.choices.is_some()).all(|r| r.choices.as_ref().unwrap().question <= question));
    }
    for (slot, want) in &t.slots {
        let got = user.session.slots.get(&slot.as_str().into());
        let ok = match (got, want) {
            (Some(Value::Choice(s) | Value::Text(s)), toml::Value::String(w)) => s == w,
            (Some(Value::Number(n)), toml::Value::Integer(w)) => n == w,
            (Some(Value::Bool(b)), toml::Value::Boolean(w)) => b == w,
            (None, toml::Value::String(w)) => w == "<unset>",
            _ => false,
        };
        if !ok {
            return Err(format!("slot {slot}: expected {want:?}, got {got:?}"));
        }
    }
    if let Some(want) = &t.kept {
        let got: Vec<String> = runtime.store.questions().unwrap().into_iter().map(|q| q.text).collect();
        if &got != want {
            return Err(format!("kept questions: expected {want:?}, got {got:?}"));
        }
    }
    let counts: BTreeMap<String, [u64; 2]> = runtime.store.feedback().unwrap().into_iter().map(|(a, f)| (a.to_string(), [f.helpful, f.not_helpful])).collect();
    if !t.feedback.is_empty() && counts != t.feedback {
        return Err(format!("feedback: expected {:?}, got {counts:?}", t.feedback));
    }
    let _ = t.description;
    Ok(())
}

fn texts(replies: &[barents_bot::core::effect::Reply]) -> String {
    replies.iter().map(|r| format!("[{}] {}", r.key, r.text)).collect::<Vec<_>>().join("\n")
}

#[test]
fn every_transcript_passes_in_every_locale() {
    let dir = common::repo().join("tests/transcripts");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(files.len() >= 5, "transcripts are missing from {}", dir.display());
    let mut contents: BTreeMap<String, Arc<Content>> = BTreeMap::new();
    let mut failures = Vec::new();
    for path in &files {
        let rules = toml::from_str::<toml::Table>(&std::fs::read_to_string(path).unwrap())
            .unwrap()
            .get("rules")
            .and_then(|r| r.as_str())
            .unwrap_or("norwegian-russian")
            .to_owned();
        let content = contents.entry(rules.clone()).or_insert_with(|| Arc::new(common::content(&rules)));
        for locale in Locale::ALL {
            if let Err(e) = run(path, content, locale) {
                failures.push(format!("{} [{locale}]: {e}", path.file_name().unwrap().to_string_lossy()));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn shipped_texts_use_the_plural_forms_of_each_language() {
    use barents_bot::core::ids::MessageId;
    use fluent_bundle::{FluentArgs, FluentValue};
    let content = common::content("norwegian-russian");
    let format = |locale, id: &str, name: &str, n: i64| {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(n));
        args.set("min", FluentValue::from(n));
        args.set("length", FluentValue::from(1));
        content.catalog.format(locale, &MessageId::new(id), Some(&args))
    };
    for (n, word) in [(1, "1 символ "), (21, "21 символ "), (3, "3 символа "), (24, "24 символа "), (5, "5 символов "), (11, "11 символов ")] {
        let text = format(Locale::Ru, "invalid-too-short", "min", n);
        assert!(text.contains(word), "{n}: {text}");
    }
    for (n, word) in [(1, "1 профиль:"), (3, "3 профиля:"), (5, "5 профилей:"), (21, "21 профиль:"), (11, "11 профилей:")] {
        let text = format(Locale::Ru, "partner-results", "count", n);
        assert!(text.contains(word), "{n}: {text}");
    }
    for (n, word) in [(0, "ingen profiler"), (1, "én profil"), (7, "7 profiler")] {
        let text = format(Locale::Nb, "partner-home", "count", n);
        assert!(text.contains(word), "{n}: {text}");
    }
    for (n, word) in [(1, "1 alternativ,"), (2, "2 alternativer,"), (5, "5 alternativer,")] {
        let text = format(Locale::Nb, "invalid-multi-count", "max", n);
        assert!(text.contains(word), "{n}: {text}");
    }
    for (n, word) in [(1, "1 character "), (30, "30 characters ")] {
        let text = format(Locale::En, "invalid-too-short", "min", n);
        assert!(text.contains(word), "{n}: {text}");
    }
}
