//! The rules that touch other people, each on the pure turn: no runtime, no store, a world
//! held in memory ([`Snapshot`]). What a user is told and every record the turn hands the
//! runtime is decided here, so each rule is checked where it lives.

mod common;

use barents_bot::core::content::Content;
use barents_bot::core::draft::{Draft, DraftChange, DraftId, DraftStatus};
use barents_bot::core::effect::{Effect, Event, Inbound, Turned};
use barents_bot::core::engine;
use barents_bot::core::ids::{DialogId, Platform, UserKey};
use barents_bot::core::locale::Locale;
use barents_bot::core::notice::Notice;
use barents_bot::core::partners::{Contact, Directory, IntroId, IntroStatus, Introduction, Profile, ProfileId, ProfileStatus};
use barents_bot::core::reply::Kind;
use barents_bot::core::session::UserState;
use barents_bot::core::value::Value;
use barents_bot::core::world::Snapshot;
use std::sync::OnceLock;

const NOW: i64 = 1_795_000_000;
const DAY: i64 = 86_400;

fn content() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| common::content("nordic-2024"))
}

fn user(id: &str) -> UserKey {
    UserKey::new(Platform::Telegram, id)
}

/// One user's conversation on the pure turn.
struct Chat {
    world: Snapshot,
    state: UserState,
}

impl Chat {
    fn new(world: Snapshot) -> Chat {
        let mut chat = Chat { world, state: UserState::default() };
        chat.send(Event::Resume);
        chat
    }

    fn send(&mut self, event: Event) -> Turned {
        let turned = engine::step_in(content(), &self.world, std::mem::take(&mut self.state), &Inbound { event, locale_hint: Some(Locale::En), now: NOW });
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
}

fn keys(t: &Turned) -> Vec<&str> {
    t.replies.iter().map(|r| r.key.as_str()).collect()
}

fn text(t: &Turned) -> String {
    t.replies.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join("\n")
}

fn profile(owner: &UserKey, name: &str) -> Profile {
    let mut p = common::profile(owner, name, NOW + 365 * DAY);
    (p.listing.country, p.listing.region) = ("russia".into(), "murmansk".into());
    p.contact = Contact::Handle("@shkola5".into());
    p
}

/// A world where `me` looks at the registry, which holds `profiles`.
fn registry(me: &UserKey, profiles: Vec<Profile>) -> Snapshot {
    let mut world = Snapshot::new(me.clone());
    world.directory = Directory::build(&profiles, content());
    world.profiles = profiles;
    world
}

fn request(n: u64, from: &UserKey, to: &Profile, status: IntroStatus) -> Introduction {
    let asked = barents_bot::core::partners::Request { from_name: "Ola Nordmann".into(), from_contact: Contact::Email("ola@vadso.example".into()), message: "Shall our choirs sing together?".into() };
    let (mut i, _) = Introduction::requested(IntroId::from_number(n), from, to, asked, NOW - DAY);
    i.status = status;
    i
}

#[test]
fn a_submitted_draft_is_filed_listed_and_named_in_one_turn() {
    let mut chat = Chat::new(Snapshot::new(user("kari")));
    for a in common::APPLICATION {
        chat.say(a);
    }
    let confirmed = chat.say("1");
    let filed: Vec<&Draft> = confirmed.effects.iter().filter_map(|e| if let Effect::FileDraft(d) = e { Some(d.as_ref()) } else { None }).collect();
    let [draft] = filed.as_slice() else { panic!("one draft filed: {:?}", confirmed.effects) };
    assert_eq!(draft.id, DraftId::new(2026, 1));
    assert_eq!((draft.user.clone(), draft.status), (user("kari"), DraftStatus::Submitted));
    assert_eq!(draft.answers.get(&"org_name".into()), Some(&Value::Text("Kirkenes Choir".into())));
    // The draft took the form's own answers; the check's stay for the next journey.
    assert_eq!(chat.state.session.slots.get(&"org_name".into()), None);
    assert!(chat.state.session.slots.contains_key(&"applicant_type".into()));
    assert_eq!(confirmed.user.drafts, std::slice::from_ref(&draft.id), "listed in the user's own record, in the same turn");
    assert!(keys(&confirmed).contains(&"draft-submitted"), "{:?}", keys(&confirmed));
    assert!(text(&confirmed).contains("BS-2026-0001"), "{}", text(&confirmed));

    // /status says where it stands now: the draft's own record, which an adviser changed.
    let mut claimed = (*draft).clone();
    claimed.apply(&DraftChange::Adviser(barents_bot::core::draft::DraftEvent { at: NOW, status: DraftStatus::Claimed, by: Some("cli".into()), note: None, internal: false }));
    chat.world.drafts.push(claimed);
    let status = chat.say("/status");
    assert!(text(&status).contains("BS-2026-0001: an adviser is looking at it"), "{}", text(&status));
}

#[test]
fn asking_for_an_introduction_follows_the_rules_from_the_button_to_the_request() {
    let owner = user("owner");
    let school = profile(&owner, "Shkola 5 Murmansk");
    let me = user("me");
    let listing = format!("l:{}", school.id);

    // Allowed: the request is stored for both sides, and the owner is told.
    let mut chat = Chat::new(registry(&me, vec![school.clone()]));
    chat.say("/partners Murmansk");
    let shown = chat.press(&listing);
    assert!(shown.replies.last().unwrap().choices.as_ref().unwrap().options.iter().any(|o| o.value == "ask"), "the Ask button");
    chat.press("ask");
    chat.say("Ola Nordmann, Vadsø kulturskole");
    chat.say("ola@vadso.example");
    let asked = chat.say("Shall our choirs sing together?");
    assert!(keys(&asked).contains(&"partner-asked"), "{:?}", keys(&asked));
    let saved: Vec<&Introduction> = asked.effects.iter().filter_map(|e| if let Effect::SaveIntro(i) = e { Some(i.as_ref()) } else { None }).collect();
    assert_eq!(saved.len(), 1);
    assert_eq!((saved[0].from.clone(), saved[0].to.clone(), saved[0].status), (me.clone(), owner.clone(), IntroStatus::Open));
    assert!(asked.effects.iter().any(|e| matches!(e, Effect::Notify { user, notice: Notice::IntroductionRequest { .. } } if *user == owner)));
    // Counted for the activity picture, by what the profile says, not by who asked.
    let counted: Vec<&barents_bot::core::activity::Tally> = asked.effects.iter().filter_map(|e| if let Effect::Count(t) = e { Some(t.as_ref()) } else { None }).collect();
    assert_eq!(counted.len(), 1, "{counted:?}");
    assert_eq!((counted[0].what, &counted[0].regions, &counted[0].countries), (barents_bot::core::activity::Happening::IntroAsked, &vec!["murmansk".to_owned()], &vec!["russia".to_owned()]));
    // The same turn shows the listing again, without the button: asked already.
    assert!(!asked.replies.last().unwrap().choices.as_ref().unwrap().options.iter().any(|o| o.value == "ask"));

    // Asked already (waiting, or accepted): no button, and a press of an old one is refused.
    for status in [IntroStatus::Open, IntroStatus::Accepted] {
        let mut world = registry(&me, vec![school.clone()]);
        world.intros.push(request(1, &me, &school, status));
        let mut chat = Chat::new(world);
        chat.say("/partners Murmansk");
        let shown = chat.press(&listing);
        assert!(!shown.replies.last().unwrap().choices.as_ref().unwrap().options.iter().any(|o| o.value == "ask"), "{status:?}");
    }

    // Blocked: told when pressing Ask, before typing anything; nothing stored.
    let mut blocking = school.clone();
    blocking.blocked.push(ProfileId::of(&me));
    let mut chat = Chat::new(registry(&me, vec![blocking]));
    chat.say("/partners Murmansk");
    chat.press(&listing);
    let refused = chat.press("ask");
    assert_eq!(keys(&refused).first(), Some(&"partner-cannot-ask"));
    assert!(refused.effects.is_empty());

    // Too many waiting: the limit, with its number.
    let others: Vec<Profile> = (0..5).map(|n| profile(&user(&format!("o{n}")), &format!("School {n}"))).collect();
    let mut world = registry(&me, [vec![school.clone()], others.clone()].concat());
    world.intros = others.iter().enumerate().map(|(n, p)| request(n as u64 + 1, &me, p, IntroStatus::Open)).collect();
    let mut chat = Chat::new(world);
    chat.say("/partners Shkola");
    chat.press(&listing);
    let refused = chat.press("ask");
    assert_eq!(keys(&refused).first(), Some(&"partner-limit"));
    assert!(text(&refused).contains('5'), "{}", text(&refused));
}

#[test]
fn renewing_a_profile_near_its_end_adds_a_period_after_that_end_and_brings_a_new_reminder() {
    let me = user("owner");
    let mut mine = profile(&me, "Shkola 5 Murmansk");
    mine.expires = NOW + 10 * DAY;
    mine.reminded = true;
    mine.status = ProfileStatus::Paused;
    let mut chat = Chat::new(registry(&me, vec![mine.clone()]));
    chat.say("/partners");
    chat.press("mine");
    let renewed = chat.press("renew");
    let [Effect::SaveProfile(saved)] = renewed.effects.as_slice() else { panic!("{:?}", renewed.effects) };
    assert_eq!(saved.expires, mine.expires + content().settings.partners.profile_days * DAY, "one more period after the current end");
    assert!(!saved.reminded, "a reminder comes again before the new date");
    assert_eq!(saved.status, ProfileStatus::Active);
    assert_eq!((saved.created, &saved.listing, &saved.contact), (mine.created, &mine.listing, &mine.contact), "nothing else changes");
    assert!(keys(&renewed).contains(&"partner-renewed"));
    assert_eq!(keys(&renewed).last(), Some(&"partner-mine-details"), "back at the profile");
}

/// At their profile, the owner types an action's name without its explanation in brackets:
/// the action is done (not a search for the words), and they stay at their profile.
#[test]
fn an_action_typed_by_its_short_name_is_done_and_the_profile_shown_again() {
    let me = user("owner");
    let mut chat = Chat::new(registry(&me, vec![profile(&me, "Shkola 5 Murmansk")]));
    chat.say("/partners");
    chat.press("mine");
    let paused = chat.say("pause");
    assert_eq!(keys(&paused), ["partner-paused", "partner-mine-details"]);
    let [Effect::SaveProfile(saved)] = paused.effects.as_slice() else { panic!("{:?}", paused.effects) };
    assert_eq!(saved.status, ProfileStatus::Paused);
    assert_eq!(keys(&chat.say("delete")), ["partner-delete-confirm"], "a word of \"Delete my profile\"");
    // A paused one: "publish" for "Publish it again".
    let mut paused = profile(&me, "Shkola 5 Murmansk");
    paused.status = ProfileStatus::Paused;
    let mut chat = Chat::new(registry(&me, vec![paused]));
    chat.say("/partners");
    chat.press("mine");
    assert_eq!(keys(&chat.say("publish")), ["partner-resumed", "partner-mine-details"]);
}

/// At the list of requests, a question about them is answered with what the choices do, not
/// searched for; with no profile to find, "show all profiles" is not offered.
#[test]
fn a_question_at_the_requests_is_explained_and_an_empty_registry_offers_no_list() {
    let me = user("owner");
    let (mut chat, _) = asked_by(&user("asker"));
    chat.say("/partners");
    chat.press("intros");
    assert_eq!(keys(&chat.say("what does block mean?")), ["help-answering-intro", "partner-intros-header"]);
    let mut empty = Chat::new(registry(&me, Vec::new()));
    let home = empty.say("/partners");
    let shown: Vec<&str> = home.replies.last().unwrap().choices.as_ref().unwrap().options.iter().map(|o| o.value.as_str()).collect();
    assert!(!shown.contains(&"all"), "{shown:?}");
}

/// The owner of a profile, with news: `asker` asks them for an introduction.
fn asked_by(asker: &UserKey) -> (Chat, Introduction) {
    let me = user("owner");
    let mine = profile(&me, "Shkola 5 Murmansk");
    let waiting = request(7, asker, &mine, IntroStatus::Open);
    let mut world = registry(&me, vec![mine]);
    world.intros.push(waiting.clone());
    let mut chat = Chat { world, state: UserState::default() };
    chat.state.notices.push(Notice::IntroductionRequest { intro: waiting.id.clone(), from: waiting.from_name.clone(), message: waiting.message.clone() });
    (chat, waiting)
}

#[test]
fn accepting_gives_each_side_the_others_contact_and_nobody_else() {
    let asker = user("ola");
    let (mut chat, waiting) = asked_by(&asker);
    let asked = chat.send(Event::News);
    // Who asks and what they wrote, said once: the question to decide says it all.
    assert_eq!(keys(&asked), ["partner-intro-decide"]);
    assert!(!text(&asked).contains("ola@vadso.example"), "not before the answer");

    let accepted = chat.press("accept");
    assert_eq!(keys(&accepted)[..2], ["partner-accepted", "partner-contact"]);
    assert!(text(&accepted).contains("ola@vadso.example"), "{}", text(&accepted));
    let told = accepted.effects.iter().find_map(|e| if let Effect::Notify { user, notice } = e { Some((user, notice)) } else { None });
    assert_eq!(told, Some((&asker, &Notice::IntroductionAccepted { intro: waiting.id.clone(), name: "Shkola 5 Murmansk".into(), contact: Some("@shkola5".into()) })));
    assert!(accepted.effects.iter().any(|e| matches!(e, Effect::SaveIntro(i) if i.status == IntroStatus::Accepted)));
    assert!(accepted.effects.iter().any(|e| matches!(e, Effect::Count(t) if t.what == barents_bot::core::activity::Happening::IntroAccepted)), "counted");
    // Contact details were shared, and writing through the bot is still offered in the list.
    let saved = accepted.effects.iter().find_map(|e| if let Effect::SaveIntro(i) = e { Some(i.clone()) } else { None }).unwrap();
    chat.world.intros = vec![*saved];
    chat.say("/partners");
    let list = chat.press("intros");
    let options: Vec<String> = list.replies.last().and_then(|r| r.choices.as_ref()).map(|c| c.options.iter().map(|o| o.value.clone()).collect()).unwrap_or_default();
    assert!(options.contains(&format!("w:{}", waiting.id)), "{options:?}");
}

#[test]
fn a_plain_start_opens_to_a_request_that_waits_not_to_the_menu_over_it() {
    let (mut chat, _) = asked_by(&user("ola"));
    // The session's first word is /start (Telegram sends it): the request is the question.
    let opened = chat.say("/start");
    assert_eq!(keys(&opened), ["partner-intro-decide"]);
    let accepted = chat.press("accept");
    assert_eq!(keys(&accepted)[0], "partner-accepted");
    // Once answered, /start is the main menu again.
    assert_eq!(keys(&chat.say("/start")), ["main-menu"]);

    // The console tells the news as the session opens; the /start typed by habit right after
    // shows the request again, a second one goes to the menu.
    let (mut chat, _) = asked_by(&user("eve"));
    assert_eq!(keys(&chat.send(Event::Resume)).last(), Some(&"partner-intro-decide"));
    assert_eq!(keys(&chat.say("/start")), ["partner-intro-decide"]);
    assert_eq!(keys(&chat.say("/start")), ["main-menu"]);
}

#[test]
fn of_two_requests_at_once_the_first_is_told_and_the_second_asked_about() {
    let (mut chat, first) = asked_by(&user("ola"));
    let mine = chat.world.profiles[0].clone();
    let mut second = request(8, &user("eve"), &mine, IntroStatus::Open);
    (second.from_name, second.message) = ("Eve".into(), "Hi from Eve".into());
    chat.world.intros.push(second.clone());
    chat.state.notices.push(Notice::IntroductionRequest { intro: second.id.clone(), from: second.from_name.clone(), message: second.message.clone() });
    let asked = chat.send(Event::News);
    // The first waits under "My introductions" and is told of; the second is the question.
    assert_eq!(keys(&asked), ["notice-intro-request", "partner-intro-decide"]);
    assert!(asked.replies[0].text.contains(&first.message) && asked.replies[1].text.contains("Hi from Eve"), "{}", text(&asked));
    assert!(!asked.replies[1].text.contains(&first.message), "{}", text(&asked));
}

#[test]
fn blocking_declines_and_refuses_the_next_request() {
    let asker = user("eve");
    let (mut chat, _) = asked_by(&asker);
    chat.send(Event::News);
    let blocked = chat.press("block");
    assert!(blocked.effects.iter().any(|e| matches!(e, Effect::SaveProfile(p) if p.blocked == [ProfileId::of(&asker)])));
    assert!(blocked.effects.iter().any(|e| matches!(e, Effect::Notify { user, notice: Notice::IntroductionDeclined { .. } } if *user == asker)), "a block reads like any other no");
    assert!(!text(&blocked).contains("ola@vadso.example"));
}

#[test]
fn forgetting_erases_the_record_the_drafts_and_the_introductions_and_tells_the_others_only_that() {
    let me = user("kari");
    let mine = profile(&me, "Kirkenes skole");
    let mut world = registry(&me, vec![mine.clone()]);
    world.intros.push(request(3, &user("ola"), &mine, IntroStatus::Open));
    world.intros.push(request(4, &user("eve"), &mine, IntroStatus::Declined));
    world.drafts.push(Draft::filed(DraftId::new(2026, 4), me.clone(), Locale::En, DialogId::new("application"), Default::default(), NOW));
    let mut chat = Chat::new(world);
    chat.say("/forget");
    let forgotten = chat.press("yes");
    // No menu: nothing of her is saved, and her next message starts afresh.
    assert_eq!(keys(&forgotten), ["forget-done", "forget-drafts"]);
    assert!(matches!(forgotten.effects.first(), Some(Effect::EraseUser)));
    let deleted: Vec<&IntroId> = forgotten.effects.iter().filter_map(|e| if let Effect::DeleteIntro(id) = e { Some(id) } else { None }).collect();
    assert_eq!(deleted.len(), 2, "every introduction goes, answered or not");
    let told: Vec<_> = forgotten.effects.iter().filter_map(|e| if let Effect::Notify { user, notice } = e { Some((user.clone(), notice.clone())) } else { None }).collect();
    assert!(matches!(told.as_slice(), [(u, Notice::IntroductionGone { .. })] if *u == user("ola")), "only a request still waiting is news, and without a word of who: {told:?}");
    assert!(forgotten.effects.contains(&Effect::EraseDraft(DraftId::new(2026, 4))));
    assert!(!forgotten.effects.iter().any(|e| matches!(e, Effect::ToAdvisers { .. } | Effect::SaveIntro(_))), "{:?}", forgotten.effects);
    assert_eq!(forgotten.user, UserState::default());
}

/// "Отмена", "avbryt" or "nei takk" at the erasure's question calls it off; nothing is erased.
#[test]
fn cancel_or_no_thanks_in_words_keeps_everything() {
    for word in ["отмена", "Avbryt!", "/cancel", "nei takk", "нет, спасибо"] {
        let mut chat = Chat::new(Snapshot::default());
        chat.say("/forget");
        let kept = chat.say(word);
        assert!(keys(&kept).contains(&"forget-kept") || word.starts_with('/'), "{word}: {:?}", keys(&kept));
        assert!(!kept.effects.iter().any(|e| matches!(e, Effect::EraseUser)), "{word}");
    }
}

#[test]
fn an_advisers_question_arrives_as_news_and_the_answer_goes_back_to_the_draft() {
    let me = user("kari");
    let mut chat = Chat { world: Snapshot::new(me.clone()), state: UserState::default() };
    chat.state.drafts.push(DraftId::new(2026, 4));
    chat.state.notices.push(Notice::AdviserMessage { draft: DraftId::new(2026, 4), text: "Which dates suit your partner?".into() });
    let news = chat.send(Event::News);
    assert_eq!(news.replies[0].kind, Kind::Notice);
    assert!(text(&news).contains("Which dates suit your partner?"));
    let answered = chat.say("The 5th of May suits them.");
    let [Effect::ToAdvisers { from, text, about: Some((id, DraftChange::ApplicantNote { text: note, .. })) }] = answered.effects.as_slice() else { panic!("{:?}", answered.effects) };
    assert_eq!((from, id, text.as_str(), note.as_str()), (&me, &DraftId::new(2026, 4), "The 5th of May suits them.", "The 5th of May suits them."));
}

#[test]
fn news_with_nothing_new_says_nothing_and_a_stale_press_is_marked_as_such() {
    let mut chat = Chat::new(Snapshot::default());
    let quiet = chat.send(Event::News);
    assert!(quiet.replies.is_empty() && quiet.effects.is_empty(), "a push with nothing to say sends nothing");
    let stale = chat.send(Event::Button { question: 0, value: "eligibility".into() });
    assert_eq!(stale.replies.iter().map(|r| r.kind).collect::<Vec<_>>(), [Kind::Stale]);
}
