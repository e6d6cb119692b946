//! The Discord adapter end to end: the real binary runs the real serenity code against the
//! fake Discord (REST + WebSocket gateway) in `common/discord.rs` on 127.0.0.1.

mod common;

use common::bot::BotProcess;
use common::discord::{APP_ID, DiscordServer, GUILD_CHANNEL, Sent, TOKEN, User};
use serde_json::Value;

const KARI: User = User { id: 2001, name: "kari", locale: "en-US" };
const IVAN: User = User { id: 2002, name: "ivan", locale: "ru" };
const OLA: User = User { id: 2003, name: "ola", locale: "no" };

fn start_bot(server: &DiscordServer, data: &std::path::Path) -> BotProcess {
    let env = [("DISCORD_BOT_TOKEN", TOKEN.to_owned()), ("DISCORD_API_URL", server.url.clone())];
    BotProcess::start(data, &env, &[TOKEN])
}

/// The bot with an advisers' channel (the guild channel) and an adviser role.
fn start_bot_with_advisers(server: &DiscordServer, data: &std::path::Path) -> BotProcess {
    let env = [
        ("DISCORD_BOT_TOKEN", TOKEN.to_owned()),
        ("DISCORD_API_URL", server.url.clone()),
        ("DISCORD_ADVISER_CHANNEL_ID", GUILD_CHANNEL.to_string()),
        ("DISCORD_ADVISER_ROLE_ID", common::discord::ADVISER_ROLE.to_string()),
    ];
    BotProcess::start(data, &env, &[TOKEN])
}

/// One user's DM, following what the bot posts there.
struct Dm<'a> {
    server: &'a DiscordServer,
    user: User,
    seen: usize,
}

impl<'a> Dm<'a> {
    fn new(server: &'a DiscordServer, user: User) -> Dm<'a> {
        Dm { server, user, seen: 0 }
    }

    fn channel(&self) -> u64 {
        self.server.dm_channel(&self.user)
    }

    /// Waits for new messages up to one containing `needle`, or with components if `needle` is empty.
    async fn until(&mut self, needle: &str) -> Vec<Sent> {
        let (channel, seen) = (self.channel(), self.seen);
        let new = self
            .server
            .wait_for(&format!("a DM containing {needle:?}"), |s| {
                let sent = s.messages_in(channel);
                let new = &sent[seen.min(sent.len())..];
                let hit = |m: &Sent| if needle.is_empty() { !m.components.as_array().is_none_or(|c| c.is_empty()) } else { m.content.contains(needle) };
                new.iter().position(hit).map(|i| new[..=i].to_vec())
            })
            .await;
        self.seen += new.len();
        new
    }

    /// Waits for the next message, whatever it is.
    async fn next(&mut self) -> Sent {
        let (channel, seen) = (self.channel(), self.seen);
        let m = self.server.wait_for("the next DM", |s| s.messages_in(channel).get(seen).cloned()).await;
        self.seen += 1;
        m
    }

    async fn question(&mut self) -> Sent {
        self.until("").await.last().unwrap().clone()
    }

    /// Clicks the `index`-th button of `q` and waits for the next question with components.
    async fn click(&mut self, q: &Sent, index: usize) -> Sent {
        self.server.click(&self.user, q.id, &q.buttons()[index].1);
        self.question().await
    }
}

/// Picks the options at `indices` of a multiple choice (a select menu); returns the next question.
async fn select(dm: &mut Dm<'_>, q: &Sent, indices: &[usize]) -> Sent {
    let (menu_id, options) = q.select_menu().expect("multiple choice is a select menu");
    let values: Vec<&str> = indices.iter().map(|i| options[*i].1.as_str()).collect();
    dm.server.select(&dm.user, q.id, &menu_id, &values);
    dm.question().await
}

async fn eligibility(dm: &mut Dm<'_>, cooperation: &str) -> Vec<Sent> {
    let menu = dm.question().await;
    let q = dm.click(&menu, 0).await; // the eligibility check
    let q = dm.click(&q, 0).await; // a voluntary organisation
    let q = dm.click(&q, 0).await; // registered
    let countries = dm.click(&q, 2).await; // Finnmark
    let q = select(dm, &countries, &[0]).await; // a partner in Sweden
    let topics = dm.click(&q, 0).await; // Norrbotten
    let costs = select(dm, &topics, &[0]).await; // culture
    let role = select(dm, &costs, &[0, 2]).await; // travel and interpretation
    dm.server.click(&dm.user, role.id, &role.buttons()[0].1);
    dm.next().await; // the free-text question about cooperation
    dm.server.dm(&dm.user, cooperation);
    let started = dm.question().await;
    dm.server.click(&dm.user, started.id, &started.buttons()[1].1);
    dm.next().await; // the budget
    dm.server.dm(&dm.user, "150 000");
    dm.until("Scheme: Support for cooperation").await
}

fn assert_no_pings(server: &DiscordServer) {
    for c in server.calls() {
        let body = &c.body;
        let msg = if body.get("data").is_some() { &body["data"] } else { body };
        if msg.get("content").is_some() {
            let parse = &msg["allowed_mentions"]["parse"];
            assert!(parse.as_array().is_some_and(|p| p.is_empty()), "{} {} allows mentions: {body}", c.method, c.path);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_eligibility_check_in_a_dm_in_english_and_russian() {
    let server = DiscordServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start_bot(&server, data.path());

    let mut kari = Dm::new(&server, KARI);
    server.dm(&KARI, "/start");
    let verdict = eligibility(&mut kari, "Our choir and the Luleå choir rehearse online and give two joint concerts.").await;
    let verdict = &verdict.last().unwrap().content;
    assert!(verdict.contains("meets the scheme's published criteria") && !verdict.contains("Good news"), "{verdict}");

    let mut ivan = Dm::new(&server, IVAN);
    // A slash command in the DM carries Ivan's locale; the first reply answers the interaction.
    let id = server.slash(&IVAN, false, "start", &[]);
    server
        .wait_for("the menu as the interaction's answer", |s| {
            s.calls().iter().find(|c| c.method == "PATCH" && c.path.contains(&format!("itoken-{id}"))).map(|_| ())
        })
        .await;
    let menu_call = server.calls().into_iter().find(|c| c.method == "PATCH" && c.path.contains(&format!("itoken-{id}"))).unwrap();
    assert!(menu_call.body["content"].as_str().unwrap().contains("Здравствуйте"), "{}", menu_call.body);
    let menu_id = server.original_message_id(id);
    server.click(&IVAN, menu_id, "v1:1:eligibility");
    let q = ivan.question().await;
    assert!(q.content.contains("Кто"), "{}", q.content);

    // Answered questions are disabled and show the answer.
    let menu = server.messages_in(kari.channel())[0].clone();
    let stored = server.message(kari.channel(), menu.id);
    assert!(stored["content"].as_str().unwrap().contains("✓ Check if my idea fits"), "{stored}");
    assert!(stored["components"][0]["components"][0]["disabled"].as_bool().unwrap_or(false), "{stored}");
    assert_no_pings(&server);
    assert!(server.connections() >= 1, "the bot connected to the fake gateway");
    bot.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn barents_start_in_a_server_opens_a_dm_and_commands_are_localized() {
    let server = DiscordServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start_bot(&server, data.path());
    let commands = server.wait_for("command registration", |s| s.commands().as_array().filter(|c| !c.is_empty()).cloned()).await;
    let barents = commands.iter().find(|c| c["name"] == "barents").expect("/barents");
    let subs: Vec<&Value> = barents["options"].as_array().unwrap().iter().collect();
    let help = subs.iter().find(|s| s["name"] == "help").unwrap();
    assert_eq!(help["name_localizations"]["no"], "hjelp");
    assert_eq!(help["name_localizations"]["ru"], "помощь");
    assert!(server.gateway_ops().iter().any(|op| op["op"] == 2 && op["d"]["intents"].as_u64().is_some_and(|i| i & (1 << 15) == 0)), "no message-content intent");

    let id = server.slash(&OLA, true, "start", &[]);
    let mut ola = Dm::new(&server, OLA);
    let menu = ola.question().await;
    assert!(menu.content.contains("Hei"), "the DM speaks the user's language: {}", menu.content);
    let reply = server.wait_for("the ephemeral answer", |s| s.calls().into_iter().find(|c| c.method == "PATCH" && c.path.contains(&format!("itoken-{id}")))).await;
    assert!(reply.body["content"].as_str().unwrap().contains("direktemelding"), "{}", reply.body);
    let deferred = server.interaction_responses(id);
    assert_eq!(deferred[0]["type"], 5);
    assert_eq!(deferred[0]["data"]["flags"].as_u64().unwrap_or(0) & 64, 64, "ephemeral");
    assert!(server.messages_in(GUILD_CHANNEL).is_empty(), "nothing personal in the server channel");

    // /barents help is a short public answer with buttons into a DM.
    let id = server.slash(&KARI, true, "help", &[]);
    let help = server.wait_for("the public help", |s| s.interaction_responses(id).first().cloned()).await;
    assert_eq!(help["type"], 4);
    assert_eq!(help["data"]["flags"].as_u64().unwrap_or(0) & 64, 0, "public");
    let button = help["data"]["components"][0]["components"][0]["custom_id"].as_str().unwrap().to_owned();
    assert!(button.starts_with("dm1:"), "{button}");

    // Closed DMs get an explanation instead of silence.
    server.close_dms(&KARI);
    let id = server.slash(&KARI, true, "start", &[]);
    let reply = server.wait_for("the DMs-closed answer", |s| s.calls().into_iter().find(|c| c.method == "PATCH" && c.path.contains(&format!("itoken-{id}")))).await;
    assert!(reply.body["content"].as_str().unwrap().contains("allow direct messages"), "{}", reply.body);
    let _ = APP_ID;
    assert_no_pings(&server);
    bot.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stale_clicks_and_mentions_change_nothing_and_ping_nobody() {
    let server = DiscordServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start_bot(&server, data.path());
    let mut kari = Dm::new(&server, KARI);
    server.dm(&KARI, "/start eligibility");
    let applicant = kari.question().await;
    server.dm(&KARI, "1");
    kari.question().await;
    let before = server.messages_in(kari.channel()).len();
    let click = server.click(&KARI, applicant.id, &applicant.buttons()[4].1);
    let notice = server
        .wait_for("an ephemeral notice", |s| {
            s.calls().into_iter().find(|c| c.method == "POST" && c.path.contains(&format!("itoken-{click}")) && c.path.starts_with("/api/v10/webhooks"))
        })
        .await;
    assert!(notice.body["content"].as_str().unwrap().contains("earlier question"), "{}", notice.body);
    assert_eq!(notice.body["flags"].as_u64().unwrap_or(0) & 64, 64);
    assert_eq!(server.messages_in(kari.channel()).len(), before, "the stale click posted nothing");

    server.dm(&KARI, "/mydata");
    let turn = kari.until("").await; // the document, and the question again after it
    assert!(turn.iter().any(|m| m.files().iter().any(|(_, text)| text.as_deref().is_some_and(|t| t.contains("applicant")))), "{turn:?}");
    server.dm(&KARI, "@everyone @here <@123> **look**");
    let echo = kari.until("").await;
    assert!(echo.iter().all(|m| !m.content.contains("@everyone") && !m.content.contains("@here")), "{echo:?}");
    assert_no_pings(&server);
    bot.kill();
}

/// `/mydata` in a DM is a file to keep, not a screenful of JSON: it comes in its place among
/// the turn's messages, named for what it is, and holds what the user chose before.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn my_data_comes_as_a_json_file_in_a_dm() {
    let server = DiscordServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start_bot(&server, data.path());
    let mut kari = Dm::new(&server, KARI);
    server.dm(&KARI, "/language nb");
    kari.until("Fra nå av snakker jeg norsk").await;
    kari.question().await;
    server.dm(&KARI, "/mydata");
    // Up to the next message with buttons: a few words about it, the file, the menu again.
    let turn = kari.until("").await;
    assert_eq!(turn.len(), 3, "{turn:?}");
    assert!(!turn[0].content.is_empty() && turn[0].files().is_empty(), "{:?}", turn[0]);
    let files = turn[1].files();
    assert_eq!(files.len(), 1, "{:?}", turn[1]);
    assert_eq!(files[0].0, "barents-bot-my-data.json");
    let text = files[0].1.as_deref().expect("a text file");
    let doc: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert_eq!(doc["state"]["prefs"]["language"], "nb", "{doc:#}");
    assert!(!turn[2].buttons().is_empty(), "{:?}", turn[2]);
    let shown = server.messages_in(kari.channel());
    assert!(shown.iter().all(|m| !m.content.trim_start().starts_with('{')), "JSON as a message: {shown:?}");
    assert_no_pings(&server);
    bot.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gateway_disconnect_resumes_and_a_restart_continues_the_journey() {
    let server = DiscordServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start_bot(&server, data.path());
    let mut kari = Dm::new(&server, KARI);
    server.dm(&KARI, "/start eligibility");
    let q = kari.question().await;
    server.disconnect();
    server.click(&KARI, q.id, &q.buttons()[0].1);
    kari.until("Brønnøysund").await;
    server.wait_for("a RESUME", |s| s.gateway_ops().iter().any(|op| op["op"] == 6).then_some(())).await;

    bot.kill();
    let bot = start_bot(&server, data.path());
    server.dm(&KARI, "yes");
    kari.until("Where is the applicant based").await;
    bot.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drafts_reach_the_adviser_channel_where_only_advisers_claim_and_ask_the_applicant() {
    let server = DiscordServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start_bot_with_advisers(&server, data.path());
    let mut kari = Dm::new(&server, KARI);
    server.dm(&KARI, "/start application");
    for a in &common::APPLICATION[1..] {
        server.dm(&KARI, a);
    }
    kari.until("Here is your draft application").await;
    server.dm(&KARI, "1");
    let submitted = kari.until("has been sent to an adviser for review").await;
    let id = submitted.last().unwrap().content.split_whitespace().find(|w| w.starts_with("BS")).unwrap().replace('\\', "").trim_end_matches('.').to_owned();

    let post = server.wait_for("the draft in the adviser channel", |s| s.messages_in(GUILD_CHANNEL).into_iter().find(|m| m.content.contains(&id))).await;
    assert!(post.content.contains("Kirkenes Choir"), "{}", post.content);
    let claim = post.buttons().into_iter().find(|(_, c, _)| c.starts_with("a1:c:")).expect("a Claim button").1;

    let stranger = User { id: 2009, name: "eve", locale: "en-US" };
    let click = server.click(&stranger, post.id, &claim);
    let refusal = server.wait_for("a refusal", |s| s.calls().into_iter().find(|c| c.method == "POST" && c.path.contains(&format!("itoken-{click}")) && c.path.starts_with("/api/v10/webhooks"))).await;
    assert!(refusal.body["content"].as_str().unwrap().contains("Only the Secretariat"), "{}", refusal.body);

    let adviser = User { id: 2010, name: "adviser-ola", locale: "no" };
    server.click(&adviser, post.id, &claim);
    server.wait_for("the claim shown", |s| s.message(GUILD_CHANNEL, post.id)["content"].as_str().is_some_and(|c| c.contains("adviser\\-ola") || c.contains("adviser-ola")).then_some(())).await;
    // Kari hears about it in her DM at once.
    kari.until("an adviser is looking at it").await;

    // Claimed: Ask and Close remain. A stranger's Ask opens no form.
    let now = server.message(GUILD_CHANNEL, post.id);
    let ask = common::discord::buttons(&now["components"]).into_iter().find(|(_, c, _)| c.starts_with("a1:q:")).expect("an Ask button").1;
    assert!(common::discord::buttons(&now["components"]).iter().all(|(_, c, _)| !c.starts_with("a1:c:")), "Claim is gone once claimed");
    let click = server.click(&stranger, post.id, &ask);
    let refusal = server.wait_for("a refusal", |s| s.calls().into_iter().find(|c| c.method == "POST" && c.path.contains(&format!("itoken-{click}")) && c.path.starts_with("/api/v10/webhooks"))).await;
    assert!(refusal.body["content"].as_str().unwrap().contains("Only the Secretariat"), "{}", refusal.body);
    assert_eq!(server.modal(click), None, "no form for a stranger");

    // Close is refused to a stranger as well.
    let close = common::discord::buttons(&now["components"]).into_iter().find(|(_, c, _)| c.starts_with("a1:x:")).expect("a Close button").1;
    let click = server.click(&stranger, post.id, &close);
    server.wait_for("a refusal", |s| s.calls().into_iter().find(|c| c.method == "POST" && c.path.contains(&format!("itoken-{click}")) && c.path.starts_with("/api/v10/webhooks"))).await;

    // The adviser asks through the form, in Norwegian; the other advisers see the question.
    let click = server.click(&adviser, post.id, &ask);
    let form = server.wait_for("the question form", |s| s.modal(click)).await;
    // The same form, replayed by a stranger, is refused and reaches nobody.
    let replay = server.submit_modal(&stranger, click, &[("question", "Send me your bank details")]);
    let refused = server.wait_for("the refusal", |s| s.interaction_responses(replay).first().cloned()).await;
    assert!(refused["data"]["content"].as_str().unwrap().contains("Only the Secretariat") && refused["data"]["flags"].as_u64().unwrap_or(0) & 64 == 64, "{refused}");
    assert!(form["title"].as_str().unwrap().contains(&id), "{form}");
    assert!(form.to_string().contains("Spørsmålet ditt til søkeren"), "{form}");
    let question = "Which dates suit your partner in Murmansk? <@&1> @everyone";
    server.submit_modal(&adviser, click, &[("question", question)]);
    let shown = server.wait_for("the question in the adviser channel", |s| s.shown_in(GUILD_CHANNEL).into_iter().find(|m| m.content.contains("har spurt søkeren"))).await;
    assert!(shown.content.contains("Which dates suit your partner") && shown.flags & 64 == 0, "{shown:?}");

    // Kari reads it in her DM and answers there; the answer reaches the adviser channel.
    let asked = kari.until("Which dates suit your partner").await;
    assert!(asked.last().unwrap().content.contains(&id), "{asked:?}");
    kari.until("Write your message to the adviser").await;
    server.dm(&KARI, "The first week of May suits them.");
    kari.until("gone to the advisers").await;
    let answer = server.wait_for("the answer in the adviser channel", |s| s.messages_in(GUILD_CHANNEL).into_iter().find(|m| m.content.contains("first week of May"))).await;
    assert!(answer.content.contains(&id), "{}", answer.content);

    // Someone's own question to the advisers has an Answer button; the answer reaches them in
    // their DM, and only an adviser gets the form.
    let mut ivan = Dm::new(&server, IVAN);
    server.dm(&IVAN, "/adviser");
    server.dm(&IVAN, "Can a sports club apply for a winter camp?");
    let asked = server.wait_for("the question in the adviser channel", |s| s.messages_in(GUILD_CHANNEL).into_iter().find(|m| m.content.contains("winter camp"))).await;
    let answer_button = asked.buttons().into_iter().find(|(_, c, _)| c.starts_with("a1:r:")).expect("an Answer button").1;
    let click = server.click(&stranger, asked.id, &answer_button);
    server.wait_for("a refusal", |s| s.calls().into_iter().find(|c| c.method == "POST" && c.path.contains(&format!("itoken-{click}")) && c.path.starts_with("/api/v10/webhooks"))).await;
    assert_eq!(server.modal(click), None, "no form for a stranger");
    let click = server.click(&adviser, asked.id, &answer_button);
    server.wait_for("the answer form", |s| s.modal(click)).await;
    server.submit_modal(&adviser, click, &[("question", "Yes: sports clubs may apply, with a partner club across the border.")]);
    ivan.until("sports clubs may apply").await;
    assert!(!server.messages_in(kari.channel()).iter().any(|m| m.content.contains("sports clubs may apply")));
    assert_no_pings(&server);
    bot.kill();

    // The question and the answer are in the draft's history, with the adviser named.
    let out = std::process::Command::new(common::binary())
        .args(["--data-dir", data.path().join("db").to_str().unwrap(), "drafts", "export", &id, "--format", "json"])
        .current_dir(common::repo())
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let history = json["history"].as_array().unwrap();
    assert!(history.iter().any(|e| e["status"] == "follow-up" && e["by"].as_str().is_some_and(|b| b.contains("discord:2010")) && e["note"].as_str().is_some_and(|n| n.contains("Which dates"))), "{history:?}");
    assert!(history.iter().any(|e| e["by"].is_null() && e["note"].as_str().is_some_and(|n| n.contains("first week of May"))), "{history:?}");
    assert!(!json.to_string().contains("bank details"), "the stranger's form went nowhere");
    assert!(!server.messages_in(kari.channel()).iter().any(|m| m.content.contains("bank details")));
    let audit = std::process::Command::new(common::binary())
        .args(["--data-dir", data.path().join("db").to_str().unwrap(), "drafts", "audit"])
        .current_dir(common::repo())
        .output()
        .unwrap();
    let audit = String::from_utf8_lossy(&audit.stdout);
    // Every refusal is refused; a flood of them is audited once a minute, not once per press.
    assert_eq!(audit.lines().filter(|l| l.contains("\tavvist, ikke rådgiver\tdiscord:2009")).count(), 1, "{audit}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn barents_advice_answers_questions_in_a_server_and_in_a_dm() {
    let server = DiscordServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start_bot(&server, data.path());
    server.wait_for("command registration", |s| s.commands().as_array().filter(|c| !c.is_empty()).cloned()).await;

    // In a server: the short answer in public, and a button to read on in a DM.
    let id = server.slash(&IVAN, true, "advice", &[("question", "Как найти партнёра в Норвегии?")]);
    let answer = server.wait_for("the public answer", |s| s.interaction_responses(id).first().cloned()).await;
    assert_eq!(answer["type"], 4);
    assert_eq!(answer["data"]["flags"].as_u64().unwrap_or(0) & 64, 0, "public");
    assert!(answer["data"]["content"].as_str().unwrap().contains("Как найти партнёра"), "{answer}");
    let more = common::discord::buttons(&answer["data"]["components"]);
    assert_eq!(more[0].1, "dm1:kb-find-partner", "{more:?}");
    let shown = server.wait_for("the answer in the channel", |s| s.shown_in(GUILD_CHANNEL).into_iter().next()).await;
    server.click(&IVAN, shown.id, "dm1:kb-find-partner");
    let mut ivan = Dm::new(&server, IVAN);
    let article = ivan.question().await;
    assert!(article.content.contains("Это помогло?"), "{}", article.content);

    // In a DM: the answers with their confidence in words, and the articles as buttons.
    let mut kari = Dm::new(&server, KARI);
    server.slash(&KARI, false, "advice", &[("question", "can we pay salaries with the grant?")]);
    let answers = server.wait_for("the answers in the DM", |s| s.shown_in(kari.channel()).into_iter().find(|m| m.content.contains("This is what I found"))).await;
    assert!(answers.content.contains("What can be funded, and what not? (probably relevant)") && !answers.content.contains("% match"), "{}", answers.content);
    let read = answers.buttons().into_iter().find(|(label, _, _)| label.starts_with("What can be funded")).expect("the article as a button").1;
    server.click(&KARI, answers.id, &read);
    kari.until("Did this help?").await;
    assert_no_pings(&server);
    bot.kill();
}

/// Discord will never take the first draft's post (a 400): it is recorded on the draft, the
/// advisers are told in their channel, and the next draft is posted after it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_post_discord_refuses_for_good_does_not_hold_up_the_next_draft() {
    let server = DiscordServer::start().await;
    let data = tempfile::tempdir().unwrap();
    server.refuse_next(GUILD_CHANNEL, 1);
    let bot = start_bot_with_advisers(&server, data.path());
    let anna = User { id: 2004, name: "anna", locale: "en-US" };
    let mut ids = Vec::new();
    for user in [KARI, anna] {
        let mut dm = Dm::new(&server, user);
        server.dm(&user, "/start application");
        for a in &common::APPLICATION[1..] {
            server.dm(&user, a);
        }
        dm.until("Here is your draft application").await;
        server.dm(&user, "1");
        let submitted = dm.until("has been sent to an adviser for review").await;
        ids.push(submitted.last().unwrap().content.split_whitespace().find(|w| w.starts_with("BS")).unwrap().replace('\\', "").trim_end_matches('.').to_owned());
    }

    let told = server.wait_for("the word to the advisers", |s| s.messages_in(GUILD_CHANNEL).into_iter().find(|m| m.content.contains("kunne ikke legges ut"))).await;
    assert!(told.content.replace('\\', "").contains(&ids[0]), "{}", told.content);
    assert!(told.content.contains("Invalid Form Body"), "the platform's reason is given: {}", told.content);
    server.wait_for("the second draft", |s| s.messages_in(GUILD_CHANNEL).into_iter().find(|m| m.content.contains(&ids[1]) && m.content.contains("Kirkenes Choir"))).await;
    bot.kill();

    let list = std::process::Command::new(common::binary())
        .args(["--data-dir", data.path().join("db").to_str().unwrap(), "drafts", "list"])
        .current_dir(common::repo())
        .output()
        .unwrap();
    let list = String::from_utf8_lossy(&list.stdout);
    assert!(list.lines().find(|l| l.starts_with(&ids[0])).is_some_and(|l| l.ends_with("\tikke lagt ut på discord")), "{list}");
    assert!(list.lines().find(|l| l.starts_with(&ids[1])).is_some_and(|l| !l.contains("ikke lagt ut")), "{list}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn words_are_understood_in_a_dm() {
    let server = DiscordServer::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start_bot(&server, data.path());
    let mut ivan = Dm::new(&server, IVAN);
    // /barents start tells the bot Ivan's language; the DM goes on in words.
    server.slash(&IVAN, true, "start", &[]);
    ivan.question().await;
    server.dm(&IVAN, "здравствуйте");
    let menu = ivan.question().await;
    assert!(menu.content.contains("Здравствуйте"), "the menu greets: {}", menu.content);
    server.dm(&IVAN, "хочу подать заявку на проект");
    ivan.until("Кто будет подавать заявку").await;
    server.dm(&IVAN, "мы школа");
    let next = ivan.question().await;
    assert!(next.content.contains("Брённёйсунн") || next.content.contains("номер"), "{}", next.content);
    // A worried question is answered, not taken as an answer, and the question is asked again.
    server.dm(&IVAN, "а это опасно для меня? может лучше не надо");
    let after = ivan.question().await;
    assert_eq!(after.content, next.content, "the same question again");
    // The partner search from words, with the words as its query.
    let mut kari = Dm::new(&server, KARI);
    server.dm(&KARI, "looking for a partner school in finland");
    let results = kari.until("No profile matches").await;
    let last = &results.last().unwrap().content;
    assert!(last.contains("finland"), "searched with the words: {last}");
    assert_no_pings(&server);
    bot.kill();
}
