//! Numbers as each language groups them: `50,000` in English, `50 000` (non-breaking space) in
//! Norwegian and Russian. Used by the Fluent bundles for every `{ $amount }` in a text (see
//! [`super::i18n`]) and by [`super::format`], which writes everything else a language formats.

use super::locale::Locale;
use fluent_bundle::FluentValue;

/// An amount as people write it: `50 000` (non-breaking space) in Norwegian and Russian,
/// `50,000` in English. Fluent's own number formatting goes through this too (see
/// [`fluent_formatter`]), so `{ $amount }` in a text reads the same.
pub fn format_number(n: i64, locale: Locale) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = match locale {
        Locale::En => ',',
        Locale::Nb | Locale::Ru => '\u{a0}',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// The number formatter a language's Fluent bundle uses: whole numbers grouped as
/// [`format_number`] does; anything else as Fluent writes it.
pub fn fluent_formatter<M>(locale: Locale) -> fn(&FluentValue, &M) -> Option<String> {
    fn whole(v: &FluentValue) -> Option<i64> {
        match v {
            FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 && n.options.minimum_fraction_digits.is_none() => Some(n.value as i64),
            _ => None,
        }
    }
    fn en<M>(v: &FluentValue, _: &M) -> Option<String> {
        whole(v).map(|n| format_number(n, Locale::En))
    }
    fn nb<M>(v: &FluentValue, _: &M) -> Option<String> {
        whole(v).map(|n| format_number(n, Locale::Nb))
    }
    fn ru<M>(v: &FluentValue, _: &M) -> Option<String> {
        whole(v).map(|n| format_number(n, Locale::Ru))
    }
    match locale {
        Locale::En => en::<M>,
        Locale::Nb => nb::<M>,
        Locale::Ru => ru::<M>,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_by_locale() {
        assert_eq!(format_number(50_000, Locale::En), "50,000");
        assert_eq!(format_number(1_250_000, Locale::Nb), "1\u{a0}250\u{a0}000");
        assert_eq!(format_number(999, Locale::Ru), "999");
        assert_eq!(format_number(-1000, Locale::En), "-1,000");
    }
}
