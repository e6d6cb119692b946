//! The Discord adapter (serenity): journeys run in DMs with buttons and select menus; in
//! servers the bot answers `/barents` slash commands briefly and moves anything personal to a
//! DM or an ephemeral reply. It asks for no privileged intent: DM text arrives without the
//! message-content intent, and servers talk to it through interactions.
//!
//! Every message goes out with no allowed mentions, so nothing a user typed can ping anyone.
//! serenity's rate limiter is on, except when `DISCORD_API_URL` points at a test server.

mod commands;
pub mod render;

use crate::config::DiscordSettings;
use crate::core::effect::{Effect, Event, Inbound, Reply};
use crate::core::ids::{MessageId, Platform, UserKey};
use crate::core::locale::Locale;
use crate::core::public::{self, PublicAsk};
use crate::runtime::{Runtime, Sequenced, Shutdown, UserQueues};
use render::Click;
use serenity::all::{
    ChannelId, ClientBuilder, Command, CommandDataOptionValue, CommandInteraction, ComponentInteraction, ComponentInteractionDataKind, Context,
    CreateAllowedMentions, CreateInteractionResponse, CreateInteractionResponseFollowup, CreateInteractionResponseMessage, CreateMessage,
    EditInteractionResponse, EditMessage, EventHandler, GatewayIntents, HttpBuilder, Interaction, Message, Ready, UserId,
};
use std::sync::Arc;
use tracing::{error, info, warn};

#[derive(Debug, thiserror::Error)]
pub enum DiscordError {
    #[error("the Discord client stopped: {0}")]
    Client(String),
}

/// Discord's error code for "Cannot send messages to this user" (DMs closed).
const DMS_CLOSED: isize = 50007;

struct Handler {
    runtime: Runtime,
    queues: UserQueues,
    /// DMs and clicks in the order Discord gave them (serenity dispatches each on its own task).
    ordered: Sequenced,
    adviser_role: Option<u64>,
    adviser_locale: Locale,
}

pub async fn run(settings: DiscordSettings, runtime: Runtime, mut shutdown: Shutdown) -> Result<(), DiscordError> {
    let mut http = HttpBuilder::new(settings.token.expose());
    if let Some(url) = &settings.api_url {
        // serenity only honours another base URL with its rate limiter off: test servers only.
        http = http.proxy(url.trim_end_matches('/')).ratelimiter_disabled(true);
    }
    let intents = GatewayIntents::GUILDS | GatewayIntents::DIRECT_MESSAGES;
    let queues = UserQueues::new();
    let handler = Handler { runtime: runtime.clone(), queues: queues.clone(), ordered: Sequenced::new(queues.clone()), adviser_role: settings.adviser_role_id, adviser_locale: settings.adviser_locale };
    let mut client = ClientBuilder::new_with_http(http.build(), intents)
        .event_handler(handler)
        .await
        .map_err(|e| DiscordError::Client(e.to_string()))?;
    let http = client.http.clone();
    if let Some(channel) = settings.adviser_channel_id {
        let (http, locale, rt) = (http.clone(), settings.adviser_locale, runtime.clone());
        tokio::spawn(crate::handoff::run(
            runtime.clone(),
            "discord",
            move |item| {
                let (http, rt) = (http.clone(), rt.clone());
                async move { deliver(&http, ChannelId::new(channel), &rt, locale, item).await }
            },
            shutdown.clone(),
        ));
    }
    // Applicants on Discord hear about their drafts at once, in their DM.
    let mut news = runtime.notices.subscribe();
    let (push_http, push_rt) = (http.clone(), runtime.clone());
    tokio::spawn(async move {
        while let Ok(user) = news.recv().await {
            let Some(id) = (user.platform == Platform::Discord).then(|| user.id.parse::<u64>().ok()).flatten() else { continue };
            let (http, rt) = (push_http.clone(), push_rt.clone());
            queues.submit(user.clone(), async move {
                let Ok(channel) = UserId::new(id).create_dm_channel(&http).await else { return };
                let effects = rt.turn_async(&user, Inbound { event: Event::Resume, locale_hint: None, now: crate::runtime::now() }).await;
                if let Err(e) = send_all(&http, channel.id, &effects).await {
                    warn!(cause = %e, "could not tell an applicant the news");
                }
            });
        }
    });
    let shards = client.shard_manager.clone();
    tokio::select! {
        r = client.start() => r.map_err(|e| DiscordError::Client(e.to_string())),
        _ = shutdown.wait() => {
            shards.shutdown_all().await;
            Ok(())
        }
    }
}

fn no_mentions() -> CreateAllowedMentions {
    CreateAllowedMentions::new().empty_users().empty_roles().everyone(false).replied_user(false)
}

fn user_key(id: UserId) -> UserKey {
    UserKey::new(Platform::Discord, id.get().to_string())
}


fn dms_closed(e: &serenity::Error) -> bool {
    matches!(e, serenity::Error::Http(serenity::http::HttpError::UnsuccessfulRequest(r)) if r.error.code == DMS_CLOSED)
}

#[serenity::async_trait]
impl EventHandler for Handler {
    async fn ready(&self, ctx: Context, ready: Ready) {
        info!(bot = %ready.user.name, "Discord adapter connected");
        // A bulk overwrite: registering the same definition again changes nothing.
        if let Err(e) = Command::set_global_commands(&ctx.http, vec![commands::definition(&self.runtime.content.catalog)]).await {
            error!(cause = %e, "could not register the /barents command");
        }
    }

    async fn message(&self, ctx: Context, msg: Message) {
        // Servers talk to the bot through interactions; only DMs are read as conversation.
        if msg.author.bot || msg.guild_id.is_some() {
            return;
        }
        let (runtime, http, channel) = (self.runtime.clone(), ctx.http.clone(), msg.channel_id);
        let user = user_key(msg.author.id);
        let text = msg.content.clone();
        self.ordered.submit(user.clone(), msg.id.get(), async move {
            let effects = runtime.turn_async(&user, Inbound { event: Event::Text(text), locale_hint: None, now: crate::runtime::now() }).await;
            if let Err(e) = send_all(&http, channel, &effects).await {
                warn!(cause = %e, "a DM reply could not be sent");
            }
        });
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        match interaction {
            Interaction::Command(cmd) if cmd.data.name == commands::COMMAND => self.command(ctx, cmd).await,
            Interaction::Component(comp) => self.component(ctx, comp).await,
            _ => {}
        }
    }
}

/// Posts a hand-off to the adviser channel: a draft with Claim/Close buttons, or a message.
async fn deliver(http: &Arc<serenity::http::Http>, channel: ChannelId, runtime: &Runtime, locale: Locale, item: crate::handoff::Handoff) -> Result<(), String> {
    let text = item.text(&runtime.content, locale);
    let label = |id: &str| runtime.content.catalog.format(locale, &MessageId::new(id), None);
    let buttons = match &item {
        crate::handoff::Handoff::Draft(d) => vec![serenity::all::CreateActionRow::Buttons(vec![
            serenity::all::CreateButton::new(format!("a1:c:{}", d.id)).label(label("adviser-claim")).style(serenity::all::ButtonStyle::Primary),
            serenity::all::CreateButton::new(format!("a1:x:{}", d.id)).label(label("adviser-close")).style(serenity::all::ButtonStyle::Secondary),
        ])],
        crate::handoff::Handoff::Message { .. } => Vec::new(),
    };
    let parts = crate::adapters::text::split(&text, render::MAX_MESSAGE, |s| render::escape(s).chars().count());
    let last = parts.len() - 1;
    for (i, part) in parts.iter().enumerate() {
        let mut m = CreateMessage::new().content(render::escape(part)).allowed_mentions(no_mentions());
        if i == last {
            m = m.components(buttons.clone());
        }
        channel.send_message(http, m).await.map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Sends every reply of a turn into a channel; the first failure stops (and is returned).
async fn send_all(http: &Arc<serenity::http::Http>, channel: ChannelId, effects: &[Effect]) -> Result<(), serenity::Error> {
    for r in effects.iter().filter_map(Effect::reply) {
        for out in render::reply(r) {
            channel.send_message(http, CreateMessage::new().content(out.content).components(out.components).allowed_mentions(no_mentions())).await?;
        }
    }
    Ok(())
}

fn first_text(effects: &[Effect]) -> Option<&Reply> {
    effects.iter().find_map(Effect::reply)
}

impl Handler {
    /// Claim or close from the adviser channel — for members with the adviser role only.
    async fn adviser_action(&self, http: &Arc<serenity::http::Http>, comp: &ComponentInteraction, locale: Locale, action: char, draft: String) {
        let is_adviser = match (&comp.member, self.adviser_role) {
            (Some(m), Some(role)) => m.roles.iter().any(|r| r.get() == role),
            _ => false,
        };
        let followup = |text: String| CreateInteractionResponseFollowup::new().content(render::escape(&text)).ephemeral(true).allowed_mentions(no_mentions());
        if !is_adviser {
            let _ = comp.create_followup(http, followup(self.text(locale, "adviser-only"))).await;
            return;
        }
        let Some(id) = crate::core::draft::DraftId::parse(&draft) else { return };
        let (status, done_key) = if action == 'c' {
            (crate::core::draft::DraftStatus::Claimed, "adviser-claimed")
        } else {
            (crate::core::draft::DraftStatus::Closed, "adviser-closed")
        };
        let name = comp.user.global_name.clone().unwrap_or_else(|| comp.user.name.clone());
        let event = crate::core::draft::DraftEvent { at: crate::runtime::now(), status, by: Some(format!("discord:{} ({name})", comp.user.id)), note: None };
        let store = self.runtime.store.clone();
        let result = tokio::task::spawn_blocking(move || store.set_status(&id, event).and_then(|d| store.flush().map(|()| d))).await;
        match result {
            Ok(Ok(changed)) => {
                self.runtime.announce(changed.user);
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("name", name);
                let done = self.runtime.content.catalog.format(self.adviser_locale, &MessageId::new(done_key), Some(&args));
                // Claimed: only Close remains. Closed: no buttons.
                let keep: Vec<serenity::all::CreateActionRow> = if action == 'c' {
                    let close = serenity::all::CreateButton::new(format!("a1:x:{draft}"))
                        .label(self.text(self.adviser_locale, "adviser-close"))
                        .style(serenity::all::ButtonStyle::Secondary);
                    vec![serenity::all::CreateActionRow::Buttons(vec![close])]
                } else {
                    Vec::new()
                };
                let content = format!("{}\n\n**{}**", comp.message.content, render::escape(&done));
                let edit = EditMessage::new().content(content).components(keep).allowed_mentions(no_mentions());
                if let Err(e) = comp.channel_id.edit_message(http, comp.message.id, edit).await {
                    warn!(cause = %e, "could not mark a draft in the adviser channel");
                }
            }
            _ => {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("id", draft);
                let text = self.runtime.content.catalog.format(locale, &MessageId::new("adviser-no-draft"), Some(&args));
                let _ = comp.create_followup(http, followup(text)).await;
            }
        }
    }

    fn text(&self, locale: Locale, id: &str) -> String {
        self.runtime.content.catalog.format(locale, &MessageId::new(id), None)
    }

    /// Opens (or reuses) the user's DM and runs `text` there as their message.
    async fn open_dm(&self, http: &Arc<serenity::http::Http>, user: UserId, text: String, hint: Option<Locale>) -> Result<(), serenity::Error> {
        let channel = user.create_dm_channel(http).await?;
        let key = user_key(user);
        let effects = self.runtime.turn_async(&key, Inbound { event: Event::Text(text), locale_hint: hint, now: crate::runtime::now() }).await;
        send_all(http, channel.id, &effects).await
    }

    async fn command(&self, ctx: Context, cmd: CommandInteraction) {
        let hint = Locale::from_hint(&cmd.locale);
        let locale = hint.unwrap_or(self.runtime.content.settings.default_locale);
        let Some(sub) = cmd.data.options.first() else { return };
        let arg = match &sub.value {
            CommandDataOptionValue::SubCommand(opts) => opts.iter().find_map(|o| o.value.as_str().map(str::to_owned)),
            _ => None,
        };
        let name = sub.name.clone();
        let text = commands::as_text(&name, arg.as_deref());
        let http = ctx.http.clone();
        if cmd.guild_id.is_some() {
            // In a server: public only what is general; the rest is ephemeral or goes to a DM.
            if name == "help" || name == "criteria" {
                let ask = if name == "help" { PublicAsk::Command(crate::core::command::Command::Help) } else { PublicAsk::Mention };
                let out = render::public(&public::answer(&self.runtime.content, locale, &ask));
                let msg = CreateInteractionResponseMessage::new().content(out.content).components(out.components).allowed_mentions(no_mentions());
                if let Err(e) = cmd.create_response(&http, CreateInteractionResponse::Message(msg)).await {
                    warn!(cause = %e, "could not answer a slash command");
                }
                return;
            }
            if let Err(e) = cmd.defer_ephemeral(&http).await {
                return warn!(cause = %e, "could not acknowledge a slash command");
            }
            let answer = if name == "start" {
                match self.open_dm(&http, cmd.user.id, text, hint).await {
                    Ok(()) => self.text(locale, "discord-dm-opened"),
                    Err(e) if dms_closed(&e) => self.text(locale, "discord-dm-closed"),
                    Err(e) => {
                        warn!(cause = %e, "could not open a DM");
                        self.text(locale, "discord-dm-closed")
                    }
                }
            } else {
                let key = user_key(cmd.user.id);
                let effects = self.runtime.turn_async(&key, Inbound { event: Event::Text(text), locale_hint: hint, now: crate::runtime::now() }).await;
                first_text(&effects).map(|r| render::escape(&r.text)).unwrap_or_default()
            };
            let edit = EditInteractionResponse::new().content(answer).allowed_mentions(no_mentions());
            if let Err(e) = cmd.edit_response(&http, edit).await {
                warn!(cause = %e, "could not answer a slash command");
            }
            return;
        }
        // In a DM: the subcommand is a turn like typed text; the first reply answers the interaction.
        if let Err(e) = cmd.defer(&http).await {
            return warn!(cause = %e, "could not acknowledge a slash command");
        }
        let key = user_key(cmd.user.id);
        let (runtime, queues) = (self.runtime.clone(), self.queues.clone());
        queues.submit(key.clone(), async move {
            let effects = runtime.turn_async(&key, Inbound { event: Event::Text(text), locale_hint: hint, now: crate::runtime::now() }).await;
            let mut parts = effects.iter().filter_map(Effect::reply).flat_map(render::reply);
            if let Some(first) = parts.next() {
                let edit = EditInteractionResponse::new().content(first.content).components(first.components).allowed_mentions(no_mentions());
                if let Err(e) = cmd.edit_response(&http, edit).await {
                    warn!(cause = %e, "could not answer a slash command");
                }
            }
            for out in parts {
                let m = CreateMessage::new().content(out.content).components(out.components).allowed_mentions(no_mentions());
                if let Err(e) = cmd.channel_id.send_message(&http, m).await {
                    warn!(cause = %e, "a reply could not be sent");
                }
            }
        });
    }

    async fn component(&self, ctx: Context, comp: ComponentInteraction) {
        let http = ctx.http.clone();
        // Acknowledge at once: Discord allows 3 seconds, and the turn may queue behind others.
        if let Err(e) = comp.create_response(&http, CreateInteractionResponse::Acknowledge).await {
            return warn!(cause = %e, "could not acknowledge a click");
        }
        let hint = Locale::from_hint(&comp.locale);
        let locale = hint.unwrap_or(self.runtime.content.settings.default_locale);
        let values = match &comp.data.kind {
            ComponentInteractionDataKind::StringSelect { values } => values.clone(),
            _ => Vec::new(),
        };
        let event = match Click::parse(&comp.data.custom_id) {
            Some(Click::Choose { question, value }) => Event::Button { question, value },
            Some(Click::Select { question }) => Event::Choices { question, picked: render::positions(&comp.message.components, &values) },
            Some(Click::Adviser { action, draft }) => return self.adviser_action(&http, &comp, locale, action, draft).await,
            Some(Click::OpenDm { dialog }) => {
                let text = dialog.map_or_else(|| "/start".to_owned(), |d| format!("/start {d}"));
                let notice = match self.open_dm(&http, comp.user.id, text, hint).await {
                    Ok(()) => self.text(locale, "discord-dm-opened"),
                    Err(_) => self.text(locale, "discord-dm-closed"),
                };
                let f = CreateInteractionResponseFollowup::new().content(notice).ephemeral(true).allowed_mentions(no_mentions());
                if let Err(e) = comp.create_followup(&http, f).await {
                    warn!(cause = %e, "could not answer a click");
                }
                return;
            }
            None => {
                let f = CreateInteractionResponseFollowup::new().content(self.text(locale, "button-stale")).ephemeral(true);
                let _ = comp.create_followup(&http, f).await;
                return;
            }
        };
        let key = user_key(comp.user.id);
        let runtime = self.runtime.clone();
        self.ordered.submit(key.clone(), comp.id.get(), async move {
            let effects = runtime.turn_async(&key, Inbound { event, locale_hint: hint, now: crate::runtime::now() }).await;
            let replies: Vec<&Reply> = effects.iter().filter_map(Effect::reply).collect();
            if let [only] = replies.as_slice() {
                if only.key.as_str() == "button-stale" {
                    // Nothing changed: tell only the clicker, quietly.
                    let f = CreateInteractionResponseFollowup::new().content(render::escape(&only.text)).ephemeral(true).allowed_mentions(no_mentions());
                    if let Err(e) = comp.create_followup(&http, f).await {
                        warn!(cause = %e, "could not send a notice");
                    }
                    return;
                }
            }
            // The answered question keeps its text, shows the answer, and its buttons go grey.
            let label = render::chosen(&comp.message.components, &comp.data.custom_id, &values);
            let content = format!("{}\n\n**✓ {}**", comp.message.content, render::escape(&label));
            let edit = EditMessage::new().content(content).components(render::disabled(&comp.message.components)).allowed_mentions(no_mentions());
            if let Err(e) = comp.channel_id.edit_message(&http, comp.message.id, edit).await {
                warn!(cause = %e, "could not mark a question as answered");
            }
            if let Err(e) = send_all(&http, comp.channel_id, &effects).await {
                warn!(cause = %e, "a reply could not be sent");
            }
        });
    }
}
