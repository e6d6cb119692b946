//! How core replies look on Discord: text with markdown and mentions neutralised, split at
//! 2000 characters; choices as buttons (rows of up to 5, at most 25) or, for multiple choice,
//! a select menu. Custom ids are compact and versioned:
//! - `v1:<question>:<value>` — a single choice (a button);
//! - `s1:<question>` — a multiple-choice select menu;
//! - `dm1:<start>` — "continue in a DM" from a public answer in a server, at a journey or an
//!   article (`kb-<id>`); `dm1:` alone: the menu;
//! - `a1:<c|q|x>:<draft>` — an adviser's button on a draft ([`Button`]); the Ask form has the same id.

use crate::adapters::text;
use crate::core::adviser::Button;
use crate::core::draft::DraftId;
use crate::core::effect::{Choices, Reply};
use crate::core::public::PublicReply;
use serenity::all::{
    ActionRow, ActionRowComponent, ButtonKind, ButtonStyle, CreateActionRow, CreateButton, CreateSelectMenu, CreateSelectMenuKind,
    CreateSelectMenuOption,
};

pub const MAX_MESSAGE: usize = 2000;
const MAX_BUTTONS: usize = 25;

/// Makes user-derived text inert: markdown is escaped, and `@everyone`/`@here` cannot form.
/// (Every message is also sent with no allowed mentions, so `<@id>` never pings either.)
/// Other `@`s stay as they are, so an e-mail address or a handle can be copied as written.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut line_start = true;
    for (i, c) in s.char_indices() {
        let special = matches!(c, '\\' | '*' | '_' | '~' | '`' | '|' | '<' | '[' | ']');
        // Headings, quotes and lists only form at the start of a line.
        let leading = line_start && matches!(c, '#' | '>' | '-');
        if special || leading {
            out.push('\\');
        }
        out.push(c);
        if c == '@' {
            let rest = s[i + 1..].to_lowercase();
            if rest.starts_with("everyone") || rest.starts_with("here") {
                // A zero-width space keeps it from ever being a mention.
                out.push('\u{200b}');
            }
        }
        line_start = c == '\n' || (line_start && c == ' ');
    }
    out
}

#[derive(Debug, Clone)]
pub struct Outgoing {
    pub content: String,
    pub components: Vec<CreateActionRow>,
}

pub fn reply(r: &Reply) -> Vec<Outgoing> {
    let mut parts: Vec<Outgoing> = text::split(&r.text, MAX_MESSAGE, |s| escape(s).chars().count())
        .into_iter()
        .map(|t| Outgoing { content: escape(&t), components: Vec::new() })
        .collect();
    if let (Some(c), Some(last)) = (&r.choices, parts.last_mut()) {
        last.components = components(c);
    }
    parts
}

pub fn components(c: &Choices) -> Vec<CreateActionRow> {
    if c.multi || c.options.len() > MAX_BUTTONS {
        let options = c.options.iter().take(MAX_BUTTONS).map(|o| CreateSelectMenuOption::new(truncate(&o.label, 100), o.value.clone())).collect::<Vec<_>>();
        let n = options.len() as u8;
        let menu = CreateSelectMenu::new(format!("s1:{}", c.question), CreateSelectMenuKind::String { options })
            .min_values(if c.multi { 0 } else { 1 })
            .max_values(if c.multi { n } else { 1 });
        return vec![CreateActionRow::SelectMenu(menu)];
    }
    let buttons: Vec<CreateButton> = c
        .options
        .iter()
        .map(|o| CreateButton::new(format!("v1:{}:{}", c.question, o.value)).label(truncate(&o.label, 80)).style(ButtonStyle::Secondary))
        .collect();
    rows(buttons)
}

/// One button per row while they fit in 5 rows; otherwise as few per row as fit.
fn rows(buttons: Vec<CreateButton>) -> Vec<CreateActionRow> {
    let per_row = buttons.len().div_ceil(5).max(1);
    buttons.chunks(per_row).map(|chunk| CreateActionRow::Buttons(chunk.to_vec())).collect()
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// A short public answer with buttons that continue in a DM.
pub fn public(r: &PublicReply) -> Outgoing {
    let buttons = r
        .links
        .iter()
        .map(|l| {
            let id = format!("dm1:{}", l.start.as_deref().unwrap_or(""));
            CreateButton::new(id).label(truncate(&l.label, 80)).style(ButtonStyle::Primary)
        })
        .collect();
    Outgoing { content: escape(&r.text), components: rows(buttons) }
}

/// The adviser buttons under a draft (none: no row), labelled by `label`.
pub fn adviser_row(draft: &DraftId, buttons: &[Button], label: impl Fn(Button) -> String) -> Vec<CreateActionRow> {
    if buttons.is_empty() {
        return Vec::new();
    }
    let style = |b: Button| if b == Button::Claim { ButtonStyle::Primary } else { ButtonStyle::Secondary };
    vec![CreateActionRow::Buttons(buttons.iter().map(|&b| CreateButton::new(b.data(draft)).label(label(b)).style(style(b))).collect())]
}

/// What a component click asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Click {
    Choose { question: u32, value: String },
    Select { question: u32 },
    OpenDm { dialog: Option<String> },
    /// An adviser's button on a draft in the adviser channel.
    Adviser { button: Button, draft: String },
}

impl Click {
    pub fn parse(id: &str) -> Option<Click> {
        if let Some((button, draft)) = Button::parse(id) {
            return Some(Click::Adviser { button, draft });
        }
        if let Some(d) = id.strip_prefix("dm1:") {
            return Some(Click::OpenDm { dialog: Some(d.to_owned()).filter(|d| !d.is_empty()) });
        }
        let mut parts = id.splitn(3, ':');
        let version = parts.next()?;
        let question = parts.next()?.parse().ok()?;
        match (version, parts.next()) {
            ("v1", Some(v)) if !v.is_empty() => Some(Click::Choose { question, value: v.to_owned() }),
            ("s1", None) => Some(Click::Select { question }),
            _ => None,
        }
    }
}

/// The same components, all disabled: an answered question cannot be answered again.
pub fn disabled(rows: &[ActionRow]) -> Vec<CreateActionRow> {
    rows.iter()
        .map(|row| {
            let mut buttons = Vec::new();
            for c in &row.components {
                match c {
                    ActionRowComponent::Button(b) => buttons.push(CreateButton::from(b.clone()).disabled(true)),
                    ActionRowComponent::SelectMenu(m) => {
                        let options = m.options.iter().map(|o| CreateSelectMenuOption::new(o.label.clone(), o.value.clone())).collect();
                        let id = m.custom_id.clone().unwrap_or_default();
                        return CreateActionRow::SelectMenu(CreateSelectMenu::new(id, CreateSelectMenuKind::String { options }).disabled(true));
                    }
                    _ => {}
                }
            }
            CreateActionRow::Buttons(buttons)
        })
        .collect()
}

/// The label of the button with `custom_id`, or the labels of the selected values.
pub fn chosen(rows: &[ActionRow], custom_id: &str, values: &[String]) -> String {
    let mut labels = Vec::new();
    for c in rows.iter().flat_map(|r| &r.components) {
        match c {
            ActionRowComponent::Button(b) => {
                if matches!(&b.data, ButtonKind::NonLink { custom_id: id, .. } if id == custom_id) {
                    labels.push(b.label.clone().unwrap_or_default());
                }
            }
            ActionRowComponent::SelectMenu(m) => {
                labels.extend(m.options.iter().filter(|o| values.contains(&o.value)).map(|o| o.label.clone()));
            }
            _ => {}
        }
    }
    labels.join(", ")
}

/// Positions of `values` among a select menu's options (the core counts options by position).
pub fn positions(rows: &[ActionRow], values: &[String]) -> Vec<usize> {
    let options: Vec<&String> = rows
        .iter()
        .flat_map(|r| &r.components)
        .filter_map(|c| match c {
            ActionRowComponent::SelectMenu(m) => Some(m.options.iter().map(|o| &o.value)),
            _ => None,
        })
        .flatten()
        .collect();
    values.iter().filter_map(|v| options.iter().position(|o| *o == v)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_cannot_ping_or_format() {
        let e = escape("@everyone **bold** <@123> @Here");
        assert!(!e.contains("@everyone") && !e.to_lowercase().contains("@here"), "{e}");
        assert!(e.contains("\\*\\*bold\\*\\*"), "{e}");
        assert!(e.contains("\\<@123>"), "a user mention cannot form without its <: {e}");
        // Addresses and handles stay as written, so they can be copied.
        assert_eq!(escape("kari@kirkenes.example"), "kari@kirkenes.example");
    }

    #[test]
    fn custom_ids_parse() {
        assert_eq!(Click::parse("v1:3:ngo"), Some(Click::Choose { question: 3, value: "ngo".into() }));
        assert_eq!(Click::parse("s1:3"), Some(Click::Select { question: 3 }));
        assert_eq!(Click::parse("dm1:eligibility"), Some(Click::OpenDm { dialog: Some("eligibility".into()) }));
        assert_eq!(Click::parse("dm1:"), Some(Click::OpenDm { dialog: None }));
        assert_eq!(Click::parse("v9:3:x"), None);
    }

    #[test]
    fn buttons_fill_at_most_five_rows() {
        for n in [1, 2, 5, 6, 12, 25] {
            let buttons: Vec<CreateButton> = (0..n).map(|i| CreateButton::new(format!("v1:1:{i}")).label("x")).collect();
            let r = rows(buttons);
            assert!(r.len() <= 5, "{n} buttons in {} rows", r.len());
        }
    }
}
