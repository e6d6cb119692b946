//! The partner registry through the runtime (engine and store, several users, time under the
//! test's control): profiles made with the real journey, search ranked with its reasons,
//! introductions with double opt-in, decline, block, limits, expiry and reminders, messages
//! through the bot — and, as a property, that no search result or notice ever shows anyone's
//! contact details without an accepted introduction between the two.

mod common;

use barents_bot::core::content::Content;
use barents_bot::core::effect::{Event, Inbound};
use barents_bot::core::ids::{Platform, UserKey};
use barents_bot::core::locale::Locale;
use barents_bot::core::partners::IntroStatus;
use barents_bot::core::reply::Reply;
use barents_bot::runtime::Runtime;
use barents_bot::store::{MemoryStore, Store};
use proptest::prelude::*;
use std::sync::{Arc, OnceLock};

const DAY: i64 = 86_400;
const START: i64 = 1_795_000_000;

fn content() -> Arc<Content> {
    static C: OnceLock<Arc<Content>> = OnceLock::new();
    C.get_or_init(|| Arc::new(common::content("nordic-2024"))).clone()
}

/// Several users of one bot, and a clock.
struct Net {
    runtime: Runtime,
    now: i64,
}

fn key(user: &str) -> UserKey {
    UserKey::new(Platform::Telegram, user)
}

impl Net {
    fn new() -> Net {
        Net { runtime: Runtime::new(content(), Arc::new(MemoryStore::new())), now: START }
    }

    fn send(&self, user: &str, event: Event) -> String {
        self.replies(user, event).iter().map(|r| r.text.clone()).collect::<Vec<_>>().join("\n")
    }

    fn replies(&self, user: &str, event: Event) -> Vec<Reply> {
        self.runtime.turn(&key(user), Inbound { event, locale_hint: Some(Locale::En), now: self.now })
    }

    /// The buttons (by value) of what the user is asked now, as they see it when they come back.
    fn buttons(&self, user: &str) -> Vec<String> {
        let replies = self.replies(user, Event::Resume);
        let last = replies.iter().rev().find_map(|r| r.choices.as_ref());
        last.map(|c| c.options.iter().map(|o| o.value.clone()).collect()).unwrap_or_default()
    }

    fn say(&self, user: &str, text: &str) -> String {
        self.send(user, Event::Text(text.to_owned()))
    }

    /// Presses the button `value` on the question now pending.
    fn press(&self, user: &str, value: &str) -> String {
        let question = self.runtime.store.load(&key(user)).unwrap().session.question;
        self.send(user, Event::Button { question, value: value.to_owned() })
    }

    /// What the user sees when they next come back (their notices, then what is pending).
    fn resume(&self, user: &str) -> String {
        self.send(user, Event::Resume)
    }

    /// `who` finds `owner`'s profile by `search` and asks for an introduction. `about_me` answers
    /// who they are and how to reach them (`bot`: through the bot), for someone with no profile.
    /// Returns everything the bot said from the press of "Ask" on: a refusal comes at once.
    fn ask(&self, who: &str, owner: &str, search: &str, about_me: &[&str], message: &str) -> String {
        let id = barents_bot::core::partners::ProfileId::of(&key(owner));
        self.say(who, &format!("/partners {search}"));
        self.press(who, &format!("l:{id}"));
        let mut said = self.press(who, "ask");
        for a in about_me {
            said += &if *a == "bot" { self.press(who, "bot") } else { self.say(who, a) };
        }
        said + &self.say(who, message)
    }

    /// A profile made through the journey, from the registry's home.
    fn profile(&self, user: &str, answers: &[&str]) -> String {
        self.say(user, "/partners");
        self.press(user, "create");
        let mut last = String::new();
        for a in answers {
            last = self.say(user, a);
        }
        last
    }
}

const NORWEGIAN_SCHOOL: &[&str] = &[
    "1",
    "3",
    "Kirkenes skole",
    "1",
    "2",
    "A lower secondary school in Kirkenes with a strong choir.",
    "1, 5",
    "A school in Murmansk for a joint music project for pupils.",
    "2",
    "kari@kirkenes.example",
    "1",
    "yes",
];

const RUSSIAN_SCHOOL: &[&str] = &[
    "4",
    "1",
    "Shkola 5 Murmansk",
    "1",
    "2",
    "A school in Murmansk with a music department and a choir.",
    "4, 5",
    "A school in Norway for music exchanges online.",
    "3",
    "@ivanova_m",
    "1",
    "yes",
];

#[test]
fn a_school_finds_its_partner_and_sees_contact_details_only_after_acceptance() {
    let net = Net::new();
    assert!(net.profile("no", NORWEGIAN_SCHOOL).contains("Your profile is published"));
    assert!(net.profile("ru", RUSSIAN_SCHOOL).contains("Your profile is published"));

    // A third user searches: the Russian school first, with why.
    let found = net.say("ola", "/partners education, Murmansk");
    let (ru_at, no_at) = (found.find("Shkola 5 Murmansk").expect("found"), found.find("Kirkenes skole").expect("found"));
    assert!(ru_at < no_at, "{found}");
    let why = found.lines().find(|l| l.starts_with("It matches because")).unwrap();
    assert!(why.contains("works on the topic “competence and education”") && why.contains("is in Murmansk region"), "{why}");
    assert!(!found.contains("@ivanova_m") && !found.contains("kari@kirkenes.example"), "no contact details in results: {found}");

    // The profile, then a request with who asks and why.
    let ru_id = barents_bot::core::partners::ProfileId::of(&key("ru"));
    let listing = net.press("ola", &format!("l:{ru_id}"));
    assert!(listing.contains("music department") && !listing.contains("@ivanova_m"), "{listing}");
    let asked = net.ask("ola", "ru", "education, Murmansk", &["Ola Nordmann, Vadsø kulturskole", "ola@vadso.example"], "We would like to start an online choir project with you.");
    assert!(asked.contains("I have asked Shkola 5 Murmansk"), "{asked}");

    // The school hears who asks and why, but not yet how to reach them.
    let request = net.resume("ru");
    assert!(request.contains("Ola Nordmann, Vadsø kulturskole") && request.contains("online choir project"), "{request}");
    assert!(!request.contains("ola@vadso.example"), "{request}");
    assert!(!net.resume("ola").contains("@ivanova_m"), "nothing before the answer");

    // Accepted: both get each other's details.
    let accepted = net.press("ru", "accept");
    assert!(accepted.contains("ola@vadso.example"), "{accepted}");
    let told = net.resume("ola");
    assert!(told.contains("has accepted") && told.contains("@ivanova_m"), "{told}");
    let intros = net.runtime.store.intros().unwrap();
    assert_eq!(intros.len(), 1);
    assert_eq!(intros[0].status, IntroStatus::Accepted);
    // The other school was never told anything.
    assert!(!net.resume("no").contains("Ola"), "only the profile asked about hears of it");

    // The activity picture counted two profiles, one introduction asked and accepted — by
    // country, region and kind, with nobody's name or words.
    use barents_bot::core::activity::Happening;
    let tallies = net.runtime.store.tallies().unwrap();
    let count = |what: Happening| tallies.iter().filter(|(t, _)| t.what == what).map(|(_, n)| n).sum::<u64>();
    assert_eq!((count(Happening::ProfilePublished), count(Happening::IntroAsked), count(Happening::IntroAccepted)), (2, 1, 1), "{tallies:?}");
    assert!(tallies.iter().any(|(t, _)| t.what == Happening::IntroAccepted && t.regions == ["murmansk"] && t.countries == ["russia"]), "{tallies:?}");
    let written = format!("{tallies:?}");
    assert!(!written.contains("Shkola") && !written.contains("Ola") && !written.contains("choir"), "{written}");
}

#[test]
fn a_word_finds_its_other_forms_and_the_compounds_it_ends() {
    let net = Net::new();
    let mut theatre = NORWEGIAN_SCHOOL.to_vec();
    theatre[2] = "Kirkenes kulturskole";
    theatre[5] = "En kulturskole med ungdomsteater og театральная студия for russisktalende.";
    net.profile("no", &theatre);
    for query in ["teater", "театр", "театры"] {
        let found = net.say("ola", &format!("/partners {query}"));
        assert!(found.contains("Kirkenes kulturskole"), "{query}: {found}");
    }
    // Short words do not match inside others.
    assert!(!net.say("eve", "/partners kor").contains("Kirkenes kulturskole"));
}

#[test]
fn the_reasons_explain_the_ranking_for_a_searcher_with_a_profile() {
    let net = Net::new();
    net.profile("no", NORWEGIAN_SCHOOL);
    net.profile("ru", RUSSIAN_SCHOOL);
    let swedish_club = ["2", "1", "Luleå IF", "7", "5", "A sports club with 300 young skiers.", "2, 5", "Clubs for a winter camp.", "1", "1", "yes"];
    net.profile("se", &swedish_club);
    // The Norwegian school lists everyone: the Russian school shares its topic and kind, is
    // across the border and works in English; the Swedish club is only across the border.
    let all = net.say("no", "/partners");
    assert!(all.contains("2 profiles are published") || all.contains("3 profiles are published"), "{all}");
    let list = net.press("no", "all");
    let ru = list.find("Shkola").unwrap();
    let se = list.find("Luleå IF").unwrap();
    assert!(ru < se, "{list}");
    let lines: Vec<&str> = list.lines().collect();
    let why_ru = lines[lines.iter().position(|l| l.contains("Shkola")).unwrap() + 1];
    // One sentence, each reason a phrase, joined as English joins a list.
    assert_eq!(
        why_ru,
        "It matches because it works on the topic “competence and education”, is across the border in Murmansk region, is the same kind of organisation as yours and works in English."
    );
    let why_se = lines[lines.iter().position(|l| l.contains("Luleå IF")).unwrap() + 1];
    assert_eq!(why_se, "It matches because it is across the border in Norrbotten and works in English.");
    assert!(!list.contains("Kirkenes skole"), "never one's own profile: {list}");
}

#[test]
fn declined_and_blocked_requests_get_a_polite_answer_and_limits_hold() {
    let net = Net::new();
    net.profile("ru", RUSSIAN_SCHOOL);
    let ask = |who: &str| net.ask(who, "ru", "Murmansk", &[&format!("{who} from Tromsø"), &format!("{who}@example.no")], "Could we work together on a youth project?");
    assert!(ask("eve").contains("I have asked"));
    net.resume("ru");
    assert!(net.press("ru", "decline").contains("politely"));
    let told = net.resume("eve");
    assert!(told.contains("cannot take it further") && !told.contains("@ivanova_m"), "{told}");
    // Declined is not blocked: Eve may ask again; blocked, she cannot.
    assert!(ask("eve").contains("I have asked"));
    net.resume("ru");
    net.press("ru", "block");
    assert!(net.resume("eve").contains("cannot take it further"), "a block reads like a no");
    assert!(ask("eve").contains("You cannot ask"), "blocked");

    // At most five requests waiting at once.
    let net = Net::new();
    const NAMES: [&str; 6] = ["Alfa", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"];
    for (i, name) in NAMES.iter().enumerate() {
        let mut answers: Vec<String> = RUSSIAN_SCHOOL.iter().map(|s| s.to_string()).collect();
        answers[2] = format!("{name} school");
        net.profile(&format!("s{i}"), &answers.iter().map(String::as_str).collect::<Vec<_>>());
    }
    let mut last = String::new();
    for (i, name) in NAMES.iter().enumerate() {
        last = net.ask("spammer", &format!("s{i}"), name, &["Sam", "bot"], "Hello, let us cooperate!");
    }
    assert!(last.contains("already have 5 requests waiting"), "{last}");
    let open = net.runtime.store.intros().unwrap().into_iter().filter(|i| i.status == IntroStatus::Open).count();
    assert_eq!(open, 5);
}

#[test]
fn profiles_expire_after_a_reminder_and_unanswered_requests_close() {
    let mut net = Net::new();
    net.profile("ru", RUSSIAN_SCHOOL);
    net.ask("ola", "ru", "Murmansk", &["Ola", "ola@example.no"], "Shall we sing together?");

    // Two weeks without an answer: Ola is told, politely; the request is closed.
    net.now += 15 * DAY;
    let told = net.runtime.sweep(net.now).unwrap();
    assert_eq!(told, vec![key("ola")]);
    assert!(net.resume("ola").contains("has not answered your request in time"));
    assert_eq!(net.runtime.store.intros().unwrap()[0].status, IntroStatus::Expired);
    assert!(net.press("ru", "accept").contains("already been answered, or it has expired"), "too late to accept");

    // A month before the year is up, the owner is reminded once.
    net.now = START + 340 * DAY;
    assert_eq!(net.runtime.sweep(net.now).unwrap(), vec![key("ru")]);
    assert!(net.runtime.sweep(net.now).unwrap().is_empty(), "reminded once");
    assert!(net.resume("ru").contains("Your partner profile is shown until"));
    // After the year, nobody finds it; renewed, it is back.
    net.now = START + 366 * DAY;
    assert!(net.say("ola", "/partners Murmansk").contains("No profile matches"));
    net.say("ru", "/partners");
    net.press("ru", "mine");
    assert!(net.press("ru", "renew").contains("stays up until"));
    assert!(net.say("ola", "/partners Murmansk").contains("Shkola 5 Murmansk"));
    // Paused: hidden again.
    net.say("ru", "/partners");
    net.press("ru", "mine");
    net.press("ru", "pause");
    assert!(net.say("ola", "/partners Murmansk").contains("No profile matches"));
}

#[test]
fn partners_who_keep_in_touch_through_the_bot_write_to_each_other_here() {
    let net = Net::new();
    let mut answers = RUSSIAN_SCHOOL.to_vec();
    answers.splice(8..10, ["1"]); // contact through the bot only
    net.profile("ru", &answers);
    net.ask("ola", "ru", "Murmansk", &["Ola", "bot"], "Shall we sing together?");
    net.resume("ru");
    let accepted = net.press("ru", "accept");
    assert!(accepted.contains("Thank you"), "{accepted}");
    // Both sides chose the bot: the school writes first, here.
    assert!(accepted.contains("Write your message to Ola"), "{accepted}");
    net.say("ru", "Yes! Our choir meets on Tuesdays.");
    let got = net.resume("ola");
    assert!(got.contains("keep in touch through me") && got.contains("Our choir meets on Tuesdays"), "{got}");
    net.say("ola", "Tuesday suits us.");
    assert!(net.resume("ru").contains("A message from Ola: “Tuesday suits us.”"));
}

#[test]
fn forgetting_removes_the_profile_from_search_and_oneself_from_introductions() {
    let net = Net::new();
    net.profile("ru", RUSSIAN_SCHOOL);
    net.ask("ola", "ru", "Murmansk", &["Ola Nordmann", "ola@example.no"], "Shall we sing together?");
    assert!(net.say("eve", "/partners Murmansk").contains("Shkola"));
    net.say("ola", "/forget");
    net.press("ola", "yes");
    assert!(net.runtime.store.intros().unwrap().is_empty(), "a forgotten request is gone");
    let told = net.resume("ru");
    assert!(told.contains("has been withdrawn") && !told.contains("Ola"), "the school hears only that it was withdrawn: {told}");
    net.say("ru", "/forget");
    net.press("ru", "yes");
    assert!(net.say("eve", "/partners Murmansk").contains("No profile matches"));
}

#[test]
fn a_request_is_said_once_and_says_what_a_yes_gives_each_side() {
    // The owner keeps in touch through the bot only; the requester gives an e-mail address.
    let net = Net::new();
    let mut answers = RUSSIAN_SCHOOL.to_vec();
    answers.splice(8..10, ["1"]);
    net.profile("ru", &answers);
    net.ask("ola", "ru", "Murmansk", &["Ola", "ola@example.no"], "Shall we sing together?");
    let request = net.resume("ru");
    assert_eq!(request.matches("Shall we sing together?").count(), 1, "once, not a notice and then the same again: {request}");
    assert!(request.contains("you get their contact details. Yours stay private"), "{request}");
    assert!(!request.contains("each other's contact details"), "{request}");
    let accepted = net.press("ru", "accept");
    assert!(accepted.contains("They do not get your contact details; you get theirs") && accepted.contains("ola@example.no"), "{accepted}");
    assert!(net.resume("ola").contains("They prefer to keep in touch through me"));

    // The other way round: the owner shares an address, the requester writes through the bot.
    let net = Net::new();
    net.profile("ru", RUSSIAN_SCHOOL);
    net.ask("ola", "ru", "Murmansk", &["Ola", "bot"], "Shall we sing together?");
    let request = net.resume("ru");
    assert!(request.contains("they get your contact details. They chose to keep in touch through me"), "{request}");
    let accepted = net.press("ru", "accept");
    assert!(accepted.contains("so you write to them here") && accepted.contains("Write your message to Ola"), "{accepted}");

    // Both share: each gets the other's.
    let net = Net::new();
    net.profile("ru", RUSSIAN_SCHOOL);
    net.ask("ola", "ru", "Murmansk", &["Ola", "ola@example.no"], "Shall we sing together?");
    assert!(net.resume("ru").contains("you both get each other's contact details"));
}

#[test]
fn the_registry_knows_the_user_s_own_paused_or_run_out_profile() {
    let mut net = Net::new();
    net.profile("ru", RUSSIAN_SCHOOL);
    // The one profile published is theirs: said so, not "one profile is published".
    let home = net.say("ru", "/partners");
    assert!(home.contains("So far only your profile is published."), "{home}");
    net.press("ru", "mine");
    let mine = net.press("ru", "pause");
    assert!(mine.contains("Your profile is paused") && mine.contains("Status: paused"), "{mine}");
    let home = net.press("ru", "home");
    assert!(home.contains("yours is paused") && !home.contains("be the first"), "{home}");
    // Nothing found: the text names what the buttons offer.
    let none = net.say("ru", "/partners zzz");
    assert!(none.contains("show all profiles") && none.contains("publish it again under “My profile”"), "{none}");
    assert_eq!(net.buttons("ru"), ["all", "mine", "home", "leave"]);
    let all = net.press("ru", "all");
    assert!(all.contains("Yours is paused"), "{all}");

    // Run out: said so, and renewing (not resuming) publishes it again.
    net.now = START + 366 * DAY;
    assert!(net.say("ru", "/partners").contains("yours has run out"));
    let mine = net.press("ru", "mine");
    assert!(mine.contains("Status: run out") && mine.contains("It ran out on"), "{mine}");
    assert_eq!(net.buttons("ru"), ["edit", "renew", "delete", "home", "leave"]);

    // Someone without a profile is offered to make one.
    let none = net.say("eve", "/partners zzz");
    assert!(none.contains("or create your own profile"), "{none}");
    assert_eq!(net.buttons("eve"), ["all", "create", "home", "leave"]);
}

#[test]
fn renewal_is_offered_near_the_end_and_adds_a_year_to_what_is_left() {
    let mut net = Net::new();
    net.profile("ru", RUSSIAN_SCHOOL);
    net.say("ru", "/partners");
    let mine = net.press("ru", "mine");
    assert!(mine.contains("It expires on 18 November 2027"), "{mine}");
    assert!(!net.buttons("ru").contains(&"renew".to_owned()), "just published: nothing to renew");
    // Within a month of the end, one more year after that end.
    net.now = START + 340 * DAY;
    assert!(net.buttons("ru").contains(&"renew".to_owned()));
    assert!(net.press("ru", "renew").contains("your profile stays up until 17 November 2028"));
}

#[test]
fn the_owner_sees_their_profile_without_the_line_meant_for_others() {
    let net = Net::new();
    net.profile("ru", RUSSIAN_SCHOOL);
    net.say("ru", "/partners");
    let mine = net.press("ru", "mine");
    assert!(mine.contains("Your contact details (shown only to those you accept): @ivanova_m"), "{mine}");
    assert!(!mine.contains("Contact details are shared only if both sides agree"), "{mine}");
    net.say("ola", "/partners Murmansk");
    let listing = net.press("ola", &format!("l:{}", barents_bot::core::partners::ProfileId::of(&key("ru"))));
    assert!(listing.contains("Contact details are shared only if both sides agree"), "{listing}");
}

#[test]
fn no_heading_over_an_empty_list_of_introductions() {
    let net = Net::new();
    net.profile("ru", RUSSIAN_SCHOOL);
    net.ask("ola", "ru", "Murmansk", &["Ola", "bot"], "Shall we sing together?");
    net.resume("ru");
    net.press("ru", "later");
    net.say("ru", "/partners");
    assert!(net.press("ru", "intros").contains("Ola asked you"));
    // Ola leaves while the school looks at the list.
    net.say("ola", "/forget");
    net.press("ola", "yes");
    let now = net.resume("ru");
    assert!(now.contains("You have no introductions at the moment") && !now.contains("Your introductions:"), "{now}");
    assert_eq!(net.buttons("ru"), ["home", "leave"]);
    net.say("ru", "/partners");
    assert!(!net.buttons("ru").contains(&"intros".to_owned()), "nothing to show, no button");
}

#[test]
fn each_reason_is_a_phrase_and_a_plain_list_claims_none_the_user_did_not_give() {
    let net = Net::new();
    net.profile("ru", RUSSIAN_SCHOOL);
    // One topic named: the singular; words from the description, quoted.
    let found = net.say("eve", "/partners education choir");
    assert!(found.contains("It matches because it works on the topic “competence and education” and mentions the word “choir”."), "{found}");
    // All profiles, for someone with no profile: English is the language Eve chats in, not
    // a working language she gave, so it is no reason.
    let all = net.press("eve", "home");
    assert!(!all.contains("It matches"), "{all}");
    let all = net.press("eve", "all");
    assert!(all.contains("Shkola 5 Murmansk") && !all.contains("It matches"), "{all}");
    // Named in the query, a working language is a reason.
    assert!(net.say("eve", "/partners Russian").contains("It matches because it works in Russian."));
}

// The property: contact details reach a user only from the other side of an accepted
// introduction, whatever anyone does in whatever order.

#[derive(Debug, Clone)]
enum Op {
    /// A user searches the registry.
    Search(usize, &'static str),
    /// A user opens another's profile and asks for an introduction.
    Ask(usize, usize),
    /// A user comes back and answers what is pending with one of these.
    Answer(usize, &'static str),
    /// A user comes back, or types something.
    Resume(usize),
    Say(usize, &'static str),
}

const USERS: [&str; 3] = ["a", "b", "c"];
const CONTACTS: [&str; 3] = ["contact-a@x.example", "@contact_b", "+4790000003"];

fn op() -> impl Strategy<Value = Op> {
    let queries = prop::sample::select(vec!["", "school", "Murmansk education", "music", "School b", "choir"]);
    let answers = prop::sample::select(vec!["accept", "decline", "block", "later", "all", "mine", "intros", "w:I-000001", "i:I-000001"]);
    let words = prop::sample::select(vec!["Hello there", "/partners", "yes", "1", "2", "/start"]);
    prop_oneof![
        2 => (0..3usize, queries).prop_map(|(u, q)| Op::Search(u, q)),
        3 => (0..3usize, 0..3usize).prop_map(|(u, v)| Op::Ask(u, v)),
        3 => (0..3usize, answers).prop_map(|(u, a)| Op::Answer(u, a)),
        1 => (0..3usize).prop_map(Op::Resume),
        1 => (0..3usize, words).prop_map(|(u, w)| Op::Say(u, w)),
    ]
}

fn accepted_between(store: &dyn Store, a: &UserKey, b: &UserKey) -> bool {
    store.intros().unwrap().iter().any(|i| i.status == IntroStatus::Accepted && ((&i.from == a && &i.to == b) || (&i.from == b && &i.to == a)))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn no_result_or_notice_shows_contact_details_without_an_accepted_introduction(ops in prop::collection::vec(op(), 1..40)) {
        let net = Net::new();
        for (i, u) in USERS.iter().enumerate() {
            let mut answers = RUSSIAN_SCHOOL.to_vec();
            let name = format!("School {u}");
            answers[0] = &name;
            answers[8] = if i == 0 { "2" } else { "3" };
            answers[9] = CONTACTS[i];
            net.profile(u, &answers);
        }
        for op in ops {
            let (u, shown) = match op {
                Op::Search(u, q) => (u, net.say(USERS[u], &format!("/partners {q}"))),
                Op::Ask(u, v) => (u, net.ask(USERS[u], USERS[v], &format!("School {}", USERS[v]), &[], "Shall we work together?")),
                Op::Answer(u, a) => {
                    let shown = net.resume(USERS[u]);
                    (u, shown + &net.press(USERS[u], a))
                }
                Op::Resume(u) => (u, net.resume(USERS[u])),
                Op::Say(u, w) => (u, net.say(USERS[u], w)),
            };
            for (v, contact) in CONTACTS.iter().enumerate() {
                if v != u && shown.contains(contact) {
                    prop_assert!(accepted_between(net.runtime.store.as_ref(), &key(USERS[u]), &key(USERS[v])), "{} saw {}'s contact without an accepted introduction:\n{}", USERS[u], USERS[v], shown);
                }
            }
        }
    }
}

/// One console session after another, in one data directory: the user is told what others did
/// at their next session.
#[test]
fn console_users_meet_through_the_registry_one_session_after_another() {
    let data = tempfile::tempdir().unwrap();
    let session = |user: &str, lines: &[&str], until: &str| {
        let mut c = common::Console::start(data.path(), &["console", "--user", user, "--lang", "en"]);
        for l in lines {
            c.send(l);
        }
        let seen = c.wait_for(until);
        c.finish();
        seen
    };
    // Nobody has published yet, so "create" is the first option; then it follows "show all".
    let mut no = vec!["/partners", "1"];
    no.extend_from_slice(NORWEGIAN_SCHOOL);
    session("no-school", &no, "Your profile is published");
    let mut ru = vec!["/partners", "2"];
    ru.extend_from_slice(RUSSIAN_SCHOOL);
    session("ru-school", &ru, "Your profile is published");

    let found = session("third", &["/partners education, Murmansk"], "New search");
    assert!(found.find("Shkola 5 Murmansk").unwrap() < found.find("Kirkenes skole").unwrap(), "{found}");
    assert!(found.contains("It matches because it works on the topic “competence and education” and is in Murmansk region."), "{found}");
    session("third", &["1", "Ask for an introduction", "Ola, Vadsø kulturskole", "ola@vadso.example", "A choir project?"], "I have asked Shkola 5 Murmansk");

    let decided = session("ru-school", &["1"], "How to reach Ola");
    assert!(decided.contains("would like to get in touch") && decided.contains("ola@vadso.example"), "{decided}");
    assert_eq!(decided.matches("A choir project?").count(), 1, "the request is said once: {decided}");
    let told = session("third", &[], "has accepted");
    assert!(told.contains("@ivanova_m"), "{told}");
    // The Norwegian school asks too, and is declined.
    session("no-school", &["/partners Murmansk", "1", "Ask for an introduction", "We sing too!"], "I have asked");
    session("ru-school", &["2"], "not interested");
    let no_thanks = session("no-school", &[], "cannot take it further");
    assert!(!no_thanks.contains("@ivanova_m"), "{no_thanks}");
}

/// A number beside the options is a slip, not a search for "5"; a search with digits in it
/// ("Murmansk 2027") is still a search.
#[test]
fn a_number_beside_the_options_asks_again_instead_of_searching() {
    let net = Net::new();
    net.profile("ru", RUSSIAN_SCHOOL);
    net.say("ola", "/partners");
    let slip = net.say("ola", "7");
    assert!(slip.contains("send a number from 1 to") && !slip.contains("«7»") && !slip.contains("\"7\""), "{slip}");
    assert!(net.buttons("ola").contains(&"all".to_owned()), "the registry is asked again");
    let search = net.say("ola", "Murmansk 2027");
    assert!(search.contains("Murmansk"), "{search}");
}

/// Norwegian and Russian speakers' own words for the commonest commands.
#[test]
fn help_and_menu_in_the_users_own_words() {
    let net = Net::new();
    net.say("kari", "/language nb");
    assert!(net.say("kari", "/hjelp").contains("/start"));
    assert!(net.say("kari", "/meny").contains("Hva vil du gjøre?"));
}

/// A phone number, a chat handle or an e-mail address is a way to be reached; a slip such as
/// "ola@@" or "+47" is asked again, with an example.
#[test]
fn a_contact_that_reaches_nobody_is_asked_again() {
    let net = Net::new();
    let before_contact = &RUSSIAN_SCHOOL[..9];
    net.profile("ru", before_contact);
    for slip in ["ola@@", "+47", "kari @ telegram"] {
        let again = net.say("ru", slip);
        assert!(again.contains("does not look like a phone number or a chat handle") && again.contains("@kari"), "{slip}: {again}");
    }
    for fine in ["+7 911 123-45-67", "@ivanova_m", "ivanova.m@school5.example"] {
        let fresh = Net::new();
        fresh.profile("ru", before_contact);
        let next = fresh.say("ru", fine);
        assert!(!next.contains("does not look like"), "{fine}: {next}");
    }
}

/// Asking for an introduction without a profile: a contact that reaches nobody ("ola@@") is
/// asked again, and the next line is not taken as the message to the owner.
#[test]
fn an_asker_s_contact_that_reaches_nobody_is_asked_again() {
    let net = Net::new();
    net.profile("ru", RUSSIAN_SCHOOL);
    let said = net.ask("ola", "ru", "Murmansk", &["Ola Nordmann", "ola@@", "ola@vadso.example"], "Shall we sing together?");
    assert!(said.contains("does not look like an e-mail address, a phone number or a chat handle"), "{said}");
    assert!(said.contains("“Through this bot only”"), "{said}");
    let request = net.resume("ru");
    assert!(request.contains("Shall we sing together?") && !request.contains("ola@@"), "{request}");
    // A question instead of an answer: what the request means, then the request again.
    let what = net.say("ru", "what is this?");
    assert!(what.contains("Someone has asked to get in touch") && !what.contains("choose one of the options"), "{what}");
    assert!(net.buttons("ru").contains(&"accept".to_owned()) || net.buttons("ru").iter().any(|b| b.contains("accept")), "{:?}", net.buttons("ru"));
}
