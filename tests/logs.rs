//! What the log never holds, at the default level and at `RUST_LOG=info`: the Telegram token,
//! even when a server between the bot and Telegram echoes the address it was asked for, and
//! people's messages, even when an answer cannot be read.

mod common;

use common::bot::BotProcess;
use common::telegram::{Failure, TOKEN, TelegramServer};

/// A server that answers everything with a 404 page quoting the path asked for, the way many
/// proxies and default web servers do.
async fn echoing_404() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let app = axum::Router::new().fallback(|uri: axum::http::Uri| async move {
        (axum::http::StatusCode::NOT_FOUND, format!("<html><h1>Not Found</h1><p>The requested URL {} was not found on this server.</p></html>", uri.path()))
    });
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_echoes_the_address_does_not_put_the_token_in_the_log() {
    let url = echoing_404().await;
    let data = tempfile::tempdir().unwrap();
    let env = [("TELEGRAM_BOT_TOKEN", TOKEN.to_owned()), ("TELEGRAM_API_URL", url)];
    let bot = BotProcess::start(data.path(), &env, &[TOKEN, TOKEN.split(':').nth(1).unwrap()]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !bot.log().contains("cannot reach the Telegram Bot API") {
        assert!(std::time::Instant::now() < deadline, "no error logged:\n{}", bot.log());
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    // The check every bot-process test makes: the token is nowhere in the log.
    bot.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_answer_that_cannot_be_read_is_not_copied_into_the_log() {
    let server = TelegramServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let env = [("TELEGRAM_BOT_TOKEN", TOKEN.to_owned()), ("TELEGRAM_API_URL", server.url.clone())];
    let garbled = format!(r#"{{"ok":true,"result":[{{"update_id":1,"message":{{"text":"Please keep this private: my phone is 912 34 567"}} /bot{TOKEN}/"#);
    server.fail_next("getupdates", Failure::Body(garbled));
    let bot = BotProcess::start(data.path(), &env, &[TOKEN, TOKEN.split(':').nth(1).unwrap()]);
    server.wait_for("the garbled answer", |calls| calls.iter().any(|c| c.method == "getupdates" && c.status == 200).then_some(())).await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !bot.log().contains("getUpdates failed") {
        assert!(std::time::Instant::now() < deadline, "no error logged:\n{}", bot.log());
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let log = bot.log();
    assert!(!log.contains("keep this private") && !log.contains("912 34 567"), "a message reached the log:\n{log}");
    assert!(log.contains("bytes"), "the error says how much could not be read:\n{log}");
    bot.kill();
}
