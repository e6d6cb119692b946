//! News reaches people at once on both platforms, even when it comes in a burst: the real
//! Telegram and Discord adapters, in this process, against the protocol servers on 127.0.0.1,
//! with a notice channel far smaller than the burst. The adapters run on this test's one
//! thread, so none of them takes a single message while the burst is announced: each of them
//! lags for certain, and must catch up from the store.

mod common;

use barents_bot::config::{DiscordSettings, Secret, TelegramSettings};
use barents_bot::core::draft::DraftId;
use barents_bot::core::ids::{Platform, UserKey};
use barents_bot::core::notice::Notice;
use barents_bot::runtime::{Runtime, shutdown};
use barents_bot::store::{SledStore, Store};
use common::{discord, telegram};
use std::sync::Arc;

/// Users per platform; the channel holds this many fewer than ten times over.
const USERS: u64 = 25;
const CAPACITY: usize = 4;

fn news(n: u64) -> Notice {
    Notice::AdviserMessage { draft: DraftId::new(2026, 1), text: format!("Message number {n} from your adviser") }
}

/// Leaves `notice` for `user` and flushes, as an adviser's action does, without telling anyone yet.
fn leave(store: &dyn Store, user: &UserKey, notice: &Notice) {
    store.notify(user, notice).unwrap();
    store.flush().unwrap();
}

#[tokio::test]
async fn a_burst_of_news_larger_than_the_channel_reaches_every_user_and_later_news_too() {
    let tg = telegram::TelegramServer::start().await;
    let dc = discord::DiscordServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(SledStore::open(data.path(), 8 << 20).unwrap());
    let runtime = Runtime::with_notice_capacity(Arc::new(common::content("nordic-2024")), store.clone(), CAPACITY);
    let (stop, stopped) = shutdown::channel();
    let telegram_settings = TelegramSettings {
        token: Secret::new(telegram::TOKEN.to_owned()),
        api_url: Some(tg.url.clone()),
        adviser_chat_id: None,
        adviser_user_ids: Vec::new(),
        webhook: None,
        limits: None,
    };
    let discord_settings = DiscordSettings { token: Secret::new(discord::TOKEN.to_owned()), api_url: Some(dc.url.clone()), adviser_channel_id: None, adviser_role_id: None };
    let telegram_bot = tokio::spawn(barents_bot::adapters::telegram::run(telegram_settings, runtime.clone(), stopped.clone()));
    let discord_bot = tokio::spawn(barents_bot::adapters::discord::run(discord_settings, runtime.clone(), stopped.clone()));
    tg.wait_for("the Telegram adapter to start polling", |calls| calls.iter().any(|c| c.method == "deletewebhook").then_some(())).await;
    dc.wait_for("the Discord adapter to connect", |s| s.connected().then_some(())).await;

    let telegram_users: Vec<UserKey> = (0..USERS).map(|i| UserKey::new(Platform::Telegram, (7000 + i).to_string())).collect();
    let discord_users: Vec<UserKey> = (0..USERS).map(|i| UserKey::new(Platform::Discord, (8000 + i).to_string())).collect();
    let everyone: Vec<(u64, &UserKey)> = telegram_users.iter().chain(&discord_users).enumerate().map(|(n, u)| (n as u64, u)).collect();
    for (n, user) in &everyone {
        leave(store.as_ref(), user, &news(*n));
    }
    // All at once, with no await in between: nothing is taken from the channel meanwhile.
    for (_, user) in &everyone {
        runtime.announce((*user).clone());
    }
    assert!(everyone.len() > 10 * CAPACITY);

    for (n, user) in &everyone {
        let needle = format!("Message number {n} from");
        match user.platform {
            Platform::Telegram => {
                let chat: i64 = user.id.parse().unwrap();
                tg.wait_for(&format!("news for Telegram user {chat}"), |_| tg.sent_to(chat).into_iter().find(|m| m.text.contains(&needle))).await;
            }
            _ => {
                let channel = discord::dm_channel_id(&discord::User { id: user.id.parse().unwrap(), name: "someone", locale: "en-US" });
                dc.wait_for(&format!("news for Discord user {}", user.id), |s| s.messages_in(channel).into_iter().find(|m| m.content.contains(&needle))).await;
            }
        }
    }
    // Each user heard their news once: a second push for someone already told says nothing.
    let telegram_chat: i64 = telegram_users[0].id.parse().unwrap();
    let told = tg.sent_to(telegram_chat).iter().filter(|m| m.text.contains("Message number 0 from")).count();
    assert_eq!(told, 1, "{:?}", tg.sent_to(telegram_chat));

    // Later news still arrives at once, on both platforms.
    leave(store.as_ref(), &telegram_users[0], &news(1000));
    leave(store.as_ref(), &discord_users[0], &news(1001));
    runtime.announce(telegram_users[0].clone());
    runtime.announce(discord_users[0].clone());
    tg.wait_for("later news on Telegram", |_| tg.sent_to(telegram_chat).into_iter().find(|m| m.text.contains("Message number 1000 from"))).await;
    let channel = discord::dm_channel_id(&discord::User { id: discord_users[0].id.parse().unwrap(), name: "someone", locale: "en-US" });
    dc.wait_for("later news on Discord", |s| s.messages_in(channel).into_iter().find(|m| m.content.contains("Message number 1001 from"))).await;
    assert!(store.users_with_notices().unwrap().is_empty(), "every notice was shown");

    stop.fire();
    let (t, d) = (telegram_bot.await.unwrap(), discord_bot.await.unwrap());
    assert!(t.is_ok() && d.is_ok(), "{t:?} {d:?}");
}
