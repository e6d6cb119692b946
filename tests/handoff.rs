//! The hand-off to advisers through Telegram: drafts submitted (and durable) reach the adviser
//! chat once each, in order, even when Telegram fails for a while or the bot is killed before
//! delivering; only configured advisers can claim; the applicant hears about it.

mod common;

use common::bot::BotProcess;
use common::telegram::{Failure, TOKEN, TelegramServer, User};

const ADVISER_CHAT: i64 = -200_777;
const ADVISER: User = User { id: 5001, name: "Ola", language: "nb" };
const STRANGER: User = User { id: 5002, name: "Eve", language: "en" };

fn env(server: &TelegramServer) -> Vec<(&'static str, String)> {
    vec![
        ("TELEGRAM_BOT_TOKEN", TOKEN.to_owned()),
        ("TELEGRAM_API_URL", server.url.clone()),
        ("TELEGRAM_ADVISER_CHAT_ID", ADVISER_CHAT.to_string()),
        ("TELEGRAM_ADVISER_USER_IDS", format!("{},4242", ADVISER.id)),
    ]
}

/// Submits an application in the console (the store is durable before the bot ever runs).
fn submit(data: &std::path::Path, server: &TelegramServer, user: &str) {
    submit_answers(data, server, user, common::APPLICATION);
}

fn submit_answers(data: &std::path::Path, server: &TelegramServer, user: &str, answers: &[&str]) {
    let db = data.join("db");
    let mut child = std::process::Command::new(common::binary())
        .args(["--data-dir", db.to_str().unwrap(), "console", "--user", user, "--lang", "en"])
        .envs(env(server))
        .current_dir(common::repo())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let stdin = child.stdin.as_mut().unwrap();
        for a in answers.iter().chain(&["1"]) {
            writeln!(stdin, "{a}").unwrap();
        }
    }
    let out = child.wait_with_output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("has been sent to an adviser for review"));
}

fn adviser_posts(server: &TelegramServer) -> Vec<common::telegram::Sent> {
    server.sent_to(ADVISER_CHAT).into_iter().filter(|m| m.text.contains("BS-")).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drafts_reach_the_adviser_chat_once_each_in_order_despite_failures() {
    let server = TelegramServer::start().await;
    let data = tempfile::tempdir().unwrap();
    submit(data.path(), &server, "first");
    submit(data.path(), &server, "second");
    for _ in 0..3 {
        server.fail_next("sendmessage", Failure::Forbidden);
    }
    let bot = BotProcess::start(data.path(), &env(&server), &[TOKEN.split(':').nth(1).unwrap()]);
    server.wait_for("both drafts in the adviser chat", |_| (adviser_posts(&server).len() >= 2).then_some(())).await;
    let failed = server.calls().iter().filter(|c| c.method == "sendmessage" && c.status == 403).count();
    assert_eq!(failed, 3, "Telegram refused three times before accepting");
    let posts = adviser_posts(&server);
    assert!(posts[0].text.contains("-0001") && posts[1].text.contains("-0002"), "in submission order");
    assert!(posts[0].text.contains("Kirkenes Choir") && posts[0].text.contains("Singing across the border"), "{}", posts[0].text);
    assert!(posts[0].buttons.iter().any(|(_, d)| d.starts_with("a1:c:BS-")), "{:?}", posts[0].buttons);

    // A stranger cannot claim; an adviser can.
    let claim = posts[0].button("Ta saken");
    server.press_in(&STRANGER, ADVISER_CHAT, posts[0].message_id, &claim);
    let refusal = server.wait_for("a refusal", |calls| calls.iter().find_map(|c| (c.method == "answercallbackquery").then(|| c.params["text"].as_str().map(str::to_owned)).flatten())).await;
    assert!(refusal.contains("Only the Secretariat's advisers"), "{refusal}");
    // Ask and Close are refused to a stranger too: no prompt, nothing closed.
    let before = server.sent_to(ADVISER_CHAT).len();
    for button in [posts[0].button("Spør søkeren"), posts[0].button("Avslutt")] {
        server.press_in(&STRANGER, ADVISER_CHAT, posts[0].message_id, &button);
    }
    server
        .wait_for("three refusals", |calls| {
            let n = calls.iter().filter(|c| c.method == "answercallbackquery" && c.params["text"].as_str().is_some_and(|t| t.contains("Only the Secretariat's advisers"))).count();
            (n >= 3).then_some(())
        })
        .await;
    assert_eq!(server.sent_to(ADVISER_CHAT).len(), before, "a stranger's press posts nothing");
    server.press_in(&ADVISER, ADVISER_CHAT, posts[0].message_id, &claim);
    server.wait_for("the claim shown", |_| server.message(ADVISER_CHAT, posts[0].message_id)["text"].as_str().is_some_and(|t| t.contains("Ola har tatt saken")).then_some(())).await;
    bot.kill();

    // Nothing is delivered twice after a restart, and the claim is in the store.
    let bot = BotProcess::start(data.path(), &env(&server), &[]);
    let polls = server.count("getupdates");
    server.wait_for("the restarted bot to poll", |calls| (calls.iter().filter(|c| c.method == "getupdates").count() > polls).then_some(())).await;
    bot.kill();
    let posts = adviser_posts(&server);
    assert_eq!(posts.len(), 2, "each draft was posted once: {:?}", posts.iter().map(|p| (p.message_id, p.text.lines().next().unwrap_or_default().to_owned())).collect::<Vec<_>>());
    let list = std::process::Command::new(common::binary()).args(["--data-dir", data.path().join("db").to_str().unwrap(), "drafts", "list"]).output().unwrap();
    let list = String::from_utf8_lossy(&list.stdout);
    assert_eq!(list.lines().next().unwrap().split('\t').nth(1), Some("tildelt"), "claimed, in the advisers' Norwegian: {list}");
    // The audit trail has the stranger's refused attempts (once a minute: one) and the adviser's claim.
    let audit = std::process::Command::new(common::binary()).args(["--data-dir", data.path().join("db").to_str().unwrap(), "drafts", "audit"]).output().unwrap();
    let audit = String::from_utf8_lossy(&audit.stdout);
    let lines: Vec<&str> = audit.lines().collect();
    assert!(lines.len() == 2 && lines[0].contains("\tavvist, ikke rådgiver\ttelegram:5002 (Eve)") && lines[1].contains("\ttok saken\ttelegram:5001 (Ola)"), "{audit}");
    // The applicant hears about it at their next session.
    let mut applicant = common::Console::start(&data.path().join("db"), &["console", "--user", "first"]);
    assert!(applicant.wait_for("[3]").contains("an adviser is looking at it"));
    applicant.finish();
}

/// A draft too long for one message is one post (its beginning, with the buttons) and the whole
/// draft as a Markdown file, not a dozen messages in a row.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_draft_is_one_post_and_a_file() {
    let server = TelegramServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let a = common::APPLICATION;
    let mut answers: Vec<String> = a[..common::APP_FIRST_ACTIVITY_END].iter().map(|s| s.to_string()).collect();
    for n in 1..=10 {
        answers.push("yes".into());
        answers.push(format!("Workshop number {n}: {}", "the two choirs rehearse a new part of the joint repertoire together, ".repeat(6)));
        answers.push("20.05.2027".into());
    }
    answers.extend(a[common::APP_AFTER_ACTIVITIES..].iter().map(|s| s.to_string()));
    let answers: Vec<&str> = answers.iter().map(String::as_str).collect();
    submit_answers(data.path(), &server, "long", &answers);
    let bot = BotProcess::start(data.path(), &env(&server), &[]);
    let file = server.wait_for("the file", |calls| calls.iter().find(|c| c.method == "senddocument" && c.status == 200).cloned()).await;
    bot.kill();
    let posts = adviser_posts(&server);
    assert_eq!(posts.len(), 1, "one post: {posts:?}");
    assert!(posts[0].text.contains("står i vedlegget") && posts[0].text.chars().count() <= 4096, "{}", posts[0].text);
    assert!(posts[0].buttons.iter().any(|(_, d)| d.starts_with("a1:c:BS-")), "the buttons are on the post");
    let id = posts[0].text.split_whitespace().find(|w| w.starts_with("BS-")).unwrap().trim_end_matches(['.', ':']);
    assert_eq!(file.params["document"]["filename"], format!("{id}.md"));
    let text = file.params["document"]["text"].as_str().unwrap();
    assert!(text.contains("Workshop number 10") && text.contains("Kirkenes Choir"), "the whole draft is in the file");
}

/// Telegram will never take the first draft's post (400): it is recorded on the draft, the
/// advisers are told, and the drafts after it are not held up.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_post_refused_for_good_does_not_hold_up_the_drafts_after_it() {
    let server = TelegramServer::start().await;
    let data = tempfile::tempdir().unwrap();
    submit(data.path(), &server, "first");
    submit(data.path(), &server, "second");
    server.fail_next("sendmessage", Failure::BadRequest);
    let bot = BotProcess::start(data.path(), &env(&server), &[]);
    let told = server.wait_for("the word to the advisers", |_| server.sent_to(ADVISER_CHAT).into_iter().find(|m| m.text.contains("kunne ikke legges ut"))).await;
    assert!(told.text.contains("-0001") && told.text.contains("message is too long"), "{}", told.text);
    server.wait_for("the second draft", |_| adviser_posts(&server).into_iter().find(|m| m.text.contains("Nytt søknadsutkast") && m.text.contains("-0002"))).await;
    bot.kill();
    let (code, list) = cli(data.path(), &["list"]);
    assert_eq!(code, Some(0), "{list}");
    let first = list.lines().find(|l| l.contains("-0001")).unwrap();
    assert!(first.ends_with("\tikke lagt ut på telegram"), "{list}");
    assert!(!list.lines().find(|l| l.contains("-0002")).unwrap().contains("ikke lagt ut"), "{list}");
    let id = first.split('\t').next().unwrap();
    let (_, shown) = cli(data.path(), &["show", id]);
    assert!(shown.contains("Ikke lagt ut i rådgiverchatten:** telegram (") && shown.contains("Kirkenes Choir"), "{shown}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_submitted_before_a_crash_is_delivered_after_the_restart() {
    let server = TelegramServer::start().await;
    let data = tempfile::tempdir().unwrap();
    submit(data.path(), &server, "kari");
    for _ in 0..1000 {
        server.fail_next("sendmessage", Failure::Forbidden);
    }
    let bot = BotProcess::start(data.path(), &env(&server), &[]);
    server.wait_for("a failed delivery", |calls| calls.iter().any(|c| c.method == "sendmessage" && c.status == 403).then_some(())).await;
    bot.kill();
    server.clear_failures();
    let bot = BotProcess::start(data.path(), &env(&server), &[]);
    server.wait_for("the delivery after restart", |_| (!adviser_posts(&server).is_empty()).then_some(())).await;
    bot.kill();
    assert_eq!(adviser_posts(&server).len(), 1);
}

fn cli(data: &std::path::Path, args: &[&str]) -> (Option<i32>, String) {
    operator(data, "drafts", args)
}

fn operator(data: &std::path::Path, group: &str, args: &[&str]) -> (Option<i32>, String) {
    let o = std::process::Command::new(common::binary())
        .args(["--data-dir", data.join("db").to_str().unwrap(), group])
        .args(args)
        .current_dir(common::repo())
        .env_remove("BARENTS_CLI_LANG")
        .output()
        .unwrap();
    (o.status.code(), String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_command_line_works_while_the_bot_runs_and_the_applicant_hears_at_once() {
    let server = TelegramServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = BotProcess::start(data.path(), &env(&server), &[]);
    let kari = User { id: 7001, name: "Kari", language: "en" };
    server.say(&kari, "/start application");
    for a in &common::APPLICATION[1..] {
        server.say(&kari, a);
    }
    server.wait_for("the summary", |_| server.sent_to(kari.id).iter().any(|m| m.text.contains("Here is your draft application")).then_some(())).await;
    server.say(&kari, "1");
    let submitted = server.wait_for("the draft id", |_| server.sent_to(kari.id).into_iter().find(|m| m.text.contains("has been sent to an adviser for review"))).await;
    let id = submitted.text.split_whitespace().find(|w| w.starts_with("BS-")).unwrap().trim_end_matches('.').to_owned();

    // The bot holds the store; the command line goes through its local socket.
    let (code, list) = cli(data.path(), &["list"]);
    assert_eq!(code, Some(0), "{list}");
    assert!(list.contains(&id) && list.contains("telegram:7001"), "{list}");
    let (code, out) = cli(data.path(), &["reply", &id, "Which dates suit your partner?", "--adviser", "Ola"]);
    assert_eq!((code, out), (Some(0), format!("{id}: søkeren ser meldingen din i chatten sin\n")));
    server.wait_for("the relayed question", |_| server.sent_to(kari.id).iter().any(|m| m.text.contains("Which dates suit your partner?")).then_some(())).await;
    // The applicant's answer goes back to the advisers, with the draft id, and into its history.
    server.say(&kari, "Our partner prefers May or June.");
    let answer = server.wait_for("the answer in the adviser chat", |_| server.sent_to(ADVISER_CHAT).into_iter().find(|m| m.text.contains("prefers May"))).await;
    assert!(answer.text.contains(&id) && answer.text.contains("telegram:7001"), "{}", answer.text);
    let (_, shown) = cli(data.path(), &["show", &id]);
    assert!(shown.contains("Our partner prefers May or June.") && shown.contains("Which dates suit your partner?"), "{shown}");
    // An adviser asks from the adviser chat: Ask, then a reply to the prompt; it reaches Kari.
    let post = server.wait_for("the draft in the adviser chat", |_| server.sent_to(ADVISER_CHAT).into_iter().find(|m| m.text.contains(&id) && !m.buttons.is_empty())).await;
    server.press_in(&ADVISER, ADVISER_CHAT, post.message_id, &format!("a1:q:{id}"));
    let prompt = server.wait_for("the prompt", |_| server.sent_to(ADVISER_CHAT).into_iter().find(|m| m.text.contains("Svar på denne meldingen"))).await;
    assert!(prompt.params["reply_markup"]["force_reply"].as_bool().unwrap_or(false), "{}", prompt.params);
    server.reply_in_group(&STRANGER, ADVISER_CHAT, prompt.message_id, "Not an adviser question");
    server.reply_in_group(&ADVISER, ADVISER_CHAT, prompt.message_id, "How many singers will travel?");
    server.wait_for("the question at Kari's", |_| server.sent_to(kari.id).iter().any(|m| m.text.contains("How many singers will travel?")).then_some(())).await;
    assert!(!server.sent_to(kari.id).iter().any(|m| m.text.contains("Not an adviser question")), "only advisers can ask");
    // Anyone can ask the advisers a free question — and naming someone's draft in it does not
    // make an adviser's reply to it go to that draft's applicant: only a reply to the bot's
    // own prompt is a question for an applicant.
    let eve = User { id: 7002, name: "Eve", language: "en" };
    server.say(&eve, "/adviser");
    server.say(&eve, &format!("Hello, I am asking about {id}: can a sports club apply?"));
    let q = server.wait_for("the free question", |_| server.sent_to(ADVISER_CHAT).into_iter().find(|m| m.text.contains("sports club"))).await;
    assert!(q.text.contains("telegram:7002"), "{}", q.text);
    server.reply_in_group(&ADVISER, ADVISER_CHAT, q.message_id, "Yes, a sports club can apply.");
    server.reply_in_group(&ADVISER, ADVISER_CHAT, prompt.message_id, "Will the choirs travel by bus?");
    // The reply to the prompt, sent after, arrives; the reply to Eve's question never does.
    server.wait_for("the second question", |_| server.sent_to(kari.id).iter().any(|m| m.text.contains("by bus")).then_some(())).await;
    // The reply to Eve's question is for Eve: it reaches her, and the adviser is told so.
    let answered = server.wait_for("the answer at Eve's", |_| server.sent_to(eve.id).into_iter().find(|m| m.text.contains("sports club can apply"))).await;
    assert!(answered.text.contains("An adviser has answered your question"), "{}", answered.text);
    server.wait_for("the adviser told", |_| server.sent_to(ADVISER_CHAT).into_iter().find(|m| m.text.contains("Svaret er sendt"))).await;
    assert!(!server.sent_to(kari.id).iter().any(|m| m.text.contains("sports club can apply")), "a reply to someone else's message reached the applicant");
    // The prompt is remembered in the store: it still works after a restart.
    bot.kill();
    let bot = BotProcess::start(data.path(), &env(&server), &[]);
    server.reply_in_group(&ADVISER, ADVISER_CHAT, prompt.message_id, "Which town will host the second concert?");
    server.wait_for("the question after a restart", |_| server.sent_to(kari.id).iter().any(|m| m.text.contains("Which town will host")).then_some(())).await;
    assert!(!server.sent_to(kari.id).iter().any(|m| m.text.contains("sports club can apply")), "a reply to someone else's message reached the applicant");
    let (_, audit) = cli(data.path(), &["audit", &id]);
    // The command line's question, the two before the restart and the one after: not the reply to Eve.
    assert_eq!(audit.lines().filter(|l| l.contains("\tskrev til søkeren\t")).count(), 4, "{audit}");
    let (code, out) = cli(data.path(), &["show", "BS-1999-0001"]);
    assert_eq!((code, out.as_str()), (Some(1), "barents-bot: det finnes ikke noe søknadsutkast BS-1999-0001\n"));
    // The language the operator asks for travels through the socket with the command.
    assert_eq!(cli(data.path(), &["show", "BS-1999-0001", "--lang", "en"]).1, "barents-bot: there is no draft BS-1999-0001\n");
    assert_eq!(cli(data.path(), &["audit", &id, "--lang", "ru"]).1.lines().filter(|l| l.contains("\tсообщение заявителю\t")).count(), 4);
    // A question the resource centre cannot answer is in `questions list` at once.
    server.say(&eve, "/advice where can I rent skis in Kirkenes?");
    let unsure = server
        .wait_for("the unsure answer", |_| server.sent_to(eve.id).into_iter().rev().find(|m| m.text.contains("could not find anything") || m.text.contains("not sure")))
        .await;
    // She chooses to let the advisers keep it, without her name.
    server.press(&eve, eve.id, unsure.message_id, &unsure.button("without my name"));
    server.wait_for("kept", |_| server.sent_to(eve.id).iter().any(|m| m.text.contains("your question is kept")).then_some(())).await;
    let (code, kept) = operator(data.path(), "questions", &["list"]);
    assert_eq!(code, Some(0), "{kept}");
    assert!(kept.contains("where can I rent skis in Kirkenes?") && !kept.contains("7002"), "{kept}");
    bot.kill();
    assert!(!data.path().join("db").join("barents.sock").exists() || cli(data.path(), &["list"]).0 == Some(0), "a stale socket never blocks the command line");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_console_chats_through_a_running_bot() {
    let server = TelegramServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = BotProcess::start(data.path(), &env(&server), &[]);
    server.wait_for("the bot to poll", |calls| calls.iter().any(|c| c.method == "getupdates").then_some(())).await;
    let mut c = common::Console::start(&data.path().join("db"), &["console", "--user", "ola", "--lang", "nb"]);
    assert!(c.wait_for("[3]").contains("Hei"));
    c.send("1");
    c.wait_for("Hvem skal søke");
    let (code, _) = c.finish();
    assert_eq!(code, Some(0));
    // The same session, seen from the bot's own store: it resumes at the same question.
    let mut again = common::Console::start(&data.path().join("db"), &["console", "--user", "ola"]);
    assert!(again.wait_for("[6]").contains("Hvem skal søke"));
    again.finish();
    bot.kill();
}
