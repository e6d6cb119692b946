//! The content's own tests, run on content as an editor has it: the conversation transcripts,
//! the eligibility cases, how well people are understood and how well the resource centre finds
//! its articles. `barents-bot check --tests` and the cargo tests (`tests/transcripts.rs`,
//! `tests/eligibility_cases.rs`, `tests/understanding.rs`, `tests/knowledge.rs`) run this same
//! code, so what an editor sees is what CI asserts.
//!
//! - [`transcripts`]: conversations, turn by turn, in every language (pure turn and runtime).
//! - [`eligibility`]: each case's answers given to the check, and the verdict it must give.
//! - [`understanding`]: messages as people type them, and what the bot did with them (≥ 90 %).
//! - [`knowledge`]: questions and the article that answers them (≥ 85 % first, ≥ 95 % in three).
//! - [`editor`]: all four on a content folder, reported in an editor's words.
//!
//! It reads the test files it is pointed at and builds content from the sources it is given;
//! it never writes anything. It sits outside `core` because transcripts also run through the
//! runtime and an in-memory store.

pub mod editor;
pub mod eligibility;
pub mod knowledge;
pub mod transcripts;
pub mod understanding;

use crate::core::content::{Content, EngineSettings, Source};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::sync::Arc;

/// One thing that no longer does what a test file expects, where the file says it.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The test file, as the editor finds it from the content folder (`tests/…`).
    pub file: String,
    /// 1-based; 0 when no line can be named.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            0 => write!(f, "{}: {}", self.file, self.message),
            n => write!(f, "{}:{n}: {}", self.file, self.message),
        }
    }
}

/// An item of a test file with the line its `[[header]]` is on.
#[derive(Debug, Clone)]
pub struct Numbered<T> {
    pub line: usize,
    pub item: T,
}

/// Pairs each item with the line of its `[[header]]` (the n-th item, the n-th header).
pub fn numbered<T>(items: Vec<T>, text: &str, header: &str) -> Vec<Numbered<T>> {
    let lines: Vec<usize> = text.lines().enumerate().filter(|(_, l)| l.trim() == header).map(|(i, _)| i + 1).collect();
    items.into_iter().enumerate().map(|(i, item)| Numbered { line: lines.get(i).copied().unwrap_or(0), item }).collect()
}

/// The 1-based line of a byte offset in `text`.
pub fn line_at(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The first line at or after `from` that starts with `prefix` (after indentation); 0 if none.
pub fn line_of(text: &str, prefix: &str, from: usize) -> usize {
    text.lines().enumerate().skip(from.saturating_sub(1)).find(|(_, l)| l.trim_start().starts_with(prefix)).map_or(0, |(i, _)| i + 1)
}

/// Reads and parses one test file under `root`; a missing file or a syntax error is a failure
/// at the line it is on.
pub fn read<T: serde::de::DeserializeOwned>(root: &Path, file: &str) -> Result<(T, String), Failure> {
    let fail = |line, message: String| Failure { file: file.to_owned(), line, message };
    let text = std::fs::read_to_string(root.join(file)).map_err(|e| fail(0, format!("cannot be read: {e}")))?;
    let parsed = toml::from_str::<T>(&text).map_err(|e| fail(e.span().map_or(0, |s| line_at(&text, s.start)), e.message().trim().to_owned()))?;
    Ok((parsed, text))
}

/// The content from one set of sources, built once for each set of open funding schemes
/// (the transcripts, cases and questions each say which are open).
pub struct Contents {
    sources: Vec<Source>,
    base: EngineSettings,
    built: BTreeMap<String, Arc<Content>>,
}

impl Contents {
    pub fn new(sources: Vec<Source>, base: EngineSettings) -> Contents {
        Contents { sources, base, built: BTreeMap::new() }
    }

    /// The content with these schemes open (comma-separated, as `BARENTS_RULES`).
    pub fn open(&mut self, open: &str) -> Result<Arc<Content>, String> {
        if let Some(c) = self.built.get(open) {
            return Ok(c.clone());
        }
        let settings = EngineSettings { open_schemes: open.split(',').map(|s| s.trim().to_owned()).collect(), ..self.base.clone() };
        let content = match Content::build(&self.sources, settings) {
            Ok((c, _)) => Arc::new(c),
            Err(report) => return Err(format!("the content does not load with `{open}` open:\n{report}")),
        };
        self.built.insert(open.to_owned(), content.clone());
        Ok(content)
    }

    /// The content with the schemes its settings open (the config's `[rules] active`).
    pub fn configured(&mut self) -> Result<Arc<Content>, String> {
        self.open(&self.base.open_schemes.join(","))
    }
}

/// The first line of `text`, cut to a length an editor reads at a glance.
pub fn glimpse(text: &str) -> String {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
    let cut: String = first.chars().take(100).collect();
    if cut.len() < first.len() || text.trim().lines().count() > 1 { format!("{cut} …") } else { cut }
}

/// A value from a test file as it is written there (`"text"`, `12`, `true`, `["a", "b"]`).
pub fn written(value: &toml::Value) -> String {
    match value {
        toml::Value::String(s) => format!("{s:?}"),
        toml::Value::Integer(n) => n.to_string(),
        toml::Value::Float(x) => x.to_string(),
        toml::Value::Boolean(b) => b.to_string(),
        toml::Value::Array(items) => format!("[{}]", items.iter().map(written).collect::<Vec<_>>().join(", ")),
        other => format!("{other:?}"),
    }
}
