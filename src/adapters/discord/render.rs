//! How core replies look on Discord: text with markdown and mentions neutralised, split at
//! 2000 characters; a document as an attached file; choices as buttons (rows of up to 5, at
//! most 25) or, for multiple choice, a select menu. Custom ids are the shared [`ButtonData`]:
//! a choice (`v1:`), a select menu (`s1:`), "continue in a DM" from a public answer (`dm1:`),
//! an adviser's button on a draft (`a1:`; the Ask form has the same id).

use crate::adapters::chat::{self, ButtonData};
use crate::core::adviser::Button;
use crate::core::draft::DraftId;
use crate::core::public::PublicReply;
use crate::core::reply::{Choices, Reply};
use serenity::all::{
    ActionRow, ActionRowComponent, ButtonKind, ButtonStyle, CreateActionRow, CreateAttachment, CreateButton, CreateSelectMenu,
    CreateSelectMenuKind, CreateSelectMenuOption,
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
    /// Empty for a message that is only a file.
    pub content: String,
    pub components: Vec<CreateActionRow>,
    pub file: Option<CreateAttachment>,
}

/// A reply as one or more messages (long texts are split; the choices go on the last), or a
/// document as one message with only its file attached.
pub fn reply(r: &Reply) -> Vec<Outgoing> {
    if let Some((name, bytes)) = chat::document(r) {
        return vec![Outgoing { content: String::new(), components: Vec::new(), file: Some(CreateAttachment::bytes(bytes, name)) }];
    }
    chat::parts(r, MAX_MESSAGE, measure)
        .into_iter()
        .map(|(t, choices)| Outgoing { content: escape(&t), components: choices.map(components).unwrap_or_default(), file: None })
        .collect()
}

/// How long a text is once escaped.
pub fn measure(s: &str) -> usize {
    escape(s).chars().count()
}

pub fn components(c: &Choices) -> Vec<CreateActionRow> {
    if c.multi || c.options.len() > MAX_BUTTONS {
        let options = c.options.iter().take(MAX_BUTTONS).map(|o| CreateSelectMenuOption::new(truncate(&o.label, 100), o.value.clone())).collect::<Vec<_>>();
        let n = options.len() as u8;
        let menu = CreateSelectMenu::new(ButtonData::Select { question: c.question }.encode(), CreateSelectMenuKind::String { options })
            .min_values(if c.multi { 0 } else { 1 })
            .max_values(if c.multi { n } else { 1 });
        return vec![CreateActionRow::SelectMenu(menu)];
    }
    let buttons: Vec<CreateButton> = c
        .options
        .iter()
        .map(|o| CreateButton::new(ButtonData::Choose { question: c.question, value: o.value.clone() }.encode()).label(truncate(&o.label, 80)).style(ButtonStyle::Secondary))
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
            let id = ButtonData::OpenPrivate { start: l.start.clone() }.encode();
            CreateButton::new(id).label(truncate(&l.label, 80)).style(ButtonStyle::Primary)
        })
        .collect();
    Outgoing { content: escape(&r.text), components: rows(buttons), file: None }
}

/// The one button under someone's own question to the advisers: answer them.
pub fn answer_row(to: &crate::core::ids::UserKey, label: &str) -> Vec<CreateActionRow> {
    let button = CreateButton::new(ButtonData::Answer { to: to.clone() }.encode()).label(truncate(label, 80)).style(ButtonStyle::Primary);
    vec![CreateActionRow::Buttons(vec![button])]
}

/// The adviser buttons under a draft (none: no row), labelled by `label`.
pub fn adviser_row(draft: &DraftId, buttons: &[Button], label: impl Fn(Button) -> String) -> Vec<CreateActionRow> {
    if buttons.is_empty() {
        return Vec::new();
    }
    let style = |b: Button| if b == Button::Claim { ButtonStyle::Primary } else { ButtonStyle::Secondary };
    vec![CreateActionRow::Buttons(buttons.iter().map(|&b| CreateButton::new(b.data(draft)).label(label(b)).style(style(b))).collect())]
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
    fn buttons_fill_at_most_five_rows() {
        for n in [1, 2, 5, 6, 12, 25] {
            let buttons: Vec<CreateButton> = (0..n).map(|i| CreateButton::new(format!("v1:1:{i}")).label("x")).collect();
            let r = rows(buttons);
            assert!(r.len() <= 5, "{n} buttons in {} rows", r.len());
        }
    }
}
