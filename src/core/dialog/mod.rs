//! Guided conversations as data: the typed model of `dialogs/*.toml` and its parser.
//!
//! Parsing checks each step on its own (required keys, keys that do not belong to its
//! kind, valid regexes and bounds). Checks that need the whole content — targets,
//! reachability, slots, messages — live in [`crate::core::check`].

pub mod financing;
pub mod raw;

use super::condition::Condition;
use super::diagnostic::{Key, LineIndex, Report};
use super::ids::{DialogId, MessageId, SlotName, StepId};
use super::validate::{DateBound, Validator};
pub use financing::Financing;
use raw::{Bound, RawDialog, RawStep};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use toml::Spanned;

/// A Fluent message id and where it was written.
#[derive(Debug, Clone)]
pub struct Text {
    pub id: MessageId,
    pub line: usize,
}

/// A reference to another step of the same dialog.
#[derive(Debug, Clone)]
pub struct Target {
    pub step: StepId,
    pub line: usize,
    /// The step's place in the dialog, found once when the dialog is read (`usize::MAX`: no
    /// such step, which `check` reports), so following a path compares no strings.
    pub at: usize,
}

#[derive(Debug, Clone)]
pub struct DialogRef {
    pub dialog: DialogId,
    pub line: usize,
}

#[derive(Debug, Clone)]
pub struct Dialog {
    pub id: DialogId,
    pub file: String,
    pub line: usize,
    pub title: Text,
    pub start: Target,
    pub steps: Vec<Step>,
    /// The parts of a long form, in order ("Part 2 of 5: …" above their questions).
    pub sections: Vec<Section>,
    /// Names of answers no summary shows.
    pub labels: Vec<Label>,
    /// Steps written in the file that could not be read (reported there); links to them are
    /// reported as consequences.
    pub unreadable: BTreeSet<StepId>,
    index: HashMap<StepId, usize>,
}

/// What problems that need every dialog are consequences of: a dialog file that cannot be read.
pub const DIALOGS_INCOMPLETE: Key = Key::DialogsIncomplete;

/// What a link to a step that could not be read is a consequence of.
pub fn unreadable_key(file: &str, step: &str) -> Key {
    Key::Step(file.to_owned(), step.to_owned())
}

/// What a dialog named elsewhere is a consequence of when its file could not be read: keyed by
/// the file's name, which is the dialog's id by convention.
pub fn missing_key(file: &str) -> Key {
    dialog_key(file.rsplit('/').next().unwrap_or(file).trim_end_matches(".toml"))
}

/// What naming dialog `id` where there is none is a consequence of.
pub fn dialog_key(id: &str) -> Key {
    Key::Dialog(id.to_owned())
}

/// The name of an answer no summary shows (for /mydata), and the unit its number reads with.
#[derive(Debug, Clone)]
pub struct Label {
    pub slot: SlotName,
    pub label: Text,
    pub unit: Option<Text>,
}

/// A part of a long form: its name and its questions.
#[derive(Debug, Clone)]
pub struct Section {
    pub label: Text,
    pub steps: Vec<Target>,
}

#[derive(Debug, Clone)]
pub struct Step {
    pub id: StepId,
    pub line: usize,
    pub help: Option<Text>,
    pub kind: StepKind,
}

#[derive(Debug, Clone)]
pub enum StepKind {
    /// Say something and go on.
    Message { text: Text, next: Target },
    /// Ask a question and store the answer in a slot.
    Ask(Question),
    /// Show answers; the user confirms (go to `next`) or picks a field to change.
    Summary { text: Text, fields: Vec<Field>, next: Target },
    /// Go to the first case whose condition holds, else to `otherwise`.
    Branch { cases: Vec<Case>, otherwise: Target },
    /// Run another dialog, then come back to `next`.
    Call { dialog: DialogRef, next: Target },
    /// Offer dialogs to start; the main menu is one.
    Menu { text: Text, items: Vec<MenuItem> },
    /// Check the answers against the funding schemes they point to and say what each gives
    /// (`brief`: the scheme, the outcome and its reasons only).
    Verdict { brief: bool, next: Target },
    /// The dialog is over; return to the caller or the main menu.
    End { text: Option<Text> },
    /// Add the current answers of `fields` as one record to the list in `slot` ("add another");
    /// once it holds `[limits] max_items`, the flow goes to `when_full` instead of `next`.
    Append { slot: SlotName, fields: Vec<Field>, next: Target, when_full: Target },
    /// Hand the collected answers over as a draft application.
    Submit { next: Target },
    /// Open the resource centre (topics, articles, questions in one's own words); leaving it
    /// goes on to `next`.
    Advice { next: Target },
    /// Open the partner registry (search, one's profile and introductions); leaving it goes on
    /// to `next`.
    Partners { next: Target },
    /// Ask for consent (`text`, told the retention as `$months`) and, on yes, publish the partner
    /// profile made of the journey's answers; then `next` either way.
    Publish { text: Text, next: Target },
    /// Explain the processing track for the amount in `slot`, from the active rule set.
    Track { slot: SlotName, next: Target },
}

#[derive(Debug, Clone)]
pub struct Question {
    pub text: Text,
    pub slot: SlotName,
    pub optional: bool,
    /// Skip the question when its slot is already filled.
    pub reuse: bool,
    /// The answer names or reaches someone (`identifies = true`).
    pub identifies: bool,
    /// Whose country the question asks for (`country_of`).
    pub country_of: Option<crate::core::safety::Tie>,
    pub input: Input,
    pub next: Target,
}

#[derive(Debug, Clone)]
pub enum Input {
    Text { validators: Vec<Validator> },
    Choice { options: Vec<Opt> },
    Multi { options: Vec<Opt>, min: usize, max: usize },
    YesNo,
    /// `share_of`: the answer may be at most the funding share of the sum of these slots (as the
    /// scheme the answers follow counts it); `within`: at most the sum of these slots;
    /// `financing`: what, with the answer, should cover the `share_of` costs.
    Number { min: i64, max: i64, share_of: Vec<SlotName>, within: Vec<SlotName>, financing: Vec<Financing> },
    /// `not_before`: not earlier than these answers (a date, or the dates of repeated items).
    Date { min: Option<DateBound>, max: Option<DateBound>, not_before: Vec<SlotName> },
}

#[derive(Debug, Clone)]
pub struct Opt {
    pub value: String,
    pub label: Text,
    pub next: Option<Target>,
    pub line: usize,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub slot: SlotName,
    pub label: Text,
    pub line: usize,
    /// Where "change this" goes, if not the question for `slot`.
    pub step: Option<Target>,
    /// Where that change is complete, for a section of several steps.
    pub until: Option<Target>,
    /// A heading above this field: it starts a section.
    pub section: Option<Text>,
    /// How a number reads with its unit: a Fluent id given `$value`.
    pub unit: Option<Text>,
    /// In the advisers' export only, not in the applicant's summary.
    pub advisers_only: bool,
}

#[derive(Debug, Clone)]
pub struct Case {
    pub when: Condition,
    pub next: Target,
    pub line: usize,
}

#[derive(Debug, Clone)]
pub struct MenuItem {
    pub dialog: DialogRef,
    pub label: Text,
    pub line: usize,
}

impl Dialog {
    pub fn step(&self, id: &StepId) -> Option<&Step> {
        self.index.get(id).map(|i| &self.steps[*i])
    }

    /// The part of the form `step` belongs to: its number (from 0) and name.
    pub fn section_of(&self, step: &StepId) -> Option<(usize, &Section)> {
        self.sections.iter().enumerate().find(|(_, s)| s.steps.iter().any(|t| &t.step == step))
    }

    /// Whether the dialog opens the partner registry (it starts there): words said to start it
    /// are its search.
    pub fn opens_registry(&self) -> bool {
        self.step(&self.start.step).is_some_and(|s| matches!(s.kind, StepKind::Partners { .. }))
    }

    /// The amount a person applies for: the number question whose answer is a share of costs
    /// (`share_of`), with those costs' slots.
    pub fn amount_question(&self) -> Option<(&SlotName, &[SlotName])> {
        self.steps.iter().find_map(|s| match &s.kind {
            StepKind::Ask(q) => match &q.input {
                Input::Number { share_of, .. } if !share_of.is_empty() => Some((&q.slot, share_of.as_slice())),
                _ => None,
            },
            _ => None,
        })
    }

    /// What the amount question says finances its costs with it, and those costs' slots.
    pub fn financing(&self) -> Option<(&SlotName, &[SlotName], &[Financing])> {
        self.steps.iter().find_map(|s| match &s.kind {
            StepKind::Ask(q) => match &q.input {
                Input::Number { share_of, financing, .. } if !financing.is_empty() => Some((&q.slot, share_of.as_slice(), financing.as_slice())),
                _ => None,
            },
            _ => None,
        })
    }

    pub fn position(&self, id: &StepId) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// The question step that fills `slot`, for "edit this answer" from a summary.
    pub fn question_for(&self, slot: &SlotName) -> Option<&Step> {
        self.steps.iter().find(|s| matches!(&s.kind, StepKind::Ask(q) if &q.slot == slot))
    }

    /// It publishes a partner profile (it has a `publish` step): its summary and consent are
    /// worded for a new profile or for changes to the user's own (`$editing`).
    pub fn publishes(&self) -> bool {
        self.steps.iter().any(|s| matches!(s.kind, StepKind::Publish { .. }))
    }

    /// It files a draft for the advisers (it has a `submit` step).
    pub fn files_draft(&self) -> bool {
        self.steps.iter().any(|s| matches!(s.kind, StepKind::Submit { .. }))
    }
}

impl Dialog {
    /// Finds every target's step once (see [`Target::at`]).
    fn resolve_targets(&mut self) {
        let index = &self.index;
        let place = |t: &mut Target| t.at = index.get(&t.step).copied().unwrap_or(usize::MAX);
        place(&mut self.start);
        for s in &mut self.steps {
            match &mut s.kind {
                StepKind::Message { next, .. }
                | StepKind::Call { next, .. }
                | StepKind::Verdict { next, .. }
                | StepKind::Submit { next }
                | StepKind::Advice { next }
                | StepKind::Partners { next }
                | StepKind::Publish { next, .. }
                | StepKind::Track { next, .. } => place(next),
                StepKind::Summary { next, fields, .. } => {
                    place(next);
                    for f in fields {
                        f.step.iter_mut().chain(f.until.iter_mut()).for_each(place);
                    }
                }
                StepKind::Append { next, when_full, .. } => {
                    place(next);
                    place(when_full);
                }
                StepKind::Ask(q) => {
                    place(&mut q.next);
                    if let Input::Choice { options } | Input::Multi { options, .. } = &mut q.input {
                        options.iter_mut().filter_map(|o| o.next.as_mut()).for_each(place);
                    }
                }
                StepKind::Branch { cases, otherwise } => {
                    cases.iter_mut().for_each(|c| place(&mut c.next));
                    place(otherwise);
                }
                StepKind::Menu { .. } | StepKind::End { .. } => {}
            }
        }
    }
}

impl Step {
    /// The step a step that needs no answer goes on to (its only successor).
    pub fn next(&self) -> Option<&Target> {
        match &self.kind {
            StepKind::Message { next, .. }
            | StepKind::Summary { next, .. }
            | StepKind::Call { next, .. }
            | StepKind::Verdict { next, .. }
            | StepKind::Submit { next }
            | StepKind::Advice { next }
            | StepKind::Partners { next }
            | StepKind::Publish { next, .. }
            | StepKind::Track { next, .. }
            | StepKind::Append { next, .. } => Some(next),
            StepKind::Ask(q) => Some(&q.next),
            StepKind::Branch { otherwise, .. } => Some(otherwise),
            StepKind::Menu { .. } | StepKind::End { .. } => None,
        }
    }

    /// Every step this one can lead to within its dialog.
    pub fn successors(&self) -> Vec<&Target> {
        match &self.kind {
            StepKind::Append { next, when_full, .. } => vec![next, when_full],
            StepKind::Ask(q) => {
                let mut out = vec![&q.next];
                if let Input::Choice { options } | Input::Multi { options, .. } = &q.input {
                    out.extend(options.iter().filter_map(|o| o.next.as_ref()));
                }
                out
            }
            StepKind::Branch { cases, otherwise } => {
                cases.iter().map(|c| &c.next).chain(std::iter::once(otherwise)).collect()
            }
            _ => self.next().into_iter().collect(),
        }
    }

    /// True for steps that wait for the user (they are "the pending question").
    pub fn waits_for_input(&self) -> bool {
        matches!(self.kind, StepKind::Ask(_) | StepKind::Summary { .. } | StepKind::Menu { .. } | StepKind::Advice { .. } | StepKind::Partners { .. } | StepKind::Publish { .. })
    }

    pub fn kind_name(&self) -> &'static str {
        match &self.kind {
            StepKind::Message { .. } => "message",
            StepKind::Ask(q) => match q.input {
                Input::Text { .. } => "text",
                Input::Choice { .. } => "choice",
                Input::Multi { .. } => "multi",
                Input::YesNo => "yes_no",
                Input::Number { .. } => "number",
                Input::Date { .. } => "date",
            },
            StepKind::Summary { .. } => "summary",
            StepKind::Branch { .. } => "branch",
            StepKind::Call { .. } => "call",
            StepKind::Menu { .. } => "menu",
            StepKind::Verdict { .. } => "verdict",
            StepKind::End { .. } => "end",
            StepKind::Append { .. } => "append",
            StepKind::Submit { .. } => "submit",
            StepKind::Track { .. } => "track",
            StepKind::Advice { .. } => "advice",
            StepKind::Partners { .. } => "partners",
            StepKind::Publish { .. } => "publish",
        }
    }
}

/// All dialogs of the content, by id.
#[derive(Debug, Clone, Default)]
pub struct Dialogs {
    pub map: BTreeMap<DialogId, Dialog>,
}

impl Dialogs {
    pub fn get(&self, id: &DialogId) -> Option<&Dialog> {
        self.map.get(id)
    }
    pub fn step(&self, dialog: &DialogId, step: &StepId) -> Option<&Step> {
        self.get(dialog)?.step(step)
    }
}

const KINDS: &[&str] = &[
    "message", "text", "choice", "multi", "yes_no", "number", "date", "summary", "branch", "call", "menu", "verdict", "end", "append",
    "submit", "track", "advice", "partners", "publish",
];

/// Parses one dialog file; problems go to `report`. Returns `None` when the file cannot be used.
pub fn parse(file: &str, source: &str, report: &mut Report) -> Option<Dialog> {
    let lines = LineIndex::new(source);
    let before = report.items.len();
    let Some(raw) = super::diagnostic::parse_toml::<RawDialog>(file, source, report) else {
        // Whatever names this dialog, or reads what it asks, follows from this.
        for d in &mut report.items[before..] {
            d.causes.extend([missing_key(file), DIALOGS_INCOMPLETE]);
        }
        return None;
    };
    let mut p = Parser { file, lines: &lines, report };
    let mut steps: Vec<Step> = Vec::new();
    let mut index = HashMap::new();
    let mut unreadable = BTreeSet::new();
    for raw_step in &raw.step {
        let before = p.report.items.len();
        let Some(step) = p.step(raw_step) else {
            let id = raw_step.get_ref().id.get_ref();
            for d in &mut p.report.items[before..] {
                d.causes.push(unreadable_key(file, id));
            }
            unreadable.insert(StepId::new(id.clone()));
            continue;
        };
        if let Some(first) = index.get(&step.id).map(|i: &usize| steps[*i].line) {
            p.report.error(file, step.line, format!("duplicate step id `{}` (first defined on line {first}): give this step an id of its own, and point to it from the step before", step.id));
            continue;
        }
        index.insert(step.id.clone(), steps.len());
        steps.push(step);
    }
    if raw.step.is_empty() {
        p.report.error(file, 1, "a dialog needs at least one [[step]]");
        return None;
    }
    let start = match &raw.start {
        Some(s) => p.target(s),
        None => {
            let first = &raw.step[0];
            Target { step: StepId::new(first.get_ref().id.get_ref().clone()), line: p.line(first), at: usize::MAX }
        }
    };
    let mut dialog = Dialog {
        id: DialogId::new(raw.id.get_ref().clone()),
        file: file.to_owned(),
        line: p.line(&raw.id),
        title: p.text(&raw.title),
        start,
        steps,
        unreadable,
        sections: raw
            .section
            .iter()
            .map(|sec| Section { label: p.text(&sec.get_ref().label), steps: sec.get_ref().steps.iter().map(|t| p.target(t)).collect() })
            .collect(),
        labels: raw
            .labels
            .iter()
            .map(|l| {
                let (r, line) = (l.get_ref(), p.line(l));
                Label { slot: SlotName::new(r.slot.clone()), label: Text { id: MessageId::new(r.label.clone()), line }, unit: r.unit.as_ref().map(|u| Text { id: MessageId::new(u.clone()), line }) }
            })
            .collect(),
        index,
    };
    dialog.resolve_targets();
    Some(dialog)
}

struct Parser<'a> {
    file: &'a str,
    lines: &'a LineIndex,
    report: &'a mut Report,
}

impl Parser<'_> {
    fn line<T>(&self, s: &Spanned<T>) -> usize {
        self.lines.line(s.span().start)
    }
    fn text(&self, s: &Spanned<String>) -> Text {
        Text { id: MessageId::new(s.get_ref().clone()), line: self.line(s) }
    }
    fn target(&self, s: &Spanned<String>) -> Target {
        Target { step: StepId::new(s.get_ref().clone()), line: self.line(s), at: usize::MAX }
    }
    fn error(&mut self, line: usize, msg: impl Into<String>) {
        self.report.error(self.file, line, msg);
    }

    fn step(&mut self, spanned: &Spanned<RawStep>) -> Option<Step> {
        let line = self.line(spanned);
        let raw = spanned.get_ref();
        let id = StepId::new(raw.id.get_ref().clone());
        let kind = raw.kind.get_ref().as_str();
        if !KINDS.contains(&kind) {
            let l = self.line(&raw.kind);
            self.error(l, format!("step `{id}`: unknown kind `{kind}` (expected one of {})", KINDS.join(", ")));
            return None;
        }
        self.reject_foreign_keys(raw, kind, &id);
        let mut ok = true;
        let mut need = |p: &mut Parser, name: &str, present: bool| {
            if !present {
                p.error(line, format!("step `{id}` ({kind}) needs `{name}`"));
                ok = false;
            }
        };
        let text_opt = raw.text.as_ref().map(|t| self.text(t));
        let next = raw.next.as_ref().map(|t| self.target(t));
        let help = raw.help.as_ref().map(|t| self.text(t));
        let step_kind = match kind {
            "message" => {
                need(self, "text", text_opt.is_some());
                need(self, "next", next.is_some());
                StepKind::Message { text: text_opt.clone()?, next: next.clone()? }
            }
            "end" => StepKind::End { text: text_opt },
            "verdict" => {
                need(self, "next", next.is_some());
                StepKind::Verdict { brief: raw.brief.as_ref().is_some_and(|b| *b.get_ref()), next: next? }
            }
            "call" => {
                need(self, "dialog", raw.dialog.is_some());
                need(self, "next", next.is_some());
                let d = raw.dialog.as_ref()?;
                StepKind::Call { dialog: DialogRef { dialog: DialogId::new(d.get_ref().clone()), line: self.line(d) }, next: next? }
            }
            "menu" => {
                need(self, "text", text_opt.is_some());
                need(self, "items", raw.items.as_ref().is_some_and(|i| !i.is_empty()));
                let items = raw
                    .items
                    .as_ref()?
                    .iter()
                    .map(|i| {
                        let l = self.line(i);
                        let i = i.get_ref();
                        MenuItem {
                            dialog: DialogRef { dialog: DialogId::new(i.dialog.clone()), line: l },
                            label: Text { id: MessageId::new(i.label.clone()), line: l },
                            line: l,
                        }
                    })
                    .collect();
                StepKind::Menu { text: text_opt?, items }
            }
            "branch" => {
                need(self, "cases", raw.cases.as_ref().is_some_and(|c| !c.is_empty()));
                need(self, "else", raw.otherwise.is_some());
                let mut cases = Vec::new();
                for c in raw.cases.as_ref()? {
                    let l = self.line(c);
                    match c.get_ref().when.parse() {
                        Ok(when) => cases.push(Case { when, next: Target { step: StepId::new(c.get_ref().next.clone()), line: l, at: usize::MAX }, line: l }),
                        Err(e) => {
                            self.error(l, format!("step `{id}`: {e}"));
                            ok = false;
                        }
                    }
                }
                StepKind::Branch { cases, otherwise: self.target(raw.otherwise.as_ref()?) }
            }
            "append" => {
                need(self, "slot", raw.slot.is_some());
                need(self, "fields", raw.fields.as_ref().is_some_and(|f| !f.is_empty()));
                need(self, "next", next.is_some());
                need(self, "when_full", raw.when_full.is_some());
                let when_full = self.target(raw.when_full.as_ref()?);
                StepKind::Append { slot: SlotName::new(raw.slot.as_ref()?.get_ref().clone()), fields: self.fields(raw.fields.as_ref()?), next: next?, when_full }
            }
            "submit" => {
                need(self, "next", next.is_some());
                StepKind::Submit { next: next? }
            }
            "advice" => {
                need(self, "next", next.is_some());
                StepKind::Advice { next: next? }
            }
            "partners" => {
                need(self, "next", next.is_some());
                StepKind::Partners { next: next? }
            }
            "publish" => {
                need(self, "text", text_opt.is_some());
                need(self, "next", next.is_some());
                StepKind::Publish { text: text_opt?, next: next? }
            }
            "track" => {
                need(self, "slot", raw.slot.is_some());
                need(self, "next", next.is_some());
                StepKind::Track { slot: SlotName::new(raw.slot.as_ref()?.get_ref().clone()), next: next? }
            }
            "summary" => {
                need(self, "text", text_opt.is_some());
                need(self, "fields", raw.fields.as_ref().is_some_and(|f| !f.is_empty()));
                need(self, "next", next.is_some());
                StepKind::Summary { text: text_opt?, fields: self.fields(raw.fields.as_ref()?), next: next? }
            }
            _ => {
                need(self, "text", text_opt.is_some());
                need(self, "slot", raw.slot.is_some());
                need(self, "next", next.is_some());
                let input = self.input(raw, kind, &id, line)?;
                let country_of = match &raw.country_of {
                    None => None,
                    Some(c) => {
                        let l = self.line(c);
                        let tie = crate::core::safety::Tie::parse(c.get_ref());
                        if tie.is_none() {
                            self.error(l, format!("step `{id}`: `country_of` is `own` or `partner`, not `{}`", c.get_ref()));
                        }
                        let options = match &input {
                            Input::Choice { options } | Input::Multi { options, .. } => options.as_slice(),
                            _ => &[],
                        };
                        if !options.iter().any(|o| o.value == crate::core::safety::AT_RISK_COUNTRY) {
                            self.error(l, format!("step `{id}`: `country_of` needs an option `{}`", crate::core::safety::AT_RISK_COUNTRY));
                        }
                        tie
                    }
                };
                StepKind::Ask(Question {
                    identifies: raw.identifies.as_ref().is_some_and(|o| *o.get_ref()),
                    country_of,
                    text: text_opt?,
                    slot: SlotName::new(raw.slot.as_ref()?.get_ref().clone()),
                    optional: raw.optional.as_ref().is_some_and(|o| *o.get_ref()),
                    reuse: raw.reuse.as_ref().is_some_and(|o| *o.get_ref()),
                    input,
                    next: next?,
                })
            }
        };
        ok.then_some(Step { id, line, help, kind: step_kind })
    }

    fn fields(&self, raw: &[Spanned<raw::RawField>]) -> Vec<Field> {
        raw.iter()
            .map(|f| {
                let l = self.line(f);
                let f = f.get_ref();
                Field {
                    slot: SlotName::new(f.slot.clone()),
                    label: Text { id: MessageId::new(f.label.clone()), line: l },
                    line: l,
                    step: f.step.as_ref().map(|s| Target { step: StepId::new(s.clone()), line: l, at: usize::MAX }),
                    until: f.until.as_ref().map(|s| Target { step: StepId::new(s.clone()), line: l, at: usize::MAX }),
                    section: f.section.as_ref().map(|s| Text { id: MessageId::new(s.clone()), line: l }),
                    unit: f.unit.as_ref().map(|s| Text { id: MessageId::new(s.clone()), line: l }),
                    advisers_only: f.advisers_only,
                }
            })
            .collect()
    }

    fn input(&mut self, raw: &RawStep, kind: &str, id: &StepId, line: usize) -> Option<Input> {
        let int_bound = |p: &mut Parser, b: &Option<Spanned<Bound>>| -> Option<Option<i64>> {
            match b {
                None => Some(None),
                Some(s) => match s.get_ref() {
                    Bound::Int(n) => Some(Some(*n)),
                    Bound::Str(_) => {
                        let l = p.line(s);
                        p.error(l, format!("step `{id}`: `min`/`max` of a {kind} step must be a number"));
                        None
                    }
                },
            }
        };
        Some(match kind {
            "text" => {
                let mut validators = Vec::new();
                // A bad validator is reported and left out, so the rest of the step is still checked.
                for v in raw.validate.iter().flatten() {
                    let l = self.line(v);
                    validators.extend(self.validator(v.get_ref(), id, l));
                }
                Input::Text { validators }
            }
            "choice" | "multi" => {
                let Some(raw_options) = raw.options.as_ref().filter(|o| !o.is_empty()) else {
                    self.error(line, format!("step `{id}` ({kind}) needs `options`"));
                    return None;
                };
                let options: Vec<Opt> = raw_options
                    .iter()
                    .map(|o| {
                        let l = self.line(o);
                        let o = o.get_ref();
                        Opt {
                            value: o.value.clone(),
                            label: Text { id: MessageId::new(o.label.clone()), line: l },
                            next: o.next.as_ref().map(|n| Target { step: StepId::new(n.clone()), line: l, at: usize::MAX }),
                            line: l,
                        }
                    })
                    .collect();
                if kind == "choice" {
                    Input::Choice { options }
                } else {
                    let n = options.len() as i64;
                    let min = int_bound(self, &raw.min)?.unwrap_or(1);
                    let max = int_bound(self, &raw.max)?.unwrap_or(n);
                    if min < 0 || max < min.max(1) || max > n {
                        self.error(line, format!("step `{id}`: need 0 <= min <= max <= {n} options (min {min}, max {max})"));
                        return None;
                    }
                    Input::Multi { options, min: min as usize, max: max as usize }
                }
            }
            "yes_no" => Input::YesNo,
            "number" => {
                let min = int_bound(self, &raw.min)?.unwrap_or(0);
                let max = int_bound(self, &raw.max)?.unwrap_or(i64::MAX / 2);
                if min > max {
                    self.error(line, format!("step `{id}`: min {min} is greater than max {max}"));
                    return None;
                }
                let share_of: Vec<SlotName> = raw.share_of.as_ref().map(|s| s.get_ref().iter().map(|n| SlotName::new(n.clone())).collect()).unwrap_or_default();
                let within = raw.within.as_ref().map(|s| s.get_ref().iter().map(|n| SlotName::new(n.clone())).collect()).unwrap_or_default();
                let mut financing = Vec::new();
                for f in raw.financing.as_ref().map(|s| s.get_ref().as_slice()).unwrap_or_default() {
                    match Financing::parse(f) {
                        Some(f) => financing.push(f),
                        None => self.error(line, format!("step `{id}`: financing `{f}` is not a slot name or `slot * rate`")),
                    }
                }
                if !financing.is_empty() && share_of.is_empty() {
                    self.error(line, format!("step `{id}`: `financing` needs `share_of`, the costs it finances"));
                }
                Input::Number { min, max, share_of, within, financing }
            }
            "date" => {
                let mut bound = |b: &Option<Spanned<Bound>>| -> Option<Option<DateBound>> {
                    let Some(s) = b else { return Some(None) };
                    let l = self.line(s);
                    match s.get_ref() {
                        Bound::Str(text) => match DateBound::parse(text) {
                            Some(d) => Some(Some(d)),
                            None => {
                                self.error(l, format!("step `{id}`: `{text}` is not a date bound (use 2026-01-31, today, today+28d, today+2y)"));
                                None
                            }
                        },
                        Bound::Int(_) => {
                            self.error(l, format!("step `{id}`: a date bound is a string such as \"today+28d\""));
                            None
                        }
                    }
                };
                let min = bound(&raw.min)?;
                let max = bound(&raw.max)?;
                let not_before = raw.not_before.as_ref().map(|s| s.get_ref().iter().map(|n| SlotName::new(n.clone())).collect()).unwrap_or_default();
                Input::Date { min, max, not_before }
            }
            _ => unreachable!("question kinds are listed in KINDS"),
        })
    }

    fn validator(&mut self, v: &raw::RawValidator, id: &StepId, line: usize) -> Option<Validator> {
        let unexpected = |p: &mut Parser, what: &str| {
            p.error(line, format!("step `{id}`: a `{}` validator does not take `{what}`", v.kind));
        };
        match v.kind.as_str() {
            "length" => {
                if v.pattern.is_some() || v.message.is_some() {
                    unexpected(self, "pattern/message");
                    return None;
                }
                if v.min.is_none() && v.max.is_none() {
                    self.error(line, format!("step `{id}`: a `length` validator needs `min` or `max`"));
                    return None;
                }
                if let (Some(a), Some(b)) = (v.min, v.max)
                    && a > b {
                        self.error(line, format!("step `{id}`: length min {a} is greater than max {b}"));
                        return None;
                    }
                Some(Validator::Length { min: v.min, max: v.max })
            }
            "regex" => {
                let (Some(pattern), Some(message)) = (&v.pattern, &v.message) else {
                    self.error(line, format!("step `{id}`: a `regex` validator needs `pattern` and `message` (the Fluent id of the reason)"));
                    return None;
                };
                match regex::Regex::new(pattern) {
                    Ok(re) => Some(Validator::Regex { pattern: re, message: MessageId::new(message.clone()) }),
                    Err(e) => {
                        let first = e.to_string().lines().last().unwrap_or("").trim().trim_start_matches("error: ").to_owned();
                        self.error(line, format!("step `{id}`: invalid regex `{pattern}`: {first}"));
                        None
                    }
                }
            }
            "email" | "phone" | "orgnr" => {
                if v.min.is_some() || v.max.is_some() || v.pattern.is_some() || v.message.is_some() {
                    unexpected(self, "min/max/pattern/message");
                    return None;
                }
                Some(match v.kind.as_str() {
                    "email" => Validator::Email,
                    "phone" => Validator::Phone,
                    _ => Validator::OrgNumber,
                })
            }
            other => {
                self.error(line, format!("step `{id}`: unknown validator `{other}` (expected length, regex, email, phone, orgnr)"));
                None
            }
        }
    }

    /// Keys that exist in the format but mean nothing for this kind are errors, not silently ignored.
    fn reject_foreign_keys(&mut self, raw: &RawStep, kind: &str, id: &StepId) {
        let allowed: &[&str] = match kind {
            "message" => &["text", "next", "help"],
            "end" => &["text"],
            "verdict" => &["next", "brief"],
            "call" => &["dialog", "next"],
            "menu" => &["text", "items", "help"],
            "branch" => &["cases", "else"],
            "summary" => &["text", "fields", "next", "help"],
            "append" => &["slot", "fields", "next", "when_full"],
            "submit" => &["next"],
            "track" => &["slot", "next"],
            "advice" => &["next", "help"],
            "partners" => &["next", "help"],
            "publish" => &["text", "next", "help"],
            "text" => &["text", "slot", "next", "optional", "reuse", "validate", "help", "identifies"],
            "choice" => &["text", "slot", "next", "optional", "reuse", "options", "help", "country_of", "identifies"],
            "multi" => &["text", "slot", "next", "optional", "reuse", "options", "min", "max", "help", "country_of", "identifies"],
            "yes_no" => &["text", "slot", "next", "optional", "reuse", "help"],
            "number" => &["text", "slot", "next", "optional", "reuse", "min", "max", "share_of", "within", "financing", "help"],
            "date" => &["text", "slot", "next", "optional", "reuse", "min", "max", "not_before", "help"],
            _ => &[],
        };
        let present: [(&str, Option<usize>); 22] = [
            ("financing", raw.financing.as_ref().map(|s| self.line(s))),
            ("not_before", raw.not_before.as_ref().map(|s| self.line(s))),
            ("identifies", raw.identifies.as_ref().map(|s| self.line(s))),
            ("country_of", raw.country_of.as_ref().map(|s| self.line(s))),
            ("reuse", raw.reuse.as_ref().map(|s| self.line(s))),
            ("within", raw.within.as_ref().map(|s| self.line(s))),
            ("brief", raw.brief.as_ref().map(|s| self.line(s))),
            ("share_of", raw.share_of.as_ref().map(|s| self.line(s))),
            ("text", raw.text.as_ref().map(|s| self.line(s))),
            ("help", raw.help.as_ref().map(|s| self.line(s))),
            ("slot", raw.slot.as_ref().map(|s| self.line(s))),
            ("optional", raw.optional.as_ref().map(|s| self.line(s))),
            ("next", raw.next.as_ref().map(|s| self.line(s))),
            ("options", raw.options.as_ref().and_then(|o| o.first()).map(|s| self.line(s))),
            ("min", raw.min.as_ref().map(|s| self.line(s))),
            ("max", raw.max.as_ref().map(|s| self.line(s))),
            ("validate", raw.validate.as_ref().and_then(|o| o.first()).map(|s| self.line(s))),
            ("fields", raw.fields.as_ref().and_then(|o| o.first()).map(|s| self.line(s))),
            ("cases", raw.cases.as_ref().and_then(|o| o.first()).map(|s| self.line(s))),
            ("else", raw.otherwise.as_ref().map(|s| self.line(s))),
            ("dialog", raw.dialog.as_ref().map(|s| self.line(s))),
            ("items", raw.items.as_ref().and_then(|o| o.first()).map(|s| self.line(s))),
        ];
        for (key, line) in present {
            if let Some(line) = line
                && !allowed.contains(&key) {
                    self.error(line, format!("step `{id}`: `{key}` does not belong to a `{kind}` step"));
                }
        }
    }
}
