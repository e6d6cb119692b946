//! The values answers are stored as, and the calendar date type they use.
//!
//! Dates are plain civil dates (no time zone): "today" is derived from the inbound
//! message's timestamp in UTC, which keeps the turn function pure.

use serde::{Deserialize, Serialize};
use std::fmt;

/// One collected answer, in the slot named by its question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Value {
    Text(String),
    Choice(String),
    Choices(Vec<String>),
    Bool(bool),
    Number(i64),
    Date(Date),
    /// Repeated items ("add another activity"), each a set of answers by slot name.
    Records(Vec<std::collections::BTreeMap<String, Value>>),
}

/// A civil date in the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        if !(1900..=2999).contains(&year) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The date of a unix timestamp (seconds), in UTC.
    pub fn from_unix(secs: i64) -> Date {
        Date::from_days(secs.div_euclid(86_400))
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn to_days(self) -> i64 {
        let (y, m, d) = (self.year as i64, self.month as i64, self.day as i64);
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// Parses `2026-12-31`, `31.12.2026`, `31/12/2026`, `31.12.26` (this century) or `12/8 2027`.
    pub fn parse(text: &str) -> Option<Date> {
        let t = text.trim().trim_end_matches('.');
        if let Some(d) = Date::parse_words(t) {
            return Some(d);
        }
        let parts: Vec<&str> = t.split(['-', '.', '/', ' ']).filter(|p| !p.is_empty()).collect();
        if parts.len() != 3 || parts.iter().any(|p| !p.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        let nums: Vec<i64> = parts.iter().map(|p| p.parse().ok()).collect::<Option<_>>()?;
        let (y, m, d) = match (parts[0].len(), parts[2].len()) {
            (4, _) => (nums[0], nums[1], nums[2]),
            (_, 4) => (nums[2], nums[1], nums[0]),
            (1 | 2, 2) => (2000 + nums[2], nums[1], nums[0]),
            _ => return None,
        };
        Date::new(i32::try_from(y).ok()?, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
    }

    /// A date with the month in words, in English, Norwegian or Russian: `15. mai 2027`,
    /// `15 мая 2027 г.`, `15 May 2027`, `May 15, 2027`. A month is known by its first three
    /// letters (`jan`, `mai`/`may`/`мая`, `okt`/`oct`, `des`/`dec`, …).
    fn parse_words(text: &str) -> Option<Date> {
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '-' | '/'))
            .filter(|w| !w.is_empty() && !matches!(*w, "г" | "года" | "год" | "the" | "of" | "den"))
            .collect();
        if words.len() != 3 {
            return None;
        }
        // Each month's names in full, in the three languages (Russian as it is written in a date
        // and on its own); a word is a month when it is one of them or the start of one ("sept").
        const MONTHS: [&[&str]; 12] = [
            &["january", "januar", "января", "январь"],
            &["february", "februar", "февраля", "февраль"],
            &["march", "mars", "марта", "март"],
            &["april", "апреля", "апрель"],
            &["may", "mai", "мая", "май"],
            &["june", "juni", "июня", "июнь"],
            &["july", "juli", "июля", "июль"],
            &["august", "августа", "август"],
            &["september", "сентября", "сентябрь"],
            &["october", "oktober", "октября", "октябрь"],
            &["november", "ноября", "ноябрь"],
            &["december", "desember", "декабря", "декабрь"],
        ];
        let month_of = |w: &str| -> Option<u8> {
            (w.chars().count() >= 3).then_some(())?;
            // Russian typed in Latin letters too: "sentyabrya".
            let latin = crate::core::understand::words::fold(w);
            MONTHS.iter().position(|names| names.iter().any(|n| n.starts_with(w) || crate::core::understand::words::fold(n).starts_with(&latin))).map(|i| i as u8 + 1)
        };
        let number = |w: &str| w.trim_end_matches(['s', 't', 'h', 'n', 'd', 'r']).parse::<u32>().ok();
        // "2027г": the year with the Russian abbreviation for "year" stuck to it.
        let year = |w: &str| w.trim_end_matches('г').parse::<i32>().ok();
        let (day, month, year) = match (month_of(words[0]), month_of(words[1])) {
            (None, Some(m)) => (number(words[0])?, m, year(words[2])?),
            (Some(m), None) => (number(words[1])?, m, year(words[2])?),
            _ => return None,
        };
        if !(1000..=9999).contains(&year) {
            return None;
        }
        Date::new(year, month, u8::try_from(day).ok()?)
    }

}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip() {
        for days in [-1000, 0, 1, 59, 60, 365, 20_000, 20_454, 30_000] {
            assert_eq!(Date::from_days(days).to_days(), days);
        }
        assert_eq!(Date::from_unix(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_unix(1_795_000_000).to_string(), "2026-11-18");
    }

    #[test]
    fn parses_iso_and_dotted_dates() {
        assert_eq!(Date::parse("2026-12-31"), Date::new(2026, 12, 31));
        assert_eq!(Date::parse("31.12.2026"), Date::new(2026, 12, 31));
        assert_eq!(Date::parse("29.02.2027"), None);
        assert_eq!(Date::parse("29.02.2028"), Date::new(2028, 2, 29));
        assert_eq!(Date::parse("tomorrow"), None);
        assert_eq!(Date::parse("1.2.26"), Date::new(2026, 2, 1));
        assert_eq!(Date::parse("12/8 2027"), Date::new(2027, 8, 12));
        assert_eq!(Date::parse("10 sentyabrya 2027"), Date::new(2027, 9, 10));
        assert_eq!(Date::parse("15 октября 2027г"), Date::new(2027, 10, 15));
        assert_eq!(Date::parse("1.2.3"), None);
        // The month in words, as people write it in each language.
        let may = Date::new(2027, 5, 15);
        for typed in ["15. mai 2027", "15 mai 2027", "15 мая 2027", "15 мая 2027 г.", "15 May 2027", "May 15, 2027", "15th of May 2027", "15. Mai 2027"] {
            assert_eq!(Date::parse(typed), may, "{typed}");
        }
        assert_eq!(Date::parse("1. desember 2026"), Date::new(2026, 12, 1));
        assert_eq!(Date::parse("3 октября 2027"), Date::new(2027, 10, 3));
        assert_eq!(Date::parse("31. februar 2027"), None);
        assert_eq!(Date::parse("15 maybe 2027"), None);
        assert_eq!(Date::parse("15 sept 2027"), Date::new(2027, 9, 15));
        assert_eq!(Date::parse("mai 2027"), None);
    }
}
