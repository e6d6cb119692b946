//! The running bot's local socket cannot take the bot down: idle clients by the hundred (more
//! than the process may open files), a line that never ends, a request that never comes.
//! Telegram goes on being served meanwhile, and the command line works once they are gone.

mod common;

use common::bot::BotProcess;
use common::telegram::{TOKEN, TelegramServer, User};
use std::io::Write;
use std::os::unix::net::UnixStream;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_and_oversized_socket_clients_neither_stop_the_bot_nor_lock_out_the_command_line() {
    let server = TelegramServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let env = [("TELEGRAM_BOT_TOKEN", TOKEN.to_owned()), ("TELEGRAM_API_URL", server.url.clone())];
    // The bot may open at most 256 files; the attack opens more connections than that.
    let mut bot = BotProcess::start_with_file_limit(data.path(), &env, &[], 256);
    let socket = data.path().join("db").join("barents.sock");
    let kari = User { id: 8101, name: "Kari", language: "en" };
    server.say(&kari, "/start");
    server.wait_for("the menu", |_| (!server.sent_to(kari.id).is_empty()).then_some(())).await;

    let idle: Vec<UnixStream> = (0..300).filter_map(|_| UnixStream::connect(&socket).ok()).collect();
    assert!(idle.len() > 256, "the attack must outnumber the bot's file descriptors: {}", idle.len());
    // A line that never ends: cut off at the limit, not buffered whole.
    let mut endless = UnixStream::connect(&socket).or_else(|_| {
        // Connections over the limit are turned away at once; one becomes free when it is.
        std::thread::sleep(std::time::Duration::from_millis(50));
        UnixStream::connect(&socket)
    });
    if let Ok(s) = endless.as_mut() {
        let chunk = vec![b'x'; 1 << 20];
        for _ in 0..8 {
            if s.write_all(&chunk).is_err() {
                break;
            }
        }
    }

    // Telegram is still served.
    server.say(&kari, "/help");
    server.wait_for("the help", |_| server.sent_to(kari.id).iter().any(|m| m.text.contains("/restart")).then_some(())).await;
    assert!(bot.alive(), "the bot stopped:\n{}", bot.log());

    // Once the idle clients are gone, the command line gets through the socket.
    drop(idle);
    drop(endless);
    drafts_list_succeeds(data.path());
    assert!(bot.alive(), "the bot stopped:\n{}", bot.log());
    bot.kill();
}

/// Past the limit of clients at once, a connection is closed at once rather than held; a client
/// that never sends its request is closed after a while; and then the command line gets in.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clients_over_the_limit_are_turned_away_and_silent_ones_are_closed() {
    use std::io::Read;
    let server = TelegramServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let env = [("TELEGRAM_BOT_TOKEN", TOKEN.to_owned()), ("TELEGRAM_API_URL", server.url.clone())];
    let mut bot = BotProcess::start(data.path(), &env, &[]);
    let socket = data.path().join("db").join("barents.sock");
    let kari = User { id: 8102, name: "Kari", language: "en" };
    server.say(&kari, "/start");
    server.wait_for("the bot up", |_| (!server.sent_to(kari.id).is_empty() && socket.exists()).then_some(())).await;
    let eof_within = |stream: &mut UnixStream, secs: u64| {
        stream.set_read_timeout(Some(std::time::Duration::from_secs(secs))).unwrap();
        matches!(stream.read(&mut [0u8; 64]), Ok(0))
    };

    let mut idle: Vec<UnixStream> = (0..32).map(|_| UnixStream::connect(&socket).unwrap()).collect();
    let mut over = UnixStream::connect(&socket).unwrap();
    assert!(eof_within(&mut over, 5), "the 33rd client at once is turned away, not held");
    assert!(bot.alive(), "the bot stopped:\n{}", bot.log());

    // A client that says nothing is closed once its time to send a request (10 s) is up.
    assert!(eof_within(&mut idle[0], 30), "a silent client is closed");
    drop(idle);
    drafts_list_succeeds(data.path());
    bot.kill();
}

/// The command line's `drafts list` against the bot's data directory gets through and succeeds.
fn drafts_list_succeeds(data: &std::path::Path) {
    let list = std::process::Command::new(common::binary())
        .args(["--data-dir", data.join("db").to_str().unwrap(), "drafts", "list"])
        .current_dir(common::repo())
        .output()
        .unwrap();
    assert_eq!(list.status.code(), Some(0), "{}", String::from_utf8_lossy(&list.stderr));
}
