//! Telegram and Discord served by one process, sharing one store: both platforms' users get
//! their conversations, and a graceful stop ends both.

mod common;

use common::bot::BotProcess;
use common::{discord, telegram};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_process_serves_telegram_and_discord() {
    let tg = telegram::TelegramServer::start().await;
    let dc = discord::DiscordServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let env = [
        ("TELEGRAM_BOT_TOKEN", telegram::TOKEN.to_owned()),
        ("TELEGRAM_API_URL", tg.url.clone()),
        ("DISCORD_BOT_TOKEN", discord::TOKEN.to_owned()),
        ("DISCORD_API_URL", dc.url.clone()),
    ];
    let bot = BotProcess::start(data.path(), &env, &[discord::TOKEN, telegram::TOKEN.split(':').nth(1).unwrap()]);

    let kari = telegram::User { id: 3001, name: "Kari", language: "nb" };
    tg.say(&kari, "/start eligibility");
    let q = tg.nth_message(kari.id, 2).await;
    assert!(q.text.contains("Hvem"), "{}", q.text);

    let ivan = discord::User { id: 3002, name: "ivan", locale: "ru" };
    dc.dm(&ivan, "/language ru");
    let channel = dc.dm_channel(&ivan);
    let menu = dc.nth_message(channel, 2).await;
    assert!(menu.content.contains("Здравствуйте"), "{}", menu.content);

    // SIGTERM stops both adapters and the process exits 0.
    bot.terminate();
    let (code, log) = bot.wait_exit();
    assert_eq!(code, Some(0), "{log}");
}
