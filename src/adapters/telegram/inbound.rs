//! Telegram updates in, core events out: which updates are turns of a private conversation,
//! which are public questions in a group, and which the bot ignores.

use super::render::{self, Callback};
use crate::core::adviser::Button;
use crate::core::command::Command;
use crate::core::effect::Event;
use crate::core::ids::{Platform, UserKey};
use crate::core::locale::Locale;
use crate::core::public::PublicAsk;
use teloxide::types::{
    CallbackQuery, CallbackQueryId, ChatId, InlineKeyboardMarkup, MaybeInaccessibleMessage, Message, MessageId, Update, UpdateKind, User,
};

/// The message a button was on, as Telegram sent it back with the press.
#[derive(Debug, Clone)]
pub struct Pressed {
    pub chat: ChatId,
    pub message: MessageId,
    pub text: String,
    pub markup: Option<InlineKeyboardMarkup>,
}

#[derive(Debug, Clone)]
pub enum Incoming {
    /// A turn of a private conversation.
    Private { user: UserKey, chat: ChatId, hint: Option<Locale>, event: Event, press: Option<(CallbackQueryId, String, Option<Pressed>)> },
    /// One option of a multiple choice was ticked or unticked: only the keyboard changes.
    Toggle { user: UserKey, id: CallbackQueryId, origin: Pressed, index: usize },
    /// A command or mention in a group: a short public answer.
    Public { chat: ChatId, reply_to: MessageId, hint: Option<Locale>, ask: PublicAsk },
    /// A press we cannot use (a group, an unknown format): answered, so the client stops waiting.
    Unusable { id: CallbackQueryId },
    /// An adviser's answer to the bot's "your question for the applicant of BS-…" prompt.
    AdviserReply { chat: ChatId, reply_to: MessageId, user: u64, name: String, draft: String, text: String },
    /// An adviser's button on a draft in the adviser chat: `c` claim, `q` ask the applicant, `x` close.
    Adviser { id: CallbackQueryId, user: u64, name: String, hint: Option<Locale>, button: Button, draft: String, origin: Option<Pressed> },
    Ignore,
}

pub fn classify(update: Update, bot_username: &str) -> Incoming {
    match update.kind {
        UpdateKind::Message(m) => message(m, bot_username),
        UpdateKind::CallbackQuery(q) => callback(q),
        _ => Incoming::Ignore,
    }
}

fn user_key(u: &User) -> UserKey {
    UserKey::new(Platform::Telegram, u.id.0.to_string())
}

fn hint(u: &User) -> Option<Locale> {
    u.language_code.as_deref().and_then(Locale::from_hint)
}

fn message(m: Message, bot_username: &str) -> Incoming {
    let Some(from) = m.from.as_ref().filter(|u| !u.is_bot) else { return Incoming::Ignore };
    let text = m.text().or(m.caption()).unwrap_or("");
    if m.chat.is_private() {
        // A sticker or photo without text becomes an empty message: the core explains what it needs.
        return Incoming::Private { user: user_key(from), chat: m.chat.id, hint: hint(from), event: Event::Text(text.to_owned()), press: None };
    }
    if !(m.chat.is_group() || m.chat.is_supergroup()) {
        return Incoming::Ignore;
    }
    // A reply to the bot's own prompt that names a draft: an adviser's question for its applicant.
    if let Some(prompt) = m.reply_to_message().filter(|r| r.from.as_ref().is_some_and(|u| u.is_bot && u.username.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(bot_username)))) {
        let draft = prompt.text().unwrap_or("").split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-')).find(|w| crate::core::draft::DraftId::parse(w).is_some());
        if let (Some(draft), false) = (draft, text.trim().is_empty()) {
            return Incoming::AdviserReply { chat: m.chat.id, reply_to: m.id, user: from.id.0, name: from.first_name.clone(), draft: draft.to_owned(), text: text.to_owned() };
        }
    }
    let mention = format!("@{}", bot_username.to_lowercase());
    let trimmed = text.trim_start();
    let ask = if trimmed.starts_with('/') {
        // In groups, `/help@other_bot` is for another bot; `/help` alone may be for anyone, we answer it.
        let head = trimmed.split_whitespace().next().unwrap_or("").to_lowercase();
        match head.split_once('@') {
            Some((_, to)) if format!("@{to}") != mention => return Incoming::Ignore,
            _ => match Command::parse(trimmed) {
                Some(Command::Unknown(_)) | None => return Incoming::Ignore,
                Some(c) => PublicAsk::Command(c),
            },
        }
    } else if text.to_lowercase().contains(&mention) {
        PublicAsk::Mention { text: without_mention(text, &mention) }
    } else {
        return Incoming::Ignore;
    };
    Incoming::Public { chat: m.chat.id, reply_to: m.id, hint: hint(from), ask }
}

/// The words said with a mention, without the mention (`mention` is lower case).
fn without_mention(text: &str, mention: &str) -> String {
    text.split_whitespace().filter(|w| !w.to_lowercase().trim_end_matches([',', ':', '.', '!', '?']).eq(mention)).collect::<Vec<_>>().join(" ")
}

fn callback(q: CallbackQuery) -> Incoming {
    let origin = match &q.message {
        Some(MaybeInaccessibleMessage::Regular(m)) => Some(Pressed {
            chat: m.chat.id,
            message: m.id,
            text: m.text().unwrap_or("").to_owned(),
            markup: m.reply_markup().cloned(),
        }),
        _ => None,
    };
    let private = match &q.message {
        Some(m) => m.chat().is_private(),
        None => false,
    };
    if let Some((button, draft)) = q.data.as_deref().and_then(Button::parse) {
        return Incoming::Adviser { id: q.id.clone(), user: q.from.id.0, name: q.from.first_name.clone(), hint: hint(&q.from), button, draft, origin };
    }
    let (Some(data), true) = (q.data.clone(), private) else { return Incoming::Unusable { id: q.id } };
    let user = user_key(&q.from);
    let event = match Callback::parse(&data) {
        Some(Callback::Choose { question, value }) => Event::Button { question, value },
        Some(Callback::Toggle { index, .. }) => {
            return match origin {
                Some(origin) => Incoming::Toggle { user, id: q.id, origin, index },
                None => Incoming::Unusable { id: q.id },
            };
        }
        Some(Callback::Done { question }) => {
            let picked = origin.as_ref().and_then(|o| o.markup.as_ref()).map(render::checked).unwrap_or_default();
            Event::Choices { question, picked }
        }
        None => return Incoming::Unusable { id: q.id },
    };
    let chat = origin.as_ref().map_or(ChatId(q.from.id.0 as i64), |o| o.chat);
    Incoming::Private { user, chat, hint: hint(&q.from), event, press: Some((q.id, data, origin)) }
}
