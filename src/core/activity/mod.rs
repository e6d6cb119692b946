//! The activity picture: what happens across the Barents region, counted anonymously.
//!
//! A [`Tally`] is one count of something that happened — an idea checked, a draft sent to the
//! advisers, a partner profile published, a question asked — with the facts that say where
//! and about what (month, language, platform, scheme, verdict, regions, countries, topics,
//! kind of organisation, amount band). It holds no user key, no name and no text, so nothing
//! in it points to a person: the counts survive `/forget` and are shown to the world.
//!
//! The engine decides what is counted ([`crate::core::effect::Effect::Count`]); the store adds
//! one to the count of each distinct tally; [`report`] sums them by what the reader asks for,
//! [`table`] writes them as a table, CSV or JSON, and [`chart`] and [`map`] draw them.

pub mod chart;
pub mod map;
pub mod report;
pub mod table;
pub mod tiles;

use super::draft::{Draft, DraftStatus};
use super::ids::{Platform, SlotName};
use super::locale::Locale;
use super::partners::Listing;
use super::value::{Date, Value};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Happening {
    /// An eligibility check began (a new journey, or `/restart`).
    CheckStarted,
    /// An eligibility check reached its verdict.
    CheckFinished,
    /// A draft application was sent to the advisers.
    DraftSent,
    /// An adviser took a draft to follow it up.
    DraftClaimed,
    /// An adviser closed a draft.
    DraftClosed,
    /// A partner profile went into the registry (first published, or published again).
    ProfilePublished,
    /// Someone asked to be introduced to a partner.
    IntroAsked,
    /// The partner accepted an introduction.
    IntroAccepted,
    /// A question to the resource centre.
    Question,
}

/// A calendar month, `YYYY-MM` as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    pub month: u8,
}

impl Month {
    /// The month of a moment (unix seconds, UTC).
    pub fn of(at: i64) -> Month {
        let d = Date::from_unix(at);
        Month { year: d.year, month: d.month }
    }

    /// `2026-12`; `None` for anything else (`2026-13`, `26-1`, `2026-1`).
    pub fn parse(s: &str) -> Option<Month> {
        let (y, m) = s.trim().split_once('-')?;
        if y.len() != 4 || m.len() != 2 || !y.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        let month: u8 = m.parse().ok()?;
        (1..=12).contains(&month).then_some(Month { year: y.parse().ok()?, month })
    }

    /// The month after this one.
    pub fn next(self) -> Month {
        if self.month == 12 { Month { year: self.year + 1, month: 1 } } else { Month { year: self.year, month: self.month + 1 } }
    }

    /// The first day of the month.
    pub fn first_day(self) -> Date {
        Date { year: self.year, month: self.month, day: 1 }
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Month, D::Error> {
        let s = String::deserialize(d)?;
        Month::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("`{s}` is not a month (YYYY-MM)")))
    }
}

/// One anonymous count. Equal tallies add up; lists are kept sorted so they compare equal.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Tally {
    pub month: Month,
    pub what: Happening,
    pub language: Locale,
    pub platform: Platform,
    /// The funding scheme the answers follow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<String>,
    /// The check's verdict on that scheme: `fits`, `unclear`, `does-not-fit`, `closed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<String>,
    /// The regions involved: the applicant's, the partners', a profile's own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<String>,
    /// The partners' countries (a profile's own country).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
    /// The project's topics (a profile's topics).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    /// The kind of organisation (a partner profile's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The amount applied for, as a band (see [`BANDS`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band: Option<String>,
    /// The resource centre's topic a question found, if it found one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Whether a question was answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered: Option<bool>,
}

/// The answers a tally reads: the applicant's region, the partners' countries and regions,
/// the topics, the amount — slot names of `dialogs/eligibility.toml` and `application.toml` —
/// and the derived `scheme` and `verdict` (see [`crate::core::schemes::DERIVED`]).
pub const APPLICANT_REGION: &str = "applicant_region";
pub const PARTNER_COUNTRIES: &str = "partner_countries";
pub const PARTNER_REGIONS: [&str; 3] = ["partner_region_se", "partner_region_fi", "partner_region_ru"];
pub const TOPICS: &str = "topics";
pub const AMOUNT: &str = "amount_requested";

/// Amount bands: the upper end (NOK, exclusive) of each band but the last, and its id.
pub const BANDS: [(i64, &str); 5] = [(50_000, "under-50k"), (100_000, "50k-100k"), (200_000, "100k-200k"), (500_000, "200k-500k"), (i64::MAX, "500k-plus")];

/// The band an amount (NOK) falls in.
pub fn band(amount: i64) -> &'static str {
    BANDS.iter().find(|(upper, _)| amount < *upper).map_or("500k-plus", |(_, id)| id)
}

/// "No partner yet" is an answer, not a country.
const NO_COUNTRY: &str = "none";

impl Tally {
    /// A tally with no facts besides when, in which language and where.
    pub fn new(what: Happening, at: i64, language: Locale, platform: Platform) -> Tally {
        Tally {
            month: Month::of(at),
            what,
            language,
            platform,
            scheme: None,
            verdict: None,
            regions: Vec::new(),
            countries: Vec::new(),
            topics: Vec::new(),
            kind: None,
            band: None,
            subject: None,
            answered: None,
        }
    }

    /// What a check or an application says of itself: its scheme and verdict, the regions and
    /// countries involved, its topics and the band of the amount.
    pub fn with_answers(mut self, answers: &BTreeMap<SlotName, Value>) -> Tally {
        let get = |name: &str| answers.get(&SlotName::new(name));
        let choice = |name: &str| match get(name) {
            Some(Value::Choice(c)) => Some(c.clone()),
            _ => None,
        };
        let choices = |name: &str| match get(name) {
            Some(Value::Choices(c)) => c.clone(),
            Some(Value::Choice(c)) => vec![c.clone()],
            _ => Vec::new(),
        };
        self.scheme = choice("scheme");
        self.verdict = choice("verdict");
        self.regions = std::iter::once(APPLICANT_REGION).chain(PARTNER_REGIONS).filter_map(choice).collect();
        self.countries = choices(PARTNER_COUNTRIES).into_iter().filter(|c| c != NO_COUNTRY).collect();
        self.topics = choices(TOPICS);
        self.band = match get(AMOUNT) {
            Some(Value::Number(n)) => Some(band(*n).to_owned()),
            _ => None,
        };
        self.sorted()
    }

    /// What a partner profile says of itself: its country, region, kind and topics.
    pub fn with_listing(mut self, listing: &Listing) -> Tally {
        self.countries = vec![listing.country.clone()];
        self.regions = vec![listing.region.clone()];
        self.kind = Some(listing.kind.clone());
        self.topics = listing.topics.clone();
        self.sorted()
    }

    /// A question to the resource centre: the topic it found, if any, and whether it was answered.
    pub fn with_question(mut self, subject: Option<&str>, answered: bool) -> Tally {
        self.subject = subject.map(str::to_owned);
        self.answered = Some(answered);
        self
    }

    fn sorted(mut self) -> Tally {
        for list in [&mut self.regions, &mut self.countries, &mut self.topics] {
            list.retain(|s| !s.is_empty());
            list.sort();
            list.dedup();
        }
        self
    }

    /// The key the store counts it under: the same for equal tallies.
    pub fn key(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("a tally is plain data")
    }

    /// The tally a stored key names (`None`: a key this version cannot read).
    pub fn from_key(key: &[u8]) -> Option<Tally> {
        serde_json::from_slice(key).ok()
    }
}

/// What an adviser's change to a draft counts as: taken up (first claimed) or closed; `None`
/// when its status did not change that way.
pub fn status_change(before: DraftStatus, draft: &Draft, at: i64) -> Option<Tally> {
    let what = match (before, draft.status) {
        (DraftStatus::Submitted, DraftStatus::Claimed) => Happening::DraftClaimed,
        (b, DraftStatus::Closed) if b != DraftStatus::Closed => Happening::DraftClosed,
        _ => return None,
    };
    Some(Tally::new(what, at, draft.locale, draft.user.platform).with_answers(&draft.answers))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_parse_only_as_written_by_the_contract() {
        assert_eq!(Month::parse("2026-12"), Some(Month { year: 2026, month: 12 }));
        for bad in ["2026-13", "2026-00", "2026-1", "26-01", "2026/01", "", "abcd-ef"] {
            assert_eq!(Month::parse(bad), None, "{bad}");
        }
        assert_eq!(Month { year: 2026, month: 12 }.next().to_string(), "2027-01");
    }

    #[test]
    fn a_tally_reads_no_text_and_lists_its_facts_in_one_order() {
        let answers: BTreeMap<SlotName, Value> = [
            ("applicant_region", Value::Choice("troms".into())),
            ("partner_countries", Value::Choices(vec!["russia".into(), "finland".into(), "none".into()])),
            ("partner_region_ru", Value::Choice("murmansk".into())),
            ("partner_region_fi", Value::Choice("lapland".into())),
            ("topics", Value::Choices(vec!["sport".into(), "culture".into()])),
            ("amount_requested", Value::Number(120_000)),
            ("project_title", Value::Text("Kor «Nord»".into())),
            ("contact_email", Value::Text("ola@example.no".into())),
        ]
        .into_iter()
        .map(|(k, v)| (SlotName::new(k), v))
        .collect();
        let t = Tally::new(Happening::DraftSent, 1_780_000_000, Locale::Nb, Platform::Telegram).with_answers(&answers);
        assert_eq!(t.regions, ["lapland", "murmansk", "troms"]);
        assert_eq!(t.countries, ["finland", "russia"]);
        assert_eq!(t.topics, ["culture", "sport"]);
        assert_eq!(t.band.as_deref(), Some("100k-200k"));
        let key = String::from_utf8(t.key()).unwrap();
        assert!(!key.contains("Nord") && !key.contains("ola@"), "{key}");
        assert_eq!(Tally::from_key(key.as_bytes()), Some(t));
    }

    #[test]
    fn amounts_fall_in_bands_at_their_edges() {
        assert_eq!(band(0), "under-50k");
        assert_eq!(band(49_999), "under-50k");
        assert_eq!(band(50_000), "50k-100k");
        assert_eq!(band(500_000), "500k-plus");
    }
}
