//! The counts summed for a reader: over a period, in total and by one [`Dimension`] (region,
//! topic, month, …), as [`Measure`]s (ideas checked, drafts sent, …); with the rule that a
//! count below [`FEWER_THAN`] is never shown as a number outside the advisers' raw JSON.
//!
//! An event counts once in the total, and once in every row it belongs to: a check with
//! partners in Lapland and Murmansk counts in both rows, so rows may add up to more than the
//! total. An event with nothing to say for a dimension (a question has no region) is in the
//! row with no key.

use super::{Happening, Month, Tally};
use crate::core::i18n::Catalog;
use crate::core::ids::MessageId;
use crate::core::locale::Locale;
use fluent_bundle::FluentArgs;

/// Counts below this are shown as "fewer than 3" (a small count could point to a person).
pub const FEWER_THAN: u64 = 3;

/// What the counts are summed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    Region,
    Topic,
    Month,
    Scheme,
    Platform,
    Language,
}

impl Dimension {
    pub const ALL: [Dimension; 6] = [Dimension::Region, Dimension::Topic, Dimension::Month, Dimension::Scheme, Dimension::Platform, Dimension::Language];

    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Region => "region",
            Dimension::Topic => "topic",
            Dimension::Month => "month",
            Dimension::Scheme => "scheme",
            Dimension::Platform => "platform",
            Dimension::Language => "language",
        }
    }

    pub fn parse(s: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.as_str() == s.trim().to_lowercase())
    }

    /// The keys of the rows `tally` counts in (`None`: it says nothing of this dimension).
    fn keys(self, t: &Tally) -> Vec<Option<String>> {
        let some = |list: &[String]| if list.is_empty() { vec![None] } else { list.iter().cloned().map(Some).collect() };
        match self {
            Dimension::Region => some(&t.regions),
            Dimension::Topic => some(&t.topics),
            Dimension::Month => vec![Some(t.month.to_string())],
            Dimension::Scheme => vec![t.scheme.clone()],
            Dimension::Platform => vec![Some(t.platform.as_str().to_owned())],
            Dimension::Language => vec![Some(t.language.code().to_owned())],
        }
    }
}

/// What is counted, as the reader sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Measure {
    ChecksStarted,
    Checks,
    /// Checks whose verdict was that the idea fits an open scheme.
    Fits,
    Drafts,
    DraftsClaimed,
    DraftsClosed,
    Profiles,
    Introductions,
    IntroductionsAccepted,
    Questions,
    /// Questions the resource centre answered.
    Answered,
}

impl Measure {
    pub const ALL: [Measure; 11] = [
        Measure::ChecksStarted,
        Measure::Checks,
        Measure::Fits,
        Measure::Drafts,
        Measure::DraftsClaimed,
        Measure::DraftsClosed,
        Measure::Profiles,
        Measure::Introductions,
        Measure::IntroductionsAccepted,
        Measure::Questions,
        Measure::Answered,
    ];
    /// What makes up "activity" on the map and in the charts: each thing someone did once.
    pub const ACTIVITY: [Measure; 5] = [Measure::Checks, Measure::Drafts, Measure::Profiles, Measure::Introductions, Measure::Questions];

    /// Its name in JSON and CSV: `checks_started`, …
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::ChecksStarted => "checks_started",
            Measure::Checks => "checks",
            Measure::Fits => "fits",
            Measure::Drafts => "drafts",
            Measure::DraftsClaimed => "drafts_claimed",
            Measure::DraftsClosed => "drafts_closed",
            Measure::Profiles => "profiles",
            Measure::Introductions => "introductions",
            Measure::IntroductionsAccepted => "introductions_accepted",
            Measure::Questions => "questions",
            Measure::Answered => "answered",
        }
    }

    /// Its heading (`stats-measure-checks-started`, …).
    pub fn label(self) -> MessageId {
        MessageId::new(format!("stats-measure-{}", self.as_str().replace('_', "-")))
    }

    fn counts(self, t: &Tally) -> bool {
        match self {
            Measure::ChecksStarted => t.what == Happening::CheckStarted,
            Measure::Checks => t.what == Happening::CheckFinished,
            Measure::Fits => t.what == Happening::CheckFinished && t.verdict.as_deref() == Some("fits"),
            Measure::Drafts => t.what == Happening::DraftSent,
            Measure::DraftsClaimed => t.what == Happening::DraftClaimed,
            Measure::DraftsClosed => t.what == Happening::DraftClosed,
            Measure::Profiles => t.what == Happening::ProfilePublished,
            Measure::Introductions => t.what == Happening::IntroAsked,
            Measure::IntroductionsAccepted => t.what == Happening::IntroAccepted,
            Measure::Questions => t.what == Happening::Question,
            Measure::Answered => t.what == Happening::Question && t.answered == Some(true),
        }
    }
}

/// A count of each [`Measure`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts([u64; Measure::ALL.len()]);

impl Counts {
    pub fn get(&self, m: Measure) -> u64 {
        self.0[m as usize]
    }

    /// The sum of the [`Measure::ACTIVITY`] counts.
    pub fn activity(&self) -> u64 {
        Measure::ACTIVITY.iter().map(|m| self.get(*m)).sum()
    }

    fn add(&mut self, t: &Tally, n: u64) {
        for m in Measure::ALL {
            if m.counts(t) {
                self.0[m as usize] += n;
            }
        }
    }
}

/// One row: the key it is for (`None`: the events that say nothing of the dimension).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub key: Option<String>,
    pub counts: Counts,
}

/// The months asked for, both ends included; `None`: no limit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Period {
    pub from: Option<Month>,
    pub to: Option<Month>,
}

impl Period {
    pub fn holds(&self, m: Month) -> bool {
        self.from.is_none_or(|f| m >= f) && self.to.is_none_or(|t| m <= t)
    }
}

/// The counts of a period.
#[derive(Debug, Clone)]
pub struct Activity {
    pub period: Period,
    tallies: Vec<(Tally, u64)>,
}

impl Activity {
    /// The stored counts within `period`.
    pub fn new(all: Vec<(Tally, u64)>, period: Period) -> Activity {
        Activity { period, tallies: all.into_iter().filter(|(t, _)| period.holds(t.month)).collect() }
    }

    pub fn is_empty(&self) -> bool {
        self.tallies.is_empty()
    }

    /// The first and last month anything was counted in.
    pub fn span(&self) -> Option<(Month, Month)> {
        let first = self.tallies.iter().map(|(t, _)| t.month).min()?;
        let last = self.tallies.iter().map(|(t, _)| t.month).max()?;
        Some((first, last))
    }

    /// Every event once.
    pub fn total(&self) -> Counts {
        let mut c = Counts::default();
        for (t, n) in &self.tallies {
            c.add(t, *n);
        }
        c
    }

    /// The counts by `dim`, in the order a reader expects: months in time (none missing
    /// between the first and the last), regions west to east as on the map, the rest by key;
    /// the row with no key last.
    pub fn by(&self, dim: Dimension) -> Vec<Row> {
        let mut rows: std::collections::BTreeMap<Option<String>, Counts> = std::collections::BTreeMap::new();
        for (t, n) in &self.tallies {
            for key in dim.keys(t) {
                rows.entry(key).or_default().add(t, *n);
            }
        }
        if dim == Dimension::Month
            && let Some((first, last)) = self.months()
        {
            let mut m = first;
            while m <= last {
                rows.entry(Some(m.to_string())).or_default();
                m = m.next();
            }
        }
        let mut rows: Vec<Row> = rows.into_iter().map(|(key, counts)| Row { key, counts }).collect();
        rows.sort_by_key(|r| match &r.key {
            None => (2, usize::MAX, String::new()),
            Some(k) if dim == Dimension::Region => match super::tiles::TILES.iter().position(|t| t.region == k) {
                Some(i) => (0, i, String::new()),
                None => (1, 0, k.clone()),
            },
            Some(k) => (0, 0, k.clone()),
        });
        rows
    }

    /// The rows a reader is shown: [`Activity::by`] without those where none of the activity
    /// happened (a check begun has no region yet); every month is kept, so time has no gaps.
    pub fn active(&self, dim: Dimension) -> Vec<Row> {
        let mut rows = self.by(dim);
        if dim != Dimension::Month {
            rows.retain(|r| r.counts.activity() > 0);
        }
        rows
    }

    /// The months to show: the period asked for where it is given, else what was counted.
    fn months(&self) -> Option<(Month, Month)> {
        let span = self.span();
        let first = self.period.from.or(span.map(|s| s.0))?;
        let last = self.period.to.or(span.map(|s| s.1))?;
        // An open-ended period reaches no further than what was counted (or its own start).
        (first <= last).then_some((first, last))
    }
}

/// How a row's key reads: a region's or topic's name, a month, a scheme's title, a language's
/// name; "—" for the row with no key.
pub fn key_label(catalog: &Catalog, locale: Locale, dim: Dimension, key: Option<&str>, scheme_title: &dyn Fn(&str) -> Option<MessageId>) -> String {
    let Some(key) = key else {
        let mut args = FluentArgs::new();
        args.set("by", dim.as_str());
        return catalog.format(locale, &MessageId::new("stats-key-none"), Some(&args));
    };
    let id = match dim {
        Dimension::Region => format!("region-{key}"),
        Dimension::Topic => format!("topic-{key}"),
        Dimension::Month => return month_label(catalog, locale, key),
        Dimension::Scheme => match scheme_title(key) {
            Some(title) => return catalog.format(locale, &title, None),
            None => return key.to_owned(),
        },
        Dimension::Platform => format!("stats-platform-{key}"),
        Dimension::Language => format!("language-name-{key}"),
    };
    let id = MessageId::new(id);
    if catalog.has(locale, id.as_str()) { catalog.format(locale, &id, None) } else { key.to_owned() }
}

/// `2026-12` as the language writes a month of a year ("Dec 2026", «des. 2026»).
pub fn month_label(catalog: &Catalog, locale: Locale, key: &str) -> String {
    let Some(m) = Month::parse(key) else { return key.to_owned() };
    let mut args = FluentArgs::new();
    args.set("month", m.month);
    args.set("year", m.year.to_string());
    catalog.format(locale, &MessageId::new("stats-month"), Some(&args))
}

/// A count as anyone but the advisers' raw JSON shows it: the number, or "fewer than 3".
pub fn shown(catalog: &Catalog, locale: Locale, n: u64) -> String {
    if is_few(n) {
        let mut args = FluentArgs::new();
        args.set("n", FEWER_THAN);
        catalog.format(locale, &MessageId::new("stats-fewer"), Some(&args))
    } else {
        crate::core::numbers::format_number(n as i64, locale)
    }
}

/// 1 or 2: too few to show (none at all points to nobody).
pub fn is_few(n: u64) -> bool {
    n > 0 && n < FEWER_THAN
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::activity::Happening;
    use crate::core::ids::Platform;

    fn tally(what: Happening, month: &str, regions: &[&str]) -> Tally {
        let mut t = Tally::new(what, 0, Locale::En, Platform::Console);
        t.month = Month::parse(month).unwrap();
        t.regions = regions.iter().map(|s| s.to_string()).collect();
        t
    }

    #[test]
    fn rows_count_an_event_in_every_region_it_involves_and_the_total_once() {
        let a = Activity::new(
            vec![(tally(Happening::CheckFinished, "2026-10", &["troms", "murmansk"]), 4), (tally(Happening::Question, "2026-12", &[]), 2)],
            Period::default(),
        );
        assert_eq!(a.total().get(Measure::Checks), 4);
        let rows = a.by(Dimension::Region);
        let keys: Vec<_> = rows.iter().map(|r| r.key.clone()).collect();
        assert_eq!(keys, [Some("troms".into()), Some("murmansk".into()), None], "map order, no key last");
        assert_eq!(rows[1].counts.get(Measure::Checks), 4);
        assert_eq!(rows[2].counts.get(Measure::Questions), 2);
        let months: Vec<_> = a.by(Dimension::Month).into_iter().map(|r| r.key.unwrap()).collect();
        assert_eq!(months, ["2026-10", "2026-11", "2026-12"], "no month missing");
    }

    #[test]
    fn a_period_keeps_its_months_only() {
        let all = vec![(tally(Happening::DraftSent, "2026-01", &[]), 1), (tally(Happening::DraftSent, "2026-03", &[]), 5)];
        let a = Activity::new(all, Period { from: Month::parse("2026-02"), to: None });
        assert_eq!(a.total().get(Measure::Drafts), 5);
    }

    #[test]
    fn one_or_two_are_few_and_none_is_not() {
        assert!(!is_few(0));
        assert!(is_few(1) && is_few(2));
        assert!(!is_few(3));
    }
}
