//! The path an applicant takes through a dialog with the answers given so far: the branches
//! their answers choose, the questions a reuse skips, the sections already filled. It counts
//! and it finds, back at a summary after a change, the answers that change
//! made necessary (a region for a newly chosen country, an amount now over the share) and
//! the answers it made meaningless (the region of a country no longer chosen).

use super::Turn;
use crate::core::dialog::{Dialog, Input, StepKind};
use crate::core::ids::{DialogId, MessageId, SlotName, StepId};
use crate::core::session::{Cursor, Return, State};
use crate::core::value::Value;
use fluent_bundle::FluentArgs;
use std::collections::BTreeSet;

/// One question on the path.
pub struct OnPath<'d> {
    pub step: &'d StepId,
    /// What it asks for.
    pub slot: &'d SlotName,
}

impl Turn<'_> {
    /// The questions on the path from `dialog`'s start up to its summary (or end), in order;
    /// a repeated section (a loop back) once. `filled`: pass over sections already filled in
    /// as a whole (repeated items), as a summary shows them.
    pub(crate) fn path<'d>(&self, dialog: &'d Dialog, filled: bool, asking: Option<&StepId>) -> Vec<OnPath<'d>> {
        // What the schemes make of the answers, worked out only if a branch reads it.
        let facts = std::cell::OnceCell::new();
        let slots = &self.user.session.slots;
        // A filled section (repeated items) is passed over as a whole.
        let jumps: Vec<(usize, usize)> = dialog
            .steps
            .iter()
            .filter_map(|s| match &s.kind {
                StepKind::Summary { fields, .. } if filled => Some(fields),
                _ => None,
            })
            .flatten()
            .filter(|f| matches!(slots.get(&f.slot), Some(Value::Records(r)) if !r.is_empty()))
            .filter_map(|f| Some((f.step.as_ref()?.at, f.until.as_ref()?.at)))
            .collect();
        let mut out = Vec::new();
        // Steps by their place in the dialog, found when it was read: no string is compared.
        let mut seen = vec![false; dialog.steps.len()];
        let mut at = dialog.start.at;
        loop {
            if let Some((_, until)) = jumps.iter().find(|(from, _)| *from == at) {
                at = *until;
            }
            let Some(step) = dialog.steps.get(at).filter(|_| !seen[at]) else { break };
            seen[at] = true;
            at = match &step.kind {
                StepKind::Ask(q) => {
                    out.push(OnPath { step: &step.id, slot: &q.slot });
                    // The question being asked goes on as its new answer will say: counted the usual way.
                    let chosen = match &q.input {
                        Input::Choice { options } if Some(&step.id) != asking && options.iter().any(|o| o.next.is_some()) => match slots.get(&q.slot) {
                            Some(Value::Choice(v)) => options.iter().find(|o| &o.value == v).and_then(|o| o.next.as_ref()),
                            _ => None,
                        },
                        _ => None,
                    };
                    chosen.unwrap_or(&q.next).at
                }
                // A case that loops back (another item) is the way on only once.
                StepKind::Branch { cases, otherwise } => {
                    let holds = |c: &&crate::core::dialog::Case| match crate::core::schemes::reads_derived(&c.when) {
                        true => c.when.eval(facts.get_or_init(|| self.facts()), self.today),
                        false => c.when.eval(slots, self.today),
                    };
                    cases.iter().filter(|c| !seen.get(c.next.at).copied().unwrap_or(false)).find(holds).map_or(otherwise, |c| &c.next).at
                }
                StepKind::Summary { .. } | StepKind::End { .. } | StepKind::Menu { .. } => break,
                _ => match step.next() {
                    Some(t) => t.at,
                    None => break,
                },
            };
        }
        out
    }

    /// Which of a summary's fields to show: those answered, those the path still asks, and
    /// what the scheme makes of the answers; not the questions of a branch not taken (the region
    /// of a country not chosen).
    pub(crate) fn shown_fields(&self, dialog: &DialogId, fields: &[crate::core::dialog::Field]) -> Vec<bool> {
        let Some(d) = self.content.dialogs.get(dialog) else { return vec![true; fields.len()] };
        let on_path: BTreeSet<&SlotName> = self.path(d, true, None).into_iter().map(|p| p.slot).collect();
        fields
            .iter()
            .map(|f| {
                !f.advisers_only && (f.step.is_some() || crate::core::schemes::DERIVED.contains(&f.slot.as_str()) || self.user.session.slots.contains_key(&f.slot) || on_path.contains(&f.slot))
            })
            .collect()
    }

    /// The line with the total costs, when `slot` is the last of the costs the amount asked for
    /// is a share of (the summary shows it under that line, as the advisers' export does).
    pub(crate) fn total_after(&self, dialog: &DialogId, slot: &SlotName) -> Option<String> {
        let (_, costs) = self.content.dialogs.get(dialog)?.amount_question()?;
        if costs.last() != Some(slot) {
            return None;
        }
        let total: i64 = costs.iter().filter_map(|c| if let Some(Value::Number(n)) = self.user.session.slots.get(c) { Some(*n) } else { None }).sum();
        let mut value = FluentArgs::new();
        value.set("value", total);
        let mut a = FluentArgs::new();
        a.set("label", self.text(&MessageId::new("export-total-costs"), None));
        a.set("value", self.text(&MessageId::new("unit-kroner"), Some(&value)));
        Some(self.text(&MessageId::new("summary-line"), Some(&a)))
    }

    /// What the summary says under the amount applied for (`slot`) when, with the financing
    /// the form names, it does not cover the costs or covers more than them.
    pub(crate) fn financing_after(&self, dialog: &DialogId, slot: &SlotName) -> Option<String> {
        let (amount, costs, financing) = self.content.dialogs.get(dialog)?.financing()?;
        if amount != slot {
            return None;
        }
        let facts = self.facts();
        let number = |s: &SlotName| crate::core::condition::number(&facts, s);
        let balance = crate::core::dialog::financing::Balance::of(amount, costs, financing, number)?;
        let mut args = crate::core::display::financing_args(self.content, self.locale, balance)?;
        // Volunteer work is among what to change only where the scheme counts it.
        let volunteer = financing.iter().any(|f| f.per.as_ref().and_then(number).is_some_and(|rate| rate > 0));
        args.set("volunteer", if volunteer { "yes" } else { "no" });
        Some(self.text(&MessageId::new("summary-financing"), Some(&args)))
    }

    /// Remembers which of `dialog`'s reusable questions earlier journeys answered: those are
    /// not asked again (until `/restart`).
    pub(crate) fn note_reused(&mut self, dialog: &DialogId) {
        let Some(d) = self.content.dialogs.get(dialog) else { return };
        let slots = &self.user.session.slots;
        self.user.session.reused = d
            .steps
            .iter()
            .filter_map(|s| match &s.kind {
                StepKind::Ask(q) if q.reuse && slots.contains_key(&q.slot) => Some(q.slot.clone()),
                _ => None,
            })
            .collect();
    }

    /// Back at `summary` after a change: drops the answers of questions no longer on the path,
    /// and returns the first question the change made necessary (unanswered, or its answer no
    /// longer valid), saying why when it was answered before.
    pub(crate) fn after_change(&mut self, at: &Cursor, summary: &StepId) -> Option<(Cursor, Option<Return>)> {
        let dialog = self.content.dialogs.get(&at.dialog)?;
        let path = self.path(dialog, true, None);
        let listed: BTreeSet<&SlotName> = dialog
            .steps
            .iter()
            .filter_map(|s| match &s.kind {
                StepKind::Summary { fields, .. } => Some(fields.iter().map(|f| &f.slot)),
                _ => None,
            })
            .flatten()
            .collect();
        // Off the path: an answer that no longer applies (asked only on another branch).
        let on_path_slots: BTreeSet<&SlotName> = path.iter().map(|p| p.slot).collect();
        for s in &dialog.steps {
            if let StepKind::Ask(q) = &s.kind
                && listed.contains(&q.slot)
                && !on_path_slots.contains(&q.slot)
            {
                self.user.session.slots.remove(&q.slot);
            }
        }
        for p in &path {
            let Some(step) = dialog.step(p.step) else { continue };
            let StepKind::Ask(q) = &step.kind else { continue };
            let back = Some(Return { summary: summary.clone(), until: None });
            let cursor = Cursor { step: p.step.clone(), ..at.clone() };
            match (self.user.session.slots.get(&q.slot), &q.input) {
                (None, _) if !q.optional => return Some((cursor, back)),
                (Some(Value::Number(n)), Input::Number { min, max, share_of, within, .. }) => {
                    if let Err(invalid) = self.check_number(*n, *min, *max, &q.slot, share_of, within) {
                        let args = super::render::invalid_args(&invalid.args);
                        let why = self.text(&invalid.reason, Some(&args));
                        let mut a = FluentArgs::new();
                        a.set("reason", why);
                        self.say("changed-reask", Some(&a));
                        return Some((cursor, back));
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// Goes to the summary at `summary`, or first to a question a change there made necessary.
    pub(crate) fn back_to_summary(&mut self, at: Cursor, summary: StepId) {
        match self.after_change(&at, &summary) {
            Some((cursor, ret)) => {
                self.user.session.state = State::Asking { at: cursor, failures: 0, return_to: ret };
                self.ask_pending();
            }
            None => self.run_from(Cursor { step: summary, ..at }, None),
        }
    }
    /// A form that files a draft, started and not sent (its own answers are kept), with the
    /// label of the main menu's item that goes on with it.
    pub(crate) fn unfinished_form(&self) -> Option<&crate::core::dialog::MenuItem> {
        let main = self.content.dialogs.get(&self.content.settings.main_dialog)?;
        main.steps.iter().find_map(|s| match &s.kind {
            StepKind::Menu { items, .. } => items.iter().find(|item| {
                self.content.dialogs.get(&item.dialog.dialog).is_some_and(|d| {
                    d.files_draft() && own_questions(d).any(|slot| self.user.session.slots.contains_key(slot))
                })
            }),
            _ => None,
        })
    }

    /// Coming back to a form that files a draft, with answers of its own kept from before (it
    /// was stopped or left before sending): on from where it was left, the first question
    /// still unanswered or the summary, instead of its first question. `/restart` asks
    /// everything again. `false`: nothing to go on with.
    pub(crate) fn resume_unfinished(&mut self, dialog: &DialogId, stack: &[crate::core::session::Frame]) -> bool {
        let Some(d) = self.content.dialogs.get(dialog) else { return false };
        let files = d.files_draft();
        let Some(summary) = d.steps.iter().find(|s| matches!(s.kind, StepKind::Summary { .. })).filter(|_| files) else { return false };
        let slots = &self.user.session.slots;
        if !own_questions(d).any(|slot| slots.contains_key(slot)) {
            return false;
        }
        self.say("resume-unfinished", None);
        let at = Cursor { dialog: dialog.clone(), step: d.start.step.clone(), stack: stack.to_vec() };
        self.back_to_summary(at, summary.id.clone());
        true
    }

    /// A draft was filed from `dialog`: its own answers went with it, so a new draft starts from
    /// its first question (the answers an earlier journey gave, such as the check's, stay).
    pub(crate) fn forget_filed(&mut self, dialog: &DialogId) {
        let Some(d) = self.content.dialogs.get(dialog) else { return };
        let own: Vec<SlotName> = own_questions(d).cloned().collect();
        for slot in own {
            self.user.session.slots.remove(&slot);
        }
    }
}

/// The answers a dialog asks for itself (not those it may take from an earlier journey), and
/// the lists it collects them into.
fn own_questions(d: &Dialog) -> impl Iterator<Item = &SlotName> {
    d.steps.iter().filter_map(|s| match &s.kind {
        StepKind::Ask(q) if !q.reuse => Some(&q.slot),
        StepKind::Append { slot, .. } => Some(slot),
        _ => None,
    })
}
