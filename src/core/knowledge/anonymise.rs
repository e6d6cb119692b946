//! Questions the knowledge base could not answer are kept for the advisers, without who asked
//! and without the details people sometimes type: e-mail addresses, phone numbers, web
//! addresses, @handles, street addresses and the obvious names ("my name is …", "jeg heter …",
//! "меня зовут …") become placeholders.

use regex::Regex;
use std::sync::LazyLock;

static PATTERNS: LazyLock<[(Regex, &'static str); 6]> = LazyLock::new(|| {
    let re = |p: &str| Regex::new(p).expect("the patterns are valid");
    [
        (re(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "[e-mail]"),
        (re(r"(?i)\b(https?://|www\.)\S+"), "[web address]"),
        (re(r"(^|\s)@\w{3,}"), "$1[handle]"),
        // A name someone gives for themselves: the capitalised words after "my name is" and the like.
        (
            re(r"(?i:\b((?:my name is|i am|i'm|this is|jeg heter|eg heiter|mitt navn er|mitt namn er|jeg er|eg er|меня зовут|моё имя|мое имя|с вами|это)\s+))\p{Lu}\p{Ll}+(\s+\p{Lu}\p{Ll}+){0,2}"),
            "${1}[name]",
        ),
        // A street address with its number, in Norwegian, English or Russian writing.
        (re(r"\b\p{Lu}[\p{L}-]*(gata|gaten|gate|veien|vegen|vei|veg|plass|Street|Road|Avenue)\s+\d+\w?"), "[address]"),
        (re(r"(?i:\b(ул\.|улица|пр\.|проспект|пер\.|переулок)\s*)\p{Lu}[\p{L}-]*(\s+\p{Lu}[\p{L}-]*)?,?\s*(д\.\s*)?\d+\w?"), "[address]"),
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

    #[test]
    fn names_people_give_for_themselves_and_street_addresses_become_placeholders() {
        assert_eq!(anonymise("Hi, my name is Olga Smirnova and I lead a choir"), "Hi, my name is [name] and I lead a choir");
        assert_eq!(anonymise("Hei, jeg heter Kari Nordmann. Kan vi søke?"), "Hei, jeg heter [name]. Kan vi søke?");
        assert_eq!(anonymise("Здравствуйте, меня зовут Ирина Смирнова, я живу в Мурманске"), "Здравствуйте, меня зовут [name], я живу в Мурманске");
        assert_eq!(anonymise("we meet in Storgata 12 in Kirkenes"), "we meet in [address] in Kirkenes");
        assert_eq!(anonymise("я живу на ул. Ленина, д. 5, Мурманск"), "я живу на [address], Мурманск");
        // Words people say about themselves that are no names stay.
        assert_eq!(anonymise("I am a teacher in Murmansk, is it dangerous for me?"), "I am a teacher in Murmansk, is it dangerous for me?");
        assert_eq!(anonymise("это опасно для меня?"), "это опасно для меня?");
    }
}
