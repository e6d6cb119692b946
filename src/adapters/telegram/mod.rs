//! The Telegram adapter (teloxide): private chats run every core journey with inline
//! keyboards; groups get short public answers with a button into a private chat; the
//! advisers' group gets each hand-off once ([`adviser_chat`]) and acts on it with buttons.
//!
//! Long polling by default, a webhook when configured. Per-user order comes from
//! [`UserQueues`]; Telegram's sending limits from teloxide's `Throttle` (unless
//! `[telegram] throttle = false`, for a loopback server); 429s and network
//! errors from `send::retry`. Nothing here decides what to say: that is the core's job, and
//! what Telegram shares with Discord is in [`crate::adapters::chat`].

mod inbound;
pub mod render;
mod send;

use crate::adapters::chat::{self, Asker, ButtonData};
use crate::config::{TelegramSettings, Webhook};
use crate::core::adviser::{Action, Button, Handoff, ReplyTarget};
use crate::core::command::NAMES;
use crate::core::content::Content;
use crate::core::draft::DraftId;
use crate::core::effect::{Event, Inbound};
use crate::core::ids::{MessageId, Platform, UserKey};
use crate::core::locale::Locale;
use crate::core::public::{InGroup, PublicAsk, Reach};
use crate::core::reply::{Kind, Reply};
use crate::runtime::handoff::{AdviserChat, PostError};
use crate::runtime::{Runtime, Shutdown, UserQueues};
use crate::store::Store;
use inbound::{Incoming, Press, Pressed};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;
use teloxide::adaptors::throttle::Limits;
use teloxide::payloads::{
    AnswerCallbackQuerySetters, EditMessageReplyMarkupSetters, EditMessageTextSetters, GetUpdatesSetters, SendMessageSetters,
    SetMyCommandsSetters, SetWebhookSetters,
};
use teloxide::requests::{Request, Requester, RequesterExt};
use teloxide::types::{BotCommand, CallbackQueryId, ChatAction, ChatId, ParseMode, ReplyParameters, Update};
use teloxide::{ApiError, Bot, RequestError};
use tracing::{error, info, warn};


#[derive(Debug, thiserror::Error)]
pub enum TelegramError {
    #[error(
        "another bot instance is receiving updates for this token (Telegram answered 409 Conflict); stop the other instance or use another token"
    )]
    Conflict,
    #[error("TELEGRAM_API_URL is not a valid URL")]
    BadApiUrl,
    #[error("the webhook server could not start on {addr}: {cause}")]
    Webhook { addr: String, cause: String },
}

/// Long-polling timeout. teloxide's HTTP client gives up after 17 s, so stay below that.
const POLL_TIMEOUT_SECS: u32 = 10;
/// Show "typing…" when a turn takes longer than this.
const TYPING_AFTER: Duration = Duration::from_millis(400);

/// The adapter over any Bot API client: `Throttle<Bot>` in production, the bare `Bot` when
/// throttling is switched off (benchmarks against a loopback server).
struct Telegram<B> {
    bot: B,
    runtime: Runtime,
    queues: UserQueues,
    username: String,
    /// Telegram users who are advisers.
    advisers: Vec<i64>,
}

/// The Bot API client for `settings`, without the sending limits.
fn bot(settings: &TelegramSettings) -> Result<Bot, TelegramError> {
    let bot = Bot::new(settings.token.expose());
    match &settings.api_url {
        Some(url) => Ok(bot.set_api_url(url::Url::parse(url).map_err(|_| TelegramError::BadApiUrl)?)),
        None => Ok(bot),
    }
}

fn limits(l: crate::config::TelegramLimits) -> Limits {
    Limits {
        messages_per_sec_chat: l.messages_per_sec_chat,
        messages_per_min_chat: l.messages_per_min_chat,
        messages_per_min_channel_or_supergroup: l.messages_per_min_group,
        messages_per_sec_overall: l.messages_per_sec_overall,
    }
}

/// Serves Telegram until `shutdown` completes (or a fatal error such as a 409 conflict).
pub async fn run(settings: TelegramSettings, runtime: Runtime, shutdown: Shutdown) -> Result<(), TelegramError> {
    let bot = bot(&settings)?;
    match settings.limits {
        Some(l) => serve(bot.throttle(limits(l)), settings, runtime, shutdown).await,
        None => {
            warn!("Telegram sending limits are off: only for a Bot API server on loopback");
            serve(bot, settings, runtime, shutdown).await
        }
    }
}

/// The advisers' Telegram group, when one is configured: where hand-offs are posted.
pub fn adviser_chat(settings: &TelegramSettings, runtime: &Runtime) -> Result<Option<Box<dyn AdviserChat>>, TelegramError> {
    let Some(chat) = settings.adviser_chat_id.map(ChatId) else { return Ok(None) };
    let bot = bot(settings)?;
    let (content, store) = (runtime.content.clone(), runtime.store.clone());
    Ok(Some(match settings.limits {
        Some(l) => Box::new(AdviserGroup { bot: bot.throttle(limits(l)), chat, content, store, in_flight: runtime.posts_in_flight.clone() }),
        None => Box::new(AdviserGroup { bot, chat, content, store, in_flight: runtime.posts_in_flight.clone() }),
    }))
}

/// The advisers' group, posted to by the hand-off worker.
struct AdviserGroup<B> {
    bot: B,
    chat: ChatId,
    content: Arc<Content>,
    /// Where it remembers whom a reply to each post is for.
    store: Arc<dyn Store>,
    /// Held while a post is sent and remembered (see [`Runtime::posts_in_flight`]).
    in_flight: Arc<tokio::sync::RwLock<()>>,
}

/// The key under which the store remembers whom a reply to one of the bot's messages is for.
fn post_key(chat: ChatId, message: teloxide::types::MessageId) -> String {
    format!("telegram:{}:{}", chat.0, message.0)
}

/// Remembers, durably, whom a reply to the message `key` is for.
async fn remember(store: &Arc<dyn Store>, key: String, target: ReplyTarget) -> Result<(), crate::store::StoreError> {
    let store = store.clone();
    tokio::task::spawn_blocking(move || store.remember_post(&key, &target).and_then(|()| store.flush()))
        .await
        .unwrap_or_else(|e| Err(crate::store::StoreError::Io(e.to_string())))
}

impl<B> AdviserChat for AdviserGroup<B>
where
    B: Requester<Err = RequestError> + Send + Sync + 'static,
{
    /// Posts a hand-off; a draft gets the buttons advisers act on, and a long one its file.
    fn post(&self, item: Handoff) -> Pin<Box<dyn Future<Output = Result<(), PostError>> + Send + '_>> {
        Box::pin(async move {
            let chat::HandoffPost { parts, file, draft } = chat::handoff_post(&self.content, &item, render::MAX_MESSAGE, render::measure);
            let locale = self.content.settings.adviser_locale;
            let keyboard = draft.and_then(|d| render::adviser_keyboard(&d, &Button::ALL, |b| self.content.catalog.format(locale, &b.label(), None)));
            let target = item.reply_target();
            // A reply to the post waits until it is remembered.
            let _in_flight = match target {
                Some(_) => Some(self.in_flight.read().await),
                None => None,
            };
            let last = parts.len() - 1;
            for (i, part) in parts.into_iter().enumerate() {
                let html = render::escape(&part);
                let sent = send::retry("sendMessage", || {
                    let req = self.bot.send_message(self.chat, html.clone()).parse_mode(ParseMode::Html);
                    match (&keyboard, i == last) {
                        (Some(k), true) => req.reply_markup(k.clone()).send(),
                        _ => req.send(),
                    }
                })
                .await
                .map_err(|e| send::post_error(&e))?;
                // A reply to any part of the post is for the same one.
                if let Some(target) = &target
                    && let Err(e) = remember(&self.store, post_key(sent.chat.id, sent.id), target.clone()).await
                {
                    warn!(cause = %e, "could not remember whom replies to a post are for");
                }
            }
            if let Some((name, bytes)) = file {
                send::retry("sendDocument", || self.bot.send_document(self.chat, teloxide::types::InputFile::memory(bytes.clone()).file_name(name.clone())).send())
                    .await
                    .map_err(|e| send::post_error(&e))?;
            }
            Ok(())
        })
    }
}

async fn serve<B>(bot: B, settings: TelegramSettings, runtime: Runtime, mut shutdown: Shutdown) -> Result<(), TelegramError>
where
    B: Requester<Err = RequestError> + Send + Sync + 'static,
{
    let me = loop {
        tokio::select! {
            _ = shutdown.wait() => return Ok(()),
            me = send::retry("getMe", || bot.get_me().send()) => match me {
                Ok(me) => break me,
                Err(e) => {
                    error!(cause = %send::Cause(&e), "cannot reach the Telegram Bot API; retrying");
                    tokio::time::sleep(Duration::from_secs(5)).await;
                }
            },
        }
    };
    info!(bot = %me.username(), "Telegram adapter started");
    let tg = Arc::new(Telegram { bot, runtime: runtime.clone(), queues: UserQueues::new(), username: me.username().to_owned(), advisers: settings.adviser_user_ids.clone() });
    tg.set_commands().await;
    // Applicants on Telegram hear their news at once, not only at their next message.
    let pusher = tg.clone();
    tokio::spawn(chat::push_news(
        runtime,
        Platform::Telegram,
        move |user| {
            let Ok(id) = user.id.parse::<i64>() else { return };
            let tg = pusher.clone();
            pusher.queues.enqueue(user.clone(), async move { tg.private(user, ChatId(id), None, Event::News, None).await });
        },
        shutdown.clone(),
    ));
    match settings.webhook {
        None => tg.poll(shutdown).await,
        Some(w) => tg.webhook(w, shutdown).await,
    }
}

impl<B> Telegram<B>
where
    B: Requester<Err = RequestError> + Send + Sync + 'static,
{
    fn catalog_text(&self, locale: Locale, id: &str) -> String {
        self.runtime.content.catalog.format(locale, &MessageId::new(id), None)
    }

    /// The command menu, in each language (Norwegian clients send `nb` or `no`).
    async fn set_commands(&self) {
        for (code, locale) in [(None, Locale::En), (Some("nb"), Locale::Nb), (Some("no"), Locale::Nb), (Some("ru"), Locale::Ru)] {
            let commands: Vec<BotCommand> =
                NAMES.iter().map(|n| BotCommand::new(*n, self.catalog_text(locale, &format!("command-{n}")))).collect();
            let result = send::retry("setMyCommands", || {
                let req = self.bot.set_my_commands(commands.clone());
                match code {
                    Some(c) => req.language_code(c).send(),
                    None => req.send(),
                }
            })
            .await;
            if let Err(e) = result {
                warn!(cause = %send::Cause(&e), language = code.unwrap_or("default"), "could not set the command menu");
            }
        }
    }

    async fn poll(self: &Arc<Self>, mut shutdown: Shutdown) -> Result<(), TelegramError> {
        // getUpdates does not work while a webhook is set.
        if let Err(e) = send::retry("deleteWebhook", || self.bot.delete_webhook().send()).await {
            warn!(cause = %send::Cause(&e), "could not remove a webhook");
        }
        let mut offset: i32 = 0;
        let mut failures = 0;
        loop {
            let updates = tokio::select! {
                _ = shutdown.wait() => return Ok(()),
                r = self.bot.get_updates().offset(offset).timeout(POLL_TIMEOUT_SECS).send() => r,
            };
            match updates {
                Ok(updates) => {
                    failures = 0;
                    for u in updates {
                        offset = offset.max(u.id.0 as i32 + 1);
                        self.dispatch(u);
                    }
                }
                Err(RequestError::Api(ApiError::TerminatedByOtherGetUpdates)) => {
                    error!("409 Conflict: another instance is polling with this token");
                    return Err(TelegramError::Conflict);
                }
                Err(RequestError::RetryAfter(secs)) => tokio::time::sleep(secs.duration()).await,
                Err(e) => {
                    failures += 1;
                    let delay = send::backoff(failures);
                    error!(cause = %send::Cause(&e), delay_ms = delay.as_millis() as u64, "getUpdates failed; retrying");
                    tokio::select! {
                        _ = shutdown.wait() => return Ok(()),
                        _ = tokio::time::sleep(delay) => {}
                    }
                }
            }
        }
    }

    async fn webhook(self: &Arc<Self>, w: Webhook, mut shutdown: Shutdown) -> Result<(), TelegramError> {
        use axum::http::{HeaderMap, StatusCode};
        let secret = secret_token();
        let path = url::Url::parse(&w.url).map(|u| u.path().to_owned()).unwrap_or_else(|_| "/".to_owned());
        let listener = tokio::net::TcpListener::bind(w.listen)
            .await
            .map_err(|e| TelegramError::Webhook { addr: w.listen.to_string(), cause: e.to_string() })?;
        let url = url::Url::parse(&w.url).map_err(|e| TelegramError::Webhook { addr: w.url.clone(), cause: e.to_string() })?;
        if let Err(e) = send::retry("setWebhook", || self.bot.set_webhook(url.clone()).secret_token(secret.clone()).send()).await {
            error!(cause = %send::Cause(&e), "could not register the webhook with Telegram");
        }
        let tg = self.clone();
        let expected = secret.clone();
        let handler = move |headers: HeaderMap, body: axum::body::Bytes| {
            let tg = tg.clone();
            let expected = expected.clone();
            async move {
                let given = headers.get("x-telegram-bot-api-secret-token").and_then(|v| v.to_str().ok());
                if given != Some(expected.as_str()) {
                    return StatusCode::UNAUTHORIZED;
                }
                match serde_json::from_slice::<Update>(&body) {
                    Ok(u) => tg.dispatch(u),
                    Err(e) => warn!(cause = %e, "a webhook update could not be read; skipped"),
                }
                StatusCode::OK
            }
        };
        let app = axum::Router::new().route(&path, axum::routing::post(handler));
        info!(listen = %w.listen, "Telegram webhook listening");
        axum::serve(listener, app)
            .with_graceful_shutdown(async move { shutdown.wait().await })
            .await
            .map_err(|e| TelegramError::Webhook { addr: w.listen.to_string(), cause: e.to_string() })
    }

    /// Routes one update: private turns queue per user, public answers run at once.
    fn dispatch(self: &Arc<Self>, update: Update) {
        let tg = self.clone();
        match inbound::classify(update, &self.username) {
            Incoming::Private { user, chat, hint, event, press } => {
                self.queues.enqueue(user.clone(), async move { tg.private(user, chat, hint, event, press).await });
            }
            Incoming::Toggle { user, id, origin, index } => {
                self.queues.enqueue(user, async move { tg.toggle(id, origin, index).await });
            }
            Incoming::Public { user, chat, reply_to, hint, ask } => {
                tokio::spawn(async move { tg.public(user, chat, reply_to, hint, ask).await });
            }
            reply @ Incoming::ReplyToBot { .. } => {
                tokio::spawn(async move { tg.reply_to_bot(reply).await });
            }
            Incoming::Adviser { id, user, name, hint, button, draft, origin } => {
                tokio::spawn(async move { tg.adviser_action(id, user, name, hint, button, draft, origin).await });
            }
            Incoming::Unusable { id } => {
                tokio::spawn(async move { tg.answer_press(id, None).await });
            }
            Incoming::Ignore => {}
        }
    }

    async fn private(&self, user: UserKey, chat: ChatId, hint: Option<Locale>, event: Event, press: Option<Press>) {
        let inbound = Inbound { event, locale_hint: hint, now: crate::runtime::now() };
        let turn = self.runtime.turn_async(&user, inbound);
        tokio::pin!(turn);
        let replies = tokio::select! {
            r = &mut turn => r,
            _ = tokio::time::sleep(TYPING_AFTER) => {
                let _ = self.bot.send_chat_action(chat, ChatAction::Typing).send().await;
                turn.await
            }
        };
        if let Some(press) = press {
            if let [only] = replies.as_slice()
                && only.kind == Kind::Stale
            {
                // A stale press changes nothing: a short notice on the button is enough.
                return self.answer_press(press.id, Some(only.text.clone())).await;
            }
            self.answer_press(press.id, None).await;
            if let Some(message) = &press.message {
                self.mark_answered(message, &press.data).await;
            }
        }
        self.send_replies(chat, &replies).await;
    }

    /// Sends a turn's replies in order: each as messages, or a document as a file.
    async fn send_replies(&self, chat: ChatId, replies: &[Reply]) {
        for r in replies {
            if let Some((name, bytes)) = chat::document(r) {
                let result = send::retry("sendDocument", || {
                    self.bot.send_document(chat, teloxide::types::InputFile::memory(bytes.clone()).file_name(name)).send()
                })
                .await;
                if let Err(e) = result {
                    error!(cause = %send::Cause(&e), "a document could not be sent");
                }
                continue;
            }
            let done = self.catalog_text(r.locale, "multi-done");
            for out in render::reply(r, &done) {
                let result = send::retry("sendMessage", || {
                    let req = self.bot.send_message(chat, out.html.clone()).parse_mode(ParseMode::Html);
                    match &out.keyboard {
                        Some(k) => req.reply_markup(k.clone()).send(),
                        None => req.send(),
                    }
                })
                .await;
                if let Err(e) = result {
                    error!(cause = %send::Cause(&e), "a reply could not be sent");
                }
            }
        }
    }

    /// Replaces the answered question's buttons with the answer, so they cannot be pressed again.
    async fn mark_answered(&self, origin: &Pressed, data: &ButtonData) {
        let Some(markup) = &origin.markup else { return };
        let answer = match data {
            ButtonData::Done { .. } => render::checked(markup)
                .into_iter()
                .filter_map(|i| markup.inline_keyboard.get(i).and_then(|row| row.first()))
                .map(|b| b.text.trim_start_matches(['☑', ' ']).to_owned())
                .collect::<Vec<_>>()
                .join(", "),
            _ => render::label_of(markup, &data.encode()).unwrap_or_default(),
        };
        let html = render::answered(&origin.text, &answer);
        if let Err(e) = send::retry("editMessageText", || {
            self.bot.edit_message_text(origin.chat, origin.message, html.clone()).parse_mode(ParseMode::Html).send()
        })
        .await
        {
            warn!(cause = %send::Cause(&e), "could not mark a question as answered");
        }
    }

    async fn toggle(&self, id: CallbackQueryId, origin: Pressed, index: usize) {
        self.answer_press(id, None).await;
        let Some(markup) = origin.markup else { return };
        let new = render::toggle(&markup, index);
        if let Err(e) = send::retry("editMessageReplyMarkup", || {
            self.bot.edit_message_reply_markup(origin.chat, origin.message).reply_markup(new.clone()).send()
        })
        .await
        {
            warn!(cause = %send::Cause(&e), "could not update a multiple-choice keyboard");
        }
    }

    async fn public(&self, asker: UserKey, chat: ChatId, reply_to: teloxide::types::MessageId, hint: Option<Locale>, ask: PublicAsk) {
        let locale = hint.unwrap_or(self.runtime.content.settings.default_locale);
        // A Telegram bot may not write first to someone in private: everything is answered here.
        let reach = Reach { open_private: false, whisper: false };
        match self.runtime.in_group(&asker, locale, ask, reach).await {
            Some(InGroup::Public(reply)) => self.post_public(chat, reply_to, reply).await,
            // Over the rate limit, after its one notice: nothing more.
            None => {}
            Some(_) => warn!("a group was routed to a private answer Telegram cannot give"),
        }
    }

    async fn post_public(&self, chat: ChatId, reply_to: teloxide::types::MessageId, reply: crate::core::public::PublicReply) {
        let out = render::public(&reply, &self.username);
        let result = send::retry("sendMessage", || {
            let req = self.bot.send_message(chat, out.html.clone()).parse_mode(ParseMode::Html).reply_parameters(ReplyParameters::new(reply_to));
            match &out.keyboard {
                Some(k) => req.reply_markup(k.clone()).send(),
                None => req.send(),
            }
        })
        .await;
        if let Err(e) = result {
            error!(cause = %send::Cause(&e), "a group answer could not be sent");
        }
    }

    fn asker(user: u64, name: String) -> Asker {
        Asker { platform: Platform::Telegram, id: user.to_string(), name }
    }

    fn is_adviser(&self, user: u64) -> bool {
        self.advisers.contains(&(user as i64))
    }

    /// The adviser buttons under a draft, in the advisers' language.
    fn adviser_keyboard(&self, draft: &DraftId, buttons: &[Button]) -> Option<teloxide::types::InlineKeyboardMarkup> {
        let locale = self.runtime.content.settings.adviser_locale;
        render::adviser_keyboard(draft, buttons, |b| self.runtime.content.catalog.format(locale, &b.label(), None))
    }

    /// A button on a draft in the adviser chat — for configured advisers only.
    #[allow(clippy::too_many_arguments)]
    async fn adviser_action(&self, id: CallbackQueryId, user: u64, name: String, hint: Option<Locale>, button: Button, draft: String, origin: Option<Pressed>) {
        let asker = Self::asker(user, name);
        let refusal_locale = hint.unwrap_or(self.runtime.content.settings.adviser_locale);
        if button == Button::Ask && self.is_adviser(user) {
            return self.ask_prompt(id, &draft, origin).await;
        }
        let report = chat::adviser_action(&self.runtime, &asker, self.is_adviser(user), &draft, button.action(), refusal_locale).await;
        self.answer_press(id, Some(report.text.clone()).filter(|t| !t.is_empty())).await;
        let (Some(o), true) = (origin, report.done) else { return };
        let html = format!("{}\n\n<b>{}</b>", render::escape(&o.text), render::escape(&report.text));
        let keep = DraftId::parse(&draft).and_then(|d| self.adviser_keyboard(&d, button.remaining()));
        let _ = send::retry("editMessageText", || {
            let req = self.bot.edit_message_text(o.chat, o.message, html.clone()).parse_mode(ParseMode::Html);
            match &keep {
                Some(k) => req.reply_markup(k.clone()).send(),
                None => req.send(),
            }
        })
        .await;
    }

    /// Ask: the adviser types the question as a reply to a prompt, which the store remembers
    /// (see [`Telegram::reply_to_bot`]).
    async fn ask_prompt(&self, id: CallbackQueryId, draft: &str, origin: Option<Pressed>) {
        let _in_flight = self.runtime.posts_in_flight.read().await;
        self.answer_press(id, None).await;
        let (Some(o), Some(draft)) = (origin, DraftId::parse(draft)) else { return };
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("id", draft.to_string());
        let prompt = self.runtime.content.catalog.format(self.runtime.content.settings.adviser_locale, &MessageId::new("adviser-ask-prompt"), Some(&args));
        let markup = teloxide::types::ReplyMarkup::ForceReply(teloxide::types::ForceReply::new().selective());
        let sent = send::retry("sendMessage", || {
            self.bot.send_message(o.chat, render::escape(&prompt)).parse_mode(ParseMode::Html).reply_parameters(ReplyParameters::new(o.message)).reply_markup(markup.clone()).send()
        })
        .await;
        let Ok(sent) = sent else { return warn!("could not ask an adviser for their question") };
        if let Err(e) = remember(&self.runtime.store, post_key(sent.chat.id, sent.id), ReplyTarget::Draft(draft)).await {
            error!(cause = %e, "an adviser prompt could not be remembered; a reply to it will not reach the applicant");
        }
    }

    /// A reply to one of the bot's messages in a group: an adviser's question for an applicant
    /// or answer for someone who asked, when the store remembers whom that message is for
    /// (posts of drafts and messages, prompts); anything else as any group message.
    async fn reply_to_bot(&self, reply: Incoming) {
        let Incoming::ReplyToBot { chat, message, prompt, user, name, hint, text, otherwise } = reply else { return };
        let key = post_key(chat, prompt);
        let look = |key: String| {
            let store = self.runtime.store.clone();
            tokio::task::spawn_blocking(move || store.reply_target(&key))
        };
        let mut found = look(key.clone()).await;
        if matches!(found, Ok(Ok(None))) {
            // A post or prompt sent but not yet remembered: wait for those in flight, then look again.
            drop(self.runtime.posts_in_flight.write().await);
            found = look(key).await;
        }
        let target = match found {
            Ok(Ok(Some(target))) => target,
            Ok(Ok(None)) => {
                if let Incoming::Public { user, chat, reply_to, hint, ask } = *otherwise {
                    self.public(user, chat, reply_to, hint, ask).await;
                }
                return;
            }
            _ => return error!("could not look up whom an adviser's reply is for"),
        };
        let refusal_locale = hint.unwrap_or(self.runtime.content.settings.adviser_locale);
        let (asker, adviser) = (Self::asker(user, name), self.is_adviser(user));
        let report = match target {
            ReplyTarget::Draft(draft) => chat::adviser_action(&self.runtime, &asker, adviser, draft.as_str(), Action::Ask(text), refusal_locale).await,
            ReplyTarget::Asker(to) => chat::adviser_answer(&self.runtime, &asker, adviser, &to, text, refusal_locale).await,
        };
        if report.text.is_empty() {
            return;
        }
        let _ = send::retry("sendMessage", || {
            self.bot.send_message(chat, render::escape(&report.text)).parse_mode(ParseMode::Html).reply_parameters(ReplyParameters::new(message)).send()
        })
        .await;
    }

    /// Every press is answered, so the user's client stops showing a spinner.
    async fn answer_press(&self, id: CallbackQueryId, notice: Option<String>) {
        let result = send::retry("answerCallbackQuery", || {
            let req = self.bot.answer_callback_query(id.clone());
            match &notice {
                Some(n) => req.text(n.clone()).send(),
                None => req.send(),
            }
        })
        .await;
        if let Err(e) = result {
            warn!(cause = %send::Cause(&e), "could not answer a button press");
        }
    }
}


/// A random secret Telegram sends back with every webhook call, so strangers cannot post updates.
fn secret_token() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut out = String::new();
    for _ in 0..4 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos()));
        out.push_str(&format!("{:016x}", h.finish()));
    }
    out
}
