//! The conversation engine: one turn is a function
//! `(content, world, user state, inbound) -> (user state, replies, effects)`.
//!
//! Every rule of the conversation and every reply is decided here: the runtime stores the
//! returned state and effects, then delivers the replies ("durable before visible"). Nothing
//! here does I/O or keeps state between calls; what a turn needs beyond the user's own state
//! it reads from the [`World`] it is given, lazily.

mod activity;
mod advice;
mod answer;
mod commands;
mod introductions;
mod partners;
mod privacy;
mod path;
mod reading;
mod safety;
mod schemes;
pub use schemes::ALWAYS;
pub mod render;

use super::content::Content;
use super::dialog::{Input, Question, StepKind};
use super::draft::Draft;
use super::effect::{Effect, Event, Inbound, Turned};
use super::ids::{DialogId, MessageId, StepId};
use super::locale::Locale;
use super::partners::{Introduction, Profile};
use super::reply::{ChoiceOption, Choices, Kind, Reply};
use super::session::{Cursor, Frame, HISTORY_LIMIT, Return, State, UserState};
use super::value::{Date, Value};
use super::world::{Snapshot, World};
use fluent_bundle::FluentArgs;

/// Auto-advancing steps (messages, branches, calls) allowed in one turn before the engine
/// decides the content loops. `check` rejects loops without a question; this is the backstop.
const MAX_AUTO_STEPS: usize = 200;

/// Runs one turn of a user who touches nobody else: no partner registry, no stored drafts
/// (a [`Snapshot`] of nothing). Benchmarks and the simplest tests use it.
pub fn step(content: &Content, user: UserState, inbound: &Inbound) -> Turned {
    step_in(content, &Snapshot::default(), user, inbound)
}

/// Runs one turn; `world` is what the user may see beyond their own state (see [`World`]).
pub fn step_in(content: &Content, world: &dyn World, user: UserState, inbound: &Inbound) -> Turned {
    let mut user = user;
    if let Some(hint) = inbound.locale_hint {
        user.prefs.hint = Some(hint);
    }
    user.last_seen = inbound.now;
    let locale = user.prefs.locale(content.settings.default_locale);
    let mut turn = Turn {
        content,
        world,
        user,
        locale,
        today: Date::from_unix(inbound.now),
        now: inbound.now,
        mine_now: None,
        intros_now: Vec::new(),
        announced: Vec::new(),
        replies: Vec::new(),
        effects: Vec::new(),
        contact_line: std::cell::RefCell::new(None),
        greeted: false,
        passed_over: false,
    };
    let news = turn.notices();
    if news && turn.waiting_for_answer() {
        turn.user.session.news_waiting = true;
    }
    turn.leave_gone_intro();
    let typed = !matches!(inbound.event, Event::Resume | Event::News);
    match &inbound.event {
        Event::Resume => turn.resume(),
        Event::News if news => turn.ask_pending(),
        Event::News => {}
        Event::Text(text) => turn.text_input(text),
        Event::Command(command) => turn.command(command.clone()),
        Event::Button { question, value } => turn.button(*question, value),
        Event::Choices { question, picked } => turn.choices(*question, picked),
    }
    // Anything the person did after the news: /start means the menu again.
    if typed {
        turn.user.session.news_waiting = false;
    }
    Turned { user: turn.user, replies: turn.replies, effects: turn.effects }
}

/// The working state of one turn.
pub struct Turn<'c> {
    pub(crate) content: &'c Content,
    pub(crate) world: &'c dyn World,
    pub(crate) user: UserState,
    pub(crate) locale: Locale,
    pub(crate) today: Date,
    /// Unix seconds of this turn.
    pub(crate) now: i64,
    /// The user's partner profile once this turn changed it (`Some(None)`: deleted).
    pub(crate) mine_now: Option<Option<Profile>>,
    /// Introductions this turn made or changed, as they are now.
    pub(crate) intros_now: Vec<Introduction>,
    /// Requests for an introduction this turn's notices told of, with where that notice is in
    /// `replies`: if the question to decide on one follows in the same turn, it says the same
    /// (who asks, and what they wrote), so the notice is taken back and the request said once.
    pub(crate) announced: Vec<(super::ids::IntroId, usize)>,
    pub(crate) replies: Vec<Reply>,
    pub(crate) effects: Vec<Effect>,
    /// How to reach the Secretariat, as made for this turn's language (see `contact`).
    pub(crate) contact_line: std::cell::RefCell<Option<(Locale, String)>>,
    /// The person said hello this turn: a menu greets them back.
    pub(crate) greeted: bool,
    /// Questions answered earlier were passed over this turn: the next question says the
    /// parts before it are filled in.
    pub(crate) passed_over: bool,
}

impl<'c> Turn<'c> {
    pub(crate) fn text(&self, id: &MessageId, args: Option<&FluentArgs>) -> String {
        self.content.catalog.format(self.locale, id, args)
    }

    /// A date to show how to write one: the 15th, about four months ahead, so it is never in
    /// the past and every date question and its error agree.
    pub(crate) fn date_example(&self) -> String {
        let ahead = self.today.add_days(120);
        let example = crate::core::value::Date::new(ahead.year, ahead.month, 15).unwrap_or(ahead);
        self.formats().date(example)
    }

    /// How the user's language writes dates, lists and quotations.
    pub(crate) fn formats(&self) -> crate::core::format::Formats<'c> {
        self.content.catalog.formats(self.locale)
    }

    fn reply(&mut self, kind: Kind, key: MessageId, text: String, choices: Option<Choices>) {
        self.replies.push(Reply { kind, key, text, choices, locale: self.locale });
    }

    /// Sends a message to read, with no choices.
    pub(crate) fn say(&mut self, key: &str, args: Option<&FluentArgs>) {
        let id = MessageId::new(key);
        let text = self.text(&id, args);
        self.reply(Kind::Info, id, text, None);
    }

    /// Sends a message to read, already written.
    pub(crate) fn say_text(&mut self, key: MessageId, text: String) {
        self.reply(Kind::Info, key, text, None);
    }

    /// Asks for an answer: typed, or one of `choices`.
    pub(crate) fn ask_with(&mut self, key: MessageId, text: String, choices: Option<Choices>) {
        self.reply(Kind::Question, key, text, choices);
    }

    /// Asks for one of `options`, with a new question number.
    pub(crate) fn ask_choice(&mut self, key: MessageId, text: String, options: Vec<ChoiceOption>) {
        let question = self.next_question();
        self.ask_with(key, text, Some(Choices { question, multi: false, options }));
    }

    /// A press on a button of an earlier question: nothing changes.
    fn stale(&mut self) {
        self.replies.push(Reply::stale(self.content, self.locale));
    }

    /// Stores `effect` before the replies are shown.
    pub(crate) fn effect(&mut self, effect: Effect) {
        self.effects.push(effect);
    }

    /// A new question number: buttons shown with an older one are stale from now on.
    pub(crate) fn next_question(&mut self) -> u32 {
        self.user.session.question = self.user.session.question.wrapping_add(1);
        self.user.session.question
    }

    /// What happened while the user was away comes first. After an adviser's question (or a
    /// partner's message) the user's next message is their answer; a request for an
    /// introduction waits for their decision. Returns whether there was any.
    fn notices(&mut self) -> bool {
        use super::notice::Notice;
        let notices = std::mem::take(&mut self.user.notices);
        let any = !notices.is_empty();
        for n in notices {
            let overlay = |resume: Box<State>| match &n {
                Notice::AdviserMessage { draft, .. } => Some(State::WritingToAdviser { draft: Some(draft.clone()), resume }),
                Notice::IntroductionRequest { intro, .. } => Some(State::AnsweringIntro { intro: intro.clone(), resume }),
                Notice::PartnerMessage { intro, .. } | Notice::IntroductionAccepted { intro, contact: None, .. } => {
                    Some(State::WritingToPartner { intro: intro.clone(), resume })
                }
                _ => None,
            };
            // A new overlay replaces one of its kind rather than stacking on it.
            let resume = match &self.user.session.state {
                State::WritingToAdviser { resume, .. } | State::AnsweringIntro { resume, .. } | State::WritingToPartner { resume, .. } => resume.clone(),
                other => Box::new(other.clone()),
            };
            if let Some(o) = overlay(resume) {
                self.user.session.state = o;
            }
            // A closed draft takes no more answers: the reply to its adviser is no longer asked for.
            if let (Notice::StatusChanged { draft, status: crate::core::draft::DraftStatus::Closed }, State::WritingToAdviser { draft: Some(writing), resume }) = (&n, &self.user.session.state)
                && writing == draft
            {
                self.user.session.state = (**resume).clone();
            }
            let mut args = FluentArgs::new();
            let key = match n {
                Notice::StatusChanged { draft, status } => {
                    args.set("id", draft.to_string());
                    args.set("status", self.text(&MessageId::new(format!("draft-status-{}", status.as_str())), None));
                    // Closed reads as a sentence of its own, with where to turn next.
                    args.set("code", status.as_str());
                    "notice-status"
                }
                Notice::AdviserAnswer { text } => {
                    args.set("text", text);
                    "notice-adviser-answer"
                }
                Notice::AdviserMessage { draft, text } => {
                    args.set("id", draft.to_string());
                    args.set("text", text);
                    "notice-adviser-message"
                }
                Notice::IntroductionRequest { intro, from, message } => {
                    self.announced.push((intro, self.replies.len()));
                    args.set("name", from);
                    args.set("message", message);
                    "notice-intro-request"
                }
                Notice::IntroductionAccepted { name, contact: Some(contact), .. } => {
                    args.set("name", name);
                    args.set("contact", contact);
                    "notice-intro-accepted"
                }
                Notice::IntroductionAccepted { name, contact: None, .. } => {
                    args.set("name", name);
                    "notice-intro-accepted-bot"
                }
                Notice::IntroductionDeclined { name, .. } => {
                    args.set("name", name);
                    "notice-intro-declined"
                }
                Notice::IntroductionExpired { name, .. } => {
                    args.set("name", name);
                    "notice-intro-expired"
                }
                Notice::PartnerMessage { from, text, .. } => {
                    args.set("name", from);
                    args.set("text", text);
                    "notice-partner-message"
                }
                Notice::ProfileExpiring { expires } => {
                    args.set("date", self.formats().date(Date::from_unix(expires)));
                    "notice-profile-expiring"
                }
                Notice::IntroductionWithdrawn { .. } => "notice-intro-withdrawn",
                Notice::IntroductionGone { .. } => "notice-intro-gone",
            };
            let text = self.text(&MessageId::new(key), Some(&args));
            self.reply(Kind::Notice, MessageId::new(key), text, None);
        }
        any
    }

    fn resume(&mut self) {
        match self.user.session.state {
            State::New => self.open_main_menu(),
            _ => self.ask_pending(),
        }
    }

    fn text_input(&mut self, raw: &str) {
        let chars = raw.chars().count();
        let max = self.content.settings.max_input_chars;
        if chars > max {
            let args = render::invalid_args(&[("max", crate::core::validate::Arg::Number(max as i64)), ("length", crate::core::validate::Arg::Number(chars as i64))]);
            self.say("input-too-long", Some(&args));
            return self.ask_pending();
        }
        if raw.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
            self.say("input-control", None);
            return self.ask_pending();
        }
        let text = raw.trim();
        if text.is_empty() {
            self.say("input-empty", None);
            return self.ask_pending();
        }
        if let Some(cmd) = super::command::Command::parse(text) {
            return self.command(cmd);
        }
        self.learn_from_words(text);
        self.answer_text(text);
    }

    fn button(&mut self, question: u32, value: &str) {
        if question != self.user.session.question || !self.current_choices().iter().any(|o| o.value == value) {
            return self.stale();
        }
        self.answer_value(value);
    }

    fn choices(&mut self, question: u32, picked: &[usize]) {
        let shown = self.current_choices().len();
        let asking = matches!(self.user.session.state, State::Asking { .. });
        if question != self.user.session.question || !asking || picked.iter().any(|i| *i >= shown) {
            return self.stale();
        }
        // The same path as typing the option numbers, so validation (min, max) is shared.
        let numbers: Vec<String> = picked.iter().map(|i| (i + 1).to_string()).collect();
        self.answer_text(&numbers.join(", "));
    }

    /// Starts the main menu afresh (a new user, `/start`, `/cancel`, the end of a dialog).
    pub(crate) fn open_main_menu(&mut self) {
        let main = self.content.settings.main_dialog.clone();
        self.user.session.history.clear();
        self.start_dialog(&main, Vec::new());
    }

    pub(crate) fn start_dialog(&mut self, dialog: &super::ids::DialogId, stack: Vec<Frame>) {
        self.note_reused(dialog);
        if self.resume_unfinished(dialog, &stack) {
            return;
        }
        self.enter_dialog(dialog, stack);
    }

    /// Starts `dialog` asking every question, also those an earlier journey answered (`/restart`).
    pub(crate) fn start_dialog_afresh(&mut self, dialog: &super::ids::DialogId, stack: Vec<Frame>) {
        self.user.session.reused.clear();
        self.enter_dialog(dialog, stack);
    }

    fn enter_dialog(&mut self, dialog: &super::ids::DialogId, stack: Vec<Frame>) {
        let start = self.content.dialogs.get(dialog).expect("dialog ids are checked").start.step.clone();
        // A new journey: the safety note is said again before its first identifying question.
        self.user.session.warned = false;
        self.user.session.hinted = false;
        self.count_start(dialog);
        self.run_from(Cursor { dialog: dialog.clone(), step: start, stack }, None);
    }

    /// Moves to `cursor` and runs steps that need no answer until one does. `ret`: a change made
    /// from a summary that goes back there once the flow reaches its `until` step.
    pub(crate) fn run_from(&mut self, mut cursor: Cursor, mut ret: Option<Return>) {
        for _ in 0..MAX_AUTO_STEPS {
            if let Some(r) = ret.take_if(|r| r.until.as_ref() == Some(&cursor.step)) {
                // A section changed: back to the summary, by what the change made necessary.
                return self.back_to_summary(cursor, r.summary);
            }
            let Some(step) = self.content.dialogs.step(&cursor.dialog, &cursor.step) else {
                return self.content_error();
            };
            match &step.kind {
                StepKind::Message { text, next } => {
                    let args = render::slot_args(self, &[&text.id], self.content.reads_facts(&text.id));
                    let body = self.text(&text.id, Some(&args));
                    self.say_text(text.id.clone(), body);
                    cursor.step = next.step.clone();
                }
                StepKind::Branch { cases, otherwise } => {
                    // What the schemes make of the answers is worked out only for a branch that reads it.
                    let target = if cases.iter().any(|c| crate::core::schemes::reads_derived(&c.when)) {
                        let facts = self.facts();
                        cases.iter().find(|c| c.when.eval(&facts, self.today)).map_or(otherwise, |c| &c.next)
                    } else {
                        cases.iter().find(|c| c.when.eval(&self.user.session.slots, self.today)).map_or(otherwise, |c| &c.next)
                    };
                    cursor.step = target.step.clone();
                }
                StepKind::Call { dialog, next } => {
                    cursor.stack.push(Frame { dialog: cursor.dialog.clone(), next: next.step.clone() });
                    let start = self.content.dialogs.get(&dialog.dialog).expect("checked").start.step.clone();
                    cursor.dialog = dialog.dialog.clone();
                    cursor.step = start;
                }
                StepKind::Verdict { brief, next } => {
                    self.verdict(*brief);
                    if !*brief {
                        self.count_verdict();
                    }
                    cursor.step = next.step.clone();
                }
                StepKind::End { text } => {
                    if let Some(text) = text {
                        let args = render::slot_args(self, &[&text.id], self.content.reads_facts(&text.id));
                        let body = self.text(&text.id, Some(&args));
                        self.say_text(text.id.clone(), body);
                    }
                    match cursor.stack.pop() {
                        Some(frame) => {
                            cursor.dialog = frame.dialog;
                            cursor.step = frame.next;
                        }
                        None => {
                            let main = self.content.settings.main_dialog.clone();
                            let start = self.content.dialogs.get(&main).expect("checked").start.step.clone();
                            self.user.session.history.clear();
                            cursor = Cursor { dialog: main, step: start, stack: Vec::new() };
                        }
                    }
                }
                StepKind::Ask(q) if q.reuse && self.user.session.reused.contains(&q.slot) && self.user.session.slots.contains_key(&q.slot) => {
                    // Already answered (e.g. in the eligibility check): not asked again.
                    self.passed_over = true;
                    let chosen = match (&q.input, self.user.session.slots.get(&q.slot)) {
                        (Input::Choice { options }, Some(Value::Choice(v))) => options.iter().find(|o| &o.value == v).and_then(|o| o.next.clone()),
                        _ => None,
                    };
                    cursor.step = chosen.unwrap_or_else(|| q.next.clone()).step;
                }
                StepKind::Append { slot, fields, next, when_full } => {
                    let max = self.content.settings.limits.max_items;
                    let slots = &mut self.user.session.slots;
                    let record: std::collections::BTreeMap<String, Value> =
                        fields.iter().filter_map(|f| slots.remove(&f.slot).map(|v| (f.slot.to_string(), v))).collect();
                    let list = match slots.entry(slot.clone()).or_insert_with(|| Value::Records(Vec::new())) {
                        Value::Records(list) => list,
                        other => {
                            *other = Value::Records(Vec::new());
                            let Value::Records(list) = other else { unreachable!("just set") };
                            list
                        }
                    };
                    if list.len() < max {
                        list.push(record);
                    }
                    if list.len() >= max {
                        // No more fit: on past "add another?", saying so.
                        let mut args = FluentArgs::new();
                        args.set("max", max);
                        self.say("limit-items", Some(&args));
                        cursor.step = when_full.step.clone();
                    } else {
                        cursor.step = next.step.clone();
                    }
                }
                StepKind::Submit { next } => {
                    let max = self.content.settings.limits.max_drafts;
                    if self.user.drafts.len() >= max {
                        // The answers stay; an adviser can take it from here.
                        let mut args = FluentArgs::new();
                        args.set("max", max);
                        self.say("limit-drafts", Some(&args));
                        return self.open_main_menu();
                    }
                    let (length, max) = (draft_length(&self.user.session.slots), self.content.settings.limits.max_draft_chars);
                    if length > max {
                        // Back to the summary it was confirmed from, to shorten some answers.
                        let mut args = FluentArgs::new();
                        args.set("max", max);
                        args.set("length", length);
                        self.say("limit-draft-length", Some(&args));
                        match self.user.session.history.pop() {
                            Some(summary) => {
                                self.user.session.state = summary;
                                return self.ask_pending();
                            }
                            None => return self.open_main_menu(),
                        }
                    }
                    self.file_draft(&cursor.dialog);
                    cursor.step = next.step.clone();
                }
                StepKind::Track { slot, next } => {
                    self.track(slot);
                    cursor.step = next.step.clone();
                }
                StepKind::Advice { .. } => {
                    return self.advise(super::session::AdviceView::Topics, super::session::Then::Continue { at: cursor });
                }
                StepKind::Partners { .. } => {
                    return self.partners(super::session::PartnerView::Home, super::session::Then::Continue { at: cursor });
                }
                StepKind::Ask(_) | StepKind::Summary { .. } | StepKind::Menu { .. } | StepKind::Publish { .. } => {
                    self.user.session.state = State::Asking { at: cursor, failures: 0, return_to: ret };
                    return self.ask_pending();
                }
            }
        }
        self.content_error()
    }

    fn content_error(&mut self) {
        self.say("content-error", None);
        self.user.session.state = State::New;
        self.user.session.history.clear();
        let main = self.content.settings.main_dialog.clone();
        let start = self.content.dialogs.get(&main).expect("checked").start.step.clone();
        // The main menu is a menu step (checked), so this cannot loop back here.
        self.user.session.state = State::Asking { at: Cursor { dialog: main, step: start, stack: vec![] }, failures: 0, return_to: None };
        self.ask_pending();
    }

    /// Leaves the current question for the next one, remembering it for `/back`.
    pub(crate) fn advance(&mut self, at: Cursor, target: StepId, return_to: Option<Return>) {
        let previous = State::Asking { at: at.clone(), failures: 0, return_to: return_to.clone() };
        let history = &mut self.user.session.history;
        history.push(previous);
        if history.len() > HISTORY_LIMIT {
            history.remove(0);
        }
        match return_to {
            // One answer changed: straight back to the summary.
            Some(Return { summary, until: None }) => self.back_to_summary(at, summary),
            // A section changed: on through it, back to the summary at its end.
            other => self.run_from(Cursor { step: target, ..at }, other),
        }
    }

    /// Whether what is pending waits for the person's own words or decision: a message to an
    /// adviser or a partner, a request to decide on.
    pub(crate) fn waiting_for_answer(&self) -> bool {
        matches!(self.user.session.state, State::WritingToAdviser { .. } | State::AnsweringIntro { .. } | State::WritingToPartner { .. })
    }

    /// Shows the pending question (or overlay) again, with fresh buttons.
    pub(crate) fn ask_pending(&mut self) {
        let state = self.user.session.state.clone();
        match state {
            State::New => self.open_main_menu(),
            State::Asking { at, .. } => self.ask(&at),
            State::Stuck { at, .. } => self.offer_help(&at),
            State::ChoosingLanguage { .. } => self.ask_language(),
            State::WritingToAdviser { draft, .. } => {
                let key = if draft.is_some() { "adviser-write-answer" } else { "adviser-write-question" };
                self.warn_now("adviser");
                let text = self.text(&MessageId::new(key), None);
                let later = self.write_later();
                self.ask_choice(MessageId::new(key), text, later);
            }
            State::Advising { .. } => self.show_advice(),
            State::Partnering { .. } => self.show_partners(),
            State::AnsweringIntro { intro, .. } => self.ask_intro(&intro),
            State::WritingToPartner { intro, .. } => {
                let text = self.text(&MessageId::new("partner-write"), Some(&self.other_side(&intro)));
                let later = self.write_later();
                self.ask_choice(MessageId::new("partner-write"), text, later);
            }
            State::Confirming { at, value, .. } => {
                let Some(StepKind::Ask(q)) = self.content.dialogs.step(&at.dialog, &at.step).map(|s| &s.kind) else { return self.open_main_menu() };
                let mut args = FluentArgs::new();
                // Inside a sentence, a date reads as prose: "1. juni 2027", not 01.06.2027.
                let shown = match &value {
                    Value::Date(d) => self.formats().date(*d),
                    // "150 000 kroner", not a bare "150 000".
                    _ => crate::core::display::display_field(self.content, self.locale, &q.slot, crate::core::display::unit_of(self.content, &q.slot), &value),
                };
                args.set("value", shown);
                let text = self.text(&MessageId::new("understand-confirm"), Some(&args));
                let options = self.yes_no_options();
                self.ask_choice(MessageId::new("understand-confirm"), text, options);
            }
            State::Leaving { to, .. } => {
                let text = self.leave_question(&to);
                let options = self.yes_no_options();
                self.ask_choice(MessageId::new("understand-leave"), text, options);
            }
            State::ConfirmingForget { .. } => {
                let options = self.yes_no_options();
                let text = self.text(&MessageId::new("forget-confirm"), None);
                self.ask_choice(MessageId::new("forget-confirm"), text, options);
            }
        }
    }

    pub(crate) fn yes_no_options(&self) -> Vec<ChoiceOption> {
        vec![
            ChoiceOption { value: "yes".into(), label: self.text(&MessageId::new("answer-yes"), None) },
            ChoiceOption { value: "no".into(), label: self.text(&MessageId::new("answer-no"), None) },
        ]
    }

    /// The options of whatever is pending, as shown to the user.
    pub(crate) fn current_choices(&self) -> Vec<ChoiceOption> {
        match &self.user.session.state {
            State::New => Vec::new(),
            State::Asking { at, .. } => self.step_choices(at),
            State::Stuck { at, .. } => self.stuck_options(at),
            State::ChoosingLanguage { .. } => self.language_options(),
            State::ConfirmingForget { .. } | State::Confirming { .. } | State::Leaving { .. } => self.yes_no_options(),
            State::WritingToAdviser { .. } | State::WritingToPartner { .. } => self.write_later(),
            State::Advising { .. } => self.advice_choices(),
            State::Partnering { .. } => self.partner_choices(),
            State::AnsweringIntro { .. } => self.intro_choices(),
        }
    }

    /// The one button under a message being written: back to where the person was.
    fn write_later(&self) -> Vec<ChoiceOption> {
        vec![ChoiceOption { value: "later".to_owned(), label: self.text(&MessageId::new("write-later"), None) }]
    }

    fn step_choices(&self, at: &Cursor) -> Vec<ChoiceOption> {
        let Some(step) = self.content.dialogs.step(&at.dialog, &at.step) else { return Vec::new() };
        let label = |id: &MessageId| self.text(id, None);
        match &step.kind {
            StepKind::Ask(q) => match &q.input {
                Input::Choice { options } | Input::Multi { options, .. } => {
                    options.iter().map(|o| ChoiceOption { value: o.value.clone(), label: label(&o.label.id) }).collect()
                }
                Input::YesNo => self.yes_no_options(),
                // A message just read as a question may have been the answer after all.
                Input::Text { .. } if self.user.session.held.is_some() => {
                    vec![ChoiceOption { value: reading::USE_HELD.into(), label: label(&MessageId::new("understand-use-answer")) }]
                }
                _ => Vec::new(),
            },
            StepKind::Publish { .. } => self.yes_no_options(),
            StepKind::Menu { items, .. } => {
                items.iter().map(|i| ChoiceOption { value: i.dialog.dialog.to_string(), label: label(&i.label.id) }).collect()
            }
            StepKind::Summary { fields, .. } => {
                let mut out = vec![ChoiceOption { value: "confirm".into(), label: label(&MessageId::new("summary-confirm")) }];
                // What the scheme makes of the answers is shown, not changed.
                let shown = self.shown_fields(&at.dialog, fields);
                for f in fields.iter().zip(shown).filter(|(f, shown)| *shown && !crate::core::schemes::DERIVED.contains(&f.slot.as_str())).map(|(f, _)| f) {
                    let mut args = FluentArgs::new();
                    args.set("field", self.text(&f.label.id, None));
                    out.push(ChoiceOption { value: format!("edit:{}", f.slot), label: self.text(&MessageId::new("summary-edit"), Some(&args)) });
                }
                out
            }
            _ => Vec::new(),
        }
    }

    fn ask(&mut self, at: &Cursor) {
        let Some(step) = self.content.dialogs.step(&at.dialog, &at.step) else { return self.content_error() };
        if let StepKind::Ask(q) = &step.kind {
            self.warn_before(q, &at.dialog);
        }
        let text_id = match &step.kind {
            StepKind::Ask(q) => Some(&q.text.id),
            StepKind::Menu { text, .. } | StepKind::Summary { text, .. } => Some(&text.id),
            _ => None,
        };
        let reads_facts = text_id.is_some_and(|id| self.content.reads_facts(id));
        let mut args = render::slot_args(self, &text_id.into_iter().collect::<Vec<_>>(), reads_facts);
        match &step.kind {
            StepKind::Ask(Question { input: Input::Date { .. }, .. }) => args.set("example", self.date_example()),
            // A menu greets only the first time: after that, it is where the person comes back to.
            // Greeted back: in full the first time, in short once the menu has been seen.
            StepKind::Menu { .. } => args.set(
                "returning",
                match (self.user.session.question > 0, self.greeted) {
                    (true, false) => "yes",
                    (true, true) => "again",
                    (false, _) => "no",
                },
            ),
            StepKind::Summary { .. } if self.content.dialogs.get(&at.dialog).is_some_and(|d| d.publishes()) => args.set("editing", self.editing_profile()),
            _ => {}
        }
        let (key, mut body) = match &step.kind {
            StepKind::Ask(q) => (q.text.id.clone(), self.text(&q.text.id, Some(&args))),
            StepKind::Menu { text, .. } => (text.id.clone(), self.text(&text.id, Some(&args))),
            StepKind::Publish { text, .. } => {
                let mut a = FluentArgs::new();
                a.set("months", (self.content.settings.partners.profile_days + 15) / 30);
                a.set("editing", self.editing_profile());
                (text.id.clone(), self.text(&text.id, Some(&a)))
            }
            StepKind::Summary { text, fields, .. } => {
                let mut body = self.text(&text.id, Some(&args));
                let shown = self.shown_fields(&at.dialog, fields);
                // What the schemes make of the answers, worked out once for the whole summary.
                let facts = self.facts();
                let dialog = self.content.dialogs.get(&at.dialog).expect("dialog ids are checked");
                let mut section = None;
                for (f, shown) in fields.iter().zip(shown) {
                    // A heading goes with the first field of its section that is shown.
                    section = f.section.as_ref().or(section);
                    if !shown {
                        continue;
                    }
                    if let Some(section) = section.take() {
                        let mut a = FluentArgs::new();
                        a.set("title", self.text(&section.id, None));
                        body.push('\n');
                        body.push_str(&self.text(&MessageId::new("summary-section"), Some(&a)));
                    }
                    let value = match self.display_field(f) {
                        Some(shown) => crate::core::display::with_worth(self.content, self.locale, dialog, &f.slot, shown, |s| crate::core::condition::number(&facts, s)),
                        None => self.text(&MessageId::new("summary-empty"), None),
                    };
                    // A list (the activities) starts on a line of its own, under its label, even with one item.
                    let list = value.contains('\n') || matches!(self.user.session.slots.get(&f.slot), Some(Value::Records(_)));
                    let line = if list { "summary-list" } else { "summary-line" };
                    let mut a = FluentArgs::new();
                    a.set("label", self.text(&f.label.id, None));
                    a.set("value", value);
                    body.push('\n');
                    body.push_str(&self.text(&MessageId::new(line), Some(&a)));
                    // The total under the last cost line, as the advisers' export has it.
                    if let Some(total) = self.total_after(&at.dialog, &f.slot) {
                        body.push('\n');
                        body.push_str(&total);
                    }
                    // Under the amount: a financing plan that does not add up to the costs.
                    if let Some(off) = self.financing_after(&at.dialog, &f.slot) {
                        body.push('\n');
                        body.push_str(&off);
                    }
                }
                // "Confirm" sends it all to the advisers: someone tied to Russia reads the risk first.
                if dialog.files_draft()
                    && let Some(note) = self.note_before_sending()
                {
                    body.push_str("\n\n");
                    body.push_str(&note);
                }
                (text.id.clone(), body)
            }
            _ => return self.content_error(),
        };
        // The part of the form above its questions; not for an answer changed from the summary:
        // the person is not going through.
        let changing = matches!(&self.user.session.state, State::Asking { return_to: Some(_), .. });
        let passed_over = std::mem::take(&mut self.passed_over);
        if let (StepKind::Ask(_), false) = (&step.kind, changing)
            && let Some(dialog) = self.content.dialogs.get(&at.dialog)
            && let Some((n, part)) = dialog.section_of(&at.step)
        {
            // Every part counts, also one an earlier journey answered: the same question has
            // the same number whenever it is asked.
            let mut a = FluentArgs::new();
            a.set("n", n + 1);
            a.set("total", dialog.sections.len());
            a.set("part", self.text(&part.label.id, None));
            body = format!("{}\n{body}", self.text(&MessageId::new("progress"), Some(&a)));
            // Coming in at a later part: why the first ones were not asked.
            if passed_over && n > 0 {
                let mut a = FluentArgs::new();
                a.set("last", n);
                body = format!("{}\n{body}", self.text(&MessageId::new("progress-filled"), Some(&a)));
            }
        }
        if matches!(&step.kind, StepKind::Ask(q) if q.optional) {
            body.push('\n');
            body.push_str(&self.text(&MessageId::new("optional-hint"), None));
        }
        let options = self.step_choices(at);
        let multi = matches!(&step.kind, StepKind::Ask(q) if matches!(q.input, Input::Multi { .. }));
        let q = self.next_question();
        let choices = (!options.is_empty()).then_some(Choices { question: q, multi, options });
        self.ask_with(key, body, choices);
    }

    /// Files the answers of `dialog` as a draft for the advisers, lists it in the user's own
    /// record, and tells them its id.
    fn file_draft(&mut self, dialog: &DialogId) {
        let id = self.world.next_draft_id(self.today.year);
        // The draft keeps the scheme it followed, as it was when filed.
        let draft = Draft::filed(id.clone(), self.world.me().clone(), self.locale, dialog.clone(), self.facts().to_map(), self.now);
        self.user.drafts.push(id.clone());
        self.count_draft(&draft.answers);
        self.effect(Effect::FileDraft(Box::new(draft)));
        self.forget_filed(dialog);
        let mut args = FluentArgs::new();
        args.set("id", id.to_string());
        args.set("portal", self.content.settings.secretariat.portal.clone());
        let open = self.assessment().chosen().is_some_and(|c| c.status == crate::core::schemes::Status::Open);
        args.set("scheme_status", if open { "open" } else { "closed" });
        self.say("draft-submitted", Some(&args));
    }

}

/// How long a draft of these answers is, in characters of what was typed.
fn draft_length(slots: &std::collections::BTreeMap<super::ids::SlotName, Value>) -> usize {
    fn of(v: &Value) -> usize {
        match v {
            Value::Text(t) | Value::Choice(t) => t.chars().count(),
            Value::Choices(c) => c.iter().map(|t| t.chars().count()).sum(),
            Value::Records(items) => items.iter().flat_map(|r| r.values()).map(of).sum(),
            Value::Number(_) | Value::Bool(_) | Value::Date(_) => 10,
        }
    }
    slots.values().map(of).sum()
}
