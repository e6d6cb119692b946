//! The named numbers of a rule-set version: the amounts and percentages its rules decide by,
//! each defined once, in the version file, and read by name everywhere else — by the rules'
//! conditions (`lt = "small_project"`, resolved once when the file is parsed) and by every text
//! that states them (`{ $small_project }`), so changing a number in one place changes the
//! verdict and every sentence about it.
//!
//! A version's values are its `[values]` table plus the numbers it names by key: `max_share`,
//! `[budget] volunteer_rate`, `[deadlines] continuous_max` — and the dates its rules keep:
//! `[deadlines] board`, which texts receive as `board_deadlines`, written as each language
//! writes a date that comes back every year ("1 March and 1 October", "1. mars og 1. oktober").
//! This file only holds and resolves them; what a text may still write literally is `check`'s
//! (see `core::rule_numbers`).

use crate::core::format::Formats;
use fluent_bundle::FluentArgs;
use std::collections::BTreeSet;

/// The values a version names by their own key (not in `[values]`).
pub const KEYED: &[&str] = &["max_share", "volunteer_rate", "continuous_max", BOARD_DEADLINES];

/// The variable that gives texts the board's deadlines (`[deadlines] board`).
pub const BOARD_DEADLINES: &str = "board_deadlines";

/// One named number and the line of the version file that defines it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    pub value: i64,
    pub line: usize,
}

/// Named dates that come back every year ((month, day), e.g. the board's deadlines) and the
/// line of the version file that defines them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedDays {
    pub name: String,
    pub days: Vec<(u8, u8)>,
    pub line: usize,
}

/// Every named value of one version, in the order they are defined.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Values {
    entries: Vec<Named>,
    days: Vec<NamedDays>,
}

impl Values {
    pub fn push(&mut self, name: &str, value: i64, line: usize) {
        self.entries.push(Named { name: name.to_owned(), value, line });
    }

    /// Names dates that come back every year, as `(month, day)`.
    pub fn push_days(&mut self, name: &str, days: Vec<(u8, u8)>, line: usize) {
        self.days.push(NamedDays { name: name.to_owned(), days, line });
    }

    /// The named dates.
    pub fn days(&self) -> impl Iterator<Item = &NamedDays> {
        self.days.iter()
    }

    pub fn get(&self, name: &str) -> Option<&Named> {
        self.entries.iter().find(|n| n.name == name)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Named> {
        self.entries.iter()
    }

    /// The variables a text under this version receives: one per value.
    pub fn names(&self) -> BTreeSet<String> {
        self.entries.iter().map(|n| n.name.clone()).chain(self.days.iter().map(|d| d.name.clone())).collect()
    }

    /// The value called `name`, or why there is none (with the closest name, for a typo).
    pub fn resolve(&self, name: &str) -> Result<i64, String> {
        if let Some(n) = self.get(name) {
            return Ok(n.value);
        }
        // An amount written as text ("30 000") is meant as the number.
        if let Some(digits) = crate::core::explain::amount_as_text(name) {
            return Err(format!("write the amount as a number, without quotes or spaces: {digits} (a name in quotes is a value from [values])"));
        }
        let known: Vec<&str> = self.entries.iter().map(|n| n.name.as_str()).collect();
        Err(match crate::core::suggest::closest(name, known.iter().copied()) {
            Some(close) => format!("unknown value `{name}`: did you mean `{close}`?"),
            None if known.is_empty() => format!("unknown value `{name}`: this version names no values (add `{name} = …` under [values])"),
            None => format!("unknown value `{name}` (known: {})", known.join(", ")),
        })
    }

    /// Sets every value: a number as a Fluent number, so each language groups it as it writes
    /// numbers; dates as the language writes them, in a list ("1 March and 1 October").
    pub fn set_args(&self, args: &mut FluentArgs<'_>, formats: &Formats<'_>) {
        for n in &self.entries {
            args.set(n.name.clone(), n.value);
        }
        for d in &self.days {
            let days: Vec<String> = d.days.iter().map(|&(month, day)| formats.yearly(month, day)).collect();
            args.set(d.name.clone(), formats.list(&days));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misspelt_name_is_answered_with_the_nearest() {
        let mut v = Values::default();
        v.push("small_project", 50_000, 12);
        v.push("max_share", 70, 4);
        assert_eq!(v.resolve("small_project"), Ok(50_000));
        assert_eq!(v.resolve("smal_project").unwrap_err(), "unknown value `smal_project`: did you mean `small_project`?");
        assert!(v.resolve("deadline").unwrap_err().contains("known: small_project, max_share"));
    }
}
