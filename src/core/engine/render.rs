//! Turning slots and messages into text: the Fluent arguments a step's text receives, and the
//! readable form of an answer for summaries.

use super::Turn;
use crate::core::content::Content;
use crate::core::dialog::{Input, StepKind};
use crate::core::ids::{MessageId, SlotName};
use crate::core::locale::Locale;
use crate::core::validate::Arg;
use crate::core::value::Value;
use fluent_bundle::{FluentArgs, FluentValue};

/// The messages the engine itself uses, with the variables each one receives.
/// `check` requires every one of them in every locale and no other variables in them.
pub const ENGINE_MESSAGES: &[(&str, &[&str])] = &[
    ("optional-hint", &[]),
    ("answer-yes", &[]),
    ("answer-no", &[]),
    ("invalid-too-short", &["min", "length"]),
    ("invalid-too-long", &["max", "length"]),
    ("invalid-email", &[]),
    ("invalid-phone", &[]),
    ("invalid-orgnr-format", &[]),
    ("invalid-orgnr-check", &[]),
    ("invalid-number", &[]),
    ("invalid-number-range", &["min", "max"]),
    ("invalid-date", &[]),
    ("invalid-date-too-early", &["min"]),
    ("invalid-date-too-late", &["max"]),
    ("invalid-choice", &["count"]),
    ("invalid-multi-count", &["min", "max"]),
    ("invalid-yes-no", &[]),
    ("input-empty", &[]),
    ("input-too-long", &["max", "length"]),
    ("input-control", &[]),
    ("stuck-offer", &[]),
    ("stuck-again", &[]),
    ("stuck-help", &[]),
    ("stuck-adviser", &[]),
    ("stuck-skip", &[]),
    ("stuck-menu", &[]),
    ("button-stale", &[]),
    ("back-nothing", &[]),
    ("skip-not-optional", &[]),
    ("restart-done", &[]),
    ("cancel-done", &[]),
    ("help-general", &[]),
    ("language-choose", &[]),
    ("language-set", &[]),
    ("language-unknown", &["code"]),
    ("language-name-en", &[]),
    ("language-name-nb", &[]),
    ("language-name-ru", &[]),
    ("status-none", &[]),
    ("adviser-contact", &[]),
    ("privacy-text", &[]),
    ("mydata-intro", &[]),
    ("forget-confirm", &[]),
    ("forget-done", &[]),
    ("forget-drafts", &[]),
    ("forget-kept", &[]),
    ("command-unknown", &["command"]),
    ("start-unknown", &["name"]),
    ("summary-line", &["label", "value"]),
    ("summary-empty", &[]),
    ("summary-section", &["title"]),
    ("export-total-costs", &[]),
    ("export-share", &["share"]),
    ("summary-confirm", &[]),
    ("summary-edit", &["field"]),
    ("verdict-rules", &["title", "version", "effective"]),
    ("verdict-fits", &[]),
    ("verdict-does-not-fit", &[]),
    ("verdict-unclear", &[]),
    ("verdict-share", &["share"]),
    ("verdict-adviser", &[]),
    ("content-error", &[]),
    ("progress", &["n", "total"]),
    ("invalid-over-share", &["share", "max", "total"]),
    ("track-adviser", &[]),
    ("track-continuous", &["max"]),
    ("track-board", &["max", "deadline"]),
    ("draft-submitted", &["id"]),
    ("status-header", &[]),
    ("status-line", &["id", "status"]),
    ("draft-status-submitted", &[]),
    ("draft-status-claimed", &[]),
    ("draft-status-follow-up", &[]),
    ("draft-status-closed", &[]),
    ("notice-status", &["id", "status"]),
    ("adviser-new-draft", &["id"]),
    ("adviser-write-answer", &[]),
    ("adviser-write-question", &[]),
    ("adviser-sent", &[]),
    ("adviser-message", &["id", "from"]),
    ("adviser-question", &["from"]),
    ("adviser-erase", &["id"]),
    ("adviser-claim", &[]),
    ("adviser-ask", &[]),
    ("adviser-ask-prompt", &["id"]),
    ("adviser-asked", &["id"]),
    ("adviser-ask-title", &["id"]),
    ("adviser-ask-label", &[]),
    ("adviser-ask-empty", &[]),
    ("adviser-asked-by", &["id", "name"]),
    ("adviser-failed", &[]),
    ("adviser-close", &[]),
    ("adviser-claimed", &["name"]),
    ("adviser-closed", &["name"]),
    ("adviser-only", &[]),
    ("adviser-no-draft", &["id"]),
    ("export-status", &[]),
    ("export-submitted", &[]),
    ("export-applicant", &[]),
    ("export-erase", &[]),
    ("export-history", &[]),
    ("notice-adviser-message", &["id", "text"]),
    ("error-storage", &[]),
    ("multi-done", &[]),
    ("group-welcome", &[]),
    ("group-help", &[]),
    ("group-private-only", &[]),
    ("group-open-private", &[]),
    ("command-start", &[]),
    ("command-help", &[]),
    ("command-back", &[]),
    ("command-skip", &[]),
    ("command-restart", &[]),
    ("command-cancel", &[]),
    ("command-language", &[]),
    ("command-status", &[]),
    ("command-advice", &[]),
    ("command-adviser", &[]),
    ("kb-all-topics", &[]),
    ("kb-leave", &[]),
    ("kb-helpful", &[]),
    ("kb-helpful-yes", &[]),
    ("kb-helpful-no", &[]),
    ("kb-thanks", &[]),
    ("kb-thanks-sorry", &[]),
    ("kb-answers", &[]),
    ("kb-unsure", &[]),
    ("kb-nothing", &[]),
    ("kb-hit", &["title", "confidence"]),
    ("kb-ask-adviser", &[]),
    ("kb-read-more", &[]),
    ("kb-public-unsure", &[]),
    ("limit-drafts", &["max"]),
    ("limit-adviser", &["max"]),
    ("limit-rate", &[]),
    ("command-partners", &[]),
    ("partner-home", &["count"]),
    ("partner-browse-all", &[]),
    ("partner-mine", &[]),
    ("partner-create", &[]),
    ("partner-intros", &[]),
    ("partner-more", &[]),
    ("partner-new-search", &[]),
    ("partner-back-results", &[]),
    ("partner-home-back", &[]),
    ("partner-cancel", &[]),
    ("partner-ask", &[]),
    ("partner-results", &["count", "query"]),
    ("partner-no-results", &["query"]),
    ("partner-headline", &["country", "kind", "name", "region"]),
    ("partner-why", &["reasons"]),
    ("partner-why-topics", &["topics"]),
    ("partner-why-across", &["region"]),
    ("partner-why-region", &["region"]),
    ("partner-why-kind", &["kind"]),
    ("partner-why-languages", &["languages"]),
    ("partner-why-words", &["words"]),
    ("partner-listing", &["description", "languages", "looking", "topics"]),
    ("partner-gone", &[]),
    ("partner-ask-who", &["name"]),
    ("partner-ask-contact", &["name"]),
    ("partner-contact-bot", &[]),
    ("partner-ask-message", &["name"]),
    ("partner-too-long", &["max"]),
    ("partner-asked", &["days", "name"]),
    ("partner-already-asked", &["name"]),
    ("partner-limit", &["max", "name"]),
    ("partner-cannot-ask", &["name"]),
    ("partner-mine-details", &["contact", "date", "status"]),
    ("partner-status-active", &[]),
    ("partner-status-paused", &[]),
    ("partner-none", &[]),
    ("partner-edit", &[]),
    ("partner-pause", &[]),
    ("partner-resume", &[]),
    ("partner-renew", &[]),
    ("partner-delete", &[]),
    ("partner-delete-confirm", &[]),
    ("partner-paused", &[]),
    ("partner-resumed", &[]),
    ("partner-renewed", &["date"]),
    ("partner-deleted", &[]),
    ("partner-intros-header", &[]),
    ("partner-intro-asked-open", &["name"]),
    ("partner-intro-asked-accepted", &["name"]),
    ("partner-intro-asked-declined", &["name"]),
    ("partner-intro-asked-expired", &["name"]),
    ("partner-intro-asked-me-open", &["name"]),
    ("partner-intro-asked-me-accepted", &["name"]),
    ("partner-intro-asked-me-declined", &["name"]),
    ("partner-intro-asked-me-expired", &["name"]),
    ("partner-intro-answer", &["name"]),
    ("partner-intro-write", &["name"]),
    ("partner-intro-decide", &["message", "name"]),
    ("partner-intro-accept", &[]),
    ("partner-intro-decline", &[]),
    ("partner-intro-block", &[]),
    ("partner-intro-later", &[]),
    ("partner-intro-later-done", &[]),
    ("partner-intro-gone", &[]),
    ("partner-accepted", &["name"]),
    ("partner-contact", &["contact", "name"]),
    ("partner-declined-done", &["name"]),
    ("partner-blocked-done", &["name"]),
    ("partner-write", &["name"]),
    ("partner-message-sent", &[]),
    ("partner-published", &[]),
    ("partner-not-published", &[]),
    ("notice-intro-request", &["message", "name"]),
    ("notice-intro-accepted", &["contact", "name"]),
    ("notice-intro-accepted-bot", &["name"]),
    ("notice-intro-declined", &["name"]),
    ("notice-intro-expired", &["name"]),
    ("notice-partner-message", &["name", "text"]),
    ("notice-profile-expiring", &["date"]),
    ("command-privacy", &[]),
    ("command-mydata", &[]),
    ("command-forget", &[]),
    ("discord-dm-opened", &[]),
    ("discord-dm-closed", &[]),
    ("discord-desc-barents", &[]),
    ("discord-desc-start", &[]),
    ("discord-desc-help", &[]),
    ("discord-desc-criteria", &[]),
    ("discord-desc-advice", &[]),
    ("discord-desc-language", &[]),
    ("discord-desc-status", &[]),
    ("discord-desc-privacy", &[]),
    ("discord-desc-partners", &[]),
    ("discord-name-start", &[]),
    ("discord-name-help", &[]),
    ("discord-name-criteria", &[]),
    ("discord-name-advice", &[]),
    ("discord-name-language", &[]),
    ("discord-name-status", &[]),
    ("discord-name-privacy", &[]),
    ("discord-name-partners", &[]),
    ("discord-option-journey", &[]),
    ("discord-option-question", &[]),
    ("discord-option-language", &[]),
    ("discord-option-search", &[]),
];

/// Arguments every step text receives: one per slot, by slot name, borrowed from the user's
/// state (a question is rendered at every turn; copying every answer each time was a tenth of
/// a turn's cost).
pub fn slot_args<'a>(turn: &'a Turn<'_>) -> FluentArgs<'a> {
    let mut args = FluentArgs::with_capacity(turn.user.session.slots.len());
    for (name, value) in &turn.user.session.slots {
        let v: FluentValue = match value {
            Value::Number(n) => FluentValue::from(*n),
            Value::Text(t) | Value::Choice(t) => FluentValue::from(t.as_str()),
            Value::Choices(items) => FluentValue::from(items.join(", ")),
            Value::Bool(b) => FluentValue::from(if *b { "yes" } else { "no" }),
            Value::Date(d) => FluentValue::from(d.display_dmy()),
            Value::Records(items) => FluentValue::from(items.len()),
        };
        args.set(name.as_str(), v);
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

/// An amount as people write it: `50 000` in Norwegian and Russian, `50,000` in English.
pub fn format_number(n: i64, locale: Locale) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = match locale {
        Locale::En => ",",
        Locale::Nb | Locale::Ru => "\u{a0}",
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

impl Turn<'_> {
    /// The answer in `slot` as the user would read it: option labels, not their values.
    pub fn display(&self, slot: &SlotName) -> Option<String> {
        let value = self.user.session.slots.get(slot)?;
        Some(display_value(self.content, self.locale, slot, value))
    }
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
            None => v.to_owned(),
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
                    let parts: Vec<String> = order.iter().filter_map(|k| r.get(k.as_str()).map(|v| display_value(content, locale, k, v))).collect();
                    format!("• {}", parts.join(" – "))
                })
                .collect::<Vec<_>>()
                .join("\n")
        }
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
