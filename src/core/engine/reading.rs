//! Acting on what a typed message was read as (see [`crate::core::understand`]): an answer
//! in words goes on to validation; a question gets the step's help or the resource centre's
//! answer and the same question again; a wish (a greeting, an adviser, another language,
//! another journey, to stop) is met — leaving a dialog only after asking, and coming back.

use super::Turn;
use crate::core::dialog::{Input, Step, StepKind};
use crate::core::ids::{DialogId, MessageId};
use crate::core::session::{Cursor, Frame, Leave, Return, State};
use crate::core::understand::{Context, Intent, Reading};
use fluent_bundle::FluentArgs;

/// What the user gave: typed text, the value of a pressed button, or what typed words were read as.
pub(crate) enum Raw<'a> {
    Text(&'a str),
    Value(&'a str),
    /// Options by index, as named in words.
    Picked(Vec<usize>),
    Number(i64),
    Date(crate::core::value::Date),
}

/// The value of the button that keeps a text just read as a question as the answer after all.
pub(crate) const USE_HELD: &str = "use-held";

/// What reading a message left to do.
pub(crate) enum Read<'a> {
    /// Nothing: the message was met (a question answered, a wish asked about).
    Done,
    /// Validate this as the answer; `true`: ask back whether it was read right, first.
    As(Raw<'a>, bool),
    /// Take the message held as a question as the answer after all.
    Held,
}

impl Turn<'_> {
    /// What a step is about, when asked (its help; for an amount that is a share of the costs,
    /// also how far it may go with the budget given so far). `false`: the step has no help.
    pub(crate) fn step_help(&mut self, step: &Step) -> bool {
        if let Some(help) = &step.help {
            self.say(help.id.as_str(), None);
        }
        let limit = match &step.kind {
            StepKind::Ask(q) => match &q.input {
                Input::Number { share_of, .. } if !share_of.is_empty() => self.share_limit(share_of),
                _ => None,
            },
            _ => None,
        };
        if let Some(limit) = &limit {
            let mut a = FluentArgs::new();
            a.set("share", i64::from(limit.percent));
            a.set("base", limit.share_base.as_str());
            a.set("total", limit.base);
            a.set("max", limit.limit);
            self.say("help-share-limit", Some(&a));
        }
        step.help.is_some() || limit.is_some()
    }

    /// Reads `text` typed at `step` and meets what is not an answer.
    /// `held`: a message was just read as a question here and may be the answer.
    pub(crate) fn read<'t>(&mut self, step: &Step, text: &'t str, held: bool, at: Cursor, return_to: Option<Return>, failures: u8) -> Read<'t> {
        let Some(context) = Context::of_step(&step.kind, held) else { return Read::As(Raw::Text(text), false) };
        if has_its_form(step, text) {
            return Read::As(Raw::Text(text), false);
        }
        let reading = self.content.read_message(text, &context, self.content.understanding.about(step));
        let menu = matches!(step.kind, StepKind::Menu { .. });
        match reading {
            Reading::Picked(ix) => Read::As(Raw::Picked(ix), false),
            Reading::Yes(yes) => Read::As(Raw::Value(if yes { "yes" } else { "no" }), false),
            Reading::Number { n, echo } => Read::As(Raw::Number(n), echo),
            Reading::Date { date, echo } => Read::As(Raw::Date(date), echo),
            Reading::Answer | Reading::Unknown => Read::As(Raw::Text(text), false),
            // At the menu a question opens the resource centre (or is refused as today).
            Reading::Question { .. } if menu => Read::As(Raw::Text(text), false),
            Reading::Which(ix) => {
                self.ask_which(&ix);
                Read::Done
            }
            Reading::AboutStep => {
                if !self.step_help(step) {
                    self.say("understand-no-help", None);
                }
                self.ask_pending();
                Read::Done
            }
            Reading::Question { may_be_answer } => {
                if may_be_answer {
                    self.user.session.held = Some(text.to_owned());
                }
                self.answer_in_passing(text);
                Read::Done
            }
            Reading::Intent(Intent::UseAnswer) => Read::Held,
            Reading::Intent(intent) => {
                self.user.session.state = State::Asking { at, failures, return_to };
                self.wish(intent, menu);
                Read::Done
            }
        }
    }

    /// Two options fit the words about equally: which one?
    fn ask_which(&mut self, ix: &[usize]) {
        let shown = self.current_choices();
        let names: Vec<String> = ix.iter().filter_map(|i| shown.get(*i)).map(|o| self.formats().quote(&o.label)).collect();
        let mut args = FluentArgs::new();
        args.set("options", self.formats().alternatives(&names));
        self.say("understand-which", Some(&args));
        self.ask_pending();
    }

    /// A question asked inside a form: the resource centre's best answer, briefly, and the
    /// same question again. Nothing is kept: a question is kept for the advisers only when the
    /// person chooses so in the resource centre, having read how.
    pub(super) fn answer_in_passing(&mut self, question: &str) {
        let kb = &self.content.knowledge;
        let answers = kb.answers(question, self.content.settings.advice_sure);
        let rules = self.content.main_scheme().to_owned();
        match answers.hits.first().and_then(|h| kb.article(&h.article)) {
            Some(article) => {
                let mut args = FluentArgs::new();
                args.set("title", self.text(&article.title(), None));
                args.set("answer", self.article_text(&article.short(&rules)));
                args.set("sure", if answers.sure { "yes" } else { "no" });
                self.say("understand-answer", Some(&args));
            }
            None => {
                let mut args = FluentArgs::new();
                args.set("contact", self.contact());
                self.say("understand-no-answer", Some(&args));
            }
        }
        // Last before the question: whether the words may still be the answer.
        self.say(if self.user.session.held.is_some() { "understand-held" } else { "understand-back" }, None);
        self.ask_pending();
    }

    /// Meets a wish; the pending question (or menu) is asked again after it, or, for another
    /// journey or stopping, the person is asked first whether to leave.
    fn wish(&mut self, intent: Intent, menu: bool) {
        use crate::core::command::Command;
        match intent {
            // The menu's own text greets: it is shown again, greeting.
            Intent::Greeting if menu => {
                self.greeted = true;
                self.ask_pending();
            }
            Intent::Greeting => {
                self.say("understand-greeting", None);
                self.ask_pending();
            }
            Intent::Thanks => {
                self.say("understand-thanks", None);
                self.ask_pending();
            }
            Intent::Help => self.help(),
            Intent::Privacy => self.command(Command::Privacy),
            Intent::Adviser => self.command(Command::Adviser),
            Intent::Language(l) => self.set_language(l),
            Intent::UseAnswer => self.ask_pending(),
            Intent::Stop if menu => self.say("understand-stop-menu", None),
            Intent::Stop => self.ask_leave(Leave::Stop),
            Intent::Back => self.command(Command::Back),
            Intent::Journey { dialog, rest } => {
                let query = Some(rest).filter(|r| !r.is_empty() && self.is_registry(&dialog));
                if menu {
                    return self.go(dialog, query);
                }
                let here = self.user.session.state.cursor().is_some_and(|c| c.dialog == dialog || c.stack.iter().any(|f| f.dialog == dialog));
                if here {
                    self.say("understand-already-here", None);
                    return self.ask_pending();
                }
                self.ask_leave(Leave::Journey { dialog, query });
            }
        }
    }

    fn ask_leave(&mut self, to: Leave) {
        let resume = Box::new(self.user.session.state.clone());
        self.user.session.state = State::Leaving { to, resume };
        self.ask_pending();
    }

    /// The question "leave for …?" as shown.
    pub(crate) fn leave_question(&self, to: &Leave) -> String {
        let mut args = FluentArgs::new();
        match to {
            Leave::Stop => self.text(&MessageId::new("understand-leave-stop"), None),
            Leave::Journey { dialog, .. } => {
                let title = self.content.dialogs.get(dialog).map(|d| self.text(&d.title.id, None)).unwrap_or_default();
                args.set("journey", title);
                self.text(&MessageId::new("understand-leave-journey"), Some(&args))
            }
        }
    }

    /// Leaves the question in `resume` for `to`: another journey comes back to it when it
    /// ends; stopping goes to the main menu. The answers stay either way.
    pub(crate) fn leave_for(&mut self, to: Leave, resume: State) {
        self.user.session.state = resume;
        match to {
            Leave::Stop => {
                self.say("understand-stopped", None);
                self.open_main_menu();
            }
            Leave::Journey { dialog, query } if query.is_some() || self.is_registry(&dialog) => {
                // The registry goes back to what was pending when it is left.
                self.open_partners(query);
            }
            Leave::Journey { dialog, .. } => {
                let Some(at) = self.user.session.state.cursor().cloned() else { return self.go(dialog, None) };
                let mut stack = at.stack.clone();
                stack.push(Frame { dialog: at.dialog, next: at.step });
                self.user.session.history.clear();
                self.start_dialog(&dialog, stack);
            }
        }
    }

    /// Starts a journey from the menu: the partner search with a query, or the dialog.
    fn go(&mut self, dialog: DialogId, query: Option<String>) {
        match query {
            Some(q) => self.open_partners(Some(q)),
            None => self.open_dialog(dialog),
        }
    }

    /// Whether `dialog` opens the partner registry.
    fn is_registry(&self, dialog: &DialogId) -> bool {
        self.content.dialogs.get(dialog).is_some_and(|d| d.opens_registry())
    }
}

/// Whether `text` has the form a text question asks for (an e-mail address, a phone number, an
/// organisation number, a pattern), passing all its checks: then it is the answer, whatever
/// its words ("kor@example.se" is not a request for an example).
fn has_its_form(step: &Step, text: &str) -> bool {
    use crate::core::dialog::{Input, Question};
    use crate::core::validate::Validator;
    let StepKind::Ask(Question { input: Input::Text { validators }, .. }) = &step.kind else { return false };
    validators.iter().any(|v| !matches!(v, Validator::Length { .. })) && validators.iter().all(|v| v.check(text.trim()).is_ok())
}
