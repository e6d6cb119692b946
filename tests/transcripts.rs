//! Conversation transcripts, kept as data in `tests/transcripts/*.toml`, run in every locale.
//! Each turn says what the user sends and which messages (by Fluent id) the bot answers with,
//! so one file checks the same conversation in en, nb and ru.
//!
//! A conversation that touches nobody else runs on the pure turn ([`engine::step_in`]), with no
//! store at all: the core decides every reply. Every transcript also runs through the runtime
//! and a store, as an adapter drives it, and must read the same; those between several users
//! (the partner registry) say `runtime = true` and run only that way.

mod common;

use barents_bot::core::content::Content;
use barents_bot::core::effect::{Effect, Event, Inbound};
use barents_bot::core::engine;
use barents_bot::core::ids::{Platform, UserKey};
use barents_bot::core::locale::Locale;
use barents_bot::core::reply::Reply;
use barents_bot::core::session::UserState;
use barents_bot::core::value::Value;
use barents_bot::core::world::Snapshot;
use barents_bot::runtime::Runtime;
use barents_bot::store::MemoryStore;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::Arc;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Transcript {
    description: String,
    /// Which funding schemes are open, comma-separated as `BARENTS_RULES` (read before parsing,
    /// to load the right content).
    #[serde(default = "default_rules")]
    #[allow(dead_code)]
    rules: String,
    /// Needs the runtime and a store (several users meet in it): not run on the pure turn.
    #[serde(default)]
    runtime: bool,
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
    "nordic-2024".into()
}

fn default_now() -> i64 {
    1_795_000_000 // 2026-11-18
}

/// How a transcript's messages reach the bot.
enum Way {
    /// The pure turn, with a world held in memory and no store.
    Pure,
    /// The runtime with an in-memory store, as an adapter drives it.
    Runtime,
}

/// One user's conversation, either way.
struct Chat<'c> {
    content: &'c Arc<Content>,
    locale: Locale,
    now: i64,
    user: UserState,
    key: UserKey,
    /// The pure way's world: what the user's own turns filed (drafts) is there at the next.
    world: Snapshot,
    /// The pure way's anonymous records: questions kept, "did this help?" counts.
    kept: Vec<String>,
    feedback: BTreeMap<String, [u64; 2]>,
    runtime: Option<Runtime>,
}

impl Chat<'_> {
    fn send(&mut self, event: Event) -> Vec<Reply> {
        let inbound = Inbound { event, locale_hint: Some(self.locale), now: self.now };
        if let Some(runtime) = &self.runtime {
            let replies = runtime.turn(&self.key, inbound);
            self.user = runtime.store.load(&self.key).expect("the memory store loads");
            return replies;
        }
        let turned = engine::step_in(self.content, &self.world, std::mem::take(&mut self.user), &inbound);
        for effect in turned.effects {
            match effect {
                Effect::FileDraft(d) => self.world.drafts.push(*d),
                Effect::KeepQuestion(q) => self.kept.push(q.text),
                Effect::Feedback { article, helpful, .. } => self.feedback.entry(article.to_string()).or_default()[usize::from(!helpful)] += 1,
                _ => {}
            }
        }
        self.user = turned.user;
        turned.replies
    }

    /// What the person answered: the session's answers over those of the draft they last filed
    /// (filing takes the form's own answers out of the session).
    fn answers(&self) -> BTreeMap<barents_bot::core::ids::SlotName, Value> {
        let filed = match &self.runtime {
            Some(r) => r.store.drafts().unwrap().into_iter().rfind(|d| d.user == self.key),
            None => self.world.drafts.last().cloned(),
        };
        let mut answers = filed.map(|d| d.answers).unwrap_or_default();
        answers.extend(self.user.session.slots.clone());
        answers
    }

    fn kept(&self) -> Vec<String> {
        match &self.runtime {
            Some(r) => r.store.questions().unwrap().into_iter().map(|q| q.text).collect(),
            None => self.kept.clone(),
        }
    }

    fn feedback(&self) -> BTreeMap<String, [u64; 2]> {
        match &self.runtime {
            Some(r) => r.store.feedback().unwrap().into_iter().map(|(a, f)| (a.to_string(), [f.helpful, f.not_helpful])).collect(),
            None => self.feedback.clone(),
        }
    }
}

/// Runs one transcript, one of the ways, in `locale`.
fn run(t: &Transcript, content: &Arc<Content>, locale: Locale, way: Way) -> Result<(), String> {
    let key = UserKey::new(Platform::Console, "transcript");
    let runtime = matches!(way, Way::Runtime).then(|| Runtime::new(content.clone(), Arc::new(MemoryStore::new())));
    let mut chat = Chat { content, locale, now: t.now, user: UserState::default(), world: Snapshot::new(key.clone()), key, kept: Vec::new(), feedback: BTreeMap::new(), runtime };
    let mut question;
    let check = |n: usize, what: &str, replies: &[Reply], expect: &[String], contains: &BTreeMap<String, String>| {
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
    let replies = chat.send(Event::Resume);
    check(0, "start", &replies, &t.start, &BTreeMap::new())?;
    question = chat.user.session.question;
    for (i, turn) in t.turns.iter().enumerate() {
        let n = i + 1;
        let (event, what) = match (&turn.say, &turn.press, &turn.press_stale) {
            (Some(text), None, None) => (Event::Text(text.clone()), format!("say {text:?}")),
            (None, Some(v), None) => (Event::Button { question, value: v.clone() }, format!("press {v}")),
            (None, None, Some(v)) => (Event::Button { question: question - 1, value: v.clone() }, format!("stale press {v}")),
            _ => return Err(format!("turn {n}: give exactly one of say, press, press_stale")),
        };
        let replies = chat.send(event);
        check(n, &what, &replies, &turn.expect, &turn.contains)?;
        question = chat.user.session.question;
        assert!(replies.iter().filter(|r| r.choices.is_some()).all(|r| r.choices.as_ref().unwrap().question <= question));
    }
    // The answers as the conditions read them: with the facts of the scheme they follow.
    let mut facts = chat.answers();
    let today = barents_bot::core::value::Date::from_unix(t.now);
    if let Some(c) = content.schemes.assess(&content.settings.open_schemes, &facts.clone(), today).chosen() {
        c.add_facts(&mut facts);
    }
    for (slot, want) in &t.slots {
        let got = facts.get(&slot.as_str().into());
        let ok = match (got, want) {
            (Some(Value::Choices(items)), toml::Value::Array(w)) => items.iter().map(|i| toml::Value::String(i.clone())).eq(w.iter().cloned()),
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
        let got = chat.kept();
        if &got != want {
            return Err(format!("kept questions: expected {want:?}, got {got:?}"));
        }
    }
    let counts = chat.feedback();
    if !t.feedback.is_empty() && counts != t.feedback {
        return Err(format!("feedback: expected {:?}, got {counts:?}", t.feedback));
    }
    let _ = &t.description;
    Ok(())
}

fn texts(replies: &[Reply]) -> String {
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
    let mut pure = 0;
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let t: Transcript = match toml::from_str(&std::fs::read_to_string(path).unwrap()) {
            Ok(t) => t,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        let content = contents.entry(t.rules.clone()).or_insert_with(|| Arc::new(common::content(&t.rules)));
        pure += usize::from(!t.runtime);
        for locale in Locale::ALL {
            for (way, label) in [(Way::Pure, "pure turn"), (Way::Runtime, "runtime")] {
                if matches!(way, Way::Pure) && t.runtime {
                    continue;
                }
                if let Err(e) = run(&t, content, locale, way) {
                    failures.push(format!("{name} [{locale}, {label}]: {e}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
    assert!(pure * 2 > files.len(), "most transcripts need no store: {pure} of {}", files.len());
}

#[test]
fn shipped_texts_use_the_plural_forms_of_each_language() {
    use barents_bot::core::ids::MessageId;
    use fluent_bundle::{FluentArgs, FluentValue};
    let content = common::content("nordic-2024");
    let format = |locale, id: &str, name: &str, n: i64| {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(n));
        args.set("min", FluentValue::from(n));
        args.set("length", FluentValue::from(1));
        content.catalog.format(locale, &MessageId::new(id), Some(&args))
    };
    for (n, word) in [(1, "1 символ,"), (21, "21 символ,"), (3, "3 символа,"), (24, "24 символа,"), (5, "5 символов,"), (11, "11 символов,")] {
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

/// What a screen shows that did not come from a Fluent message, in the pseudo-locale: the
/// text outside `⟦…⟧` once the user's own words and data (numbers, ids, addresses, links)
/// are taken out. Empty when every word and mark on the screen is a translator's.
fn not_from_fluent(text: &str, said: &[String]) -> String {
    use barents_bot::core::i18n::{PSEUDO_CLOSE, PSEUDO_OPEN};
    let mut outside = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            PSEUDO_OPEN => depth += 1,
            PSEUDO_CLOSE => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => outside.push(' '),
        }
    }
    // What the user typed comes back as they typed it (names, titles, descriptions), whole or
    // word by word; data, not language: links, e-mail addresses, draft ids, numbers and amounts.
    let mut whole: Vec<&str> = said.iter().map(|s| s.trim()).filter(|s| s.chars().count() > 2).collect();
    whole.sort_by_key(|w| std::cmp::Reverse(w.len()));
    for w in whole {
        outside = outside.replace(w, " ");
    }
    let data = regex::Regex::new(r"https?://\S+|\S+@\S+|BS-\d{4}-\d{4}|[+]?\d[\d,.:/\u{a0}\u{202f}]*\d|\d").unwrap();
    let mut outside = data.replace_all(&outside, " ").into_owned();
    let mut words: Vec<&str> = said.iter().flat_map(|s| s.split_whitespace()).filter(|w| w.chars().count() > 1).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    for w in words {
        outside = outside.replace(w, " ");
    }
    outside.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every screen of every transcript, in an accented, lengthened pseudo-locale: no text that
/// did not come from a Fluent message (words or punctuation written in Rust, a concatenation),
/// and no raw placeholder.
#[test]
fn every_screen_of_every_transcript_comes_from_fluent_in_a_pseudo_locale() {
    // What it catches: a bullet, a dash or a word written in Rust; not the user's words or data.
    assert_eq!(not_from_fluent("• ⟦Ţĥíìš⟧ – Kari, 50,000 BS-2026-0001 ok", &["Kari".into()]), "• – , ok");
    assert_eq!(not_from_fluent("⟦Ğóòàáļš: ⟧Young singers aged 14 to 19 https://barents.no", &["Young singers aged 14 to 19".into()]), "");
    let dir = common::repo().join("tests/transcripts");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut contents: BTreeMap<String, Arc<Content>> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut screens = 0;
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let t: Transcript = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let content = contents.entry(t.rules.clone()).or_insert_with(|| {
            let mut c = common::content(&t.rules);
            c.catalog = std::mem::replace(&mut c.catalog, barents_bot::core::i18n::Catalog::load([], &mut Default::default())).pseudo_localized();
            Arc::new(c)
        });
        let key = UserKey::new(Platform::Console, "pseudo");
        let runtime = Runtime::new(content.clone(), Arc::new(MemoryStore::new()));
        let mut said: Vec<String> = Vec::new();
        let mut question = 0;
        let mut events = vec![(Event::Resume, "start".to_owned())];
        for turn in &t.turns {
            events.push(match (&turn.say, &turn.press, &turn.press_stale) {
                (Some(text), _, _) => (Event::Text(text.clone()), format!("say {text:?}")),
                (_, Some(v), _) => (Event::Button { question: u32::MAX, value: v.clone() }, format!("press {v}")),
                (_, _, Some(v)) => (Event::Button { question: u32::MAX - 1, value: v.clone() }, format!("stale press {v}")),
                _ => continue,
            });
        }
        for (n, (event, what)) in events.into_iter().enumerate() {
            let event = match event {
                Event::Button { question: q, value } => Event::Button { question: if q == u32::MAX { question } else { question.saturating_sub(1) }, value },
                Event::Text(text) => {
                    said.push(text.clone());
                    Event::Text(text)
                }
                other => other,
            };
            let replies = runtime.turn(&key, Inbound { event, locale_hint: Some(Locale::En), now: t.now });
            question = runtime.store.load(&key).unwrap().session.question;
            // `/mydata`'s file is data for machines (JSON, keys as documented), not a text.
            for r in replies.iter().filter(|r| r.key.as_str() != "mydata-document") {
                screens += 1;
                let labels = r.choices.iter().flat_map(|c| &c.options).map(|o| o.label.as_str());
                for shown in std::iter::once(r.text.as_str()).chain(labels) {
                    if shown.contains("{$") || shown.contains("{ $") || shown.contains(&format!("[{}]", r.key)) {
                        failures.push(format!("{name} turn {n} ({what}): a raw placeholder in [{}]: {shown:?}", r.key));
                    }
                    let stray = not_from_fluent(shown, &said);
                    if !stray.is_empty() {
                        failures.push(format!("{name} turn {n} ({what}): [{}] shows {stray:?}, not from Fluent, in:\n{shown}", r.key));
                    }
                }
            }
        }
    }
    assert!(screens > 500, "only {screens} screens were seen");
    failures.dedup();
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n\n"));
}

/// Every message, in the pseudo-locale with every variable given: no raw placeholder, and all
/// of its text a translator's.
#[test]
fn every_message_renders_in_a_pseudo_locale() {
    use fluent_bundle::FluentArgs;
    let content = common::content("nordic-2024");
    let catalog = content.catalog.pseudo_localized();
    let mut failures = Vec::new();
    let ids: Vec<String> = catalog.language(Locale::En).messages.keys().cloned().collect();
    assert!(ids.len() > 300, "{} messages", ids.len());
    for id in &ids {
        let mut args = FluentArgs::new();
        for v in catalog.variables(Locale::En, id) {
            args.set(v, "ARG");
        }
        let text = catalog.format(Locale::En, &barents_bot::core::ids::MessageId::new(id.clone()), Some(&args));
        if text.contains("{$") || text.contains("{ $") || text.starts_with('[') || !text.contains('⟦') {
            failures.push(format!("{id}: {text:?}"));
        }
        let stray = not_from_fluent(&text, &["ARG".to_owned()]);
        if !stray.is_empty() {
            failures.push(format!("{id}: {stray:?} outside the translator's text in {text:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
