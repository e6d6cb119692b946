//! The Telegram adapter end to end: the real binary runs the real teloxide code against the
//! Bot API server in `common/telegram.rs` on 127.0.0.1. Every test also checks that the bot
//! tried to reach nothing else (its HTTP proxy points at a trap that counts connections).

mod common;

use common::bot::BotProcess;
use common::telegram::{BOT_USERNAME, Failure, Sent, TOKEN, TelegramServer, User};
use std::time::Duration;

const KARI: User = User { id: 1001, name: "Kari", language: "en" };
const IVAN: User = User { id: 1002, name: "Иван", language: "ru" };
const GROUP: i64 = -100_555;

struct Options {
    webhook: Option<String>,
}

/// The bot, serving Telegram from the test server.
struct Bot;

impl Bot {
    fn start(server: &TelegramServer, data: &std::path::Path, opts: Options) -> BotProcess {
        let mut env = vec![("TELEGRAM_BOT_TOKEN", TOKEN.to_owned()), ("TELEGRAM_API_URL", server.url.clone())];
        if let Some(port) = &opts.webhook {
            env.push(("TELEGRAM_WEBHOOK_URL", format!("http://127.0.0.1:{port}/telegram/hook")));
            env.push(("TELEGRAM_WEBHOOK_LISTEN", format!("127.0.0.1:{port}")));
        }
        BotProcess::start(data, &env, &[TOKEN.split(':').nth(1).unwrap()])
    }
}

/// One user's private chat, following what the bot sends.
struct Chat<'a> {
    server: &'a TelegramServer,
    user: User,
    seen: usize,
    /// Files sent to the chat so far.
    files: usize,
}

impl<'a> Chat<'a> {
    fn new(server: &'a TelegramServer, user: User) -> Chat<'a> {
        Chat { server, user, seen: 0, files: 0 }
    }

    /// Waits for new messages up to one containing `needle`; returns them.
    async fn until(&mut self, needle: &str) -> Vec<Sent> {
        let (chat, seen) = (self.user.id, self.seen);
        let new = self
            .server
            .wait_for(&format!("a message containing {needle:?}"), |_| {
                let sent = self.server.sent_to(chat);
                let new = &sent[seen.min(sent.len())..];
                new.iter().position(|m| m.text.contains(needle)).map(|i| new[..=i].to_vec())
            })
            .await;
        self.seen += new.len();
        new
    }

    /// Waits for the next question (a message with buttons); returns it.
    async fn question(&mut self) -> Sent {
        let (chat, seen) = (self.user.id, self.seen);
        let new = self
            .server
            .wait_for("a question with buttons", |_| {
                let sent = self.server.sent_to(chat);
                let new = &sent[seen.min(sent.len())..];
                new.iter().position(|m| !m.buttons.is_empty()).map(|i| new[..=i].to_vec())
            })
            .await;
        self.seen += new.len();
        new.last().unwrap().clone()
    }

    /// Waits for the next file sent to this chat; returns its name and contents.
    async fn file(&mut self) -> (String, String) {
        let (chat, files) = (self.user.id, self.files);
        let file = self
            .server
            .wait_for("a file", |calls| calls.iter().filter(|c| c.method == "senddocument" && c.status == 200 && c.params["chat_id"] == chat).nth(files).cloned())
            .await;
        self.files += 1;
        let document = &file.params["document"];
        (document["filename"].as_str().unwrap_or("").to_owned(), document["text"].as_str().unwrap_or("").to_owned())
    }

    fn say(&self, text: &str) {
        self.server.say(&self.user, text);
    }

    fn press(&self, q: &Sent, data: &str) {
        self.server.press(&self.user, self.user.id, q.message_id, data);
    }

    async fn choose(&mut self, q: &Sent, index: usize) -> Sent {
        self.press(q, &q.buttons[index].1);
        self.question().await
    }
}

/// Ticks the options at `indices` of a multiple choice, one press each (waiting for the
/// keyboard to show each tick), then presses "done"; returns the next question.
async fn tick(chat: &mut Chat<'_>, q: &Sent, indices: &[usize]) -> Sent {
    let server = chat.server;
    let edits_before = server.count("editmessagereplymarkup");
    for (i, index) in indices.iter().enumerate() {
        let data = server.message(chat.user.id, q.message_id)["reply_markup"]["inline_keyboard"][*index][0]["callback_data"].as_str().unwrap().to_owned();
        chat.press(q, &data);
        server.wait_for("the keyboard to update", |calls| (calls.iter().filter(|c| c.method == "editmessagereplymarkup").count() > edits_before + i).then_some(())).await;
    }
    let done = q.buttons.last().unwrap().1.clone();
    assert!(done.starts_with("d1:"), "{done}");
    chat.choose(q, q.buttons.len() - 1).await
}

/// `verdict`: words of the verdict, in the chat's language.
async fn eligibility_by_buttons(chat: &mut Chat<'_>, cooperation: &str, verdict: &str) -> Vec<Sent> {
    chat.say("/start");
    let menu = chat.question().await;
    let q = chat.choose(&menu, 0).await; // the eligibility check
    let q = chat.choose(&q, 0).await; // a voluntary organisation
    let q = chat.choose(&q, 0).await; // registered: yes
    let countries = chat.choose(&q, 2).await; // Finnmark
    let q = tick(chat, &countries, &[0]).await; // a partner in Sweden
    let topics = chat.choose(&q, 0).await; // Norrbotten
    let costs = tick(chat, &topics, &[0]).await; // culture
    let role = tick(chat, &costs, &[0, 2]).await; // travel and interpretation
    chat.press(&role, &role.buttons[0].1);
    chat.until("").await; // the free-text question about cooperation
    chat.say(cooperation);
    let started = chat.question().await;
    chat.press(&started, &started.buttons[1].1);
    chat.until("").await; // the budget
    chat.say("150 000");
    chat.until(verdict).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_eligibility_check_by_buttons_in_english_and_russian() {
    let server = TelegramServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = Bot::start(&server, data.path(), Options { webhook: None });

    let mut kari = Chat::new(&server, KARI);
    let verdict = eligibility_by_buttons(&mut kari, "Our choir and the Luleå choir rehearse online and give two joint concerts.", "Scheme: Support for cooperation").await;
    let verdict = &verdict.last().unwrap().text;
    assert!(verdict.contains("meets the scheme's published criteria"), "{verdict}");
    assert!(verdict.contains("70% of the Norwegian side's costs"), "{verdict}");

    // The same answers typed in the console give the same verdict text.
    let console_data = tempfile::tempdir().unwrap();
    let mut c = common::Console::start(console_data.path(), &["console"]);
    c.wait_for("[2]");
    for a in ["1", "1", "1", "3", "1", "1", "1", "1, 3", "1", "Our choir and the Luleå choir rehearse online and give two joint concerts.", "2", "150 000"] {
        c.send(a);
    }
    let console = c.wait_for("That was the eligibility check");
    c.finish();
    let first_line = verdict.lines().next().unwrap();
    assert!(console.contains(first_line), "console:\n{console}\ntelegram:\n{verdict}");
    for line in verdict.lines() {
        assert!(console.contains(line.trim()), "console lacks {line:?}");
    }

    let mut ivan = Chat::new(&server, IVAN);
    let verdict = eligibility_by_buttons(&mut ivan, "Наши хоры вместе репетируют онлайн и дают два общих концерта.", "Программа «Сотрудничество с севером").await;
    assert!(verdict.last().unwrap().text.contains("опубликованным критериям"), "{:?}", verdict.last());

    // Every press was answered, and answered questions lost their buttons and show the answer.
    let presses = server.calls().iter().filter(|c| c.method == "answercallbackquery").count();
    assert!(presses >= 2 * 14, "{presses} presses answered");
    let menu = server.sent_to(KARI.id)[0].clone();
    let edited = server.message(KARI.id, menu.message_id);
    assert!(edited.get("reply_markup").is_none(), "{edited}");
    assert!(edited["text"].as_str().unwrap().contains("✓ Check if my idea fits"), "{edited}");
    let costs = server.calls().into_iter().find(|c| c.method == "editmessagetext" && c.params["text"].as_str().unwrap().contains("✓ Travel, Interpretation")).map(|c| c.params["text"].clone());
    assert!(costs.is_some(), "the multiple choice shows both ticked answers once done");
    assert!(server.count("setmycommands") >= 3, "command menus in en, nb and ru");
    assert!(server.errors().is_empty(), "{:?}", server.errors());
    bot.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stale_press_gets_a_notice_and_changes_nothing() {
    let server = TelegramServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = Bot::start(&server, data.path(), Options { webhook: None });
    let mut kari = Chat::new(&server, KARI);
    kari.say("/start eligibility");
    let applicant = kari.question().await;
    kari.say("1"); // answered by typing: the buttons are still there, but old
    let registered = kari.question().await;
    let before = server.sent_to(KARI.id).len();
    kari.press(&applicant, &applicant.buttons[4].1);
    let notice = server
        .wait_for("a notice on the button", |calls| {
            calls.iter().filter(|c| c.method == "answercallbackquery").find_map(|c| c.params["text"].as_str().map(str::to_owned))
        })
        .await;
    assert!(notice.contains("earlier question"), "{notice}");
    kari.press(&registered, &registered.buttons[0].1);
    kari.until("Where is the applicant based").await;
    assert_eq!(server.sent_to(KARI.id).len(), before + 1, "the stale press sent nothing to the chat");
    bot.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn groups_get_short_public_answers_with_a_way_into_a_private_chat() {
    let server = TelegramServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = Bot::start(&server, data.path(), Options { webhook: None });
    server.say_in_group(&KARI, GROUP, "hello everyone, nothing for the bot here");
    server.say_in_group(&KARI, GROUP, &format!("/help@{BOT_USERNAME}"));
    let help = server.nth_message(GROUP, 1).await;
    assert!(help.text.contains("private chat"), "{}", help.text);
    server.say_in_group(&IVAN, GROUP, &format!("@{BOT_USERNAME} привет!"));
    let welcome = server.nth_message(GROUP, 2).await;
    assert!(welcome.text.contains("Здравствуйте"), "in the asker's language: {}", welcome.text);
    let link = welcome.button("Проверить");
    assert_eq!(link, format!("https://t.me/{BOT_USERNAME}?start=eligibility"));
    assert!(welcome.params["reply_parameters"]["message_id"].is_i64(), "answers reply to the question");
    // A question with the mention, or with /advice: the short answer, and more in private.
    server.say_in_group(&IVAN, GROUP, &format!("@{BOT_USERNAME} what can be funded?"));
    let answer = server.nth_message(GROUP, 3).await;
    assert!(answer.text.contains("Что финансируется"), "{}", answer.text);
    assert_eq!(answer.button("Подробнее"), format!("https://t.me/{BOT_USERNAME}?start=kb-funded"));
    server.say_in_group(&KARI, GROUP, "/advice trenger vi tolk på møtene?");
    let answer = server.nth_message(GROUP, 4).await;
    assert!(answer.text.contains("Language and interpretation"), "{}", answer.text);
    server.say_in_group(&KARI, GROUP, "/start@some_other_bot");
    // The deep links open the journey, or the article, directly in private.
    let mut kari = Chat::new(&server, KARI);
    kari.say("/start eligibility");
    kari.until("Who would apply").await;
    kari.say("/start kb-language");
    kari.until("Did this help?").await;
    assert_eq!(server.sent_to(GROUP).len(), 4, "plain chatter and other bots' commands get no answer");
    assert!(server.sent_to(GROUP).iter().all(|m| m.buttons.iter().all(|(_, target)| target.starts_with("https://t.me/"))), "no questions in public");
    bot.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_formatting_never_breaks_a_message() {
    let server = TelegramServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = Bot::start(&server, data.path(), Options { webhook: None });
    let mut kari = Chat::new(&server, KARI);
    kari.say("/start eligibility");
    kari.question().await;
    for nasty in ["<b>bold", "&amp; & &lt; <i>x</i>", "*_[`]()~>#+-=|{}.!", "</b><script>", "🦌 שלום <a href=\"x\">"] {
        kari.say(nasty);
        kari.until("Please choose one of the options").await;
    }
    kari.say("/start eligibility");
    kari.question().await;
    // The answer is given back by /mydata, as a file.
    kari.say("1");
    kari.question().await;
    kari.say("/mydata");
    let (_, document) = kari.file().await;
    assert!(document.contains("applicant_type"), "{document}");
    kari.question().await;
    assert!(server.errors().is_empty(), "Telegram rejected a message: {:?}", server.errors());
    bot.kill();
}

/// `/mydata` is a file to keep, not a screenful of JSON: it comes in its place among the
/// turn's messages, named for what it is, and holds what the user chose before.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn my_data_comes_as_a_json_file() {
    let server = TelegramServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = Bot::start(&server, data.path(), Options { webhook: None });
    let mut kari = Chat::new(&server, KARI);
    kari.say("/language nb");
    kari.until("Fra nå av snakker jeg norsk").await;
    kari.question().await;
    kari.say("/mydata");
    let words = kari.until("").await.remove(0); // the first message of the turn, whatever it says
    let (name, text) = kari.file().await;
    let menu = kari.question().await;
    assert_eq!(name, "barents-bot-my-data.json");
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert_eq!(doc["state"]["prefs"]["language"], "nb", "{doc:#}");
    // In the turn's order: a few words about it, the file, the menu again.
    let calls = server.calls();
    let at = |message: i64| calls.iter().position(|c| c.method == "sendmessage" && c.params["_message_id"] == message).unwrap();
    let file_at = calls.iter().position(|c| c.method == "senddocument").unwrap();
    let methods: Vec<&str> = calls.iter().map(|c| c.method.as_str()).collect();
    assert!(at(words.message_id) < file_at && file_at < at(menu.message_id), "{methods:?}");
    let sent = server.sent_to(KARI.id);
    assert!(sent.iter().all(|m| !m.text.trim_start().starts_with('{')), "JSON as a message: {sent:?}");
    assert!(server.errors().is_empty(), "{:?}", server.errors());
    bot.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_is_waited_out_and_a_restart_resumes_the_journey() {
    let server = TelegramServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = Bot::start(&server, data.path(), Options { webhook: None });
    let mut kari = Chat::new(&server, KARI);
    kari.say("/start eligibility");
    let q = kari.question().await;
    server.fail_next("sendmessage", Failure::TooManyRequests { retry_after: 1 });
    kari.press(&q, &q.buttons[0].1);
    kari.until("Brønnøysund").await;
    let sends: Vec<_> = server.calls().into_iter().filter(|c| c.method == "sendmessage").collect();
    let limited = sends.iter().position(|c| c.status == 429).expect("the 429 happened");
    let retried = &sends[limited + 1];
    assert_eq!(retried.status, 200);
    assert!(retried.at.duration_since(sends[limited].at) >= Duration::from_millis(950), "retry_after was honoured");

    bot.kill();
    let bot = Bot::start(&server, data.path(), Options { webhook: None });
    kari.say("yes");
    kari.until("Where is the applicant based").await;
    bot.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_mode_receives_updates_posted_to_the_bot() {
    let server = TelegramServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let bot = Bot::start(&server, data.path(), Options { webhook: Some(port.to_string()) });
    server.wait_for("setWebhook", |calls| calls.iter().find(|c| c.method == "setwebhook").map(|_| ())).await;
    let mut kari = Chat::new(&server, KARI);
    kari.say("/start");
    let menu = kari.question().await;
    kari.press(&menu, &menu.buttons[0].1);
    kari.until("Who would apply").await;
    assert_eq!(server.count("getupdates"), 0, "no polling in webhook mode");
    // A stranger posting to the webhook without the secret is turned away.
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    let body = r#"{"update_id":99,"message":{"message_id":1,"date":0,"chat":{"id":7,"type":"private","first_name":"X"},"from":{"id":7,"is_bot":false,"first_name":"X"},"text":"/start"}}"#;
    use std::io::{Read, Write};
    write!(s, "POST /telegram/hook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len()).unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    assert!(resp.starts_with("HTTP/1.1 401"), "{resp}");
    assert!(server.sent_to(7).is_empty());
    bot.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_server_answers_do_not_crash_the_bot_and_a_409_stops_it() {
    let server = TelegramServer::start().await;
    let data = tempfile::tempdir().unwrap();
    server.fail_next("getupdates", Failure::Malformed);
    server.fail_next("setmycommands", Failure::NotFound);
    server.fail_next("sendchataction", Failure::NotFound);
    let bot = Bot::start(&server, data.path(), Options { webhook: None });
    let mut kari = Chat::new(&server, KARI);
    kari.say("/start");
    kari.question().await;
    // A method the server does not know (404 for setMyCommands) did not stop the bot either.
    assert!(server.calls().iter().any(|c| c.method == "setmycommands" && c.status == 404));
    assert!(server.calls().iter().any(|c| c.method == "getupdates" && c.status == 200));
    server.fail_next("getupdates", Failure::Conflict);
    let (code, log) = bot.wait_exit();
    assert_ne!(code, Some(0), "{log}");
    assert!(log.contains("409") || log.contains("another bot instance"), "{log}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_from_one_user_is_answered_in_order_while_another_user_is_served() {
    let server = TelegramServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = Bot::start(&server, data.path(), Options { webhook: None });
    let mut kari = Chat::new(&server, KARI);
    let mut ivan = Chat::new(&server, IVAN);
    kari.say("/start eligibility");
    let applicant = kari.question().await;
    // A button press and three texts at the same moment: in the order sent, each answers the
    // question the one before it led to.
    let ngo = applicant.buttons.iter().find(|(label, _)| label.contains("organisation")).expect("a voluntary organisation").1.clone();
    kari.press(&applicant, &ngo);
    kari.say("yes");
    kari.say("3");
    kari.say("1");
    // Meanwhile another user starts and answers too.
    ivan.say("/start eligibility");
    ivan.say("1");
    kari.until("In which region of Sweden is your partner").await;
    ivan.until("Зарегистрирован ли заявитель").await;
    kari.say("/mydata");
    let (_, data_msg) = kari.file().await;
    for (slot, value) in [("applicant_type", "ngo"), ("registered", "true"), ("applicant_region", "finnmark"), ("partner_countries", "sweden")] {
        assert!(data_msg.contains(&format!("\"{slot}\"")) && data_msg.contains(value), "{slot}: {data_msg}");
    }
    bot.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn words_are_understood_in_a_private_chat_and_a_mention_in_a_group() {
    let server = TelegramServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = Bot::start(&server, data.path(), Options { webhook: None });
    let mut kari = Chat::new(&server, KARI);
    kari.say("hei!");
    kari.question().await;
    kari.say("can you check whether my project idea qualifies?");
    kari.until("Who would apply").await;
    kari.say("it's a school");
    kari.until("Brønnøysund Register Centre").await;
    // A question inside the form is answered, and the same question asked again.
    kari.say("why do you need to know that?");
    let again = kari.until("Brønnøysund Register Centre, with a 9-digit").await;
    assert!(again.iter().any(|m| m.text.contains("9-digit organisation number whe")), "the step's help first");
    kari.say("yes we have an org number");
    kari.until("Where is the applicant based").await;
    kari.say("Vadsø");
    kari.until("In which country is your partner").await;
    kari.say("lagrer dere det jeg skriver?");
    kari.until("Responsible for what this bot stores").await;
    kari.say("Sweden and Finland");
    kari.until("In which region of Sweden").await;
    // A mention asking for a journey in words gets that journey's link into a private chat.
    server.say_in_group(&IVAN, GROUP, &format!("@{BOT_USERNAME} хочу подать заявку на проект"));
    let reply = server.nth_message(GROUP, 1).await;
    assert!(reply.text.contains("личном чате"), "{}", reply.text);
    assert_eq!(reply.buttons.len(), 1, "{:?}", reply.buttons);
    assert_eq!(reply.buttons[0].1, format!("https://t.me/{BOT_USERNAME}?start=application"));
    bot.kill();
}
