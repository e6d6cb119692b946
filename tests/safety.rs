//! Safety for people in Russia, as a user meets it: someone who says they are in Murmansk hears
//! the same note (`safety-russia`) before the first question of every journey that identifies
//! anyone — the application, the partner profile, a request for an introduction, a message to
//! the advisers — and never after it; someone with no tie to Russia is not burdened with it;
//! and "is it dangerous for me?" gets the safety article in every language.

mod common;

use barents_bot::core::content::Content;
use barents_bot::core::effect::{Event, Inbound};
use barents_bot::core::ids::{MessageId, Platform, UserKey};
use barents_bot::core::locale::Locale;
use barents_bot::core::partners::ProfileId;
use barents_bot::runtime::Runtime;
use barents_bot::store::MemoryStore;
use std::sync::{Arc, OnceLock};

const NOTE: &str = "safety-russia";

fn content() -> Arc<Content> {
    static C: OnceLock<Arc<Content>> = OnceLock::new();
    C.get_or_init(|| Arc::new(common::content("nordic-2024"))).clone()
}

struct Bot {
    rt: Runtime,
    now: std::cell::Cell<i64>,
    locale: Locale,
}

impl Bot {
    fn new(locale: Locale) -> Bot {
        Bot { rt: Runtime::new(content(), Arc::new(MemoryStore::new())), now: 1_795_000_000.into(), locale }
    }

    /// The keys of what the bot said, in order.
    fn send(&self, user: &str, event: Event) -> Vec<String> {
        self.now.set(self.now.get() + 60);
        let replies = self.rt.turn(&UserKey::new(Platform::Telegram, user), Inbound { event, locale_hint: Some(self.locale), now: self.now.get() });
        replies.iter().map(|r| r.key.to_string()).collect()
    }

    /// What the bot said, word for word.
    fn read(&self, user: &str, text: &str) -> String {
        self.now.set(self.now.get() + 60);
        let inbound = Inbound { event: Event::Text(text.to_owned()), locale_hint: Some(self.locale), now: self.now.get() };
        self.rt.turn(&UserKey::new(Platform::Telegram, user), inbound).iter().map(|r| r.text.clone()).collect::<Vec<_>>().join("\n")
    }

    fn say(&self, user: &str, text: &str) -> Vec<String> {
        self.send(user, Event::Text(text.to_owned()))
    }

    fn press(&self, user: &str, value: &str) -> Vec<String> {
        let question = self.rt.store.load(&UserKey::new(Platform::Telegram, user)).unwrap().session.question;
        self.send(user, Event::Button { question, value: value.to_owned() })
    }

    /// Everything said while answering `answers` in turn.
    fn journey(&self, user: &str, answers: &[&str]) -> Vec<String> {
        answers.iter().flat_map(|a| self.say(user, a)).collect()
    }
}

/// The note comes once, right before `first` (the first question that identifies anyone).
fn warned_before(said: &[String], first: &str) {
    let at = said.iter().position(|k| k == first).unwrap_or_else(|| panic!("{first} never asked: {said:?}"));
    assert_eq!(said.iter().filter(|k| *k == NOTE).count(), 1, "once per journey: {said:?}");
    assert_eq!(said.get(at.wrapping_sub(1)).map(String::as_str), Some(NOTE), "right before {first}: {said:?}");
}

/// A school in Finnmark's profile, made through the journey.
fn school(bot: &Bot) {
    bot.say("kari", "/partners");
    bot.press("kari", "create");
    bot.journey("kari", &["1", "3", "Kirkenes skole", "1", "2", "A lower secondary school with a choir.", "1, 5", "A partner school for music.", "1", "1", "yes"]);
}

/// A school in Murmansk publishes its profile, and Ola opens it from a search.
fn murmansk_school_opened_by_ola(bot: &Bot) {
    bot.say("ru", "/partners");
    bot.press("ru", "create");
    bot.journey("ru", &["4", "1", "Shkola 5", "1", "2", "A school in Murmansk with a choir.", "4, 5", "A school in Norway for music.", "1", "1", "yes"]);
    bot.say("ola", "/partners Murmansk");
    bot.press("ola", &format!("l:{}", ProfileId::of(&UserKey::new(Platform::Telegram, "ru"))));
}

#[test]
fn someone_in_murmansk_hears_the_same_note_before_the_first_identifying_question_of_every_journey() {
    for (locale, said_where) in [(Locale::En, "Hello, I live in Murmansk"), (Locale::Nb, "hei, jeg bor i Murmansk"), (Locale::Ru, "Здравствуйте, я живу в Мурманске")] {
        let bot = Bot::new(locale);
        school(&bot);
        bot.send("olga", Event::Resume);
        // Read as a question for the resource centre: the note, if any, once and before the
        // answers (none when the first answer is the safety article, which says it); nothing
        // that identifies anyone is asked yet.
        let first = bot.say("olga", said_where);
        let notes = first.iter().filter(|k| *k == NOTE).count();
        assert!(notes == 0 || (notes == 1 && first[0] == NOTE), "{locale:?}: {first:?}");
        bot.say("olga", "/start");

        // The application: the applicant's own name is the first that identifies anyone.
        let application = bot.journey("olga", &common::APPLICATION[..common::APP_ORG_NAME + 9]);
        warned_before(&application, "application-org-name");

        // The partner profile: the country first, then the region the profile will publish,
        // with the note between.
        bot.say("olga", "/partners");
        let profile = [bot.press("olga", "create"), bot.journey("olga", &["4", "1", "Severny Choir", "5"])].concat();
        warned_before(&profile, "partner-profile-region-ru");
        let contact = [bot.journey("olga", &["1", "A choir in Severomorsk.", "4, 5", "A choir in Norway to sing with.", "2"]), bot.say("olga", "olga@sever.example")].concat();
        assert!(!contact.contains(&NOTE.to_owned()), "{locale:?}: once per journey, not again at the e-mail: {contact:?}");
        bot.journey("olga", &["1", "yes"]);

        // A request for an introduction: before she writes to the school.
        bot.say("olga", "/partners school");
        bot.press("olga", &format!("l:{}", ProfileId::of(&UserKey::new(Platform::Telegram, "kari"))));
        warned_before(&bot.press("olga", "ask"), "partner-ask-message");

        // A message to the advisers: before she writes it, a line that recalls the note this
        // journey has said in full already.
        let adviser = bot.say("olga", "/adviser");
        let at = adviser.iter().position(|k| k == "adviser-write-question").expect("the prompt");
        assert_eq!(adviser.get(at.wrapping_sub(1)).map(String::as_str), Some("safety-reminder"), "{locale:?}: {adviser:?}");
    }
}

#[test]
fn the_criteria_check_says_the_note_before_the_cooperation_is_described_and_recalls_it_before_the_advisers() {
    for locale in [Locale::En, Locale::Nb, Locale::Ru] {
        let bot = Bot::new(locale);
        bot.say("ola", "/start eligibility");
        // A club in Finnmark with a partner in Murmansk: how they work together may name them.
        let said = bot.journey("ola", &["1", "yes", "3", "3", "1", "no", "no", "1", "1", "1", "Both clubs plan the tournament together and each hosts one day of it.", "no"]);
        warned_before(&said, "eligibility-cooperation");
        bot.now.set(bot.now.get() + 60);
        let replies = bot.rt.turn(&UserKey::new(Platform::Telegram, "ola"), Inbound { event: Event::Text("80000".into()), locale_hint: Some(locale), now: bot.now.get() });
        let verdict = replies.iter().find(|r| r.key.as_str().starts_with("verdict-")).expect("a verdict");
        let text = |id: &str, context: &'static str| {
            let mut a = fluent_bundle::FluentArgs::new();
            a.set("context", context);
            content().catalog.format(locale, &MessageId::new(id), Some(&a))
        };
        // The whole note was read a few questions ago: the verdict points back to it.
        let note = verdict.text.find(&text("safety-reminder", "adviser")).unwrap_or_else(|| panic!("{locale:?}: no reminder in {}", verdict.text));
        let next = verdict.text.find("/adviser").expect("the verdict sends to an adviser");
        assert!(note < next, "{locale:?}: the note comes before the way to an adviser: {}", verdict.text);
        // Said once: inside the verdict, not as a message of its own as well.
        assert!(!replies.iter().any(|r| r.key.as_str() == NOTE), "{:?}", replies.iter().map(|r| r.key.as_str()).collect::<Vec<_>>());
    }
}

#[test]
fn a_partner_in_russia_brings_the_note_and_a_change_of_mind_takes_it_away() {
    // A Norwegian choir asks a school in Murmansk for an introduction: the note before it
    // says who it is.
    let bot = Bot::new(Locale::En);
    murmansk_school_opened_by_ola(&bot);
    warned_before(&bot.press("ola", "ask"), "partner-ask-who");

    // Someone with no tie to Russia is not told, anywhere.
    let bot = Bot::new(Locale::En);
    school(&bot);
    let mut said = bot.journey("per", &common::APPLICATION[..common::APP_ORG_NAME + 9]);
    bot.say("per", "/partners school");
    said.extend(bot.press("per", &format!("l:{}", ProfileId::of(&UserKey::new(Platform::Telegram, "kari")))));
    said.extend(bot.press("per", "ask"));
    said.extend(bot.say("per", "/adviser"));
    assert!(!said.contains(&NOTE.to_owned()), "{said:?}");

    // Russia chosen (the note before its regions), then corrected to Norway: no note again
    // before the name.
    let bot = Bot::new(Locale::En);
    bot.say("eva", "/partners");
    bot.press("eva", "create");
    warned_before(&bot.journey("eva", &["4"]), "partner-profile-region-ru");
    let said = bot.journey("eva", &["/back", "1", "3"]);
    assert!(said.contains(&"partner-profile-name".to_owned()) && !said.contains(&NOTE.to_owned()), "{said:?}");
}

#[test]
fn asking_a_profile_in_russia_is_kept_as_just_that_and_does_not_follow_a_profile_elsewhere() {
    let bot = Bot::new(Locale::En);
    murmansk_school_opened_by_ola(&bot);
    bot.press("ola", "ask");
    bot.journey("ola", &["Ola", "ola@example.no", "Shall we sing together?"]);
    // He said nothing of where he or a partner is: he asked someone there, and /mydata says so.
    let mydata = bot.read("ola", "/mydata");
    assert!(mydata.contains("That you asked an organisation in Russia for an introduction"), "{mydata}");
    assert!(!mydata.contains("That you or your partner are in Russia"), "{mydata}");
    // His own profile, for an organisation in Finnmark, names nobody in Russia: no note.
    bot.say("ola", "/partners");
    let said = [bot.press("ola", "create"), bot.journey("ola", &["1", "3", "Vadsø kor"])].concat();
    assert!(said.contains(&"partner-profile-name".to_owned()) && !said.contains(&NOTE.to_owned()), "{said:?}");
}

#[test]
fn after_the_note_the_name_question_s_help_does_not_say_it_again() {
    let bot = Bot::new(Locale::En);
    bot.say("olga", "/partners");
    bot.press("olga", "create");
    let said = bot.journey("olga", &["4", "1"]);
    assert_eq!(said.iter().filter(|k| *k == NOTE).count(), 1, "{said:?}");
    let help = bot.read("olga", "/help");
    assert!(help.contains("needs no person's name") && !help.contains("Russia"), "{help}");
}

#[test]
fn is_it_dangerous_for_me_gets_the_safety_article_in_every_language() {
    let asked = [
        (Locale::En, "Is it dangerous for me?"),
        (Locale::En, "is it dangerous for me? I live in Murmansk"),
        (Locale::En, "could I get in trouble for taking part"),
        (Locale::Nb, "Er det farlig for meg?"),
        (Locale::Nb, "er det trygt for den russiske partneren vår å være med?"),
        (Locale::Nb, "kan eg få problem av å vere med, eg bur i Murmansk"),
        (Locale::Ru, "меня не посадят?"),
        (Locale::Ru, "это опасно для меня?"),
        (Locale::Ru, "eto opasno dlya menya?"),
    ];
    let content = content();
    for (locale, question) in asked {
        let bot = Bot::new(locale);
        bot.send("ivan", Event::Resume);
        let replies = bot.rt.turn(&UserKey::new(Platform::Telegram, "ivan"), Inbound { event: Event::Text(question.to_owned()), locale_hint: Some(locale), now: bot.now.get() + 60 });
        let title = content.catalog.format(locale, &MessageId::new("kb-safety-russia-title"), None);
        let first_hit = replies.iter().find(|r| r.key.as_str() == "kb-answers" || r.key.as_str() == "kb-unsure").map(|r| r.text.lines().nth(1).unwrap_or_default().to_owned());
        assert!(first_hit.as_deref().is_some_and(|l| l.contains(&title)), "{locale:?} {question:?}: {replies:#?}");
    }
}

#[test]
fn someone_in_murmansk_reads_the_note_on_the_screen_that_offers_to_send_their_question_to_an_adviser() {
    let content = content();
    for (locale, question) in [(Locale::Ru, "я живу в Мурманске, мне опасно участвовать?"), (Locale::Nb, "jeg bor i Murmansk, er det farlig å være med?")] {
        let bot = Bot::new(locale);
        bot.send("ivan", Event::Resume);
        bot.say("ivan", "/advice");
        let answers = bot.read("ivan", question);
        let note = content.catalog.format(locale, &MessageId::new(NOTE), Some(&{
            let mut a = fluent_bundle::FluentArgs::new();
            a.set("context", "adviser");
            a
        }));
        // The safety article answers, and says the risk of writing to the advisers itself: the
        // note is not repeated under it.
        let article = content.catalog.format(locale, &MessageId::new("kb-safety-russia-short"), None);
        assert!(answers.contains(&article) && !answers.contains(&note), "{locale:?}: the article, not the note again:\n{answers}");
        // Another question: the note on the screen, above its buttons (one of them "Send my
        // question to an adviser"); the one after it points back to the note.
        let budget = bot.say("ivan", if locale == Locale::Ru { "как составить бюджет?" } else { "hvordan lager vi et budsjett?" });
        assert!(budget.first().map(String::as_str) == Some(NOTE), "{locale:?}: the note before the answers: {budget:?}");
        let reminder = content.catalog.format(locale, &MessageId::new("safety-reminder"), None);
        let again = bot.read("ivan", if locale == Locale::Ru { "сколько длится проект?" } else { "hvor lenge kan prosjektet vare?" });
        let advice_note = content.catalog.format(locale, &MessageId::new(NOTE), Some(&{
            let mut a = fluent_bundle::FluentArgs::new();
            a.set("context", "advice");
            a
        }));
        assert!(again.contains(&reminder) && !again.contains(&note) && !again.contains(&advice_note), "{locale:?}: a line, not the note again:\n{again}");
        // Pressed, the question goes without a second note: it was read before.
        let sent = bot.press("ivan", "adviser");
        assert!(sent.contains(&"kb-sent".to_owned()) && !sent.contains(&NOTE.to_owned()), "{sent:?}");
    }
    // Someone with no tie to Russia is not burdened with it.
    let bot = Bot::new(Locale::Nb);
    bot.send("kari", Event::Resume);
    bot.say("kari", "/advice");
    let note_nb = content.catalog.format(Locale::Nb, &MessageId::new(NOTE), Some(&{
        let mut a = fluent_bundle::FluentArgs::new();
        a.set("context", "adviser");
        a
    }));
    assert!(!bot.read("kari", "hvor mye kan vi søke om?").contains(&note_nb));
}

#[test]
fn a_place_in_russia_is_heard_in_any_language_and_with_a_typo_and_nothing_else_is() {
    let u = &content().understanding;
    for said in ["I live in Murmansk", "мы из Архангельска", "jeg bor i Murmamsk", "ya zhivu v Murmanske", "partneren vår er i Russland", "Россия"] {
        assert!(u.names_at_risk_country(said), "{said}");
    }
    for said in ["we are in Kirkenes", "jeg bor i Tromsø", "мы из Лулео", "A choir of 40 singers who rehearse every week and want to sing with a choir across the border.", "1, 3"] {
        assert!(!u.names_at_risk_country(said), "{said}");
    }
}
