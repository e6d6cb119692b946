//! Problems found in content, each tied to a file and line, as `check` prints them.
//!
//! One mistake often makes others appear: a step that goes to an unknown step leaves the steps
//! after it unreachable, a rule set that does not parse leaves the articles that name it pointing
//! nowhere. Such knock-on problems are reported as *consequences* of a key (`Report::consequence`);
//! when a problem that *causes* that key was reported ([`Diagnostic::causing`]), they are folded
//! under it, so the cause is what an editor reads first. A consequence with no cause reported is
//! a problem of its own and stays in the list.

use super::locale::Locale;
use std::collections::BTreeSet;
use std::fmt;

/// What a problem can make go wrong elsewhere, and what a knock-on problem names as its cause.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Key {
    /// Dialog `id` is not there (its file could not be read).
    Dialog(String),
    /// A step that could not be read: its file and id.
    Step(String, String),
    /// Some dialog file could not be read: what needs every dialog.
    DialogsIncomplete,
    /// The shape of dialog `id` (reachable steps, ends, slots), wrong while its links are broken.
    Graph(String),
    /// A message missing in a language (its text was swallowed by a syntax error).
    Message(Locale, String),
    /// A scheme whose files could not be read.
    Scheme(String),
    /// A slot that no question asks.
    Slot(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub severity: Severity,
    pub message: String,
    /// What this problem makes go wrong elsewhere (keys its consequences name).
    pub causes: Vec<Key>,
    /// The key of the problem this one follows from, until it is folded.
    pub follows: Option<Key>,
    /// The problems that follow from this one, folded under it.
    pub folded: Vec<Diagnostic>,
}

impl Diagnostic {
    pub fn error(file: &str, line: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic { file: file.to_owned(), line, severity: Severity::Error, message: message.into(), causes: Vec::new(), follows: None, folded: Vec::new() }
    }
    pub fn warning(file: &str, line: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(file, line, message) }
    }
    /// Marks this problem as the cause of what is reported as a consequence of `key`.
    pub fn causing(mut self, key: Key) -> Diagnostic {
        self.causes.push(key);
        self
    }
    /// The line as printed, without what is folded under it.
    fn head(&self) -> String {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        format!("{}:{}: {}: {}", self.file, self.line, level, self.message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.head())?;
        match self.folded.len() {
            0 => Ok(()),
            n if f.alternate() => {
                write!(f, "\n    {n} problem(s) that follow from it:")?;
                self.folded.iter().try_for_each(|d| write!(f, "\n    {}", d.head()))
            }
            1 => write!(f, "\n    and 1 problem that follows from it and goes away when it is fixed (`check --all` shows it)"),
            n => write!(f, "\n    and {n} problems that follow from it and go away when it is fixed (`check --all` shows them)"),
        }
    }
}

/// Everything found while loading content; errors make the content unusable.
#[derive(Debug, Default, Clone)]
pub struct Report {
    pub items: Vec<Diagnostic>,
}

impl Report {
    pub fn error(&mut self, file: &str, line: usize, message: impl Into<String>) {
        self.items.push(Diagnostic::error(file, line, message));
    }
    pub fn warning(&mut self, file: &str, line: usize, message: impl Into<String>) {
        self.items.push(Diagnostic::warning(file, line, message));
    }
    /// A problem that may follow from another: folded under the problem causing `key`, if one
    /// was reported; otherwise reported as it is.
    pub fn consequence(&mut self, key: Key, d: Diagnostic) {
        self.items.push(Diagnostic { follows: Some(key), ..d });
    }
    /// The problem reported last causes what is reported as a consequence of `key`.
    pub fn last_causes(&mut self, key: Key) {
        if let Some(d) = self.items.last_mut() {
            d.causes.push(key);
        }
    }
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }
    /// The errors folded under causes, not counted among the errors.
    pub fn consequences(&self) -> usize {
        self.items.iter().map(|d| d.folded.len()).sum()
    }
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }
    pub fn errors(&self) -> usize {
        self.items.iter().filter(|d| d.severity == Severity::Error).count()
    }
    pub fn warnings(&self) -> usize {
        self.items.len() - self.errors()
    }
    /// Consequences folded under their causes, then sorted by file and line, the order an
    /// editor works through them.
    pub fn sorted(mut self) -> Report {
        let (mut follows, mut items): (Vec<Diagnostic>, Vec<Diagnostic>) = std::mem::take(&mut self.items).into_iter().partition(|d| d.follows.is_some());
        // A consequence of a consequence follows from the first cause too.
        while !follows.is_empty() {
            let before = follows.len();
            for d in std::mem::take(&mut follows) {
                let key = d.follows.as_ref();
                match items.iter_mut().find(|c| c.causes.iter().any(|k| Some(k) == key)) {
                    Some(cause) => {
                        cause.causes.extend(d.causes.iter().cloned());
                        cause.folded.push(Diagnostic { follows: None, ..d });
                    }
                    None => follows.push(d),
                }
            }
            if follows.len() == before {
                // Those whose cause was never reported stand on their own (and may cause others).
                let caused: BTreeSet<Key> = follows.iter().flat_map(|d| d.causes.iter().cloned()).collect();
                let (waiting, alone): (Vec<_>, Vec<_>) = follows.drain(..).partition(|d| d.follows.as_ref().is_some_and(|k| caused.contains(k)));
                let stuck = alone.is_empty();
                items.extend(alone.into_iter().map(|d| Diagnostic { follows: None, ..d }));
                match stuck {
                    true => items.extend(waiting.into_iter().map(|d| Diagnostic { follows: None, ..d })),
                    false => follows = waiting,
                }
            }
        }
        let order = |a: &Diagnostic, b: &Diagnostic| (&a.file, a.line, a.severity, &a.message).cmp(&(&b.file, b.line, b.severity, &b.message));
        for d in &mut items {
            d.folded.sort_by(order);
            d.folded.dedup_by(|a, b| a.head() == b.head());
        }
        items.sort_by(order);
        items.dedup_by(|later, kept| {
            let same = later.head() == kept.head();
            if same {
                kept.folded.append(&mut later.folded);
            }
            same
        });
        self.items = items;
        self
    }

    /// Every problem, those that follow from others listed under them (`check --all`).
    pub fn all(&self) -> String {
        self.items.iter().map(|d| format!("{d:#}\n")).collect()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.items {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}

/// Maps byte offsets of a file to 1-based line numbers.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }
    pub fn line(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

/// Parses a TOML file into `T`; a syntax or type error goes to `report`, at its line.
pub fn parse_toml<T: serde::de::DeserializeOwned>(file: &str, text: &str, report: &mut Report) -> Option<T> {
    match toml::from_str(text) {
        Ok(t) => Some(t),
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            let found = text.get(span.clone()).unwrap_or_default();
            report.error(file, LineIndex::new(text).line(span.start), super::explain::toml(e.message(), found));
            None
        }
    }
}
