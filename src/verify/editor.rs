//! `barents-bot check --tests`: the content's own tests, run on a content folder and told in
//! an editor's words. Every set prints its figures and what no longer does what it expected,
//! each as `file:line: …`; the run fails when a conversation or an eligibility case fails, or
//! when understanding or the resource centre falls below its threshold. It ends with one line
//! that says which.
//!
//! The tests live beside the content, in `<content folder>/tests/`; the content built into the
//! binary has none, and the run says so and fails rather than pass with nothing tested.

use super::{Contents, Failure, eligibility, knowledge, transcripts, understanding};
use crate::content::Location;
use crate::core::content::EngineSettings;
use crate::core::locale::Locale;
use std::fmt::Write;
use std::path::Path;

/// What the run printed, and whether everything held.
pub struct Outcome {
    pub text: String,
    pub passed: bool,
}

/// Runs every set in `<content folder>/tests/` against the content at `location`, built with
/// `base` (the settings `check` loaded) and the schemes each test opens.
pub fn run(location: &Location, base: EngineSettings) -> Outcome {
    let root = match location {
        Location::Embedded => {
            return Outcome {
                text: "check --tests: the content built into the program has no tests folder. Run it in your content folder (the one with dialogs/, locales/, config/ and tests/), or give --content FOLDER.\n".to_owned(),
                passed: false,
            };
        }
        Location::Dir(root) => root,
    };
    if !root.join("tests").is_dir() {
        return Outcome { text: format!("check --tests: there is no tests folder in {}: nothing to run.\n", root.display()), passed: false };
    }
    let sources = match location.read() {
        Ok(s) => s,
        Err(e) => return Outcome { text: format!("check --tests: {e}\n"), passed: false },
    };
    let mut contents = Contents::new(sources, base);
    let mut run = Run::default();
    run.transcripts(root, &mut contents);
    run.eligibility(root, &mut contents);
    run.understanding(root, &mut contents);
    run.knowledge(root, &mut contents);
    let summary = if run.short.is_empty() { "check --tests: everything passed".to_owned() } else { format!("check --tests: FAILED: {}", run.short.join("; ")) };
    let _ = writeln!(run.text, "\n{summary}");
    Outcome { passed: run.short.is_empty(), text: run.text }
}

/// The report so far, and what fell short, one phrase per set.
#[derive(Default)]
struct Run {
    text: String,
    short: Vec<String>,
}

impl Run {
    fn heading(&mut self, line: String) {
        let _ = writeln!(self.text, "\n{line}");
    }

    fn list<'f>(&mut self, failures: impl IntoIterator<Item = &'f Failure>) {
        for f in failures {
            let _ = writeln!(self.text, "  {f}");
        }
    }

    /// Like [`Run::list`], but a reason that many cases share (a new question none of them
    /// answers) is shown for the first few, then the other cases only by line.
    fn list_grouped(&mut self, failures: &[Failure]) {
        const SHOWN: usize = 3;
        let reason = |f: &Failure| f.message.split_once("\": ").map_or(f.message.clone(), |(_, r)| r.to_owned());
        let mut reasons: Vec<(String, Vec<&Failure>)> = Vec::new();
        for f in failures {
            match reasons.iter_mut().find(|(r, _)| *r == reason(f)) {
                Some((_, same)) => same.push(f),
                None => reasons.push((reason(f), vec![f])),
            }
        }
        for (_, same) in reasons {
            self.list(same.iter().take(SHOWN).copied());
            if same.len() > SHOWN {
                let lines: Vec<String> = same[SHOWN..].iter().map(|f| f.line.to_string()).collect();
                let _ = writeln!(self.text, "  … and {} more case(s) for the same reason, at lines {}", same.len() - SHOWN, lines.join(", "));
            }
        }
    }

    /// A set whose file could not be read or parsed: said, and counted as failed.
    fn unreadable(&mut self, set: &str, failure: &Failure) {
        self.heading(format!("{set}: cannot run"));
        self.list([failure]);
        self.short.push(format!("{set} cannot run"));
    }

    fn transcripts(&mut self, root: &Path, contents: &mut Contents) {
        let (files, mut failures) = transcripts::read_all(root);
        let (total, unreadable) = (files.len() + failures.len(), failures.len());
        failures.extend(transcripts::run_all(&files, contents));
        self.heading(format!("conversations ({}/*.toml, in en, nb and ru): {} of {total} as expected", transcripts::DIR, total - failures.len()));
        self.list(&failures);
        if total == 0 {
            self.short.push("no conversations to run".to_owned());
        } else {
            if unreadable > 0 {
                self.short.push(format!("{unreadable} transcript(s) cannot be read"));
            }
            if failures.len() > unreadable {
                self.short.push(format!("{} conversation(s) changed", failures.len() - unreadable));
            }
        }
    }

    fn eligibility(&mut self, root: &Path, contents: &mut Contents) {
        let cases = match eligibility::read(root) {
            Ok(c) => c,
            Err(f) => return self.unreadable("eligibility cases", &f),
        };
        let failures = eligibility::run_all(&cases, contents);
        self.heading(format!("eligibility cases ({}): {} of {} give the expected verdict", eligibility::FILE, cases.len() - failures.len(), cases.len()));
        self.list_grouped(&failures);
        if !failures.is_empty() {
            self.short.push(format!("{} eligibility case(s) failed", failures.len()));
        }
    }

    fn understanding(&mut self, root: &Path, contents: &mut Contents) {
        let content = match contents.configured() {
            Ok(c) => c,
            Err(e) => return self.unreadable("understanding", &Failure { file: "config/".to_owned(), line: 0, message: e }),
        };
        let mut figures = Vec::new();
        let mut misses = Vec::new();
        let mut below = Vec::new();
        let mut unrunnable = 0;
        for locale in Locale::ALL {
            let file = understanding::file(locale);
            let cases = match understanding::read(root, &file) {
                Ok(c) => c,
                Err(f) => return self.unreadable("understanding", &f),
            };
            let m = understanding::measure(&content, locale, &file, &cases);
            figures.push(format!("{locale} {:.1} % ({}/{})", m.share() * 100.0, m.right, m.total));
            if !m.passes() {
                below.push(locale.code());
            }
            unrunnable += m.unrunnable.len();
            misses.extend(m.misses);
        }
        let reported = match understanding::read(root, understanding::REPORTED) {
            Ok(cases) => understanding::reported(&content, &cases),
            Err(f) => vec![f],
        };
        self.heading(format!("understanding: {}; needs {:.0} % in each language", figures.join(", "), understanding::FLOOR * 100.0));
        if !misses.is_empty() {
            let _ = writeln!(self.text, "  not understood as meant ({}):", misses.len());
            self.list(&misses);
        }
        if !below.is_empty() {
            self.short.push(format!("understanding below {:.0} % in {}", understanding::FLOOR * 100.0, below.join(", ")));
        }
        if unrunnable > 0 {
            self.short.push(format!("{unrunnable} understanding case(s) name no step that reads text"));
        }
        if !reported.is_empty() {
            let _ = writeln!(self.text, "  reported examples that no longer do what was meant ({}):", reported.len());
            self.list(&reported);
            self.short.push(format!("{} reported example(s) failed", reported.len()));
        }
    }

    fn knowledge(&mut self, root: &Path, contents: &mut Contents) {
        let questions = match knowledge::read(root) {
            Ok(q) => q,
            Err(f) => return self.unreadable("resource centre", &f),
        };
        // Each scheme open on its own: an article's texts may differ between schemes.
        let schemes: Vec<String> = match contents.configured() {
            Ok(c) => c.schemes.map.keys().cloned().collect(),
            Err(e) => return self.unreadable("resource centre", &Failure { file: "config/".to_owned(), line: 0, message: e }),
        };
        for rules in schemes {
            let content = match contents.open(&rules) {
                Ok(c) => c,
                Err(e) => return self.unreadable("resource centre", &Failure { file: "config/".to_owned(), line: 0, message: e }),
            };
            let m = knowledge::measure(&questions, &content, &rules);
            self.heading(format!("resource centre ({}), with {rules} open: {}", knowledge::FILE, m.figures()));
            if !m.misses.is_empty() {
                let _ = writeln!(self.text, "  not found first ({}):", m.misses.len());
                self.list(&m.misses);
            }
            self.list(m.answered.iter().chain(&m.unknown));
            let short = m.shortfalls();
            if !short.is_empty() {
                self.short.push(format!("resource centre with {rules} open: {}", short.join(", ")));
            }
        }
    }
}
