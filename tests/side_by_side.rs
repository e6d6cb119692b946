//! Telegram and Discord served by one process, sharing one store: both platforms' users get
//! their conversations, and a graceful stop ends both.

mod common;

use common::{discord, telegram};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_process_serves_telegram_and_discord() {
    let (tg, dc, _data, bot) = common::bot::both_platforms().await;

    let kari = telegram::User { id: 3001, name: "Kari", language: "nb" };
    tg.say(&kari, "/start eligibility");
    let q = tg.nth_message(kari.id, 2).await;
    assert!(q.text.contains("Hvem"), "{}", q.text);

    let ivan = discord::User { id: 3002, name: "ivan", locale: "ru" };
    dc.dm(&ivan, "/language ru");
    let channel = dc.dm_channel(&ivan);
    let menu = dc.nth_message(channel, 2).await;
    assert!(menu.content.contains("Здравствуйте"), "{}", menu.content);

    // SIGTERM stops both adapters and the process exits 0, within 5 seconds.
    let sent = std::time::Instant::now();
    bot.terminate();
    let (code, log) = bot.wait_exit();
    assert_eq!(code, Some(0), "{log}");
    assert!(sent.elapsed() < std::time::Duration::from_secs(5), "took {:?}", sent.elapsed());
}

/// Waits until the bot has said something containing `needle` to Telegram chat `chat`.
async fn telegram_said(tg: &telegram::TelegramServer, chat: i64, needle: &str) -> String {
    tg.wait_for(&format!("{needle:?} in chat {chat}"), |_| tg.sent_to(chat).into_iter().map(|m| m.text).find(|t| t.contains(needle))).await
}

async fn discord_said(dc: &discord::DiscordServer, channel: u64, needle: &str) -> String {
    dc.wait_for(&format!("{needle:?} in channel {channel}"), |s| s.messages_in(channel).into_iter().map(|m| m.content).find(|t| t.contains(needle))).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_telegram_school_and_a_discord_user_meet_through_the_registry() {
    let (tg, dc, _data, bot) = common::bot::both_platforms().await;

    // A school in Kirkenes publishes its profile on Telegram, with its e-mail for those it accepts.
    let kari = telegram::User { id: 3101, name: "Kari", language: "en" };
    for a in ["/partners", "1", "1", "3", "Kirkenes skole", "1", "2", "A lower secondary school in Kirkenes with a strong choir.", "1, 5",
        "A school across the border for a joint music project.", "2", "kari@kirkenes.example", "1", "yes"] {
        tg.say(&kari, a);
    }
    telegram_said(&tg, kari.id, "Your profile is published").await;

    // A user on Discord finds it, and asks for an introduction.
    let ivan = discord::User { id: 3102, name: "ivan", locale: "en-US" };
    dc.dm(&ivan, "/partners school Finnmark");
    let channel = dc.dm_channel(&ivan);
    let found = discord_said(&dc, channel, "Kirkenes skole – school").await;
    assert!(found.contains("Finnmark") && !found.contains("kari@kirkenes.example"), "{found}");
    for a in ["1", "Ask for an introduction", "Ivan Petrov, Luleå music school", "ivan@lulea.example", "Shall our choirs sing together online?"] {
        dc.dm(&ivan, a);
    }
    discord_said(&dc, channel, "I have asked Kirkenes skole").await;

    // Kari hears at once on Telegram, and accepts; each gets the other's details, at once.
    let request = telegram_said(&tg, kari.id, "would like to get in touch").await;
    assert!(request.contains("Ivan Petrov") && request.contains("choirs sing together") && !request.contains("ivan@lulea.example"), "{request}");
    tg.say(&kari, "1");
    telegram_said(&tg, kari.id, "ivan@lulea.example").await;
    let accepted = discord_said(&dc, channel, "has accepted your request").await;
    assert!(accepted.contains("kari@kirkenes.example"), "{accepted}");
    // Ctrl-C stops both adapters cleanly too.
    let sent = std::time::Instant::now();
    bot.interrupt();
    let (code, log) = bot.wait_exit();
    assert_eq!(code, Some(0), "{log}");
    assert!(sent.elapsed() < std::time::Duration::from_secs(5), "took {:?}", sent.elapsed());
}
