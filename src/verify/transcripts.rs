//! Conversation transcripts, kept as data in `tests/transcripts/*.toml`, run in every locale.
//! Each turn says what the user sends and which messages (by Fluent id) the bot answers with,
//! so one file checks the same conversation in en, nb and ru.
//!
//! A conversation that touches nobody else runs on the pure turn ([`engine::step_in`]), with no
//! store at all: the core decides every reply. Every transcript also runs through the runtime
//! and an in-memory store, as an adapter drives it, and must read the same; those between
//! several users (the partner registry) say `runtime = true` and run only that way.
//!
//! A difference is told as an editor needs it: the file and line of the turn, what the
//! transcript expected, and what the bot said instead, with its text.

use super::{Contents, Failure, Numbered, glimpse, line_of, numbered, written};
use crate::core::content::Content;
use crate::core::effect::{Effect, Event, Inbound};
use crate::core::engine;
use crate::core::ids::{Platform, SlotName, UserKey};
use crate::core::locale::Locale;
use crate::core::reply::Reply;
use crate::core::session::UserState;
use crate::core::value::{Date, Value};
use crate::core::world::Snapshot;
use crate::runtime::Runtime;
use crate::store::MemoryStore;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

/// Where the transcripts are, from the content folder.
pub const DIR: &str = "tests/transcripts";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transcript {
    pub description: String,
    /// Which funding schemes are open, comma-separated as `BARENTS_RULES`.
    #[serde(default = "default_rules")]
    pub rules: String,
    /// Needs the runtime and a store (several users meet in it): not run on the pure turn.
    #[serde(default)]
    pub runtime: bool,
    /// Unix time of every message; fixes "today" for date questions.
    #[serde(default = "default_now")]
    pub now: i64,
    /// The first reply of a session (new user: the main menu).
    pub start: Vec<String>,
    #[serde(rename = "turn")]
    pub turns: Vec<Turn>,
    /// Slots that must hold these values at the end (strings, numbers or booleans).
    #[serde(default)]
    pub slots: BTreeMap<String, toml::Value>,
    /// Questions the resource centre kept for the advisers at the end, as stored (anonymised).
    #[serde(default)]
    pub kept: Option<Vec<String>>,
    /// "Did this help?" counts at the end, per article: [helpful, not helpful].
    #[serde(default)]
    pub feedback: BTreeMap<String, [u64; 2]>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Turn {
    /// Typed text.
    pub say: Option<String>,
    /// A button press on the current question, by option value.
    pub press: Option<String>,
    /// A button press on the question before the current one.
    pub press_stale: Option<String>,
    /// Replies expected, in order, by Fluent id.
    pub expect: Vec<String>,
    /// Text that must appear in the replies, per locale.
    #[serde(default)]
    pub contains: BTreeMap<String, String>,
}

fn default_rules() -> String {
    "nordic-2024".into()
}

fn default_now() -> i64 {
    1_795_000_000 // 2026-11-18
}

/// A transcript with where it came from: its file (from the content folder), its text, and
/// the line of each `[[turn]]`.
pub struct File {
    pub file: String,
    pub text: String,
    pub transcript: Transcript,
    turn_lines: Vec<usize>,
}

impl File {
    fn fail(&self, line: usize, message: String) -> Failure {
        Failure { file: self.file.clone(), line, message }
    }
}

/// Every `tests/transcripts/*.toml` under `root`, sorted by name; a file that does not parse
/// is a failure of its own.
pub fn read_all(root: &Path) -> (Vec<File>, Vec<Failure>) {
    let entries = match std::fs::read_dir(root.join(DIR)) {
        Ok(e) => e,
        Err(e) => return (Vec::new(), vec![Failure { file: DIR.to_owned(), line: 0, message: format!("cannot be read: {e}") }]),
    };
    let mut names: Vec<String> = entries.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.ends_with(".toml")).collect();
    names.sort();
    let (mut files, mut failures) = (Vec::new(), Vec::new());
    for name in names {
        let file = format!("{DIR}/{name}");
        match super::read::<Transcript>(root, &file) {
            Ok((transcript, text)) => {
                let turn_lines = numbered(vec![(); transcript.turns.len()], &text, "[[turn]]").into_iter().map(|Numbered { line, .. }| line).collect();
                files.push(File { file, text, transcript, turn_lines });
            }
            Err(f) => failures.push(f),
        }
    }
    (files, failures)
}

/// How a transcript's messages reach the bot.
#[derive(Clone, Copy, PartialEq)]
pub enum Way {
    /// The pure turn, with a world held in memory and no store.
    Pure,
    /// The runtime with an in-memory store, as an adapter drives it.
    Runtime,
}

impl Way {
    fn label(self) -> &'static str {
        match self {
            Way::Pure => "pure turn",
            Way::Runtime => "runtime",
        }
    }
}

/// Runs every transcript in every locale, each way it runs; one failure per transcript (the
/// first, English first), saying in which languages and ways it failed.
pub fn run_all(files: &[File], contents: &mut Contents) -> Vec<Failure> {
    let mut failures = Vec::new();
    for f in files {
        let content = match contents.open(&f.transcript.rules) {
            Ok(c) => c,
            Err(e) => {
                failures.push(f.fail(line_of(&f.text, "rules", 1), e));
                continue;
            }
        };
        let mut first: Option<Failure> = None;
        let mut where_ = Vec::new();
        for locale in Locale::ALL {
            for way in [Way::Pure, Way::Runtime] {
                if way == Way::Pure && f.transcript.runtime {
                    continue;
                }
                if let Err(e) = run(f, &content, locale, way) {
                    where_.push(format!("{locale} {}", way.label()));
                    first.get_or_insert(e);
                }
            }
        }
        if let Some(mut failure) = first {
            failure.message = format!("{} (fails in: {})", failure.message, where_.join(", "));
            failures.push(failure);
        }
    }
    failures
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
    fn send(&mut self, event: Event) -> Result<Vec<Reply>, String> {
        let inbound = Inbound { event, locale_hint: Some(self.locale), now: self.now };
        if let Some(runtime) = &self.runtime {
            let replies = runtime.turn(&self.key, inbound);
            self.user = runtime.store.load(&self.key).map_err(|e| format!("the memory store did not load the user: {e}"))?;
            return Ok(replies);
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
        Ok(turned.replies)
    }

    /// What the person answered: the session's answers over those of the draft they last filed
    /// (filing takes the form's own answers out of the session).
    fn answers(&self) -> BTreeMap<SlotName, Value> {
        let filed = match &self.runtime {
            Some(r) => r.store.drafts().ok().and_then(|ds| ds.into_iter().rfind(|d| d.user == self.key)),
            None => self.world.drafts.last().cloned(),
        };
        let mut answers = filed.map(|d| d.answers).unwrap_or_default();
        answers.extend(self.user.session.slots.clone());
        answers
    }

    fn kept(&self) -> Vec<String> {
        match &self.runtime {
            Some(r) => r.store.questions().map(|qs| qs.into_iter().map(|q| q.text).collect()).unwrap_or_default(),
            None => self.kept.clone(),
        }
    }

    fn feedback(&self) -> BTreeMap<String, [u64; 2]> {
        match &self.runtime {
            Some(r) => r.store.feedback().map(|fs| fs.into_iter().map(|(a, f)| (a.to_string(), [f.helpful, f.not_helpful])).collect()).unwrap_or_default(),
            None => self.feedback.clone(),
        }
    }
}

/// What the person does at a turn, in an editor's words, and the event it is.
fn action(turn: &Turn, question: u32) -> Result<(Event, String), String> {
    match (&turn.say, &turn.press, &turn.press_stale) {
        (Some(text), None, None) => Ok((Event::Text(text.clone()), format!("you send {text:?}"))),
        (None, Some(v), None) => Ok((Event::Button { question, value: v.clone() }, format!("you press the button {v:?}"))),
        (None, None, Some(v)) => Ok((Event::Button { question: question.saturating_sub(1), value: v.clone() }, format!("you press {v:?} on the question before"))),
        _ => Err("give exactly one of say, press, press_stale".to_owned()),
    }
}

/// Runs one transcript, one of the ways, in `locale`.
pub fn run(f: &File, content: &Arc<Content>, locale: Locale, way: Way) -> Result<(), Failure> {
    let t = &f.transcript;
    let key = UserKey::new(Platform::Console, "transcript");
    let runtime = (way == Way::Runtime).then(|| Runtime::new(content.clone(), Arc::new(MemoryStore::new())));
    let mut chat = Chat { content, locale, now: t.now, user: UserState::default(), world: Snapshot::new(key.clone()), key, kept: Vec::new(), feedback: BTreeMap::new(), runtime };
    let conversation = format!("conversation {:?}", t.description.split_whitespace().collect::<Vec<_>>().join(" "));
    let start_line = line_of(&f.text, "start", 1);
    let replies = chat.send(Event::Resume).map_err(|e| f.fail(start_line, e))?;
    compare(&replies, &t.start, &BTreeMap::new(), locale).map_err(|e| f.fail(start_line, format!("{conversation} changed at the start: {e}")))?;
    let mut question = chat.user.session.question;
    for (i, turn) in t.turns.iter().enumerate() {
        let (n, line) = (i + 1, f.turn_lines.get(i).copied().unwrap_or(0));
        let (event, what) = action(turn, question).map_err(|e| f.fail(line, format!("turn {n}: {e}")))?;
        let replies = chat.send(event).map_err(|e| f.fail(line, e))?;
        compare(&replies, &turn.expect, &turn.contains, locale).map_err(|e| f.fail(line, format!("{conversation} changed at turn {n} ({what}): {e}")))?;
        question = chat.user.session.question;
        if replies.iter().filter_map(|r| r.choices.as_ref()).any(|c| c.question > question) {
            return Err(f.fail(line, format!("{conversation}, turn {n}: buttons carry a question number the conversation has not reached")));
        }
    }
    ends_as_expected(f, &chat, content).map_err(|(line, e)| f.fail(line, format!("{conversation}: {e}")))
}

/// The replies against what a turn expects: the same messages in the same order, each written
/// out in full, with the text the turn names.
fn compare(replies: &[Reply], expect: &[String], contains: &BTreeMap<String, String>, locale: Locale) -> Result<(), String> {
    let keys: Vec<&str> = replies.iter().map(|r| r.key.as_str()).collect();
    if keys != expect.iter().map(String::as_str).collect::<Vec<_>>() {
        let expected = if expect.is_empty() { "nothing".to_owned() } else { expect.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ") };
        let said: Vec<String> = replies
            .iter()
            .enumerate()
            .map(|(i, r)| if expect.get(i).map(String::as_str) == Some(r.key.as_str()) { format!("`{}`", r.key) } else { format!("`{}` ({:?})", r.key, glimpse(&r.text)) })
            .collect();
        let said = if said.is_empty() { "nothing".to_owned() } else { said.join(", ") };
        return Err(format!("expected the bot to say {expected} but it said {said}. If you added or changed a question or a message on purpose, update this turn of the transcript."));
    }
    for r in replies {
        if r.text.trim().is_empty() || r.text.contains('[') && r.text.contains(r.key.as_str()) || r.text.contains("{$") {
            return Err(format!("the message `{}` is not written out in {locale} (a missing message or variable): {:?}", r.key, r.text));
        }
    }
    if let Some(needle) = contains.get(locale.code()) {
        let all = texts(replies);
        if !all.contains(needle.as_str()) {
            return Err(format!("expected the words {needle:?} ({locale}) in what the bot said:\n{all}"));
        }
    }
    Ok(())
}

/// The answers, the questions kept and the "did this help?" counts at the end; `Err` names the
/// line of the transcript that expected otherwise.
fn ends_as_expected(f: &File, chat: &Chat, content: &Content) -> Result<(), (usize, String)> {
    let t = &f.transcript;
    // The answers as the conditions read them: with the facts of the scheme they follow.
    let mut facts = chat.answers();
    let today = Date::from_unix(t.now);
    if let Some(c) = content.schemes.assess(&content.settings.open_schemes, &facts.clone(), today).chosen() {
        c.add_facts(&mut facts);
    }
    let slots_line = line_of(&f.text, "[slots]", 1);
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
            let got = got.map_or("nothing".to_owned(), |v| format!("{v:?}"));
            return Err((line_of(&f.text, &format!("{slot} ="), slots_line), format!("at the end the answer `{slot}` should be {}, but it is {got}", written(want))));
        }
    }
    if let Some(want) = &t.kept {
        let got = chat.kept();
        if &got != want {
            return Err((line_of(&f.text, "kept", 1), format!("at the end the questions kept for the advisers should be {want:?}, but they are {got:?}")));
        }
    }
    let counts = chat.feedback();
    if !t.feedback.is_empty() && counts != t.feedback {
        return Err((line_of(&f.text, "[feedback]", 1), format!("at the end the \"did this help?\" counts should be {:?}, but they are {counts:?}", t.feedback)));
    }
    Ok(())
}

/// Every reply, as `[id] text`, one per line.
pub fn texts(replies: &[Reply]) -> String {
    replies.iter().map(|r| format!("[{}] {}", r.key, r.text)).collect::<Vec<_>>().join("\n")
}
