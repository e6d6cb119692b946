//! How core replies look on Telegram: HTML-escaped text (so no user text can break parsing
//! or inject formatting), and inline keyboards whose callback data is the shared
//! [`ButtonData`]. A multiple choice keeps its ticks in the keyboard itself (`m1:` toggles
//! one, `d1:` sends them), so no state is kept for half-answered questions.

use crate::adapters::chat::{self, ButtonData};
use crate::core::adviser::Button;
use crate::core::draft::DraftId;
use crate::core::public::PublicReply;
use crate::core::reply::{Choices, Reply};
use teloxide::types::{InlineKeyboardButton, InlineKeyboardButtonKind, InlineKeyboardMarkup};

/// Telegram's limit for one message, in UTF-16 code units after entity parsing; we count the
/// escaped HTML conservatively in chars.
pub const MAX_MESSAGE: usize = 4096;

const CHECKED: &str = "☑ ";
const UNCHECKED: &str = "☐ ";

/// Escapes text for `parse_mode = HTML`: after this, nothing in it is markup.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// One Telegram message: HTML text and maybe a keyboard.
#[derive(Debug, Clone, PartialEq)]
pub struct Outgoing {
    pub html: String,
    pub keyboard: Option<InlineKeyboardMarkup>,
}

/// A reply as one or more messages (long texts are split); the keyboard goes on the last.
pub fn reply(r: &Reply, multi_done: &str) -> Vec<Outgoing> {
    chat::parts(r, MAX_MESSAGE, measure).into_iter().map(|(t, choices)| Outgoing { html: escape(&t), keyboard: choices.map(|c| keyboard(c, &[], multi_done)) }).collect()
}

/// How long a text is once escaped, as Telegram counts it (conservatively, in chars).
pub fn measure(s: &str) -> usize {
    escape(s).chars().count()
}

/// The adviser buttons under a draft, labelled by `label` (none: no keyboard).
pub fn adviser_keyboard(draft: &DraftId, buttons: &[Button], label: impl Fn(Button) -> String) -> Option<InlineKeyboardMarkup> {
    let row: Vec<InlineKeyboardButton> = buttons.iter().map(|&b| InlineKeyboardButton::callback(label(b), b.data(draft))).collect();
    (!row.is_empty()).then(|| InlineKeyboardMarkup::new(vec![row]))
}

/// The keyboard for a question; for multiple choice, `checked` marks the selected options.
pub fn keyboard(c: &Choices, checked: &[usize], multi_done: &str) -> InlineKeyboardMarkup {
    let mut rows: Vec<Vec<InlineKeyboardButton>> = c
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            vec![if c.multi {
                let mark = if checked.contains(&i) { CHECKED } else { UNCHECKED };
                InlineKeyboardButton::callback(format!("{mark}{}", o.label), ButtonData::Toggle { question: c.question, index: i }.encode())
            } else {
                InlineKeyboardButton::callback(o.label.clone(), ButtonData::Choose { question: c.question, value: o.value.clone() }.encode())
            }]
        })
        .collect();
    if c.multi {
        rows.push(vec![InlineKeyboardButton::callback(multi_done.to_owned(), ButtonData::Done { question: c.question }.encode())]);
    }
    InlineKeyboardMarkup::new(rows)
}

/// Which options of a multiple-choice keyboard are checked, read from the keyboard itself:
/// the selection lives in the message, so no state is kept for half-answered questions.
pub fn checked(markup: &InlineKeyboardMarkup) -> Vec<usize> {
    markup
        .inline_keyboard
        .iter()
        .flatten()
        .filter(|b| b.text.starts_with(CHECKED))
        .filter_map(|b| match &b.kind {
            InlineKeyboardButtonKind::CallbackData(d) => match ButtonData::parse(d) {
                Some(ButtonData::Toggle { index, .. }) => Some(index),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

/// Flips one option of a multiple-choice keyboard.
pub fn toggle(markup: &InlineKeyboardMarkup, index: usize) -> InlineKeyboardMarkup {
    let mut m = markup.clone();
    for b in m.inline_keyboard.iter_mut().flatten() {
        if let InlineKeyboardButtonKind::CallbackData(d) = &b.kind
            && matches!(ButtonData::parse(d), Some(ButtonData::Toggle { index: i, .. }) if i == index) {
                b.text = match b.text.strip_prefix(CHECKED) {
                    Some(rest) => format!("{UNCHECKED}{rest}"),
                    None => format!("{CHECKED}{}", b.text.strip_prefix(UNCHECKED).unwrap_or(&b.text)),
                };
            }
    }
    m
}

/// The label of the button that sent `data`, to show which answer was chosen.
pub fn label_of(markup: &InlineKeyboardMarkup, data: &str) -> Option<String> {
    markup.inline_keyboard.iter().flatten().find_map(|b| match &b.kind {
        InlineKeyboardButtonKind::CallbackData(d) if d == data => Some(b.text.clone()),
        _ => None,
    })
}

/// A question message after it was answered: its text, then the answer, and no buttons.
pub fn answered(question: &str, answer: &str) -> String {
    format!("{}\n\n<b>✓ {}</b>", escape(question), escape(answer))
}

/// A short public answer with buttons that open a private chat at a journey.
pub fn public(r: &PublicReply, bot_username: &str) -> Outgoing {
    let rows = r
        .links
        .iter()
        .filter_map(|l| {
            let mut url = url::Url::parse(&format!("https://t.me/{bot_username}")).ok()?;
            if let Some(start) = &l.start {
                url.query_pairs_mut().append_pair("start", start);
            }
            Some(vec![InlineKeyboardButton::url(l.label.clone(), url)])
        })
        .collect::<Vec<_>>();
    Outgoing { html: escape(&r.text), keyboard: Some(InlineKeyboardMarkup::new(rows)) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ids::MessageId;
    use crate::core::reply::{ChoiceOption, Kind};

    fn choices(multi: bool) -> Choices {
        Choices {
            question: 4_000_000_000,
            multi,
            options: ["travel", "accommodation"].iter().map(|v| ChoiceOption { value: v.to_string(), label: format!("<{v}>") }).collect(),
        }
    }

    #[test]
    fn user_text_is_inert_html() {
        assert_eq!(escape("<b>hi</b> & *_[`"), "&lt;b&gt;hi&lt;/b&gt; &amp; *_[`");
        assert_eq!(answered("Q <i>", "A & B"), "Q &lt;i&gt;\n\n<b>✓ A &amp; B</b>");
    }

    #[test]
    fn callback_data_round_trips_and_fits_64_bytes() {
        for c in [choices(false), choices(true)] {
            for b in keyboard(&c, &[], "Done").inline_keyboard.iter().flatten() {
                let InlineKeyboardButtonKind::CallbackData(d) = &b.kind else { panic!() };
                assert!(d.len() <= 64, "{d}");
                assert!(ButtonData::parse(d).is_some(), "{d}");
            }
        }
    }

    #[test]
    fn multiple_choice_selection_lives_in_the_keyboard() {
        let k = keyboard(&choices(true), &[], "Done");
        assert!(checked(&k).is_empty());
        let k = toggle(&k, 1);
        assert_eq!(checked(&k), [1]);
        let k = toggle(&toggle(&k, 0), 1);
        assert_eq!(checked(&k), [0]);
    }

    #[test]
    fn long_replies_are_split_with_the_keyboard_on_the_last_part() {
        let r = Reply { kind: Kind::Question, key: MessageId::new("x"), text: "word & ".repeat(1500), choices: Some(choices(false)), locale: crate::core::locale::Locale::En };
        let parts = reply(&r, "Done");
        assert!(parts.len() >= 2);
        assert!(parts.iter().all(|p| p.html.chars().count() <= MAX_MESSAGE));
        assert!(parts[..parts.len() - 1].iter().all(|p| p.keyboard.is_none()));
        assert!(parts.last().unwrap().keyboard.is_some());
    }
}
