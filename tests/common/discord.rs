//! A Discord on 127.0.0.1 for tests: the REST API under `/api/v10` (messages, DM channels,
//! interaction callbacks and webhooks, application commands) on an axum server, and the
//! gateway (HELLO, IDENTIFY → READY, heartbeats, RESUME with replay) on a WebSocket server,
//! so the adapter runs the real serenity code. Events nobody received (the bot was
//! disconnected, or killed) wait for its next RESUME or IDENTIFY. A control side plays users (DMs, slash
//! commands, clicks), drops the connection, closes a user's DMs; tests then wait on what the
//! bot did, with timeouts instead of sleeps.
//!
//! Strict where Discord is: every JSON shape here deserializes into serenity's models (the
//! self-test `tests/discord_fake.rs` checks), events the bot's intents do not cover are
//! withheld (guild messages need GUILD_MESSAGES, their text MESSAGE_CONTENT or a mention),
//! and messages, components and commands are checked against Discord's limits (400, code
//! 50035). It must not reach anything outside 127.0.0.1.
#![allow(dead_code)]

use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tokio::sync::{Notify, mpsc};
use tokio_tungstenite::tungstenite::Message as Frame;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;

pub const TOKEN: &str = "discord-test-token";
pub const BOT_ID: u64 = 900000000000000001;
pub const APP_ID: u64 = 900000000000000002;
pub const GUILD_ID: u64 = 900000000000000003;
/// A text channel in the guild.
pub const GUILD_CHANNEL: u64 = 900000000000000004;
pub const BOT_NAME: &str = "Barents";
pub const HEARTBEAT_INTERVAL: u64 = 41_250;

/// DM channels are `DM_BASE + user id % DM_BASE` (see `dm_channel_id`).
const DM_BASE: u64 = 800_000_000_000_000_000;
/// Messages, interactions and commands get ids counting up from here.
const FIRST_ID: u64 = 910_000_000_000_000_000;
/// The id slash commands carry when the bot has not registered `barents` (yet).
const UNREGISTERED_COMMAND_ID: u64 = 930_000_000_000_000_000;
const TIMEOUT: Duration = Duration::from_secs(20);

// Gateway intent bits (https://discord.com/developers/docs/topics/gateway#gateway-intents).
const GUILD_MESSAGES: u64 = 1 << 9;
const DIRECT_MESSAGES: u64 = 1 << 12;
const MESSAGE_CONTENT: u64 = 1 << 15;

// Message flags.
const EPHEMERAL: u64 = 1 << 6;
const LOADING: u64 = 1 << 7;

/// Discord's locale codes, the only keys it accepts in `*_localizations`.
const LOCALES: &[&str] = &[
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl", "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr",
    "cs", "el", "bg", "ru", "uk", "hi", "th", "zh-CN", "ja", "zh-TW", "ko",
];

/// A Discord user, as tests play them.
#[derive(Debug, Clone, Copy)]
pub struct User {
    pub id: u64,
    pub name: &'static str,
    /// A Discord locale code ("en-US", "ru", "no"): what their client reports in interactions.
    pub locale: &'static str,
}

impl User {
    pub fn json(&self) -> Value {
        json!({ "id": self.id.to_string(), "username": self.name.to_lowercase(), "global_name": self.name, "discriminator": "0",
            "avatar": null, "public_flags": 0 })
    }
}

/// One REST request the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    /// The request path without the query: `/api/v10/channels/123/messages`.
    pub path: String,
    /// The JSON body; for multipart, the `payload_json` fields plus `_files` (name, size and, when
    /// it is UTF-8, text of each upload); `Null` when there was none.
    pub body: Value,
    /// The HTTP status the server answered with.
    pub status: u16,
    pub at: Instant,
}

/// How a message the bot created got into its channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// `POST /channels/{id}/messages`.
    Channel,
    /// The response to this interaction (callback type 4, or a deferral then its first edit).
    InteractionResponse(u64),
    /// A follow-up (`POST /webhooks/{app}/{token}`) to this interaction.
    FollowUp(u64),
}

/// A message the bot created, as it was created (`DiscordServer::message` has its current state).
#[derive(Debug, Clone)]
pub struct Sent {
    pub id: u64,
    pub channel_id: u64,
    pub content: String,
    /// The action rows, as sent.
    pub components: Value,
    pub allowed_mentions: Value,
    /// Message flags: 64 is ephemeral.
    pub flags: u64,
    /// The request body (for an interaction response, its `data`).
    pub body: Value,
    pub via: Via,
}

impl Sent {
    fn new(message: &Value, body: &Value, via: Via) -> Sent {
        Sent {
            id: snowflake(&message["id"]),
            channel_id: snowflake(&message["channel_id"]),
            content: message["content"].as_str().unwrap_or("").to_owned(),
            components: message["components"].clone(),
            allowed_mentions: body["allowed_mentions"].clone(),
            flags: message["flags"].as_u64().unwrap_or(0),
            body: body.clone(),
            via,
        }
    }

    /// Every button: (label, custom_id — or the URL of a link button, disabled).
    pub fn buttons(&self) -> Vec<(String, String, bool)> {
        buttons(&self.components)
    }

    /// The first select menu: (custom_id, [(label, value)]).
    pub fn select_menu(&self) -> Option<(String, Vec<(String, String)>)> {
        select_menu(&self.components)
    }

    /// The custom_id of the button whose label contains `label`.
    pub fn button(&self, label: &str) -> String {
        let buttons = self.buttons();
        buttons.iter().find(|(l, _, _)| l.contains(label)).map(|(_, id, _)| id.clone()).unwrap_or_else(|| panic!("no button {label:?} in {buttons:?}"))
    }

    pub fn ephemeral(&self) -> bool {
        self.flags & EPHEMERAL != 0
    }

    /// The files uploaded with it: (file name, contents when they are UTF-8).
    pub fn files(&self) -> Vec<(String, Option<String>)> {
        let files = self.body["_files"].as_array().into_iter().flatten();
        files.map(|f| (f["filename"].as_str().unwrap_or("").to_owned(), f["text"].as_str().map(str::to_owned))).collect()
    }
}

/// Every button in these action rows: (label, custom_id or URL, disabled).
pub fn buttons(components: &Value) -> Vec<(String, String, bool)> {
    items(components)
        .filter(|c| c["type"] == 2)
        .map(|b| {
            let target = b["custom_id"].as_str().or(b["url"].as_str()).unwrap_or("").to_owned();
            (b["label"].as_str().unwrap_or("").to_owned(), target, b["disabled"].as_bool().unwrap_or(false))
        })
        .collect()
}

/// The first string select menu in these action rows: (custom_id, [(label, value)]).
pub fn select_menu(components: &Value) -> Option<(String, Vec<(String, String)>)> {
    items(components).find(|c| c["type"] == 3).map(|m| {
        let options = m["options"].as_array().into_iter().flatten();
        let options = options.map(|o| (o["label"].as_str().unwrap_or("").to_owned(), o["value"].as_str().unwrap_or("").to_owned())).collect();
        (m["custom_id"].as_str().unwrap_or("").to_owned(), options)
    })
}

fn items(components: &Value) -> impl Iterator<Item = &Value> {
    components.as_array().into_iter().flatten().flat_map(|row| row["components"].as_array().into_iter().flatten())
}

struct Stored {
    channel: u64,
    json: Value,
}

/// An interaction the fake dispatched, and what the bot did with it.
struct Interaction {
    token: String,
    channel: u64,
    /// The message a component sat on.
    message: Option<u64>,
    /// The message `@original` means once answered.
    original: Option<u64>,
    /// Deferred (type 5): the response becomes a `Sent` at its first edit.
    deferred: bool,
    /// A form's submission (type 5), which cannot open another form.
    modal_submit: bool,
    responses: Vec<Value>,
}

/// What a gateway connection's task is told to do.
enum Out {
    Frame(Value),
    Close(u16, &'static str),
    /// Drop the TCP connection without a closing handshake.
    Drop,
}

/// The connection dispatches go to: the latest one that identified or resumed.
struct Live {
    conn: usize,
    tx: mpsc::UnboundedSender<Out>,
}

#[derive(Default)]
struct Gateway {
    session: Option<String>,
    sessions: usize,
    /// The last sequence number of the current session.
    seq: u64,
    /// The current session's dispatches, replayed on RESUME.
    log: Vec<(u64, Value)>,
    /// Events not yet sent on any connection: (t, d).
    undelivered: Vec<(String, Value)>,
    intents: Option<u64>,
    live: Option<Live>,
    /// Every frame received from the bot.
    frames: Vec<Value>,
    connections: usize,
    /// Events withheld because of the bot's intents.
    withheld: Vec<String>,
}

#[derive(Default)]
struct Inner {
    calls: Vec<Call>,
    messages: BTreeMap<u64, Stored>,
    sent: Vec<Sent>,
    next_id: u64,
    users: HashMap<u64, User>,
    closed_dms: HashSet<u64>,
    /// Channels whose next messages are refused for good (400, Invalid Form Body), with how many.
    refused: HashMap<u64, usize>,
    interactions: HashMap<u64, Interaction>,
    commands: Vec<Value>,
    guild_commands: Vec<Value>,
    gateway: Gateway,
}

struct Shared {
    inner: Mutex<Inner>,
    changed: Notify,
    ws_url: String,
}

pub struct DiscordServer {
    /// "http://127.0.0.1:PORT": the value for `DISCORD_API_URL`.
    pub url: String,
    /// "ws://127.0.0.1:PORT": what `GET /gateway` answers.
    pub ws_url: String,
    shared: Arc<Shared>,
}

impl DiscordServer {
    pub async fn start() -> DiscordServer {
        let http = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let ws = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", http.local_addr().unwrap());
        let ws_url = format!("ws://{}", ws.local_addr().unwrap());
        let inner = Inner { next_id: FIRST_ID, ..Inner::default() };
        let shared = Arc::new(Shared { inner: Mutex::new(inner), changed: Notify::new(), ws_url: ws_url.clone() });
        let app = axum::Router::new().fallback(rest).with_state(shared.clone());
        tokio::spawn(async move { axum::serve(http, app).await.unwrap() });
        tokio::spawn(serve_gateway(shared.clone(), ws));
        DiscordServer { url, ws_url, shared }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.shared.inner.lock().unwrap()
    }

    /// Runs `f` on the state, then wakes everyone waiting.
    fn change<T>(&self, f: impl FnOnce(&mut Inner) -> T) -> T {
        let out = f(&mut self.lock());
        self.shared.changed.notify_waiters();
        out
    }

    // ---- playing users ----

    /// The user writes to the bot in their DM; returns the message id.
    pub fn dm(&self, user: &User, text: &str) -> u64 {
        self.change(|inner| {
            inner.users.insert(user.id, *user);
            let id = inner.next_id();
            let m = dm_message_json(id, user, text);
            inner.messages.insert(id, Stored { channel: dm_channel_id(user), json: m.clone() });
            inner.dispatch("MESSAGE_CREATE", m);
            id
        })
    }

    /// The user writes in `GUILD_CHANNEL`; returns the message id. Delivered only with the
    /// GUILD_MESSAGES intent, and with its text only with MESSAGE_CONTENT or a mention of the bot.
    pub fn guild_message(&self, user: &User, text: &str) -> u64 {
        self.change(|inner| {
            inner.users.insert(user.id, *user);
            let id = inner.next_id();
            let m = guild_message_json(id, user, text);
            inner.messages.insert(id, Stored { channel: GUILD_CHANNEL, json: m.clone() });
            inner.dispatch("MESSAGE_CREATE", m);
            id
        })
    }

    /// The user runs `/barents <subcommand> [option: value]…` in `GUILD_CHANNEL` or in their DM;
    /// returns the interaction id.
    pub fn slash(&self, user: &User, in_guild: bool, subcommand: &str, options: &[(&str, &str)]) -> u64 {
        self.change(|inner| {
            inner.users.insert(user.id, *user);
            let id = inner.next_id();
            let command = inner.commands.iter().find(|c| c["name"] == "barents").map_or(UNREGISTERED_COMMAND_ID, |c| snowflake(&c["id"]));
            let channel = if in_guild { GUILD_CHANNEL } else { dm_channel_id(user) };
            inner.interactions.insert(id, Interaction::new(id, channel, None));
            inner.dispatch("INTERACTION_CREATE", command_interaction_json(id, user, in_guild, subcommand, options, command));
            id
        })
    }

    /// The user clicks the button `custom_id` on a message the bot sent (as it is now); returns
    /// the interaction id. Panics if the message has no such enabled button: nobody could click it.
    pub fn click(&self, user: &User, message_id: u64, custom_id: &str) -> u64 {
        self.component(user, message_id, custom_id, None)
    }

    /// The user picks `values` in the select menu `custom_id`; returns the interaction id.
    pub fn select(&self, user: &User, message_id: u64, custom_id: &str, values: &[&str]) -> u64 {
        self.component(user, message_id, custom_id, Some(values))
    }

    fn component(&self, user: &User, message_id: u64, custom_id: &str, values: Option<&[&str]>) -> u64 {
        // Checked before taking the lock for the change: a failed check must not poison it.
        let stored = self.lock().messages.get(&message_id).map(|m| (m.channel, m.json.clone()));
        let (channel, message) = stored.unwrap_or_else(|| panic!("no message {message_id} to click on"));
        let wanted = if values.is_some() { 3 } else { 2 };
        let Some(c) = items(&message["components"]).find(|c| c["custom_id"] == custom_id && c["type"] == wanted) else {
            panic!("message {message_id} has no {} {custom_id:?}: {}", if values.is_some() { "select menu" } else { "button" }, message["components"]);
        };
        assert!(!c["disabled"].as_bool().unwrap_or(false), "{custom_id:?} on message {message_id} is disabled");
        if let Some(values) = values {
            let offered: Vec<&str> = c["options"].as_array().into_iter().flatten().filter_map(|o| o["value"].as_str()).collect();
            assert!(values.iter().all(|v| offered.contains(v)), "select {custom_id:?} offers {offered:?}, not all of {values:?}");
            let (min, max) = (c["min_values"].as_u64().unwrap_or(1) as usize, c["max_values"].as_u64().unwrap_or(1) as usize);
            assert!((min..=max).contains(&values.len()), "select {custom_id:?} takes {min}..={max} values, not {}", values.len());
        }
        self.change(|inner| {
            inner.users.insert(user.id, *user);
            let id = inner.next_id();
            inner.interactions.insert(id, Interaction::new(id, channel, Some(message_id)));
            inner.dispatch("INTERACTION_CREATE", component_interaction_json(id, user, &message, custom_id, values));
            id
        })
    }

    /// The form (modal) the bot opened in answer to interaction `opened_by`: `{custom_id, title,
    /// components}`, or `None` if it opened none.
    pub fn modal(&self, opened_by: u64) -> Option<Value> {
        let responses = self.interaction_responses(opened_by);
        responses.into_iter().find(|r| r["type"] == 9).map(|r| r["data"].clone())
    }

    /// The user fills in the form the bot opened for interaction `opened_by` — `values` by the
    /// text inputs' custom ids — and submits it; returns the submission's interaction id.
    /// Panics if there is no such form, an input is unknown, or a required one is left empty:
    /// Discord's client would not let anyone submit that.
    pub fn submit_modal(&self, user: &User, opened_by: u64, values: &[(&str, &str)]) -> u64 {
        let modal = self.modal(opened_by).unwrap_or_else(|| panic!("interaction {opened_by} opened no form"));
        let inputs: Vec<Value> = items(&modal["components"]).filter(|c| c["type"] == 4).cloned().collect();
        for (name, value) in values {
            let input = inputs.iter().find(|i| i["custom_id"] == *name).unwrap_or_else(|| panic!("the form has no input {name:?}: {modal}"));
            let max = input["max_length"].as_u64().unwrap_or(4000) as usize;
            assert!(value.chars().count() <= max, "input {name:?} takes at most {max} characters");
        }
        let filled: Vec<Value> = inputs
            .iter()
            .map(|i| {
                let value = values.iter().find(|(n, _)| i["custom_id"] == *n).map_or("", |(_, v)| v);
                assert!(!(value.is_empty() && i["required"].as_bool().unwrap_or(true)), "the required input {} is empty", i["custom_id"]);
                json!({ "type": 1, "components": [{ "type": 4, "custom_id": i["custom_id"], "value": value }] })
            })
            .collect();
        self.change(|inner| {
            inner.users.insert(user.id, *user);
            let (channel, message) = {
                let origin = &inner.interactions[&opened_by];
                (origin.channel, origin.message)
            };
            let id = inner.next_id();
            let mut ix = Interaction::new(id, channel, message);
            ix.modal_submit = true;
            inner.interactions.insert(id, ix);
            let mut json = interaction_base(id, 5, user, channel, !is_dm(channel));
            json["data"] = json!({ "custom_id": modal["custom_id"], "components": filled });
            if let Some(m) = message.and_then(|m| inner.messages.get(&m)) {
                json["message"] = m.json.clone();
            }
            inner.dispatch("INTERACTION_CREATE", json);
            id
        })
    }

    /// Drops the bot's gateway connection without a closing handshake; serenity reconnects and
    /// RESUMEs. Events from now until then are delivered after the RESUME.
    pub fn disconnect(&self) {
        let live = self.change(|inner| inner.gateway.live.take());
        let _ = live.expect("the bot has no gateway connection to drop").tx.send(Out::Drop);
    }

    /// From now on, messages to this user's DM fail as when they close DMs (403, code 50007).
    pub fn close_dms(&self, user: &User) {
        self.change(|inner| {
            inner.closed_dms.insert(user.id);
        });
    }

    /// The next `count` messages to `channel` are refused for good, as Discord refuses a message
    /// it will never take (400, code 50035 Invalid Form Body).
    pub fn refuse_next(&self, channel: u64, count: usize) {
        self.change(|inner| {
            *inner.refused.entry(channel).or_default() += count;
        });
    }

    pub fn dm_channel(&self, user: &User) -> u64 {
        dm_channel_id(user)
    }

    // ---- observing the bot ----

    pub fn calls(&self) -> Vec<Call> {
        self.lock().calls.clone()
    }

    /// The messages the bot posted to `channel` (`POST /channels/{id}/messages`), in order.
    pub fn messages_in(&self, channel: u64) -> Vec<Sent> {
        self.lock().sent.iter().filter(|s| s.channel_id == channel && s.via == Via::Channel).cloned().collect()
    }

    /// Everything the bot made appear in `channel`, in order: posted messages, interaction
    /// responses (a deferred one from its first edit) and follow-ups; `Sent::via` says which.
    pub fn shown_in(&self, channel: u64) -> Vec<Sent> {
        self.lock().sent.iter().filter(|s| s.channel_id == channel).cloned().collect()
    }

    /// The id of the message `@original` means for this interaction: its response message (type
    /// 4 or 5), or the message a component sat on (type 6 or 7). Panics if there is none yet.
    pub fn original_message_id(&self, interaction_id: u64) -> u64 {
        let original = self.lock().interactions.get(&interaction_id).and_then(|i| i.original);
        original.unwrap_or_else(|| panic!("interaction {interaction_id} has no response message (yet)"))
    }

    /// Waits for the `n`-th message (counting from 1) the bot posts to `channel`.
    pub async fn nth_message(&self, channel: u64, n: usize) -> Sent {
        self.wait_for(&format!("message {n} in channel {channel}"), |s| s.messages_in(channel).into_iter().nth(n - 1)).await
    }

    /// The message as it is now, after edits.
    pub fn message(&self, channel: u64, id: u64) -> Value {
        let found = self.lock().messages.get(&id).filter(|m| m.channel == channel).map(|m| m.json.clone());
        found.unwrap_or_else(|| panic!("no message {id} in channel {channel}"))
    }

    /// Every successful callback to this interaction (`{type, data}`); at most one, as Discord
    /// refuses a second.
    pub fn interaction_responses(&self, interaction_id: u64) -> Vec<Value> {
        self.lock().interactions.get(&interaction_id).map(|i| i.responses.clone()).unwrap_or_default()
    }

    /// The global application commands, as the bot last registered them (with ids).
    pub fn commands(&self) -> Value {
        Value::Array(self.lock().commands.clone())
    }

    pub fn guild_commands(&self) -> Value {
        Value::Array(self.lock().guild_commands.clone())
    }

    /// Every gateway frame the bot sent, in order (IDENTIFY, heartbeats, RESUME …).
    pub fn gateway_ops(&self) -> Vec<Value> {
        self.lock().gateway.frames.clone()
    }

    /// The intents of the latest IDENTIFY.
    pub fn intents(&self) -> Option<u64> {
        self.lock().gateway.intents
    }

    /// How many gateway WebSocket connections the bot opened.
    pub fn connections(&self) -> usize {
        self.lock().gateway.connections
    }

    /// Whether a connection has identified or resumed and is still open. After killing the bot,
    /// wait for this to turn false before playing users: what is sent into a dying socket is
    /// lost for a new session, as on Discord.
    pub fn connected(&self) -> bool {
        self.lock().gateway.live.is_some()
    }

    /// Events the bot's intents kept from it, as "MESSAGE_CREATE: why".
    pub fn withheld(&self) -> Vec<String> {
        self.lock().gateway.withheld.clone()
    }

    /// Waits until `f` finds what it looks for; panics after 20 s with what the bot did.
    pub async fn wait_for<T>(&self, what: &str, mut f: impl FnMut(&DiscordServer) -> Option<T>) -> T {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let notified = self.shared.changed.notified();
            if let Some(v) = f(self) {
                return v;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                panic!("timed out waiting for {what}; {}", self.dump());
            }
            let _ = tokio::time::timeout(left, notified).await;
        }
    }

    fn dump(&self) -> String {
        let inner = self.lock();
        let calls: Vec<String> = inner.calls.iter().map(|c| format!("{} {} {} {}", c.status, c.method, c.path, c.body)).collect();
        let ops: Vec<String> = inner.gateway.frames.iter().map(|f| format!("op {}", f["op"])).collect();
        format!(
            "calls so far:\n{}\ngateway frames from the bot: {}\nwithheld events: {:?}\nundelivered events: {}",
            calls.join("\n"),
            ops.join(", "),
            inner.gateway.withheld,
            inner.gateway.undelivered.len()
        )
    }
}

impl Interaction {
    fn new(id: u64, channel: u64, message: Option<u64>) -> Interaction {
        Interaction { token: format!("itoken-{id}"), channel, message, original: None, deferred: false, modal_submit: false, responses: Vec::new() }
    }
}

impl Inner {
    fn next_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    /// Queues a dispatch and sends it if the bot is connected.
    fn dispatch(&mut self, t: &str, d: Value) {
        self.gateway.undelivered.push((t.to_owned(), d));
        self.flush();
    }

    /// Sends the undelivered events on the live connection, filtered by its intents.
    fn flush(&mut self) {
        let g = &mut self.gateway;
        let Some(live) = &g.live else { return };
        let intents = g.intents.unwrap_or(0);
        for (t, mut d) in std::mem::take(&mut g.undelivered) {
            if t == "MESSAGE_CREATE" {
                let needed = if d["guild_id"].is_null() { (DIRECT_MESSAGES, "DIRECT_MESSAGES") } else { (GUILD_MESSAGES, "GUILD_MESSAGES") };
                if intents & needed.0 == 0 {
                    g.withheld.push(format!("{t}: the bot's intents lack {}: {}", needed.1, d["content"]));
                    continue;
                }
                let mentioned = d["mentions"].as_array().is_some_and(|m| m.iter().any(|u| snowflake(&u["id"]) == BOT_ID));
                if !d["guild_id"].is_null() && intents & MESSAGE_CONTENT == 0 && !mentioned {
                    // What Discord does without the privileged intent.
                    for (k, empty) in [("content", json!("")), ("embeds", json!([])), ("attachments", json!([])), ("components", json!([]))] {
                        d[k] = empty;
                    }
                }
            }
            g.seq += 1;
            let frame = json!({ "op": 0, "s": g.seq, "t": t, "d": d });
            g.log.push((g.seq, frame.clone()));
            let _ = live.tx.send(Out::Frame(frame));
        }
    }

    fn user(&self, id: u64) -> User {
        self.users.get(&id).copied().unwrap_or(User { id, name: "someone", locale: "en-US" })
    }

    /// Stores a message the bot created and returns it.
    fn create(&mut self, channel: u64, body: &Value, via: Via) -> Value {
        let id = self.next_id();
        let mut m = bot_message_json(id, channel, body);
        if via != Via::Channel {
            m["application_id"] = json!(APP_ID.to_string());
            m["webhook_id"] = json!(APP_ID.to_string());
        }
        self.messages.insert(id, Stored { channel, json: m.clone() });
        self.sent.push(Sent::new(&m, body, via));
        m
    }

    /// Applies an edit to a stored message and returns it.
    fn edit(&mut self, id: u64, body: &Value) -> Value {
        let stored = self.messages.get_mut(&id).expect("the message exists");
        let m = &mut stored.json;
        for key in ["content", "components", "embeds"] {
            match body.get(key) {
                Some(Value::Null) => m[key] = if key == "content" { json!("") } else { json!([]) },
                Some(v) => m[key] = v.clone(),
                None => {}
            }
        }
        // An edit cannot make a message ephemeral or public; other flags it may set.
        let old = m["flags"].as_u64().unwrap_or(0);
        let new = body.get("flags").and_then(Value::as_u64).map_or(old, |f| (old & EPHEMERAL) | (f & !EPHEMERAL));
        m["flags"] = json!(new & !LOADING);
        if let Some(files) = body.get("_files") {
            m["attachments"] = attachments(id, files);
        } else if body.get("attachments").is_some_and(|a| a.as_array().is_some_and(Vec::is_empty)) {
            m["attachments"] = json!([]);
        }
        m["edited_timestamp"] = json!(timestamp());
        m.clone()
    }
}

// ---- JSON shapes (public so the self-test can deserialize each with serenity) ----

pub fn bot_user_json() -> Value {
    json!({ "id": BOT_ID.to_string(), "username": BOT_NAME.to_lowercase(), "global_name": BOT_NAME, "discriminator": "0", "avatar": null,
        "bot": true, "verified": true, "mfa_enabled": false, "flags": 0, "public_flags": 0 })
}

pub fn dm_channel_id(user: &User) -> u64 {
    DM_BASE + user.id % DM_BASE
}

fn is_dm(channel: u64) -> bool {
    // DM channels are DM_BASE + user id; guild channels (900…) lie above this range.
    (DM_BASE..DM_BASE + 100_000_000_000_000_000).contains(&channel)
}

pub fn dm_channel_json(user: &User) -> Value {
    json!({ "id": dm_channel_id(user).to_string(), "type": 1, "last_message_id": null, "flags": 0, "recipients": [user.json()] })
}

/// Any channel that is not a DM is a text channel in the guild.
pub fn guild_channel_json(channel: u64) -> Value {
    let name = if channel == GUILD_CHANNEL { "general".to_owned() } else { format!("channel-{channel}") };
    json!({ "id": channel.to_string(), "type": 0, "guild_id": GUILD_ID.to_string(), "name": name, "position": 0, "permission_overwrites": [],
        "nsfw": false, "parent_id": null, "topic": null, "last_message_id": null, "rate_limit_per_user": 0, "flags": 0 })
}

/// The guild member object interactions carry.
/// Members whose name starts with `adviser-` hold this role in the guild.
pub const ADVISER_ROLE: u64 = 900000000000000010;

pub fn member_json(user: &User) -> Value {
    let roles = if user.name.starts_with("adviser-") { json!([ADVISER_ROLE.to_string()]) } else { json!([]) };
    json!({ "user": user.json(), "nick": null, "avatar": null, "roles": roles, "joined_at": "2024-01-01T00:00:00.000000+00:00", "premium_since": null,
        "deaf": false, "mute": false, "flags": 0, "pending": false, "permissions": "2248473465835073", "communication_disabled_until": null })
}

/// A full message object with nothing in it but `content`.
pub fn message_json(id: u64, channel_id: u64, author: Value, content: &str) -> Value {
    let mentions: Vec<Value> =
        if content.contains(&format!("<@{BOT_ID}>")) || content.contains(&format!("<@!{BOT_ID}>")) { vec![bot_user_json()] } else { vec![] };
    json!({ "id": id.to_string(), "channel_id": channel_id.to_string(), "author": author, "content": content, "timestamp": timestamp(),
        "edited_timestamp": null, "tts": false, "mention_everyone": false, "mentions": mentions, "mention_roles": [], "attachments": [],
        "embeds": [], "pinned": false, "type": 0, "flags": 0, "components": [] })
}

/// What the user's DM to the bot looks like on the gateway.
pub fn dm_message_json(id: u64, user: &User, content: &str) -> Value {
    message_json(id, dm_channel_id(user), user.json(), content)
}

/// What the user's message in `GUILD_CHANNEL` looks like on the gateway.
pub fn guild_message_json(id: u64, user: &User, content: &str) -> Value {
    let mut m = message_json(id, GUILD_CHANNEL, user.json(), content);
    m["guild_id"] = json!(GUILD_ID.to_string());
    m["member"] = json!({ "roles": [], "joined_at": "2024-01-01T00:00:00.000000+00:00", "deaf": false, "mute": false, "flags": 0, "nick": null });
    m
}

/// The message the bot created from a request body (REST, interaction response or follow-up).
pub fn bot_message_json(id: u64, channel_id: u64, body: &Value) -> Value {
    let mut m = message_json(id, channel_id, bot_user_json(), body["content"].as_str().unwrap_or(""));
    m["mentions"] = json!([]);
    for key in ["components", "embeds"] {
        if body[key].is_array() {
            m[key] = body[key].clone();
        }
    }
    m["flags"] = json!(body["flags"].as_u64().unwrap_or(0));
    if let Some(files) = body.get("_files") {
        m["attachments"] = attachments(id, files);
    }
    if !body["message_reference"].is_null() {
        m["message_reference"] = body["message_reference"].clone();
        m["type"] = json!(19);
    }
    m
}

fn attachments(id: u64, files: &Value) -> Value {
    let files = files.as_array().into_iter().flatten().enumerate();
    Value::Array(
        files
            .map(|(i, f)| {
                let name = f["filename"].as_str().unwrap_or("file");
                let url = format!("http://127.0.0.1/attachments/{id}/{name}");
                json!({ "id": (id + i as u64 + 1).to_string(), "filename": name, "size": f["size"], "url": url, "proxy_url": url,
                    "content_type": f["content_type"] })
            })
            .collect(),
    )
}

/// Fields every interaction has; `in_guild` decides between `member` and `user`.
fn interaction_base(id: u64, kind: u8, user: &User, channel_id: u64, in_guild: bool) -> Value {
    let mut i = json!({ "id": id.to_string(), "application_id": APP_ID.to_string(), "type": kind, "channel_id": channel_id.to_string(),
        "token": format!("itoken-{id}"), "version": 1, "app_permissions": "2248473465835073", "locale": user.locale, "entitlements": [],
        "attachment_size_limit": 10_485_760 });
    if in_guild {
        i["guild_id"] = json!(GUILD_ID.to_string());
        i["guild_locale"] = json!("en-US");
        i["member"] = member_json(user);
        i["channel"] = json!({ "id": channel_id.to_string(), "type": 0, "name": "general", "guild_id": GUILD_ID.to_string(),
            "permissions": "2248473465835073" });
        i["authorizing_integration_owners"] = json!({ "0": GUILD_ID.to_string() });
        i["context"] = json!(0);
    } else {
        i["user"] = user.json();
        i["channel"] = json!({ "id": channel_id.to_string(), "type": 1, "recipients": [user.json()] });
        i["authorizing_integration_owners"] = json!({ "0": "0" });
        i["context"] = json!(1);
    }
    i
}

/// `/barents <subcommand> [name: value]…` (all options are strings). Serenity drops a
/// subcommand without an `options` array, so it is always there.
pub fn command_interaction_json(id: u64, user: &User, in_guild: bool, subcommand: &str, options: &[(&str, &str)], command_id: u64) -> Value {
    let channel = if in_guild { GUILD_CHANNEL } else { dm_channel_id(user) };
    let mut i = interaction_base(id, 2, user, channel, in_guild);
    let options: Vec<Value> = options.iter().map(|(name, value)| json!({ "name": name, "type": 3, "value": value })).collect();
    i["data"] = json!({ "id": command_id.to_string(), "name": "barents", "type": 1,
        "options": [{ "name": subcommand, "type": 1, "options": options }] });
    i
}

/// A click on a button (`values` None) or a pick in a string select, on `message` as it is.
pub fn component_interaction_json(id: u64, user: &User, message: &Value, custom_id: &str, values: Option<&[&str]>) -> Value {
    let channel = snowflake(&message["channel_id"]);
    let mut i = interaction_base(id, 3, user, channel, !is_dm(channel));
    i["message"] = message.clone();
    i["data"] = match values {
        None => json!({ "custom_id": custom_id, "component_type": 2 }),
        Some(v) => json!({ "custom_id": custom_id, "component_type": 3, "values": v }),
    };
    i
}

/// The READY payload (`d`).
pub fn ready_json(session_id: &str, ws_url: &str) -> Value {
    json!({ "v": 10, "user": bot_user_json(), "guilds": [{ "id": GUILD_ID.to_string(), "unavailable": true }], "session_id": session_id,
        "resume_gateway_url": ws_url, "shard": [0, 1], "application": { "id": APP_ID.to_string(), "flags": 0 }, "private_channels": [],
        "relationships": [], "presences": [], "guild_join_requests": [], "geo_ordered_rtc_regions": [] })
}

pub fn application_json() -> Value {
    json!({ "id": APP_ID.to_string(), "name": BOT_NAME, "icon": null, "description": "", "bot_public": false, "bot_require_code_grant": false,
        "verify_key": "0000", "flags": 0, "owner": { "id": "900000000000000099", "username": "owner", "discriminator": "0", "avatar": null },
        "bot": bot_user_json() })
}

/// A registered command: the bot's definition plus what Discord adds.
pub fn command_json(id: u64, definition: &Value) -> Value {
    let mut c = definition.clone();
    c["id"] = json!(id.to_string());
    c["application_id"] = json!(APP_ID.to_string());
    c["version"] = json!((id + 1).to_string());
    for (key, default) in [("type", json!(1)), ("description", json!("")), ("default_member_permissions", json!(null)), ("nsfw", json!(false))] {
        if c.get(key).is_none_or(Value::is_null) {
            c[key] = default;
        }
    }
    c
}

fn snowflake(v: &Value) -> u64 {
    v.as_u64().or_else(|| v.as_str().and_then(|s| s.parse().ok())).unwrap_or(0)
}

/// Now, in Discord's timestamp format.
fn timestamp() -> String {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() as i64;
    let rem = secs.rem_euclid(86_400);
    // The bot's own calendar code gives the date (`2026-11-25`).
    let date = barents_bot::core::value::Date::from_unix(secs);
    format!("{date}T{:02}:{:02}:{:02}.000000+00:00", rem / 3600, rem % 3600 / 60, rem % 60)
}

// ---- REST ----

type Answer = (u16, Option<Value>);

fn error(status: u16, code: u32, message: &str) -> Answer {
    (status, Some(json!({ "message": message, "code": code })))
}

fn not_found() -> Answer {
    error(404, 0, "404: Not Found")
}

/// 400 Invalid Form Body, with the error at a dotted path as Discord nests it.
fn form_error(path: &str, code: &str, message: &str) -> Answer {
    let mut errors = json!({ "_errors": [{ "code": code, "message": message }] });
    for key in path.split('.').rev() {
        errors = json!({ key: errors });
    }
    (400, Some(json!({ "message": "Invalid Form Body", "code": 50035, "errors": errors })))
}

async fn rest(State(shared): State<Arc<Shared>>, method: Method, uri: Uri, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    let content_type = headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("");
    let body = if body.is_empty() {
        Value::Null
    } else if let Some(boundary) = content_type.strip_prefix("multipart/form-data").and_then(|b| b.split("boundary=").nth(1)) {
        multipart(&body, boundary.trim_matches('"'))
    } else {
        serde_json::from_slice(&body).unwrap_or_else(|_| json!(String::from_utf8_lossy(&body)))
    };
    let auth = headers.get("authorization").and_then(|v| v.to_str().ok()).unwrap_or("");
    let (status, out) = {
        let mut inner = shared.inner.lock().unwrap();
        let answer = match uri.path().strip_prefix("/api/v10") {
            None => not_found(),
            Some(_) if auth != format!("Bot {TOKEN}") => error(401, 0, "401: Unauthorized"),
            Some(path) => {
                let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
                route(&mut inner, &shared.ws_url, method.as_str(), &segments, &body)
            }
        };
        inner.calls.push(Call { method: method.to_string(), path: uri.path().to_owned(), body, status: answer.0, at: Instant::now() });
        answer
    };
    shared.changed.notify_waiters();
    let status = StatusCode::from_u16(status).unwrap();
    match out {
        Some(v) => (status, axum::Json(v)).into_response(),
        None => status.into_response(),
    }
}

fn route(inner: &mut Inner, ws_url: &str, method: &str, path: &[&str], body: &Value) -> Answer {
    let id = |s: &str| s.parse::<u64>().ok();
    match (method, path) {
        ("GET", ["gateway"]) => (200, Some(json!({ "url": ws_url }))),
        ("GET", ["gateway", "bot"]) => (
            200,
            Some(json!({ "url": ws_url, "shards": 1,
                "session_start_limit": { "total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1 } })),
        ),
        ("GET", ["users", "@me"]) => (200, Some(bot_user_json())),
        ("GET", ["users", user]) => match id(user) {
            Some(BOT_ID) => (200, Some(bot_user_json())),
            Some(u) if inner.users.contains_key(&u) => (200, Some(inner.user(u).json())),
            _ => error(404, 10013, "Unknown User"),
        },
        ("GET", ["oauth2", "applications", "@me"] | ["applications", "@me"]) => (200, Some(application_json())),
        ("POST", ["users", "@me", "channels"]) => match snowflake(&body["recipient_id"]) {
            0 => form_error("recipient_id", "BASE_TYPE_REQUIRED", "This field is required"),
            u => (200, Some(dm_channel_json(&inner.user(u)))),
        },
        ("GET", ["channels", channel]) => match id(channel) {
            Some(c) if is_dm(c) => {
                let user = inner.users.values().find(|u| dm_channel_id(u) == c).copied();
                user.map_or_else(|| error(404, 10003, "Unknown Channel"), |u| (200, Some(dm_channel_json(&u))))
            }
            Some(c) => (200, Some(guild_channel_json(c))),
            None => error(404, 10003, "Unknown Channel"),
        },
        ("POST", ["channels", channel, "messages"]) => {
            let Some(c) = id(channel) else { return error(404, 10003, "Unknown Channel") };
            if inner.users.values().any(|u| dm_channel_id(u) == c && inner.closed_dms.contains(&u.id)) {
                return error(403, 50007, "Cannot send messages to this user");
            }
            if let Err(bad) = check_message(body, true) {
                return bad;
            }
            if let Some(left) = inner.refused.get_mut(&c).filter(|n| **n > 0) {
                *left -= 1;
                return form_error("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.");
            }
            (200, Some(inner.create(c, body, Via::Channel)))
        }
        ("POST", ["channels", _, "typing"]) => (204, None),
        (_, ["channels", channel, "messages", message]) => {
            let (Some(c), Some(m)) = (id(channel), id(message)) else { return error(404, 10008, "Unknown Message") };
            let Some(stored) = inner.messages.get(&m).filter(|s| s.channel == c) else { return error(404, 10008, "Unknown Message") };
            let own = snowflake(&stored.json["author"]["id"]) == BOT_ID;
            match method {
                "GET" => (200, Some(stored.json.clone())),
                "PATCH" if !own => error(403, 50005, "Cannot edit a message authored by another user"),
                "PATCH" => match check_message(body, false) {
                    Err(bad) => bad,
                    Ok(()) => (200, Some(inner.edit(m, body))),
                },
                "DELETE" => {
                    inner.messages.remove(&m);
                    (204, None)
                }
                _ => error(405, 0, "405: Method Not Allowed"),
            }
        }
        ("POST", ["interactions", interaction, token, "callback"]) => callback(inner, id(interaction).unwrap_or(0), token, body),
        (_, ["webhooks", app, token, rest @ ..]) => {
            if id(app) != Some(APP_ID) {
                return error(404, 10015, "Unknown Webhook");
            }
            let Some(ix) = inner.interactions.iter().find(|(_, i)| i.token == *token).map(|(k, _)| *k) else {
                return error(404, 10015, "Unknown Webhook");
            };
            webhook(inner, ix, method, rest, body)
        }
        (_, ["applications", app, "commands"]) if id(app) == Some(APP_ID) => commands(inner, false, method, body),
        (_, ["applications", app, "guilds", _, "commands"]) if id(app) == Some(APP_ID) => commands(inner, true, method, body),
        _ => not_found(),
    }
}

/// `POST /interactions/{id}/{token}/callback`: answers 204 like Discord.
fn callback(inner: &mut Inner, id: u64, token: &str, body: &Value) -> Answer {
    let Some(ix) = inner.interactions.get(&id).filter(|i| i.token == token) else { return error(404, 10062, "Unknown interaction") };
    if !ix.responses.is_empty() {
        return error(400, 40060, "Interaction has already been acknowledged.");
    }
    let (channel, component, modal_submit) = (ix.channel, ix.message, ix.modal_submit);
    let data = body.get("data").cloned().unwrap_or(Value::Null);
    let original = match body["type"].as_u64() {
        // CHANNEL_MESSAGE_WITH_SOURCE
        Some(4) => {
            if let Err(bad) = check_message(&data, true) {
                return bad;
            }
            Some(snowflake(&inner.create(channel, &data, Via::InteractionResponse(id))["id"]))
        }
        // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE: "thinking…" until the first edit of @original.
        Some(5) => {
            let m = inner.next_id();
            let mut json = bot_message_json(m, channel, &json!({ "flags": data["flags"].as_u64().unwrap_or(0) | LOADING }));
            json["application_id"] = json!(APP_ID.to_string());
            json["webhook_id"] = json!(APP_ID.to_string());
            inner.messages.insert(m, Stored { channel, json });
            inner.interactions.get_mut(&id).unwrap().deferred = true;
            Some(m)
        }
        // DEFERRED_UPDATE_MESSAGE, UPDATE_MESSAGE: only for components.
        Some(6 | 7) if component.is_none() => return form_error("type", "INTERACTION_TYPE_INVALID", "Interaction response type is invalid here"),
        Some(6) => component,
        Some(7) => {
            if let Err(bad) = check_message(&data, false) {
                return bad;
            }
            let m = component.unwrap();
            if inner.messages.contains_key(&m) {
                inner.edit(m, &data);
            }
            component
        }
        // MODAL: only in answer to a command or a component, never to a form's own submission.
        Some(9) => {
            if modal_submit {
                return form_error("type", "INTERACTION_TYPE_INVALID", "Interaction response type is invalid here");
            }
            if let Err(bad) = check_modal(&data) {
                return bad;
            }
            None
        }
        _ => return form_error("type", "BASE_TYPE_CHOICES", "Value must be one of {1, 4, 5, 6, 7, 8, 9, 10, 12}."),
    };
    let ix = inner.interactions.get_mut(&id).unwrap();
    ix.original = original;
    ix.responses.push(body.clone());
    (204, None)
}

/// Follow-ups and `@original` under `/webhooks/{app}/{token}`.
fn webhook(inner: &mut Inner, id: u64, method: &str, rest: &[&str], body: &Value) -> Answer {
    let ix = &inner.interactions[&id];
    let (acknowledged, channel, original, deferred) = (!ix.responses.is_empty(), ix.channel, ix.original, ix.deferred);
    if !acknowledged {
        // Discord knows no webhook for an interaction that was never acknowledged.
        return error(404, 10015, "Unknown Webhook");
    }
    match (method, rest) {
        ("POST", []) => match check_message(body, true) {
            Err(bad) => bad,
            Ok(()) => (200, Some(inner.create(channel, body, Via::FollowUp(id)))),
        },
        (_, ["messages", which]) => {
            let m = if *which == "@original" { original } else { which.parse().ok() };
            let Some(m) = m.filter(|m| inner.messages.contains_key(m)) else { return error(404, 10008, "Unknown Message") };
            let deferred = deferred && Some(m) == original;
            match method {
                "GET" => (200, Some(inner.messages[&m].json.clone())),
                "PATCH" => {
                    if let Err(bad) = check_message(body, false) {
                        return bad;
                    }
                    let json = inner.edit(m, body);
                    if deferred {
                        inner.interactions.get_mut(&id).unwrap().deferred = false;
                        inner.sent.push(Sent::new(&json, body, Via::InteractionResponse(id)));
                    }
                    (200, Some(json))
                }
                "DELETE" => {
                    inner.messages.remove(&m);
                    (204, None)
                }
                _ => error(405, 0, "405: Method Not Allowed"),
            }
        }
        _ => not_found(),
    }
}

/// Application commands: bulk overwrite (PUT), list (GET), create or replace one (POST).
fn commands(inner: &mut Inner, guild: bool, method: &str, body: &Value) -> Answer {
    let definitions: Vec<Value> = match method {
        "GET" => return (200, Some(Value::Array(if guild { inner.guild_commands.clone() } else { inner.commands.clone() }))),
        "PUT" => body.as_array().cloned().unwrap_or_default(),
        "POST" => vec![body.clone()],
        _ => return error(405, 0, "405: Method Not Allowed"),
    };
    for (i, d) in definitions.iter().enumerate() {
        let prefix = if method == "PUT" { format!("{i}.") } else { String::new() };
        if let Err((path, code, message)) = check_command(d) {
            return form_error(&format!("{prefix}{path}"), code, &message);
        }
    }
    let existing = if guild { inner.guild_commands.clone() } else { inner.commands.clone() };
    let mut registered = Vec::new();
    for d in &definitions {
        // Like Discord, a command keeps its id when it is registered again under the same name.
        let id = existing.iter().find(|c| c["name"] == d["name"]).map(|c| snowflake(&c["id"]));
        let id = id.unwrap_or_else(|| inner.next_id());
        registered.push(command_json(id, d));
    }
    let list = if guild { &mut inner.guild_commands } else { &mut inner.commands };
    if method == "PUT" {
        *list = registered.clone();
        (200, Some(Value::Array(registered)))
    } else {
        let c = registered.remove(0);
        list.retain(|old| old["name"] != c["name"]);
        list.push(c.clone());
        (201, Some(c))
    }
}

/// Discord's rules for a chat-input command or option: (path, code, message) of the first break.
fn check_command(c: &Value) -> Result<(), (String, &'static str, String)> {
    let kind = c["type"].as_u64().unwrap_or(1);
    check_name_and_description(c, kind == 1)?;
    check_options(c, "")
}

fn check_options(c: &Value, prefix: &str) -> Result<(), (String, &'static str, String)> {
    let options = c["options"].as_array().cloned().unwrap_or_default();
    if options.len() > 25 {
        return Err((format!("{prefix}options"), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.".into()));
    }
    for (i, o) in options.iter().enumerate() {
        let at = format!("{prefix}options.{i}.");
        check_name_and_description(o, true).map_err(|(p, code, m)| (format!("{at}{p}"), code, m))?;
        if o["choices"].as_array().is_some_and(|c| c.len() > 25) {
            return Err((format!("{at}choices"), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.".into()));
        }
        check_options(o, &at)?;
    }
    Ok(())
}

fn check_name_and_description(c: &Value, chat_input: bool) -> Result<(), (String, &'static str, String)> {
    let name_ok = |n: &str| {
        let len = n.chars().count();
        (1..=32).contains(&len) && (!chat_input || (n.chars().all(|ch| ch.is_alphanumeric() || ch == '-' || ch == '_') && n.to_lowercase() == n))
    };
    let name = c["name"].as_str().unwrap_or("");
    if !name_ok(name) {
        return Err(("name".into(), "APPLICATION_COMMAND_INVALID_NAME", format!("Command name is invalid: {name:?}")));
    }
    let description = c["description"].as_str().unwrap_or("");
    if chat_input && !(1..=100).contains(&description.chars().count()) {
        return Err(("description".into(), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.".into()));
    }
    for (key, check_value) in [("name_localizations", true), ("description_localizations", false)] {
        for (locale, v) in c[key].as_object().into_iter().flatten() {
            if !LOCALES.contains(&locale.as_str()) {
                return Err((format!("{key}.{locale}"), "ENUM_TYPE_COERCE", format!("Value \"{locale}\" is not a valid enum value.")));
            }
            let v = v.as_str().unwrap_or("");
            let ok = if check_value { name_ok(v) } else { (1..=100).contains(&v.chars().count()) };
            if !ok {
                return Err((format!("{key}.{locale}"), "BASE_TYPE_BAD_LENGTH", format!("Localization {v:?} breaks Discord's rules")));
            }
        }
    }
    Ok(())
}

/// Discord's limits on a message body; `creating` also refuses an empty message.
fn check_message(body: &Value, creating: bool) -> Result<(), Answer> {
    let content = body["content"].as_str().unwrap_or("");
    if content.chars().count() > 2000 {
        return Err(form_error("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length."));
    }
    let rows = body["components"].as_array().cloned().unwrap_or_default();
    let embeds = body["embeds"].as_array().cloned().unwrap_or_default();
    let files = body["_files"].as_array().is_some_and(|f| !f.is_empty());
    let stickers = body["sticker_ids"].as_array().is_some_and(|s| !s.is_empty());
    if creating && content.trim().is_empty() && rows.is_empty() && embeds.is_empty() && !files && !stickers && body["poll"].is_null() {
        return Err(error(400, 50006, "Cannot send an empty message"));
    }
    if embeds.len() > 10 {
        return Err(form_error("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length."));
    }
    for (i, e) in embeds.iter().enumerate() {
        for (key, max) in [("title", 256), ("description", 4096)] {
            if e[key].as_str().is_some_and(|s| s.chars().count() > max) {
                return Err(form_error(&format!("embeds.{i}.{key}"), "BASE_TYPE_MAX_LENGTH", &format!("Must be {max} or fewer in length.")));
            }
        }
    }
    check_components(&rows)
}

/// Discord's rules for a form (modal): a custom id, a title of at most 45 characters, and one to
/// five rows, each with one text input (style 1 short or 2 paragraph, a label of at most 45).
fn check_modal(data: &Value) -> Result<(), Answer> {
    let too_long = |path: &str, max: usize| form_error(path, "BASE_TYPE_MAX_LENGTH", &format!("Must be {max} or fewer in length."));
    let required = |path: &str| form_error(path, "BASE_TYPE_REQUIRED", "This field is required");
    for (key, max) in [("custom_id", 100), ("title", 45)] {
        match data[key].as_str() {
            None | Some("") => return Err(required(&format!("data.{key}"))),
            Some(v) if v.chars().count() > max => return Err(too_long(&format!("data.{key}"), max)),
            Some(_) => {}
        }
    }
    let rows = data["components"].as_array().cloned().unwrap_or_default();
    if rows.is_empty() || rows.len() > 5 {
        return Err(form_error("data.components", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length."));
    }
    for (r, row) in rows.iter().enumerate() {
        let at = format!("data.components.{r}");
        let items = row["components"].as_array().cloned().unwrap_or_default();
        if row["type"] != 1 || items.len() != 1 || items[0]["type"] != 4 {
            return Err(form_error(&format!("{at}.components"), "UNION_TYPE_CHOICES", "A form row holds exactly one text input (type 4)."));
        }
        let input = &items[0];
        if !matches!(input["style"].as_u64(), Some(1 | 2)) {
            return Err(form_error(&format!("{at}.components.0.style"), "BASE_TYPE_CHOICES", "Value must be one of {1, 2}."));
        }
        match input["label"].as_str() {
            None | Some("") => return Err(required(&format!("{at}.components.0.label"))),
            Some(l) if l.chars().count() > 45 => return Err(too_long(&format!("{at}.components.0.label"), 45)),
            Some(_) => {}
        }
        if input["custom_id"].as_str().is_none_or(str::is_empty) {
            return Err(required(&format!("{at}.components.0.custom_id")));
        }
        if input["max_length"].as_u64().is_some_and(|m| !(1..=4000).contains(&m)) {
            return Err(form_error(&format!("{at}.components.0.max_length"), "NUMBER_TYPE_MAX", "int value should be between 1 and 4000."));
        }
    }
    Ok(())
}

fn check_components(rows: &[Value]) -> Result<(), Answer> {
    let too_long = |path: String, max: usize| form_error(&path, "BASE_TYPE_MAX_LENGTH", &format!("Must be {max} or fewer in length."));
    if rows.len() > 5 {
        return Err(too_long("components".into(), 5));
    }
    let mut ids = HashSet::new();
    for (r, row) in rows.iter().enumerate() {
        let at = format!("components.{r}");
        if row["type"] != 1 {
            return Err(form_error(&format!("{at}.type"), "UNION_TYPE_CHOICES", "Top-level components must be action rows (type 1)."));
        }
        let items = row["components"].as_array().cloned().unwrap_or_default();
        let selects = items.iter().filter(|c| matches!(c["type"].as_u64(), Some(3..=8))).count();
        if items.is_empty() || items.len() > 5 || (selects > 0 && items.len() > 1) {
            return Err(form_error(&format!("{at}.components"), "BASE_TYPE_BAD_LENGTH", "An action row holds 1 to 5 buttons or one select menu."));
        }
        for (c, item) in items.iter().enumerate() {
            let at = format!("{at}.components.{c}");
            let link = item["style"] == 5;
            if let Some(id) = item["custom_id"].as_str() {
                if id.chars().count() > 100 {
                    return Err(too_long(format!("{at}.custom_id"), 100));
                }
                if !ids.insert(id.to_owned()) {
                    return Err(form_error(&format!("{at}.custom_id"), "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated"));
                }
            } else if !link {
                return Err(form_error(&format!("{at}.custom_id"), "BASE_TYPE_REQUIRED", "This field is required"));
            }
            match item["type"].as_u64() {
                Some(2) => {
                    let label = item["label"].as_str().unwrap_or("");
                    if label.chars().count() > 80 {
                        return Err(too_long(format!("{at}.label"), 80));
                    }
                    if label.is_empty() && item["emoji"].is_null() {
                        return Err(form_error(&format!("{at}.label"), "BASE_TYPE_REQUIRED", "A button needs a label or an emoji."));
                    }
                }
                Some(3) => {
                    let options = item["options"].as_array().cloned().unwrap_or_default();
                    if options.is_empty() || options.len() > 25 {
                        return Err(form_error(&format!("{at}.options"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 25 in length."));
                    }
                    for (o, option) in options.iter().enumerate() {
                        for key in ["label", "value", "description"] {
                            if option[key].as_str().is_some_and(|s| s.chars().count() > 100) {
                                return Err(too_long(format!("{at}.options.{o}.{key}"), 100));
                            }
                        }
                        if option["label"].as_str().unwrap_or("").is_empty() || option["value"].as_str().unwrap_or("").is_empty() {
                            return Err(form_error(&format!("{at}.options.{o}"), "BASE_TYPE_REQUIRED", "An option needs a label and a value."));
                        }
                    }
                    if item["placeholder"].as_str().is_some_and(|s| s.chars().count() > 150) {
                        return Err(too_long(format!("{at}.placeholder"), 150));
                    }
                    let max = item["max_values"].as_u64().unwrap_or(1);
                    if max as usize > options.len() {
                        return Err(form_error(&format!("{at}.max_values"), "BASE_TYPE_MAX", "max_values exceeds the number of options."));
                    }
                }
                _ => {}
            }
        }
    }
    Ok(())
}

/// The fields of a multipart/form-data body: `payload_json`'s fields at the top, the other text
/// parts by name, and each upload as `_files: [{field, filename, size, content_type, text}]`
/// (`text`: its contents when they are UTF-8, else null).
fn multipart(body: &[u8], boundary: &str) -> Value {
    let delimiter = format!("--{boundary}").into_bytes();
    let mut out = Map::new();
    let mut files = Vec::new();
    for part in split(body, &delimiter) {
        let Some(at) = find(part, b"\r\n\r\n") else { continue };
        let head = String::from_utf8_lossy(&part[..at]).into_owned();
        let value = &part[at + 4..];
        let value = value.strip_suffix(b"\r\n").unwrap_or(value);
        let attr = |key: &str| head.split(&format!("{key}=\"")).nth(1).and_then(|v| v.split('"').next()).map(str::to_owned);
        let Some(name) = attr("name") else { continue };
        if let Some(filename) = attr("filename") {
            let content_type = head.lines().find_map(|l| l.strip_prefix("Content-Type: ").or(l.strip_prefix("content-type: "))).map(str::trim);
            let text = std::str::from_utf8(value).ok();
            files.push(json!({ "field": name, "filename": filename, "size": value.len(), "content_type": content_type, "text": text }));
        } else if name == "payload_json" {
            if let Ok(Value::Object(fields)) = serde_json::from_slice(value) {
                out.extend(fields);
            }
        } else {
            let text = String::from_utf8_lossy(value);
            out.insert(name, serde_json::from_str(&text).unwrap_or_else(|_| json!(text)));
        }
    }
    if !files.is_empty() {
        out.insert("_files".into(), Value::Array(files));
    }
    Value::Object(out)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn split<'a>(mut body: &'a [u8], delimiter: &[u8]) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    while let Some(at) = find(body, delimiter) {
        parts.push(&body[..at]);
        body = &body[at + delimiter.len()..];
    }
    parts.push(body);
    parts
}

// ---- gateway ----

async fn serve_gateway(shared: Arc<Shared>, listener: tokio::net::TcpListener) {
    loop {
        if let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(connection(shared.clone(), stream));
        }
    }
}

/// One WebSocket connection: frames from the bot go to `on_frame`; `Out`s from anywhere are
/// written in the order they were queued.
async fn connection(shared: Arc<Shared>, stream: tokio::net::TcpStream) {
    let probe = Probe::new(&stream);
    let Ok(ws) = tokio_tungstenite::accept_async(stream).await else { return };
    let (tx, mut rx) = mpsc::unbounded_channel();
    let conn = {
        let mut inner = shared.inner.lock().unwrap();
        inner.gateway.connections += 1;
        inner.gateway.connections
    };
    shared.changed.notify_waiters();
    let _ = tx.send(Out::Frame(json!({ "op": 10, "s": null, "t": null, "d": { "heartbeat_interval": HEARTBEAT_INTERVAL } })));
    let (mut sink, mut frames) = ws.split();
    // The session this connection identified or resumed, and what it could not write.
    let mut session = None;
    let mut unwritten = Vec::new();
    loop {
        tokio::select! {
            // Reading first notices a bot that died before its socket is written to.
            biased;
            frame = frames.next() => {
                let text = match frame {
                    Some(Ok(Frame::Text(t))) => t,
                    Some(Ok(Frame::Binary(b))) => String::from_utf8_lossy(&b).into_owned(),
                    Some(Ok(Frame::Close(_))) => {
                        // Sends tungstenite's queued reply, which serenity waits for when it shuts down.
                        let _ = sink.close().await;
                        break;
                    }
                    Some(Err(_)) | None => break,
                    Some(Ok(_)) => continue,
                };
                let frame = serde_json::from_str(&text).unwrap_or_else(|_| json!({ "unparsed": text }));
                if let Some(joined) = on_frame(&shared, conn, &tx, frame) {
                    session = Some(joined);
                }
            }
            out = rx.recv() => match out {
                Some(Out::Frame(v)) => {
                    if probe.peer_gone() || sink.send(Frame::Text(v.to_string())).await.is_err() {
                        unwritten.push(v);
                        break;
                    }
                }
                Some(Out::Close(code, reason)) => {
                    let _ = sink.send(Frame::Close(Some(CloseFrame { code: code.into(), reason: reason.into() }))).await;
                    break;
                }
                Some(Out::Drop) | None => break,
            }
        }
    }
    drop((sink, frames, probe));
    rx.close();
    while let Ok(out) = rx.try_recv() {
        if let Out::Frame(v) = out {
            unwritten.push(v);
        }
    }
    shared.inner.lock().unwrap().connection_ended(conn, session, unwritten);
    shared.changed.notify_waiters();
}

/// A second handle on a connection's socket, to see that the bot is gone before writing to it:
/// a write into a socket whose peer has exited still succeeds, and the frame would be lost.
struct Probe(Option<std::net::TcpStream>);

impl Probe {
    #[cfg(unix)]
    fn new(stream: &tokio::net::TcpStream) -> Probe {
        use std::os::fd::AsFd;
        Probe(stream.as_fd().try_clone_to_owned().ok().map(std::net::TcpStream::from))
    }

    #[cfg(not(unix))]
    fn new(_: &tokio::net::TcpStream) -> Probe {
        Probe(None)
    }

    /// The peer closed its end: reading would give end-of-file now. (The socket is non-blocking,
    /// as tokio set it up, so this never waits.)
    fn peer_gone(&self) -> bool {
        self.0.as_ref().is_some_and(|s| matches!(s.peek(&mut [0u8; 1]), Ok(0)))
    }
}

impl Inner {
    /// Dispatches a dead connection never wrote go to whoever resumes or identifies next, so a
    /// user's message right after the bot was killed is not lost.
    fn connection_ended(&mut self, conn: usize, session: Option<String>, unwritten: Vec<Value>) {
        let g = &mut self.gateway;
        let was_live = g.live.as_ref().is_some_and(|l| l.conn == conn);
        if was_live {
            g.live = None;
        }
        let lost: Vec<Value> = unwritten.into_iter().filter(|f| f["op"] == 0 && f["t"] != "READY" && f["t"] != "RESUMED").collect();
        // Another connection resumed this session: its replay had these.
        let resumed_elsewhere = g.live.is_some() && g.session == session;
        if lost.is_empty() || resumed_elsewhere {
            return;
        }
        if g.session == session {
            // They are the tail of the session's log: take them back.
            let first = lost[0]["s"].as_u64().unwrap_or(u64::MAX);
            g.log.retain(|(s, _)| *s < first);
            g.seq = g.seq.min(first - 1);
        }
        let mut again: Vec<(String, Value)> = lost.into_iter().map(|f| (f["t"].as_str().unwrap_or("").to_owned(), f["d"].clone())).collect();
        again.append(&mut g.undelivered);
        g.undelivered = again;
        self.flush();
    }
}

/// Handles one frame from the bot; returns the session it identified or resumed, if it did.
fn on_frame(shared: &Shared, conn: usize, tx: &mpsc::UnboundedSender<Out>, frame: Value) -> Option<String> {
    let mut inner = shared.inner.lock().unwrap();
    let mut joined = None;
    inner.gateway.frames.push(frame.clone());
    let d = &frame["d"];
    let token_ok = matches!(d["token"].as_str(), Some(t) if t == TOKEN || t == format!("Bot {TOKEN}"));
    match frame["op"].as_u64() {
        Some(1) => {
            let _ = tx.send(Out::Frame(json!({ "op": 11, "s": null, "t": null, "d": null })));
        }
        Some(2 | 6) if !token_ok => {
            let _ = tx.send(Out::Close(4004, "Authentication failed."));
        }
        // IDENTIFY: a new session.
        Some(2) => {
            let g = &mut inner.gateway;
            g.sessions += 1;
            let session = format!("fake-session-{}", g.sessions);
            g.session = Some(session.clone());
            g.intents = d["intents"].as_u64();
            g.log.clear();
            g.seq = 1;
            g.live = Some(Live { conn, tx: tx.clone() });
            let _ = tx.send(Out::Frame(json!({ "op": 0, "s": 1, "t": "READY", "d": ready_json(&session, &shared.ws_url) })));
            inner.flush();
            joined = Some(session);
        }
        // RESUME: replay what the bot missed, then RESUMED.
        Some(6) => {
            let g = &mut inner.gateway;
            if g.session.is_none() || d["session_id"].as_str() != g.session.as_deref() {
                let _ = tx.send(Out::Frame(json!({ "op": 9, "s": null, "t": null, "d": false })));
            } else {
                let from = d["seq"].as_u64().unwrap_or(0);
                for (_, f) in g.log.iter().filter(|(s, _)| *s > from) {
                    let _ = tx.send(Out::Frame(f.clone()));
                }
                g.live = Some(Live { conn, tx: tx.clone() });
                inner.flush();
                let seq = inner.gateway.seq;
                let _ = tx.send(Out::Frame(json!({ "op": 0, "s": seq, "t": "RESUMED", "d": {} })));
                joined = inner.gateway.session.clone();
            }
        }
        _ => {}
    }
    drop(inner);
    shared.changed.notify_waiters();
    joined
}
