//! Questions the knowledge base could not answer are kept for the advisers, without who asked
//! and without the contact details people sometimes type: e-mail addresses, phone numbers,
//! web addresses and @handles become placeholders.

use regex::Regex;
use std::sync::LazyLock;

static PATTERNS: LazyLock<[(Regex, &'static str); 3]> = LazyLock::new(|| {
    let re = |p: &str| Regex::new(p).expect("the patterns are valid");
    [
        (re(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "[e-mail]"),
        (re(r"(?i)\b(https?://|www\.)\S+"), "[web address]"),
        (re(r"(^|\s)@\w{3,}"), "$1[handle]"),
    ]
});

/// A run of digits with spaces, dots, dashes or brackets between them.
static DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\+?\d[\d\s.()-]*\d").expect("the pattern is valid"));

/// Phone numbers (and organisation numbers) have at least eight digits; amounts such as
/// "400 000" have fewer and stay.
const PHONE_DIGITS: usize = 8;

/// The text with contact details replaced by placeholders.
pub fn anonymise(text: &str) -> String {
    let mut out = text.to_owned();
    for (re, with) in PATTERNS.iter() {
        out = re.replace_all(&out, *with).into_owned();
    }
    DIGITS
        .replace_all(&out, |c: &regex::Captures<'_>| {
            let run = &c[0];
            if run.chars().filter(char::is_ascii_digit).count() >= PHONE_DIGITS { "[number]".to_owned() } else { run.to_owned() }
        })
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::anonymise;

    #[test]
    fn contact_details_become_placeholders() {
        assert_eq!(anonymise("mail me at kari.nordmann@example.no please"), "mail me at [e-mail] please");
        assert_eq!(anonymise("ring +47 912 34 567 i morgen"), "ring [number] i morgen");
        assert_eq!(anonymise("пишите @ivan_petrov или на https://vk.com/x"), "пишите [handle] или на [web address]");
        assert_eq!(anonymise("Можно ли 400 000 крон на визы?"), "Можно ли 400 000 крон на визы?");
        assert_eq!(anonymise("org.nr. 974 760 673"), "org.nr. [number]");
    }
}
