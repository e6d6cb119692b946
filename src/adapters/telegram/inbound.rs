//! Telegram updates in, core events out: which updates are turns of a private conversation,
//! which are public questions in a group, which are advisers at work, and which the bot
//! ignores. Strings become types here, once: commands, button data, locales.

use super::render;
use crate::adapters::chat::ButtonData;
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

/// A button press: answered, so the client stops waiting; its message is marked answered.
#[derive(Debug, Clone)]
pub struct Press {
    pub id: CallbackQueryId,
    pub data: ButtonData,
    pub message: Option<Pressed>,
}

#[derive(Debug, Clone)]
pub enum Incoming {
    /// A turn of a private conversation.
    Private { user: UserKey, chat: ChatId, hint: Option<Locale>, event: Event, press: Option<Press> },
    /// One option of a multiple choice was ticked or unticked: only the keyboard changes.
    Toggle { user: UserKey, id: CallbackQueryId, origin: Pressed, index: usize },
    /// A command or mention in a group: a short public answer to `user`.
    Public { user: UserKey, chat: ChatId, reply_to: MessageId, hint: Option<Locale>, ask: PublicAsk },
    /// A press we cannot use (a group, an unknown format): answered, so the client stops waiting.
    Unusable { id: CallbackQueryId },
    /// A reply to one of the bot's messages in a group: an adviser's question for an applicant
    /// when it answers the bot's prompt for one (the store remembers which messages are),
    /// else `otherwise`.
    ReplyToBot { chat: ChatId, message: MessageId, prompt: MessageId, user: u64, name: String, hint: Option<Locale>, text: String, otherwise: Box<Incoming> },
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
    let otherwise = group(&m, from, text, bot_username);
    // A reply to one of the bot's own messages: maybe an adviser's question (see `ReplyToBot`).
    let to_bot = m.reply_to_message().filter(|r| r.from.as_ref().is_some_and(|u| u.is_bot && u.username.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(bot_username))));
    match to_bot {
        Some(prompt) if !text.trim().is_empty() => Incoming::ReplyToBot {
            chat: m.chat.id,
            message: m.id,
            prompt: prompt.id,
            user: from.id.0,
            name: from.first_name.clone(),
            hint: hint(from),
            text: text.to_owned(),
            otherwise: Box::new(otherwise),
        },
        _ => otherwise,
    }
}

/// A message in a group that is not an answer to the bot: a command or a mention, or nothing.
fn group(m: &Message, from: &User, text: &str, bot_username: &str) -> Incoming {
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
    Incoming::Public { user: user_key(from), chat: m.chat.id, reply_to: m.id, hint: hint(from), ask }
}

/// The words said with a mention, without the mention (`mention` is lower case).
fn without_mention(text: &str, mention: &str) -> String {
    text.split_whitespace().filter(|w| !w.to_lowercase().trim_end_matches([',', ':', '.', '!', '?']).eq(mention)).collect::<Vec<_>>().join(" ")
}

fn callback(q: CallbackQuery) -> Incoming {
    let data = q.data.as_deref().and_then(ButtonData::parse);
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
    if let Some(ButtonData::Adviser { button, draft }) = data {
        return Incoming::Adviser { id: q.id.clone(), user: q.from.id.0, name: q.from.first_name.clone(), hint: hint(&q.from), button, draft, origin };
    }
    let (Some(data), true) = (data, private) else { return Incoming::Unusable { id: q.id } };
    let user = user_key(&q.from);
    let event = match &data {
        ButtonData::Choose { question, value } => Event::Button { question: *question, value: value.clone() },
        ButtonData::Toggle { index, .. } => {
            return match origin {
                Some(origin) => Incoming::Toggle { user, id: q.id, origin, index: *index },
                None => Incoming::Unusable { id: q.id },
            };
        }
        ButtonData::Done { question } => {
            let picked = origin.as_ref().and_then(|o| o.markup.as_ref()).map(render::checked).unwrap_or_default();
            Event::Choices { question: *question, picked }
        }
        ButtonData::Select { .. } | ButtonData::OpenPrivate { .. } | ButtonData::Adviser { .. } | ButtonData::Answer { .. } => return Incoming::Unusable { id: q.id },
    };
    let chat = origin.as_ref().map_or(ChatId(q.from.id.0 as i64), |o| o.chat);
    Incoming::Private { user, chat, hint: hint(&q.from), event, press: Some(Press { id: q.id, data, message: origin }) }
}
