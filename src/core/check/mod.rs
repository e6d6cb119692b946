//! `barents-bot check`: everything that can be wrong with content as a whole, reported as
//! `file:line: message` — targets, reachability, slots, messages in every locale, platform limits.
//!
//! Runs on every load: `run` refuses content with errors, so the engine can rely on
//! targets existing and messages being present.

mod graph;

use super::content::Content;
use super::diagnostic::{Diagnostic, Key, Report};
use super::suggest::did_you_mean;
use super::dialog::{DIALOGS_INCOMPLETE, dialog_key};
use super::dialog::{Dialog, Input, StepKind};
use super::messages::{ENGINE_MESSAGES, OPERATOR_MESSAGES, STATS_MESSAGES};
use super::ids::{DialogId, MessageId, SlotName, StepId};
use super::locale::Locale;
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// Telegram allows 64 bytes of callback data; ours is `v1:<question>:<value>`, the question
/// number taking up to 10 digits. Discord's custom_id (100) is then never the tighter limit.
pub const MAX_VALUE_BYTES: usize = 64 - "v1:".len() - 10 - 1;
/// Discord button labels hold at most 80 characters.
pub const MAX_LABEL_CHARS: usize = 80;

/// A place a message id is used, and the variables available there.
pub(super) struct Use {
    file: String,
    line: usize,
    /// `None`: any slot may be used (checked elsewhere); `Some`: exactly these variables exist.
    vars: Option<BTreeSet<String>>,
    label: bool,
}

pub fn check(content: &Content, warn_unused: bool, report: &mut Report) {
    let dialogs = &content.dialogs;
    let main = &content.settings.main_dialog;
    match dialogs.get(main) {
        None => report.consequence(dialog_key(main.as_str()), Diagnostic::error("config/default.toml", 1, format!("the main dialog `{main}` does not exist in dialogs/"))),
        Some(d) => {
            if !matches!(d.step(&d.start.step).map(|s| &s.kind), Some(StepKind::Menu { .. })) {
                report.error(&d.file, d.start.line, format!("the main dialog `{main}` must start with a `menu` step"));
            }
        }
    }
    let criteria = &content.settings.criteria_dialog;
    if dialogs.get(criteria).is_none() {
        report.consequence(dialog_key(criteria.as_str()), Diagnostic::error("config/default.toml", 1, format!("the criteria dialog `{criteria}` does not exist in dialogs/")));
    }
    for id in &content.settings.open_schemes {
        if content.schemes.get(id).is_none() {
            let known: Vec<&str> = content.schemes.map.keys().map(String::as_str).collect();
            let hint = did_you_mean(id, known.iter().copied());
            let d = Diagnostic::error("config/default.toml", 1, format!("the open scheme `{id}` ([rules] active, or BARENTS_RULES) does not exist in config/rules/{hint} (known: {})", known.join(", ")));
            report.consequence(super::schemes::missing_key(id), d);
        }
    }
    content.understanding.check(report);
    let mut uses: BTreeMap<MessageId, Vec<Use>> = BTreeMap::new();
    let set_by: BTreeMap<DialogId, BTreeSet<SlotName>> = dialogs.map.values().map(|d| (d.id.clone(), slots_set_by(d, dialogs))).collect();
    check_rule_slots(content, &set_by, report);
    for d in dialogs.map.values() {
        graph::check_dialog(d, content, &set_by, report, &mut uses);
    }
    for (id, file, line, _, _) in content.schemes.messages() {
        uses.entry(id).or_default().push(Use { file, line, vars: None, label: false });
    }
    let rule_sets: BTreeSet<&str> = content.schemes.map.keys().map(String::as_str).collect();
    content.knowledge.check(&rule_sets, report);
    // A rule set that could not be read gives its texts no values: what they use is unknown then.
    let unread_scheme = report.items.iter().any(|d| d.causes.iter().any(|c| matches!(c, Key::Scheme(_))));
    for (id, line, label, vars) in super::rule_numbers::knowledge_messages(content) {
        let file = super::knowledge::FILE.to_owned();
        uses.entry(id).or_default().push(Use { file, line, vars: (!unread_scheme).then_some(vars), label });
    }
    check_messages(content, &uses, warn_unused, report);
    check_inline_forms(content, report);
    check_read_also(content, report);
    super::rule_numbers::check(content, report);
}

/// A related article is offered as "read also: <title>": that label fits a button too.
fn check_read_also(content: &Content, report: &mut Report) {
    let read_also = MessageId::new("kb-read-also");
    for locale in Locale::ALL {
        for a in &content.knowledge.articles {
            if !content.catalog.has(locale, a.title().as_str()) || !content.catalog.has(locale, read_also.as_str()) {
                continue;
            }
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("title", content.catalog.format(locale, &a.title(), None));
            let n = content.catalog.format(locale, &read_also, Some(&args)).chars().count();
            if n > MAX_LABEL_CHARS {
                report.error(super::knowledge::FILE, a.line, format!("`kb-read-also` with the title of `{}` is {n} characters in {locale}; buttons allow {MAX_LABEL_CHARS} (Discord)", a.id));
            }
        }
    }
}

/// The options of a multiple choice are read inside sentences and lists ("topics culture and
/// sport"): each needs an `.inline` form, written as the word reads in running text.
fn check_inline_forms(content: &Content, report: &mut Report) {
    let labels: BTreeSet<&MessageId> = content
        .dialogs
        .map
        .values()
        .flat_map(|d| &d.steps)
        .filter_map(|s| match &s.kind {
            StepKind::Ask(q) => match &q.input {
                Input::Multi { options, .. } => Some(options.iter().map(|o| &o.label.id)),
                _ => None,
            },
            _ => None,
        })
        .flatten()
        .collect();
    for locale in Locale::ALL {
        let lang = content.catalog.language(locale);
        for id in &labels {
            if let Some(info) = lang.messages.get(id.as_str()).filter(|i| !i.attributes.contains("inline")) {
                report.warning(
                    &info.file,
                    info.line,
                    format!("label `{id}` is an option of a multiple choice, shown inside sentences and lists: give it an `.inline` form (on the next line: `    .inline = …`, lower case where the language writes it so)"),
                );
            }
        }
    }
}

pub(super) fn check_value(file: &str, line: usize, value: &str, report: &mut Report) {
    if value.len() > MAX_VALUE_BYTES {
        report.error(file, line, format!("option value `{value}` is {} bytes; button data allows {MAX_VALUE_BYTES} (Telegram callback data is 64 bytes)", value.len()));
    }
    if value.is_empty() || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        report.error(file, line, format!("option value `{value}` must be non-empty, without spaces"));
    }
}

/// A slot the rules read that no question anywhere asks is mistyped in the rule: said there, with
/// the slot most likely meant. The verdicts that cannot have it follow from that.
fn check_rule_slots(content: &Content, set_by: &BTreeMap<DialogId, BTreeSet<SlotName>>, report: &mut Report) {
    let known: BTreeSet<&str> = set_by.values().flatten().map(|s| s.as_str()).chain(super::schemes::DERIVED.iter().copied()).chain(super::engine::ALWAYS.iter().copied()).collect();
    for (slot, file, line) in content.schemes.slots() {
        if !known.contains(slot.as_str()) {
            let hint = did_you_mean(slot.as_str(), known.iter().copied());
            let d = Diagnostic::error(&file, line, format!("the rule reads slot `{slot}`, which no question asks{hint}")).causing(unasked_key(&slot));
            report.consequence(DIALOGS_INCOMPLETE, d);
        }
    }
}

fn unasked_key(slot: &SlotName) -> Key {
    Key::Slot(slot.as_str().to_owned())
}

/// Every slot a dialog can set, including through the dialogs it calls.
fn slots_set_by(d: &Dialog, dialogs: &super::dialog::Dialogs) -> BTreeSet<SlotName> {
    let mut out = BTreeSet::new();
    let mut seen = BTreeSet::new();
    let mut todo = vec![d.id.clone()];
    while let Some(id) = todo.pop() {
        if !seen.insert(id.clone()) {
            continue;
        }
        let Some(d) = dialogs.get(&id) else { continue };
        for s in &d.steps {
            match &s.kind {
                StepKind::Ask(q) => {
                    out.insert(q.slot.clone());
                }
                StepKind::Append { slot, .. } => {
                    out.insert(slot.clone());
                }
                StepKind::Call { dialog, .. } => todo.push(dialog.dialog.clone()),
                _ => {}
            }
        }
    }
    out
}

/// May-set analysis: the slots some path from the dialog's start can have set before each step.
/// A read of a slot outside that set is an error: no path can have set it.
fn check_slots(
    d: &graph::Graph,
    content: &Content,
    set_by: &BTreeMap<DialogId, BTreeSet<SlotName>>,
    report: &mut Report,
    uses: &mut BTreeMap<MessageId, Vec<Use>>,
) {
    // What the schemes make of the answers, and how to reach the Secretariat, are always there;
    // and the slots a caller may have set before calling this dialog.
    let mut entry: BTreeSet<SlotName> = super::schemes::DERIVED.iter().chain(super::engine::ALWAYS).map(|s| SlotName::new(*s)).collect();
    for caller in content.dialogs.map.values() {
        for s in &caller.steps {
            if matches!(&s.kind, StepKind::Call { dialog, .. } if dialog.dialog == d.id) {
                entry.extend(set_by.get(&caller.id).into_iter().flatten().cloned());
            }
        }
    }
    let start = d.resolve(&d.start.step).clone();
    let mut before: BTreeMap<StepId, BTreeSet<SlotName>> = BTreeMap::from([(start.clone(), entry)]);
    let mut queue = VecDeque::from([start]);
    while let Some(id) = queue.pop_front() {
        let Some(step) = d.step(&id) else { continue };
        let mut after = before[&id].clone();
        match &step.kind {
            StepKind::Ask(q) => {
                after.insert(q.slot.clone());
            }
            StepKind::Append { slot, .. } => {
                after.insert(slot.clone());
            }
            StepKind::Call { dialog, .. } => after.extend(set_by.get(&dialog.dialog).into_iter().flatten().cloned()),
            _ => {}
        }
        for t in step.successors() {
            // A case that holds only when a slot is set ("set = true") has it on its way on,
            // whichever journey set it.
            let mut after = after.clone();
            if let StepKind::Branch { cases, .. } = &step.kind {
                after.extend(cases.iter().filter(|c| c.next.step == t.step).filter_map(|c| match &c.when {
                    crate::core::condition::Condition::IsSet(slot, true) => Some(slot.clone()),
                    _ => None,
                }));
            }
            let next = d.resolve(&t.step);
            match before.get_mut(next) {
                None => {
                    before.insert(next.clone(), after.clone());
                    queue.push_back(next.clone());
                }
                Some(known) if !after.is_subset(known) => {
                    known.extend(after.iter().cloned());
                    queue.push_back(next.clone());
                }
                Some(_) => {}
            }
        }
    }
    let f = &d.file;
    let names = |set: &BTreeSet<SlotName>| -> BTreeSet<String> { set.iter().map(|s| s.to_string()).collect() };
    let mut text_use = |id: &MessageId, line: usize, vars: Option<BTreeSet<String>>, label: bool| {
        uses.entry(id.clone()).or_default().push(Use { file: f.clone(), line, vars, label });
    };
    text_use(&d.title.id, d.title.line, Some(BTreeSet::new()), true);
    for section in &d.sections {
        text_use(&section.label.id, section.label.line, Some(BTreeSet::new()), true);
    }
    for l in &d.labels {
        text_use(&l.label.id, l.label.line, Some(BTreeSet::new()), true);
        if let Some(unit) = &l.unit {
            text_use(&unit.id, unit.line, Some(BTreeSet::from(["value".to_owned()])), false);
        }
        if !d.steps.iter().any(|s| matches!(&s.kind, StepKind::Ask(q) if q.slot == l.slot)) {
            report.error(f, l.label.line, format!("`labels` names slot `{}`, which no question of this dialog asks", l.slot));
        }
    }
    for s in &d.steps {
        let available = before.get(&s.id).cloned().unwrap_or_default();
        let vars = Some(names(&available));
        if let Some(h) = &s.help {
            text_use(&h.id, h.line, Some(BTreeSet::new()), false);
        }
        match &s.kind {
            StepKind::Summary { text, .. } if d.publishes() => {
                // A profile's summary also knows whether it changes the user's own profile.
                let mut vars = vars.clone();
                if let Some(v) = vars.as_mut() {
                    v.insert("editing".to_owned());
                }
                text_use(&text.id, text.line, vars, false)
            }
            StepKind::Message { text, .. } | StepKind::Summary { text, .. } => text_use(&text.id, text.line, vars.clone(), false),
            StepKind::Menu { text, .. } => {
                // A menu's text also knows whether the person has been here before.
                let mut vars = vars.clone();
                if let Some(v) = vars.as_mut() {
                    v.insert("returning".to_owned());
                }
                text_use(&text.id, text.line, vars, false)
            }
            StepKind::End { text: Some(text) } => text_use(&text.id, text.line, vars.clone(), false),
            StepKind::Ask(q) => {
                // A date question also gets an example date to copy.
                let mut vars = vars.clone();
                if let (Input::Date { .. }, Some(v)) = (&q.input, vars.as_mut()) {
                    v.insert("example".to_owned());
                }
                text_use(&q.text.id, q.text.line, vars, false);
                match &q.input {
                    Input::Choice { options } | Input::Multi { options, .. } => {
                        for o in options {
                            text_use(&o.label.id, o.line, Some(BTreeSet::new()), true);
                        }
                    }
                    Input::Number { share_of, within, financing, .. } => {
                        for slot in financing.iter().flat_map(|f| f.slots()).filter(|x| !available.contains(*x)) {
                            report.error(f, s.line, format!("step `{}` counts slot `{slot}` in the financing, but no path sets it before this step", s.id));
                        }
                        for slot in share_of.iter().filter(|x| !available.contains(*x)) {
                            report.error(f, s.line, format!("step `{}` computes a share of slot `{slot}`, which no path sets before it", s.id));
                        }
                        for slot in within.iter().filter(|x| !available.contains(*x)) {
                            report.error(f, s.line, format!("step `{}` is a part of slot `{slot}`, which no path sets before it", s.id));
                        }
                    }
                    Input::Date { not_before, .. } => {
                        for slot in not_before.iter().filter(|x| !available.contains(*x)) {
                            report.error(f, s.line, format!("step `{}` must not be before slot `{slot}`, which no path sets before it", s.id));
                        }
                    }
                    Input::Text { validators } => {
                        for v in validators {
                            if let super::validate::Validator::Regex { message, .. } = v {
                                text_use(message, s.line, Some(BTreeSet::new()), false);
                            }
                        }
                    }
                    _ => {}
                }
            }
            StepKind::Branch { cases, .. } => {
                for c in cases {
                    let mut read = Vec::new();
                    c.when.slots(&mut read);
                    for slot in read.iter().filter(|r| !available.contains(*r)) {
                        let hint = if available.iter().chain(set_by.values().flatten()).any(|a| a == slot) { String::new() } else { did_you_mean(slot.as_str(), available.iter().map(|a| a.as_str())) };
                        report.error(f, c.line, format!("step `{}` reads slot `{slot}` before any path can set it{hint}", s.id));
                    }
                }
            }
            StepKind::Verdict { brief, .. } => {
                // Every scheme and version, open or not: opening one must never break a dialog.
                // A brief verdict (a reminder inside another journey) may come before some answers.
                // One problem per slot, however many rules read it.
                let mut unset: BTreeMap<SlotName, Vec<(String, usize)>> = BTreeMap::new();
                for (slot, file, line) in content.schemes.slots().into_iter().filter(|(slot, ..)| !brief && !available.contains(slot)) {
                    unset.entry(slot).or_default().push((file, line));
                }
                for (slot, rules) in unset {
                    let (file, line) = &rules[0];
                    let more = match rules.len() - 1 {
                        0 => String::new(),
                        n => format!(" and {n} more rule(s)"),
                    };
                    let hint = did_you_mean(slot.as_str(), available.iter().map(|a| a.as_str()));
                    let d = Diagnostic::error(f, s.line, format!("verdict `{}`: {file}:{line}{more} read(s) slot `{slot}`, which no path sets before this step{hint}", s.id));
                    report.consequence(unasked_key(&slot), d);
                }
                for (id, _, _, items, values) in content.schemes.messages() {
                    let mut vars = vars.clone();
                    if let (true, Some(v)) = (items, vars.as_mut()) {
                        v.insert("matched".to_owned());
                    }
                    if let Some(v) = vars.as_mut() {
                        v.extend(values);
                    }
                    text_use(&id, s.line, vars, false);
                }
            }
            StepKind::Track { slot, .. } if !available.contains(slot) => {
                report.error(f, s.line, format!("step `{}` reads slot `{slot}` before any path can set it", s.id));
            }
            StepKind::Append { fields, .. } => {
                for fl in fields.iter().filter(|fl| !available.contains(&fl.slot)) {
                    report.error(f, fl.line, format!("step `{}` collects slot `{}`, which no path sets before it", s.id, fl.slot));
                }
            }
            StepKind::Call { .. } | StepKind::End { text: None } | StepKind::Submit { .. } | StepKind::Track { .. } | StepKind::Advice { .. } | StepKind::Partners { .. } => {}
            StepKind::Publish { text, .. } => {
                for slot in crate::core::partners::slots::REQUIRED.iter().map(|s| SlotName::new(*s)).filter(|s| !available.contains(s)) {
                    report.error(f, text.line, format!("step `{}` publishes a partner profile, but no path sets slot `{slot}` before it", s.id));
                }
                let vars = BTreeSet::from(["months".to_owned(), "editing".to_owned()]);
                text_use(&text.id, text.line, Some(vars), false);
            }
        }
        if let StepKind::Summary { fields, .. } = &s.kind {
            for fl in fields {
                text_use(&fl.label.id, fl.line, Some(BTreeSet::new()), true);
                if let Some(section) = &fl.section {
                    text_use(&section.id, fl.line, Some(BTreeSet::new()), false);
                }
                if let Some(unit) = &fl.unit {
                    text_use(&unit.id, fl.line, Some(BTreeSet::from(["value".to_owned()])), false);
                }
            }
        }
        if let StepKind::Append { fields, .. } = &s.kind {
            for fl in fields {
                text_use(&fl.label.id, fl.line, Some(BTreeSet::new()), true);
            }
        }
        if let StepKind::Menu { items, .. } = &s.kind {
            for i in items {
                text_use(&i.label.id, i.line, Some(BTreeSet::new()), true);
            }
        }
    }
}

fn check_messages(content: &Content, uses: &BTreeMap<MessageId, Vec<Use>>, warn_unused: bool, report: &mut Report) {
    let cat = &content.catalog;
    let engine: BTreeMap<&str, &[&str]> = ENGINE_MESSAGES.iter().chain(OPERATOR_MESSAGES).chain(STATS_MESSAGES).chain(super::format::FORMAT_MESSAGES).copied().collect();
    for locale in Locale::ALL {
        let lang = cat.language(locale);
        for (id, list) in uses {
            let Some(info) = lang.messages.get(id.as_str()) else {
                let nowhere = Locale::ALL.iter().all(|l| !cat.has(*l, id.as_str()));
                for u in list {
                    let d = match nowhere {
                        // A name no language has is most likely mistyped where it is used: said once.
                        true if locale == Locale::ALL[0] => {
                            let hint = did_you_mean(id.as_str(), lang.messages.keys().map(String::as_str));
                            Diagnostic::error(&u.file, u.line, format!("message `{id}` is missing in locales/en/, locales/nb/ and locales/ru/{hint}"))
                        }
                        true => continue,
                        false => Diagnostic::error(&u.file, u.line, format!("message `{id}` is missing in locales/{locale}/")),
                    };
                    report.consequence(super::i18n::missing_key(locale, id.as_str()), d);
                }
                continue;
            };
            let vars = cat.variables(locale, id.as_str());
            for u in list {
                if let Some(avail) = &u.vars {
                    for v in vars.iter().filter(|v| !avail.contains(*v)) {
                        report.error(
                            &info.file,
                            info.line,
                            format!("message `{id}` uses variable ${v}, which the step at {}:{} does not provide", u.file, u.line),
                        );
                    }
                }
                if u.label {
                    let text = cat.format(locale, id, None);
                    let n = text.chars().count();
                    if n > MAX_LABEL_CHARS {
                        report.error(&info.file, info.line, format!("label `{id}` is {n} characters; buttons allow {MAX_LABEL_CHARS} (Discord)"));
                    }
                }
            }
        }
        for (id, allowed) in &engine {
            match lang.messages.get(*id) {
                None => {
                    let d = Diagnostic::error(&format!("locales/{locale}"), 1, format!("message `{id}`, which the bot itself uses, is missing in locales/{locale}/"));
                    report.consequence(super::i18n::missing_key(locale, id), d);
                }
                Some(info) => {
                    for v in cat.variables(locale, id).iter().filter(|v| !allowed.contains(&v.as_str())) {
                        let offered = if allowed.is_empty() { "none".to_owned() } else { allowed.iter().map(|a| format!("${a}")).collect::<Vec<_>>().join(", ") };
                        report.error(&info.file, info.line, format!("message `{id}` uses variable ${v}; it gets {offered}"));
                    }
                }
            }
        }
        // Discord command names: lowercase letters, digits, - and _, at most 32 characters.
        for (id, info) in lang.messages.iter().filter(|(id, _)| id.starts_with("discord-name-")) {
            let name = cat.format(locale, &MessageId::new(id.clone()), None);
            let valid = (1..=32).contains(&name.chars().count())
                && name.chars().all(|c| c == '-' || c == '_' || (c.is_alphanumeric() && !c.is_uppercase()));
            if !valid {
                report.error(&info.file, info.line, format!("`{name}` is not a valid Discord command name (lowercase letters, digits, - and _, at most 32)"));
            }
        }
        // Unused: defined, but neither used by content, the engine, nor referenced by another message.
        let referenced: BTreeSet<&String> = lang.messages.values().flat_map(|m| m.references.iter()).collect();
        for (id, info) in &lang.messages {
            let used = uses.contains_key(&MessageId::new(id.clone()))
                || engine.contains_key(id.as_str())
                || referenced.contains(id)
                || id.starts_with("language-name-");
            if !used && warn_unused {
                report.warning(&info.file, info.line, format!("message `{id}` is not used"));
            }
        }
    }
}
