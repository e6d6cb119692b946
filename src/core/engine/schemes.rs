//! What a conversation makes of the funding schemes: the verdict of the eligibility check (one
//! block per scheme the idea was checked against, each naming the scheme, its version and its
//! status), the facts an application follows (its scheme, version, verdict, share and budget
//! rules), the share and deadline an amount meets, and how people reach the Secretariat.
//!
//! The facts are worked out from the answers whenever they are needed, never stored while a
//! journey runs (see [`crate::core::schemes::DERIVED`]); a draft keeps them as they were filed.

use super::Turn;
use crate::core::condition::Layered;
use crate::core::session::State;
use crate::core::ids::{MessageId, SlotName};
use crate::core::schemes::{Assessment, Outcome, ShareBase, Status};
use crate::core::value::Value;
use fluent_bundle::FluentArgs;
use std::collections::BTreeMap;

pub use crate::core::schemes::ALWAYS;

/// The share an amount may reach: `percent` of `base` (NOK), which is the project's total costs
/// or the Norwegian side's, as the scheme says.
pub struct ShareLimit {
    pub percent: u8,
    pub base: i64,
    pub share_base: ShareBase,
    pub limit: i64,
}

impl<'c> Turn<'c> {
    /// The answers checked against every scheme they point to.
    pub(crate) fn assessment(&self) -> Assessment<'c> {
        let slots = &self.user.session.slots;
        match self.budget() {
            None => self.content.schemes.assess(&self.content.settings.open_schemes, slots, self.today),
            Some(total) => {
                let with_budget = Layered { over: BTreeMap::from([(SlotName::new("budget"), Value::Number(total))]), base: slots };
                self.content.schemes.assess(&self.content.settings.open_schemes, &with_budget, self.today)
            }
        }
    }

    /// The project's total costs where the current dialog lists them line by line (the costs
    /// an amount is a share of), once any is answered: they decide the size rules (e.g. small
    /// projects in full) instead of the check's rough estimate.
    fn budget(&self) -> Option<i64> {
        let at = match &self.user.session.state {
            State::Asking { at, .. } | State::Stuck { at, .. } => at,
            _ => return None,
        };
        let (_, costs) = self.content.dialogs.get(&at.dialog)?.amount_question()?;
        let mut answered = costs.iter().filter_map(|c| match self.user.session.slots.get(c) {
            Some(Value::Number(n)) => Some(*n),
            _ => None,
        });
        let first = answered.next()?;
        Some(first + answered.sum::<i64>())
    }

    /// The answers with the facts of the scheme they follow laid over them, for conditions
    /// (nothing copied).
    pub(crate) fn facts(&self) -> Layered<'_> {
        let mut over = BTreeMap::new();
        if let Some(c) = self.assessment().chosen() {
            c.add_facts(&mut over);
        }
        Layered { over, base: &self.user.session.slots }
    }

    /// How to reach the Secretariat, one line: its name, web address, e-mail and phone as
    /// configured (made once a turn in each language it speaks).
    pub(crate) fn contact(&self) -> String {
        if let Some((locale, line)) = self.contact_line.borrow().as_ref()
            && *locale == self.locale
        {
            return line.clone();
        }
        let s = &self.content.settings.secretariat;
        let name = s.name.clone().unwrap_or_else(|| self.text(&MessageId::new("secretariat-name"), None));
        let mut args = FluentArgs::new();
        args.set("name", name);
        args.set("web", s.web.clone());
        let mut ways = vec![self.text(&MessageId::new("contact-web"), Some(&args))];
        if let Some(email) = &s.email {
            let mut a = FluentArgs::new();
            a.set("email", email.clone());
            ways.push(self.text(&MessageId::new("contact-email"), Some(&a)));
        }
        if let Some(phone) = &s.phone {
            let mut a = FluentArgs::new();
            a.set("phone", phone.clone());
            ways.push(self.text(&MessageId::new("contact-phone"), Some(&a)));
        }
        let line = self.formats().list(&ways);
        *self.contact_line.borrow_mut() = Some((self.locale, line.clone()));
        line
    }

    /// Adds [`ALWAYS`] and the facts of the scheme the answers follow to a text's arguments.
    pub(crate) fn add_fact_args(&self, args: &mut FluentArgs<'_>) {
        args.set("contact", self.contact());
        args.set("portal", self.content.settings.secretariat.portal.clone());
        let assessment = self.assessment();
        let Some(c) = assessment.chosen() else {
            args.set("scheme_title", "");
            return;
        };
        args.set("scheme_title", self.text(&c.scheme.title, None));
        let mut facts = BTreeMap::new();
        c.add_facts(&mut facts);
        for (name, value) in facts {
            match value {
                Value::Number(n) => args.set(name.as_str().to_owned(), n),
                Value::Text(t) | Value::Choice(t) => args.set(name.as_str().to_owned(), t),
                _ => {}
            }
        }
    }

    /// How far an amount may go: the share of the costs in `share_of` that the scheme the
    /// answers follow funds (of the Norwegian side's costs, `norwegian_costs`, where the scheme
    /// counts those). The project's total decides size rules (e.g. small projects in full).
    pub(crate) fn share_limit(&self, share_of: &[SlotName]) -> Option<ShareLimit> {
        let slots = &self.user.session.slots;
        let number = |s: &SlotName| match slots.get(s) {
            Some(Value::Number(v)) => Some(*v),
            _ => None,
        };
        let total: i64 = share_of.iter().filter_map(number).sum();
        let mut facts = slots.clone();
        facts.insert(SlotName::new("budget"), Value::Number(total));
        let assessment = self.content.schemes.assess(&self.content.settings.open_schemes, &facts, self.today);
        let chosen = assessment.chosen()?;
        let verdict = &chosen.verdict;
        let (share_base, base) = match chosen.version.share_base {
            ShareBase::Norwegian => match number(&SlotName::new("norwegian_costs")) {
                Some(n) => (ShareBase::Norwegian, n),
                None => (ShareBase::Total, total),
            },
            ShareBase::Total => (ShareBase::Total, total),
        };
        Some(ShareLimit { percent: verdict.share, base, share_base, limit: base * i64::from(verdict.share) / 100 })
    }

    /// Which way an application for the amount in `slot` is processed, under the scheme the
    /// answers follow; where its deadlines are not known, an adviser tells.
    pub(crate) fn track(&mut self, slot: &SlotName) {
        let amount = match self.user.session.slots.get(slot) {
            Some(Value::Number(n)) => *n,
            _ => 0,
        };
        let assessment = self.assessment();
        let chosen = assessment.chosen();
        let closed = chosen.is_some_and(|c| c.status != Status::Open);
        let deadlines = chosen.and_then(|c| c.version.deadlines.clone());
        let mut a = FluentArgs::new();
        a.set("contact", self.contact());
        let key = match &deadlines {
            // A closed scheme's deadlines are not for new applications.
            _ if closed => "track-closed",
            None => "track-adviser",
            Some(d) => {
                a.set("max", d.continuous_max);
                match d.next_board(self.today) {
                    _ if amount <= d.continuous_max => "track-continuous",
                    Some(deadline) => {
                        a.set("deadline", self.formats().date(deadline));
                        "track-board"
                    }
                    None => "track-adviser",
                }
            }
        };
        let text = self.text(&MessageId::new(key), Some(&a));
        self.say_text(MessageId::new(key), text);
    }

    /// Checks the answers against every scheme they point to and says what each gives: the
    /// scheme, its version and status; the outcome and why; for an open scheme the share and
    /// notes; then the next step. `brief`: the scheme, the outcome and the reasons only.
    pub(crate) fn verdict(&mut self, brief: bool) {
        let assessment = self.assessment();
        let mut blocks = Vec::new();
        for c in &assessment.checked {
            // Each scheme's texts read its own facts (its rate, its share).
            // Only the answers its texts read are made into arguments.
            let texts: Vec<&MessageId> = c.verdict.reasons.iter().map(|r| r.id).chain(c.verdict.share_reason).chain(c.verdict.notes.iter().copied()).chain(c.version.notice.as_ref().map(|(id, _)| id)).collect();
            let mut slot_args = super::render::slot_args(self, &texts, true);
            let mut facts = BTreeMap::new();
            c.add_facts(&mut facts);
            for (name, value) in facts {
                if let Value::Number(n) = value {
                    slot_args.set(name.as_str().to_owned(), n);
                }
            }
            // The numbers its rules decide by, as its reasons, notes and notice state them.
            c.version.values.set_args(&mut slot_args, &self.formats());
            let mut lines = Vec::new();
            let mut a = FluentArgs::new();
            a.set("title", self.text(&c.scheme.title, None));
            a.set("version", c.version.version.clone());
            let status = match c.status {
                Status::Open => "open",
                Status::Closed { since: Some(_) } => "closed",
                Status::Closed { since: None } => "closed-undated",
            };
            a.set("status", status);
            if let Status::Closed { since: Some(since) } = c.status {
                a.set("since", self.formats().date(since));
            }
            lines.push(self.text(&MessageId::new("verdict-scheme"), Some(&a)));
            // A reason may read differently for a scheme that no longer takes applications.
            slot_args.set("scheme_status", if c.status == Status::Open { "open" } else { "closed" });
            let outcome = c.verdict.outcome.as_str();
            if c.status == Status::Open {
                lines.push(self.text(&MessageId::new(format!("verdict-{outcome}")), None));
            } else {
                let mut a = FluentArgs::new();
                a.set("outcome", outcome);
                lines.push(self.text(&MessageId::new("verdict-closed"), Some(&a)));
            }
            for (i, r) in c.verdict.reasons.iter().enumerate() {
                // Ruled out, and with doubts besides: the doubts under a heading of their own,
                // not as reasons it does not fit.
                if r.outcome == Outcome::Unclear && c.verdict.outcome == Outcome::DoesNotFit && c.verdict.reasons[..i].iter().all(|p| p.outcome != Outcome::Unclear) {
                    let mut a = FluentArgs::new();
                    a.set("scheme_status", if c.status == Status::Open { "open" } else { "closed" });
                    lines.push(self.text(&MessageId::new("verdict-doubts-too"), Some(&a)));
                }
                // The next reason that names items sets its own; `set` replaces.
                if let Some((slot, value)) = &r.matched {
                    slot_args.set("matched", crate::core::display::display_value(self.content, self.locale, slot, value));
                }
                lines.push(self.formats().bullet(&self.text(r.id, Some(&slot_args))));
            }
            if !brief && c.status == Status::Open && c.verdict.outcome != Outcome::DoesNotFit {
                let mut a = FluentArgs::new();
                a.set("share", c.verdict.share);
                a.set("base", c.version.share_base.as_str());
                lines.push(self.text(&MessageId::new("verdict-share"), Some(&a)));
                if let Some(r) = &c.verdict.share_reason {
                    lines.push(self.text(r, Some(&slot_args)));
                }
                for n in &c.verdict.notes {
                    lines.push(self.text(n, Some(&slot_args)));
                }
            }
            if let Some((notice, _)) = &c.version.notice
                && !brief
            {
                lines.push(self.text(notice, Some(&slot_args)));
            }
            blocks.push(lines.join("\n"));
        }
        let chosen = assessment.chosen();
        let key = match chosen {
            None => MessageId::new("verdict-none"),
            Some(c) if c.status != Status::Open => MessageId::new("verdict-closed"),
            Some(c) => MessageId::new(format!("verdict-{}", c.verdict.outcome.as_str())),
        };
        if chosen.is_none() {
            blocks.push(self.text(&key, None));
        }
        if !brief {
            let mut a = FluentArgs::new();
            a.set("contact", self.contact());
            let next = match chosen {
                Some(c) if c.status == Status::Open && c.verdict.outcome == Outcome::Fits => "verdict-next-apply",
                Some(c) if c.status == Status::Open => "verdict-next-adviser",
                _ => {
                    let open: Vec<String> = self
                        .content
                        .settings
                        .open_schemes
                        .iter()
                        .filter_map(|id| self.content.schemes.get(id))
                        .map(|s| self.text(&s.title, None))
                        .collect();
                    if open.is_empty() {
                        "verdict-next-none-open"
                    } else {
                        a.set("open", self.formats().list(&open));
                        "verdict-next-closed"
                    }
                }
            };
            // The next step sends people to the advisers: for someone tied to Russia, what that
            // means comes right before it (in full once a journey; said already on the way, before
            // how the partners work together, a line back to it).
            if let Some((_, note)) = self.note_for_advisers() {
                blocks.push(note);
            }
            blocks.push(self.text(&MessageId::new(next), Some(&a)));
        }
        self.say_text(key, blocks.join("\n\n"));
    }
}
