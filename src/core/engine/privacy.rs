//! The user's control over their data, in a conversation: `/privacy` says who is responsible
//! for it, what is kept and for how long; `/mydata` sums up what is stored about them and gives
//! all of it as one JSON document; `/forget` (once confirmed) erases everything of them:
//! their record and profile, their introductions (the other side told only that one is gone),
//! the drafts they filed (the advisers told only their ids), and what waits for the advisers.

use super::Turn;
use crate::core::dialog::StepKind;
use crate::core::effect::Effect;
use crate::core::ids::MessageId;
use crate::core::partners::{IntroStatus, Introduction};
use crate::core::reply::Kind;
use crate::core::session::UserState;
use crate::core::value::Date;
use fluent_bundle::{FluentArgs, FluentValue};
use serde_json::{Value, json};

impl Turn<'_> {
    /// `/privacy`: who is responsible for the data and how to reach them, what is kept and for
    /// how long (from `[retention]` and `[partners]`), and the person's rights.
    pub(crate) fn privacy(&mut self) {
        let s = &self.content.settings;
        let mut args = FluentArgs::new();
        args.set("controller", s.secretariat.name.clone().unwrap_or_else(|| self.text(&MessageId::new("secretariat-name"), None)));
        args.set("contact", self.contact());
        args.set("session_days", s.retention.idle_session_days);
        args.set("draft_days", s.retention.closed_draft_days);
        args.set("profile_days", s.partners.profile_days);
        args.set("expired_profile_days", s.retention.expired_profile_days);
        args.set("question_days", s.retention.question_days);
        args.set("feedback_days", s.retention.feedback_days);
        self.say("privacy-text", Some(&args));
        self.ask_pending();
    }

    /// `/mydata`: a short summary in the user's language, then everything stored about them as
    /// one JSON document (a file where the platform takes one): their state as this turn leaves
    /// it, their drafts (the advisers by role, without their own notes), their partner profile,
    /// their introductions (the other side's contact only where accepted) and the questions they
    /// let the advisers keep.
    pub(crate) fn my_data(&mut self) {
        self.say_text(MessageId::new("mydata-summary"), self.summary());
        let me = self.world.me().clone();
        let intros: Vec<Value> = self.intros().iter().map(|i| introduction(i, &me)).collect();
        let questions: Vec<Value> = self.world.my_questions().iter().map(|q| json!({ "at": q.at, "language": q.locale, "text": q.text })).collect();
        let doc = json!({
            "user": me,
            "state": self.user,
            "drafts": self.world.my_drafts().iter().map(|d| draft(d, self.content.settings.show_adviser_first_names)).collect::<Vec<_>>(),
            "partner_profile": self.mine(),
            "introductions": intros,
            "questions_kept_for_advisers": questions,
        });
        let text = serde_json::to_string_pretty(&doc).expect("the document serialises");
        self.reply(Kind::Document, MessageId::new("mydata-document"), text, None);
        self.ask_pending();
    }

    /// What `/mydata` says in words, a line for each kind of record the user has.
    fn summary(&self) -> String {
        let mut lines = vec![self.text(&MessageId::new("mydata-summary"), None)];
        let mut line = |turn: &Self, key: &str, args: &[(&str, FluentValue<'static>)]| {
            let mut a = FluentArgs::new();
            for (k, v) in args {
                a.set(*k, v.clone());
            }
            lines.push(turn.formats().bullet(&turn.text(&MessageId::new(key), Some(&a))));
        };
        let language = self.content.catalog.inline(self.locale, &MessageId::new(format!("language-name-{}", self.locale.code())));
        line(self, "mydata-language", &[("language", language.into())]);
        // A journey under way: a question of a dialog (the main menu is none).
        let asking = self.user.session.state.cursor().filter(|c| matches!(self.content.dialogs.step(&c.dialog, &c.step).map(|s| &s.kind), Some(StepKind::Ask(_))));
        if let Some(title) = asking.and_then(|c| self.content.dialogs.get(&c.dialog)).map(|d| self.text(&d.title.id, None)) {
            line(self, "mydata-journey", &[("journey", title.into()), ("count", self.user.session.slots.len().into())]);
            // Each answer by its name, as the summary will show it.
            for (slot, label) in crate::core::display::slot_labels(self.content) {
                let Some(value) = self.user.session.slots.contains_key(slot).then(|| self.display(slot)).flatten() else { continue };
                let key = if matches!(self.user.session.slots.get(slot), Some(crate::core::value::Value::Records(_))) { "summary-list" } else { "summary-line" };
                line(self, key, &[("label", self.text(label, None).into()), ("value", value.into())]);
            }
        }
        for d in self.world.my_drafts() {
            let status = self.text(&MessageId::new(format!("draft-status-{}", d.status.as_str())), None);
            line(self, "mydata-draft", &[("id", d.id.to_string().into()), ("date", self.formats().date(Date::from_unix(d.created)).into()), ("status", status.into())]);
        }
        if let Some(p) = self.mine() {
            line(self, "mydata-profile", &[("name", p.listing.name.clone().into()), ("until", self.formats().date(Date::from_unix(p.expires)).into())]);
        }
        let intros = self.intros().len();
        if intros > 0 {
            line(self, "mydata-intros", &[("count", intros.into())]);
        }
        let questions = self.world.my_questions().len();
        if questions > 0 {
            line(self, "mydata-questions", &[("count", questions.into())]);
        }
        if let Some(tie) = self.user.russia {
            use crate::core::safety::Tie;
            let how = match tie {
                Tie::Mentioned => "mentioned",
                Tie::Contacted => "contacted",
                Tie::Partner | Tie::Own => "said",
            };
            line(self, "mydata-russia", &[("how", how.into())]);
        }
        lines.push(self.text(&MessageId::new("mydata-file"), None));
        lines.join("\n")
    }

    /// `/forget`, confirmed: everything of the user goes, wherever it lives. The other side of
    /// a live introduction hears only that it is gone; the advisers hear only which drafts were
    /// erased. Nothing of the user is saved after this turn: their next message starts afresh.
    pub(crate) fn forget(&mut self) {
        let me = self.world.me().clone();
        let drafts = self.world.my_drafts();
        self.effect(Effect::EraseUser);
        self.mine_now = Some(None);
        for intro in self.intros() {
            // Erased first, with the notices about it: then the word that it is gone.
            let told = intro.left_by(&me);
            self.effect(Effect::DeleteIntro(intro.id));
            if let Some((user, notice)) = told {
                self.effect(Effect::Notify { user, notice });
            }
        }
        for draft in &drafts {
            self.effect(Effect::EraseDraft(draft.id.clone()));
        }
        self.user = UserState::default();
        self.say("forget-done", None);
        if !drafts.is_empty() {
            self.say("forget-drafts", None);
        }
    }
}

/// One of the user's drafts in their document: advisers are named by their role (or first name,
/// where the Secretariat chose that), never by a platform id, and the advisers' own notes are
/// left out.
fn draft(d: &crate::core::draft::Draft, first_names: bool) -> Value {
    let name = |by: &String| match crate::core::adviser::adviser_first_name(by) {
        Some(first) if first_names => first.to_owned(),
        _ => "adviser".to_owned(),
    };
    let mut v = serde_json::to_value(d).unwrap_or(Value::Null);
    let history: Vec<Value> = d
        .history
        .iter()
        .filter(|e| !e.internal)
        .map(|e| json!({ "at": e.at, "status": e.status, "by": e.by.as_ref().map(name), "note": e.note }))
        .collect();
    v["history"] = json!(history);
    v
}

/// One introduction in the user's document: what they said, to or from whom, and the other
/// side's contact only once accepted.
fn introduction(i: &Introduction, me: &crate::core::ids::UserKey) -> Value {
    let mut v = json!({ "id": i.id.0, "status": format!("{:?}", i.status).to_lowercase(), "created": i.created, "message": i.message });
    if &i.from == me {
        v["you_asked"] = json!(i.to_name);
        v["you_said_who_you_are"] = json!(i.from_name);
        v["your_contact"] = serde_json::to_value(&i.from_contact).unwrap_or(Value::Null);
    } else {
        v["asked_you"] = json!(i.from_name);
        if i.status == IntroStatus::Accepted {
            v["their_contact"] = serde_json::to_value(&i.from_contact).unwrap_or(Value::Null);
        }
    }
    v
}
