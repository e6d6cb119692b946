//! How answers read to people: option labels instead of their values, yes/no, amounts grouped
//! as each language writes them, dates, repeated items one per line. Used in chat summaries, the
//! partner registry and advisers' exports. Pure functions over the content.

use super::content::Content;
use super::dialog::{Input, StepKind};
use super::ids::{MessageId, SlotName};
use super::locale::Locale;
use super::value::Value;

/// An amount as people write it: `50 000` in Norwegian and Russian, `50,000` in English.
pub fn format_number(n: i64, locale: Locale) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = match locale {
        Locale::En => ",",
        Locale::Nb | Locale::Ru => "\u{a0}",
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// An answer as people read it, in `locale`: option labels, yes/no, grouped numbers, dates,
/// repeated items one per line. Used in chat summaries and in advisers' exports.
pub fn display_value(content: &Content, locale: Locale, slot: &SlotName, value: &Value) -> String {
    let text = |id: &MessageId| content.catalog.format(locale, id, None);
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
            Some(id) => text(&id),
            None => derived_label(content, slot, v).map_or_else(|| v.to_owned(), |id| text(&id)),
        }
    };
    match value {
        Value::Text(t) => t.clone(),
        Value::Choice(c) => label_of(c),
        Value::Choices(items) => items.iter().map(|i| label_of(i)).collect::<Vec<_>>().join(", "),
        Value::Bool(b) => text(&MessageId::new(if *b { "answer-yes" } else { "answer-no" })),
        Value::Number(n) => format_number(*n, locale),
        Value::Date(d) => d.display_dmy(),
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
                    let item = parts
                        .reduce(|first, second| {
                            let mut args = fluent_bundle::FluentArgs::new();
                            args.set("first", first);
                            args.set("second", second);
                            content.catalog.format(locale, &MessageId::new("text-pair"), Some(&args))
                        })
                        .unwrap_or_default();
                    format!("• {item}")
                })
                .collect::<Vec<_>>()
                .join("\n")
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_by_locale() {
        assert_eq!(format_number(50_000, Locale::En), "50,000");
        assert_eq!(format_number(1_250_000, Locale::Nb), "1\u{a0}250\u{a0}000");
        assert_eq!(format_number(999, Locale::Ru), "999");
        assert_eq!(format_number(-1000, Locale::En), "-1,000");
    }
}
