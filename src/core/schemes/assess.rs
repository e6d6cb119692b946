//! Checking a project idea against the schemes: which schemes its answers point to, each with
//! its status, the version that applies and that version's verdict; and the one the idea's
//! application follows.
//!
//! What the assessment gives is never stored while a journey runs: it is worked out from the
//! answers whenever it is needed (see [`DERIVED`]), so a changed answer changes it at once.

use super::{Outcome, Scheme, Schemes, Status, Verdict, Version};
use crate::core::condition::Slots;
use crate::core::ids::SlotName;
use crate::core::value::{Date, Value};
use std::collections::BTreeMap;

/// Variables every step text receives besides the answers and the [`DERIVED`] facts:
/// `contact` (how to reach the Secretariat), `portal` (where the formal application is made),
/// `scheme_title` (the name of the scheme the answers follow). The engine sets them; they are
/// here, with the facts, because a rule set's values must not take their names.
pub const ALWAYS: &[&str] = &["contact", "portal", "scheme_title"];

/// The values the assessment adds to the answers, readable by dialogs' conditions and texts as
/// if they were slots (and written into a draft when it is filed):
/// - `scheme`, `scheme_version`, `scheme_status` (`open`, `closed`): what the application follows;
/// - `verdict` (`fits`, `unclear`, `does-not-fit`; `closed` when the scheme takes no new
///   applications) and `funding_share` (percent) under it;
/// - `share_base` (`total`, `norwegian`): what the share is of;
/// - `volunteer_rate`: NOK an hour of volunteer work counts for (0: the scheme does not say).
pub const DERIVED: &[&str] = &["scheme", "scheme_version", "scheme_status", "verdict", "funding_share", "share_base", "volunteer_rate"];

/// Whether `condition` reads a value of [`DERIVED`].
pub fn reads_derived(condition: &crate::core::condition::Condition) -> bool {
    condition.reads_any(DERIVED)
}

/// One scheme the idea was checked against.
#[derive(Debug, Clone)]
pub struct Checked<'a> {
    pub scheme: &'a Scheme,
    pub version: &'a Version,
    pub status: Status,
    pub verdict: Verdict<'a>,
}

/// Every scheme the idea was checked against: the open ones first.
#[derive(Debug, Clone)]
pub struct Assessment<'a> {
    pub checked: Vec<Checked<'a>>,
}

impl Schemes {
    /// Checks the answers against every scheme they point to (whose `considered_when` holds),
    /// or, when they point to none, against every open scheme. `open` lists the open schemes,
    /// in the order they are presented.
    pub fn assess<'a, S: Slots + ?Sized>(&'a self, open: &[String], slots: &S, today: Date) -> Assessment<'a> {
        let pointed: Vec<&Scheme> = self.map.values().filter(|s| s.considered_when.as_ref().is_some_and(|(c, _)| c.eval(slots, today))).collect();
        let considered: Vec<&Scheme> = if pointed.is_empty() { open.iter().filter_map(|id| self.get(id)).collect() } else { pointed };
        let rank = |s: &&Scheme| open.iter().position(|o| *o == s.id).unwrap_or(usize::MAX);
        let mut considered = considered;
        considered.sort_by_key(rank);
        let checked = considered
            .into_iter()
            .map(|scheme| {
                let status = scheme.status(open);
                let version = scheme.version_at(status, today);
                Checked { scheme, version, status, verdict: version.evaluate(slots, today) }
            })
            .collect();
        Assessment { checked }
    }
}

impl<'a> Assessment<'a> {
    /// The scheme an application of this idea follows: the open scheme it fits best (the first
    /// on a tie), else the first closed one checked.
    pub fn chosen(&self) -> Option<&Checked<'a>> {
        let rank = |o: Outcome| match o {
            Outcome::Fits => 0,
            Outcome::Unclear => 1,
            Outcome::DoesNotFit => 2,
        };
        self.checked.iter().filter(|c| c.status == Status::Open).min_by_key(|c| rank(c.verdict.outcome)).or(self.checked.first())
    }
}

impl Checked<'_> {
    /// Adds the [`DERIVED`] values for this scheme to `slots`.
    pub fn add_facts(&self, slots: &mut BTreeMap<SlotName, Value>) {
        let mut put = |name: &str, v: Value| {
            slots.insert(SlotName::new(name), v);
        };
        put("scheme", Value::Choice(self.scheme.id.clone()));
        put("scheme_version", Value::Text(self.version.version.clone()));
        put("scheme_status", Value::Choice(self.status.as_str().to_owned()));
        // A scheme closed to new applications: nothing fits it now, whatever its last rules said.
        let verdict = if self.status == Status::Open { self.verdict.outcome.as_str() } else { "closed" };
        put("verdict", Value::Choice(verdict.to_owned()));
        put("funding_share", Value::Number(i64::from(self.verdict.share)));
        put("share_base", Value::Choice(self.version.share_base.as_str().to_owned()));
        put("volunteer_rate", Value::Number(self.version.volunteer_rate.unwrap_or(0)));
    }
}

#[cfg(test)]
mod tests {
    use crate::core::diagnostic::Report;
    use crate::core::schemes::{Outcome, Schemes, Status};
    use crate::core::value::{Date, Value};

    fn schemes() -> Schemes {
        let files = [
            ("config/rules/nr/scheme.toml", "id = \"nr\"\ntitle = \"nr\"\nclosed_from = \"2023-11-15\"\nconsidered_when = { slot = \"countries\", in = [\"russia\"] }\n"),
            ("config/rules/nr/1.toml", "version = \"1\"\neffective = \"2021-01-01\"\nmax_share = 70\n[[rule]]\nwhen = { slot = \"state\", eq = true }\noutcome = \"does-not-fit\"\nreason = \"r\"\n"),
            ("config/rules/nordic/scheme.toml", "id = \"nordic\"\ntitle = \"n\"\nconsidered_when = { slot = \"countries\", in = [\"sweden\", \"finland\"] }\n"),
            ("config/rules/nordic/1.toml", "version = \"1\"\neffective = \"2024-01-01\"\nmax_share = 70\n[budget]\nshare_of = \"norwegian\"\nvolunteer_rate = 200\n"),
        ];
        let mut report = Report::default();
        let s = Schemes::parse(files, &mut report);
        assert!(!report.has_errors(), "{report:?}");
        s
    }

    fn answers(countries: &[&str]) -> std::collections::BTreeMap<crate::core::ids::SlotName, Value> {
        [("countries".into(), Value::Choices(countries.iter().map(|c| c.to_string()).collect())), ("state".into(), Value::Bool(true))].into()
    }

    #[test]
    fn the_partner_countries_point_to_schemes_and_the_open_one_is_followed() {
        let s = schemes();
        let today = Date::new(2026, 12, 5).unwrap();
        let open = vec!["nordic".to_owned()];
        let a = s.assess(&open, &answers(&["russia", "sweden"]), today);
        let ids: Vec<&str> = a.checked.iter().map(|c| c.scheme.id.as_str()).collect();
        assert_eq!(ids, ["nordic", "nr"], "open schemes first");
        assert_eq!(a.checked[1].status, Status::Closed { since: Date::new(2023, 11, 15) });
        assert_eq!(a.chosen().unwrap().scheme.id, "nordic");

        // Russia alone: only the closed scheme is checked, and the application would follow it.
        let a = s.assess(&open, &answers(&["russia"]), today);
        assert_eq!(a.checked.len(), 1);
        assert_eq!((a.chosen().unwrap().scheme.id.as_str(), a.chosen().unwrap().verdict.outcome), ("nr", Outcome::DoesNotFit));

        // Nothing points anywhere (no partner yet): every open scheme.
        let a = s.assess(&open, &answers(&["none"]), today);
        assert_eq!(a.checked.iter().map(|c| c.scheme.id.as_str()).collect::<Vec<_>>(), ["nordic"]);

        // Reopened by the operator: open, and its newest version applies.
        let a = s.assess(&["nordic".into(), "nr".into()], &answers(&["russia"]), today);
        assert_eq!(a.checked[0].status, Status::Open);
    }

    #[test]
    fn the_facts_say_what_the_application_follows() {
        let s = schemes();
        let a = s.assess(&["nordic".into()], &answers(&["finland"]), Date::new(2026, 12, 5).unwrap());
        let mut slots = Default::default();
        a.chosen().unwrap().add_facts(&mut slots);
        let get = |k: &str| slots.get(&crate::core::ids::SlotName::new(k)).cloned();
        assert_eq!(get("scheme"), Some(Value::Choice("nordic".into())));
        assert_eq!(get("scheme_status"), Some(Value::Choice("open".into())));
        assert_eq!(get("share_base"), Some(Value::Choice("norwegian".into())));
        assert_eq!(get("volunteer_rate"), Some(Value::Number(200)));
        assert_eq!(get("verdict"), Some(Value::Choice("fits".into())));
        for name in super::DERIVED {
            assert!(slots.contains_key(&crate::core::ids::SlotName::new(*name)), "{name}");
        }
    }
}
