//! A Telegram Bot API server on 127.0.0.1 for tests: enough of the real protocol for
//! teloxide (long-polling `getUpdates`, sending and editing messages, callbacks, commands,
//! webhooks), strict like Telegram about HTML in `parse_mode`, plus a control side to
//! play users and to inject failures (429, 409, malformed responses).
#![allow(dead_code)]

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::Notify;

pub const TOKEN: &str = "123456:TEST-token";
pub const BOT_USERNAME: &str = "barents_test_bot";
pub const BOT_ID: i64 = 999;

/// One request the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub params: Value,
    pub at: Instant,
    /// The HTTP status the server answered with.
    pub status: u16,
}

/// A failure to answer the next call of a method with.
#[derive(Debug, Clone)]
pub enum Failure {
    TooManyRequests { retry_after: u64 },
    Conflict,
    Malformed,
    /// Answer as if the method did not exist (an older or different Bot API server).
    NotFound,
    /// An internal server error, as Telegram gives now and then (teloxide waits 10 s after one).
    ServerError,
    /// The bot may not post in the chat (e.g. not yet added to the advisers' group).
    Forbidden,
    /// This body, whatever it is, with 200 OK (something between the bot and Telegram answered).
    Body(String),
    /// 400 Bad Request: Telegram will never take this message (here: too long).
    BadRequest,
}

#[derive(Default)]
struct Inner {
    updates: Vec<Value>,
    next_update: i64,
    next_message: i64,
    calls: Vec<Call>,
    messages: HashMap<(i64, i64), Value>,
    failures: HashMap<String, VecDeque<Failure>>,
    webhook: Option<(String, String)>,
    /// For load: keep no record of calls and messages, only how many went to each chat.
    quiet: bool,
    sent: HashMap<i64, usize>,
}

#[derive(Default)]
struct Shared {
    inner: Mutex<Inner>,
    changed: Notify,
    /// Woken when the bot sends to that chat (so thousands of waiting users wake one by one).
    chats: Mutex<HashMap<i64, Arc<Notify>>>,
}

pub struct TelegramServer {
    pub url: String,
    shared: Arc<Shared>,
}

/// A Telegram user, as tests play them.
#[derive(Debug, Clone)]
pub struct User {
    pub id: i64,
    pub name: &'static str,
    pub language: &'static str,
}

impl User {
    pub fn json(&self) -> Value {
        json!({ "id": self.id, "is_bot": false, "first_name": self.name, "language_code": self.language })
    }
}

impl TelegramServer {
    pub async fn start() -> TelegramServer {
        let shared = Arc::new(Shared::default());
        shared.inner.lock().unwrap().next_message = 1;
        shared.inner.lock().unwrap().next_update = 1;
        let app = axum::Router::new().route("/{bot}/{method}", axum::routing::any(handle)).with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        TelegramServer { url, shared }
    }

    /// For load generation: from now on no call or message is kept (memory stays flat); only the
    /// number of messages to each chat, for [`TelegramServer::wait_sent`].
    pub fn quiet(&self) {
        self.shared.inner.lock().unwrap().quiet = true;
    }

    /// Waits until the bot has sent `n` messages to `chat` in all.
    pub async fn wait_sent(&self, chat: i64, n: usize) {
        let notify = self.shared.chats.lock().unwrap().entry(chat).or_default().clone();
        loop {
            let notified = notify.notified();
            if self.shared.inner.lock().unwrap().sent.get(&chat).copied().unwrap_or(0) >= n {
                return;
            }
            notified.await;
        }
    }

    pub fn clear_failures(&self) {
        self.shared.inner.lock().unwrap().failures.clear();
    }

    pub fn fail_next(&self, method: &str, f: Failure) {
        self.shared.inner.lock().unwrap().failures.entry(method.to_lowercase()).or_default().push_back(f);
    }

    fn push_update(&self, kind: &str, payload: Value) {
        let (update, webhook) = {
            let mut inner = self.shared.inner.lock().unwrap();
            let id = inner.next_update;
            inner.next_update += 1;
            let update = json!({ "update_id": id, kind: payload });
            inner.updates.push(update.clone());
            (update, inner.webhook.clone())
        };
        self.shared.changed.notify_waiters();
        if let Some((url, secret)) = webhook {
            tokio::spawn(post_webhook(url, secret, update));
        }
    }

    fn message_json(chat: Value, from: Value, text: &str, id: i64) -> Value {
        json!({ "message_id": id, "date": 1_795_000_000, "chat": chat, "from": from, "text": text })
    }

    /// The user writes in their private chat with the bot.
    pub fn say(&self, user: &User, text: &str) {
        let id = self.next_message_id();
        let chat = json!({ "id": user.id, "type": "private", "first_name": user.name });
        self.push_update("message", Self::message_json(chat, user.json(), text, id));
    }

    /// A press on a message in any chat (e.g. an adviser in the adviser group).
    pub fn press_in(&self, user: &User, chat: i64, message_id: i64, data: &str) {
        self.press(user, chat, message_id, data);
    }

    /// The user replies in a group to a message the bot sent there.
    pub fn reply_in_group(&self, user: &User, group: i64, to: i64, text: &str) {
        let replied = self.shared.inner.lock().unwrap().messages.get(&(group, to)).cloned().expect("the message exists");
        let id = self.next_message_id();
        let chat = json!({ "id": group, "type": "supergroup", "title": "Barents friends" });
        let mut m = Self::message_json(chat, user.json(), text, id);
        m["reply_to_message"] = replied;
        self.push_update("message", m);
    }

    /// The user writes in a group.
    pub fn say_in_group(&self, user: &User, group: i64, text: &str) {
        let id = self.next_message_id();
        let chat = json!({ "id": group, "type": "supergroup", "title": "Barents friends" });
        self.push_update("message", Self::message_json(chat, user.json(), text, id));
    }

    /// The user presses the button with `data` on a message the bot sent (as it is now).
    pub fn press(&self, user: &User, chat: i64, message_id: i64, data: &str) {
        let message = self.shared.inner.lock().unwrap().messages.get(&(chat, message_id)).cloned().expect("the message exists");
        let id = self.next_message_id();
        self.push_update(
            "callback_query",
            json!({ "id": format!("cb{id}"), "from": user.json(), "message": message, "chat_instance": "ci", "data": data }),
        );
    }

    fn next_message_id(&self) -> i64 {
        let mut inner = self.shared.inner.lock().unwrap();
        inner.next_message += 1;
        inner.next_message - 1
    }

    pub fn calls(&self) -> Vec<Call> {
        self.shared.inner.lock().unwrap().calls.clone()
    }

    pub fn message(&self, chat: i64, id: i64) -> Value {
        self.shared.inner.lock().unwrap().messages[&(chat, id)].clone()
    }

    /// Waits until `f` finds what it looks for in the calls so far.
    pub async fn wait_for<T>(&self, what: &str, mut f: impl FnMut(&[Call]) -> Option<T>) -> T {
        // A bound, not a pause: generous, since a debug build under a full parallel test run
        // can take many seconds to work through a whole application.
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let notified = self.shared.changed.notified();
            if let Some(v) = f(&self.calls()) {
                return v;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                let calls: Vec<String> = self.calls().iter().map(|c| format!("{} {} {}", c.status, c.method, c.params)).collect();
                panic!("timed out waiting for {what}; calls so far:\n{}", calls.join("\n"));
            }
            let _ = tokio::time::timeout(left, notified).await;
        }
    }

    /// Waits for the `n`-th successful sendMessage (counting from 1) to `chat`, and returns it.
    pub async fn nth_message(&self, chat: i64, n: usize) -> Sent {
        self.wait_for(&format!("message {n} to chat {chat}"), |calls| {
            calls.iter().filter(|c| c.method == "sendmessage" && c.status == 200 && c.params["chat_id"] == chat).nth(n - 1).map(Sent::from)
        })
        .await
    }

    pub fn sent_to(&self, chat: i64) -> Vec<Sent> {
        self.calls().iter().filter(|c| c.method == "sendmessage" && c.status == 200 && c.params["chat_id"] == chat).map(Sent::from).collect()
    }

    pub fn count(&self, method: &str) -> usize {
        self.calls().iter().filter(|c| c.method == method).count()
    }

    pub fn errors(&self) -> Vec<Call> {
        self.calls().into_iter().filter(|c| c.status == 400).collect()
    }
}

/// A message the bot sent.
#[derive(Debug, Clone)]
pub struct Sent {
    pub message_id: i64,
    pub text: String,
    pub buttons: Vec<(String, String)>,
    pub params: Value,
}

impl Sent {
    fn from(c: &Call) -> Sent {
        let buttons = c.params["reply_markup"]["inline_keyboard"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|row| row.as_array().cloned().unwrap_or_default())
            .map(|b| {
                let target = b["callback_data"].as_str().or(b["url"].as_str()).unwrap_or("").to_owned();
                (b["text"].as_str().unwrap_or("").to_owned(), target)
            })
            .collect();
        Sent {
            message_id: c.params["_message_id"].as_i64().unwrap_or(0),
            text: unescape(&strip_tags(c.params["text"].as_str().unwrap_or(""))),
            buttons,
            params: c.params.clone(),
        }
    }

    /// The callback data of the button whose label contains `label`.
    pub fn button(&self, label: &str) -> String {
        self.buttons.iter().find(|(l, _)| l.contains(label)).map(|(_, d)| d.clone()).unwrap_or_else(|| panic!("no button {label:?} in {:?}", self.buttons))
    }
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    Path((bot, method)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let method = method.to_lowercase();
    let content_type = headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("");
    let params: Value = if body.is_empty() {
        json!({})
    } else if let Some(boundary) = content_type.split("boundary=").nth(1) {
        multipart(&String::from_utf8_lossy(&body), boundary.trim_matches('"'))
    } else {
        serde_json::from_slice(&body).unwrap_or(json!({}))
    };
    if bot != format!("bot{TOKEN}") {
        return reply(&shared, &method, params, 401, json!({ "ok": false, "error_code": 401, "description": "Unauthorized" }));
    }
    let failure = shared.inner.lock().unwrap().failures.get_mut(&method).and_then(|q| q.pop_front());
    match failure {
        Some(Failure::TooManyRequests { retry_after }) => {
            let body = json!({ "ok": false, "error_code": 429, "description": format!("Too Many Requests: retry after {retry_after}"), "parameters": { "retry_after": retry_after } });
            return reply(&shared, &method, params, 429, body);
        }
        Some(Failure::Conflict) => {
            let body = json!({ "ok": false, "error_code": 409, "description": "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running" });
            return reply(&shared, &method, params, 409, body);
        }
        Some(Failure::ServerError) => {
            let body = json!({ "ok": false, "error_code": 500, "description": "Internal Server Error" });
            return reply(&shared, &method, params, 500, body);
        }
        Some(Failure::Forbidden) => {
            let body = json!({ "ok": false, "error_code": 403, "description": "Forbidden: bot is not a member of the supergroup chat" });
            return reply(&shared, &method, params, 403, body);
        }
        Some(Failure::NotFound) => {
            let body = json!({ "ok": false, "error_code": 404, "description": "Not Found: method not found" });
            return reply(&shared, &method, params, 404, body);
        }
        Some(Failure::Malformed) => {
            record(&shared, &method, params, 200);
            return (StatusCode::OK, "<html>this is not JSON</html>").into_response();
        }
        Some(Failure::BadRequest) => {
            return reply(&shared, &method, params, 400, json!({ "ok": false, "error_code": 400, "description": "Bad Request: message is too long" }));
        }
        Some(Failure::Body(body)) => {
            record(&shared, &method, params, 200);
            return (StatusCode::OK, body).into_response();
        }
        None => {}
    }
    let ok = |result: Value| json!({ "ok": true, "result": result });
    match method.as_str() {
        "getme" => {
            let me = json!({ "id": BOT_ID, "is_bot": true, "first_name": "Barents", "username": BOT_USERNAME, "can_join_groups": true,
                "can_read_all_group_messages": false, "supports_inline_queries": false, "can_connect_to_business": false, "has_main_web_app": false });
            reply(&shared, &method, params, 200, ok(me))
        }
        "getupdates" => {
            let offset = params["offset"].as_i64().unwrap_or(0);
            let timeout = params["timeout"].as_u64().unwrap_or(0).min(30);
            let deadline = Instant::now() + Duration::from_secs(timeout);
            loop {
                let notified = shared.changed.notified();
                let ready: Vec<Value> = {
                    let mut inner = shared.inner.lock().unwrap();
                    // Like Telegram: asking with an offset confirms every earlier update.
                    inner.updates.retain(|u| u["update_id"].as_i64().unwrap() >= offset);
                    inner.updates.clone()
                };
                if !ready.is_empty() || Instant::now() >= deadline {
                    return reply(&shared, &method, params, 200, ok(Value::Array(ready)));
                }
                let _ = tokio::time::timeout(deadline.saturating_duration_since(Instant::now()), notified).await;
            }
        }
        "sendmessage" => {
            let text = params["text"].as_str().unwrap_or("").to_owned();
            if let Some(bad) = check_text(&params, &text) {
                return reply(&shared, &method, params, 400, bad);
            }
            let chat = params["chat_id"].as_i64().unwrap_or(0);
            let mut params = params;
            let message = {
                let mut inner = shared.inner.lock().unwrap();
                let id = inner.next_message;
                inner.next_message += 1;
                params["_message_id"] = json!(id);
                *inner.sent.entry(chat).or_default() += 1;
                let mut m = json!({ "message_id": id, "date": 1_795_000_000, "chat": chat_json(chat),
                    "from": { "id": BOT_ID, "is_bot": true, "first_name": "Barents", "username": BOT_USERNAME },
                    "text": unescape(&strip_tags(&text)) });
                // Like Telegram, a message carries only an inline keyboard (not ForceReply & co.).
                if !params["reply_markup"]["inline_keyboard"].is_null() {
                    m["reply_markup"] = params["reply_markup"].clone();
                }
                if !inner.quiet {
                    inner.messages.insert((chat, id), m.clone());
                }
                m
            };
            if let Some(n) = shared.chats.lock().unwrap().get(&chat) {
                n.notify_waiters();
            }
            reply(&shared, &method, params, 200, ok(message))
        }
        "senddocument" => {
            // Multipart: `document` holds the file (its name and text, see `multipart`).
            let chat = params["chat_id"].as_i64().unwrap_or(0);
            // The file is its own part; `document` names it as `attach://<part>`.
            let mut params = params;
            if let Some(part) = params["document"].as_str().and_then(|d| d.strip_prefix("attach://")).map(str::to_owned) {
                params["document"] = params[part.as_str()].take();
            }
            let Some(name) = params["document"]["filename"].as_str().map(str::to_owned) else {
                return reply(&shared, &method, params, 400, json!({ "ok": false, "error_code": 400, "description": "Bad Request: there is no document in the request" }));
            };
            let message = {
                let mut inner = shared.inner.lock().unwrap();
                let id = inner.next_message;
                inner.next_message += 1;
                params["_message_id"] = json!(id);
                json!({ "message_id": id, "date": 1_795_000_000, "chat": chat_json(chat),
                    "from": { "id": BOT_ID, "is_bot": true, "first_name": "Barents", "username": BOT_USERNAME },
                    "document": { "file_id": format!("f{id}"), "file_unique_id": format!("u{id}"), "file_name": name } })
            };
            reply(&shared, &method, params, 200, ok(message))
        }
        "editmessagetext" | "editmessagereplymarkup" => {
            let chat = params["chat_id"].as_i64().unwrap_or(0);
            let id = params["message_id"].as_i64().unwrap_or(0);
            if method == "editmessagetext" {
                let text = params["text"].as_str().unwrap_or("").to_owned();
                if let Some(bad) = check_text(&params, &text) {
                    return reply(&shared, &method, params, 400, bad);
                }
            }
            let updated = {
                let mut inner = shared.inner.lock().unwrap();
                match inner.messages.get_mut(&(chat, id)) {
                    None => None,
                    Some(m) => {
                        if method == "editmessagetext" {
                            m["text"] = json!(unescape(&strip_tags(params["text"].as_str().unwrap_or(""))));
                        }
                        // Like Telegram: an edit without a keyboard removes the keyboard.
                        match params.get("reply_markup") {
                            Some(k) if !k.is_null() => m["reply_markup"] = k.clone(),
                            _ => {
                                m.as_object_mut().unwrap().remove("reply_markup");
                            }
                        }
                        Some(m.clone())
                    }
                }
            };
            match updated {
                Some(m) => reply(&shared, &method, params, 200, ok(m)),
                None => reply(&shared, &method, params, 400, json!({ "ok": false, "error_code": 400, "description": "Bad Request: message to edit not found" })),
            }
        }
        "answercallbackquery" | "sendchataction" | "setmycommands" | "deletewebhook" => {
            if method == "deletewebhook" {
                shared.inner.lock().unwrap().webhook = None;
            }
            reply(&shared, &method, params, 200, ok(json!(true)))
        }
        "setwebhook" => {
            let url = params["url"].as_str().unwrap_or("").to_owned();
            let secret = params["secret_token"].as_str().unwrap_or("").to_owned();
            shared.inner.lock().unwrap().webhook = Some((url, secret));
            reply(&shared, &method, params, 200, ok(json!(true)))
        }
        "getwebhookinfo" => {
            let url = shared.inner.lock().unwrap().webhook.clone().map(|w| w.0).unwrap_or_default();
            reply(&shared, &method, params, 200, ok(json!({ "url": url, "has_custom_certificate": false, "pending_update_count": 0 })))
        }
        _ => reply(&shared, &method, params, 404, json!({ "ok": false, "error_code": 404, "description": "Not Found: method not found" })),
    }
}

/// The fields of a multipart/form-data body (teloxide sends setWebhook and files this way); an
/// uploaded file becomes `{ "filename", "text" }`.
fn multipart(body: &str, boundary: &str) -> Value {
    let mut out = serde_json::Map::new();
    for part in body.split(&format!("--{boundary}")) {
        let Some((head, value)) = part.split_once("\r\n\r\n") else { continue };
        let Some(name) = head.split("name=\"").nth(1).and_then(|n| n.split('"').next()) else { continue };
        let value = value.strip_suffix("\r\n").unwrap_or(value);
        match head.split("filename=\"").nth(1).and_then(|n| n.split('"').next()) {
            Some(filename) => out.insert(name.to_owned(), json!({ "filename": filename, "text": value })),
            None => out.insert(name.to_owned(), serde_json::from_str(value).unwrap_or_else(|_| json!(value))),
        };
    }
    Value::Object(out)
}

fn chat_json(chat: i64) -> Value {
    if chat < 0 { json!({ "id": chat, "type": "supergroup", "title": "Barents friends" }) } else { json!({ "id": chat, "type": "private", "first_name": "User" }) }
}

fn record(shared: &Shared, method: &str, params: Value, status: u16) {
    let mut inner = shared.inner.lock().unwrap();
    if inner.quiet {
        return;
    }
    inner.calls.push(Call { method: method.to_owned(), params, at: Instant::now(), status });
    drop(inner);
    shared.changed.notify_waiters();
}

fn reply(shared: &Shared, method: &str, params: Value, status: u16, body: Value) -> Response {
    record(shared, method, params, status);
    (StatusCode::from_u16(status).unwrap(), axum::Json(body)).into_response()
}

/// Telegram's checks on message text: not empty, not too long, and valid markup for its parse mode.
fn check_text(params: &Value, text: &str) -> Option<Value> {
    let bad = |d: String| Some(json!({ "ok": false, "error_code": 400, "description": format!("Bad Request: {d}") }));
    let plain = match params["parse_mode"].as_str() {
        Some("HTML") => match parse_html(text) {
            Ok(plain) => plain,
            Err(e) => return bad(format!("can't parse entities: {e}")),
        },
        Some("MarkdownV2") => match check_markdown_v2(text) {
            Ok(()) => text.to_owned(),
            Err(e) => return bad(format!("can't parse entities: {e}")),
        },
        _ => text.to_owned(),
    };
    if plain.trim().is_empty() {
        return bad("message text is empty".into());
    }
    if plain.encode_utf16().count() > 4096 {
        return bad("message is too long".into());
    }
    None
}

const TAGS: &[&str] = &["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler", "span", "blockquote"];

/// Parses Telegram HTML as strictly as Telegram does; returns the plain text.
fn parse_html(text: &str) -> Result<String, String> {
    let mut plain = String::new();
    let mut stack: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => {
                let end = rest.find('>').ok_or_else(|| format!("unclosed start tag at byte offset {}", text.len() - rest.len()))?;
                let tag = &rest[1..end];
                if let Some(name) = tag.strip_prefix('/') {
                    match stack.pop() {
                        Some(open) if open == name.trim() => {}
                        _ => return Err(format!("unexpected end tag \"{name}\"")),
                    }
                } else {
                    let name = tag.split_whitespace().next().unwrap_or("");
                    if !TAGS.contains(&name) {
                        return Err(format!("unsupported start tag \"{name}\""));
                    }
                    stack.push(name.to_owned());
                }
                rest = &rest[end + 1..];
            }
            '&' => {
                let end = rest.find(';').filter(|e| *e <= 10).ok_or("character & must be escaped as &amp;")?;
                let entity = &rest[1..end];
                let ch = match entity {
                    "lt" => '<',
                    "gt" => '>',
                    "amp" => '&',
                    "quot" => '"',
                    e if e.starts_with("#x") => u32::from_str_radix(&e[2..], 16).ok().and_then(char::from_u32).ok_or("bad entity")?,
                    e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32).ok_or("bad entity")?,
                    _ => return Err(format!("unsupported entity &{entity};")),
                };
                plain.push(ch);
                rest = &rest[end + 1..];
            }
            c => {
                plain.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    if let Some(open) = stack.pop() {
        return Err(format!("can't find end tag corresponding to start tag \"{open}\""));
    }
    Ok(plain)
}

fn check_markdown_v2(text: &str) -> Result<(), String> {
    let mut escaped = false;
    for c in text.chars() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if "_*[]()~`>#+-=|{}.!".contains(c) {
            return Err(format!("character '{c}' is reserved and must be escaped with the preceding '\\'"));
        }
    }
    Ok(())
}

fn strip_tags(text: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&")
}

/// Delivers an update to the bot's webhook, as Telegram would: a POST with the secret header.
async fn post_webhook(url: String, secret: String, update: Value) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let url = url::Url::parse(&url).expect("webhook URL");
    let addr = format!("{}:{}", url.host_str().unwrap(), url.port().unwrap());
    assert!(addr.starts_with("127.0.0.1:"), "the test only talks to loopback");
    let body = update.to_string();
    for _ in 0..50 {
        if let Ok(mut s) = tokio::net::TcpStream::connect(&addr).await {
            let req = format!(
                "POST {} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nX-Telegram-Bot-Api-Secret-Token: {secret}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                url.path(),
                body.len()
            );
            s.write_all(req.as_bytes()).await.unwrap();
            let mut resp = String::new();
            let _ = s.read_to_string(&mut resp).await;
            if resp.starts_with("HTTP/1.1 200") {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the bot's webhook never accepted an update");
}

#[cfg(test)]
mod tests {}
