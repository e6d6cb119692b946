//! The counts as text: a table for the terminal, CSV for spreadsheets, and JSON — exact for
//! the advisers (`stats --format json`), with few counts left out for the public page
//! (`/stats.json`). Every word comes from the catalog; the CSV and JSON keep one shape (ids,
//! measure names) in every language.

use super::report::{Activity, Counts, Dimension, FEWER_THAN, Measure, Row, is_few, key_label, month_label, shown};
use crate::core::i18n::Catalog;
use crate::core::ids::MessageId;
use crate::core::locale::Locale;
use fluent_bundle::FluentArgs;
use serde_json::{Map, Value, json};

/// What the texts need: the catalog in one language, and how a scheme id finds its title.
pub struct Labels<'a> {
    pub catalog: &'a Catalog,
    pub locale: Locale,
    pub scheme_title: &'a dyn Fn(&str) -> Option<MessageId>,
}

impl Labels<'_> {
    pub fn text(&self, id: &str) -> String {
        self.catalog.format(self.locale, &MessageId::new(id), None)
    }

    fn key(&self, dim: Dimension, row: &Row) -> String {
        key_label(self.catalog, self.locale, dim, row.key.as_deref(), self.scheme_title)
    }

    fn count(&self, n: u64) -> String {
        shown(self.catalog, self.locale, n)
    }

    /// The period in words: "Jan 2026 – Dec 2026", or "All months".
    pub fn period(&self, activity: &Activity) -> String {
        let p = activity.period;
        if p.from.is_none() && p.to.is_none() {
            return self.text("stats-period-all");
        }
        let span = activity.span();
        let from = p.from.or(span.map(|s| s.0));
        let to = p.to.or(span.map(|s| s.1));
        let month = |m: Option<super::Month>| m.map(|m| month_label(self.catalog, self.locale, &m.to_string())).unwrap_or_else(|| "…".to_owned());
        let mut args = FluentArgs::new();
        args.set("from", month(from));
        args.set("to", month(to));
        self.catalog.format(self.locale, &MessageId::new("stats-period"), Some(&args))
    }
}

/// The measures a terminal table shows: each thing someone did once.
const TABLE: [Measure; 5] = Measure::ACTIVITY;
/// Headings are wrapped to this many characters.
const HEADING: usize = 13;

/// A table per dimension in `dims`, with a total row, for a terminal.
pub fn table(activity: &Activity, dims: &[Dimension], labels: &Labels) -> String {
    let mut out = format!("{} · {}\n", labels.text("stats-title"), labels.period(activity));
    if activity.is_empty() {
        out.push_str(&labels.text("stats-nothing"));
        out.push('\n');
        return out;
    }
    for dim in dims {
        out.push('\n');
        let mut rows: Vec<Vec<String>> = activity.active(*dim).iter().map(|r| std::iter::once(labels.key(*dim, r)).chain(TABLE.iter().map(|m| labels.count(r.counts.get(*m)))).collect()).collect();
        let total = activity.total();
        rows.push(std::iter::once(labels.text("stats-total")).chain(TABLE.iter().map(|m| labels.count(total.get(*m)))).collect());
        let headings: Vec<Vec<String>> = std::iter::once(labels.text(&format!("stats-by-{}", dim.as_str()))).chain(TABLE.iter().map(|m| labels.text(m.label().as_str()))).map(|h| wrap(&h, HEADING)).collect();
        let width = |c: usize| rows.iter().map(|r| r[c].chars().count()).chain(headings[c].iter().map(|l| l.chars().count())).max().unwrap_or(0);
        let widths: Vec<usize> = (0..=TABLE.len()).map(width).collect();
        let lines = headings.iter().map(Vec::len).max().unwrap_or(1);
        for line in 0..lines {
            // Headings sit on their last lines, so short ones line up with the numbers.
            let cells: Vec<String> = headings.iter().map(|h| h.get((line + h.len()).wrapping_sub(lines)).cloned().unwrap_or_default()).collect();
            out.push_str(&aligned(&cells, &widths));
        }
        out.push_str(&aligned(&widths.iter().map(|w| "─".repeat(*w)).collect::<Vec<_>>(), &widths));
        for row in &rows {
            out.push_str(&aligned(row, &widths));
        }
        // Why the rows can add up to more than the total.
        let note = match dim {
            Dimension::Region => Some("stats-region-means"),
            Dimension::Topic => Some("stats-topic-means"),
            _ => None,
        };
        if let Some(note) = note {
            out.push_str(&labels.text(note));
            out.push('\n');
        }
    }
    out
}

/// The first cell left-aligned, the rest right-aligned, two spaces apart.
fn aligned(cells: &[String], widths: &[usize]) -> String {
    let mut line = String::new();
    for (i, (c, w)) in cells.iter().zip(widths).enumerate() {
        let pad = w.saturating_sub(c.chars().count());
        if i == 0 {
            line.push_str(c);
            line.push_str(&" ".repeat(pad));
        } else {
            line.push_str("  ");
            line.push_str(&" ".repeat(pad));
            line.push_str(c);
        }
    }
    line.truncate(line.trim_end().len());
    line.push('\n');
    line
}

/// Words on lines of at most `max` characters (a longer word keeps its own line).
fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(l) if l.chars().count() + 1 + word.chars().count() <= max => {
                l.push(' ');
                l.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// One CSV row per dimension's row and a total, with every measure: `by,key,label,…`.
pub fn csv(activity: &Activity, dims: &[Dimension], labels: &Labels) -> String {
    let mut out = String::from("by,key,label");
    for m in Measure::ALL {
        out.push(',');
        out.push_str(m.as_str());
    }
    out.push('\n');
    let mut line = |by: &str, key: &str, label: &str, counts: &Counts| {
        let cells = [by.to_owned(), key.to_owned(), label.to_owned()].into_iter().chain(Measure::ALL.iter().map(|m| labels.count(counts.get(*m))));
        out.push_str(&cells.map(|c| csv_field(&c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    };
    for dim in dims {
        for row in activity.by(*dim) {
            line(dim.as_str(), row.key.as_deref().unwrap_or(""), &labels.key(*dim, &row), &row.counts);
        }
    }
    line("total", "", &labels.text("stats-total"), &activity.total());
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_owned() }
}

/// The counts as JSON: `period`, `total`, and `by` each dimension in `dims` (rows with their
/// `key`, `label` and `counts`). `exact`: every count as it is (the advisers' command line);
/// else a count of 1 or 2 is `null` and `fewer_than` says why (the public page).
pub fn json(activity: &Activity, dims: &[Dimension], labels: &Labels, exact: bool) -> Value {
    let counts = |c: &Counts| -> Value {
        let mut m = Map::new();
        for measure in Measure::ALL {
            let n = c.get(measure);
            m.insert(measure.as_str().to_owned(), if !exact && is_few(n) { Value::Null } else { json!(n) });
        }
        m.insert("activity".to_owned(), if !exact && is_few(c.activity()) { Value::Null } else { json!(c.activity()) });
        Value::Object(m)
    };
    let mut by = Map::new();
    for dim in dims {
        let rows: Vec<Value> = activity.by(*dim).iter().map(|r| json!({ "key": r.key, "label": labels.key(*dim, r), "counts": counts(&r.counts) })).collect();
        by.insert(dim.as_str().to_owned(), Value::Array(rows));
    }
    let span = activity.span();
    let mut doc = json!({
        "period": {
            "from": activity.period.from.map(|m| m.to_string()),
            "to": activity.period.to.map(|m| m.to_string()),
            "first_counted": span.map(|s| s.0.to_string()),
            "last_counted": span.map(|s| s.1.to_string()),
        },
        "language": labels.locale.code(),
        "total": counts(&activity.total()),
        "by": by,
    });
    if !exact {
        doc["fewer_than"] = json!(FEWER_THAN);
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::activity::report::Period;
    use crate::core::activity::{Happening, Month, Tally};
    use crate::core::ids::Platform;

    fn activity() -> Activity {
        let mut t = Tally::new(Happening::CheckFinished, 0, Locale::Nb, Platform::Telegram);
        t.month = Month::parse("2026-11").unwrap();
        t.regions = vec!["finnmark".into()];
        let mut q = Tally::new(Happening::Question, 0, Locale::Nb, Platform::Telegram);
        q.month = Month::parse("2026-12").unwrap();
        Activity::new(vec![(t, 7), (q, 2)], Period::default())
    }


    #[test]
    fn the_table_names_rows_in_the_language_and_hides_small_counts() {
        let catalog = crate::core::activity::chart::tests::catalog();
        let labels = Labels { catalog: &catalog, locale: Locale::Nb, scheme_title: &|_| None };
        let text = table(&activity(), &[Dimension::Region, Dimension::Month], &labels);
        assert!(text.contains("Finnmark") && text.contains("nov.\u{a0}2026"), "{text}");
        assert!(text.contains("færre enn\u{a0}3"), "{text}");
        assert!(!text.lines().any(|l| l.split_whitespace().any(|w| w == "2")), "a count of 2 is never shown: {text}");
    }

    #[test]
    fn exact_json_is_for_advisers_and_public_json_leaves_few_out() {
        let catalog = crate::core::activity::chart::tests::catalog();
        let labels = Labels { catalog: &catalog, locale: Locale::En, scheme_title: &|_| None };
        let exact = json(&activity(), &[Dimension::Region], &labels, true);
        assert_eq!(exact["total"]["questions"], 2);
        assert_eq!(exact["by"]["region"][0]["key"], "finnmark");
        assert_eq!(exact["by"]["region"][0]["counts"]["checks"], 7);
        let public = json(&activity(), &[Dimension::Region], &labels, false);
        assert_eq!(public["total"]["questions"], Value::Null);
        assert_eq!(public["fewer_than"], 3);
    }

    #[test]
    fn csv_keeps_its_columns_and_quotes_what_needs_it() {
        let catalog = crate::core::activity::chart::tests::catalog();
        let labels = Labels { catalog: &catalog, locale: Locale::Ru, scheme_title: &|_| None };
        let text = csv(&activity(), &[Dimension::Region], &labels);
        let header = text.lines().next().unwrap();
        assert!(header.starts_with("by,key,label,checks_started,checks,"), "{header}");
        assert!(text.lines().any(|l| l.starts_with("region,finnmark,Финнмарк,")), "{text}");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
    }
}
