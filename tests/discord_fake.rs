//! The fake Discord in `common/discord.rs`, checked against serenity itself: every JSON shape it
//! produces deserializes into serenity's models (a missing required field would make serenity
//! drop the event silently), and a real serenity client connects to it, receives DMs, slash
//! commands and clicks, answers through REST, and resumes after a dropped connection.

mod common;

use common::discord::{self as fake, APP_ID, BOT_ID, DiscordServer, GUILD_CHANNEL, GUILD_ID, TOKEN, User, Via};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use serenity::all::{
    ChannelId, ClientBuilder, Command, CreateAttachment, CommandDataOptionValue, CommandOptionType, ComponentInteractionDataKind, Context, CreateActionRow, CreateButton,
    CreateCommand, CreateCommandOption, CreateInteractionResponse, CreateInteractionResponseFollowup, CreateInteractionResponseMessage, CreateMessage,
    CreateSelectMenu, CreateSelectMenuKind, CreateSelectMenuOption, EditInteractionResponse, EventHandler, GatewayIntents, Http, HttpBuilder, Interaction,
    Message, Ready, ShardManager, UserId,
};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message as Frame;

const KARI: User = User { id: 1001, name: "Kari", locale: "no" };
const IVAN: User = User { id: 1002, name: "Иван", locale: "ru" };
const WAIT: Duration = Duration::from_secs(20);

fn parse<T: serde::de::DeserializeOwned>(what: &str, v: Value) -> T {
    serde_json::from_value(v.clone()).unwrap_or_else(|e| panic!("serenity cannot read the fake's {what}: {e}\n{v:#}"))
}

#[test]
fn every_shape_the_fake_produces_deserializes_with_serenity() {
    let dm: Message = parse("DM message", fake::dm_message_json(1, &KARI, "hei"));
    assert_eq!((dm.channel_id.get(), dm.guild_id, dm.content.as_str()), (fake::dm_channel_id(&KARI), None, "hei"));

    let guild: Message = parse("guild message", fake::guild_message_json(2, &IVAN, &format!("<@{BOT_ID}> привет")));
    assert_eq!(guild.guild_id.map(|g| g.get()), Some(GUILD_ID));
    assert!(guild.member.is_some() && guild.mentions.iter().any(|u| u.id.get() == BOT_ID));

    let body = json!({ "content": "Pick one", "components": [
        { "type": 1, "components": [{ "type": 2, "style": 1, "label": "Yes", "custom_id": "q:yes" },
                                    { "type": 2, "style": 5, "label": "Site", "url": "https://example.org" }] },
        { "type": 1, "components": [{ "type": 3, "custom_id": "q:pick", "options": [{ "label": "A", "value": "a" }], "max_values": 1 }] }] });
    let bot_message = fake::bot_message_json(3, fake::dm_channel_id(&KARI), &body);
    let m: Message = parse("bot message", bot_message.clone());
    assert_eq!((m.author.id.get(), m.components.len()), (BOT_ID, 2));
    assert_eq!(fake::buttons(&bot_message["components"])[1], ("Site".to_owned(), "https://example.org".to_owned(), false));

    for in_guild in [false, true] {
        let i: Interaction = parse("command interaction", fake::command_interaction_json(4, &KARI, in_guild, "start", &[("journey", "eligibility")], 5));
        let c = i.command().expect("a command interaction");
        assert_eq!((c.locale.as_str(), c.guild_id.is_some(), c.user.id.get()), ("no", in_guild, KARI.id));
        let i: Interaction = parse("button interaction", fake::component_interaction_json(6, &KARI, &bot_message, "q:yes", None));
        assert!(matches!(i.message_component().unwrap().data.kind, ComponentInteractionDataKind::Button));
    }
    let i: Interaction = parse("select interaction", fake::component_interaction_json(7, &IVAN, &bot_message, "q:pick", Some(&["a"])));
    let c = i.message_component().unwrap();
    assert!(matches!(&c.data.kind, ComponentInteractionDataKind::StringSelect { values } if values == &["a"]));

    let channel: serenity::model::channel::PrivateChannel = parse("DM channel", fake::dm_channel_json(&KARI));
    assert_eq!(channel.recipient.id.get(), KARI.id);
    let _: serenity::model::channel::GuildChannel = parse("guild channel", fake::guild_channel_json(GUILD_CHANNEL));
    let ready: Ready = parse("READY", fake::ready_json("s", "ws://127.0.0.1:1"));
    assert_eq!((ready.user.id.get(), ready.application.id.get()), (BOT_ID, APP_ID));
    let _: serenity::model::user::CurrentUser = parse("bot user", fake::bot_user_json());
    let _: serenity::model::application::CurrentApplicationInfo = parse("application", fake::application_json());
    let definition = json!({ "name": "barents", "description": "Barents", "options": [{ "type": 1, "name": "start", "description": "Start" }] });
    let _: Command = parse("command", fake::command_json(8, &definition));
}

/// What the test's serenity client saw.
enum Event {
    Ready(Box<Ready>),
    Message(Box<Message>),
    Interaction(Box<Interaction>),
}

struct Forward(mpsc::UnboundedSender<Event>);

#[serenity::async_trait]
impl EventHandler for Forward {
    async fn ready(&self, _: Context, ready: Ready) {
        let _ = self.0.send(Event::Ready(Box::new(ready)));
    }
    async fn message(&self, _: Context, message: Message) {
        let _ = self.0.send(Event::Message(Box::new(message)));
    }
    async fn interaction_create(&self, _: Context, interaction: Interaction) {
        let _ = self.0.send(Event::Interaction(Box::new(interaction)));
    }
}

/// A serenity client connected to the fake, as the adapter builds one.
struct Bot {
    http: Arc<Http>,
    events: mpsc::UnboundedReceiver<Event>,
    shards: Arc<ShardManager>,
}

impl Bot {
    async fn start(server: &DiscordServer) -> Bot {
        let http = HttpBuilder::new(TOKEN).proxy(&server.url).ratelimiter_disabled(true).build();
        let (tx, events) = mpsc::unbounded_channel();
        let mut client = ClientBuilder::new_with_http(http, GatewayIntents::DIRECT_MESSAGES | GatewayIntents::GUILDS)
            .event_handler(Forward(tx))
            .await
            .expect("the client builds");
        let (http, shards) = (client.http.clone(), client.shard_manager.clone());
        tokio::spawn(async move { client.start().await });
        let mut bot = Bot { http, events, shards };
        let ready = bot.next("READY", |e| if let Event::Ready(r) = e { Some(r) } else { None }).await;
        assert_eq!(ready.user.id.get(), BOT_ID);
        bot
    }

    /// Waits for the first event `f` accepts, skipping others.
    async fn next<T>(&mut self, what: &str, mut f: impl FnMut(Event) -> Option<T>) -> T {
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match tokio::time::timeout(left, self.events.recv()).await {
                Ok(Some(e)) => {
                    if let Some(v) = f(e) {
                        return v;
                    }
                }
                Ok(None) => panic!("the client stopped before {what}"),
                Err(_) => panic!("timed out waiting for {what}"),
            }
        }
    }

    async fn message(&mut self, text: &str) -> Message {
        self.next(&format!("a message {text:?}"), |e| match e {
            Event::Message(m) if m.content == text => Some(*m),
            _ => None,
        })
        .await
    }

    async fn interaction(&mut self, id: u64) -> Interaction {
        self.next(&format!("interaction {id}"), |e| match e {
            Event::Interaction(i) if i.id().get() == id => Some(*i),
            _ => None,
        })
        .await
    }

    async fn stop(self) {
        self.shards.shutdown_all().await;
    }
}

fn discord_code(e: &serenity::Error) -> (u16, isize) {
    match e {
        serenity::Error::Http(serenity::http::HttpError::UnsuccessfulRequest(r)) => (r.status_code.as_u16(), r.error.code),
        other => panic!("not an HTTP error from Discord: {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn serenity_receives_dms_slash_commands_and_clicks_and_answers_through_rest() {
    let server = DiscordServer::start().await;
    let mut bot = Bot::start(&server).await;
    assert!(server.calls().iter().any(|c| c.method == "GET" && c.path == "/api/v10/gateway" && c.status == 200));
    assert_eq!(server.intents(), Some((GatewayIntents::DIRECT_MESSAGES | GatewayIntents::GUILDS).bits()));

    // Registering the command twice keeps its id.
    let definition = || {
        CreateCommand::new("barents").description("The Barents bot").add_option(
            CreateCommandOption::new(CommandOptionType::SubCommand, "start", "Start a journey")
                .add_sub_option(CreateCommandOption::new(CommandOptionType::String, "journey", "Which one"))
                .name_localized("no", "start")
                .description_localized("ru", "Начать"),
        )
    };
    let first = Command::set_global_commands(&bot.http, vec![definition()]).await.expect("commands register");
    let again = Command::set_global_commands(&bot.http, vec![definition()]).await.expect("commands register again");
    assert_eq!(first[0].id, again[0].id);
    assert_eq!(server.commands()[0]["name"], "barents");
    let bad = CreateCommand::new("barents").description("x").name_localized("nb", "barents");
    assert_eq!(discord_code(&Command::set_global_commands(&bot.http, vec![bad]).await.unwrap_err()), (400, 50035));

    // A DM arrives as a message event in the user's DM channel.
    server.dm(&KARI, "hei");
    let m = bot.message("hei").await;
    assert_eq!((m.channel_id.get(), m.author.id.get(), m.guild_id), (server.dm_channel(&KARI), KARI.id, None));

    // A slash command in the DM, answered with a button.
    let id = server.slash(&KARI, false, "start", &[("journey", "eligibility")]);
    let cmd = bot.interaction(id).await.command().expect("a command interaction");
    assert_eq!((cmd.data.name.as_str(), cmd.locale.as_str(), cmd.data.id, cmd.channel_id.get()), ("barents", "no", first[0].id, server.dm_channel(&KARI)));
    let sub = &cmd.data.options[0];
    let CommandDataOptionValue::SubCommand(opts) = &sub.value else { panic!("not a subcommand: {sub:?}") };
    assert_eq!((sub.name.as_str(), opts[0].name.as_str(), opts[0].value.as_str()), ("start", "journey", Some("eligibility")));
    let answer = CreateInteractionResponseMessage::new().content("Ready?").button(CreateButton::new("go").label("Go"));
    cmd.create_response(&bot.http, CreateInteractionResponse::Message(answer.clone())).await.expect("the callback is accepted");
    assert_eq!(server.interaction_responses(id)[0]["type"], 4);
    assert_eq!(discord_code(&cmd.create_response(&bot.http, CreateInteractionResponse::Message(answer)).await.unwrap_err()), (400, 40060));
    let original = cmd.get_response(&bot.http).await.expect("@original");
    assert_eq!(original.content, "Ready?");
    let shown = server.shown_in(server.dm_channel(&KARI));
    assert_eq!((shown[0].via, shown[0].buttons()), (Via::InteractionResponse(id), vec![("Go".to_owned(), "go".to_owned(), false)]));
    let follow = cmd.create_followup(&bot.http, CreateInteractionResponseFollowup::new().content("More")).await.expect("a follow-up");
    assert_eq!(server.shown_in(server.dm_channel(&KARI))[1].via, Via::FollowUp(id));
    assert!(server.messages_in(server.dm_channel(&KARI)).is_empty(), "nothing was posted to the channel itself");
    assert_eq!(follow.content, "More");

    // The bot posts a question with buttons and a select menu; the user clicks, then picks.
    let dm = UserId::new(KARI.id).create_dm_channel(&bot.http).await.expect("the DM channel");
    assert_eq!(dm.id.get(), server.dm_channel(&KARI));
    let menu = CreateSelectMenu::new("topics", CreateSelectMenuKind::String {
        options: vec![CreateSelectMenuOption::new("Culture", "culture"), CreateSelectMenuOption::new("Youth", "youth")],
    })
    .max_values(2);
    let question = CreateMessage::new()
        .content("Which?")
        .components(vec![CreateActionRow::Buttons(vec![CreateButton::new("q:yes").label("Yes"), CreateButton::new("q:no").label("No")]), CreateActionRow::SelectMenu(menu)]);
    let posted = dm.id.send_message(&bot.http, question).await.expect("the message is sent");
    let sent = server.nth_message(dm.id.get(), 1).await;
    assert_eq!((sent.id, sent.via, sent.content.as_str()), (posted.id.get(), Via::Channel, "Which?"));
    assert_eq!(sent.select_menu().unwrap().1, vec![("Culture".to_owned(), "culture".to_owned()), ("Youth".to_owned(), "youth".to_owned())]);

    let id = server.click(&KARI, posted.id.get(), "q:yes");
    let click = bot.interaction(id).await.message_component().expect("a component interaction");
    assert_eq!((click.data.custom_id.as_str(), click.message.id, click.message.components.len()), ("q:yes", posted.id, 2));
    let update = CreateInteractionResponseMessage::new().content("Which? ✓ Yes").components(vec![]);
    click.create_response(&bot.http, CreateInteractionResponse::UpdateMessage(update)).await.expect("the update is accepted");
    let now = server.message(dm.id.get(), posted.id.get());
    assert_eq!((now["content"].as_str(), now["components"].as_array().map(Vec::len)), (Some("Which? ✓ Yes"), Some(0)));

    let posted = dm.id.send_message(&bot.http, CreateMessage::new().content("Topics?").select_menu(CreateSelectMenu::new("t2", CreateSelectMenuKind::String {
        options: vec![CreateSelectMenuOption::new("Culture", "culture"), CreateSelectMenuOption::new("Youth", "youth")],
    }).max_values(2))).await.expect("sent");
    // With a file, serenity sends multipart/form-data; the call shows payload_json's fields.
    let with_file = CreateMessage::new().content("Your summary").add_file(CreateAttachment::bytes(b"hello".to_vec(), "summary.txt"));
    let posted_file = dm.id.send_message(&bot.http, with_file).await.expect("sent with a file");
    assert_eq!(posted_file.attachments[0].filename, "summary.txt");
    let call = server.calls().into_iter().rev().find(|c| c.method == "POST").unwrap();
    assert_eq!((call.body["content"].as_str(), call.body["_files"][0]["size"].as_u64()), (Some("Your summary"), Some(5)));

    let id = server.select(&IVAN, posted.id.get(), "t2", &["culture", "youth"]);
    let pick = bot.interaction(id).await.message_component().expect("a component interaction");
    assert!(matches!(&pick.data.kind, ComponentInteractionDataKind::StringSelect { values } if values == &["culture", "youth"]));
    assert_eq!(pick.locale, "ru");
    pick.create_response(&bot.http, CreateInteractionResponse::Acknowledge).await.expect("acknowledged");

    // In the server: a deferred ephemeral answer shows up at its first edit.
    let id = server.slash(&IVAN, true, "help", &[]);
    let cmd = bot.interaction(id).await.command().expect("a command interaction");
    assert_eq!((cmd.guild_id.map(|g| g.get()), cmd.user.id.get(), cmd.guild_locale.as_deref()), (Some(GUILD_ID), IVAN.id, Some("en-US")));
    assert!(cmd.member.is_some() && cmd.data.options[0].name == "help");
    cmd.defer_ephemeral(&bot.http).await.expect("deferred");
    assert!(server.shown_in(GUILD_CHANNEL).is_empty());
    cmd.edit_response(&bot.http, EditInteractionResponse::new().content("Помощь")).await.expect("edited");
    assert_eq!(server.original_message_id(id), server.shown_in(GUILD_CHANNEL)[0].id);
    assert!(server.messages_in(GUILD_CHANNEL).is_empty());
    let shown = server.shown_in(GUILD_CHANNEL)[0].clone();
    assert_eq!((shown.content.as_str(), shown.ephemeral(), shown.via), ("Помощь", true, Via::InteractionResponse(id)));

    // Without GUILD_MESSAGES, server messages are kept from the bot, as Discord does.
    server.guild_message(&IVAN, "hello everyone");
    server.wait_for("the guild message to be withheld", |s| s.withheld().into_iter().find(|w| w.contains("GUILD_MESSAGES"))).await;
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_dropped_connection_is_resumed_and_nothing_is_lost() {
    let server = DiscordServer::start().await;
    let mut bot = Bot::start(&server).await;
    server.dm(&KARI, "before");
    bot.message("before").await;

    // serenity may reconnect at once, so whether it is connected right now is not asserted;
    // what matters is that nothing is lost and the session was resumed.
    server.disconnect();
    server.dm(&KARI, "while away");
    bot.message("while away").await;
    server.dm(&KARI, "after");
    bot.message("after").await;

    let ops: Vec<u64> = server.gateway_ops().iter().filter_map(|f| f["op"].as_u64()).collect();
    assert_eq!(ops.iter().filter(|op| **op == 2).count(), 1, "one IDENTIFY, then RESUME: {ops:?}");
    assert!(ops.contains(&6), "serenity resumed: {ops:?}");
    assert_eq!(server.connections(), 2);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn discord_errors_reach_serenity_as_discord_sends_them() {
    let server = DiscordServer::start().await;
    let bot = Bot::start(&server).await;
    let kari = server.dm_channel(&KARI);
    server.dm(&KARI, "hi");

    let empty = ChannelId::new(kari).send_message(&bot.http, CreateMessage::new()).await.unwrap_err();
    assert_eq!(discord_code(&empty), (400, 50006));
    // serenity checks the length itself, so this goes around its builder.
    let long = bot.http.send_message(ChannelId::new(kari), vec![], &json!({ "content": "x".repeat(2001) })).await.unwrap_err();
    assert_eq!(discord_code(&long), (400, 50035));
    server.close_dms(&KARI);
    let closed = ChannelId::new(kari).send_message(&bot.http, CreateMessage::new().content("hello")).await.unwrap_err();
    assert_eq!(discord_code(&closed), (403, 50007));
    assert_eq!(server.calls().last().map(|c| (c.status, c.body["content"].clone())), Some((403, json!("hello"))));

    let stranger = HttpBuilder::new("wrong-token").proxy(&server.url).ratelimiter_disabled(true).build();
    assert_eq!(discord_code(&stranger.get_current_user().await.unwrap_err()).0, 401);
    bot.stop().await;
}

/// A bare WebSocket client, for what serenity does not show: heartbeats, refusals, intents.
struct RawGateway(tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>);

impl RawGateway {
    async fn connect(server: &DiscordServer) -> RawGateway {
        let (ws, _) = tokio_tungstenite::connect_async(format!("{}/?v=10", server.ws_url)).await.expect("the gateway accepts");
        let mut raw = RawGateway(ws);
        let hello = raw.recv().await;
        assert_eq!((hello["op"].as_u64(), hello["d"]["heartbeat_interval"].as_u64()), (Some(10), Some(fake::HEARTBEAT_INTERVAL)));
        raw
    }

    async fn send(&mut self, frame: Value) {
        self.0.send(Frame::Text(frame.to_string())).await.unwrap();
    }

    async fn next(&mut self) -> Frame {
        tokio::time::timeout(WAIT, self.0.next()).await.expect("a frame in time").expect("the connection is open").expect("a frame")
    }

    async fn recv(&mut self) -> Value {
        serde_json::from_str(self.next().await.to_text().unwrap()).unwrap()
    }

    async fn identify(&mut self, token: &str, intents: u64) {
        self.send(json!({ "op": 2, "d": { "token": token, "intents": intents, "properties": {} } })).await;
    }
}

#[tokio::test]
async fn the_gateway_acknowledges_heartbeats_and_refuses_a_wrong_token_or_session() {
    let server = DiscordServer::start().await;
    let mut gw = RawGateway::connect(&server).await;
    gw.send(json!({ "op": 1, "d": null })).await;
    assert_eq!(gw.recv().await["op"], 11);
    gw.send(json!({ "op": 6, "d": { "token": format!("Bot {TOKEN}"), "session_id": "made-up", "seq": 3 } })).await;
    assert_eq!((gw.recv().await["op"].as_u64(), server.connections()), (Some(9), 1), "an unknown session is invalid (op 9, not resumable)");
    gw.identify("Bot nope", 0).await;
    match gw.next().await {
        Frame::Close(Some(frame)) => assert_eq!(u16::from(frame.code), 4004),
        other => panic!("expected close 4004, got {other:?}"),
    }
}

#[tokio::test]
async fn a_message_sent_while_the_bot_is_dead_reaches_its_next_session() {
    let server = DiscordServer::start().await;
    let intents = GatewayIntents::DIRECT_MESSAGES.bits();
    let mut gw = RawGateway::connect(&server).await;
    gw.identify(TOKEN, intents).await;
    assert_eq!(gw.recv().await["t"], "READY");
    // The bot dies (its socket closes), and before the fake has noticed, the user writes.
    drop(gw);
    server.dm(&KARI, "are you there?");
    let mut gw = RawGateway::connect(&server).await;
    gw.identify(TOKEN, intents).await;
    let ready = gw.recv().await;
    assert_eq!((ready["t"].as_str(), ready["d"]["session_id"].as_str()), (Some("READY"), Some("fake-session-2")));
    let m = gw.recv().await;
    assert_eq!((m["t"].as_str(), m["s"].as_u64(), m["d"]["content"].as_str()), (Some("MESSAGE_CREATE"), Some(2), Some("are you there?")));
}

#[tokio::test]
async fn guild_messages_need_the_intent_and_their_text_the_message_content_intent_or_a_mention() {
    let server = DiscordServer::start().await;
    let mut gw = RawGateway::connect(&server).await;
    gw.identify(&format!("Bot {TOKEN}"), GatewayIntents::GUILD_MESSAGES.bits()).await;
    let ready = gw.recv().await;
    assert_eq!((ready["t"].as_str(), ready["s"].as_u64()), (Some("READY"), Some(1)));
    server.dm(&KARI, "a DM, which needs DIRECT_MESSAGES");
    server.guild_message(&KARI, "plain");
    server.guild_message(&KARI, &format!("<@{BOT_ID}> hello"));
    let plain = gw.recv().await;
    assert_eq!((plain["t"].as_str(), plain["s"].as_u64(), plain["d"]["content"].as_str()), (Some("MESSAGE_CREATE"), Some(2), Some("")));
    let mention = gw.recv().await;
    assert_eq!(mention["d"]["content"].as_str(), Some(format!("<@{BOT_ID}> hello").as_str()));
    assert_eq!(server.withheld().len(), 1, "{:?}", server.withheld());
}
