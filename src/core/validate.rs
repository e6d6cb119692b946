//! Validators for free-text answers, and the parsers for numbers, dates and yes/no.
//!
//! A failed check returns an [`Invalid`]: the Fluent id of the specific reason and the
//! numbers it mentions, so the engine can re-ask with "why" in the user's language.

use super::ids::MessageId;
use super::value::Date;
use regex::Regex;
use std::sync::LazyLock;

/// Why an answer was not accepted: a Fluent message id and its numeric arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Invalid {
    pub reason: MessageId,
    pub args: Vec<(&'static str, Arg)>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Number(i64),
    Text(String),
}

impl Invalid {
    pub fn new(reason: &str) -> Invalid {
        Invalid { reason: MessageId::new(reason), args: Vec::new() }
    }
    pub fn with(mut self, name: &'static str, value: i64) -> Invalid {
        self.args.push((name, Arg::Number(value)));
        self
    }
    pub fn with_text(mut self, name: &'static str, value: String) -> Invalid {
        self.args.push((name, Arg::Text(value)));
        self
    }
}

/// A check on a free-text answer, as configured on a `text` question.
#[derive(Debug, Clone)]
pub enum Validator {
    Length { min: Option<usize>, max: Option<usize> },
    Regex { pattern: Regex, message: MessageId },
    Email,
    Phone,
    /// A Norwegian organisation number: 9 digits, the last a mod-11 check digit.
    OrgNumber,
}

impl Validator {
    /// Checks `text` (already trimmed); on success returns the value to store, normalised.
    pub fn check(&self, text: &str) -> Result<(), Invalid> {
        match self {
            Validator::Length { min, max } => {
                let n = text.chars().count();
                if let Some(min) = min.filter(|m| n < *m) {
                    return Err(Invalid::new("invalid-too-short").with("min", min as i64).with("length", n as i64));
                }
                if let Some(max) = max.filter(|m| n > *m) {
                    return Err(Invalid::new("invalid-too-long").with("max", max as i64).with("length", n as i64));
                }
                Ok(())
            }
            Validator::Regex { pattern, message } => {
                if pattern.is_match(text) { Ok(()) } else { Err(Invalid { reason: message.clone(), args: vec![] }) }
            }
            Validator::Email => {
                if is_email(text) { Ok(()) } else { Err(Invalid::new("invalid-email")) }
            }
            Validator::Phone => {
                if is_phone(text) { Ok(()) } else { Err(Invalid::new("invalid-phone")) }
            }
            Validator::OrgNumber => org_number(text).map(|_| ()),
        }
    }

    /// The value stored for an answer that passed every validator (e.g. an org number without spaces).
    pub fn normalise(&self, text: &str) -> Option<String> {
        match self {
            Validator::OrgNumber => org_number(text).ok(),
            Validator::Phone => Some(text.split_whitespace().collect::<Vec<_>>().join(" ")),
            _ => None,
        }
    }
}

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^\s@<>()\[\],;:]+@[^\s@<>()\[\],;:.]+(\.[^\s@<>()\[\],;:.]+)+$").expect("valid e-mail pattern")
});

pub fn is_email(text: &str) -> bool {
    text.len() <= 254 && EMAIL.is_match(text)
}

/// An international or national phone number: digits with optional `+` prefix, spaces, dashes
/// and parentheses; 8 to 15 digits (Norway has 8, Russia 11 with the trunk prefix).
pub fn is_phone(text: &str) -> bool {
    let body = text.strip_prefix('+').unwrap_or(text);
    if !body.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')')) {
        return false;
    }
    let digits = body.chars().filter(char::is_ascii_digit).count();
    (8..=15).contains(&digits)
}

/// A chat handle, written with its "@": "@kari", "@kari_n", "@ivanova.m" (letters, digits, `_` and `.`, 2 to 32).
pub fn is_handle(text: &str) -> bool {
    // With its "@", as the examples write it: a bare word ("abc", a name) is no way to be reached.
    let Some(name) = text.strip_prefix('@') else { return false };
    (2..=32).contains(&name.chars().count()) && name.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '.'))
}

/// A way to be reached: an e-mail address, a phone number or a chat handle.
pub fn is_contact(text: &str) -> bool {
    is_email(text) || is_phone(text) || is_handle(text)
}

/// Validates a Norwegian organisation number and returns its 9 digits.
pub fn org_number(text: &str) -> Result<String, Invalid> {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Invalid::new("invalid-orgnr-format"));
    }
    let d: Vec<u32> = digits.bytes().map(|b| u32::from(b - b'0')).collect();
    let weights = [3, 2, 7, 6, 5, 4, 3, 2];
    let sum: u32 = d.iter().zip(weights).map(|(a, w)| a * w).sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return Err(Invalid::new("invalid-orgnr-check")),
        c => c,
    };
    if check == d[8] { Ok(digits) } else { Err(Invalid::new("invalid-orgnr-check")) }
}

/// Words around an amount that say it is rough ("ca 80 000", "около 150 тыс").
const ABOUT: &[&str] = &["approximately", "approx.", "approx", "about", "around", "roughly", "circa", "cirka", "ca.", "ca", "omtrent", "rundt", "приблизительно", "примерно", "около", "где-то", "~"];
/// Currency words and signs, and other units an amount may carry.
const UNITS: &[&str] = &["norske kroner", "kroner", "krone", "kr.", "kr", "nok", "норвежских крон", "кроны", "крона", "крон", "руб.", "руб", "₽", "eur", "€", "timer", "hours", "часов", "часа"];
/// Multipliers written after the number, longest first: "150k", "1,5 mill", "150 тыс".
const TIMES: &[(&str, i64)] = &[
    ("millioner", 1_000_000),
    ("million", 1_000_000),
    ("миллионов", 1_000_000),
    ("миллиона", 1_000_000),
    ("миллион", 1_000_000),
    ("mill.", 1_000_000),
    ("mill", 1_000_000),
    ("mln", 1_000_000),
    ("млн.", 1_000_000),
    ("млн", 1_000_000),
    ("тысяч", 1_000),
    ("тысячи", 1_000),
    ("тысяча", 1_000),
    ("тыс.", 1_000),
    ("тыс", 1_000),
    ("tusen", 1_000),
    ("thousand", 1_000),
    ("k", 1_000),
    ("к", 1_000),
];

/// Parses an amount or count as people write it: `50000`, `50 000`, `50 000 kr`, `NOK 50000`,
/// `50.000`, `80 000,-`, `ca 80 000`, `150k`, `1,5 mill`, `150 тыс`, `150000 крон`.
pub fn parse_number(text: &str) -> Option<i64> {
    parse_amount(text).map(|(n, _)| n)
}

/// As [`parse_number`], and whether the number was written plainly: no multiplier ("150k",
/// "1,5 mill") and no dot or comma between its digits ("1.500"), which could be misread.
pub fn parse_amount(text: &str) -> Option<(i64, bool)> {
    let mut t = text.trim().to_lowercase();
    for w in ABOUT {
        if let Some(rest) = t.strip_prefix(w).filter(|r| w.ends_with(['.', '~']) || r.starts_with([' ', '.'])) {
            t = rest.trim_start_matches('.').trim().to_owned();
            break;
        }
    }
    // "80 000,-" and "80 000.-": Norwegian for a round sum.
    let t = t.strip_suffix(",-").or_else(|| t.strip_suffix(".-")).unwrap_or(&t).to_owned();
    let t = UNITS.iter().fold(t, |t, unit| t.replace(unit, " "));
    let mut t = t.trim().to_owned();
    let mut times = 1;
    for (word, n) in TIMES {
        if let Some(rest) = t.strip_suffix(word) {
            t = rest.trim().to_owned();
            times = *n;
            break;
        }
    }
    let negative = t.starts_with('-');
    let t = t.trim_start_matches('-').trim();
    if times > 1 {
        // With a multiplier a fraction is meant: "1,5 mill", "2.5k".
        let (whole, fraction) = match t.split_once([',', '.']) {
            Some((w, f)) if !f.is_empty() && f.len() <= 3 && f.bytes().all(|b| b.is_ascii_digit()) => (w, f),
            _ => (t, ""),
        };
        let whole: String = whole.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
        if whole.is_empty() || whole.len() > 12 || !whole.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let mut n = whole.parse::<i64>().ok()?.checked_mul(times)?;
        if !fraction.is_empty() {
            n += fraction.parse::<i64>().ok()? * times / 10_i64.pow(fraction.len() as u32);
        }
        return Some((if negative { -n } else { n }, false));
    }
    let digits: String = t.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '.' | ',' | '\'')).collect();
    if digits.is_empty() || digits.len() > 15 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // "50.5" or "1,5" would lose its fraction silently: only group separators every 3 digits pass.
    if let Some(sep) = t.rfind(['.', ','])
        && t.len() - sep - 1 != 3
    {
        return None;
    }
    let n: i64 = digits.parse().ok()?;
    Some((if negative { -n } else { n }, !t.contains(['.', ','])))
}

/// Recognises yes and no in every language we speak, as typed text.
/// A polite word after it ("nei takk", "yes please", "нет, спасибо") is still the same answer.
pub fn parse_yes_no(text: &str) -> Option<bool> {
    let lower = text.to_lowercase();
    let mut words = lower.split(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | '!')).filter(|w| !w.is_empty());
    let answer = match words.next()? {
        "yes" | "y" | "ja" | "j" | "да" | "д" => true,
        "no" | "n" | "nei" | "нет" | "н" => false,
        _ => return None,
    };
    let polite = |w: &str| matches!(w, "thanks" | "thank" | "you" | "please" | "takk" | "gjerne" | "спасибо" | "пожалуйста");
    words.all(polite).then_some(answer)
}

/// A bound of a date question: fixed, or relative to the day of the message.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DateBound {
    Fixed(Date),
    TodayPlus(i64),
}

impl DateBound {
    /// `today`, `today+28d`, `today-1d`, `today+2y` (years as 365 days) or `2026-01-01`.
    pub fn parse(s: &str) -> Option<DateBound> {
        let s = s.trim();
        if let Some(rest) = s.strip_prefix("today") {
            if rest.is_empty() {
                return Some(DateBound::TodayPlus(0));
            }
            let (sign, rest) = match rest.as_bytes()[0] {
                b'+' => (1, &rest[1..]),
                b'-' => (-1, &rest[1..]),
                _ => return None,
            };
            let (num, unit) = rest.split_at(rest.len().checked_sub(1)?);
            let n: i64 = num.parse().ok()?;
            let days = match unit {
                "d" => n,
                "w" => n * 7,
                "y" => n * 365,
                _ => return None,
            };
            return Some(DateBound::TodayPlus(sign * days));
        }
        Date::parse(s).map(DateBound::Fixed)
    }

    pub fn resolve(self, today: Date) -> Date {
        match self {
            DateBound::Fixed(d) => d,
            DateBound::TodayPlus(n) => today.add_days(n),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_and_no_may_come_with_a_polite_word_but_nothing_more() {
        assert_eq!(parse_yes_no("Nei takk."), Some(false));
        assert_eq!(parse_yes_no("да, пожалуйста"), Some(true));
        assert_eq!(parse_yes_no("yes!"), Some(true));
        assert_eq!(parse_yes_no("no idea"), None);
        assert_eq!(parse_yes_no("ja, men bare delvis"), None);
    }

    #[test]
    fn organisation_numbers_need_a_valid_check_digit() {
        // The Brønnøysund register's own number, and a commonly published one.
        assert_eq!(org_number("974 760 673").unwrap(), "974760673");
        assert_eq!(org_number("923609016").unwrap(), "923609016");
        assert_eq!(org_number("974760674").unwrap_err().reason.as_str(), "invalid-orgnr-check");
        assert_eq!(org_number("97476067").unwrap_err().reason.as_str(), "invalid-orgnr-format");
        assert_eq!(org_number("97476067a").unwrap_err().reason.as_str(), "invalid-orgnr-format");
    }

    #[test]
    fn emails_and_phones() {
        assert!(is_email("kari.nordmann@example.no"));
        assert!(is_email("иван@пример.рф"));
        assert!(!is_email("kari@"));
        assert!(!is_email("kari example.no"));
        assert!(!is_email("a@b"));
        assert!(is_phone("+47 912 34 567"));
        assert!(is_phone("+7 (815) 255-12-34"));
        assert!(!is_phone("12345"));
        assert!(!is_phone("call me"));
        assert!(is_contact("@ivanova_m") && is_contact("+7 911 123-45-67") && is_contact("ola@vadso.example"));
        assert!(!is_contact("ola@@") && !is_contact("@") && !is_contact("kari @ telegram"));
    }

    #[test]
    fn numbers_accept_group_separators_and_currency() {
        assert_eq!(parse_number("50000"), Some(50_000));
        assert_eq!(parse_number("50 000 kr"), Some(50_000));
        assert_eq!(parse_number("NOK 1.250.000"), Some(1_250_000));
        assert_eq!(parse_number("50\u{a0}000"), Some(50_000));
        assert_eq!(parse_number("1,5"), None);
        assert_eq!(parse_number("fifty"), None);
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("99999999999999999999"), None);
        assert_eq!(parse_amount("ca 60 000 kr"), Some((60_000, true)));
        assert_eq!(parse_amount("150k"), Some((150_000, false)));
        assert_eq!(parse_amount("1.500"), Some((1_500, false)));
        assert_eq!(parse_amount("15к"), Some((15_000, false)));
        // As people write amounts, in the three languages.
        for (typed, n) in [
            ("ca 80 000", 80_000),
            ("ca. 80 000", 80_000),
            ("cirka 80000 kroner", 80_000),
            ("80 000,-", 80_000),
            ("kr 80 000", 80_000),
            ("kr. 80.000,-", 80_000),
            ("150 тыс", 150_000),
            ("около 150 тыс.", 150_000),
            ("150 тысяч крон", 150_000),
            ("150k", 150_000),
            ("150 K", 150_000),
            ("1,5 mill", 1_500_000),
            ("1.5 million", 1_500_000),
            ("2,5 млн", 2_500_000),
            ("150000 крон", 150_000),
            ("150 000 кроны", 150_000),
            ("примерно 90 000 норвежских крон", 90_000),
            ("about NOK 90,000", 90_000),
            ("120 timer", 120),
        ] {
            assert_eq!(parse_number(typed), Some(n), "{typed}");
        }
        for typed in ["k", "ca", "1,5", "150 тыс рублей и ещё", "кр", "capital"] {
            assert_eq!(parse_number(typed), None, "{typed}");
        }
    }

    #[test]
    fn length_and_regex() {
        let v = Validator::Length { min: Some(3), max: Some(5) };
        assert_eq!(v.check("ab").unwrap_err().reason.as_str(), "invalid-too-short");
        assert!(v.check("abc").is_ok());
        assert!(v.check("ёжик").is_ok(), "length counts characters, not bytes");
        assert_eq!(v.check("abcdef").unwrap_err().reason.as_str(), "invalid-too-long");
        let r = Validator::Regex { pattern: Regex::new("^[A-Z]").unwrap(), message: MessageId::new("x") };
        assert_eq!(r.check("abc").unwrap_err().reason.as_str(), "x");
    }

    #[test]
    fn date_bounds() {
        let today = Date::new(2026, 11, 25).unwrap();
        assert_eq!(DateBound::parse("today").unwrap().resolve(today), today);
        assert_eq!(DateBound::parse("today+28d").unwrap().resolve(today).to_string(), "2026-12-23");
        assert_eq!(DateBound::parse("today-1w").unwrap().resolve(today).to_string(), "2026-11-18");
        assert_eq!(DateBound::parse("2027-01-01").unwrap().resolve(today).to_string(), "2027-01-01");
        assert_eq!(DateBound::parse("tomorrow"), None);
        assert_eq!(DateBound::parse("today+x"), None);
    }
}
