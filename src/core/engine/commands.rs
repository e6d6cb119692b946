//! The global chat commands: they work in every state, and each leaves the user at a
//! clear place (usually the pending question, shown again).

use super::Turn;
use super::advice::AdviceChoice;
use super::partners::PartnerChoice;
use crate::core::command::Command;
use crate::core::dialog::StepKind;
use crate::core::draft::DraftStatus;
use crate::core::ids::{ArticleId, DialogId, MessageId};
use crate::core::session::{AdviceView, Cursor, State};
use fluent_bundle::FluentArgs;

impl Turn<'_> {
    pub(crate) fn command(&mut self, cmd: Command) {
        // News that waits for an answer (a request to decide on, an adviser's question) is what
        // a plain /start opens to: the session's first word must not cover it with the menu.
        let writing = self.waiting_for_answer();
        if self.user.session.news_waiting && writing && cmd == Command::Start(None) {
            return self.ask_pending();
        }
        // A message being written (to an adviser, to a partner, a decision on a request) is
        // kept through a command that only shows something: /status, /help, /privacy,
        // /mydata, a language switch. Asked again after it, nothing is lost.
        let shows = matches!(cmd, Command::Status | Command::Stats | Command::Help | Command::Privacy | Command::MyData | Command::Language(Some(Ok(_))));
        // A question held as a possible answer belongs to the question it was typed at: /back,
        // /skip and the rest move on without it ("use it as the answer" is not offered again).
        if !shows {
            self.user.session.held = None;
        }
        // Overlays (language list, forget confirmation) are left by any other command.
        if !(shows && writing)
            && let State::ChoosingLanguage { resume }
        | State::ConfirmingForget { resume }
        | State::WritingToAdviser { resume, .. }
        | State::AnsweringIntro { resume, .. }
        | State::WritingToPartner { resume, .. }
        | State::Leaving { resume, .. } = &self.user.session.state
        {
            self.user.session.state = (**resume).clone();
        }
        // "Did I read this right?" stays asked across a look at /status or /help.
        if !shows
            && let State::Confirming { at, return_to, .. } = &self.user.session.state
        {
            self.user.session.state = State::Asking { at: at.clone(), failures: 0, return_to: return_to.clone() };
        }
        match cmd {
            Command::Start(None) => self.open_main_menu(),
            Command::Start(Some(name)) => {
                let id = DialogId::new(name.clone());
                let article = name.strip_prefix("kb-").map(ArticleId::new).filter(|a| self.content.knowledge.article(a).is_some());
                if let Some(article) = article {
                    // A deep link from a public answer: straight to the article.
                    let then = self.then_resume();
                    self.advise(AdviceView::Article { article, rated: false }, then);
                } else if self.content.dialogs.get(&id).is_some() {
                    self.open_dialog(id);
                } else {
                    let mut args = FluentArgs::new();
                    args.set("name", name);
                    self.say("start-unknown", Some(&args));
                    self.open_main_menu();
                }
            }
            Command::Criteria => {
                let dialog = self.content.settings.criteria_dialog.clone();
                self.open_dialog(dialog);
            }
            Command::Help => self.help(),
            Command::Back => self.back(),
            Command::Skip => self.skip(),
            Command::Restart => self.restart(),
            Command::Cancel => self.cancel(),
            Command::Language(Some(Ok(locale))) => self.set_language(locale),
            Command::Language(Some(Err(code))) => {
                let mut args = FluentArgs::new();
                args.set("code", code);
                self.say("language-unknown", Some(&args));
                self.choose_language();
            }
            Command::Language(None) => self.choose_language(),
            Command::Status => self.status(),
            Command::Stats => self.show_stats(),
            Command::Advice(None) => {
                let then = self.then_resume();
                self.advise(AdviceView::Topics, then);
            }
            Command::Advice(Some(question)) => {
                let then = self.then_resume();
                self.ask_knowledge(&question, then);
            }
            Command::Partners(query) => self.open_partners(query),
            Command::Adviser => {
                // The next message goes to the advisers, about the latest draft if there is one.
                let mut contact = FluentArgs::new();
                contact.set("contact", self.contact());
                self.say("adviser-contact", Some(&contact));
                // About the latest draft still open; a closed one is done with.
                let draft = self.world.my_drafts().into_iter().filter(|d| d.status != DraftStatus::Closed).map(|d| d.id).next_back();
                let resume = Box::new(self.user.session.state.clone());
                self.user.session.state = State::WritingToAdviser { draft, resume };
                self.ask_pending();
            }
            Command::Privacy => self.privacy(),
            Command::MyData => self.my_data(),
            Command::Forget => {
                let resume = Box::new(self.user.session.state.clone());
                self.user.session.state = State::ConfirmingForget { resume };
                self.ask_pending();
            }
            Command::Unknown(name) => {
                let mut args = FluentArgs::new();
                args.set("command", format!("/{name}"));
                self.say("command-unknown", Some(&args));
                self.ask_pending();
            }
        }
    }

    /// A message that changes nothing, followed by the pending question as a reminder.
    fn info(&mut self, key: &str) {
        self.say(key, None);
        self.ask_pending();
    }

    /// The user's drafts and where each stands now. A draft no longer stored was closed and
    /// then removed after its retention period.
    fn status(&mut self) {
        // A draft started and not sent is not "none": where to go on with it.
        let unfinished = self.unfinished_form().map(|item| {
            let mut args = FluentArgs::new();
            args.set("item", self.formats().quote(&self.text(&item.label.id, None)));
            args.set("sent", if self.user.drafts.is_empty() { "no" } else { "yes" });
            self.text(&MessageId::new("status-unfinished"), Some(&args))
        });
        if self.user.drafts.is_empty() {
            return match unfinished {
                Some(text) => {
                    self.say_text(MessageId::new("status-unfinished"), text);
                    self.ask_pending();
                }
                None => self.info("status-none"),
            };
        }
        let mut lines = vec![self.text(&MessageId::new("status-header"), None)];
        for id in &self.user.drafts {
            let status = self.world.draft(id).map_or(DraftStatus::Closed, |d| d.status);
            let mut args = FluentArgs::new();
            args.set("id", id.to_string());
            args.set("status", self.text(&MessageId::new(format!("draft-status-{}", status.as_str())), None));
            lines.push(self.text(&MessageId::new("status-line"), Some(&args)));
        }
        lines.extend(unfinished);
        self.say_text(MessageId::new("status-header"), lines.join("\n"));
        self.ask_pending();
    }

    pub(crate) fn help(&mut self) {
        // A message being written or a request to decide on: what it does, not the form's help.
        match &self.user.session.state {
            State::WritingToAdviser { .. } => return self.info("help-writing-adviser"),
            State::AnsweringIntro { .. } => return self.info("help-answering-intro"),
            State::WritingToPartner { intro, .. } => {
                let args = self.other_side(intro);
                self.say("help-writing-partner", Some(&args));
                return self.ask_pending();
            }
            _ => {}
        }
        // In the resource centre or the partner search, the menu's help would read as theirs.
        let elsewhere = matches!(self.user.session.state, State::Advising { .. } | State::Partnering { .. });
        let step = self.user.session.state.cursor().filter(|_| !elsewhere).and_then(|c| self.content.dialogs.step(&c.dialog, &c.step));
        if let Some(step) = step {
            self.step_help(step);
        }
        self.info("help-general");
    }

    fn back(&mut self) {
        match self.user.session.state {
            State::Advising { .. } => return self.advice_choice(AdviceChoice::Leave),
            State::Partnering { .. } => return self.partner_choice(PartnerChoice::Leave),
            _ => {}
        }
        match self.user.session.history.pop() {
            Some(previous) => {
                self.user.session.state = previous;
                self.ask_pending();
            }
            None => self.info("back-nothing"),
        }
    }

    pub(crate) fn skip(&mut self) {
        let target = match &self.user.session.state {
            State::Asking { at, return_to, .. } | State::Stuck { at, return_to } => {
                match self.content.dialogs.step(&at.dialog, &at.step).map(|s| &s.kind) {
                    Some(StepKind::Ask(q)) if q.optional => Some((at.clone(), q.slot.clone(), q.next.step.clone(), return_to.clone())),
                    _ => None,
                }
            }
            _ => None,
        };
        match target {
            Some((at, slot, next, return_to)) => {
                self.user.session.slots.remove(&slot);
                self.advance(at, next, return_to);
            }
            None => self.info("skip-not-optional"),
        }
    }

    fn restart(&mut self) {
        match self.user.session.state.cursor().cloned() {
            Some(Cursor { dialog, stack, .. }) if dialog != self.content.settings.main_dialog => {
                self.user.session.history.clear();
                self.say("restart-done", None);
                // From the beginning, as it says: the questions an earlier journey answered too.
                self.start_dialog_afresh(&dialog, stack);
            }
            _ => self.open_main_menu(),
        }
    }

    pub(crate) fn cancel(&mut self) {
        let in_dialog = self.user.session.state.cursor().is_some_and(|c| c.dialog != self.content.settings.main_dialog);
        if in_dialog {
            self.say("cancel-done", None);
        }
        self.open_main_menu();
    }

    fn choose_language(&mut self) {
        let resume = Box::new(self.user.session.state.clone());
        self.user.session.state = State::ChoosingLanguage { resume };
        self.ask_pending();
    }
}
