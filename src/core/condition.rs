//! Conditions over collected answers: used by `branch` steps and by the criteria rule sets.
//!
//! Written in TOML as small tables, e.g. `{ slot = "partner_country", eq = "russia" }`,
//! `{ all = [ … ] }`, `{ not = { slot = "topic", in = ["culture", "sports"] } }`,
//! `{ slot = "partner_countries", only = ["norway"] }` (every item chosen is one of these).
//! Parsed once into [`Condition`]; evaluation never fails (a missing slot is simply false).

use super::ids::SlotName;
use super::validate::DateBound;
use super::value::{Date, Value};
use serde::Deserialize;
use std::collections::BTreeMap;

/// A literal a slot is compared with.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Scalar {
    Bool(bool),
    Int(i64),
    Str(String),
}

/// A number a comparison is with: written out, or the name of a value of the rule set
/// (`lt = "small_project"`, see [`crate::core::schemes::Values`]), resolved when parsed.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Bound {
    Number(i64),
    Named(String),
}

impl Bound {
    /// The number, looking a name up with `values`.
    pub fn resolve(&self, values: &dyn Fn(&str) -> Result<i64, String>) -> Result<i64, String> {
        match self {
            Bound::Number(n) => Ok(*n),
            Bound::Named(name) => values(name),
        }
    }
}

/// The condition as written in a file. Exactly one form must be used per table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCondition {
    pub slot: Option<String>,
    pub eq: Option<Scalar>,
    pub ne: Option<Scalar>,
    #[serde(rename = "in")]
    pub in_: Option<Vec<Scalar>>,
    pub contains: Option<String>,
    /// Every item chosen is one of these (and at least one was chosen).
    pub only: Option<Vec<String>>,
    pub gt: Option<Bound>,
    pub gte: Option<Bound>,
    pub lt: Option<Bound>,
    pub lte: Option<Bound>,
    pub set: Option<bool>,
    /// A date answer earlier than this bound (`today+28d`, `2026-01-01`).
    pub before: Option<String>,
    /// A date answer later than this bound.
    pub after: Option<String>,
    pub all: Option<Vec<RawCondition>>,
    pub any: Option<Vec<RawCondition>>,
    pub not: Option<Box<RawCondition>>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Condition {
    Eq(SlotName, Scalar),
    Ne(SlotName, Scalar),
    In(SlotName, Vec<Scalar>),
    Contains(SlotName, String),
    Only(SlotName, Vec<String>),
    Compare(SlotName, Ordering, i64),
    IsSet(SlotName, bool),
    Before(SlotName, DateBound),
    After(SlotName, DateBound),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
}

/// Answers a condition reads: the stored answers, or those with facts laid over them (see
/// [`Layered`]), without copying them.
pub trait Slots {
    fn get(&self, slot: &SlotName) -> Option<&Value>;
}

/// A slot's answer when it is a number.
pub fn number<S: Slots + ?Sized>(slots: &S, slot: &SlotName) -> Option<i64> {
    match slots.get(slot) {
        Some(Value::Number(n)) => Some(*n),
        _ => None,
    }
}

impl Slots for BTreeMap<SlotName, Value> {
    fn get(&self, slot: &SlotName) -> Option<&Value> {
        BTreeMap::get(self, slot)
    }
}

/// Answers with a few values laid over them (e.g. what the funding schemes make of them).
pub struct Layered<'a> {
    pub over: BTreeMap<SlotName, Value>,
    pub base: &'a BTreeMap<SlotName, Value>,
}

impl Slots for Layered<'_> {
    fn get(&self, slot: &SlotName) -> Option<&Value> {
        self.over.get(slot).or_else(|| self.base.get(slot))
    }
}

impl Layered<'_> {
    /// The answers and the values over them, as one map.
    pub fn to_map(&self) -> BTreeMap<SlotName, Value> {
        let mut all = self.base.clone();
        all.extend(self.over.iter().map(|(k, v)| (k.clone(), v.clone())));
        all
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ordering {
    Gt,
    Gte,
    Lt,
    Lte,
}

impl RawCondition {
    /// Turns the table into a condition, or says what is wrong with it. Names no values: a
    /// dialog's branch compares with numbers written out.
    pub fn parse(&self) -> Result<Condition, String> {
        self.parse_with(&|name| Err(format!("`{name}` is not a number: named values are the funding schemes' (`[values]` of a rule-set version)")))
    }

    /// As [`RawCondition::parse`], a comparison's named number looked up with `values`.
    pub fn parse_with(&self, values: &dyn Fn(&str) -> Result<i64, String>) -> Result<Condition, String> {
        let combinators = [self.all.is_some(), self.any.is_some(), self.not.is_some()];
        let tests: Vec<&str> = [
            ("eq", self.eq.is_some()),
            ("ne", self.ne.is_some()),
            ("in", self.in_.is_some()),
            ("contains", self.contains.is_some()),
            ("only", self.only.is_some()),
            ("gt", self.gt.is_some()),
            ("gte", self.gte.is_some()),
            ("lt", self.lt.is_some()),
            ("lte", self.lte.is_some()),
            ("set", self.set.is_some()),
            ("before", self.before.is_some()),
            ("after", self.after.is_some()),
        ]
        .into_iter()
        .filter_map(|(name, present)| present.then_some(name))
        .collect();
        let n_comb = combinators.iter().filter(|c| **c).count();
        if n_comb > 0 {
            if n_comb > 1 || self.slot.is_some() || !tests.is_empty() {
                return Err("a condition with `all`, `any` or `not` must contain nothing else".into());
            }
            if let Some(all) = &self.all {
                return Ok(Condition::All(all.iter().map(|c| c.parse_with(values)).collect::<Result<_, _>>()?));
            }
            if let Some(any) = &self.any {
                return Ok(Condition::Any(any.iter().map(|c| c.parse_with(values)).collect::<Result<_, _>>()?));
            }
            if let Some(not) = &self.not {
                return Ok(Condition::Not(Box::new(not.parse_with(values)?)));
            }
        }
        let slot = SlotName::new(self.slot.clone().ok_or("a condition needs `slot` (or `all`, `any`, `not`)")?);
        if tests.len() != 1 {
            return Err(format!(
                "a condition on slot `{slot}` needs exactly one test of eq, ne, in, contains, only, gt, gte, lt, lte, set, before, after (found {})",
                if tests.is_empty() { "none".to_owned() } else { tests.join(", ") }
            ));
        }
        Ok(if let Some(v) = &self.eq {
            Condition::Eq(slot, v.clone())
        } else if let Some(v) = &self.ne {
            Condition::Ne(slot, v.clone())
        } else if let Some(v) = &self.in_ {
            Condition::In(slot, v.clone())
        } else if let Some(v) = &self.contains {
            Condition::Contains(slot, v.clone())
        } else if let Some(v) = &self.only {
            Condition::Only(slot, v.clone())
        } else if let Some(v) = &self.gt {
            Condition::Compare(slot, Ordering::Gt, v.resolve(values)?)
        } else if let Some(v) = &self.gte {
            Condition::Compare(slot, Ordering::Gte, v.resolve(values)?)
        } else if let Some(v) = &self.lt {
            Condition::Compare(slot, Ordering::Lt, v.resolve(values)?)
        } else if let Some(v) = &self.lte {
            Condition::Compare(slot, Ordering::Lte, v.resolve(values)?)
        } else if let Some(b) = &self.before {
            Condition::Before(slot, DateBound::parse(b).ok_or_else(|| format!("`{b}` is not a date bound (2026-01-31, today, today+28d)"))?)
        } else if let Some(b) = &self.after {
            Condition::After(slot, DateBound::parse(b).ok_or_else(|| format!("`{b}` is not a date bound (2026-01-31, today, today+28d)"))?)
        } else {
            Condition::IsSet(slot, self.set.unwrap_or(true))
        })
    }
}

impl Condition {
    /// The chosen items an `in` or `contains` condition found in a list answer, as an answer
    /// of their own: a reason can name them ("equipment and marketing") rather than every
    /// item the rule lists. `None` for any other condition or answer.
    pub fn matched<S: Slots + ?Sized>(&self, slots: &S) -> Option<(SlotName, Value)> {
        let (slot, hit): (&SlotName, Vec<String>) = match (self, slots.get(self.slot()?)) {
            (Condition::In(s, vs), Some(Value::Choices(items))) => (s, items.iter().filter(|i| vs.iter().any(|v| matches(&Value::Choice((*i).clone()), v))).cloned().collect()),
            (Condition::Contains(s, item), Some(Value::Choices(items))) => (s, items.iter().filter(|i| *i == item).cloned().collect()),
            _ => return None,
        };
        (!hit.is_empty()).then(|| (slot.clone(), Value::Choices(hit)))
    }

    /// Whether [`Condition::matched`] can name items: an `in` or `contains` test.
    pub fn names_items(&self) -> bool {
        self.slot().is_some()
    }

    fn slot(&self) -> Option<&SlotName> {
        match self {
            Condition::In(s, _) | Condition::Contains(s, _) => Some(s),
            _ => None,
        }
    }

    /// `today` resolves relative date bounds; it comes from the message being handled.
    pub fn eval<S: Slots + ?Sized>(&self, slots: &S, today: Date) -> bool {
        match self {
            Condition::Eq(s, v) => slots.get(s).is_some_and(|x| matches(x, v)),
            Condition::Ne(s, v) => slots.get(s).is_none_or(|x| !matches(x, v)),
            Condition::In(s, vs) => slots.get(s).is_some_and(|x| vs.iter().any(|v| matches(x, v))),
            Condition::Contains(s, item) => match slots.get(s) {
                Some(Value::Choices(items)) => items.iter().any(|i| i == item),
                Some(Value::Choice(c)) => c == item,
                Some(Value::Text(t)) => t.to_lowercase().contains(&item.to_lowercase()),
                _ => false,
            },
            Condition::Only(s, allowed) => match slots.get(s) {
                Some(Value::Choices(items)) => !items.is_empty() && items.iter().all(|i| allowed.contains(i)),
                Some(Value::Choice(c)) => allowed.contains(c),
                _ => false,
            },
            Condition::Compare(s, op, n) => match slots.get(s) {
                Some(Value::Number(x)) => match op {
                    Ordering::Gt => x > n,
                    Ordering::Gte => x >= n,
                    Ordering::Lt => x < n,
                    Ordering::Lte => x <= n,
                },
                _ => false,
            },
            Condition::IsSet(s, want) => slots.get(s).is_some() == *want,
            Condition::Before(s, b) => matches!(slots.get(s), Some(Value::Date(d)) if *d < b.resolve(today)),
            Condition::After(s, b) => matches!(slots.get(s), Some(Value::Date(d)) if *d > b.resolve(today)),
            Condition::All(cs) => cs.iter().all(|c| c.eval(slots, today)),
            Condition::Any(cs) => cs.iter().any(|c| c.eval(slots, today)),
            Condition::Not(c) => !c.eval(slots, today),
        }
    }

    /// Calls `f` with every slot the condition reads, and whether it only asks if it is set.
    fn each_slot(&self, f: &mut impl FnMut(&SlotName, bool)) {
        match self {
            Condition::Eq(s, _)
            | Condition::Ne(s, _)
            | Condition::In(s, _)
            | Condition::Contains(s, _)
            | Condition::Only(s, _)
            | Condition::Compare(s, _, _)
            | Condition::Before(s, _)
            | Condition::After(s, _) => f(s, false),
            Condition::IsSet(s, _) => f(s, true),
            Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| c.each_slot(f)),
            Condition::Not(c) => c.each_slot(f),
        }
    }

    /// Whether the condition reads any of the slots `names` (set or not), without allocating.
    pub fn reads_any(&self, names: &[&str]) -> bool {
        let mut reads = false;
        self.each_slot(&mut |s, _| reads |= names.contains(&s.as_str()));
        reads
    }

    /// Every slot this condition reads, for the checker's data-flow analysis. (Asking whether a
    /// slot is set is allowed before anything sets it, so that is left out.)
    pub fn slots(&self, out: &mut Vec<SlotName>) {
        self.each_slot(&mut |s, only_set| {
            if !only_set {
                out.push(s.clone());
            }
        });
    }
}

fn matches(value: &Value, lit: &Scalar) -> bool {
    match (value, lit) {
        (Value::Text(a) | Value::Choice(a), Scalar::Str(b)) => a == b,
        (Value::Choices(items), Scalar::Str(b)) => items.iter().any(|i| i == b),
        (Value::Bool(a), Scalar::Bool(b)) => a == b,
        (Value::Number(a), Scalar::Int(b)) => a == b,
        (Value::Date(d), Scalar::Str(b)) => d.to_string() == *b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cond(toml_src: &str) -> Result<Condition, String> {
        let raw: RawCondition = toml::from_str(toml_src).map_err(|e| e.to_string())?;
        raw.parse()
    }

    fn slots(pairs: &[(&str, Value)]) -> BTreeMap<SlotName, Value> {
        pairs.iter().map(|(k, v)| (SlotName::new(*k), v.clone())).collect()
    }

    #[test]
    fn evaluates_the_forms_over_answers() {
        let s = slots(&[
            ("country", Value::Choice("russia".into())),
            ("budget", Value::Number(120_000)),
            ("costs", Value::Choices(vec!["travel".into(), "equipment".into()])),
            ("state_body", Value::Bool(true)),
            ("start", Value::Date(Date::new(2026, 12, 10).unwrap())),
        ]);
        let today = Date::new(2026, 11, 25).unwrap();
        let ev = |c: Condition| c.eval(&s, today);
        assert!(ev(cond(r#"slot = "country"
eq = "russia""#).unwrap()));
        assert!(ev(cond("slot = \"budget\"\ngt = 100000").unwrap()));
        assert!(!ev(cond("slot = \"budget\"\nlte = 100000").unwrap()));
        assert!(ev(cond("slot = \"costs\"\ncontains = \"equipment\"").unwrap()));
        assert!(ev(cond("slot = \"costs\"\nonly = [\"travel\", \"equipment\", \"fees\"]").unwrap()));
        assert!(!ev(cond("slot = \"costs\"\nonly = [\"travel\"]").unwrap()), "equipment is chosen too");
        assert!(!ev(cond("slot = \"missing\"\nonly = [\"travel\"]").unwrap()));
        assert!(ev(cond("slot = \"state_body\"\neq = true").unwrap()));
        assert!(ev(cond("slot = \"missing\"\nset = false").unwrap()));
        assert!(!ev(cond("slot = \"missing\"\neq = \"x\"").unwrap()));
        assert!(ev(cond("not = { slot = \"country\", in = [\"sweden\", \"finland\"] }").unwrap()));
        assert!(ev(cond("any = [{ slot = \"country\", eq = \"x\" }, { slot = \"budget\", gte = 120000 }]").unwrap()));
    }

    #[test]
    fn dates_compare_with_bounds_relative_to_today() {
        let s = slots(&[("start", Value::Date(Date::new(2026, 12, 10).unwrap()))]);
        let today = Date::new(2026, 11, 25).unwrap();
        assert!(cond("slot = \"start\"\nbefore = \"today+28d\"").unwrap().eval(&s, today));
        assert!(!cond("slot = \"start\"\nbefore = \"today+7d\"").unwrap().eval(&s, today));
        assert!(cond("slot = \"start\"\nafter = \"2026-12-01\"").unwrap().eval(&s, today));
        assert!(cond("slot = \"start\"\nbefore = \"soon\"").is_err());
    }

    #[test]
    fn malformed_conditions_are_explained() {
        assert!(cond("slot = \"a\"").unwrap_err().contains("exactly one test"));
        assert!(cond("slot = \"a\"\neq = 1\nne = 2").unwrap_err().contains("eq, ne"));
        assert!(cond("eq = 1").unwrap_err().contains("needs `slot`"));
        assert!(cond("slot = \"a\"\nequals = 1").unwrap_err().contains("unknown field"));
    }
}
