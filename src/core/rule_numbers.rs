//! One number, one place: the checks that keep texts in step with the numbers and dates the
//! funding schemes decide by (their named values, see [`super::schemes::Values`], and the date
//! a scheme closed, see [`super::schemes::Scheme::closed_term`]).
//!
//! - [`knowledge_messages`]: the variables each resource-centre text receives — those of every
//!   version of each scheme under which it can be shown (a `-<scheme>` variant: that scheme's;
//!   a general text: those of every scheme without a variant of it, since the first open scheme
//!   is the operator's choice);
//! - [`check`]: warns where a text still writes such a number literally (`50 000`, `70 %`),
//!   naming where it is defined and the variable to write instead; and where it writes such a
//!   date ("1 March", "15. november 2023"), in the words of the language's `month-N`.
//!
//! What counts as writing a rule's number: a percentage (`70 %`); an amount of 1 000 or more in
//! any grouping (`50000`, `50 000`, `50,000`); and a number from 100 to 999 next to a currency
//! (`NOK 200`, `200 kroner`, `200 крон`), since "a school with 200 pupils" is not the volunteer
//! rate. Smaller numbers without `%` ("3 partners", "ages 16–30") and years or versions
//! (`2024.1`) are never a rule's. Keyword lists (`-keywords`) hold what people type and are left
//! alone. An example's amount that happens to equal a rule's is reworded, not silenced.

use super::content::Content;
use super::diagnostic::Report;
use super::i18n::PLACEABLE;
use super::ids::MessageId;
use super::locale::Locale;
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

/// A named value as `check` reports it: the scheme's file and line that define it.
struct Defined<'a> {
    name: &'a str,
    value: i64,
    file: &'a str,
    line: usize,
}

/// Every resource-centre message with the line of `config/knowledge.toml` that uses it, whether
/// it is a button label, and the variables it receives — one entry per version whose values it
/// may be shown with (an article's title, short answer and body), else one with none.
pub fn knowledge_messages(content: &Content) -> Vec<(MessageId, usize, bool, BTreeSet<String>)> {
    let shown = shown_with(content);
    let mut out = Vec::new();
    for (id, line, label) in content.knowledge.messages() {
        match shown.get(&id) {
            Some(versions) => out.extend(versions.iter().map(|v| (id.clone(), line, label, v.values.names()))),
            None => out.push((id, line, label, BTreeSet::new())),
        }
    }
    out
}

/// For each article text that receives values: the versions whose values it is shown with.
fn shown_with(content: &Content) -> BTreeMap<MessageId, Vec<&super::schemes::Version>> {
    let mut shown: BTreeMap<MessageId, Vec<&super::schemes::Version>> = BTreeMap::new();
    for a in &content.knowledge.articles {
        for scheme in content.schemes.map.values() {
            for id in [a.title(), a.short(&scheme.id), a.body(&scheme.id)] {
                shown.entry(id).or_default().extend(&scheme.versions);
            }
        }
    }
    shown
}

/// A number as texts write it: digits, maybe grouped by threes with a space, a no-break space,
/// a narrow no-break space or a comma; then maybe a percent sign.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|[^\d.,])(\d{1,3}(?:[ \u{a0}\u{202f},]\d{3})+|\d+)([ \u{a0}\u{202f}]?%)?").expect("the number pattern is valid")
});

/// The numbers in `text` that could be a rule's: (value, as written, byte offset).
fn numbers(text: &str) -> Vec<(i64, String, usize)> {
    let mut out = Vec::new();
    for c in NUMBER.captures_iter(text) {
        let (Some(digits), percent) = (c.get(2), c.get(3)) else { continue };
        let after = &text[c.get(0).map_or(digits.end(), |m| m.end())..];
        // A decimal or a version ("2024.1", "4,5") is not an amount.
        if percent.is_none() && after.strip_prefix(['.', ',']).is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_digit())) {
            continue;
        }
        let Ok(value) = digits.as_str().chars().filter(char::is_ascii_digit).collect::<String>().parse::<i64>() else { continue };
        let before = &text[..digits.start()];
        let currency = before.trim_end_matches([' ', '\u{a0}']).ends_with("NOK")
            || ["kroner", "krone", "kr", "крон", "NOK"].iter().any(|c| after.trim_start_matches([' ', '\u{a0}']).starts_with(c));
        if value >= 1000 || (value >= 100 && currency) || percent.is_some() {
            let written = c.get(0).map_or("", |m| m.as_str()).trim_start_matches(|ch: char| !ch.is_ascii_digit());
            out.push((value, written.to_owned(), digits.start()));
        }
    }
    out
}

/// A date as a language writes it in a sentence: a day, maybe a dot, a month's name from its
/// `format.ftl`, maybe a year: (month, day, year, as written, byte offset).
fn dates(text: &str, months: &Regex, names: &[String]) -> Vec<(u8, u8, Option<i32>, String, usize)> {
    let mut out = Vec::new();
    for c in months.captures_iter(text) {
        let (Some(day), Some(month), Some(all)) = (c.get(2), c.get(3), c.get(0)) else { continue };
        let at = day.start();
        let month = month.as_str().to_lowercase();
        let Some(m) = names.iter().position(|n| *n == month) else { continue };
        let Ok(day) = day.as_str().parse::<u8>() else { continue };
        let year = c.get(5).and_then(|y| y.as_str().parse().ok());
        let written = all.as_str().trim_start_matches(|ch: char| !ch.is_ascii_digit()).to_owned();
        out.push((u8::try_from(m + 1).unwrap_or(0), day, year, written, at));
    }
    out
}

/// The pattern of a date in `locale`, with its month names (lower case, January first).
fn date_pattern(content: &Content, locale: Locale) -> (Regex, Vec<String>) {
    let formats = content.catalog.formats(locale);
    let names: Vec<String> = (1..=12).map(|m| formats.month(m).to_lowercase()).collect();
    let alternatives: Vec<String> = names.iter().map(|n| regex::escape(n)).collect();
    let pattern = format!(r"(?i)(^|[^\d])(\d{{1,2}})\.?[ \u{{a0}}\u{{202f}}]+({})\b([ \u{{a0}}\u{{202f}}]+(\d{{4}}))?", alternatives.join("|"));
    (Regex::new(&pattern).expect("month names are escaped"), names)
}

/// Warns where a message writes a date a scheme defines: a board deadline, or the day it closed.
fn check_dates(content: &Content, scoped: &BTreeMap<MessageId, Vec<(i64, String, String, usize)>>, report: &mut Report) {
    // (month, day, year if it is one day in history, where and how texts state it)
    let mut defined: Vec<(u8, u8, Option<i32>, String, usize, String)> = Vec::new();
    for s in content.schemes.map.values() {
        if let Some(d) = s.closed_from {
            defined.push((d.month, d.day, Some(d.year), s.file.clone(), s.closed_line, format!("{{ -{} }}", s.closed_term())));
        }
        // The newest version first: that is where an editor changes a date.
        for v in s.versions.iter().rev() {
            for named in v.values.days() {
                defined.extend(named.days.iter().map(|&(m, d)| (m, d, None, v.file.clone(), named.line, format!("{{ ${} }}", named.name))));
            }
        }
    }
    for locale in Locale::ALL {
        let (pattern, names) = date_pattern(content, locale);
        for (id, info) in &content.catalog.language(locale).messages {
            if id.ends_with("-keywords") || id.starts_with("month-") {
                continue;
            }
            for text in &info.texts {
                for (month, day, year, written, at) in dates(text, &pattern, &names) {
                    let Some((_, _, history, file, line, write)) = defined.iter().find(|(m, d, y, ..)| (*m, *d) == (month, day) && (y.is_none() || year.is_none() || *y == year)) else { continue };
                    let line_in_text = info.text_line + text[..at].matches('\n').count();
                    let advice = if history.is_some() || scoped.contains_key(&MessageId::new(id.clone())) {
                        format!("write {write} so it follows the file")
                    } else {
                        "this text does not receive the rules' dates: leave the date to the verdict and the advice articles, which do".to_owned()
                    };
                    let what = if history.is_some() { "the date the scheme closed (`closed_from`)" } else { "a board deadline" };
                    report.warning(&info.file, line_in_text, format!("`{id}` writes {written}, which {file}:{line} defines as {what}: {advice}"));
                }
            }
        }
    }
}

/// Warns where a message writes a number or a date a scheme defines by name.
pub fn check(content: &Content, report: &mut Report) {
    let defined = |v: &'_ super::schemes::Version| -> Vec<(i64, String, String, usize)> { v.values.iter().map(|n| (n.value, n.name.clone(), v.file.clone(), n.line)).collect() };
    let all: Vec<(i64, String, String, usize)> = content.schemes.map.values().flat_map(|s| &s.versions).flat_map(defined).collect();
    // A scheme's texts and the articles: the values of the versions they are shown with.
    let mut scoped: BTreeMap<MessageId, Vec<(i64, String, String, usize)>> = BTreeMap::new();
    for s in content.schemes.map.values() {
        for v in &s.versions {
            for (id, _, _) in v.messages() {
                scoped.entry(id).or_default().extend(defined(v));
            }
        }
    }
    for (id, versions) in shown_with(content) {
        scoped.entry(id).or_default().extend(versions.into_iter().flat_map(defined));
    }
    check_dates(content, &scoped, report);
    for locale in Locale::ALL {
        for (id, info) in &content.catalog.language(locale).messages {
            if id.ends_with("-keywords") {
                continue;
            }
            let candidates = scoped.get(&MessageId::new(id.clone())).unwrap_or(&all);
            for text in &info.texts {
                for (value, written, at) in numbers(text) {
                    let percent = written.ends_with('%');
                    let Some(d) = candidates
                        .iter()
                        .map(|(value, name, file, line)| Defined { name, value: *value, file, line: *line })
                        .find(|d| d.value == value && (percent || d.value >= 100))
                    else {
                        continue;
                    };
                    let line = info.text_line + text[..at].matches('\n').count();
                    let written = written.replace(PLACEABLE, "{…}");
                    let advice = if scoped.contains_key(&MessageId::new(id.clone())) {
                        format!("write {{ ${} }} so it follows the rule", d.name)
                    } else {
                        "this text does not receive the rules' numbers: leave the number to the verdict and the advice articles, which do".to_owned()
                    };
                    report.warning(&info.file, line, format!("`{id}` writes {written}, which {}:{} defines as `{}`: {advice}", d.file, d.line, d.name));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::numbers;

    #[test]
    fn numbers_are_read_in_every_way_they_are_written() {
        let found = |t: &str| numbers(t).into_iter().map(|(v, w, _)| (v, w)).collect::<Vec<_>>();
        assert_eq!(found("under NOK 50,000 in total"), [(50_000, "50,000".to_owned())]);
        assert_eq!(found("under 50\u{a0}000 kroner"), [(50_000, "50\u{a0}000".to_owned())]);
        assert_eq!(found("под 50\u{202f}000 и 50 000"), [(50_000, "50\u{202f}000".to_owned()), (50_000, "50 000".to_owned())]);
        assert_eq!(found("up to 70% or 70\u{a0}%"), [(70, "70%".to_owned()), (70, "70\u{a0}%".to_owned())]);
        assert_eq!(found("50000 and NOK 200 an hour"), [(50_000, "50000".to_owned()), (200, "200".to_owned())]);
        assert_eq!(found("по 200\u{a0}крон в час"), [(200, "200".to_owned())]);
        // Small numbers without a percent sign, counts, versions and decimals are not the rules' numbers.
        let none = "3 partners, ages 16–30, version 2024.1, 4,5 hours, 200 pupils";
        assert!(found(none).is_empty(), "{:?}", found(none));
    }
}
