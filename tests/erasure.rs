//! `/forget` erases a person everywhere the bot keeps anything of them. One person, on each
//! platform, fills every place the store holds user data — their answers, a draft with its
//! hand-off and an adviser's question, a message to the advisers and the advisers' posts that
//! reach them, a partner profile, introductions they asked for and accepted (with notices
//! still waiting for the other side, and a message through the bot), a question kept for the
//! advisers, a "did this help?" — then uses `/forget`. Afterwards no record of the sled store
//! holds anything they wrote or gave, and neither they, nor the other users, nor the advisers'
//! chats, nor the command line show any of it.

mod common;

use barents_bot::core::adviser::{Action, Handoff, ReplyTarget};
use barents_bot::core::effect::{Event, Inbound};
use barents_bot::core::ids::{Platform, Sink, UserKey};
use barents_bot::core::locale::Locale;
use barents_bot::core::partners::ProfileId;
use barents_bot::runtime::Runtime;
use barents_bot::store::SledStore;
use std::path::Path;
use std::process::Command;
use std::sync::Arc;

const NOW: i64 = 1_795_000_000;

/// What the person wrote or gave, each once somewhere: none may be left after `/forget`.
const HERS: &[&str] = &["olga-7", "Olga Smirnova", "olga@sever.example", "Severny Choir", "Severomorsk", "Which dates suit you, Olga", "Greetings from the north"];

struct Bot {
    rt: Runtime,
    now: std::cell::Cell<i64>,
}

impl Bot {
    fn new(dir: &Path) -> Bot {
        let store = Arc::new(SledStore::open(dir, 8 << 20).unwrap());
        Bot { rt: Runtime::new(Arc::new(common::content("nordic-2024")), store).with_sinks(vec![Sink::Telegram, Sink::Discord]), now: NOW.into() }
    }

    fn send(&self, user: &UserKey, event: Event) -> String {
        // A minute per message: as a person types, and under the platforms' rate limit.
        self.now.set(self.now.get() + 60);
        let replies = self.rt.turn(user, Inbound { event, locale_hint: Some(Locale::En), now: self.now.get() });
        replies.iter().map(|r| format!("[{}] {}", r.key, r.text)).collect::<Vec<_>>().join("\n")
    }

    fn say(&self, user: &UserKey, text: &str) -> String {
        self.send(user, Event::Text(text.to_owned()))
    }

    fn press(&self, user: &UserKey, value: &str) -> String {
        let question = self.rt.store.load(user).unwrap().session.question;
        self.send(user, Event::Button { question, value: value.to_owned() })
    }

    fn answers(&self, user: &UserKey, answers: &[&str]) {
        for a in answers {
            self.say(user, a);
        }
    }
}

fn telegram(id: &str) -> UserKey {
    UserKey::new(Platform::Telegram, id)
}

/// Everything the store holds, every tree, key and value, as text.
fn every_record(dir: &Path) -> Vec<(String, String)> {
    let db = sled::open(dir.join("db")).unwrap();
    let mut all = Vec::new();
    for name in db.tree_names() {
        let tree = db.open_tree(&name).unwrap();
        for item in tree.iter() {
            let (k, v) = item.unwrap();
            all.push((format!("{}/{}", String::from_utf8_lossy(&name), String::from_utf8_lossy(&k)), String::from_utf8_lossy(&v).into_owned()));
        }
    }
    all
}

fn hers_in(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    HERS.iter().copied().filter(|m| lower.contains(&m.to_lowercase())).collect()
}

fn cli(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(common::binary()).args(args).arg("--data-dir").arg(dir).current_dir(common::repo()).output().unwrap();
    (out.status.code(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

/// Olga, on `platform`, leaves something of herself in every place the store keeps user data.
/// Returns her draft's id and the keys of the advisers' posts that reach her.
fn fill(bot: &Bot, olga: &UserKey, kari: &UserKey, ivar: &UserKey) -> barents_bot::core::draft::DraftId {
    // A school in Finnmark and a club in Troms are in the registry.
    bot.say(kari, "/partners");
    bot.press(kari, "create");
    bot.answers(kari, &["1", "3", "Kirkenes skole", "1", "2", "A lower secondary school with a choir.", "1, 5", "A partner school for music.", "2", "kari@kirkenes.example", "1", "yes"]);
    // Her draft application, with her name and e-mail.
    let mut application: Vec<&str> = common::APPLICATION.to_vec();
    application[common::APP_ORG_NAME] = "Severny Choir Kirkenes";
    application[common::APP_ORG_NAME + 3] = "Olga Smirnova";
    application[common::APP_ORG_NAME + 4] = "olga@sever.example";
    // She opens the chat (the menu she answers "2" to).
    bot.say(olga, "/start");
    bot.answers(olga, &application);
    let filed = bot.say(olga, "1");
    assert!(filed.contains("BS-"), "{filed}");
    let id = bot.rt.store.drafts().unwrap().into_iter().find(|d| &d.user == olga).unwrap().id;
    // An adviser's post of it, and a question on it that waits for her.
    bot.rt.store.remember_post("telegram:-100:1", &ReplyTarget::Draft(id.clone())).unwrap();
    barents_bot::runtime::advise(bot.rt.store.as_ref(), &id, Action::Ask("Which dates suit you, Olga?".into()), "cli".into()).unwrap();
    // A message to the advisers, and the advisers' post of it.
    bot.say(olga, "/adviser");
    bot.say(olga, "Greetings from the north: can a choir from Severomorsk take part?");
    bot.rt.store.remember_post("telegram:-100:2", &ReplyTarget::Asker(olga.clone())).unwrap();
    // Her partner profile, through the bot only.
    bot.say(olga, "/partners");
    bot.press(olga, "create");
    bot.answers(olga, &["4", "1", "Severny Choir", "5", "1", "A choir in Severomorsk that sings Sámi songs.", "4, 5", "A choir in Norway for online rehearsals.", "1", "1", "yes"]);
    // She asks the school for an introduction: the school has not opened the bot since.
    bot.say(olga, "/partners school");
    bot.press(olga, &format!("l:{}", ProfileId::of(kari)));
    bot.press(olga, "ask");
    bot.say(olga, "Greetings from the north: our choir from Severomorsk would like to sing with you.");
    // The club asks her; she accepts and writes to them through the bot.
    bot.say(ivar, "/partners choir");
    bot.press(ivar, &format!("l:{}", ProfileId::of(olga)));
    bot.press(ivar, "ask");
    bot.answers(ivar, &["Ivar, Tromsø IL"]);
    bot.press(ivar, "bot");
    bot.say(ivar, "We would like to meet your choir.");
    let asked = bot.send(olga, Event::Resume);
    assert!(asked.contains("Ivar, Tromsø IL"), "{asked}");
    bot.press(olga, "accept");
    bot.say(olga, "Greetings from the north, Olga Smirnova");
    // A question nobody could answer, kept for the advisers because she chose so.
    let unsure = bot.say(olga, "/advice qwxz blorft Severomorsk?");
    assert!(unsure.contains("[kb-nothing]") || unsure.contains("[kb-unsure]"), "{unsure}");
    assert!(bot.press(olga, "keep").contains("[kb-kept]"));
    // "Did this help?" on an article.
    bot.say(olga, "/advice");
    bot.press(olga, "t:funding");
    bot.press(olga, "a:who-can-apply");
    bot.press(olga, "up");
    // She stops in the middle of another journey, her answers kept.
    bot.say(olga, "/start eligibility");
    id
}

fn forgotten_everywhere(platform: Platform) {
    let dir = tempfile::tempdir().unwrap();
    let (olga, kari, ivar) = (UserKey::new(platform, "olga-7"), telegram("kari"), telegram("ivar"));
    let id = {
        let bot = Bot::new(dir.path());
        let id = fill(&bot, &olga, &kari, &ivar);
        bot.rt.store.flush().unwrap();
        id
    };
    // Before: every kind of record holds something of hers.
    let before = every_record(dir.path());
    for tree in ["users", "drafts", "outbox", "questions", "notices", "profiles", "intros", "intros_by_user", "prompts"] {
        assert!(before.iter().any(|(k, v)| k.starts_with(&format!("{tree}/")) && !hers_in(&format!("{k} {v}")).is_empty()), "{platform:?}: nothing of hers in {tree} to erase");
    }

    let bot = Bot::new(dir.path());
    assert!(bot.say(&olga, "/forget").contains("[forget-confirm]"));
    let done = bot.say(&olga, "yes");
    assert!(done.contains("[forget-done]") && done.contains("[forget-drafts]"), "{done}");
    bot.rt.store.flush().unwrap();
    // The advisers' chats are told the draft's id, and nothing else.
    let erased = bot.rt.store.outbox().unwrap().into_iter().find(|e| e.erased).expect("the word to the advisers");
    assert_eq!(erased.draft.as_ref(), Some(&id));
    let post = Handoff::Erased { draft: id.clone() }.text(&common::content("nordic-2024"), Locale::Nb);
    assert!(post.contains(id.as_str()) && hers_in(&post).is_empty(), "{post}");
    // Whatever an adviser does with an old post reaches nobody and shows nothing.
    assert_eq!(bot.rt.store.reply_target("telegram:-100:1").unwrap(), None);
    assert_eq!(bot.rt.store.reply_target("telegram:-100:2").unwrap(), None);
    assert!(barents_bot::runtime::advise(bot.rt.store.as_ref(), &id, Action::Close, "cli".into()).is_err());
    drop(bot);

    let left: Vec<_> = every_record(dir.path()).into_iter().filter(|(k, v)| !hers_in(&format!("{k} {v}")).is_empty()).collect();
    assert!(left.is_empty(), "{platform:?}: left after /forget: {left:#?}");

    // The others hear only that something is gone.
    let bot = Bot::new(dir.path());
    let school = bot.send(&kari, Event::Resume);
    assert!(school.contains("[notice-intro-withdrawn]") && hers_in(&school).is_empty(), "{school}");
    let club = bot.send(&ivar, Event::Resume);
    assert!(club.contains("[notice-intro-gone]") && hers_in(&club).is_empty(), "{club}");
    assert!(hers_in(&bot.say(&ivar, "Is anyone there?")).is_empty(), "the club no longer writes to her");
    for (user, what) in [(&kari, "/partners choir"), (&ivar, "/mydata"), (&kari, "/mydata")] {
        let seen = bot.say(user, what);
        assert!(hers_in(&seen).is_empty(), "{what}: {seen}");
    }
    // She herself finds nothing: her next message starts afresh.
    let mine = bot.say(&olga, "/mydata");
    assert!(hers_in(&mine.replace("olga-7", "")).is_empty(), "{mine}");
    drop(bot);

    // Nor the command line.
    for args in [&["drafts", "list"][..], &["drafts", "export", "--all", "--format", "json"], &["drafts", "audit"], &["questions", "list"]] {
        let (_, out) = cli(dir.path(), args);
        assert!(hers_in(&out).is_empty(), "{args:?}: {out}");
    }
    let (code, out) = cli(dir.path(), &["drafts", "show", id.as_str()]);
    assert_eq!(code, Some(1), "{out}");
    assert!(hers_in(&out).is_empty(), "{out}");
}

#[test]
fn forget_leaves_nothing_of_a_telegram_user() {
    forgotten_everywhere(Platform::Telegram);
}

#[test]
fn forget_leaves_nothing_of_a_discord_user() {
    forgotten_everywhere(Platform::Discord);
}

#[test]
fn forget_leaves_nothing_of_a_console_user() {
    forgotten_everywhere(Platform::Console);
}
