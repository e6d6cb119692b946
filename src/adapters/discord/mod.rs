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
use crate::core::public::PublicAsk;
use crate::core::adviser::{Action, Button};
use crate::core::draft::DraftId;
use crate::runtime::{Adviser, Runtime, Sequenced, Shutdown, UserQueues};
use render::Click;
use serenity::all::{
    ActionRowComponent, ChannelId, ClientBuilder, Command, CommandDataOptionValue, CommandInteraction, ComponentInteraction, ComponentInteractionDataKind, Context,
    CreateAllowedMentions, CreateInteractionResponse, CreateInteractionResponseFollowup, CreateInteractionResponseMessage, CreateMessage,
    CreateInputText, CreateModal, EditInteractionResponse, EditMessage, EventHandler, GatewayIntents, HttpBuilder, InputTextStyle, Interaction,
    Message, ModalInteraction, Ready, UserId,
};
use std::sync::Arc;
use tracing::{error, info, warn};

#[derive(Debug, thiserror::Error)]
pub enum DiscordError {
    #[error("the Discord client stopped: {0}")]
    Client(String),
}

/// The text field of the Ask form, and its limit (Discord's own maximum).
const QUESTION_INPUT: &str = "question";
const MAX_QUESTION: u16 = 4000;

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
            queues.enqueue(user.clone(), async move {
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
        self.ordered.enqueue(user.clone(), msg.id.get(), async move {
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
            Interaction::Modal(modal) => self.adviser_question(ctx, modal).await,
            _ => {}
        }
    }
}

/// Posts a hand-off to the adviser channel: a draft with Claim/Close buttons, or a message.
async fn deliver(http: &Arc<serenity::http::Http>, channel: ChannelId, runtime: &Runtime, locale: Locale, item: crate::handoff::Handoff) -> Result<(), String> {
    let text = item.text(&runtime.content, locale);
    let label = |id: &str| runtime.content.catalog.format(locale, &MessageId::new(id), None);
    let buttons = match &item {
        crate::handoff::Handoff::Draft(d) => render::adviser_row(&d.id, &Button::ALL, |b| label(b.label().as_str())),
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
    /// The member acting in the adviser channel, if they have the adviser role.
    fn adviser(&self, member: Option<&serenity::all::Member>, user: &serenity::all::User) -> Option<Adviser> {
        let role = self.adviser_role?;
        member.filter(|m| m.roles.iter().any(|r| r.get() == role))?;
        let name = user.global_name.clone().unwrap_or_else(|| user.name.clone());
        Some(Adviser { by: format!("discord:{} ({name})", user.id), name })
    }

    /// A button on a draft in the adviser channel — for members with the adviser role only.
    /// Ask opens a form (a modal) for the question; see [`Handler::adviser_question`].
    async fn adviser_click(&self, http: &Arc<serenity::http::Http>, comp: &ComponentInteraction, locale: Locale, button: Button, draft: String) {
        let adviser = self.adviser(comp.member.as_ref(), &comp.user);
        if let (Some(_), Button::Ask) = (&adviser, button) {
            let title = self.text_with(self.adviser_locale, "adviser-ask-title", &draft);
            let input = CreateInputText::new(InputTextStyle::Paragraph, self.text(self.adviser_locale, "adviser-ask-label"), QUESTION_INPUT).max_length(MAX_QUESTION);
            let modal = CreateModal::new(button.data(&DraftId(draft)), title).components(vec![serenity::all::CreateActionRow::InputText(input)]);
            if let Err(e) = comp.create_response(http, CreateInteractionResponse::Modal(modal)).await {
                warn!(cause = %e, "could not open the question form");
            }
            return;
        }
        // Acknowledge at once: Discord allows 3 seconds, and storing takes a flush.
        if let Err(e) = comp.create_response(http, CreateInteractionResponse::Acknowledge).await {
            return warn!(cause = %e, "could not acknowledge a click");
        }
        let followup = |text: String| CreateInteractionResponseFollowup::new().content(render::escape(&text)).ephemeral(true).allowed_mentions(no_mentions());
        let Some(adviser) = adviser else {
            self.runtime.refused(format!("discord:{} ({})", comp.user.id, comp.user.name), &draft).await;
            let _ = comp.create_followup(http, followup(self.text(locale, "adviser-only"))).await;
            return;
        };
        let action = if button == Button::Claim { Action::Claim } else { Action::Close };
        let outcome = self.runtime.advise(&draft, action, adviser, self.adviser_locale).await;
        if !outcome.done {
            let _ = comp.create_followup(http, followup(outcome.text)).await;
            return;
        }
        let content = format!("{}\n\n**{}**", comp.message.content, render::escape(&outcome.text));
        let keep = render::adviser_row(&DraftId(draft), button.remaining(), |b| self.text(self.adviser_locale, b.label().as_str()));
        let edit = EditMessage::new().content(content).components(keep).allowed_mentions(no_mentions());
        if let Err(e) = comp.channel_id.edit_message(http, comp.message.id, edit).await {
            warn!(cause = %e, "could not mark a draft in the adviser channel");
        }
    }

    /// The adviser's question from the Ask form: relayed to the applicant, and shown to the
    /// other advisers in the channel (checked for the role again: a form can be replayed).
    async fn adviser_question(&self, ctx: Context, modal: ModalInteraction) {
        let Some((Button::Ask, draft)) = Button::parse(&modal.data.custom_id) else { return };
        let text = modal.data.components.iter().flat_map(|row| &row.components).find_map(|c| match c {
            ActionRowComponent::InputText(t) if t.custom_id == QUESTION_INPUT => t.value.clone(),
            _ => None,
        });
        let locale = Locale::from_hint(&modal.locale).unwrap_or(self.adviser_locale);
        let reply = match (self.adviser(modal.member.as_ref(), &modal.user), text.filter(|t| !t.trim().is_empty())) {
            (None, _) => {
                self.runtime.refused(format!("discord:{} ({})", modal.user.id, modal.user.name), &draft).await;
                CreateInteractionResponseMessage::new().content(render::escape(&self.text(locale, "adviser-only"))).ephemeral(true)
            }
            (Some(_), None) => CreateInteractionResponseMessage::new().content(render::escape(&self.text(self.adviser_locale, "adviser-ask-empty"))).ephemeral(true),
            (Some(adviser), Some(question)) => {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("id", draft.clone());
                args.set("name", adviser.name.clone());
                let asked = self.runtime.content.catalog.format(self.adviser_locale, &MessageId::new("adviser-asked-by"), Some(&args));
                let outcome = self.runtime.advise(&draft, Action::Ask(question.clone()), adviser, self.adviser_locale).await;
                if outcome.done {
                    CreateInteractionResponseMessage::new().content(format!("**{}**\n{}", render::escape(&asked), render::escape(&question)))
                } else {
                    CreateInteractionResponseMessage::new().content(render::escape(&outcome.text)).ephemeral(true)
                }
            }
        };
        if let Err(e) = modal.create_response(&ctx.http, CreateInteractionResponse::Message(reply.allowed_mentions(no_mentions()))).await {
            warn!(cause = %e, "could not answer the question form");
        }
    }

    /// A text with `$id` set.
    fn text_with(&self, locale: Locale, id: &str, draft: &str) -> String {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("id", draft.to_owned());
        self.runtime.content.catalog.format(locale, &MessageId::new(id), Some(&args))
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
            let ask = match name.as_str() {
                "help" => Some(PublicAsk::Command(crate::core::command::Command::Help)),
                "criteria" => Some(PublicAsk::Mention { text: String::new() }),
                "advice" => Some(PublicAsk::Command(crate::core::command::Command::Advice(arg.clone()))),
                _ => None,
            };
            if let Some(ask) = ask {
                let out = render::public(&self.runtime.public(locale, ask).await);
                let msg = CreateInteractionResponseMessage::new().content(out.content).components(out.components).allowed_mentions(no_mentions());
                if let Err(e) = cmd.create_response(&http, CreateInteractionResponse::Message(msg)).await {
                    warn!(cause = %e, "could not answer a slash command");
                }
                return;
            }
            if let Err(e) = cmd.defer_ephemeral(&http).await {
                return warn!(cause = %e, "could not acknowledge a slash command");
            }
            // Journeys and the partner search are personal: they continue in a DM.
            let answer = if name == "start" || name == "partners" {
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
        queues.enqueue(key.clone(), async move {
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
        let hint = Locale::from_hint(&comp.locale);
        let locale = hint.unwrap_or(self.runtime.content.settings.default_locale);
        let click = Click::parse(&comp.data.custom_id);
        if let Some(Click::Adviser { button, draft }) = click {
            // Its own response: the Ask button answers with a form, not an acknowledgement.
            return self.adviser_click(&http, &comp, locale, button, draft).await;
        }
        // Acknowledge at once: Discord allows 3 seconds, and the turn may queue behind others.
        if let Err(e) = comp.create_response(&http, CreateInteractionResponse::Acknowledge).await {
            return warn!(cause = %e, "could not acknowledge a click");
        }
        let values = match &comp.data.kind {
            ComponentInteractionDataKind::StringSelect { values } => values.clone(),
            _ => Vec::new(),
        };
        let event = match click {
            Some(Click::Choose { question, value }) => Event::Button { question, value },
            Some(Click::Select { question }) => Event::Choices { question, picked: render::positions(&comp.message.components, &values) },
            Some(Click::Adviser { .. }) => unreachable!("handled above"),
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
        self.ordered.enqueue(key.clone(), comp.id.get(), async move {
            let effects = runtime.turn_async(&key, Inbound { event, locale_hint: hint, now: crate::runtime::now() }).await;
            let replies: Vec<&Reply> = effects.iter().filter_map(Effect::reply).collect();
            if let [only] = replies.as_slice()
                && only.key.as_str() == "button-stale" {
                    // Nothing changed: tell only the clicker, quietly.
                    let f = CreateInteractionResponseFollowup::new().content(render::escape(&only.text)).ephemeral(true).allowed_mentions(no_mentions());
                    if let Err(e) = comp.create_followup(&http, f).await {
                        warn!(cause = %e, "could not send a notice");
                    }
                    return;
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
