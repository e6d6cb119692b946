//! Problems found in content, each tied to a file and line, as `check` prints them.

use std::fmt;

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
}

impl Diagnostic {
    pub fn error(file: &str, line: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic { file: file.to_owned(), line, severity: Severity::Error, message: message.into() }
    }
    pub fn warning(file: &str, line: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic { file: file.to_owned(), line, severity: Severity::Warning, message: message.into() }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}:{}: {}: {}", self.file, self.line, level, self.message)
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
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }
    pub fn errors(&self) -> usize {
        self.items.iter().filter(|d| d.severity == Severity::Error).count()
    }
    pub fn warnings(&self) -> usize {
        self.items.len() - self.errors()
    }
    /// Sorted by file and line, the order an editor works through them.
    pub fn sorted(mut self) -> Report {
        self.items.sort_by(|a, b| (&a.file, a.line, a.severity).cmp(&(&b.file, b.line, b.severity)));
        self.items.dedup();
        self
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
            let line = e.span().map_or(1, |s| LineIndex::new(text).line(s.start));
            report.error(file, line, e.message().to_owned());
            None
        }
    }
}
