//! Russian typed in Latin letters ("skolko deneg mozhno poluchit"), read back into Cyrillic so
//! the search stems it as Russian and finds what the Cyrillic question finds. The usual ways
//! of writing Russian in Latin letters are close enough for that: `zh`, `kh`, `ch`, `sh`,
//! `shch`, `ts`, `ya`, `yu`, `yo`, and `y` as `ы` (or `й` after a vowel). What the scheme
//! misses (`ь`, `ъ`, `э`) the search's tolerance for typos makes up for.
//!
//! Used for a question's words only, and only where the Latin word itself is not a term.

/// `word` (lower case) in Cyrillic, when it is written in plain Latin letters only.
pub fn cyrillic(word: &str) -> Option<String> {
    if word.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let b = word.as_bytes();
    let mut out = String::with_capacity(word.len() * 2);
    let mut i = 0;
    while i < b.len() {
        let rest = &word[i..];
        let (letter, used) = match GROUPS.iter().find(|(p, _)| rest.starts_with(p)) {
            Some((p, l)) => (*l, p.len()),
            None => {
                let after_vowel = out.chars().last().is_some_and(|c| "аеиоуыэюя".contains(c));
                (single(b[i], after_vowel), 1)
            }
        };
        out.push_str(letter);
        i += used;
    }
    Some(out)
}

/// Letters written with several Latin ones, the longest first.
const GROUPS: [(&str, &str); 12] =
    [("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"), ("ya", "я"), ("ja", "я"), ("yu", "ю"), ("ju", "ю"), ("yo", "е")];

fn single(c: u8, after_vowel: bool) -> &'static str {
    match c {
        b'a' => "а",
        b'b' => "б",
        b'v' | b'w' => "в",
        b'g' => "г",
        b'd' => "д",
        b'e' => "е",
        b'z' => "з",
        b'i' => "и",
        b'j' => "й",
        b'y' if after_vowel => "й",
        b'y' => "ы",
        b'k' | b'c' | b'q' => "к",
        b'l' => "л",
        b'm' => "м",
        b'n' => "н",
        b'o' => "о",
        b'p' => "п",
        b'r' => "р",
        b's' => "с",
        b't' => "т",
        b'u' => "у",
        b'f' => "ф",
        b'h' => "х",
        b'x' => "кс",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::cyrillic;

    #[test]
    fn russian_in_latin_letters_reads_back_as_cyrillic() {
        for (latin, russian) in [
            ("skolko", "сколко"),
            ("deneg", "денег"),
            ("mozhno", "можно"),
            ("poluchit", "получит"),
            ("nayti", "найти"),
            ("zayavku", "заявку"),
            ("vstrechah", "встречах"),
            ("perevodchik", "переводчик"),
            ("novyy", "новый"),
            ("shchedro", "щедро"),
            ("murmanske", "мурманске"),
        ] {
            assert_eq!(cyrillic(latin).as_deref(), Some(russian), "{latin}");
        }
        assert_eq!(cyrillic("søknad"), None, "Norwegian letters: not Russian");
        assert_eq!(cyrillic("2022"), None);
    }
}
