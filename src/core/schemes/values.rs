//! The named numbers of a rule-set version: the amounts and percentages its rules decide by,
//! each defined once, in the version file, and read by name everywhere else — by the rules'
//! conditions (`lt = "small_project"`, resolved once when the file is parsed) and by every text
//! that states them (`{ $small_project }`), so changing a number in one place changes the
//! verdict and every sentence about it.
//!
//! A version's values are its `[values]` table plus the numbers it names by key: `max_share`,
//! `[budget] volunteer_rate`, `[deadlines] continuous_max`. This file only holds and resolves
//! them; what a text may still write literally is `check`'s (see `core::rule_numbers`).

use fluent_bundle::FluentArgs;
use std::collections::BTreeSet;

/// The numbers a version names by their own key (not in `[values]`).
pub const KEYED: &[&str] = &["max_share", "volunteer_rate", "continuous_max"];

/// One named number and the line of the version file that defines it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    pub value: i64,
    pub line: usize,
}

/// Every named number of one version, in the order they are defined.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Values {
    entries: Vec<Named>,
}

impl Values {
    pub fn push(&mut self, name: &str, value: i64, line: usize) {
        self.entries.push(Named { name: name.to_owned(), value, line });
    }

    pub fn get(&self, name: &str) -> Option<&Named> {
        self.entries.iter().find(|n| n.name == name)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Named> {
        self.entries.iter()
    }

    /// The variables a text under this version receives: one per value.
    pub fn names(&self) -> BTreeSet<String> {
        self.entries.iter().map(|n| n.name.clone()).collect()
    }

    /// The value called `name`, or why there is none (with the closest name, for a typo).
    pub fn resolve(&self, name: &str) -> Result<i64, String> {
        if let Some(n) = self.get(name) {
            return Ok(n.value);
        }
        // An amount written as text ("30 000") is meant as the number.
        let digits: String = name.chars().filter(|c| !c.is_whitespace() && !matches!(c, ',' | '_' | '\u{a0}' | '\u{202f}')).collect();
        if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(format!("write the amount as a number, without quotes or spaces: {digits} (a name in quotes is a value from [values])"));
        }
        let known: Vec<&str> = self.entries.iter().map(|n| n.name.as_str()).collect();
        Err(match crate::core::suggest::closest(name, known.iter().copied()) {
            Some(close) => format!("unknown value `{name}`: did you mean `{close}`?"),
            None if known.is_empty() => format!("unknown value `{name}`: this version names no values (add `{name} = …` under [values])"),
            None => format!("unknown value `{name}` (known: {})", known.join(", ")),
        })
    }

    /// Sets every value as a Fluent number, so each language groups it as it writes numbers.
    pub fn set_args(&self, args: &mut FluentArgs<'_>) {
        for n in &self.entries {
            args.set(n.name.clone(), n.value);
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
