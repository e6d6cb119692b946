//! Typography each language expects, checked in its texts: `check` warns, with the message's
//! file and line, where a text uses straight quotation marks, a hyphen (or the other
//! language's dash) as a dash, an ordinary space inside a number or before a percent sign,
//! or a date written in digits where a sentence wants it in words. How the bot itself writes
//! numbers, dates, lists and quotations is in [`super::format`]; this keeps the hand-written
//! texts in step with it. Keyword lists (`-keywords`) are left alone: they hold what people type.

use super::diagnostic::Report;
use super::i18n::{Catalog, PLACEABLE};
use super::locale::Locale;
use regex::Regex;
use std::sync::LazyLock;

/// One rule: where it matches, what to say.
struct Rule {
    applies: fn(Locale) -> bool,
    pattern: Regex,
    advice: fn(Locale) -> &'static str,
}

fn quotes(l: Locale) -> &'static str {
    match l {
        Locale::En => "use curly quotation marks: “…”",
        Locale::Nb | Locale::Ru => "use «…»",
    }
}

fn dash(l: Locale) -> &'static str {
    match l {
        Locale::Ru => "use an em dash with spaces: « — »",
        Locale::En | Locale::Nb => "use an en dash with spaces: « – »",
    }
}

static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let p = PLACEABLE;
    let rule = |applies: fn(Locale) -> bool, pattern: &str, advice: fn(Locale) -> &'static str| Rule {
        applies,
        pattern: Regex::new(pattern).expect("typography patterns are valid"),
        advice,
    };
    vec![
        rule(|_| true, "\"", quotes),
        rule(|l| l == Locale::En, "[«»]", quotes),
        rule(|l| l != Locale::En, "[“”]", quotes),
        // An apostrophe sits between two letters ("don't") or after a plural's s ("members'");
        // anything else is a quotation mark.
        rule(|_| true, r"(^|[^\p{L}])'|[^\p{L}s]'($|[^\p{L}])", quotes),
        rule(|_| true, r"(^|\s)--?(\s|$)", dash),
        rule(|l| l == Locale::Ru, r"\s–\s", dash),
        rule(|l| l != Locale::Ru, r"\s—\s", dash),
        rule(|l| l != Locale::En, r"\d \d{3}(\D|$)", |_| "write a number's groups with a non-breaking space (U+00A0): 100 000"),
        // An amount, not a phone or organisation number ("+47 912 34 567", "974 760 673").
        rule(|l| l == Locale::En, r"NOK \d{1,3}[ \u{a0}]\d{3}", |_| "write an amount's groups with a comma: NOK 100,000"),
        rule(|l| l != Locale::En, &format!(r"[\d{p}] %"), |_| "put a non-breaking space (U+00A0) before %: 70 %"),
        // An amount and its currency stay on one line.
        rule(|l| l != Locale::En, &format!(r"[\d{p}] (kroner|krone|kr|крон[аы]?|NOK)\b"), |_| "put a non-breaking space (U+00A0) before the currency: 100 000 kroner"),
        rule(|l| l == Locale::En, &format!(r"NOK [\d{p}]"), |_| "put a non-breaking space (U+00A0) after NOK: NOK 100,000"),
        rule(|l| l == Locale::En, &format!(r"[\d{p}][ \u{{a0}}]%"), |_| "write a percentage without a space: 70%"),
        rule(
            |_| true,
            r"(^|[^\d.])\d{1,2}\.\d{1,2}\.\d{4}(\.?$|\.?[^\d.])",
            |l| match l {
                Locale::En => "write a date in words in a sentence: 1 March 2027",
                Locale::Nb => "write a date in words in a sentence: 1. mars 2027",
                Locale::Ru => "write a date in words in a sentence: 1 марта 2027 года",
            },
        ),
    ]
});

/// Warns where a message breaks its language's typography.
pub fn check(catalog: &Catalog, report: &mut Report) {
    for locale in Locale::ALL {
        for (id, info) in &catalog.language(locale).messages {
            // Keywords are what people type; the inner quotation marks are the other kind on purpose.
            if id.ends_with("-keywords") || id == "text-quote-inner" {
                continue;
            }
            for rule in RULES.iter().filter(|r| (r.applies)(locale)) {
                if let Some(found) = info.texts.iter().find_map(|t| rule.pattern.find(t)) {
                    let seen = found.as_str().trim().replace(PLACEABLE, "{…}");
                    report.warning(&info.file, info.line, format!("message `{id}` has “{seen}”: {}", (rule.advice)(locale)));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn warnings(path: &str, ftl: &str) -> Vec<String> {
        let mut report = Report::default();
        let catalog = Catalog::load([(path, ftl)], &mut report);
        check(&catalog, &mut report);
        report.to_string().lines().map(str::to_owned).collect()
    }

    #[test]
    fn each_language_s_marks_are_asked_for() {
        let w = warnings("locales/nb/a.ftl", "a = Han sa \"hei\".\nb = Ja - nei\nc = Inntil 100 000\u{a0}kroner\nd = { $n } % av kostnadene\ne = Frist 01.03.2027.\n");
        assert_eq!(w.len(), 5, "{w:?}");
        assert!(w[0].contains("«…»") && w[1].contains(" – ") && w[2].contains("non-breaking") && w[3].contains("before %"), "{w:?}");
        assert!(w[4].contains("1. mars 2027"), "{w:?}");
        let w = warnings("locales/ru/a.ftl", "a = Это – ошибка\nb = Это — правильно\n");
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(w[0].contains("em dash"), "{w:?}");
        let w = warnings("locales/nb/a.ftl", "a = Inntil { $max } kroner.\n");
        assert!(w[0].contains("before the currency"), "{w:?}");
        let w = warnings("locales/en/a.ftl", "a = { $n } % of the costs\nb = Press «Go».\n");
        assert!(w[0].contains("without a space") && w[1].contains("“…”"), "{w:?}");
    }

    #[test]
    fn correct_texts_pass() {
        let ok = "a = It doesn't matter – really.\nb = Up to 100\u{a0}000 kroner, { $n }%.\nc = Version 2024.1, on 1 March 2027.\n";
        assert!(warnings("locales/en/a.ftl", ok).is_empty());
        let ok = "a = «Hei», sa hun – og gikk.\nb = Inntil 70\u{a0}% av 100\u{a0}000\u{a0}kroner.\nk-keywords = \"quoted\" - 01.01.2020\n";
        assert!(warnings("locales/nb/a.ftl", ok).is_empty());
    }
}
