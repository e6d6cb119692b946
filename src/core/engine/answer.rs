//! Answers: matching typed text or a button to what is pending, validating it, storing it in
//! its slot and moving on — or re-asking with the specific reason.

use super::{Turn, render};
use crate::core::command::Command;
use super::reading::{Raw, Read, USE_HELD};
use crate::core::dialog::{Input, Question, StepKind};
use crate::core::draft::DraftChange;
use crate::core::effect::Effect;
use crate::core::reply::ChoiceOption;
use crate::core::ids::{DialogId, MessageId, SlotName, StepId};
use crate::core::locale::Locale;
use crate::core::session::{Cursor, Frame, Return, State};
use crate::core::validate::{self, Invalid};
use crate::core::value::Value;

/// Failed attempts in a row after which the engine offers help instead of asking again.
pub const MAX_FAILURES: u8 = 3;

impl Turn<'_> {
    /// Typed text that is not a command.
    pub(crate) fn answer_text(&mut self, text: &str) {
        let options = self.current_choices();
        // A message being written: only the "Later" button, by number or name, is not the message.
        if matches!(self.user.session.state, State::WritingToAdviser { .. } | State::WritingToPartner { .. })
            && let Some(later) = options.iter().enumerate().find(|(i, o)| text.trim() == (i + 1).to_string() || text.trim().to_lowercase() == o.label.to_lowercase())
        {
            return self.answer_value(&later.1.value.clone());
        }
        match &self.user.session.state {
            // A first message is read at the main menu: "hei!", "I want to apply for our choir".
            // A number picks nothing: no menu is on the screen yet (or it went with /forget).
            State::New if text.trim().chars().all(|c| c.is_ascii_digit() || c == ',' || c.is_whitespace()) => self.open_main_menu(),
            State::New => {
                let main = self.content.settings.main_dialog.clone();
                let start = self.content.dialogs.get(&main).expect("checked").start.step.clone();
                self.answer_question(Cursor { dialog: main, step: start, stack: Vec::new() }, None, 0, Raw::Text(text));
            }
            State::Stuck { at, return_to } => match pick_one(&options, text) {
                Ok(i) => self.answer_value(&options[i].value.clone()),
                // Anything else is another try at the question itself.
                Err(_) => {
                    let (at, return_to) = (at.clone(), return_to.clone());
                    self.answer_question(at, return_to, 0, Raw::Text(text));
                }
            },
            State::Asking { at, failures, return_to } => {
                let (at, failures, return_to) = (at.clone(), *failures, return_to.clone());
                self.answer_question(at, return_to, failures, Raw::Text(text));
            }
            // A bare number is a slip for a menu no longer shown, not a message to the advisers.
            State::WritingToAdviser { .. } if bare_number(text) => {
                self.say("adviser-not-sent-number", None);
                self.ask_pending();
            }
            // "Привет" alone is a greeting to the bot, not the message (an adviser's question
            // brought the person here, and they say hello first).
            State::WritingToAdviser { .. } if self.content.understanding.small_talk(text, &self.content.knowledge.terms) == Some(crate::core::understand::Intent::Greeting) => {
                self.say("adviser-not-sent-greeting", None);
                self.ask_pending();
            }
            State::WritingToAdviser { draft, resume } => {
                let (draft, resume) = (draft.clone(), (**resume).clone());
                self.user.session.state = resume;
                let max = self.content.settings.limits.adviser_messages_per_day;
                let day_ago = self.now - 86_400;
                self.user.to_advisers.retain(|at| *at > day_ago);
                if self.user.to_advisers.len() >= max {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("max", max);
                    self.say("limit-adviser", Some(&args));
                } else {
                    self.user.to_advisers.push(self.now);
                    let about = draft.map(|id| (id, DraftChange::ApplicantNote { at: self.now, text: text.to_owned() }));
                    self.effect(Effect::ToAdvisers { from: self.world.me().clone(), text: text.to_owned(), about });
                    self.say("adviser-sent", None);
                }
                self.ask_pending();
            }
            State::Confirming { at, return_to, .. } => match pick_yes_no(&options, text) {
                Ok(i) => self.answer_value(&options[i].value.clone()),
                // Anything else is the answer given again, differently.
                Err(_) => {
                    let (at, return_to) = (at.clone(), return_to.clone());
                    self.answer_question(at, return_to, 0, Raw::Text(text));
                }
            },
            State::Leaving { .. } => match pick_yes_no(&options, text) {
                Ok(i) => self.answer_value(&options[i].value.clone()),
                Err(invalid) => self.reject(invalid),
            },
            // "Отмена", "avbryt", "cancel": the erasure is called off.
            State::ConfirmingForget { .. } if bare_command(text) == Some(Command::Cancel) => self.answer_value("no"),
            State::ConfirmingForget { .. } => match pick_yes_no(&options, text) {
                Ok(i) => self.answer_value(&options[i].value.clone()),
                Err(invalid) => self.reject(invalid),
            },
            State::ChoosingLanguage { .. } => match pick_one(&options, text) {
                Ok(i) => self.answer_value(&options[i].value.clone()),
                Err(invalid) => self.reject(invalid),
            },
            State::Advising { .. } => self.advice_text(text),
            State::Partnering { .. } => self.partners_text(text),
            State::AnsweringIntro { .. } => match pick_one(&options, text) {
                Ok(i) => self.answer_value(&options[i].value.clone()),
                // "ja" to "Say yes", "nei takk" to "No thanks".
                Err(_) if let Some(yes) = validate::parse_yes_no(text) => self.answer_value(if yes { "accept" } else { "decline" }),
                // "что это?": what the request means and what each answer does, then the request.
                Err(_) if text.trim_end().ends_with('?') || bare_command(text) == Some(Command::Help) => self.help(),
                Err(invalid) => self.reject(invalid),
            },
            State::WritingToPartner { intro, resume, .. } => {
                let (intro, resume) = (intro.clone(), (**resume).clone());
                self.user.session.state = resume;
                self.write_to_partner(&intro, text);
                self.ask_pending();
            }
        }
    }

    /// A choice that is known to be one of the current options (a button or a matched label).
    pub(crate) fn answer_value(&mut self, value: &str) {
        match self.user.session.state.clone() {
            State::New => self.open_main_menu(),
            State::Asking { at, failures, return_to } => self.answer_question(at, return_to, failures, Raw::Value(value)),
            State::Stuck { at, return_to } => self.stuck_choice(at, return_to, value),
            State::ChoosingLanguage { resume } => {
                self.user.session.state = *resume;
                if let Some(l) = Locale::from_hint(value) {
                    self.set_language(l);
                } else {
                    self.ask_pending();
                }
            }
            State::WritingToAdviser { resume, .. } => {
                self.user.session.state = *resume;
                self.ask_pending();
            }
            State::Advising { .. } => self.advice_value(value),
            State::Partnering { .. } => self.partners_value(value),
            State::AnsweringIntro { intro, resume } => self.answer_intro(intro, *resume, value),
            State::WritingToPartner { resume, .. } => {
                self.user.session.state = *resume;
                self.ask_pending();
            }
            State::Confirming { at, value: kept, next, return_to } => {
                if value == "yes" {
                    self.keep_answer(at, kept, next, return_to);
                } else {
                    self.user.session.state = State::Asking { at, failures: 0, return_to };
                    self.ask_pending();
                }
            }
            State::Leaving { to, resume } => {
                if value == "yes" {
                    self.leave_for(to, *resume);
                } else {
                    self.user.session.state = *resume;
                    self.ask_pending();
                }
            }
            State::ConfirmingForget { resume } => {
                if value == "yes" {
                    self.forget();
                } else {
                    self.user.session.state = *resume;
                    self.say("forget-kept", None);
                    self.ask_pending();
                }
            }
        }
    }

    pub(crate) fn answer_question(&mut self, at: Cursor, return_to: Option<Return>, failures: u8, raw: Raw<'_>) {
        let content = self.content;
        let Some(step) = content.dialogs.step(&at.dialog, &at.step) else { return self.open_main_menu() };
        let held = self.user.session.held.take();
        let held_text;
        let mut raw = raw;
        if let (Raw::Value(USE_HELD), Some(h)) = (&raw, &held) {
            held_text = h.clone();
            raw = Raw::Text(&held_text);
        } else if let Raw::Text(text) = raw {
            // Typed words are read before they are refused: a question, a wish, or an answer in words.
            match self.read(step, text, held.is_some(), at.clone(), return_to.clone(), failures) {
                Read::Done => return,
                Read::Held => {
                    held_text = held.unwrap_or_default();
                    raw = Raw::Text(&held_text);
                }
                Read::As(r, confirm) => {
                    raw = r;
                    if confirm {
                        return self.confirm_answer(step, at, return_to, failures, raw);
                    }
                }
            }
        }
        match &step.kind {
            StepKind::Menu { items, .. } => {
                let values: Vec<String> = items.iter().map(|i| i.dialog.dialog.to_string()).collect();
                let raw = match raw {
                    Raw::Picked(ix) => Raw::Value(ix.first().and_then(|i| values.get(*i)).map_or("", String::as_str)),
                    other => other,
                };
                match self.resolve_one(&raw) {
                    Ok(v) if values.contains(&v) => {
                        self.user.session.history.clear();
                        self.start_dialog(&DialogId::new(v), Vec::new());
                    }
                    Ok(_) => self.fail(at, return_to, failures, Invalid::new("invalid-choice").with("count", values.len() as i64)),
                    Err(invalid) => match raw {
                        // Words instead of a choice: a question for the resource centre, when it
                        // has anything on it or it is plainly a question ("how much can we get?"
                        // asks for more there); garbage still gets "choose one of the options".
                        Raw::Text(t) if self.knows_about(t) || (t.trim_end().ends_with('?') && t.chars().filter(|c| c.is_alphabetic()).count() >= 3) => {
                            let then = crate::core::session::Then::Resume { state: Box::new(State::Asking { at, failures, return_to }) };
                            self.ask_knowledge(t, then);
                        }
                        _ => self.fail(at, return_to, failures, invalid),
                    },
                }
            }
            StepKind::Publish { next, .. } => match self.resolve_one(&raw) {
                Ok(v) if v == "yes" => {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("editing", self.editing_profile());
                    let days = self.content.settings.partners.profile_days;
                    let slots = &self.user.session.slots;
                    let made = crate::core::partners::Profile::from_slots(self.world.me(), slots, self.now, days * 86_400, self.mine().as_ref());
                    match made {
                        Some(profile) => {
                            if self.mine().is_none() {
                                self.count_listing(crate::core::activity::Happening::ProfilePublished, &profile.listing);
                            }
                            self.change_profile(Some(profile));
                            self.say("partner-published", Some(&args));
                        }
                        None => self.say("partner-not-published", Some(&args)),
                    }
                    self.advance(at, next.step.clone(), None);
                }
                Ok(v) if v == "no" => {
                    // Changes not made leave the profile as it was, still up.
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("editing", self.editing_profile());
                    self.say("partner-not-published", Some(&args));
                    self.advance(at, next.step.clone(), None);
                }
                Ok(_) => self.fail(at, return_to, failures, Invalid::new("invalid-choice").with("count", 2)),
                Err(invalid) => self.fail(at, return_to, failures, invalid),
            },
            // A question at the summary ("what happens when I confirm?") is answered, and the
            // summary shown again: not refused as a wrong option.
            StepKind::Summary { .. } if matches!(&raw, Raw::Text(t) if t.trim_end().ends_with('?') && matches!(self.summary_meant(Raw::Text(t)), Raw::Text(_))) => {
                if let Raw::Text(t) = raw {
                    // It asks the summary again itself.
                    self.answer_in_passing(t);
                }
            }
            StepKind::Summary { next, fields, .. } => match self.resolve_one(&self.summary_meant(raw)) {
                Ok(v) if v == "confirm" => self.advance(at, next.step.clone(), None),
                Ok(v) => {
                    let slot = v.strip_prefix("edit:").map(SlotName::new);
                    let field = slot.and_then(|s| fields.iter().find(|f| f.slot == s));
                    let target = field.and_then(|f| match &f.step {
                        Some(t) => Some(t.step.clone()),
                        None => self.content.dialogs.get(&at.dialog).and_then(|d| d.question_for(&f.slot)).map(|q| q.id.clone()),
                    });
                    if let Some(f) = field.filter(|f| matches!(self.user.session.slots.get(&f.slot), Some(Value::Records(_)))) {
                        // Repeated items are entered again from the first.
                        self.user.session.slots.remove(&f.slot);
                    }
                    let until = field.and_then(|f| f.until.as_ref()).map(|t| t.step.clone());
                    match target {
                        Some(step) => {
                            let summary = at.step.clone();
                            let return_to = Some(Return { summary, until });
                            self.user.session.state = State::Asking { at: Cursor { step, ..at }, failures: 0, return_to };
                            self.ask_pending();
                        }
                        None => self.fail(at, return_to, failures, Invalid::new("invalid-choice").with("count", fields.len() as i64 + 1)),
                    }
                }
                Err(invalid) => self.fail(at, return_to, failures, invalid),
            },
            StepKind::Ask(q) => match self.parse_answer(q, &raw) {
                Ok((value, next)) => self.keep_answer(at, value, next, return_to),
                Err(invalid) => self.fail(at, return_to, failures, invalid),
            },
            _ => self.open_main_menu(),
        }
    }

    /// Keeps `value` as the answer to the question at `at`, and goes on to `next`.
    pub(crate) fn keep_answer(&mut self, at: Cursor, value: Value, next: StepId, return_to: Option<Return>) {
        let Some(StepKind::Ask(q)) = self.content.dialogs.step(&at.dialog, &at.step).map(|s| &s.kind) else { return self.open_main_menu() };
        self.learn_from_answer(q, &value);
        self.user.session.slots.insert(q.slot.clone(), value);
        self.advance(at, next, return_to);
    }

    /// An answer read from words that could be misread: valid, it is asked back ("NOK 150 000 –
    /// is that right?") before it is kept.
    fn confirm_answer(&mut self, step: &crate::core::dialog::Step, at: Cursor, return_to: Option<Return>, failures: u8, raw: Raw<'_>) {
        let StepKind::Ask(q) = &step.kind else { return self.open_main_menu() };
        match self.parse_answer(q, &raw) {
            Ok((value, next)) => {
                self.user.session.state = State::Confirming { at, value, next, return_to };
                self.ask_pending();
            }
            Err(invalid) => self.fail(at, return_to, failures, invalid),
        }
    }

    /// Turns the raw answer into a value for the question's slot, and the step it leads to.
    pub(crate) fn parse_answer(&self, q: &Question, raw: &Raw<'_>) -> Result<(Value, StepId), Invalid> {
        let next = q.next.step.clone();
        match &q.input {
            Input::Text { validators } => {
                let Raw::Text(text) = raw else { return Err(Invalid::new("input-empty")) };
                let (max, length) = (self.content.settings.limits.max_answer_chars, text.chars().count());
                if length > max {
                    return Err(Invalid::new("invalid-too-long").with("max", max as i64).with("length", length as i64));
                }
                let mut stored = text.to_string();
                for v in validators {
                    v.check(text)?;
                    if let Some(n) = v.normalise(text) {
                        stored = n;
                    }
                }
                Ok((Value::Text(stored), next))
            }
            Input::Choice { options } => {
                let v = self.resolve_one(raw)?;
                let opt = options.iter().find(|o| o.value == v).ok_or_else(|| Invalid::new("invalid-choice").with("count", options.len() as i64))?;
                Ok((Value::Choice(v), opt.next.as_ref().map_or(next, |t| t.step.clone())))
            }
            Input::Multi { options, min, max } => {
                let shown = self.current_choices();
                let picked: Vec<usize> = match raw {
                    Raw::Value(v) => shown.iter().position(|o| o.value == *v).into_iter().collect(),
                    Raw::Text(t) => pick_many(&shown, t)?,
                    Raw::Picked(ix) => ix.iter().copied().filter(|i| *i < shown.len()).collect(),
                    Raw::Number(_) | Raw::Date(_) => return Err(Invalid::new("invalid-choice").with("count", shown.len() as i64)),
                };
                if picked.len() < *min || picked.len() > *max {
                    return Err(Invalid::new("invalid-multi-count").with("min", *min as i64).with("max", *max as i64));
                }
                // Stored in the order of the options, so the same choice always reads the same.
                let values = options.iter().enumerate().filter(|(i, _)| picked.contains(i)).map(|(_, o)| o.value.clone()).collect();
                Ok((Value::Choices(values), next))
            }
            Input::YesNo => {
                let yes = match raw {
                    Raw::Value(v) => *v == "yes",
                    Raw::Picked(ix) => ix == &[0],
                    Raw::Number(_) | Raw::Date(_) => return Err(Invalid::new("invalid-yes-no")),
                    Raw::Text(t) => pick_yes_no(&self.yes_no_options(), t).map_err(|_| Invalid::new("invalid-yes-no"))? == 0,
                };
                Ok((Value::Bool(yes), next))
            }
            Input::Number { min, max, share_of, within, .. } => {
                let n = match raw {
                    Raw::Number(n) => *n,
                    Raw::Text(t) => validate::parse_number(t).ok_or_else(|| Invalid::new("invalid-number"))?,
                    _ => return Err(Invalid::new("invalid-number")),
                };
                self.check_number(n, *min, *max, &q.slot, share_of, within)?;
                Ok((Value::Number(n), next))
            }
            Input::Date { min, max, not_before } => {
                let d = match raw {
                    Raw::Date(d) => *d,
                    Raw::Text(t) => crate::core::value::Date::parse(t).ok_or_else(|| Invalid::new("invalid-date").with_text("example", self.date_example()))?,
                    _ => return Err(Invalid::new("invalid-date").with_text("example", self.date_example())),
                };
                if let Some(lo) = min.map(|b| b.resolve(self.today)).filter(|lo| d < *lo) {
                    // The earliest date is today: the date given has passed.
                    let past = if lo == self.today { "yes" } else { "no" };
                    return Err(Invalid::new("invalid-date-too-early").with_text("min", self.formats().date(lo)).with_text("past", past.to_owned()));
                }
                if let Some(hi) = max.map(|b| b.resolve(self.today)).filter(|hi| d > *hi) {
                    return Err(Invalid::new("invalid-date-too-late").with_text("max", self.formats().date(hi)));
                }
                // After the answers it follows: an end not before the start or any activity.
                if let Some(lo) = self.latest_date(not_before).filter(|lo| d < *lo) {
                    return Err(Invalid::new("invalid-date-too-early").with_text("min", self.formats().date(lo)).with_text("past", "no".to_owned()));
                }
                Ok((Value::Date(d), next))
            }
        }
    }

    /// The latest date among these answers: a date, or any date inside repeated items.
    fn latest_date(&self, slots: &[SlotName]) -> Option<crate::core::value::Date> {
        let dates = |v: &Value| -> Vec<crate::core::value::Date> {
            match v {
                Value::Date(d) => vec![*d],
                Value::Records(items) => items.iter().flat_map(|r| r.values()).filter_map(|v| if let Value::Date(d) = v { Some(*d) } else { None }).collect(),
                _ => Vec::new(),
            }
        };
        slots.iter().filter_map(|s| self.user.session.slots.get(s)).flat_map(dates).max()
    }

    /// Whether `n` is within a number question's bounds: its range, the part of a total it
    /// belongs to (`within`), and the share of the costs the scheme funds (`share_of`).
    pub(crate) fn check_number(&self, n: i64, min: i64, max: i64, slot: &SlotName, share_of: &[SlotName], within: &[SlotName]) -> Result<(), Invalid> {
        // Amounts go to the texts as numbers: grouped as the language writes them, and a text can
        // choose the plural form ("1 krone", "50 000 kroner").
        if n < min || n > max {
            // An amount in kroner says so: "from 1 000 to 50 000 000 kroner".
            let unit = crate::core::display::unit_of(self.content, slot).map_or("none", |u| u.id.as_str().strip_prefix("unit-").unwrap_or("none"));
            return Err(Invalid::new("invalid-number-range").with("min", min).with("max", max).with_text("unit", unit.to_owned()));
        }
        if !within.is_empty() {
            let slots = &self.user.session.slots;
            let total: i64 = within.iter().filter_map(|s| match slots.get(s) {
                Some(Value::Number(v)) => Some(*v),
                _ => None,
            }).sum();
            if n > total {
                return Err(Invalid::new("invalid-over-total").with("total", total));
            }
        }
        if let Some(limit) = (!share_of.is_empty()).then(|| self.share_limit(share_of)).flatten()
            && n > limit.limit
        {
            return Err(Invalid::new("invalid-over-share")
                .with("share", i64::from(limit.percent))
                .with_text("base", limit.share_base.as_str().to_owned())
                .with("max", limit.limit)
                .with("total", limit.base));
        }
        Ok(())
    }

    /// What words typed at a summary mean: "ja" confirms it; "endre reiser" or "reiser" is the
    /// one change whose label has those words. Anything else as typed.
    fn summary_meant<'r>(&self, raw: Raw<'r>) -> Raw<'r> {
        let Raw::Text(text) = raw else { return raw };
        let shown = self.current_choices();
        if pick_one(&shown, text).is_ok() {
            return raw;
        }
        let confirm = shown.iter().position(|o| o.value == "confirm");
        match (validate::parse_yes_no(text), confirm) {
            (Some(true), Some(i)) => Raw::Picked(vec![i]),
            _ => pick_by_words(&shown, text).map_or(raw, |i| Raw::Picked(vec![i])),
        }
    }

    /// The value of a single choice, from a button or typed number/label.
    fn resolve_one(&self, raw: &Raw<'_>) -> Result<String, Invalid> {
        let shown = self.current_choices();
        match raw {
            Raw::Value(v) => Ok((*v).to_owned()),
            Raw::Text(t) => pick_one(&shown, t).map(|i| shown[i].value.clone()),
            Raw::Picked(ix) if ix.len() == 1 && ix[0] < shown.len() => Ok(shown[ix[0]].value.clone()),
            _ => Err(Invalid::new("invalid-choice").with("count", shown.len() as i64)),
        }
    }

    /// Re-asks with the reason; after [`MAX_FAILURES`] in a row, offers a way out instead
    /// (not at a menu: the way out would be the menu itself).
    fn fail(&mut self, at: Cursor, return_to: Option<Return>, failures: u8, invalid: Invalid) {
        let failures = failures.saturating_add(1);
        let args = render::invalid_args(&invalid.args);
        let reason = self.text(&invalid.reason, Some(&args));
        self.say_text(invalid.reason.clone(), reason);
        let menu = matches!(self.content.dialogs.step(&at.dialog, &at.step).map(|s| &s.kind), Some(StepKind::Menu { .. }));
        if failures >= MAX_FAILURES && !menu {
            self.user.session.state = State::Stuck { at, return_to };
        } else {
            self.user.session.state = State::Asking { at, failures, return_to };
        }
        self.ask_pending();
    }

    /// A reason without a question to count failures on (language list, forget confirmation).
    pub(crate) fn reject(&mut self, invalid: Invalid) {
        let args = render::invalid_args(&invalid.args);
        let reason = self.text(&invalid.reason, Some(&args));
        self.say_text(invalid.reason.clone(), reason);
        self.ask_pending();
    }

    pub(crate) fn stuck_options(&self, at: &Cursor) -> Vec<ChoiceOption> {
        let optional = matches!(
            self.content.dialogs.step(&at.dialog, &at.step).map(|s| &s.kind),
            Some(StepKind::Ask(q)) if q.optional
        );
        let mut keys = vec!["again", "help", "adviser"];
        if optional {
            keys.push("skip");
        }
        keys.push("menu");
        keys.into_iter()
            .map(|k| ChoiceOption { value: k.to_owned(), label: self.text(&MessageId::new(format!("stuck-{k}")), None) })
            .collect()
    }

    pub(crate) fn offer_help(&mut self, at: &Cursor) {
        let options = self.stuck_options(at);
        let text = self.text(&MessageId::new("stuck-offer"), None);
        self.ask_choice(MessageId::new("stuck-offer"), text, options);
    }

    fn stuck_choice(&mut self, at: Cursor, return_to: Option<Return>, value: &str) {
        self.user.session.state = State::Asking { at: at.clone(), failures: 0, return_to };
        match value {
            "help" => self.help(),
            "adviser" => {
                let mut contact = fluent_bundle::FluentArgs::new();
                contact.set("contact", self.contact());
                self.say("adviser-contact", Some(&contact));
                self.ask_pending();
            }
            "skip" => self.skip(),
            "menu" => self.cancel(),
            _ => self.ask_pending(),
        }
    }

    pub(crate) fn language_options(&self) -> Vec<ChoiceOption> {
        Locale::ALL
            .into_iter()
            .map(|l| ChoiceOption { value: l.code().to_owned(), label: self.text(&MessageId::new(format!("language-name-{}", l.code())), None) })
            .collect()
    }

    pub(crate) fn ask_language(&mut self) {
        let options = self.language_options();
        let text = self.text(&MessageId::new("language-choose"), None);
        self.ask_choice(MessageId::new("language-choose"), text, options);
    }

    pub(crate) fn set_language(&mut self, locale: Locale) {
        self.user.prefs.language = Some(locale);
        self.locale = locale;
        self.say("language-set", None);
        self.ask_pending();
    }

    /// Starts a dialog at top level, as the menu or a deep link does.
    pub(crate) fn open_dialog(&mut self, dialog: DialogId) {
        self.user.session.history.clear();
        self.start_dialog(&dialog, Vec::<Frame>::new());
    }
}

/// A bare number of one or two digits ("3"): a slip for a menu, where no option has it.
pub(crate) fn bare_number(text: &str) -> bool {
    let t = text.trim();
    (1..=2).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
}

/// A single option by number (`2`), label or value, case-insensitive.
pub(crate) fn pick_one(options: &[ChoiceOption], text: &str) -> Result<usize, Invalid> {
    let t = text.trim().trim_start_matches('[').trim_end_matches([']', '.', ')']);
    let invalid = || Invalid::new("invalid-choice").with("count", options.len() as i64);
    if options.is_empty() {
        return Err(invalid());
    }
    if let Ok(n) = t.parse::<usize>() {
        return (1..=options.len()).contains(&n).then(|| n - 1).ok_or_else(invalid);
    }
    let lower = t.to_lowercase();
    if let Some(i) = options.iter().position(|o| o.label.to_lowercase() == lower || o.value.to_lowercase() == lower) {
        return Ok(i);
    }
    // A label typed without its explanation in brackets ("Pause" for "Pause (hide it for now)"),
    // when only one option reads so.
    let head = |label: &str| label.split(" (").next().unwrap_or(label).trim().to_lowercase();
    let heads: Vec<usize> = (0..options.len()).filter(|&i| head(&options[i].label) == lower).collect();
    match heads[..] {
        [i] => Ok(i),
        _ => Err(invalid()),
    }
}

/// The one option whose label has every word typed ("publiser" or "publiser igjen" for
/// "Publiser den igjen"; a word of four letters or more may be the start of the label's), where
/// options are actions and not places to search.
pub(crate) fn pick_by_words(options: &[ChoiceOption], text: &str) -> Option<usize> {
    let words = |s: &str| s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect::<Vec<_>>();
    let typed = words(text);
    if typed.is_empty() {
        return None;
    }
    let has = |label: &[String], w: &String| label.iter().any(|l| l == w || (w.chars().count() >= 4 && l.starts_with(w.as_str())));
    let fits: Vec<usize> = (0..options.len()).filter(|&i| typed.iter().all(|w| has(&words(&options[i].label), w))).collect();
    match fits[..] {
        [i] => Some(i),
        _ => None,
    }
}

/// A command's word typed on its own, with or without its slash ("отмена", "Avbryt!", "hjelp").
fn bare_command(text: &str) -> Option<Command> {
    let word = text.trim().trim_start_matches('/').trim_end_matches(['.', '!']);
    if word.is_empty() || word.contains(char::is_whitespace) {
        return None;
    }
    Command::parse(&format!("/{word}")).filter(|c| !matches!(c, Command::Unknown(_)))
}

/// Yes (0) or no (1) of `options` (as [`Turn::yes_no_options`] lists them): as people type
/// yes and no in every language, else by number or label.
fn pick_yes_no(options: &[ChoiceOption], text: &str) -> Result<usize, Invalid> {
    validate::parse_yes_no(text).map(|yes| usize::from(!yes)).map_or_else(|| pick_one(options, text), Ok)
}

/// Several options: `1, 3`, `1 3`, `1;3`, or labels separated by commas.
fn pick_many(options: &[ChoiceOption], text: &str) -> Result<Vec<usize>, Invalid> {
    if let Ok(i) = pick_one(options, text) {
        return Ok(vec![i]);
    }
    let parts: Vec<&str> = if text.contains([',', ';']) {
        text.split([',', ';']).map(str::trim).filter(|p| !p.is_empty()).collect()
    } else {
        text.split_whitespace().collect()
    };
    let mut out = Vec::new();
    for p in parts {
        // Several may be chosen: the refusal says so.
        let i = pick_one(options, p).map_err(|_| Invalid::new("invalid-multi").with("count", options.len() as i64))?;
        if !out.contains(&i) {
            out.push(i);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> Vec<ChoiceOption> {
        ["Culture", "Education", "Environment"]
            .iter()
            .map(|l| ChoiceOption { value: l.to_lowercase(), label: (*l).to_owned() })
            .collect()
    }

    #[test]
    fn picks_by_number_label_or_value() {
        assert_eq!(pick_one(&opts(), "2").unwrap(), 1);
        assert_eq!(pick_one(&opts(), "[3]").unwrap(), 2);
        assert_eq!(pick_one(&opts(), "culture").unwrap(), 0);
        assert_eq!(pick_one(&opts(), "4").unwrap_err().reason.as_str(), "invalid-choice");
        assert_eq!(pick_one(&opts(), "0").unwrap_err().reason.as_str(), "invalid-choice");
        assert!(pick_one(&opts(), "🎉").is_err());
    }

    #[test]
    fn picks_several() {
        assert_eq!(pick_many(&opts(), "1, 3").unwrap(), [0, 2]);
        assert_eq!(pick_many(&opts(), "1 3 1").unwrap(), [0, 2]);
        assert_eq!(pick_many(&opts(), "Culture; environment").unwrap(), [0, 2]);
        assert!(pick_many(&opts(), "1, 7").is_err());
    }
}
