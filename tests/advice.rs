//! The resource centre through the console binary and the command line: questions answered in
//! their own language, the ones nobody could answer kept anonymously for `questions list`,
//! "did this help?" counted for `questions feedback`, and the configured rule set deciding
//! both the eligibility verdict and the advice that depends on it; and words typed in a journey
//! read in the console as they are on the pure turn (a question answered, not stored).
//!
//! And its screens on the pure turn, as native readers read them: an article says each
//! sentence once and asks "did this help?" before it offers more to read; what goes to the
//! advisers is shown, without contact details, and not offered again.

mod common;

use barents_bot::core::effect::{Effect, Event, Inbound, Turned};
use barents_bot::core::engine;
use barents_bot::core::ids::MessageId;
use barents_bot::core::locale::Locale;
use barents_bot::core::session::UserState;
use common::Console;
use std::process::Command;

fn questions(data: &std::path::Path, args: &[&str]) -> (Option<i32>, String) {
    let o = Command::new(common::binary())
        .args(["--data-dir", data.to_str().unwrap(), "questions"])
        .args(args)
        .current_dir(std::env::temp_dir())
        .env_remove("BARENTS_CLI_LANG")
        .output()
        .unwrap();
    (o.status.code(), String::from_utf8_lossy(&o.stdout).into_owned())
}

#[test]
fn questions_are_answered_and_the_unanswered_ones_reach_the_advisers_without_contact_details() {
    let data = tempfile::tempdir().unwrap();
    // Nothing kept yet: the list says so rather than printing nothing.
    assert_eq!(questions(data.path(), &["list"]), (Some(0), "Ingen spørsmål er tatt vare på for rådgiverne.\n".to_owned()));
    let mut c = Console::start(data.path(), &["console", "--user", "ivan", "--lang", "ru"]);
    c.wait_for("[4]");
    c.send("Как найти партнёра в Норвегии?");
    let answer = c.wait_for("Выйти из раздела");
    assert!(answer.contains("Вот что я нашёл") && answer.contains("Как найти партнёра (точно по теме)"), "{answer}");
    c.send("1");
    assert!(c.wait_for("Выйти из раздела").contains("Это помогло?"));
    c.send("Да, помогло");
    assert!(c.wait_for("Выйти из раздела").contains("Спасибо"));
    c.send("сколько стоит билет на футбол в Мурманске? пишите на ivan@example.ru");
    let unsure = c.wait_for("Выйти из раздела");
    assert!(unsure.contains("Отправить мой вопрос консультанту"), "{unsure}");
    // Kept only when the person, having read how, chooses so.
    assert!(unsure.contains("Кто задал вопрос, они не узнают"), "{unsure}");
    c.send("Сохранить для консультантов без моего имени");
    assert!(c.wait_for("Выйти из раздела").contains("Ваш вопрос сохранён"));
    c.finish();

    let (code, list) = questions(data.path(), &["list"]);
    assert_eq!(code, Some(0));
    // The placeholder in the advisers' language (Norwegian by default), or the one asked for.
    assert!(list.contains("\tru\tсколько стоит билет на футбол в Мурманске? пишите на [e-postadresse]"), "{list}");
    assert!(questions(data.path(), &["list", "--lang", "en"]).1.contains("пишите на [e-mail]"));
    assert!(!list.contains("ivan"), "nobody is named: {list}");
    let (_, feedback) = questions(data.path(), &["feedback"]);
    assert!(feedback.starts_with("artikkel\ttil hjelp\tikke til hjelp\ttittel\n"), "in the advisers' language: {feedback}");
    // The id finds the file, the title in the advisers' language says which article it is.
    assert!(feedback.lines().any(|l| l.starts_with("find-partner\t1\t0\t") && l.len() > "find-partner\t1\t0\t".len() + 5), "{feedback}");
    assert!(questions(data.path(), &["feedback", "--lang", "en"]).1.starts_with("article\thelpful\tnot helpful\ttitle\n"));
    let (code, tried) = questions(data.path(), &["try", "trenger vi tolk på møtene?"]);
    assert_eq!(code, Some(0));
    // Percentages as Norwegian writes them: a no-break space before the sign.
    assert!(tried.starts_with("besvart (boten svarer når den er minst 35\u{a0}% sikker)\n"), "{tried}");
    assert!(tried.lines().nth(1).is_some_and(|l| l.starts_with("language\t") && l.ends_with("\u{a0}%")), "{tried}");
    assert!(tried.contains("tolk: tolk"), "{tried}");
    let (_, tried) = questions(data.path(), &["--lang", "en", "try", "trenger vi tolk på møtene?"]);
    assert!(tried.starts_with("answered (answers need 35%)\n") && tried.lines().nth(1).is_some_and(|l| l.ends_with("%") && !l.contains(" %")), "{tried}");
}

#[test]
fn the_configured_schemes_decide_the_verdict_and_the_advice() {
    // A Troms choir with a partner in Murmansk: the Norwegian–Russian scheme is closed out of
    // the box, and reopened by the operator it gives its own verdict; the advice follows the
    // scheme presented first.
    let eligibility = ["1", "1", "2", "3", "1", "2", "2", "1", "1", "1", "Two choirs rehearse online and give a concert in each town.", "2", "90000"];
    let verdict = |rules: &str| {
        let data = tempfile::tempdir().unwrap();
        let mut c = Console::start_with(data.path(), &["console", "--lang", "en"], &[("BARENTS_RULES", rules)]);
        c.wait_for("[4]");
        c.send("/advice budget own financing");
        let advice = c.wait_for("Back to where I was");
        c.send("/start eligibility");
        for a in eligibility {
            c.send(a);
        }
        let out = c.wait_for("Scheme:");
        let out = out + &c.wait_for("[4]");
        c.finish();
        (advice, out)
    };
    let (advice, shipped) = verdict("nordic-2024");
    assert!(shipped.contains("Norwegian–Russian") && shipped.contains("closed to new applications since 15 November 2023"), "{shipped}");
    assert!(shipped.contains("The scheme open today: Support for cooperation with northern Sweden and Finland"), "{shipped}");
    assert!(advice.contains("70% of the Norwegian costs"), "{advice}");
    let (advice, reopened) = verdict("norwegian-russian,nordic-2024");
    assert!(reopened.contains("Norwegian–Russian people-to-people cooperation – open for applications") && reopened.contains("meets the scheme's published criteria"), "{reopened}");
    assert!(reopened.contains("up to 70% of the project's costs"), "{reopened}");
    assert!(advice.contains("50% for business projects"), "the advice of the scheme presented first: {advice}");
}

#[test]
fn words_are_read_in_the_console_in_norwegian() {
    let data = tempfile::tempdir().unwrap();
    let mut c = Console::start(data.path(), &["console", "--user", "kari", "--lang", "nb"]);
    c.wait_for("[5]");
    c.send("jeg vil sjekke om ideen passer");
    c.wait_for("Hvem skal søke");
    c.send("det er en skole");
    c.wait_for("Brønnøysundregistrene");
    // A question about the step: its help, the step again, nothing stored.
    c.send("hva mener du?");
    let help = c.wait_for("Brønnøysundregistrene");
    assert!(help.contains("organisasjonsnumm"), "{help}");
    c.send("jepp");
    c.wait_for("Hvor holder søkeren til?");
    c.send("vi holder til i Vadsø");
    c.wait_for("I hvilket land holder partneren din til?");
    c.send("lagrer dere det jeg skriver?");
    c.wait_for("er behandlingsansvarlig for opplysningene");
    c.wait_for("[6]");
    c.send("jeg vil heller finne en partner først");
    let leave = c.wait_for("[2]");
    assert!(leave.contains("tilbake til dette spørsmålet"), "{leave}");
    c.send("nei");
    c.wait_for("I hvilket land holder partneren din til?");
    c.send("/mydata");
    let mine = c.wait_for("\"applicant_type\"");
    assert!(mine.contains("finnmark") && !mine.contains("hva mener du"), "the place kept, the question not: {mine}");
}

/// One person in the resource centre, on the pure turn.
struct Chat {
    content: barents_bot::core::content::Content,
    state: UserState,
    locale: Locale,
}

impl Chat {
    fn new(locale: Locale) -> Chat {
        let mut chat = Chat { content: common::content("nordic-2024"), state: UserState::default(), locale };
        chat.send(Event::Resume);
        chat
    }

    fn send(&mut self, event: Event) -> Turned {
        let turned = engine::step(&self.content, std::mem::take(&mut self.state), &Inbound { event, locale_hint: Some(self.locale), now: 1_796_472_000 });
        self.state = turned.user.clone();
        turned
    }

    fn say(&mut self, text: &str) -> Turned {
        self.send(Event::Text(text.into()))
    }

    fn press(&mut self, value: &str) -> Turned {
        let question = self.state.session.question;
        self.send(Event::Button { question, value: value.into() })
    }

    fn text(&self, id: &str) -> String {
        self.content.catalog.format(self.locale, &MessageId::new(id), None)
    }
}

fn labels(t: &Turned) -> Vec<String> {
    t.replies.last().and_then(|r| r.choices.as_ref()).map(|c| c.options.iter().map(|o| o.label.clone()).collect()).unwrap_or_default()
}

#[test]
fn an_article_says_each_sentence_once_and_asks_whether_it_helped_before_offering_more() {
    for locale in Locale::ALL {
        let mut chat = Chat::new(locale);
        let t = chat.say("/start kb-language");
        let article = &t.replies.last().unwrap().text;
        let short = chat.text("kb-language-short");
        assert!(!article.contains(&short), "{locale:?}: the short answer again in the article:\n{article}");
        assert!(article.ends_with(&chat.text("kb-helpful")), "{article}");
        // Yes and no answer the question; the related articles come after, as "read also".
        let options = labels(&t);
        assert_eq!(options[..2], [chat.text("kb-helpful-yes"), chat.text("kb-helpful-no")], "{locale:?}");
        let related = chat.content.catalog.format(locale, &MessageId::new("kb-formality-title"), None);
        assert!(options[2].contains(&related) && options[2] != related, "{locale:?}: {options:?}");
        // Once answered, the article is not shown again: only where to go next.
        let t = chat.press("up");
        assert_eq!(t.replies.iter().map(|r| r.key.as_str()).collect::<Vec<_>>(), ["kb-thanks", "kb-more"]);
        assert!(!t.replies.iter().any(|r| r.text.contains(&chat.text("kb-language-title"))), "{:?}", t.replies);
        assert!(labels(&t)[0].contains(&related), "{:?}", labels(&t));
    }
}

#[test]
fn what_goes_to_the_advisers_is_shown_without_contact_details_and_not_offered_again() {
    let mut chat = Chat::new(Locale::Ru);
    let t = chat.say("/advice сколько стоит билет на футбол? пишите на ivan@example.ru");
    let offer = chat.text("kb-ask-adviser");
    assert!(labels(&t).contains(&offer), "{:?}", labels(&t));
    let t = chat.press("adviser");
    let sent = t.effects.iter().find_map(|e| match e {
        Effect::ToAdvisers { text, .. } => Some(text.clone()),
        _ => None,
    });
    assert_eq!(sent.as_deref(), Some("сколько стоит билет на футбол? пишите на [e-mail]"));
    // The confirmation shows it, its placeholder in the person's language.
    let confirmation = &t.replies[0];
    assert_eq!(confirmation.key.as_str(), "kb-sent");
    assert!(confirmation.text.contains("«сколько стоит билет на футбол? пишите на [электронная почта]»"), "{}", confirmation.text);
    // Sent: neither the button nor the text offers it again.
    let after = t.replies.last().unwrap();
    assert!(!labels(&t).contains(&offer), "{:?}", labels(&t));
    assert!(!after.text.contains(&chat.text("kb-unsure")) && !after.text.contains(&chat.text("kb-nothing")), "{}", after.text);
    assert!(!after.text.contains("консультант"), "{}", after.text);
}

#[test]
fn a_topic_named_after_advice_opens_the_topic_and_a_question_about_it_is_still_searched() {
    // The texts send people to "/advice sikkerhet"; a topic's name or keyword, alone, opens it.
    for (locale, words) in [
        (Locale::En, ["/advice safety", "culture", "Finding a partner, and the situation since 2022"]),
        (Locale::Nb, ["/advice sikkerhet", "kultur", "Finne en partner"]),
        (Locale::Ru, ["/advice безопасность", "Культура", "поиск партнёра"]),
    ] {
        for (said, topic) in words.iter().zip(["safety", "culture", "partners"]) {
            let mut chat = Chat::new(locale);
            if !said.starts_with('/') {
                chat.say("/advice");
            }
            let t = chat.say(said);
            let intro = chat.text(&format!("kb-topic-{topic}-intro"));
            assert!(t.replies.iter().any(|r| r.text.contains(&intro)), "{locale:?} {said}: {:?}", t.replies);
            assert!(!t.replies.iter().any(|r| ["kb-answers", "kb-unsure", "kb-nothing"].contains(&r.key.as_str())), "{locale:?} {said}: searched, not opened");
        }
    }
    // A question with more in it than the topic's name is answered, not browsed, even when its
    // only meaningful word names a topic ("støtte").
    for question in ["/advice er det trygt å skrive til sekretariatet fra Russland?", "/advice hva får vi støtte til?"] {
        let mut chat = Chat::new(Locale::Nb);
        let t = chat.say(question);
        assert!(!t.replies.iter().any(|r| r.text.contains(&chat.text("kb-topic-safety-intro")) || r.text.contains(&chat.text("kb-topic-funding-intro"))), "{question}: {:?}", t.replies);
    }
}

#[test]
fn back_in_words_goes_one_level_up_in_the_resource_centre_and_stop_leaves_it() {
    let mut chat = Chat::new(Locale::Nb);
    chat.say("/advice kultur");
    chat.say("1");
    // From an article to its topic, from the topic to the topics, and from there out.
    let t = chat.say("tilbake");
    assert!(t.replies.iter().any(|r| r.text.contains(&chat.text("kb-topic-culture-intro"))), "{:?}", t.replies);
    let t = chat.say("gå tilbake");
    assert!(labels(&t).contains(&chat.text("kb-topic-safety")), "{:?}", labels(&t));
    let t = chat.say("tilbake");
    assert!(!matches!(chat.state.session.state, barents_bot::core::session::State::Advising { .. }), "{:?}", keys_of(&t));
    // "Отмена" leaves at once, from anywhere.
    let mut chat = Chat::new(Locale::Ru);
    chat.say("/advice культура");
    chat.say("1");
    chat.say("отмена");
    assert!(!matches!(chat.state.session.state, barents_bot::core::session::State::Advising { .. }));
}

fn keys_of(t: &Turned) -> Vec<&str> {
    t.replies.iter().map(|r| r.key.as_str()).collect()
}
