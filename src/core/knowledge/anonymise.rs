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
        // After "I am" and the like, only capitalised words are a name ("I am a teacher" stays);
        // after "my name is" and the like, see `NAME_GIVEN`.
        (
            re(r"(?i:\b((?:i am|i'm|this is|jeg er|eg er|с вами|это)\s+))\p{Lu}\p{Ll}+(\s+\p{Lu}\p{Ll}+){0,2}"),
            "${1}[name]",
        ),
        // A street address with its number (before or after), and the postcode and town after
        // it, in Norwegian, English or Russian writing (also in Latin letters), a flat included.
        (
            re(r"(?i:\b(\d+\w?\s+)?[\p{L}-]*(gata|gaten|gate|veien|vegen|vei|veg|plass|street|road|avenue)(\s+\d+\w?)?(,?\s*\d{4}\s+\p{L}+)?)"),
            "[address]",
        ),
        (
            re(r"(?i:\b(ул\.|улица|пр\.|проспект|пер\.|переулок|ul\.|ulitsa|prospekt)\s*[\p{L}-]+(\s+[\p{L}-]+)?,?\s*(д\.|d\.)?\s*\d+\w?(,?\s*(кв\.?|kv\.?)\s*\d+)?(,?\s*\d{6})?)"),
            "[address]",
        ),
    ]
});

/// What people say before their name, however they then write it.
static NAME_GIVEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(my name is|my name's|jeg heter|eg heiter|mitt navn er|mitt namn er|меня зовут|моё имя|мое имя|menya zovut|moyo imya|moe imya)\s+").expect("the pattern is valid")
});

/// Words that end a name given that way ("my name is Kari and …", "меня зовут Иван из …").
const AFTER_NAME: &[&str] = &["and", "from", "in", "og", "fra", "frå", "i", "и", "из", "в", "iz", "v", "a", "а"];

/// A run of digits with spaces, dots, dashes or brackets between them.
static DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\+?\d[\d\s.()-]*\d").expect("the pattern is valid"));

/// Phone numbers (and organisation numbers) have at least eight digits; amounts such as
/// "400 000" have fewer and stay.
const PHONE_DIGITS: usize = 8;

/// The one to three words after "my name is" (and the like) become `[name]`, up to a
/// punctuation mark or a word that ends a name.
fn given_names(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for lead in NAME_GIVEN.find_iter(text) {
        if lead.start() < from {
            continue;
        }
        out.push_str(&text[from..lead.end()]);
        let rest = &text[lead.end()..];
        // The name ends where its letters end: the bytes of `rest` it takes.
        let (mut name, mut at) = (0, 0);
        for (taken, token) in rest.split_inclusive(char::is_whitespace).enumerate() {
            let word = token.trim_end();
            let letters = word.trim_end_matches(|c: char| !c.is_alphabetic() && c != '-');
            let ends = taken > 0 && AFTER_NAME.contains(&letters.to_lowercase().as_str());
            if taken == 3 || letters.is_empty() || ends {
                break;
            }
            name = at + letters.len();
            if letters.len() < word.len() {
                break;
            }
            at += token.len();
        }
        if name == 0 {
            from = lead.end();
            continue;
        }
        out.push_str("[name]");
        from = lead.end() + name;
    }
    out.push_str(&text[from..]);
    out
}

/// The placeholders [`anonymise`] writes, each with the message that says it to the person who
/// typed the text (shown what was kept or sent); the stored text keeps the placeholder itself.
pub const PLACEHOLDERS: [(&str, &str); 6] = [
    ("[e-mail]", "anonymised-email"),
    ("[web address]", "anonymised-web"),
    ("[handle]", "anonymised-handle"),
    ("[name]", "anonymised-name"),
    ("[address]", "anonymised-address"),
    ("[number]", "anonymised-number"),
];

/// A stored text with its placeholders as `say` words them (a language's "[nummer]").
pub fn worded(text: &str, say: impl Fn(&str) -> String) -> String {
    PLACEHOLDERS.iter().fold(text.to_owned(), |t, (token, id)| if t.contains(token) { t.replace(token, &say(id)) } else { t })
}

/// The text with contact details replaced by placeholders.
pub fn anonymise(text: &str) -> String {
    let mut out = given_names(text);
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
        // However written, and in Latin-typed Russian; a flat, a postcode and town with the street.
        assert_eq!(anonymise("hi my name is john smith, i live at 14 Storgata, 9900 Kirkenes"), "hi my name is [name], i live at [address]");
        assert_eq!(anonymise("menya zovut Ivan Ivanov, zhivu v Murmanske, ul. Lenina 5"), "menya zovut [name], zhivu v Murmanske, [address]");
        assert_eq!(anonymise("Меня зовут иван иванов. Вопрос"), "Меня зовут [name]. Вопрос");
        assert_eq!(anonymise("живу на ул. Ленина 12, кв 5, Мурманск"), "живу на [address], Мурманск");
        assert_eq!(anonymise("eg heiter Kari Nordmann og bur i Fjellvegen 3"), "eg heiter [name] og bur i [address]");
        // Words people say about themselves that are no names stay.
        assert_eq!(anonymise("I am a teacher in Murmansk, is it dangerous for me?"), "I am a teacher in Murmansk, is it dangerous for me?");
        assert_eq!(anonymise("это опасно для меня?"), "это опасно для меня?");
    }
}
