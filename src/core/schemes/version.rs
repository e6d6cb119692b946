//! One version of a scheme's criteria: the rules in force from a date, applied to the answers
//! of the eligibility check (or of an application) to give a verdict, the share of the costs
//! the scheme funds, and how its budget and deadlines work.
//!
//! A version is a file `config/rules/<scheme>/<version>.toml`; see [`super`] for the scheme.

use super::values::{BOARD_DEADLINES, KEYED, Values};
use crate::core::condition::{Bound, Condition, RawCondition, Slots};
use crate::core::diagnostic::{LineIndex, Report};
use crate::core::ids::{MessageId, SlotName};
use crate::core::value::{Date, Value};
use serde::Deserialize;
use toml::Spanned;

/// The version's named numbers: its `[values]`, then those it names by key. A name must be a
/// Fluent variable's (`small_project`) and not one of the keyed names or the facts texts read.
fn version_values(raw: &RawVersion, lines: &LineIndex, file: &str, report: &mut Report) -> Values {
    let mut values = Values::default();
    let line = |span: std::ops::Range<usize>| lines.line(span.start);
    for (name, v) in &raw.values {
        let reserved = KEYED.contains(&name.as_str()) || crate::core::schemes::DERIVED.contains(&name.as_str()) || crate::core::schemes::ALWAYS.contains(&name.as_str());
        let valid = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if reserved {
            report.error(file, line(v.span()), format!("`{name}` is a name the bot gives already: choose another for this value"));
        } else if !valid {
            report.error(file, line(v.span()), format!("`{name}` cannot be a text's variable: use letters, digits and _ (e.g. small_project)"));
        } else {
            values.push(name, *v.get_ref(), line(v.span()));
        }
    }
    values.push("max_share", i64::from(*raw.max_share.get_ref()), line(raw.max_share.span()));
    if let Some(rate) = &raw.budget.volunteer_rate {
        values.push("volunteer_rate", *rate.get_ref(), line(rate.span()));
    }
    if let Some(d) = &raw.deadlines {
        values.push("continuous_max", *d.continuous_max.get_ref(), line(d.continuous_max.span()));
        // Unreadable days are reported where the deadlines are read, and left out here.
        let days = d.board.get_ref().iter().filter_map(|s| month_day(s)).collect();
        values.push_days(BOARD_DEADLINES, days, line(d.board.span()));
    }
    values
}

/// A date that comes back every year, written `"MM-DD"` ("03-01" for 1 March).
fn month_day(text: &str) -> Option<(u8, u8)> {
    let (m, day) = text.split_once('-')?;
    let (m, day) = (m.parse().ok()?, day.parse().ok()?);
    Date::new(2024, m, day).map(|_| (m, day))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVersion {
    version: String,
    effective: String,
    notice: Option<Spanned<String>>,
    max_share: Spanned<u8>,
    /// Named numbers the rules and texts use (`small_project = 50000`).
    #[serde(default)]
    values: std::collections::BTreeMap<String, Spanned<i64>>,
    #[serde(default)]
    budget: RawBudget,
    #[serde(default)]
    share: Vec<Spanned<RawShare>>,
    #[serde(default)]
    rule: Vec<Spanned<RawRule>>,
    #[serde(default)]
    note: Vec<Spanned<RawNote>>,
    deadlines: Option<RawDeadlines>,
}

/// How the scheme's budget works.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBudget {
    /// `"total"` (the default): the share is of the project's costs; `"norwegian"`: of the
    /// Norwegian side's costs.
    share_of: Option<String>,
    /// Volunteer work counted as own financing, in NOK an hour (absent: not valued by the hour).
    volunteer_rate: Option<Spanned<i64>>,
}

/// What the funded share is a share of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareBase {
    /// The whole project's costs.
    Total,
    /// The Norwegian side's costs.
    Norwegian,
}

impl ShareBase {
    pub fn as_str(self) -> &'static str {
        match self {
            ShareBase::Total => "total",
            ShareBase::Norwegian => "norwegian",
        }
    }
}

/// How applications are processed: continuously up to an amount, above it by the board on
/// fixed dates (`"03-01"` = 1 March). A rule set without this section leaves it to an adviser.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeadlines {
    continuous_max: Spanned<i64>,
    board: Spanned<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Deadlines {
    pub continuous_max: i64,
    /// (month, day) of each board deadline in a year.
    pub board: Vec<(u8, u8)>,
}

impl Deadlines {
    /// The first board deadline on or after `from`.
    pub fn next_board(&self, from: Date) -> Option<Date> {
        (from.year..=from.year + 1)
            .flat_map(|y| self.board.iter().filter_map(move |(m, d)| Date::new(y, *m, *d)))
            .filter(|d| *d >= from)
            .min()
    }
}

/// Advice shown with a verdict that is not "does not fit", when its condition holds
/// (e.g. which processing track a budget takes).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNote {
    /// Spanned: a condition's error (an unknown value) is reported at its own line.
    when: Spanned<RawCondition>,
    text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawShare {
    /// Spanned: a condition's error (an unknown value) is reported at its own line.
    when: Spanned<RawCondition>,
    /// A percentage, or the name of one of the version's values.
    percent: Bound,
    reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    /// Spanned: a condition's error (an unknown value) is reported at its own line.
    when: Spanned<RawCondition>,
    outcome: String,
    reason: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Fits,
    DoesNotFit,
    Unclear,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Fits => "fits",
            Outcome::DoesNotFit => "does-not-fit",
            Outcome::Unclear => "unclear",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub when: Condition,
    pub outcome: Outcome,
    pub reason: MessageId,
    pub line: usize,
}

#[derive(Debug, Clone)]
pub struct ShareRule {
    pub when: Condition,
    pub percent: u8,
    pub reason: MessageId,
    pub line: usize,
}

#[derive(Debug, Clone)]
pub struct Note {
    pub when: Condition,
    pub text: MessageId,
    pub line: usize,
}

/// One version of a scheme's criteria.
#[derive(Debug, Clone)]
pub struct Version {
    pub version: String,
    /// In force from this date (until a later version's).
    pub effective: Date,
    pub file: String,
    /// Said with every verdict under this version (e.g. what is temporary about it).
    pub notice: Option<(MessageId, usize)>,
    pub max_share: u8,
    pub share_base: ShareBase,
    /// NOK an hour of volunteer work counts for, where the scheme says.
    pub volunteer_rate: Option<i64>,
    pub shares: Vec<ShareRule>,
    pub rules: Vec<Rule>,
    pub notes: Vec<Note>,
    pub deadlines: Option<Deadlines>,
    /// The named values: `[values]`, `max_share`, `volunteer_rate`, `continuous_max`, and the
    /// board's deadlines as `board_deadlines`.
    pub values: Values,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_board_deadline_wraps_into_next_year() {
        let d = Deadlines { continuous_max: 400_000, board: vec![(3, 1), (10, 1)] };
        assert_eq!(d.next_board(Date::new(2026, 11, 25).unwrap()), Date::new(2027, 3, 1));
        assert_eq!(d.next_board(Date::new(2026, 3, 1).unwrap()), Date::new(2026, 3, 1));
        assert_eq!(d.next_board(Date::new(2026, 3, 2).unwrap()), Date::new(2026, 10, 1));
    }
}

/// What the rules say about a project idea.
/// (It borrows its texts' ids from the version: an assessment is worked out at every turn.)
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict<'a> {
    pub outcome: Outcome,
    /// Why: for "does not fit", every failed rule and then every doubt; for "unclear", every doubt.
    pub reasons: Vec<Reason<'a>>,
    /// The highest share of the costs the scheme would fund, in percent.
    pub share: u8,
    /// Why the share differs from the scheme's maximum, if it does.
    pub share_reason: Option<&'a MessageId>,
    /// Advice that applies to these answers.
    pub notes: Vec<&'a MessageId>,
}

/// One reason of a verdict: its Fluent id, what its rule makes of the idea (a reason it does
/// not fit, or a doubt), and the chosen items that made the rule apply when it tests a list
/// answer (the text reads them as `$matched`).
#[derive(Debug, Clone, PartialEq)]
pub struct Reason<'a> {
    pub id: &'a MessageId,
    pub outcome: Outcome,
    pub matched: Option<(SlotName, Value)>,
}

impl Version {
    pub fn parse(file: &str, source: &str, report: &mut Report) -> Option<Version> {
        let lines = LineIndex::new(source);
        let raw: RawVersion = crate::core::diagnostic::parse_toml(file, source, report)?;
        let mut ok = true;
        let Some(effective) = Date::parse(&raw.effective) else {
            report.error(file, 1, format!("`effective` must be a date like 2019-01-01, not `{}`", raw.effective));
            return None;
        };
        let max_share = *raw.max_share.get_ref();
        if max_share == 0 || max_share > 100 {
            report.error(file, 1, "`max_share` is a percentage from 1 to 100");
            ok = false;
        }
        let share_base = match raw.budget.share_of.as_deref() {
            None | Some("total") => ShareBase::Total,
            Some("norwegian") => ShareBase::Norwegian,
            Some(other) => {
                report.error(file, 1, format!("budget.share_of is \"total\" or \"norwegian\", not `{other}`"));
                ok = false;
                ShareBase::Total
            }
        };
        let values = version_values(&raw, &lines, file, report);
        let lookup = |name: &str| values.resolve(name);
        if raw.budget.volunteer_rate.as_ref().is_some_and(|r| *r.get_ref() <= 0) {
            report.error(file, 1, "budget.volunteer_rate is NOK an hour, more than 0");
            ok = false;
        }
        let mut shares = Vec::new();
        for s in &raw.share {
            let line = lines.line(s.get_ref().when.span().start);
            let percent = s.get_ref().percent.resolve(&lookup).and_then(|p| u8::try_from(p).ok().filter(|p| (1..=100).contains(p)).ok_or_else(|| format!("a share's `percent` is from 1 to 100, not {p}")));
            let when = s.get_ref().when.get_ref().parse_with(&lookup).map_err(|e| (lines.line(s.get_ref().when.span().start), e));
            match when.and_then(|when| Ok((when, percent.map_err(|e| (line, e))?))) {
                Ok((when, percent)) => shares.push(ShareRule { when, percent, reason: MessageId::new(s.get_ref().reason.clone()), line }),
                Err((line, e)) => {
                    report.error(file, line, e);
                    ok = false;
                }
            }
        }
        let mut rules = Vec::new();
        for r in &raw.rule {
            let line = lines.line(r.get_ref().when.span().start);
            let outcome = match r.get_ref().outcome.as_str() {
                "does-not-fit" => Outcome::DoesNotFit,
                "unclear" => Outcome::Unclear,
                other => {
                    report.error(file, line, format!("unknown outcome `{other}` (expected does-not-fit or unclear)"));
                    ok = false;
                    continue;
                }
            };
            match r.get_ref().when.get_ref().parse_with(&lookup) {
                Ok(when) => rules.push(Rule { when, outcome, reason: MessageId::new(r.get_ref().reason.clone()), line }),
                Err(e) => {
                    report.error(file, lines.line(r.get_ref().when.span().start), e);
                    ok = false;
                }
            }
        }
        let mut notes = Vec::new();
        for n in &raw.note {
            let line = lines.line(n.get_ref().when.span().start);
            match n.get_ref().when.get_ref().parse_with(&lookup) {
                Ok(when) => notes.push(Note { when, text: MessageId::new(n.get_ref().text.clone()), line }),
                Err(e) => {
                    report.error(file, lines.line(n.get_ref().when.span().start), e);
                    ok = false;
                }
            }
        }
        let deadlines = match &raw.deadlines {
            None => None,
            Some(d) => {
                let board: Option<Vec<(u8, u8)>> = d.board.get_ref().iter().map(|s| month_day(s)).collect();
                match board {
                    Some(board) => Some(Deadlines { continuous_max: *d.continuous_max.get_ref(), board }),
                    None => {
                        report.error(file, lines.line(d.board.span().start), "deadlines.board lists dates as \"MM-DD\", e.g. \"03-01\" for 1 March");
                        ok = false;
                        None
                    }
                }
            }
        };
        ok.then(|| Version {
            version: raw.version,
            effective,
            file: file.to_owned(),
            notice: raw.notice.as_ref().map(|n| (MessageId::new(n.get_ref().clone()), lines.line(n.span().start))),
            max_share,
            share_base,
            volunteer_rate: raw.budget.volunteer_rate.as_ref().map(|r| *r.get_ref()),
            shares,
            rules,
            notes,
            deadlines,
            values,
        })
    }

    /// Applies the rules: any failed rule means "does not fit" (its doubts are said too); otherwise any doubt means
    /// "unclear"; otherwise it fits. The share is the first matching share rule's, else the maximum.
    pub fn evaluate<S: Slots + ?Sized>(&self, slots: &S, today: Date) -> Verdict<'_> {
        let failed: Vec<&Rule> = self.rules.iter().filter(|r| r.when.eval(slots, today)).collect();
        let of = |o: Outcome| failed.iter().filter(|r| r.outcome == o).map(|r| Reason { id: &r.reason, outcome: o, matched: r.when.matched(slots) }).collect::<Vec<_>>();
        let (outcome, reasons) = match (of(Outcome::DoesNotFit), of(Outcome::Unclear)) {
            // What rules it out first, then the doubts: the person hears of every obstacle at once.
            (no, unclear) if !no.is_empty() => (Outcome::DoesNotFit, no.into_iter().chain(unclear).collect()),
            (_, unclear) if !unclear.is_empty() => (Outcome::Unclear, unclear),
            _ => (Outcome::Fits, Vec::new()),
        };
        let share_rule = self.shares.iter().find(|s| s.when.eval(slots, today));
        Verdict {
            outcome,
            reasons,
            share: share_rule.map_or(self.max_share, |s| s.percent),
            share_reason: share_rule.map(|s| &s.reason),
            notes: self.notes.iter().filter(|n| n.when.eval(slots, today)).map(|n| &n.text).collect(),
        }
    }

    /// Every slot the rules read, for the checker.
    pub fn slots(&self) -> Vec<(SlotName, usize)> {
        let mut out = Vec::new();
        for (when, line) in self.rules.iter().map(|r| (&r.when, r.line)).chain(self.shares.iter().map(|r| (&r.when, r.line))).chain(self.notes.iter().map(|n| (&n.when, n.line))) {
            let mut s = Vec::new();
            when.slots(&mut s);
            out.extend(s.into_iter().map(|s| (s, line)));
        }
        out
    }

    /// Every message id the version uses, with its line, and whether it may name the items
    /// its rule found (`$matched`, see [`Condition::matched`]).
    pub fn messages(&self) -> Vec<(MessageId, usize, bool)> {
        let mut out: Vec<(MessageId, usize, bool)> = self.notice.iter().map(|(id, line)| (id.clone(), *line, false)).collect();
        out.extend(self.rules.iter().map(|r| (r.reason.clone(), r.line, r.when.names_items())));
        out.extend(self.shares.iter().map(|r| (r.reason.clone(), r.line, false)));
        out.extend(self.notes.iter().map(|n| (n.text.clone(), n.line, false)));
        out
    }
}
