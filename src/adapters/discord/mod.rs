//! The Discord adapter (serenity): journeys run in DMs with buttons and select menus; in
//! servers the bot answers `/barents` slash commands briefly and moves anything personal to a
//! DM or an ephemeral reply. It asks for no privileged intent: DM text arrives without the
//! message-content intent, and servers talk to it through interactions.
//!
//! Every message goes out with no allowed mentions, so nothing a user typed can ping anyone.
//! serenity's rate limiter is on, except when `DISCORD_API_URL` points at a test server.

mod commands;
pub mod render;

use crate::adapters::chat::{self, Asker, ButtonData};
use crate::config::DiscordSettings;
use crate::core::adviser::{Action, Button, Handoff, ReplyTarget};
use crate::core::command::Command;
use crate::core::content::Content;
use crate::core::draft::DraftId;
use crate::core::effect::{Event, Inbound};
use crate::core::ids::{MessageId, Platform, UserKey};
use crate::core::locale::Locale;
use crate::core::public::{InGroup, PublicAsk, Reach};
use crate::core::reply::{Kind, Reply};
use crate::runtime::handoff::{AdviserChat, PostError};
use crate::runtime::{Runtime, Sequenced, Shutdown, UserQueues};
use serenity::all::{
    ActionRowComponent, ChannelId, ClientBuilder, Command as SlashCommand, CommandDataOptionValue, CommandInteraction, ComponentInteraction,
    ComponentInteractionDataKind, Context, CreateAllowedMentions, CreateInputText, CreateInteractionResponse, CreateInteractionResponseFollowup,
    CreateInteractionResponseMessage, CreateMessage, CreateModal, EditInteractionResponse, EditMessage, EventHandler, GatewayIntents, HttpBuilder,
    InputTextStyle, Interaction, Message, ModalInteraction, Ready, UserId,
};
use std::future::Future;
use std::pin::Pin;
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

/// In a server, Discord can open a DM with anyone who asks, and answer them alone.
const REACH: Reach = Reach { open_private: true, whisper: true };

struct Handler {
    runtime: Runtime,
    queues: UserQueues,
    /// DMs and clicks in the order Discord gave them (serenity dispatches each on its own task).
    ordered: Sequenced,
    adviser_role: Option<u64>,
}

/// The REST client for `settings`. serenity only honours another base URL with its rate
/// limiter off: test servers only.
fn http(settings: &DiscordSettings) -> serenity::http::Http {
    let mut http = HttpBuilder::new(settings.token.expose());
    if let Some(url) = &settings.api_url {
        http = http.proxy(url.trim_end_matches('/')).ratelimiter_disabled(true);
    }
    http.build()
}

pub async fn run(settings: DiscordSettings, runtime: Runtime, mut shutdown: Shutdown) -> Result<(), DiscordError> {
    let intents = GatewayIntents::GUILDS | GatewayIntents::DIRECT_MESSAGES;
    let queues = UserQueues::new();
    let handler = Handler { runtime: runtime.clone(), queues: queues.clone(), ordered: Sequenced::new(queues.clone()), adviser_role: settings.adviser_role_id };
    let mut client = ClientBuilder::new_with_http(http(&settings), intents).event_handler(handler).await.map_err(|e| DiscordError::Client(e.to_string()))?;
    // Applicants on Discord hear their news at once, in their DM.
    let (push_http, push_rt) = (client.http.clone(), runtime.clone());
    tokio::spawn(chat::push_news(
        runtime,
        Platform::Discord,
        move |user| {
            let Ok(id) = user.id.parse::<u64>() else { return };
            let (http, rt) = (push_http.clone(), push_rt.clone());
            queues.enqueue(user.clone(), async move {
                let replies = rt.turn_async(&user, Inbound { event: Event::News, locale_hint: None, now: crate::runtime::now() }).await;
                if replies.is_empty() {
                    return;
                }
                let Ok(channel) = UserId::new(id).create_dm_channel(&http).await else { return };
                if let Err(e) = send_all(&http, channel.id, &replies).await {
                    warn!(cause = %e, "could not tell an applicant the news");
                }
            });
        },
        shutdown.clone(),
    ));
    let shards = client.shard_manager.clone();
    tokio::select! {
        r = client.start() => r.map_err(|e| DiscordError::Client(e.to_string())),
        _ = shutdown.wait() => {
            shards.shutdown_all().await;
            Ok(())
        }
    }
}

/// The advisers' Discord channel, when one is configured: where hand-offs are posted.
pub fn adviser_chat(settings: &DiscordSettings, content: Arc<Content>) -> Option<Box<dyn AdviserChat>> {
    let channel = ChannelId::new(settings.adviser_channel_id?);
    Some(Box::new(AdviserChannel { http: Arc::new(http(settings)), channel, content }))
}

/// The advisers' channel, posted to by the hand-off worker.
struct AdviserChannel {
    http: Arc<serenity::http::Http>,
    channel: ChannelId,
    content: Arc<Content>,
}

impl AdviserChat for AdviserChannel {
    /// Posts a hand-off: a draft with the buttons advisers act on (and a long one with its
    /// file), or a message.
    fn post(&self, item: Handoff) -> Pin<Box<dyn Future<Output = Result<(), PostError>> + Send + '_>> {
        Box::pin(async move {
            let chat::HandoffPost { parts, file, draft } = chat::handoff_post(&self.content, &item, render::MAX_MESSAGE, render::measure);
            let locale = self.content.settings.adviser_locale;
            let label = |id: &MessageId| self.content.catalog.format(locale, id, None);
            // What an adviser may do with the post: act on a draft, ask about one, answer a question.
            let buttons = match (draft, item.reply_target()) {
                (Some(d), _) => render::adviser_row(&d, &Button::ALL, |b| label(&b.label())),
                (None, Some(ReplyTarget::Draft(d))) => render::adviser_row(&d, &[Button::Ask], |b| label(&b.label())),
                (None, Some(ReplyTarget::Asker(to))) => render::answer_row(&to, &label(&MessageId::new("adviser-answer"))),
                (None, None) => Vec::new(),
            };
            let last = parts.len() - 1;
            for (i, part) in parts.iter().enumerate() {
                let mut m = CreateMessage::new().content(render::escape(part)).allowed_mentions(no_mentions());
                if i == last {
                    m = m.components(buttons.clone());
                    if let Some((name, bytes)) = &file {
                        m = m.add_file(serenity::all::CreateAttachment::bytes(bytes.clone(), name.clone()));
                    }
                }
                self.channel.send_message(&self.http, m).await.map_err(|e| post_error(&e))?;
            }
            Ok(())
        })
    }
}

/// Whether a post Discord refused can never be accepted (400: the message itself is
/// invalid), or may be later (the network, the channel, the bot's permissions in it).
fn post_error(e: &serenity::Error) -> PostError {
    match e {
        serenity::Error::Http(serenity::http::HttpError::UnsuccessfulRequest(r)) if r.status_code.as_u16() == 400 => PostError::Permanent(e.to_string()),
        _ => PostError::Transient(e.to_string()),
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
        if let Err(e) = SlashCommand::set_global_commands(&ctx.http, vec![commands::definition(&self.runtime.content.catalog)]).await {
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
            let replies = runtime.turn_async(&user, Inbound { event: Event::Text(text), locale_hint: None, now: crate::runtime::now() }).await;
            if let Err(e) = send_all(&http, channel, &replies).await {
                warn!(cause = %e, "a DM reply could not be sent");
            }
        });
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        match interaction {
            Interaction::Command(cmd) if cmd.data.name == commands::COMMAND => self.command(ctx, cmd).await,
            Interaction::Component(comp) => self.component(ctx, comp).await,
            Interaction::Modal(modal) => self.adviser_form(ctx, modal).await,
            _ => {}
        }
    }
}

/// Sends every reply of a turn into a channel, in order; the first failure stops (and is returned).
async fn send_all(http: &Arc<serenity::http::Http>, channel: ChannelId, replies: &[Reply]) -> Result<(), serenity::Error> {
    for r in replies {
        for out in render::reply(r) {
            channel.send_message(http, channel_message(out)).await?;
        }
    }
    Ok(())
}

/// One rendered message (text, or only a file) as a channel message that pings nobody.
fn channel_message(out: render::Outgoing) -> CreateMessage {
    let mut m = CreateMessage::new().components(out.components).allowed_mentions(no_mentions());
    if !out.content.is_empty() {
        m = m.content(out.content);
    }
    match out.file {
        Some(file) => m.add_file(file),
        None => m,
    }
}

/// One rendered message as the edit that answers a deferred interaction.
fn interaction_edit(out: render::Outgoing) -> EditInteractionResponse {
    let mut edit = EditInteractionResponse::new().components(out.components).allowed_mentions(no_mentions());
    if !out.content.is_empty() {
        edit = edit.content(out.content);
    }
    match out.file {
        Some(file) => edit.new_attachment(file),
        None => edit,
    }
}

/// A text to show only to the one who clicked or asked.
fn whisper(text: &str) -> CreateInteractionResponseFollowup {
    CreateInteractionResponseFollowup::new().content(render::escape(text)).ephemeral(true).allowed_mentions(no_mentions())
}

impl Handler {
    fn asker(user: &serenity::all::User) -> Asker {
        Asker { platform: Platform::Discord, id: user.id.to_string(), name: user.global_name.clone().unwrap_or_else(|| user.name.clone()) }
    }

    /// Whether the member acting in the adviser channel has the adviser role.
    fn is_adviser(&self, member: Option<&serenity::all::Member>) -> bool {
        self.adviser_role.is_some_and(|role| member.is_some_and(|m| m.roles.iter().any(|r| r.get() == role)))
    }

    fn adviser_locale(&self) -> Locale {
        self.runtime.content.settings.adviser_locale
    }

    fn text(&self, locale: Locale, id: &str) -> String {
        self.runtime.content.catalog.format(locale, &MessageId::new(id), None)
    }

    /// A text with `$id` (the draft) and `$name` set.
    fn text_with(&self, locale: Locale, id: &str, draft: &str, name: &str) -> String {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("id", draft.to_owned());
        args.set("name", name.to_owned());
        self.runtime.content.catalog.format(locale, &MessageId::new(id), Some(&args))
    }

    /// A button on a draft in the adviser channel — for members with the adviser role only.
    /// Ask opens a form (a modal) for the question; see [`Handler::adviser_form`].
    async fn adviser_click(&self, http: &Arc<serenity::http::Http>, comp: &ComponentInteraction, locale: Locale, button: Button, draft: String) {
        let is_adviser = self.is_adviser(comp.member.as_ref());
        if is_adviser && button == Button::Ask {
            let title = self.text_with(self.adviser_locale(), "adviser-ask-title", &draft, "");
            let input = CreateInputText::new(InputTextStyle::Paragraph, self.text(self.adviser_locale(), "adviser-ask-label"), QUESTION_INPUT).max_length(MAX_QUESTION);
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
        let report = chat::adviser_action(&self.runtime, &Self::asker(&comp.user), is_adviser, &draft, button.action(), locale).await;
        if !report.done {
            if !report.text.is_empty() {
                let _ = comp.create_followup(http, whisper(&report.text)).await;
            }
            return;
        }
        let content = format!("{}\n\n**{}**", comp.message.content, render::escape(&report.text));
        let keep = render::adviser_row(&DraftId(draft), button.remaining(), |b| self.text(self.adviser_locale(), b.label().as_str()));
        let edit = EditMessage::new().content(content).components(keep).allowed_mentions(no_mentions());
        if let Err(e) = comp.channel_id.edit_message(http, comp.message.id, edit).await {
            warn!(cause = %e, "could not mark a draft in the adviser channel");
        }
    }

    /// Answer, on someone's own question: a form for an adviser, a refusal for anyone else.
    async fn answer_click(&self, http: &Arc<serenity::http::Http>, comp: &ComponentInteraction, locale: Locale, to: UserKey) {
        if self.is_adviser(comp.member.as_ref()) {
            let data = ButtonData::Answer { to };
            let input = CreateInputText::new(InputTextStyle::Paragraph, self.text(self.adviser_locale(), "adviser-answer-label"), QUESTION_INPUT).max_length(MAX_QUESTION);
            let modal = CreateModal::new(data.encode(), self.text(self.adviser_locale(), "adviser-answer")).components(vec![serenity::all::CreateActionRow::InputText(input)]);
            if let Err(e) = comp.create_response(http, CreateInteractionResponse::Modal(modal)).await {
                warn!(cause = %e, "could not open the answer form");
            }
            return;
        }
        if let Err(e) = comp.create_response(http, CreateInteractionResponse::Acknowledge).await {
            return warn!(cause = %e, "could not acknowledge a click");
        }
        let report = chat::adviser_answer(&self.runtime, &Self::asker(&comp.user), false, &to, String::new(), locale).await;
        if !report.text.is_empty() {
            let _ = comp.create_followup(http, whisper(&report.text)).await;
        }
    }

    /// The adviser's question from the Ask form (for a draft's applicant), or answer from the
    /// Answer form (for someone who asked a question of their own): relayed to that person, and
    /// shown to the other advisers in the channel (checked for the role again: a form can be
    /// replayed).
    async fn adviser_form(&self, ctx: Context, modal: ModalInteraction) {
        enum Form {
            Ask(String),
            Answer(UserKey),
        }
        let form = match ButtonData::parse(&modal.data.custom_id) {
            Some(ButtonData::Adviser { button: Button::Ask, draft }) => Form::Ask(draft),
            Some(ButtonData::Answer { to }) => Form::Answer(to),
            _ => return,
        };
        let text = modal.data.components.iter().flat_map(|row| &row.components).find_map(|c| match c {
            ActionRowComponent::InputText(t) if t.custom_id == QUESTION_INPUT => t.value.clone(),
            _ => None,
        });
        let locale = Locale::from_hint(&modal.locale).unwrap_or(self.adviser_locale());
        let (is_adviser, asker) = (self.is_adviser(modal.member.as_ref()), Self::asker(&modal.user));
        let private = |text: &str| CreateInteractionResponseMessage::new().content(render::escape(text)).ephemeral(true);
        let reply = match text.filter(|t| !t.trim().is_empty()) {
            None if is_adviser => private(&self.text(self.adviser_locale(), "adviser-ask-empty")),
            text => {
                let text = text.unwrap_or_default();
                let (report, heading) = match &form {
                    Form::Ask(draft) => (
                        chat::adviser_action(&self.runtime, &asker, is_adviser, draft, Action::Ask(text.clone()), locale).await,
                        self.text_with(self.adviser_locale(), "adviser-asked-by", draft, &asker.name),
                    ),
                    Form::Answer(to) => {
                        let report = chat::adviser_answer(&self.runtime, &asker, is_adviser, to, text.clone(), locale).await;
                        let heading = report.text.clone();
                        (report, heading)
                    }
                };
                if report.done {
                    CreateInteractionResponseMessage::new().content(format!("**{}**\n{}", render::escape(&heading), render::escape(&text)))
                } else if report.text.is_empty() {
                    // Over the rate limit, after its one notice: nothing more.
                    return;
                } else {
                    private(&report.text)
                }
            }
        };
        if let Err(e) = modal.create_response(&ctx.http, CreateInteractionResponse::Message(reply.allowed_mentions(no_mentions()))).await {
            warn!(cause = %e, "could not answer the adviser's form");
        }
    }

    /// Opens (or reuses) the user's DM and runs `event` there as their turn.
    async fn open_dm(&self, http: &Arc<serenity::http::Http>, user: UserId, event: Event, hint: Option<Locale>) -> Result<(), serenity::Error> {
        let channel = user.create_dm_channel(http).await?;
        let replies = self.runtime.turn_async(&user_key(user), Inbound { event, locale_hint: hint, now: crate::runtime::now() }).await;
        send_all(http, channel.id, &replies).await
    }

    /// Tells the one who asked in a server whether their DM opened.
    fn dm_outcome(&self, locale: Locale, result: Result<(), serenity::Error>) -> String {
        match result {
            Ok(()) => self.text(locale, "discord-dm-opened"),
            Err(e) => {
                if !dms_closed(&e) {
                    warn!(cause = %e, "could not open a DM");
                }
                self.text(locale, "discord-dm-closed")
            }
        }
    }

    async fn command(&self, ctx: Context, cmd: CommandInteraction) {
        let hint = Locale::from_hint(&cmd.locale);
        let locale = hint.unwrap_or(self.runtime.content.settings.default_locale);
        let Some(sub) = cmd.data.options.first() else { return };
        let arg = match &sub.value {
            CommandDataOptionValue::SubCommand(opts) => opts.iter().find_map(|o| o.value.as_str().map(str::to_owned)),
            _ => None,
        };
        let Some(command) = commands::command(&sub.name, arg) else { return warn!(sub = %sub.name, "an unknown subcommand") };
        let http = ctx.http.clone();
        if cmd.guild_id.is_none() {
            return self.command_in_dm(http, cmd, command, hint).await;
        }
        // In a server, the core decides what is public, what goes to a DM, and what only the
        // asker sees.
        let Some(route) = self.runtime.in_group(&user_key(cmd.user.id), locale, PublicAsk::Command(command), REACH).await else {
            // Over the rate limit, after its one notice: nothing more.
            return;
        };
        let answer = match route {
            InGroup::Public(reply) => {
                let out = render::public(&reply);
                let msg = CreateInteractionResponseMessage::new().content(out.content).components(out.components).allowed_mentions(no_mentions());
                if let Err(e) = cmd.create_response(&http, CreateInteractionResponse::Message(msg)).await {
                    warn!(cause = %e, "could not answer a slash command");
                }
                return;
            }
            InGroup::Private(command) => {
                if let Err(e) = cmd.defer_ephemeral(&http).await {
                    return warn!(cause = %e, "could not acknowledge a slash command");
                }
                let opened = self.open_dm(&http, cmd.user.id, Event::Command(command), hint).await;
                self.dm_outcome(locale, opened)
            }
            InGroup::Whisper(command) => {
                if let Err(e) = cmd.defer_ephemeral(&http).await {
                    return warn!(cause = %e, "could not acknowledge a slash command");
                }
                let replies = self.runtime.turn_async(&user_key(cmd.user.id), Inbound { event: Event::Command(command), locale_hint: hint, now: crate::runtime::now() }).await;
                replies.first().map(|r| render::escape(&r.text)).unwrap_or_default()
            }
        };
        let edit = EditInteractionResponse::new().content(answer).allowed_mentions(no_mentions());
        if let Err(e) = cmd.edit_response(&http, edit).await {
            warn!(cause = %e, "could not answer a slash command");
        }
    }

    /// In a DM, a subcommand is a turn like typed text; its first reply answers the interaction.
    async fn command_in_dm(&self, http: Arc<serenity::http::Http>, cmd: CommandInteraction, command: Command, hint: Option<Locale>) {
        if let Err(e) = cmd.defer(&http).await {
            return warn!(cause = %e, "could not acknowledge a slash command");
        }
        let key = user_key(cmd.user.id);
        let runtime = self.runtime.clone();
        self.queues.enqueue(key.clone(), async move {
            let replies = runtime.turn_async(&key, Inbound { event: Event::Command(command), locale_hint: hint, now: crate::runtime::now() }).await;
            let mut parts = replies.iter().flat_map(render::reply);
            if let Some(first) = parts.next()
                && let Err(e) = cmd.edit_response(&http, interaction_edit(first)).await
            {
                warn!(cause = %e, "could not answer a slash command");
            }
            for out in parts {
                if let Err(e) = cmd.channel_id.send_message(&http, channel_message(out)).await {
                    warn!(cause = %e, "a reply could not be sent");
                }
            }
        });
    }

    async fn component(&self, ctx: Context, comp: ComponentInteraction) {
        let http = ctx.http.clone();
        let hint = Locale::from_hint(&comp.locale);
        let locale = hint.unwrap_or(self.runtime.content.settings.default_locale);
        let data = ButtonData::parse(&comp.data.custom_id);
        if let Some(ButtonData::Adviser { button, draft }) = data {
            // Its own response: the Ask button answers with a form, not an acknowledgement.
            return self.adviser_click(&http, &comp, locale, button, draft).await;
        }
        if let Some(ButtonData::Answer { to }) = data {
            return self.answer_click(&http, &comp, locale, to).await;
        }
        // Acknowledge at once: Discord allows 3 seconds, and the turn may queue behind others.
        if let Err(e) = comp.create_response(&http, CreateInteractionResponse::Acknowledge).await {
            return warn!(cause = %e, "could not acknowledge a click");
        }
        let values = match &comp.data.kind {
            ComponentInteractionDataKind::StringSelect { values } => values.clone(),
            _ => Vec::new(),
        };
        let event = match data {
            Some(ButtonData::Choose { question, value }) => Event::Button { question, value },
            Some(ButtonData::Select { question }) => Event::Choices { question, picked: render::positions(&comp.message.components, &values) },
            Some(ButtonData::OpenPrivate { start }) => {
                let opened = self.open_dm(&http, comp.user.id, Event::Command(Command::Start(start)), hint).await;
                let _ = comp.create_followup(&http, whisper(&self.dm_outcome(locale, opened))).await;
                return;
            }
            Some(ButtonData::Adviser { .. } | ButtonData::Answer { .. } | ButtonData::Toggle { .. } | ButtonData::Done { .. }) | None => {
                let _ = comp.create_followup(&http, whisper(&Reply::stale(&self.runtime.content, locale).text)).await;
                return;
            }
        };
        let key = user_key(comp.user.id);
        let runtime = self.runtime.clone();
        self.ordered.enqueue(key.clone(), comp.id.get(), async move {
            let replies = runtime.turn_async(&key, Inbound { event, locale_hint: hint, now: crate::runtime::now() }).await;
            if let [only] = replies.as_slice()
                && only.kind == Kind::Stale
            {
                // Nothing changed: tell only the clicker, quietly.
                if let Err(e) = comp.create_followup(&http, whisper(&only.text)).await {
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
            if let Err(e) = send_all(&http, comp.channel_id, &replies).await {
                warn!(cause = %e, "a reply could not be sent");
            }
        });
    }
}
