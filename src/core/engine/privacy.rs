//! The user's control over their data, in a conversation: `/mydata` shows everything stored
//! about them as one JSON document; `/forget` (once confirmed) erases their record and
//! profile, leaves nothing of them in their introductions (closing those still waiting), and
//! marks their submitted drafts to be erased, telling the advisers about each.

use super::Turn;
use crate::core::draft::DraftChange;
use crate::core::effect::Effect;
use crate::core::ids::MessageId;
use crate::core::partners::{IntroStatus, Introduction};
use crate::core::reply::Kind;
use crate::core::session::Session;
use fluent_bundle::FluentArgs;
use serde_json::{Value, json};

impl Turn<'_> {
    /// Everything stored about the user: their state as this turn leaves it, their drafts (the
    /// advisers by role, without their own notes), their partner profile, and their
    /// introductions (the other side's contact only where accepted).
    pub(crate) fn my_data(&mut self) {
        self.say("mydata-intro", None);
        let me = self.world.me().clone();
        let intros: Vec<Value> = self.intros().iter().map(|i| introduction(i, &me)).collect();
        let doc = json!({
            "user": me,
            "state": self.user,
            "drafts": self.world.my_drafts().iter().map(|d| draft(d, self.content.settings.show_adviser_first_names)).collect::<Vec<_>>(),
            "partner_profile": self.mine(),
            "introductions": intros,
        });
        let text = serde_json::to_string_pretty(&doc).expect("the document serialises");
        self.reply(Kind::Document, MessageId::new("mydata-document"), text, None);
        self.ask_pending();
    }

    /// `/forget`, confirmed.
    pub(crate) fn forget(&mut self) {
        let me = self.world.me().clone();
        self.user.session = Session::default();
        self.user.prefs.language = None;
        self.say("forget-done", None);
        self.effect(Effect::EraseUser);
        self.mine_now = Some(None);
        for mut intro in self.intros() {
            if let Some((user, notice)) = intro.forget(&me) {
                self.effect(Effect::Notify { user, notice });
            }
            self.changed_intro(intro);
        }
        // Submitted drafts have left the user's own record: the advisers are told, and each is
        // erased once they close it.
        let locale = self.content.settings.adviser_locale;
        let mut told = 0;
        for draft in self.world.my_drafts().into_iter().filter(|d| !d.erase_requested) {
            let mut args = FluentArgs::new();
            args.set("id", draft.id.to_string());
            let text = self.content.catalog.format(locale, &MessageId::new("adviser-erase"), Some(&args));
            let change = DraftChange::EraseRequested { at: self.now, note: text.clone() };
            self.effect(Effect::ToAdvisers { from: me.clone(), text, about: Some((draft.id, change)) });
            told += 1;
        }
        if told > 0 {
            self.say("forget-drafts", None);
        }
        self.open_main_menu();
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
        v["your_contact"] = serde_json::to_value(&i.from_contact).unwrap_or(Value::Null);
    } else {
        v["asked_you"] = json!(i.from_name);
        if i.status == IntroStatus::Accepted {
            v["their_contact"] = serde_json::to_value(&i.from_contact).unwrap_or(Value::Null);
        }
    }
    v
}
