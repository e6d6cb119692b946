//! Public answers for group chats and servers: short, never asking for anything personal,
//! always pointing to a private conversation for the real work.
//!
//! Both Telegram groups and Discord servers use this, so the rule "no journeys in public"
//! lives in one place.

use super::command::Command;
use super::content::Content;
use super::dialog::StepKind;
use super::ids::{DialogId, MessageId};
use super::locale::Locale;

/// What someone did in a group that the bot answers.
#[derive(Debug, Clone, PartialEq)]
pub enum PublicAsk {
    /// A command addressed to the bot.
    Command(Command),
    /// The bot was mentioned with some text.
    Mention,
}

/// A short public reply with links that open a private conversation at a journey.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicReply {
    pub key: MessageId,
    pub text: String,
    pub links: Vec<DeepLink>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DeepLink {
    pub label: String,
    /// The journey to open; `None` opens the main menu.
    pub dialog: Option<DialogId>,
}

pub fn answer(content: &Content, locale: Locale, ask: &PublicAsk) -> PublicReply {
    let key = match ask {
        PublicAsk::Command(Command::Help) => "group-help",
        PublicAsk::Command(Command::Start(_)) | PublicAsk::Mention => "group-welcome",
        PublicAsk::Command(_) => "group-private-only",
    };
    let key = MessageId::new(key);
    let text = content.catalog.format(locale, &key, None);
    let mut links: Vec<DeepLink> = main_menu_items(content)
        .into_iter()
        .map(|(dialog, label)| DeepLink { label: content.catalog.format(locale, &label, None), dialog: Some(dialog) })
        .collect();
    links.push(DeepLink { label: content.catalog.format(locale, &MessageId::new("group-open-private"), None), dialog: None });
    PublicReply { key, text, links }
}

/// The journeys the main menu offers, in order, with their labels.
fn main_menu_items(content: &Content) -> Vec<(DialogId, MessageId)> {
    let Some(main) = content.dialogs.get(&content.settings.main_dialog) else { return Vec::new() };
    match main.step(&main.start.step).map(|s| &s.kind) {
        Some(StepKind::Menu { items, .. }) => items.iter().map(|i| (i.dialog.dialog.clone(), i.label.id.clone())).collect(),
        _ => Vec::new(),
    }
}
