//! The shape of a dialog: where each step leads, and what follows when a link is broken.
//!
//! A step that goes to an unknown step (`next = "cost"` for `"costs"`) leaves every step after
//! it unreachable and every step before it a dead end, and no later question can have set its
//! slot. Those are consequences, not mistakes of their own: the dialog is analysed once as it is
//! and once with each broken link *repaired* (to the step its name most likely meant, else to an
//! end), and what only the broken dialog shows is folded under the broken link.

use super::super::content::Content;
use super::super::diagnostic::{Diagnostic, Key, Report};
use super::super::dialog::{Dialog, Input, Step, StepKind, dialog_key, unreadable_key};
use super::super::ids::{DialogId, MessageId, SlotName, StepId};
use super::super::suggest::{closest, did_you_mean};
use super::{Use, check_slots, check_value};
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::ops::Deref;

/// A dialog as the analyses walk it: broken links followed to the step meant, where repaired.
pub(super) struct Graph<'a> {
    dialog: &'a Dialog,
    repair: BTreeMap<StepId, StepId>,
    /// Broken links with nothing to repair them to count as leading to an end.
    lenient: bool,
}

impl Deref for Graph<'_> {
    type Target = Dialog;
    fn deref(&self) -> &Dialog {
        self.dialog
    }
}

impl<'a> Graph<'a> {
    fn new(dialog: &'a Dialog) -> Graph<'a> {
        Graph { dialog, repair: BTreeMap::new(), lenient: false }
    }

    /// The step a link names, following a repaired link to the step meant.
    pub(super) fn step(&self, id: &StepId) -> Option<&'a Step> {
        self.dialog.step(self.resolve(id))
    }

    /// The id a link leads to.
    pub(super) fn resolve<'b>(&'b self, id: &'b StepId) -> &'b StepId {
        self.repair.get(id).unwrap_or(id)
    }

    /// Ends the dialog, or (when lenient) leads somewhere the broken dialog does not say.
    fn finishes(&self, s: &Step) -> bool {
        matches!(s.kind, StepKind::End { .. } | StepKind::Menu { .. }) || (self.lenient && s.successors().iter().any(|t| self.step(&t.step).is_none()))
    }
}

/// Everything about a dialog's structure and slots. Broken links are reported as causes; what
/// only they make wrong is folded under the first of them.
pub(super) fn check_dialog(d: &Dialog, content: &Content, set_by: &BTreeMap<DialogId, BTreeSet<SlotName>>, report: &mut Report, uses: &mut BTreeMap<MessageId, Vec<Use>>) {
    let key = Key::Graph(d.id.as_str().to_owned());
    let repair = check_links(d, content, &key, report);
    let Some(repair) = repair else {
        return analyse(&Graph::new(d), content, set_by, report, uses);
    };
    let mut broken = Report::default();
    analyse(&Graph::new(d), content, set_by, &mut broken, &mut BTreeMap::new());
    let mut repaired = Report::default();
    let mut meant = BTreeMap::new();
    analyse(&Graph { dialog: d, repair, lenient: true }, content, set_by, &mut repaired, &mut meant);
    // A link to a step that could not be read leaves unknown where the dialog goes from there:
    // everything its structure decides follows from that step, and so do the variables its
    // texts can have.
    let uncertain = d.steps.iter().flat_map(|s| s.successors()).chain([&d.start]).any(|t| d.unreadable.contains(&t.step));
    for (id, list) in meant {
        uses.entry(id).or_default().extend(list.into_iter().map(|u| if uncertain { Use { vars: None, ..u } } else { u }));
    }
    for item in broken.items {
        if !uncertain && repaired.items.contains(&item) {
            report.push(item);
        } else {
            report.consequence(key.clone(), item);
        }
    }

}

fn analyse(g: &Graph, content: &Content, set_by: &BTreeMap<DialogId, BTreeSet<SlotName>>, report: &mut Report, uses: &mut BTreeMap<MessageId, Vec<Use>>) {
    check_flow(g, report);
    check_sections(g, report);
    check_slots(g, content, set_by, report, uses);
}

/// Links to steps, dialogs and options, each reported where it is written. `Some` when a link
/// to a step is broken: the repair for each broken link that has a likely meaning.
fn check_links(d: &Dialog, content: &Content, key: &Key, report: &mut Report) -> Option<BTreeMap<StepId, StepId>> {
    let f = &d.file;
    let ids: Vec<&str> = d.steps.iter().map(|s| s.id.as_str()).collect();
    let mut repair = BTreeMap::new();
    let mut broken = false;
    let mut unknown = |target: &StepId, line: usize, what: String, report: &mut Report| {
        broken = true;
        // A step that could not be read is reported where it is written; the link follows from it.
        if d.unreadable.contains(target) {
            let d = Diagnostic::error(f, line, what).causing(key.clone());
            return report.consequence(unreadable_key(f, target.as_str()), d);
        }
        let meant = closest(target.as_str(), ids.iter().copied());
        let hint = meant.map(|m| format!("; did you mean `{m}`?")).unwrap_or_default();
        report.push(Diagnostic::error(f, line, format!("{what}{hint}")).causing(key.clone()));
        if let Some(m) = meant {
            repair.insert(target.clone(), StepId::new(m));
        }
    };
    if d.step(&d.start.step).is_none() {
        unknown(&d.start.step, d.start.line, format!("dialog `{}` starts at unknown step `{}`", d.id, d.start.step), report);
    }
    let dialogs: Vec<&str> = content.dialogs.map.keys().map(|k| k.as_str()).collect();
    for s in &d.steps {
        for t in s.successors() {
            if d.step(&t.step).is_none() {
                unknown(&t.step, t.line, format!("step `{}` goes to unknown step `{}` in dialog `{}`", s.id, t.step, d.id), report);
            }
        }
        match &s.kind {
            StepKind::Call { dialog, .. } if content.dialogs.get(&dialog.dialog).is_none() => {
                let hint = did_you_mean(dialog.dialog.as_str(), dialogs.iter().copied());
                let d = Diagnostic::error(f, dialog.line, format!("step `{}` calls unknown dialog `{}`{hint}", s.id, dialog.dialog));
                report.consequence(dialog_key(dialog.dialog.as_str()), d);
            }
            StepKind::Menu { items, .. } => {
                for i in items {
                    if content.dialogs.get(&i.dialog.dialog).is_none() {
                        let hint = did_you_mean(i.dialog.dialog.as_str(), dialogs.iter().copied());
                        let d = Diagnostic::error(f, i.line, format!("menu `{}` offers unknown dialog `{}`{hint}", s.id, i.dialog.dialog));
                        report.consequence(dialog_key(i.dialog.dialog.as_str()), d);
                    }
                    check_value(f, i.line, i.dialog.dialog.as_str(), report);
                }
            }
            StepKind::Ask(q) => {
                if let Input::Choice { options } | Input::Multi { options, .. } = &q.input {
                    let mut seen = BTreeSet::new();
                    for o in options {
                        if !seen.insert(&o.value) {
                            report.error(f, o.line, format!("step `{}`: duplicate option value `{}`", s.id, o.value));
                        }
                        check_value(f, o.line, &o.value, report);
                    }
                }
            }
            StepKind::Summary { fields, .. } => {
                for fl in fields {
                    match &fl.step {
                        Some(t) if d.step(&t.step).is_none() => {
                            let hint = did_you_mean(t.step.as_str(), ids.iter().copied());
                            report.error(f, fl.line, format!("summary `{}` changes `{}` at unknown step `{}`{hint}", s.id, fl.slot, t.step));
                        }
                        _ if fl.until.as_ref().is_some_and(|u| d.step(&u.step).is_none()) => {
                            report.error(f, fl.line, format!("summary `{}`: `until` names an unknown step", s.id));
                        }
                        // What the schemes make of the answers is shown, never edited.
                        None if d.question_for(&fl.slot).is_none() && !super::super::schemes::DERIVED.contains(&fl.slot.as_str()) => {
                            report.error(f, fl.line, format!("summary `{}` shows slot `{}`, which no question of dialog `{}` asks (so it cannot be edited)", s.id, fl.slot, d.id));
                        }
                        _ => {}
                    }
                    check_value(f, fl.line, &format!("edit:{}", fl.slot), report);
                }
            }
            _ => {}
        }
    }
    broken.then_some(repair)
}

/// Every step reachable from the start, each able to reach an end, and no loop that never asks.
fn check_flow(d: &Graph, report: &mut Report) {
    let f = &d.file;
    let reachable = reach(d, &d.start.step);
    for s in &d.steps {
        if !reachable.contains(&s.id) {
            report.error(f, s.line, format!("step `{}` is unreachable from the start of dialog `{}`", s.id, d.id));
        }
    }
    // Dead ends: a reachable step from which the dialog can never end (or reach a menu).
    for s in d.steps.iter().filter(|s| reachable.contains(&s.id)) {
        if !reach(d, &s.id).iter().any(|id| d.step(id).is_some_and(|s| d.finishes(s))) {
            report.error(f, s.line, format!("dead end: from step `{}` dialog `{}` can never reach an `end`", s.id, d.id));
        }
    }
    // Loops that never wait for the user would spin forever.
    for s in &d.steps {
        if !s.waits_for_input() && loops_without_question(d, &s.id) {
            report.error(f, s.line, format!("step `{}` is on a loop that never asks the user anything", s.id));
        }
    }
}

/// A form's parts: each question in exactly one, and the way through never goes back a part
/// (the counter above the questions would jump back).
pub(super) fn check_sections(d: &Graph, report: &mut Report) {
    if d.sections.is_empty() {
        return;
    }
    let f = &d.file;
    let mut part: BTreeMap<&StepId, usize> = BTreeMap::new();
    for (n, section) in d.sections.iter().enumerate() {
        for t in &section.steps {
            match d.step(&t.step).map(|s| &s.kind) {
                None => report.error(f, t.line, format!("part `{}` names unknown step `{}`", section.label.id, t.step)),
                Some(StepKind::Ask(_)) => {
                    if part.insert(&t.step, n).is_some() {
                        report.error(f, t.line, format!("step `{}` is in two parts; a question belongs to one", t.step));
                    }
                }
                Some(_) => report.error(f, t.line, format!("part `{}` names step `{}`, which asks nothing; parts list questions", section.label.id, t.step)),
            }
        }
    }
    for s in &d.steps {
        let StepKind::Ask(_) = s.kind else { continue };
        let Some(&from) = part.get(&s.id) else {
            report.error(f, s.line, format!("question `{}` is in no [[section]]; in a dialog with parts, every question is in one", s.id));
            continue;
        };
        // The questions that can come next, past messages and branches.
        let mut seen = BTreeSet::new();
        let mut queue: VecDeque<&StepId> = s.successors().into_iter().map(|t| d.resolve(&t.step)).collect();
        while let Some(id) = queue.pop_front() {
            let Some(step) = d.step(id).filter(|step| seen.insert(&step.id)) else { continue };
            let id = &step.id;
            match (&step.kind, part.get(id)) {
                (StepKind::Ask(_), Some(&to)) if to < from => report.error(
                    f,
                    s.line,
                    format!("after `{}` (part {}) comes `{id}` of an earlier part ({}); parts follow the order of the form", s.id, from + 1, to + 1),
                ),
                (StepKind::Ask(_), _) => {}
                _ => queue.extend(step.successors().into_iter().map(|t| d.resolve(&t.step))),
            }
        }
    }
}



fn reach(d: &Graph, from: &StepId) -> BTreeSet<StepId> {
    let mut seen = BTreeSet::new();
    let mut queue = VecDeque::from([from.clone()]);
    while let Some(id) = queue.pop_front() {
        let Some(step) = d.step(&id) else { continue };
        if !seen.insert(step.id.clone()) {
            continue;
        }
        queue.extend(step.successors().into_iter().map(|t| t.step.clone()));
    }
    seen
}

fn loops_without_question(d: &Graph, from: &StepId) -> bool {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<StepId> = d.step(from).map(|s| s.successors().into_iter().map(|t| t.step.clone()).collect()).unwrap_or_default();
    while let Some(id) = stack.pop() {
        let Some(step) = d.step(&id) else { continue };
        if &step.id == from {
            return true;
        }
        if step.waits_for_input() || !seen.insert(step.id.clone()) {
            continue;
        }
        stack.extend(step.successors().into_iter().map(|t| t.step.clone()));
    }
    false
}
