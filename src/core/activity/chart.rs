//! Charts of the activity as SVG: a column for each month, and horizontal bars by topic (or any
//! other [`Dimension`]). Each is a standalone document — no scripts, styles or external assets —
//! whose every word comes from the catalog, XML-escaped; the same counts give the same bytes.
//!
//! A count of 1 or 2 never shows itself: its bar is a hatched placeholder as long as 3 would be
//! ("somewhere below 3") and it reads "fewer than 3". None at all draws no bar. The helpers for
//! text (escaping, a width estimate, wrapping) and the document's start serve [`super::map`] too.

use super::report::{Activity, Dimension, FEWER_THAN, is_few, key_label, month_label, shown};
use crate::core::i18n::Catalog;
use crate::core::ids::MessageId;
use crate::core::locale::Locale;
use crate::core::numbers::format_number;
use std::fmt::Write;

/// The width of a chart, in SVG units.
const WIDTH: f64 = 720.0;
/// The bars' blue: white reads on it at 5.1:1.
const BAR: &str = "#2171b5";
/// Text on white (17:1) and quieter text — axes, notes — (7:1).
pub(super) const INK: &str = "#1a1a1a";
pub(super) const MUTED: &str = "#595959";

/// A message with no arguments.
pub(super) fn text(catalog: &Catalog, locale: Locale, id: &str) -> String {
    catalog.format(locale, &MessageId::new(id), None)
}

/// `s` safe inside XML or HTML text and double-quoted attributes (the charts, and the page
/// they sit in).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// A coordinate with at most one decimal: the same bytes every time.
pub(super) fn num(x: f64) -> String {
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map_or_else(|| s.clone(), str::to_owned)
}

/// Roughly how wide `s` is in a sans-serif font of `size` units, erring wide so that it fits.
pub(super) fn width(s: &str, size: f64) -> f64 {
    let em: f64 = s
        .chars()
        .map(|c| match c {
            ' ' | '\u{a0}' => 0.32,
            'i' | 'l' | 'j' | 'I' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' => 0.3,
            'f' | 't' | 'r' | '(' | ')' | '-' => 0.42,
            'm' | 'w' | 'M' | 'W' | 'ш' | 'щ' | 'ж' | 'ы' | 'ю' | 'м' | 'Ш' | 'Щ' | 'Ж' | 'Ю' | 'Ы' | 'М' => 0.86,
            c if c.is_ascii_digit() => 0.64,
            c if c.is_uppercase() => 0.72,
            _ => 0.6,
        })
        .sum();
    em * size
}

/// `s` broken at spaces into lines no wider than `max` (a longer word keeps a line of its own).
/// Non-breaking spaces, as in `50 000`, hold.
pub(super) fn wrap(s: &str, max: f64, size: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in s.split(' ').filter(|w| !w.is_empty()) {
        match lines.last_mut() {
            Some(line) if width(line, size) + width(" ", size) + width(word, size) <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// The start of a document `w` × `h`: its accessible name and description, a white ground
/// and the title written at the top left. `id` keeps its ids apart from other charts on a page.
pub(super) fn open(id: &str, w: f64, h: f64, title: &str, desc: &str) -> String {
    let (w, h, t) = (num(w), num(h), escape(title));
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" font-family=\"sans-serif\" fill=\"{INK}\">\n\
         <title id=\"{id}-title\">{t}</title>\n<desc id=\"{id}-desc\">{d}</desc>\n\
         <rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>\n<text x=\"16\" y=\"30\" font-size=\"18\" font-weight=\"bold\">{t}</text>\n",
        d = escape(desc)
    )
}

/// `<text>` at `x`, `y` (the baseline) with further attributes.
pub(super) fn text_at(s: &mut String, x: f64, y: f64, attrs: &str, content: &str) {
    let _ = writeln!(s, "<text x=\"{}\" y=\"{}\" {attrs}>{}</text>", num(x), num(y), escape(content));
}

/// A bar: solid for a count that shows, hatched with a dashed outline for one that is few.
fn bar(s: &mut String, id: &str, (x, y, w, h): (f64, f64, f64, f64), few: bool) {
    let paint = if few { format!("fill=\"url(#{id}-few)\" stroke=\"{BAR}\" stroke-dasharray=\"3 2\"") } else { format!("fill=\"{BAR}\"") };
    let _ = writeln!(s, "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {paint}/>", num(x), num(y), num(w), num(h));
}

/// The hatching of a few count, and its key ("fewer than 3") at the top right under the title.
fn few_key(s: &mut String, id: &str, catalog: &Catalog, locale: Locale) {
    let _ = writeln!(
        s,
        "<defs><pattern id=\"{id}-few\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
         <rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><rect width=\"2.5\" height=\"6\" fill=\"{BAR}\"/></pattern></defs>"
    );
    let label = shown(catalog, locale, 1);
    let x = WIDTH - 16.0 - width(&label, 12.0);
    bar(s, id, (x - 22.0, 39.0, 16.0, 14.0), true);
    text_at(s, x, 51.0, "font-size=\"12\"", &label);
}

/// A chart with nothing to draw: its title and "nothing has been counted".
fn nothing(id: &str, title: &str, catalog: &Catalog, locale: Locale) -> String {
    let mut s = open(id, WIDTH, 100.0, title, &text(catalog, locale, "stats-activity-means"));
    for (i, line) in wrap(&text(catalog, locale, "stats-nothing"), WIDTH - 32.0, 14.0).iter().enumerate() {
        text_at(&mut s, 16.0, 62.0 + 18.0 * i as f64, "font-size=\"14\"", line);
    }
    s + "</svg>\n"
}

/// The length a count is drawn at: a few as 3, so that its bar says "somewhere below 3".
fn drawn(n: u64) -> u64 {
    if is_few(n) { FEWER_THAN } else { n }
}

/// An axis from 0 to at least `max` (2 or more) in 3 to 5 round ticks: its step (1, 2 or 5
/// times a power of ten) and its top.
fn ticks(max: u64) -> (u64, u64) {
    let mut base = 1u64;
    loop {
        for step in [base, 2 * base, 5 * base] {
            let top = max.div_ceil(step) * step;
            if top / step <= 4 {
                return (step, top);
            }
        }
        base *= 10;
    }
}

/// Activity by month, a column for each month of the period, with a y axis of round numbers.
pub fn months(activity: &Activity, catalog: &Catalog, locale: Locale) -> String {
    const ID: &str = "activity-months";
    let title = text(catalog, locale, "stats-months-title");
    if activity.is_empty() {
        return nothing(ID, &title, catalog, locale);
    }
    let rows = activity.by(Dimension::Month);
    let labels: Vec<String> = rows.iter().map(|r| month_label(catalog, locale, r.key.as_deref().unwrap_or_default())).collect();
    let values: Vec<u64> = rows.iter().map(|r| r.counts.activity()).collect();
    let (step, top) = ticks(values.iter().map(|v| drawn(*v)).max().unwrap_or(0).max(FEWER_THAN));
    let slot_of = |left: f64| (WIDTH - left - 16.0) / rows.len().max(1) as f64;
    let mut left = 24.0 + width(&format_number(top as i64, locale), 12.0);
    // More than 12 months: a label for every second (third, …) month only.
    let every = rows.len().div_ceil(12).max(1);
    let label_w = labels.iter().map(|l| width(l, 12.0)).fold(0.0, f64::max);
    let rotate = label_w > slot_of(left) * every as f64 - 6.0;
    if rotate {
        // Room for the first label, slanting down to the left of its column.
        left = left.max(label_w * 0.71 + 6.0 - slot_of(left) / 2.0);
    }
    let slot = slot_of(left);
    let (plot_top, plot_h) = (72.0, 220.0);
    let base = plot_top + plot_h;
    let height = base + if rotate { 28.0 + label_w * 0.71 } else { 40.0 };
    let mut s = open(ID, WIDTH, height, &title, &text(catalog, locale, "stats-activity-means"));
    text_at(&mut s, 16.0, 51.0, &format!("font-size=\"12\" fill=\"{MUTED}\""), &text(catalog, locale, "stats-activity"));
    if values.iter().any(|v| is_few(*v)) {
        few_key(&mut s, ID, catalog, locale);
    }
    let y_of = |n: u64| base - n as f64 / top as f64 * plot_h;
    for k in 0..=top / step {
        let y = num(y_of(k * step));
        let _ = writeln!(s, "<line x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"#d9d9d9\"/>", num(left), num(WIDTH - 16.0));
        text_at(&mut s, left - 8.0, y_of(k * step) + 4.0, &format!("font-size=\"12\" text-anchor=\"end\" fill=\"{MUTED}\""), &format_number((k * step) as i64, locale));
    }
    let bw = (slot * 0.7).min(48.0);
    for (i, (label, &v)) in labels.iter().zip(&values).enumerate() {
        let cx = left + slot * (i as f64 + 0.5);
        let value = shown(catalog, locale, v);
        let _ = writeln!(s, "<g><title>{}: {}</title>", escape(label), escape(&value));
        if v > 0 {
            bar(&mut s, ID, (cx - bw / 2.0, y_of(drawn(v)), bw, base - y_of(drawn(v))), is_few(v));
        }
        if !is_few(v) && width(&value, 11.0) <= slot - 2.0 {
            text_at(&mut s, cx, y_of(v) - 5.0, "font-size=\"11\" text-anchor=\"middle\"", &value);
        }
        if i % every == 0 {
            let (x, y) = (num(cx), num(base + 16.0));
            let attrs = if rotate { format!("font-size=\"12\" text-anchor=\"end\" transform=\"rotate(-45 {x} {y})\"") } else { "font-size=\"12\" text-anchor=\"middle\"".to_owned() };
            text_at(&mut s, cx, base + 16.0, &attrs, label);
        }
        s.push_str("</g>\n");
    }
    let _ = writeln!(s, "<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"{MUTED}\"/>", num(left), num(base), num(WIDTH - 16.0));
    s + "</svg>\n"
}

/// Activity by `dim` as horizontal bars (by topic on the page): a row's name on the left, its
/// count at the end of its bar.
pub fn bars(activity: &Activity, dim: Dimension, catalog: &Catalog, locale: Locale, scheme_title: &dyn Fn(&str) -> Option<MessageId>) -> String {
    let id = format!("activity-by-{}", dim.as_str());
    let title = text(catalog, locale, match dim {
        Dimension::Topic => "stats-topics-title",
        Dimension::Month => "stats-months-title",
        Dimension::Region => "stats-regions-title",
        Dimension::Scheme => "stats-schemes-title",
        Dimension::Platform => "stats-platforms-title",
        Dimension::Language => "stats-languages-title",
    });
    if activity.is_empty() {
        return nothing(&id, &title, catalog, locale);
    }
    let rows = activity.active(dim);
    let names: Vec<String> = rows.iter().map(|r| key_label(catalog, locale, dim, r.key.as_deref(), scheme_title)).collect();
    let lines: Vec<Vec<String>> = names.iter().map(|n| wrap(n, 220.0, 13.0)).collect();
    let values: Vec<u64> = rows.iter().map(|r| r.counts.activity()).collect();
    let texts: Vec<String> = values.iter().map(|v| shown(catalog, locale, *v)).collect();
    let row_h = (lines.iter().map(Vec::len).max().unwrap_or(1) as f64 * 16.0 + 12.0).max(30.0);
    let left = 26.0 + lines.iter().flatten().map(|l| width(l, 13.0)).fold(0.0, f64::max);
    let area = WIDTH - left - 24.0 - texts.iter().map(|t| width(t, 13.0)).fold(0.0, f64::max);
    let max = values.iter().map(|v| drawn(*v)).max().unwrap_or(0).max(FEWER_THAN) as f64;
    let top = 64.0;
    let height = top + rows.len() as f64 * row_h + 16.0;
    let mut s = open(&id, WIDTH, height, &title, &text(catalog, locale, "stats-activity-means"));
    if values.iter().any(|v| is_few(*v)) {
        few_key(&mut s, &id, catalog, locale);
    }
    for (i, ((name, lines), (&v, value))) in names.iter().zip(&lines).zip(values.iter().zip(&texts)).enumerate() {
        let mid = top + (i as f64 + 0.5) * row_h;
        let _ = writeln!(s, "<g><title>{}: {}</title>", escape(name), escape(value));
        for (j, line) in lines.iter().enumerate() {
            let y = mid + 4.5 + (j as f64 - (lines.len() - 1) as f64 / 2.0) * 16.0;
            text_at(&mut s, left - 10.0, y, "font-size=\"13\" text-anchor=\"end\"", line);
        }
        let len = drawn(v) as f64 / max * area;
        if v > 0 {
            bar(&mut s, &id, (left, mid - 9.0, len, 18.0), is_few(v));
        }
        text_at(&mut s, left + len + 6.0, mid + 4.5, "font-size=\"13\"", value);
        s.push_str("</g>\n");
    }
    let _ = writeln!(s, "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"{MUTED}\"/>", num(left), num(top - 4.0), num(height - 12.0));
    s + "</svg>\n"
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::core::activity::report::Period;
    use crate::core::activity::{Happening, Month, Tally};
    use crate::core::diagnostic::Report;
    use crate::core::ids::Platform;

    /// The stats texts and the names of regions and topics, in all three languages.
    pub(in crate::core::activity) fn catalog() -> Catalog {
        let files = [
            ("locales/en/stats.ftl", include_str!("../../../locales/en/stats.ftl")),
            ("locales/nb/stats.ftl", include_str!("../../../locales/nb/stats.ftl")),
            ("locales/ru/stats.ftl", include_str!("../../../locales/ru/stats.ftl")),
            ("locales/en/eligibility.ftl", include_str!("../../../locales/en/eligibility.ftl")),
            ("locales/nb/eligibility.ftl", include_str!("../../../locales/nb/eligibility.ftl")),
            ("locales/ru/eligibility.ftl", include_str!("../../../locales/ru/eligibility.ftl")),
        ];
        let mut report = Report::default();
        let c = Catalog::load(files, &mut report);
        assert_eq!(report.errors(), 0, "{report}");
        c
    }

    /// `n` ideas checked in `month`, involving `regions` and about `topics`.
    pub(in crate::core::activity) fn checks(n: u64, month: &str, regions: &[&str], topics: &[&str]) -> (Tally, u64) {
        let mut t = Tally::new(Happening::CheckFinished, 0, Locale::Nb, Platform::Telegram);
        t.month = Month::parse(month).unwrap();
        t.regions = regions.iter().map(|s| s.to_string()).collect();
        t.topics = topics.iter().map(|s| s.to_string()).collect();
        (t, n)
    }

    pub(in crate::core::activity) fn activity(tallies: Vec<(Tally, u64)>) -> Activity {
        Activity::new(tallies, Period::default())
    }

    /// Every tag closed in order, one root, attributes quoted, `&` only in entities, no raw `>`.
    pub(in crate::core::activity) fn assert_well_formed(svg: &str) {
        let mut stack: Vec<&str> = Vec::new();
        let mut roots = 0;
        let mut rest = svg;
        while let Some(open) = rest.find('<') {
            let between = &rest[..open];
            assert!(!between.contains('>'), "raw > in text: {between}");
            for (i, _) in between.match_indices('&') {
                let entity = &between[i..];
                assert!(["&amp;", "&lt;", "&gt;", "&quot;"].iter().any(|e| entity.starts_with(e)), "bare &: {entity}");
            }
            let close = rest[open..].find('>').expect("an unclosed tag") + open;
            let tag = &rest[open + 1..close];
            assert!(tag.matches('"').count().is_multiple_of(2) && !tag.contains('<'), "bad tag: {tag}");
            let name = tag.trim_start_matches('/').split([' ', '\n', '/']).next().unwrap();
            if let Some(closing) = tag.strip_prefix('/') {
                assert_eq!(stack.pop(), Some(closing.trim()), "mismatched </{closing}>");
            } else if !tag.ends_with('/') {
                if stack.is_empty() {
                    roots += 1;
                }
                stack.push(name);
            }
            rest = &rest[close + 1..];
        }
        assert!(stack.is_empty(), "unclosed: {stack:?}");
        assert_eq!(roots, 1, "one root element");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\"") && rest.trim().is_empty());
    }

    /// The `<title>`s of the groups, in order.
    pub(in crate::core::activity) fn titles(svg: &str) -> Vec<&str> {
        svg.split("<g").skip(1).filter_map(|g| g.split("<title>").nth(1)?.split("</title>").next()).collect()
    }

    #[test]
    fn months_draw_a_column_each_and_hide_a_few() {
        let a = activity(vec![checks(12, "2026-01", &[], &[]), checks(2, "2026-02", &[], &[]), checks(40, "2026-04", &[], &[])]);
        let svg = months(&a, &catalog(), Locale::Nb);
        assert_well_formed(&svg);
        assert_eq!(titles(&svg), ["jan.\u{a0}2026: 12", "feb.\u{a0}2026: færre enn\u{a0}3", "mars\u{a0}2026: 0", "apr.\u{a0}2026: 40"]);
        assert!(svg.contains("<title id=\"activity-months-title\">Aktivitet etter måned</title>"));
        let groups: Vec<&str> = svg.split("<g>").skip(1).collect();
        assert!(groups[1].contains("url(#activity-months-few)") && !groups[1].contains(">2<"), "{}", groups[1]);
        assert!(!groups[2].contains("<rect"), "no bar for none");
        // 40 on an axis of 0, 10, …, 40.
        for tick in ["0", "10", "20", "30", "40"] {
            assert!(svg.contains(&format!("text-anchor=\"end\" fill=\"{MUTED}\">{tick}</text>")), "tick {tick}");
        }
        assert_eq!(svg, months(&a, &catalog(), Locale::Nb), "the same bytes");
    }

    #[test]
    fn axes_take_three_to_five_round_ticks() {
        for max in [3, 4, 5, 7, 9, 11, 23, 99, 100, 101, 4999, 123_456] {
            let (step, top) = ticks(max);
            let lead = step / 10u64.pow(step.ilog10());
            assert!(top >= max && (2..=4).contains(&(top / step)) && [1, 2, 5].contains(&lead), "{max}: {step} {top}");
        }
        assert_eq!(ticks(7), (2, 8));
    }

    #[test]
    fn many_months_are_thinned_and_slanted() {
        let tallies = (1..=12).flat_map(|m| [checks(5, &format!("2025-{m:02}"), &[], &[]), checks(5, &format!("2026-{m:02}"), &[], &[])]).collect();
        let svg = months(&activity(tallies), &catalog(), Locale::Ru);
        assert_well_formed(&svg);
        assert_eq!(svg.matches("rotate(-45").count(), 12, "every second of 24 months");
    }

    #[test]
    fn bars_name_their_rows_and_count_at_the_end() {
        let a = activity(vec![checks(12, "2026-01", &[], &["culture", "sport"]), checks(1, "2026-01", &[], &["environment"])]);
        let svg = bars(&a, Dimension::Topic, &catalog(), Locale::En, &|_| None);
        assert_well_formed(&svg);
        assert!(svg.contains(">Activity by topic</title>"));
        assert_eq!(titles(&svg), ["Culture: 12", "Environment: fewer than\u{a0}3", "Sport: 12"]);
        assert!(svg.contains(">fewer than\u{a0}3</text>") && svg.contains(">12</text>"));
        let svg = bars(&a, Dimension::Scheme, &catalog(), Locale::Ru, &|_| None);
        let none = key_label(&catalog(), Locale::Ru, Dimension::Scheme, None, &|_| None);
        assert!(svg.contains(">Активность по программам</title>") && svg.contains(&format!("<title>{none}: 13</title>")), "{svg}");
    }

    #[test]
    fn text_is_escaped() {
        let mut t = checks(4, "2026-01", &[], &[]);
        t.0.scheme = Some("a&b <\"c\">".into());
        let svg = bars(&activity(vec![t]), Dimension::Scheme, &catalog(), Locale::En, &|_| None);
        assert_well_formed(&svg);
        assert!(svg.contains("a&amp;b &lt;&quot;c&quot;&gt;"));
    }

    #[test]
    fn nothing_counted_still_draws_a_document_saying_so() {
        let c = catalog();
        for svg in [months(&activity(vec![]), &c, Locale::En), bars(&activity(vec![]), Dimension::Topic, &c, Locale::En, &|_| None)] {
            assert_well_formed(&svg);
            assert!(svg.contains("No activity has been recorded in this period."));
        }
    }
}
