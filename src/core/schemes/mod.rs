//! Funding schemes as data: each scheme has versions of its criteria, in force from their
//! dates, and a status — open, or closed to new applications from a date. Which schemes are
//! open is the operator's (`[rules] active`), so a scheme reopens the day it resumes without a
//! code change; everything else is in the files:
//!
//! - `config/rules/<scheme>/scheme.toml`: its title, the partner countries it is for, and the
//!   date it closed to new applications (if it did), which every text can state as the term
//!   `{ -<scheme>-closed }` (see [`Scheme::closed_term`]);
//! - `config/rules/<scheme>/<version>.toml`: one [`Version`] of its criteria.
//!
//! [`Schemes::assess`] checks a project idea against every scheme its answers point to.

mod assess;
mod values;
mod version;

pub use assess::{ALWAYS, Assessment, Checked, DERIVED, reads_derived};
pub use values::{BOARD_DEADLINES, Named, NamedDays, Values};
pub use version::{Deadlines, Outcome, ShareBase, Verdict, Version};

use super::condition::{Condition, RawCondition};
use super::diagnostic::{Diagnostic, Key, LineIndex, Report};
use super::ids::{MessageId, SlotName};
use super::value::Date;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use toml::Spanned;

/// Where the schemes live in the content directory.
pub const DIR: &str = "config/rules/";
/// The file that describes a scheme, in its own folder.
pub const SCHEME_FILE: &str = "scheme.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScheme {
    id: String,
    title: Spanned<String>,
    /// The check considers the scheme when this holds (e.g. a partner country it is for);
    /// absent: always.
    considered_when: Option<Spanned<RawCondition>>,
    /// Closed to new applications from this date (`YYYY-MM-DD`).
    closed_from: Option<Spanned<String>>,
}

/// A funding scheme and every version of its criteria.
#[derive(Debug, Clone)]
pub struct Scheme {
    pub id: String,
    pub file: String,
    pub title: MessageId,
    pub title_line: usize,
    pub considered_when: Option<(Condition, usize)>,
    /// Closed to new applications from this date, unless the operator opens it.
    pub closed_from: Option<Date>,
    /// The line of `closed_from` (1 where there is none).
    pub closed_line: usize,
    /// Oldest first.
    pub versions: Vec<Version>,
}

/// Whether a scheme takes new applications.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Open,
    /// Not taking new applications; since when, where the scheme's data says.
    Closed { since: Option<Date> },
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Closed { .. } => "closed",
        }
    }
}

impl Scheme {
    /// The Fluent term by which texts state the date the scheme closed (`closed_from`), as each
    /// language writes a date: `norwegian-russian-closed`, written `{ -norwegian-russian-closed }`.
    /// The bot gives it to every language, so a history text follows the scheme's file.
    pub fn closed_term(&self) -> String {
        format!("{}-closed", self.id)
    }

    /// Open if the operator lists it among the open schemes; closed otherwise.
    pub fn status(&self, open: &[String]) -> Status {
        if open.contains(&self.id) { Status::Open } else { Status::Closed { since: self.closed_from } }
    }

    /// The version that applies: for an open scheme the newest in force `today`; for a closed
    /// one the last in force before it closed. (Before the first version, the first.)
    pub fn version_at(&self, status: Status, today: Date) -> &Version {
        let day = match status {
            Status::Closed { since: Some(since) } if since <= today => Date::from_days(since.to_days() - 1),
            _ => today,
        };
        self.versions.iter().rev().find(|v| v.effective <= day).unwrap_or(&self.versions[0])
    }
}

/// What a scheme named elsewhere but missing is reported as a consequence of: a file of its
/// folder that does not parse.
pub fn missing_key(id: &str) -> Key {
    Key::Scheme(id.to_owned())
}

/// Every scheme of the content, by id.
#[derive(Debug, Clone, Default)]
pub struct Schemes {
    pub map: BTreeMap<String, Scheme>,
}

impl Schemes {
    pub fn get(&self, id: &str) -> Option<&Scheme> {
        self.map.get(id)
    }

    /// Builds the schemes from their files (`(path, text)` under [`DIR`]); every problem goes to
    /// `report` with its file and line.
    pub fn parse<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>, report: &mut Report) -> Schemes {
        let mut heads: BTreeMap<String, Scheme> = BTreeMap::new();
        let mut versions: BTreeMap<String, Vec<Version>> = BTreeMap::new();
        for (path, text) in files {
            let Some((folder, name)) = path.strip_prefix(DIR).and_then(|rest| rest.split_once('/')) else {
                report.error(path, 1, format!("a scheme lives in a folder of its own: {DIR}<scheme>/{SCHEME_FILE} and {DIR}<scheme>/<version>.toml"));
                continue;
            };
            // A file that does not parse leaves the scheme missing wherever it is named.
            let before = report.items.len();
            if name.contains('/') {
                report.error(path, 1, format!("a scheme's files are directly in its folder, {DIR}{folder}/"));
            } else if name == SCHEME_FILE {
                if let Some(s) = parse_scheme(path, folder, text, report) {
                    heads.insert(folder.to_owned(), s);
                }
            } else if let Some(v) = Version::parse(path, text, report) {
                versions.entry(folder.to_owned()).or_default().push(v);
            }
            for d in &mut report.items[before..] {
                d.causes.push(missing_key(folder));
            }
        }
        for (folder, vs) in &versions {
            if !heads.contains_key(folder) {
                report.error(&vs[0].file, 1, format!("{DIR}{folder}/ has versions but no {SCHEME_FILE} to say what the scheme is"));
            }
        }
        let mut map = BTreeMap::new();
        for (folder, mut scheme) in heads {
            let mut vs = versions.remove(&folder).unwrap_or_default();
            vs.sort_by_key(|v| v.effective);
            if vs.is_empty() {
                let d = Diagnostic::error(&scheme.file, 1, format!("scheme `{}` has no version: add {DIR}{folder}/<version>.toml", scheme.id));
                report.consequence(missing_key(&folder), d.causing(missing_key(&folder)));
                continue;
            }
            for pair in vs.windows(2) {
                if pair[0].effective == pair[1].effective {
                    report.error(&pair[1].file, 1, format!("versions {} and {} take effect on the same day", pair[0].version, pair[1].version));
                }
                if pair[0].version == pair[1].version {
                    report.error(&pair[1].file, 1, format!("version {} is written twice", pair[1].version));
                }
            }
            scheme.versions = vs;
            map.insert(scheme.id.clone(), scheme);
        }
        Schemes { map }
    }

    /// Every slot the schemes read (their routing and every version's rules), with file and line.
    pub fn slots(&self) -> Vec<(SlotName, String, usize)> {
        let mut out = Vec::new();
        for s in self.map.values() {
            if let Some((when, line)) = &s.considered_when {
                let mut read = Vec::new();
                when.slots(&mut read);
                out.extend(read.into_iter().map(|slot| (slot, s.file.clone(), *line)));
            }
            for v in &s.versions {
                out.extend(v.slots().into_iter().map(|(slot, line)| (slot, v.file.clone(), line)));
            }
        }
        out
    }

    /// Every message id the schemes use, with file and line, whether it may name the items its
    /// rule found (`$matched`), and the values of its version it receives (see [`Values`]).
    pub fn messages(&self) -> Vec<(MessageId, String, usize, bool, BTreeSet<String>)> {
        let mut out = Vec::new();
        for s in self.map.values() {
            out.push((s.title.clone(), s.file.clone(), s.title_line, false, BTreeSet::new()));
            for v in &s.versions {
                let values = v.values.names();
                out.extend(v.messages().into_iter().map(|(id, line, items)| (id, v.file.clone(), line, items, values.clone())));
            }
        }
        out
    }
}

fn parse_scheme(path: &str, folder: &str, text: &str, report: &mut Report) -> Option<Scheme> {
    let lines = LineIndex::new(text);
    let raw: RawScheme = crate::core::diagnostic::parse_toml(path, text, report)?;
    let mut ok = true;
    if raw.id != folder {
        report.error(path, 1, format!("the scheme's id `{}` must be its folder's name, `{folder}`", raw.id));
        ok = false;
    }
    // The id names the scheme's term (`-<id>-closed`), so it must be a Fluent identifier.
    if !raw.id.starts_with(|c: char| c.is_ascii_alphabetic()) || !raw.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        report.error(path, 1, format!("the scheme's id `{}` must start with a letter and hold only letters, digits, - and _", raw.id));
        ok = false;
    }
    let closed_line = raw.closed_from.as_ref().map_or(1, |d| lines.line(d.span().start));
    let closed_from = match raw.closed_from.as_ref().map(|d| (d.get_ref(), Date::parse(d.get_ref()))) {
        None => None,
        Some((_, Some(d))) => Some(d),
        Some((text, None)) => {
            report.error(path, closed_line, format!("`closed_from` must be a date like 2023-11-15, not `{text}`"));
            ok = false;
            None
        }
    };
    let considered_when = match &raw.considered_when {
        None => None,
        Some(c) => {
            let line = lines.line(c.span().start);
            match c.get_ref().parse() {
                Ok(when) => Some((when, line)),
                Err(e) => {
                    report.error(path, line, e);
                    ok = false;
                    None
                }
            }
        }
    };
    ok.then(|| Scheme {
        id: raw.id,
        file: path.to_owned(),
        title: MessageId::new(raw.title.get_ref().clone()),
        title_line: lines.line(raw.title.span().start),
        considered_when,
        closed_from,
        closed_line,
        versions: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schemes(files: &[(&str, &str)]) -> (Schemes, Report) {
        let mut report = Report::default();
        let s = Schemes::parse(files.iter().copied(), &mut report);
        (s, report)
    }

    const HEAD: &str = "id = \"nr\"\ntitle = \"t\"\nclosed_from = \"2023-11-15\"\n";
    const V1: &str = "version = \"2021.1\"\neffective = \"2021-01-01\"\nmax_share = 70\n";
    const V2: &str = "version = \"2022.1\"\neffective = \"2022-04-01\"\nmax_share = 70\n";

    #[test]
    fn the_version_in_force_is_the_newest_and_a_closed_scheme_keeps_its_last() {
        let (s, report) = schemes(&[("config/rules/nr/scheme.toml", HEAD), ("config/rules/nr/b.toml", V2), ("config/rules/nr/a.toml", V1)]);
        assert!(!report.has_errors(), "{report:?}");
        let nr = s.get("nr").unwrap();
        let day = |y, m, d| Date::new(y, m, d).unwrap();
        assert_eq!(nr.status(&[]), Status::Closed { since: Some(day(2023, 11, 15)) });
        assert_eq!(nr.status(&["nr".into()]), Status::Open);
        assert_eq!(nr.version_at(Status::Open, day(2021, 6, 1)).version, "2021.1");
        assert_eq!(nr.version_at(Status::Open, day(2026, 12, 5)).version, "2022.1");
        assert_eq!(nr.version_at(nr.status(&[]), day(2026, 12, 5)).version, "2022.1");
        assert_eq!(nr.version_at(Status::Open, day(2020, 1, 1)).version, "2021.1", "before the first: the first");
    }

    #[test]
    fn files_in_the_wrong_place_and_schemes_without_versions_are_named() {
        let (_, report) = schemes(&[("config/rules/nr.toml", V1)]);
        assert!(format!("{report:?}").contains("a folder of its own"), "{report:?}");
        let (s, report) = schemes(&[("config/rules/nr/scheme.toml", HEAD)]);
        assert!(s.get("nr").is_none() && format!("{report:?}").contains("has no version"), "{report:?}");
        let (_, report) = schemes(&[("config/rules/nr/2021.toml", V1)]);
        assert!(format!("{report:?}").contains("no scheme.toml"), "{report:?}");
        let (_, report) = schemes(&[("config/rules/other/scheme.toml", HEAD), ("config/rules/other/a.toml", V1)]);
        assert!(format!("{report:?}").contains("must be its folder's name"), "{report:?}");
        let (_, report) = schemes(&[("config/rules/nr/scheme.toml", HEAD), ("config/rules/nr/a.toml", V1), ("config/rules/nr/b.toml", V1)]);
        assert!(format!("{report:?}").contains("same day"), "{report:?}");
    }
}
