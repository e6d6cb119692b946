//! Turning a turn's answers into Fluent arguments: the arguments a step's text receives, and
//! those of a reason an answer was refused. How an answer reads is in [`crate::core::display`].

use super::Turn;
use crate::core::ids::{MessageId, SlotName};
use crate::core::validate::Arg;
use crate::core::value::Value;
use fluent_bundle::{FluentArgs, FluentValue};


/// Arguments a step's texts receive: the answers they read, by slot name, and, for a text that
/// reads them (`facts`), how to reach the Secretariat and what the schemes make of the answers.
///
/// Only the variables the texts `ids` use are set (a question is rendered at every turn; copying
/// every answer each time was once a tenth of a turn's cost). An answer reads as the person saw
/// it: a choice as its option's `.inline` label in the reader's language, several as the
/// language's list ([`crate::core::display::display_value`]); numbers stay numbers (grouped,
/// and selectable by plural), yes/no stay `yes`/`no` so a text can select on them.
pub fn slot_args<'a>(turn: &'a Turn<'_>, ids: &[&MessageId], facts: bool) -> FluentArgs<'a> {
    let slots = &turn.user.session.slots;
    let mut args = FluentArgs::new();
    for id in ids {
        let used = turn.content.catalog.variables_of(turn.locale, id.as_str());
        if used.is_empty() {
            continue;
        }
        for (slot, value) in slots.iter().filter(|(slot, _)| used.contains(slot.as_str())) {
            let v: FluentValue = match value {
                Value::Number(n) => FluentValue::from(*n),
                Value::Text(t) => FluentValue::from(t.as_str()),
                Value::Choice(_) | Value::Choices(_) => FluentValue::from(crate::core::display::display_value(turn.content, turn.locale, slot, value)),
                Value::Bool(b) => FluentValue::from(if *b { "yes" } else { "no" }),
                Value::Date(d) => FluentValue::from(turn.formats().date(*d)),
                Value::Records(items) => FluentValue::from(items.len()),
            };
            args.set(slot.as_str(), v);
        }
    }
    if facts {
        turn.add_fact_args(&mut args);
    }
    args
}

pub fn invalid_args<'a>(list: &[(&'static str, Arg)]) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in list {
        match value {
            Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
            Arg::Text(t) => args.set(*name, FluentValue::from(t.clone())),
        }
    }
    args
}

impl Turn<'_> {
    /// The answer in `slot` as the user would read it: option labels, not their values.
    pub fn display(&self, slot: &SlotName) -> Option<String> {
        self.display_with(slot, None)
    }

    /// A summary's field as the user would read it: with its unit, where it names one.
    pub fn display_field(&self, field: &crate::core::dialog::Field) -> Option<String> {
        self.display_with(&field.slot, field.unit.as_ref())
    }

    fn display_with(&self, slot: &SlotName, unit: Option<&crate::core::dialog::Text>) -> Option<String> {
        let show = |v: &Value| crate::core::display::display_field(self.content, self.locale, slot, unit, v);
        if crate::core::schemes::DERIVED.contains(&slot.as_str()) {
            let facts = self.facts();
            return crate::core::condition::Slots::get(&facts, slot).map(show);
        }
        self.user.session.slots.get(slot).map(show)
    }
}
