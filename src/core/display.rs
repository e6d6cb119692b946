//! How answers read to people: option labels instead of their values (in their inline form,
//! as a word inside a sentence), yes/no, amounts and dates as each language writes them (see
//! [`super::format`]), repeated items one per line. Used in chat summaries, the partner registry
//! and advisers' exports. Pure functions over the content.

use super::content::Content;
use super::dialog::{Input, StepKind, Text};
use super::validate::Validator;
use super::format::format_number;
use super::ids::{MessageId, SlotName};
use super::locale::Locale;
use super::value::Value;

/// An answer of a summary or an export as people read it: a number with its unit where the
/// field names one ("50 000 kroner", "70 %"), otherwise as [`display_value`] reads it.
pub fn display_field(content: &Content, locale: Locale, slot: &SlotName, unit: Option<&Text>, value: &Value) -> String {
    match (unit, value) {
        (Some(unit), Value::Number(n)) => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("value", *n);
            content.catalog.format(locale, &unit.id, Some(&args))
        }
        _ => display_value(content, locale, slot, value),
    }
}

/// The unit a summary (or a dialog's `labels`) names for `slot` ("unit-kroner"), if any: an
/// answer confirmed on its own reads with it ("150 000 kroner").
pub fn unit_of<'c>(content: &'c Content, slot: &SlotName) -> Option<&'c Text> {
    let summaries = content.dialogs.map.values().flat_map(|d| &d.steps).find_map(|s| match &s.kind {
        StepKind::Summary { fields, .. } | StepKind::Append { fields, .. } => fields.iter().find(|f| &f.slot == slot).and_then(|f| f.unit.as_ref()),
        _ => None,
    });
    summaries.or_else(|| content.dialogs.map.values().flat_map(|d| &d.labels).find(|l| &l.slot == slot).and_then(|l| l.unit.as_ref()))
}

/// An answer as people read it, in `locale`: option labels, yes/no, grouped numbers, dates,
/// repeated items one per line. Used in chat summaries and in advisers' exports.
pub fn display_value(content: &Content, locale: Locale, slot: &SlotName, value: &Value) -> String {
    let text = |id: &MessageId| content.catalog.format(locale, id, None);
    let formats = content.catalog.formats(locale);
    let label_of = |v: &str| -> String {
        // Several questions may fill one slot (e.g. a region per country): any of them names it.
        let found = content.dialogs.map.values().flat_map(|d| &d.steps).find_map(|s| match &s.kind {
            StepKind::Ask(q) if &q.slot == slot => match &q.input {
                Input::Choice { options } | Input::Multi { options, .. } => options.iter().find(|o| o.value == v).map(|o| o.label.id.clone()),
                _ => None,
            },
            _ => None,
        });
        match found {
            // Inside a sentence or a list: "kultur og idrett", not "Kultur og Idrett".
            Some(id) => content.catalog.inline(locale, &id),
            None => derived_label(content, slot, v).map_or_else(|| v.to_owned(), |id| text(&id)),
        }
    };
    match value {
        Value::Text(t) if is_org_number(content, slot) => org_number(t),
        Value::Text(t) => t.clone(),
        Value::Choice(c) => label_of(c),
        Value::Choices(items) => formats.items(&items.iter().map(|i| label_of(i)).collect::<Vec<_>>()),
        Value::Bool(b) => content.catalog.inline(locale, &MessageId::new(if *b { "answer-yes" } else { "answer-no" })),
        Value::Number(n) => format_number(*n, locale),
        Value::Date(d) => formats.date_short(*d),
        Value::Records(items) => {
            // In the order the repeated questions are asked, as the append step lists them.
            let order: Vec<SlotName> = content
                .dialogs
                .map
                .values()
                .flat_map(|d| &d.steps)
                .find_map(|s| match &s.kind {
                    StepKind::Append { slot: list, fields, .. } if list == slot => Some(fields.iter().map(|f| f.slot.clone()).collect()),
                    _ => None,
                })
                .unwrap_or_default();
            items
                .iter()
                .map(|r| {
                    let parts = order.iter().filter_map(|k| r.get(k.as_str()).map(|v| display_value(content, locale, k, v)));
                    // The parts of one item, joined as the language joins them ("A – B", "A — B").
                    let item = parts.reduce(|first, second| formats.pair(&first, &second)).unwrap_or_default();
                    formats.bullet(&item)
                })
                .collect::<Vec<_>>()
                .join("\n")
        }
    }
}

/// Every answer that has a name, with it: as the summaries label them, in their order, then as
/// the dialogs' `labels` do for answers no summary shows. Working answers (a loop's "another?")
/// have none.
pub fn slot_labels(content: &Content) -> Vec<(&SlotName, &MessageId)> {
    let dialogs = || content.dialogs.map.values();
    let summaries = dialogs().flat_map(|d| &d.steps).filter_map(|s| match &s.kind {
        StepKind::Summary { fields, .. } => Some(fields.iter().map(|f| (&f.slot, &f.label.id))),
        _ => None,
    });
    let mut out: Vec<(&SlotName, &MessageId)> = Vec::new();
    for (slot, label) in summaries.flatten().chain(dialogs().flat_map(|d| d.labels.iter().map(|l| (&l.slot, &l.label.id)))) {
        if !out.iter().any(|(s, _)| *s == slot) {
            out.push((slot, label));
        }
    }
    out
}

/// Whether `slot` holds a Norwegian organisation number (its question validates one).
fn is_org_number(content: &Content, slot: &SlotName) -> bool {
    content.dialogs.map.values().flat_map(|d| &d.steps).any(|s| {
        matches!(&s.kind, StepKind::Ask(q) if &q.slot == slot && matches!(&q.input, Input::Text { validators } if validators.iter().any(|v| matches!(v, Validator::OrgNumber))))
    })
}

/// An organisation number as the register writes it, in groups of three ("974 760 673"), with
/// non-breaking spaces; anything but nine digits as it was typed.
fn org_number(t: &str) -> String {
    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
    if digits.len() != 9 {
        return t.to_owned();
    }
    format!("{}\u{a0}{}\u{a0}{}", &digits[..3], &digits[3..6], &digits[6..])
}

/// The label of a value the schemes give (see [`super::schemes::DERIVED`]): a scheme's title,
/// an outcome, a status.
fn derived_label(content: &Content, slot: &SlotName, value: &str) -> Option<MessageId> {
    match slot.as_str() {
        "scheme" => content.schemes.get(value).map(|s| s.title.clone()),
        "verdict" | "scheme_status" | "share_base" => Some(MessageId::new(format!("fact-{}-{value}", slot.as_str().replace('_', "-")))),
        _ => None,
    }
}

/// What a text about a financing plan that does not add up reads: `$balance` (`short`,
/// `over`), and `$financed`, `$costs` and the difference `$gap` in kroner; `None` when it adds up.
pub fn financing_args(content: &Content, locale: Locale, balance: super::dialog::financing::Balance) -> Option<fluent_bundle::FluentArgs<'static>> {
    let kroner = |n: i64| {
        let mut a = fluent_bundle::FluentArgs::new();
        a.set("value", n);
        content.catalog.format(locale, &MessageId::new("unit-kroner"), Some(&a))
    };
    let mut a = fluent_bundle::FluentArgs::new();
    a.set("balance", balance.off()?);
    a.set("financed", kroner(balance.financed));
    a.set("costs", kroner(balance.costs));
    a.set("gap", kroner((balance.costs - balance.financed).abs()));
    Some(a)
}

/// A summary's value of hours that the form's financing values at a rate ("100 hours" of
/// volunteer work at 200 kroner an hour): with what they are worth, so the figures on screen add
/// up to the plan's total; any other value as it is.
pub fn with_worth(content: &Content, locale: Locale, dialog: &super::dialog::Dialog, slot: &SlotName, shown: String, number: impl Fn(&SlotName) -> Option<i64>) -> String {
    let Some((_, _, financing)) = dialog.financing() else { return shown };
    let Some(rate) = financing.iter().find(|f| &f.slot == slot).and_then(|f| f.per.as_ref()) else { return shown };
    let (Some(n), Some(r)) = (number(slot), number(rate)) else { return shown };
    let mut worth = fluent_bundle::FluentArgs::new();
    worth.set("value", n.saturating_mul(r));
    let mut a = fluent_bundle::FluentArgs::new();
    a.set("value", shown);
    a.set("worth", content.catalog.format(locale, &MessageId::new("unit-kroner"), Some(&worth)));
    content.catalog.format(locale, &MessageId::new("unit-worth"), Some(&a))
}
