//! The dialog file format exactly as written in `dialogs/*.toml`, before any checking.
//!
//! Every table denies unknown keys, so a misspelt key is an error with a line number.
//! Steps are one flat table (not a tagged enum) because tagged enums lose the source
//! spans that `check` needs; [`super::parse`] turns each into a typed [`super::StepKind`].

use crate::core::condition::RawCondition;
use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDialog {
    pub id: Spanned<String>,
    /// Fluent id of the dialog's name, shown in menus.
    pub title: Spanned<String>,
    /// The first step; defaults to the first step in the file.
    pub start: Option<Spanned<String>>,
    /// Parts of a long form, in order: "Part 2 of 5: The idea in brief" above each of their
    /// questions. Every question belongs to one part, and the way through never goes back a part.
    #[serde(default)]
    pub section: Vec<Spanned<RawSection>>,
    #[serde(default)]
    pub step: Vec<Spanned<RawStep>>,
    /// Names (Fluent ids) of answers no summary shows, so that /mydata can name them:
    /// `[{ slot = "budget", label = "eligibility-field-budget" }]`.
    #[serde(default)]
    pub labels: Vec<Spanned<RawLabel>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSection {
    /// Fluent id of the part's name.
    pub label: Spanned<String>,
    /// The questions (step ids) of this part.
    pub steps: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLabel {
    pub slot: String,
    pub label: String,
    /// How the number reads with its unit when it is confirmed ("unit-kroner").
    #[serde(default)]
    pub unit: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    pub id: Spanned<String>,
    pub kind: Spanned<String>,
    pub text: Option<Spanned<String>>,
    pub help: Option<Spanned<String>>,
    pub slot: Option<Spanned<String>>,
    pub optional: Option<Spanned<bool>>,
    pub next: Option<Spanned<String>>,
    pub options: Option<Vec<Spanned<RawOption>>>,
    pub min: Option<Spanned<Bound>>,
    pub max: Option<Spanned<Bound>>,
    pub validate: Option<Vec<Spanned<RawValidator>>>,
    pub fields: Option<Vec<Spanned<RawField>>>,
    pub cases: Option<Vec<Spanned<RawCase>>>,
    #[serde(rename = "else")]
    pub otherwise: Option<Spanned<String>>,
    pub dialog: Option<Spanned<String>>,
    pub items: Option<Vec<Spanned<RawMenuItem>>>,
    /// A question whose slot is already filled (e.g. by the eligibility check) is not asked again.
    pub reuse: Option<Spanned<bool>>,
    /// A `number` step: the answer may be at most the rule set's funding share of the sum of these slots.
    pub share_of: Option<Spanned<Vec<String>>>,
    /// A `number` step: the answer may be at most the sum of these slots (a part of a total).
    pub within: Option<Spanned<Vec<String>>>,
    /// A `share_of` step: what finances the costs with the amount (`slot`, or `slot * rate`
    /// for hours valued at a rate); the summary says when they do not add up to the costs.
    pub financing: Option<Spanned<Vec<String>>>,
    /// A `date` step: the answer may not be earlier than these answers (a date, or the dates
    /// of repeated items): an end after the start and every activity.
    pub not_before: Option<Spanned<Vec<String>>>,
    /// A `verdict` step: only the scheme, the outcome and its reasons (as a reminder inside
    /// another journey), without the share, the notes and the next step.
    pub brief: Option<Spanned<bool>>,
    /// An `append` step: where the flow goes once the list holds `[limits] max_items` (past
    /// its "add another?").
    pub when_full: Option<Spanned<String>>,
    /// A `text` step whose answer names or reaches a person or an organisation: someone in
    /// Russia hears what the risk is before the first such question of a journey.
    pub identifies: Option<Spanned<bool>>,
    /// A `choice` or `multi` step that asks where someone is: `own` (the person's organisation)
    /// or `partner`. Its option `russia` tells the bot that Russia is involved.
    pub country_of: Option<Spanned<String>>,
}

/// `min` / `max`: a number for amounts and counts, a string for dates (`today+28d`).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Bound {
    Int(i64),
    Str(String),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOption {
    pub value: String,
    pub label: String,
    /// Where this option leads; defaults to the step's `next`.
    pub next: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawValidator {
    pub kind: String,
    pub min: Option<usize>,
    pub max: Option<usize>,
    pub pattern: Option<String>,
    /// Fluent id of the reason shown when a `regex` does not match.
    pub message: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawField {
    pub slot: String,
    pub label: String,
    /// For a summary: the step to go to when this field is changed (default: the question for `slot`).
    pub step: Option<String>,
    /// For a summary: with `step`, the step at which the change is complete (a section of several questions).
    pub until: Option<String>,
    /// For a summary: a heading (Fluent id) above this field, which starts a section of the
    /// summary and of the exported application.
    pub section: Option<String>,
    /// For a summary: how a number reads with its unit, a Fluent id given `$value`
    /// (`unit-kroner`: "NOK 50,000", "50 000 kroner"; `unit-percent`; `unit-hours`).
    pub unit: Option<String>,
    /// For a summary: shown to the advisers (the export) and not in the applicant's summary
    /// (the rules' version, say).
    #[serde(default)]
    pub advisers_only: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCase {
    pub when: RawCondition,
    pub next: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMenuItem {
    pub dialog: String,
    pub label: String,
}
