//! Locale-correct formatting, in one place: numbers grouped with a non-breaking space (nb, ru)
//! or a comma (en), dates in prose ("1. mars 2027", "1 марта 2027 года") and in short form,
//! lists ("A, B og C"), bullets, quotation marks and pairs. The digits are grouped in
//! [`super::numbers`]; every word and mark comes from the language's `format.ftl`, so an editor
//! changes how a language writes dates or lists without a programmer, and no punctuation a
//! reader sees is in Rust.

use super::i18n::Catalog;
use super::ids::MessageId;
use super::locale::Locale;
use super::value::Date;
use fluent_bundle::{FluentArgs, FluentValue};

pub use super::numbers::format_number;

impl Catalog {
    /// How `locale` writes dates, lists and quotations.
    pub fn formats(&self, locale: Locale) -> Formats<'_> {
        Formats::new(self, locale)
    }
}

/// How one language writes dates, lists and quotations, from its `format.ftl`.
pub struct Formats<'a> {
    catalog: &'a Catalog,
    locale: Locale,
}

/// The messages [`Formats`] uses, with the variables each receives (`check` requires them).
pub const FORMAT_MESSAGES: &[(&str, &[&str])] = &[
    ("date-long", &["day", "month", "year"]),
    ("date-short", &["day", "dd", "mm", "month", "year"]),
    ("date-yearly", &["day", "month"]),
    ("list-pair", &["first", "second"]),
    ("list-more", &["first", "second"]),
    ("list-or", &["first", "second"]),
    ("list-series", &["first", "second"]),
    ("list-items", &["first", "second"]),
    ("list-bullet", &["item"]),
    ("text-quote", &["text"]),
    ("text-quote-inner", &["text"]),
    ("text-pair", &["first", "second"]),
    ("month-1", &[]),
    ("month-2", &[]),
    ("month-3", &[]),
    ("month-4", &[]),
    ("month-5", &[]),
    ("month-6", &[]),
    ("month-7", &[]),
    ("month-8", &[]),
    ("month-9", &[]),
    ("month-10", &[]),
    ("month-11", &[]),
    ("month-12", &[]),
];

impl<'a> Formats<'a> {
    pub fn new(catalog: &'a Catalog, locale: Locale) -> Formats<'a> {
        Formats { catalog, locale }
    }

    fn message(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut a = FluentArgs::with_capacity(args.len());
        for (k, v) in args {
            a.set(*k, v.clone());
        }
        self.catalog.format(self.locale, &MessageId::new(id), Some(&a))
    }

    /// A month's name as a date writes it (`month-N`: "March", «mars», «марта»).
    pub fn month(&self, month: u8) -> String {
        self.catalog.format(self.locale, &MessageId::new(format!("month-{month}")), None)
    }

    fn date_args(&self, d: Date) -> [(&'static str, FluentValue<'static>); 5] {
        let month = self.month(d.month);
        [
            // As text: a year is not an amount ("2,027").
            ("day", FluentValue::from(d.day.to_string())),
            ("dd", FluentValue::from(format!("{:02}", d.day))),
            ("mm", FluentValue::from(format!("{:02}", d.month))),
            ("month", FluentValue::from(month)),
            ("year", FluentValue::from(d.year.to_string())),
        ]
    }

    /// A date in a sentence: "1 March 2027", "1. mars 2027", "1 марта 2027 года".
    pub fn date(&self, d: Date) -> String {
        let [day, _, _, month, year] = self.date_args(d);
        self.message("date-long", &[day, month, year])
    }

    /// A date that comes back every year (a deadline), in a sentence: "1 March", "1. mars",
    /// "1 марта".
    pub fn yearly(&self, month: u8, day: u8) -> String {
        self.message("date-yearly", &[("day", day.to_string().into()), ("month", self.month(month).into())])
    }

    /// A date in a summary, a list or a table: "1 March 2027", "01.03.2027".
    pub fn date_short(&self, d: Date) -> String {
        self.message("date-short", &self.date_args(d))
    }

    /// `items` joined two by two with the message `id` ("{ $first }, { $second }").
    fn join(&self, id: &str, items: &[String]) -> String {
        items.iter().cloned().reduce(|a, b| self.message(id, &[("first", a.into()), ("second", b.into())])).unwrap_or_default()
    }

    /// `items` as a sentence joins them: commas (`list-more`), and `last` before the final item.
    fn ending(&self, last: &str, items: &[String]) -> String {
        match items {
            [init @ .., end] if !init.is_empty() => self.join(last, &[self.join("list-more", init), end.clone()]),
            _ => self.join(last, items),
        }
    }

    /// Items in a sentence: "A", "A and B", "A, B and C" (each language's words and commas).
    pub fn list(&self, items: &[String]) -> String {
        self.ending("list-pair", items)
    }

    /// Options to choose between: "A or B", "A, B or C".
    pub fn alternatives(&self, items: &[String]) -> String {
        self.ending("list-or", items)
    }

    /// The values of one answer: "culture and sport", "culture, sport and environment"; where an
    /// item holds a comma or the list's own "and" ("competence and education"), the items are
    /// set apart with the language's `list-items` instead: "culture; competence and education".
    pub fn items(&self, items: &[String]) -> String {
        let and = self.message("list-pair", &[("first", "".into()), ("second", "".into())]);
        let and = format!(" {} ", and.trim());
        if items.iter().any(|i| i.contains(',') || i.contains(and.as_str())) {
            self.join("list-items", items)
        } else {
            self.list(items)
        }
    }

    /// Parts that hold lists themselves: "topics culture and sport; in Troms".
    pub fn series(&self, items: &[String]) -> String {
        self.join("list-series", items)
    }

    /// One line of a bulleted list.
    pub fn bullet(&self, item: &str) -> String {
        self.message("list-bullet", &[("item", item.into())])
    }

    /// Text in quotation marks: “…” in English, «…» in Norwegian and Russian.
    pub fn quote(&self, text: &str) -> String {
        self.message("text-quote", &[("text", text.into())])
    }

    /// Two parts of one thing: "Kirkenes kor – idrettslag", "… — …" in Russian.
    pub fn pair(&self, first: &str, second: &str) -> String {
        self.message("text-pair", &[("first", first.into()), ("second", second.into())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::diagnostic::Report;

    fn catalog() -> Catalog {
        let files = [
            ("locales/en/format.ftl", include_str!("../../locales/en/format.ftl")),
            ("locales/nb/format.ftl", include_str!("../../locales/nb/format.ftl")),
            ("locales/ru/format.ftl", include_str!("../../locales/ru/format.ftl")),
        ];
        let mut report = Report::default();
        let c = Catalog::load(files, &mut report);
        assert_eq!(report.errors(), 0, "{report}");
        c
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let c = catalog();
        let d = Date::new(2027, 3, 1).unwrap();
        assert_eq!(Formats::new(&c, Locale::En).date(d), "1 March 2027");
        assert_eq!(Formats::new(&c, Locale::Nb).date(d), "1. mars 2027");
        assert_eq!(Formats::new(&c, Locale::Ru).date(d), "1\u{a0}марта 2027\u{a0}года");
        assert_eq!(Formats::new(&c, Locale::Nb).date_short(d), "01.03.2027");
        assert_eq!(Formats::new(&c, Locale::En).yearly(10, 1), "1 October");
        assert_eq!(Formats::new(&c, Locale::Nb).yearly(10, 1), "1. oktober");
        assert_eq!(Formats::new(&c, Locale::Ru).yearly(10, 1), "1\u{a0}октября");
        // Every form reads back as the same date.
        for l in Locale::ALL {
            let f = Formats::new(&c, l);
            assert_eq!(Date::parse(&f.date(d)), Some(d), "{l}");
            assert_eq!(Date::parse(&f.date_short(d)), Some(d), "{l}");
        }
    }

    #[test]
    fn lists_join_with_the_language_s_words() {
        let c = catalog();
        let items: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        assert_eq!(Formats::new(&c, Locale::En).list(&items), "a, b and c");
        assert_eq!(Formats::new(&c, Locale::Nb).list(&items[..2]), "a og b");
        assert_eq!(Formats::new(&c, Locale::Ru).list(&items), "a, b и c");
        assert_eq!(Formats::new(&c, Locale::Ru).list(&items[..1]), "a");
        assert_eq!(Formats::new(&c, Locale::Ru).quote("x"), "«x»");
        // A quote inside a quote takes the language's inner marks; a stray mark changes nothing.
        assert_eq!(Formats::new(&c, Locale::Ru).quote("Хор «Север»"), "«Хор „Север“»");
        assert_eq!(Formats::new(&c, Locale::Nb).quote("Kor «Nord»"), "«Kor ‹Nord›»");
        assert_eq!(Formats::new(&c, Locale::En).quote("Choir “North”"), "“Choir ‘North’”");
        assert_eq!(Formats::new(&c, Locale::Ru).quote("a » b"), "«a » b»");
        assert_eq!(Formats::new(&c, Locale::En).alternatives(&items), "a, b or c");
        assert_eq!(Formats::new(&c, Locale::Nb).alternatives(&items[..2]), "a eller b");
        assert_eq!(Formats::new(&c, Locale::En).list(&[]), "");
    }
}
