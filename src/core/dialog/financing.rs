//! The financing plan of a form: what, together with the amount applied for, pays for its
//! costs (own money, a partner's contribution, volunteer hours at the scheme's rate), and
//! whether it adds up to them.

use crate::core::ids::SlotName;

/// One source of financing: an amount, or a number of hours valued at a rate (`hours * rate`,
/// the rate read like a slot, e.g. the scheme's `volunteer_rate`).
#[derive(Debug, Clone, PartialEq)]
pub struct Financing {
    pub slot: SlotName,
    pub per: Option<SlotName>,
}

impl Financing {
    /// `slot` or `slot * rate`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Financing> {
        let name = |s: &str| {
            let s = s.trim();
            (!s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')).then(|| SlotName::new(s))
        };
        match text.split_once('*') {
            Some((slot, rate)) => Some(Financing { slot: name(slot)?, per: Some(name(rate)?) }),
            None => Some(Financing { slot: name(text)?, per: None }),
        }
    }

    /// The slots this source reads.
    pub fn slots(&self) -> impl Iterator<Item = &SlotName> {
        std::iter::once(&self.slot).chain(self.per.as_ref())
    }
}

/// The costs and what finances them, once the costs and the amount are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Balance {
    pub costs: i64,
    pub financed: i64,
}

impl Balance {
    /// The plan for `amount`, `costs` and `financing`, reading numbers with `number` (an
    /// unanswered source counts as nothing); `None` before the costs and the amount are known.
    pub fn of(amount: &SlotName, costs: &[SlotName], financing: &[Financing], number: impl Fn(&SlotName) -> Option<i64>) -> Option<Balance> {
        let amount = number(amount)?;
        let answered: Vec<i64> = costs.iter().filter_map(&number).collect();
        if answered.is_empty() {
            return None;
        }
        let sources: i64 = financing.iter().map(|f| number(&f.slot).unwrap_or(0).saturating_mul(f.per.as_ref().and_then(&number).unwrap_or(1))).sum();
        Some(Balance { costs: answered.iter().sum(), financed: amount.saturating_add(sources) })
    }

    /// `short` or `over` when the plan does not add up to the costs (the message's selector).
    pub fn off(&self) -> Option<&'static str> {
        match self.financed.cmp(&self.costs) {
            std::cmp::Ordering::Less => Some("short"),
            std::cmp::Ordering::Greater => Some("over"),
            std::cmp::Ordering::Equal => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn sources_are_slots_or_hours_at_a_rate() {
        assert_eq!(Financing::parse("own_financing"), Some(Financing { slot: SlotName::new("own_financing"), per: None }));
        assert_eq!(Financing::parse("volunteer_hours * volunteer_rate"), Some(Financing { slot: SlotName::new("volunteer_hours"), per: Some(SlotName::new("volunteer_rate")) }));
        assert_eq!(Financing::parse("own financing"), None);
        assert_eq!(Financing::parse("a * "), None);
    }

    #[test]
    fn a_plan_that_leaves_part_of_the_costs_unpaid_is_short() {
        let answers: BTreeMap<&str, i64> = [("travel", 70_000), ("fees", 30_000), ("hours", 100), ("rate", 200), ("own", 10_000), ("partner", 5_000), ("amount", 60_000)].into();
        let number = |s: &SlotName| answers.get(s.as_str()).copied();
        let sources = [Financing::parse("hours * rate").unwrap(), Financing::parse("own").unwrap(), Financing::parse("partner").unwrap()];
        let costs = [SlotName::new("travel"), SlotName::new("fees")];
        let b = Balance::of(&SlotName::new("amount"), &costs, &sources, number).unwrap();
        assert_eq!((b.costs, b.financed, b.off()), (100_000, 95_000, Some("short")));
        // Unanswered sources count as nothing; no amount yet, no plan.
        let b = Balance::of(&SlotName::new("amount"), &costs, &[Financing::parse("gifts").unwrap()], number).unwrap();
        assert_eq!(b.off(), Some("short"));
        assert_eq!(Balance::of(&SlotName::new("none"), &costs, &sources, number), None);
        let even = |s: &SlotName| if s.as_str() == "amount" { Some(65_000) } else { number(s) };
        assert_eq!(Balance::of(&SlotName::new("amount"), &costs, &sources, even).unwrap().off(), None);
    }
}
