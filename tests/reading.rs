//! What the bot does with free text inside a journey, on the pure turn: a question is answered
//! and the question asked again (nothing stored), a question that may have been the answer can
//! be kept as the answer, another journey is offered and comes back to the question, stopping
//! is asked first and keeps the answers, an amount that could be misread is asked back, and two
//! close options get "which one?".

mod common;

use barents_bot::core::content::Content;
use barents_bot::core::effect::{Event, Inbound, Turned};
use barents_bot::core::engine;
use barents_bot::core::ids::{DialogId, SlotName, StepId};
use barents_bot::core::locale::Locale;
use barents_bot::core::session::{Cursor, State, UserState};
use barents_bot::core::value::{Date, Value};
use std::sync::OnceLock;

const NOW: i64 = 1_796_472_000;

fn content() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| common::content("nordic-2024"))
}

/// One person's conversation, started at a question of a dialog.
struct Chat {
    state: UserState,
    locale: Locale,
}

impl Chat {
    fn at(dialog: &str, step: &str, locale: Locale) -> Chat {
        let mut state = UserState::default();
        state.session.state = State::Asking { at: Cursor { dialog: DialogId::new(dialog), step: StepId::new(step), stack: Vec::new() }, failures: 0, return_to: None };
        let mut chat = Chat { state, locale };
        chat.send(Event::Resume);
        chat
    }

    fn send(&mut self, event: Event) -> Turned {
        let turned = engine::step(content(), std::mem::take(&mut self.state), &Inbound { event, locale_hint: Some(self.locale), now: NOW });
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

    fn slot(&self, name: &str) -> Option<&Value> {
        self.state.session.slots.get(&SlotName::new(name))
    }

    fn step(&self) -> Option<String> {
        self.state.session.state.cursor().map(|c| format!("{}/{}", c.dialog, c.step))
    }
}

fn keys(t: &Turned) -> Vec<&str> {
    t.replies.iter().map(|r| r.key.as_str()).collect()
}

fn text(t: &Turned) -> String {
    t.replies.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join("\n")
}

#[test]
fn a_question_about_the_step_gets_its_help_and_is_not_stored() {
    let mut chat = Chat::at("application", "org-name", Locale::En);
    let t = chat.say("what do you mean by applying organisation?");
    assert_eq!(keys(&t), ["application-org-name-help", "application-org-name"]);
    assert_eq!(chat.slot("org_name"), None);
    chat.say("Vadsø Choir Association");
    assert_eq!(chat.slot("org_name"), Some(&Value::Text("Vadsø Choir Association".into())));
    // In Russian and Norwegian, and at a choice.
    let mut chat = Chat::at("eligibility", "applicant-type", Locale::Ru);
    let t = chat.say("а зачем это вам?");
    assert_eq!(keys(&t), ["eligibility-applicant-type-help", "eligibility-applicant-type"]);
    let mut chat = Chat::at("eligibility", "applicant-type", Locale::Nb);
    let t = chat.say("hvorfor spør du om det?");
    assert_eq!(keys(&t), ["eligibility-applicant-type-help", "eligibility-applicant-type"]);
    assert_eq!(chat.slot("applicant_type"), None);
}

#[test]
fn another_question_is_answered_from_the_resource_centre_and_the_step_asked_again() {
    let mut chat = Chat::at("eligibility", "applicant-type", Locale::En);
    let t = chat.say("how much money can we get?");
    assert_eq!(keys(&t), ["understand-answer", "understand-back", "eligibility-applicant-type"]);
    assert!(text(&t).contains("/advice"), "{}", text(&t));
    assert_eq!(chat.slot("applicant_type"), None);
    assert_eq!(chat.step().as_deref(), Some("eligibility/applicant-type"));
}

#[test]
fn a_question_at_a_text_step_may_be_kept_as_the_answer_after_all() {
    let mut chat = Chat::at("application", "title", Locale::En);
    let t = chat.say("How can two choirs sing together?");
    assert_eq!(keys(&t).last(), Some(&"application-project-title"));
    // The hint is said last, right before the question it leads back to.
    assert_eq!(keys(&t)[keys(&t).len() - 2..], ["understand-held", "application-project-title"]);
    assert_eq!(chat.slot("project_title"), None);
    let button = t.replies.last().and_then(|r| r.choices.as_ref()).map(|c| c.options[0].value.clone()).expect("a button to keep it");
    chat.press(&button);
    assert_eq!(chat.slot("project_title"), Some(&Value::Text("How can two choirs sing together?".into())));
    // Typed instead of pressed, in Norwegian.
    let mut chat = Chat::at("application", "title", Locale::Nb);
    chat.say("Hvem eier nordlyset?");
    chat.say("bruk det som svar");
    assert_eq!(chat.slot("project_title"), Some(&Value::Text("Hvem eier nordlyset?".into())));
}

#[test]
fn an_answer_in_the_form_the_question_asks_for_is_stored_whatever_its_words() {
    // "example", "help", "stop" inside an address or a number are not requests.
    for (step, answer, slot) in [
        ("contact-email", "kor@example.se", "contact_email"),
        ("contact-email", "help@stop.no", "contact_email"),
        ("contact-phone", "+47 912 34 567", "contact_phone"),
        ("org-number", "974 760 673", "org_number"),
    ] {
        for locale in [Locale::En, Locale::Nb, Locale::Ru] {
            let mut chat = Chat::at("application", step, locale);
            chat.say(answer);
            assert!(chat.slot(slot).is_some(), "{answer} at {step} [{}] was not stored", locale.code());
        }
    }
    // A bare question mark asks what the question means: its help, nothing stored.
    for (step, slot) in [("org-name", "org_name"), ("applicant-type", "applicant_type"), ("contact-email", "contact_email")] {
        let mut chat = Chat::at("application", step, Locale::Nb);
        for mark in ["?", " ?? ", "?!"] {
            let t = chat.say(mark);
            assert!(keys(&t)[0].ends_with("-help"), "{mark:?} at {step}: {:?}", keys(&t));
            assert_eq!(chat.slot(slot), None);
        }
    }
    // Where the answer has a form, words opening with a question word ask, mark or not.
    for (locale, asked) in [(Locale::Nb, "hva er et organisasjonsnummer"), (Locale::En, "what is an organisation number"), (Locale::Ru, "что такое номер организации")] {
        let mut chat = Chat::at("application", "org-number", locale);
        let t = chat.say(asked);
        assert!(!keys(&t).iter().any(|k| k.starts_with("invalid-")), "{asked}: {:?}", keys(&t));
        assert_eq!(keys(&t).last(), Some(&"application-org-number"), "{asked}");
        assert_eq!(chat.slot("org_number"), None);
    }
    // A question at the same step is still a question.
    let mut chat = Chat::at("application", "contact-email", Locale::En);
    let t = chat.say("why do you need my e-mail?");
    assert_eq!(chat.slot("contact_email"), None, "{:?}", keys(&t));
}

#[test]
fn restart_asks_every_question_again_also_those_an_earlier_journey_answered() {
    let mut chat = Chat::at("eligibility", "applicant-type", Locale::Nb);
    chat.say("1");
    chat.say("ja");
    chat.say("/start application");
    // The application reuses the check's answers: it goes on past them.
    assert_ne!(chat.step().as_deref(), Some("application/applicant-type"));
    let t = chat.say("/restart");
    assert_eq!(keys(&t)[0], "restart-done");
    assert_eq!(chat.step().as_deref(), Some("application/applicant-type"), "{:?}", keys(&t));
    assert!(text(&t).contains(" 1 "), "the counter starts at 1: {}", text(&t));
}

#[test]
fn an_end_date_before_the_start_or_the_last_activity_is_refused_with_the_earliest_date() {
    let mut chat = Chat::at("application", "end-date", Locale::Nb);
    let mut record = std::collections::BTreeMap::new();
    record.insert("activity_date".to_owned(), Value::Date(Date::new(2027, 5, 20).unwrap()));
    chat.state.session.slots.insert(SlotName::new("activities"), Value::Records(vec![record]));
    chat.state.session.slots.insert(SlotName::new("start_date"), Value::Date(Date::new(2027, 3, 1).unwrap()));
    let t = chat.say("01.04.2027");
    assert_eq!(keys(&t), ["invalid-date-too-early", "application-end-date"]);
    assert!(text(&t).contains("20. mai 2027"), "names the last activity's date: {}", text(&t));
    assert_eq!(chat.slot("end_date"), None);
    chat.say("30. juni 2027");
    assert_eq!(chat.slot("end_date"), Some(&Value::Date(Date::new(2027, 6, 30).unwrap())));
}

#[test]
fn another_journey_is_offered_and_comes_back_to_the_question() {
    let mut chat = Chat::at("eligibility", "partner-countries", Locale::En);
    let t = chat.say("actually, let me look for a partner first");
    assert_eq!(keys(&t), ["understand-leave"]);
    assert!(text(&t).contains("Find a partner"), "{}", text(&t));
    let t = chat.say("yes");
    assert!(matches!(chat.state.session.state, State::Partnering { .. }), "{:?}", keys(&t));
    // Leaving the registry goes back to the question.
    let t = chat.say("/back");
    assert_eq!(keys(&t).last(), Some(&"eligibility-partner-countries"));
    // Saying no stays.
    let t = chat.say("i want to write an application instead");
    assert!(text(&t).contains("Draft application"), "{}", text(&t));
    let t = chat.say("no");
    assert_eq!(keys(&t), ["eligibility-partner-countries"]);
}

#[test]
fn stopping_is_asked_first_and_keeps_the_answers() {
    let mut chat = Chat::at("eligibility", "applicant-type", Locale::Ru);
    chat.say("мы школа");
    assert_eq!(chat.slot("applicant_type"), Some(&Value::Choice("school".into())));
    let t = chat.say("не сейчас");
    assert_eq!(keys(&t), ["understand-leave"]);
    let t = chat.say("да");
    assert_eq!(keys(&t), ["understand-stopped", "main-menu"]);
    assert_eq!(chat.slot("applicant_type"), Some(&Value::Choice("school".into())));
}

#[test]
fn an_amount_that_could_be_misread_is_asked_back() {
    let mut chat = Chat::at("eligibility", "budget", Locale::En);
    let t = chat.say("150k");
    assert_eq!(keys(&t), ["understand-confirm"]);
    // With its unit: the question asked about kroner.
    assert!(text(&t).contains("NOK\u{a0}150,000"), "{}", text(&t));
    let mut ru = Chat::at("eligibility", "budget", Locale::Ru);
    let t = ru.say("80 тысяч");
    assert!(text(&t).contains("80\u{a0}000\u{a0}крон"), "{}", text(&t));
    assert_eq!(chat.slot("budget"), None);
    let t = chat.say("no");
    assert_eq!(keys(&t), ["eligibility-budget"]);
    // A different amount instead of yes or no is taken as the answer.
    chat.say("1,5 mill");
    chat.say("120 000");
    assert_eq!(chat.slot("budget"), Some(&Value::Number(120_000)));
    // A plain amount is not asked back.
    let mut chat = Chat::at("eligibility", "budget", Locale::Nb);
    chat.say("ca 80 000 kr");
    assert_eq!(chat.slot("budget"), Some(&Value::Number(80_000)));
}

#[test]
fn a_date_asked_back_reads_as_prose_inside_the_sentence() {
    let mut chat = Chat::at("application", "start-date", Locale::Nb);
    let t = chat.say("1/6/2027");
    assert_eq!(keys(&t), ["understand-confirm"]);
    assert!(text(&t).contains("1. juni 2027") && !text(&t).contains("01.06.2027"), "{}", text(&t));
}

#[test]
fn options_are_understood_from_words_places_and_typos_in_every_language() {
    for (locale, step, said, slot, value) in [
        (Locale::En, "applicant-type", "it's a school", "applicant_type", Value::Choice("school".into())),
        (Locale::Ru, "applicant-type", "общественная организация", "applicant_type", Value::Choice("ngo".into())),
        (Locale::Nb, "applicant-type", "kommunen", "applicant_type", Value::Choice("municipality".into())),
        (Locale::Nb, "applicant-region", "Vadsø", "applicant_region", Value::Choice("finnmark".into())),
        (Locale::En, "applicant-region", "Bodø", "applicant_region", Value::Choice("nordland".into())),
        (Locale::Nb, "applicant-region", "Karasjok", "applicant_region", Value::Choice("finnmark".into())),
        (Locale::En, "applicant-region", "Finmark", "applicant_region", Value::Choice("finnmark".into())),
        (Locale::En, "partner-region-se", "Norrbotten (Jokkmokk)", "partner_region_se", Value::Choice("norrbotten".into())),
        (Locale::En, "partner-countries", "Sweden and Finland", "partner_countries", Value::Choices(vec!["sweden".into(), "finland".into()])),
        (Locale::Ru, "topics", "образование и культура", "topics", Value::Choices(vec!["culture".into(), "education".into()])),
        (Locale::En, "topics", "culture mostly", "topics", Value::Choices(vec!["culture".into()])),
        (Locale::Nb, "topics", "utdanning", "topics", Value::Choices(vec!["education".into()])),
        (Locale::Ru, "applicant-type", "my shkola", "applicant_type", Value::Choice("school".into())),
    ] {
        let mut chat = Chat::at("eligibility", step, locale);
        let t = chat.say(said);
        assert_eq!(chat.slot(slot), Some(&value), "{locale} {said:?}: {}", text(&t));
    }
}

#[test]
fn two_close_options_get_which_one() {
    let mut chat = Chat::at("eligibility", "applicant-type", Locale::En);
    let t = chat.say("a school and a museum");
    assert_eq!(keys(&t), ["understand-which", "eligibility-applicant-type"]);
    assert!(text(&t).contains('“'), "{}", text(&t));
    assert_eq!(chat.slot("applicant_type"), None);
}

#[test]
fn wishes_inside_a_form_are_met_and_the_question_asked_again() {
    let mut chat = Chat::at("eligibility", "applicant-type", Locale::En);
    assert_eq!(keys(&chat.say("hello")), ["understand-greeting", "eligibility-applicant-type"]);
    assert_eq!(keys(&chat.say("thanks!")), ["understand-thanks", "eligibility-applicant-type"]);
    assert_eq!(keys(&chat.say("do you store what i write?")), ["privacy-text", "eligibility-applicant-type"]);
    let t = chat.say("norsk, takk");
    assert_eq!(keys(&t), ["language-set", "eligibility-applicant-type"]);
    assert_eq!(t.replies[0].locale, Locale::Nb);
    let t = chat.say("kan jeg snakke med en rådgiver?");
    assert_eq!(keys(&t)[0], "adviser-contact");
    assert!(matches!(chat.state.session.state, State::WritingToAdviser { .. }));
}

/// "How much can we get?" where the amount is asked: the step's help, with the most the scheme
/// funds for the costs given (before, "I cannot answer that here"). Then the amount is taken.
#[test]
fn asked_how_much_at_the_amount_the_help_names_the_most_the_budget_allows() {
    let mut chat = Chat { state: UserState::default(), locale: Locale::Nb };
    chat.send(Event::Resume);
    let (amount, before) = common::APPLICATION.split_last().unwrap();
    for answer in before {
        chat.say(answer);
    }
    assert_eq!(chat.step().as_deref(), Some("application/amount"));
    for question in ["hvor mye kan vi få?", "hva er maks?", "/help"] {
        let t = chat.say(question);
        assert!(keys(&t).contains(&"application-amount-help"), "{question}: {:?}", keys(&t));
        // 70 % of the Norwegian side's 130 000 kroner.
        assert!(text(&t).contains("70\u{a0}% av kostnadene på norsk side. Ifølge budsjettet ditt utgjør de 130\u{a0}000\u{a0}kroner, så du kan søke om inntil 91\u{a0}000\u{a0}kroner."), "{}", text(&t));
        assert_eq!(chat.slot("amount_requested"), None);
    }
    chat.say(amount);
    assert_eq!(chat.slot("amount_requested"), Some(&Value::Number(90_000)));
}

/// "You can stop at any time and continue later": back in the application from the menu, it
/// goes on from the first question still unanswered (or the summary), not from the first one;
/// once the draft is sent, a new one starts afresh (the check's answers still reused).
#[test]
fn back_in_an_unfinished_application_it_goes_on_where_it_was_left() {
    let mut chat = Chat { state: UserState::default(), locale: Locale::En };
    chat.send(Event::Resume);
    // The check's answers and the applicant's first three, then away to the menu.
    for answer in &common::APPLICATION[..13] {
        chat.say(answer);
    }
    assert_eq!(chat.step().as_deref(), Some("application/contact-name"));
    chat.say("/start");
    let back = chat.say("2");
    assert!(keys(&back).contains(&"resume-unfinished"), "{:?}", keys(&back));
    assert!(text(&back).contains("/restart"), "{}", text(&back));
    assert_eq!(chat.step().as_deref(), Some("application/contact-name"), "where it was left");
    assert_eq!(chat.slot("org_name"), Some(&Value::Text("Kirkenes Choir".into())));
    // The rest, to the summary; away again; back at the summary.
    for answer in &common::APPLICATION[13..] {
        chat.say(answer);
    }
    assert_eq!(chat.step().as_deref(), Some("application/review"));
    chat.say("/start");
    let back = chat.say("2");
    assert!(keys(&back).contains(&"application-review"), "{:?}", keys(&back));
    // Sent: the next draft starts from its first own question, without "you have started".
    assert!(keys(&chat.press("confirm")).contains(&"draft-submitted"));
    let next = chat.say("2");
    assert!(!keys(&next).contains(&"resume-unfinished"), "{:?}", keys(&next));
    assert_eq!(chat.step().as_deref(), Some("application/org-name"));
}

/// A bare number typed while writing to an adviser is a slip for a menu no longer shown: it is
/// not sent (the advisers would get a "3"), and the next words are.
#[test]
fn a_bare_number_or_a_greeting_is_not_sent_to_the_advisers() {
    let mut chat = Chat { state: UserState::default(), locale: Locale::En };
    chat.send(Event::Resume);
    chat.say("/adviser");
    let slip = chat.say("3");
    assert!(keys(&slip).contains(&"adviser-not-sent-number"), "{:?}", keys(&slip));
    assert!(!slip.effects.iter().any(|e| matches!(e, barents_bot::core::effect::Effect::ToAdvisers { .. })));
    // Nor is a greeting on its own: it is met, and the message still awaited.
    for hello in ["hi!", "hei", "привет"] {
        let greeted = chat.say(hello);
        assert!(keys(&greeted).contains(&"adviser-not-sent-greeting"), "{hello}: {:?}", keys(&greeted));
        assert!(!greeted.effects.iter().any(|e| matches!(e, barents_bot::core::effect::Effect::ToAdvisers { .. })), "{hello}");
    }
    let sent = chat.say("Can we pay an interpreter?");
    assert!(keys(&sent).contains(&"adviser-sent"), "{:?}", keys(&sent));
    assert!(sent.effects.iter().any(|e| matches!(e, barents_bot::core::effect::Effect::ToAdvisers { .. })));
}

/// The amount's help says the financing plan should cover the whole budget: a summary whose
/// plan covers less (or more) says so, with the figures, and one that adds up says nothing.
#[test]
fn a_financing_plan_that_does_not_add_up_to_the_costs_is_pointed_out_in_the_summary() {
    // The costs are 135 000 kroner; 120 volunteer hours count 24 000, the partner 10 000 and the
    // amount 90 000: the own financing decides whether the plan adds up.
    let summary = |own: &str| {
        let mut chat = Chat { state: UserState::default(), locale: Locale::Nb };
        chat.send(Event::Resume);
        let n = common::APPLICATION.len();
        for answer in &common::APPLICATION[..n - 3] {
            chat.say(answer);
        }
        chat.say(own);
        chat.say(common::APPLICATION[n - 2]);
        let t = chat.say(common::APPLICATION[n - 1]);
        assert_eq!(chat.step().as_deref(), Some("application/review"));
        text(&t)
    };
    let short = summary("1000");
    assert!(short.contains("Finansieringsplanen dekker 125\u{a0}000\u{a0}kroner av kostnadene på 135\u{a0}000\u{a0}kroner, så det mangler 10\u{a0}000\u{a0}kroner."), "{short}");
    let over = summary("30000");
    assert!(over.contains("Finansieringsplanen utgjør 154\u{a0}000\u{a0}kroner, altså 19\u{a0}000\u{a0}kroner mer enn kostnadene på 135\u{a0}000\u{a0}kroner."), "{over}");
    assert!(!summary("11000").contains("Finansieringsplanen"), "a plan that adds up is not remarked on");
}

/// "hei" typed at the menu just shown greets back in a word, not with the whole welcome again;
/// someone whose first words are "hei" gets the welcome.
#[test]
fn hello_at_the_menu_is_greeted_back_in_short_once_the_welcome_was_read() {
    let mut chat = Chat { state: UserState::default(), locale: Locale::Nb };
    let first = chat.say("hei");
    assert!(text(&first).starts_with("Hei! Jeg hjelper deg som vil starte et prosjekt"), "{}", text(&first));
    let again = chat.say("hei");
    assert_eq!(keys(&again), ["main-menu"]);
    assert!(text(&again).starts_with("Hei! Hva vil du gjøre?"), "{}", text(&again));
}

/// At the summary, words do what the options say: "endre reiser" (or just "reiser") is the change
/// of the travel costs, "ja" confirms.
#[test]
fn words_at_the_summary_change_the_field_they_name_or_confirm() {
    let at_summary = || {
        let mut chat = Chat { state: UserState::default(), locale: Locale::Nb };
        chat.send(Event::Resume);
        for answer in common::APPLICATION {
            chat.say(answer);
        }
        assert_eq!(chat.step().as_deref(), Some("application/review"));
        chat
    };
    for words in ["endre reiser", "Reiser"] {
        let mut chat = at_summary();
        chat.say(words);
        assert_eq!(chat.step().as_deref(), Some("application/cost-travel"), "{words}");
    }
    let mut chat = at_summary();
    chat.say("ja");
    assert_ne!(chat.step().as_deref(), Some("application/review"), "confirmed");
    // A question is answered and the summary shown again, not refused as a wrong option.
    let mut chat = at_summary();
    let t = chat.say("hva skjer når jeg bekrefter?");
    assert!(!keys(&t).contains(&"invalid-choice"), "{:?}", keys(&t));
    assert!(keys(&t).iter().any(|k| k.starts_with("understand-")), "{:?}", keys(&t));
    assert_eq!(chat.step().as_deref(), Some("application/review"));
}

#[test]
fn back_in_words_goes_one_question_back_at_any_kind_of_step() {
    // At a text step, an optional one and a choice: "tilbake", "назад", "go back" is /back,
    // and nothing is stored.
    for (first, answer, slot, locale, said) in [
        ("partner-contact", "Anna Berg, anna@example.se", "project_title", Locale::Nb, "tilbake"),
        ("partner-name", "Luleå kammarkör", "partner_contact", Locale::Nb, "gå tilbake"),
        ("title", "Kor over grensen", "project_summary", Locale::Ru, "назад"),
        ("partner-contact", "Anna Berg, anna@example.se", "project_title", Locale::En, "go back"),
    ] {
        let mut chat = Chat::at("application", first, locale);
        chat.say(answer);
        let next = chat.step();
        let t = chat.say(said);
        assert_eq!(chat.slot(slot), None, "{locale:?} {said} at {next:?}: stored");
        assert_eq!(chat.step().as_deref(), Some(format!("application/{first}").as_str()), "{locale:?} {said} at {next:?}: {:?}", keys(&t));
    }
    // At a yes/no question, too.
    let mut chat = Chat::at("eligibility", "registered", Locale::Ru);
    chat.press("yes");
    let t = chat.say("назад");
    assert_eq!(chat.step().as_deref(), Some("eligibility/registered"), "{:?}", keys(&t));
}
