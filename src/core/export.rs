//! Drafts as documents for advisers: a Markdown application text, JSON, and CSV rows.
//! Pure functions over a draft and the content (for labels in the advisers' language).

use super::content::Content;
use super::dialog::{Dialog, StepKind};
use super::draft::Draft;
use super::engine::render::display_value;
use super::ids::{MessageId, SlotName};
use super::locale::Locale;
use super::value::Date;

/// The answers of a draft as (label, readable value), as its summary shows them. (Everything
/// else the session collected, e.g. loop counters, is in the JSON export.)
pub fn fields(content: &Content, draft: &Draft, locale: Locale) -> Vec<(String, String)> {
    let Some(d) = content.dialogs.get(&draft.dialog) else { return Vec::new() };
    summary_fields(d)
        .into_iter()
        .filter_map(|(slot, label)| {
            let v = draft.answers.get(&slot)?;
            Some((content.catalog.format(locale, &label, None), display_value(content, locale, &slot, v)))
        })
        .collect()
}

fn summary_fields(d: &Dialog) -> Vec<(SlotName, MessageId)> {
    d.steps
        .iter()
        .filter_map(|s| match &s.kind {
            StepKind::Summary { fields, .. } => Some(fields.iter().map(|f| (f.slot.clone(), f.label.id.clone())).collect::<Vec<_>>()),
            _ => None,
        })
        .flatten()
        .collect()
}

/// A tidy application text an adviser can work from.
pub fn markdown(content: &Content, draft: &Draft, locale: Locale) -> String {
    let text = |id: &str| content.catalog.format(locale, &MessageId::new(id), None);
    let title = draft.answers.get(&SlotName::new("project_title")).map(|v| display_value(content, locale, &SlotName::new("project_title"), v));
    let mut md = format!("# {} — {}\n\n", draft.id, title.unwrap_or_else(|| text("application-title")));
    md.push_str(&format!("- **{}:** {}\n", text("export-status"), text(&format!("draft-status-{}", draft.status.as_str()))));
    md.push_str(&format!("- **{}:** {}\n", text("export-submitted"), Date::from_unix(draft.created).display_dmy()));
    md.push_str(&format!("- **{}:** {} ({})\n\n", text("export-applicant"), draft.user, draft.locale));
    for (label, value) in fields(content, draft, locale) {
        if value.contains('\n') {
            let list: Vec<String> = value.lines().map(|l| format!("- {}", l.trim_start_matches("• "))).collect();
            md.push_str(&format!("## {label}\n\n{}\n\n", list.join("\n")));
        } else {
            md.push_str(&format!("**{label}:** {value}\n\n"));
        }
    }
    if draft.history.len() > 1 {
        md.push_str(&format!("## {}\n\n", text("export-history")));
        for e in &draft.history {
            let who = e.by.as_deref().unwrap_or("—");
            let note = e.note.as_deref().map(|n| format!(": {n}")).unwrap_or_default();
            md.push_str(&format!("- {} {} ({who}){note}\n", Date::from_unix(e.at).display_dmy(), e.status.as_str()));
        }
    }
    md.trim_end().to_owned() + "\n"
}

/// Quotes a CSV field when it needs it (RFC 4180).
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_owned() }
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
