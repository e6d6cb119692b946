//! The Telegram adapter (teloxide): private chats run every core journey with inline
//! keyboards; groups get short public answers with a button into a private chat.
//!
//! Long polling by default, a webhook when configured. Per-user order comes from
//! [`UserQueues`]; Telegram's sending limits from teloxide's `Throttle` (unless
//! `[telegram] throttle = false`, for a loopback server); 429s and network
//! errors from [`send::retry`]. Nothing here decides what to say: that is the core's job.

mod inbound;
pub mod render;
mod send;

use crate::config::{TelegramSettings, Webhook};
use crate::core::command::NAMES;
use crate::core::effect::{Effect, Event, Inbound, Reply};
use crate::core::ids::{MessageId, Platform, UserKey};
use crate::core::locale::Locale;
use crate::core::public::PublicAsk;
use crate::core::adviser::{Action, Button};
use crate::runtime::{Adviser, Runtime, Shutdown, UserQueues};
use inbound::{Incoming, Pressed};
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
    advisers: Vec<i64>,
    adviser_locale: Locale,
}

/// Serves Telegram until `shutdown` completes (or a fatal error such as a 409 conflict).
pub async fn run(settings: TelegramSettings, runtime: Runtime, shutdown: Shutdown) -> Result<(), TelegramError> {
    let mut bot = Bot::new(settings.token.expose());
    if let Some(url) = &settings.api_url {
        bot = bot.set_api_url(url::Url::parse(url).map_err(|_| TelegramError::BadApiUrl)?);
    }
    match settings.limits {
        Some(l) => {
            let limits = Limits {
                messages_per_sec_chat: l.messages_per_sec_chat,
                messages_per_min_chat: l.messages_per_min_chat,
                messages_per_min_channel_or_supergroup: l.messages_per_min_group,
                messages_per_sec_overall: l.messages_per_sec_overall,
            };
            serve(bot.throttle(limits), settings, runtime, shutdown).await
        }
        None => {
            warn!("Telegram sending limits are off: only for a Bot API server on loopback");
            serve(bot, settings, runtime, shutdown).await
        }
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
                    error!(cause = %e, "cannot reach the Telegram Bot API; retrying");
                    tokio::time::sleep(Duration::from_secs(5)).await;
                }
            },
        }
    };
    info!(bot = %me.username(), "Telegram adapter started");
    let tg = Arc::new(Telegram {
        bot,
        runtime: runtime.clone(),
        queues: UserQueues::new(),
        username: me.username().to_owned(),
        advisers: settings.adviser_user_ids.clone(),
        adviser_locale: settings.adviser_locale,
    });
    tg.set_commands().await;
    if let Some(chat) = settings.adviser_chat_id {
        let sink = tg.clone();
        tokio::spawn(crate::handoff::run(
            runtime,
            "telegram",
            move |item| {
                let tg = sink.clone();
                async move { tg.deliver(ChatId(chat), item).await }
            },
            shutdown.clone(),
        ));
    }
    let pusher = tg.clone();
    let mut news = pusher.runtime.notices.subscribe();
    tokio::spawn(async move {
        // Applicants on Telegram hear about their drafts at once, not only at their next message.
        while let Ok(user) = news.recv().await {
            if user.platform != Platform::Telegram {
                continue;
            }
            let Ok(id) = user.id.parse::<i64>() else { continue };
            let tg = pusher.clone();
            pusher.queues.enqueue(user.clone(), async move { tg.private(user, ChatId(id), None, Event::Resume, None).await });
        }
    });
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
                warn!(cause = %e, language = code.unwrap_or("default"), "could not set the command menu");
            }
        }
    }

    async fn poll(self: &Arc<Self>, mut shutdown: Shutdown) -> Result<(), TelegramError> {
        // getUpdates does not work while a webhook is set.
        if let Err(e) = send::retry("deleteWebhook", || self.bot.delete_webhook().send()).await {
            warn!(cause = %e, "could not remove a webhook");
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
                    error!(cause = %e, delay_ms = delay.as_millis() as u64, "getUpdates failed; retrying");
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
            error!(cause = %e, "could not register the webhook with Telegram");
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
            Incoming::Public { chat, reply_to, hint, ask } => {
                tokio::spawn(async move { tg.public(chat, reply_to, hint, ask).await });
            }
            Incoming::AdviserReply { chat, reply_to, user, name, draft, text } => {
                tokio::spawn(async move { tg.adviser_reply(chat, reply_to, user, name, draft, text).await });
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

    async fn private(&self, user: UserKey, chat: ChatId, hint: Option<Locale>, event: Event, press: Option<(CallbackQueryId, String, Option<Pressed>)>) {
        let inbound = Inbound { event, locale_hint: hint, now: crate::runtime::now() };
        let turn = self.runtime.turn_async(&user, inbound);
        tokio::pin!(turn);
        let effects = tokio::select! {
            e = &mut turn => e,
            _ = tokio::time::sleep(TYPING_AFTER) => {
                let _ = self.bot.send_chat_action(chat, ChatAction::Typing).send().await;
                turn.await
            }
        };
        let replies: Vec<&Reply> = effects.iter().filter_map(Effect::reply).collect();
        if let Some((id, data, origin)) = press {
            if let [only] = replies.as_slice()
                && only.key.as_str() == "button-stale" {
                    // A stale press changes nothing: a short notice on the button is enough.
                    return self.answer_press(id, Some(only.text.clone())).await;
                }
            self.answer_press(id, None).await;
            if let Some(origin) = origin {
                self.mark_answered(&origin, &data).await;
            }
        }
        for r in replies {
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
                    error!(cause = %e, "a reply could not be sent");
                }
            }
        }
    }

    /// Replaces the answered question's buttons with the answer, so they cannot be pressed again.
    async fn mark_answered(&self, origin: &Pressed, data: &str) {
        let Some(markup) = &origin.markup else { return };
        let answer = match render::Callback::parse(data) {
            Some(render::Callback::Done { .. }) => render::checked(markup)
                .into_iter()
                .filter_map(|i| markup.inline_keyboard.get(i).and_then(|row| row.first()))
                .map(|b| b.text.trim_start_matches(['☑', ' ']).to_owned())
                .collect::<Vec<_>>()
                .join(", "),
            _ => render::label_of(markup, data).unwrap_or_default(),
        };
        let html = render::answered(&origin.text, &answer);
        if let Err(e) = send::retry("editMessageText", || {
            self.bot.edit_message_text(origin.chat, origin.message, html.clone()).parse_mode(ParseMode::Html).send()
        })
        .await
        {
            warn!(cause = %e, "could not mark a question as answered");
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
            warn!(cause = %e, "could not update a multiple-choice keyboard");
        }
    }

    async fn public(&self, chat: ChatId, reply_to: teloxide::types::MessageId, hint: Option<Locale>, ask: PublicAsk) {
        let locale = hint.unwrap_or(self.runtime.content.settings.default_locale);
        let reply = self.runtime.public(locale, ask).await;
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
            error!(cause = %e, "a group answer could not be sent");
        }
    }

    /// Posts a hand-off to the adviser chat; a draft gets the buttons advisers act on.
    async fn deliver(&self, chat: ChatId, item: crate::handoff::Handoff) -> Result<(), String> {
        let locale = self.adviser_locale;
        let text = item.text(&self.runtime.content, locale);
        let keyboard = match &item {
            crate::handoff::Handoff::Draft(d) => Some(self.adviser_keyboard(&d.id, &Button::ALL)),
            crate::handoff::Handoff::Message { .. } => None,
        };
        let parts = crate::adapters::text::split(&text, render::MAX_MESSAGE, |s| render::escape(s).chars().count());
        let last = parts.len() - 1;
        for (i, part) in parts.into_iter().enumerate() {
            let html = render::escape(&part);
            send::retry("sendMessage", || {
                let req = self.bot.send_message(chat, html.clone()).parse_mode(ParseMode::Html);
                match (&keyboard, i == last) {
                    (Some(k), true) => req.reply_markup(k.clone()).send(),
                    _ => req.send(),
                }
            })
            .await
            .map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    /// The adviser buttons under a draft in the advisers' language.
    fn adviser_keyboard(&self, draft: &crate::core::draft::DraftId, buttons: &[Button]) -> teloxide::types::InlineKeyboardMarkup {
        let row = buttons.iter().map(|b| teloxide::types::InlineKeyboardButton::callback(self.catalog_text(self.adviser_locale, b.label().as_str()), b.data(draft)));
        teloxide::types::InlineKeyboardMarkup::new(vec![row.collect::<Vec<_>>()])
    }

    fn adviser(&self, user: u64, name: String) -> Option<Adviser> {
        self.advisers.contains(&(user as i64)).then(|| Adviser { by: format!("telegram:{user} ({name})"), name })
    }

    /// A button on a draft in the adviser chat — for configured advisers only.
    #[allow(clippy::too_many_arguments)]
    async fn adviser_action(&self, id: CallbackQueryId, user: u64, name: String, hint: Option<Locale>, button: Button, draft: String, origin: Option<Pressed>) {
        let Some(adviser) = self.adviser(user, name.clone()) else {
            self.runtime.refused(format!("telegram:{user} ({name})"), &draft).await;
            let locale = hint.unwrap_or(self.adviser_locale);
            return self.answer_press(id, Some(self.catalog_text(locale, "adviser-only"))).await;
        };
        let action = match button {
            Button::Claim => Action::Claim,
            Button::Close => Action::Close,
            Button::Ask => {
                // The adviser types the question as a reply to this prompt (see `adviser_reply`).
                self.answer_press(id, None).await;
                let Some(o) = origin else { return };
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("id", draft);
                let prompt = self.runtime.content.catalog.format(self.adviser_locale, &MessageId::new("adviser-ask-prompt"), Some(&args));
                let markup = teloxide::types::ReplyMarkup::ForceReply(teloxide::types::ForceReply::new().selective());
                let _ = send::retry("sendMessage", || {
                    self.bot
                        .send_message(o.chat, render::escape(&prompt))
                        .parse_mode(ParseMode::Html)
                        .reply_parameters(ReplyParameters::new(o.message))
                        .reply_markup(markup.clone())
                        .send()
                })
                .await;
                return;
            }
        };
        let outcome = self.runtime.advise(&draft, action, adviser, self.adviser_locale).await;
        self.answer_press(id, Some(outcome.text.clone())).await;
        let (Some(o), true) = (origin, outcome.done) else { return };
        let html = format!("{}\n\n<b>{}</b>", render::escape(&o.text), render::escape(&outcome.text));
        let keep = crate::core::draft::DraftId::parse(&draft).map(|d| self.adviser_keyboard(&d, button.remaining())).filter(|k| !k.inline_keyboard[0].is_empty());
        let _ = send::retry("editMessageText", || {
            let req = self.bot.edit_message_text(o.chat, o.message, html.clone()).parse_mode(ParseMode::Html);
            match &keep {
                Some(k) => req.reply_markup(k.clone()).send(),
                None => req.send(),
            }
        })
        .await;
    }

    /// An adviser's question for an applicant, typed as a reply to the prompt: relayed to them.
    async fn adviser_reply(&self, chat: ChatId, reply_to: teloxide::types::MessageId, user: u64, name: String, draft: String, text: String) {
        let reply = match self.adviser(user, name.clone()) {
            None => {
                self.runtime.refused(format!("telegram:{user} ({name})"), &draft).await;
                self.catalog_text(self.adviser_locale, "adviser-only")
            }
            Some(adviser) => self.runtime.advise(&draft, Action::Ask(text), adviser, self.adviser_locale).await.text,
        };
        let _ = send::retry("sendMessage", || {
            self.bot.send_message(chat, render::escape(&reply)).parse_mode(ParseMode::Html).reply_parameters(ReplyParameters::new(reply_to)).send()
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
            warn!(cause = %e, "could not answer a button press");
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
