//! Property-based fuzzing of everything that reads content or configuration: any file of the
//! shipped content, mangled (bytes flipped, cut, duplicated, or replaced by random text), and
//! any configuration text, is either loaded or reported — never a panic. Bounded for CI; raise
//! the cases with PROPTEST_CASES to search longer.

mod common;

use barents_bot::config::FileConfig;
use barents_bot::core::content::{Content, EngineSettings, Source};
use barents_bot::core::diagnostic::Report;
use proptest::prelude::*;
use std::sync::OnceLock;

fn shipped() -> &'static [Source] {
    static S: OnceLock<Vec<Source>> = OnceLock::new();
    S.get_or_init(|| common::sources(&common::repo()))
}

#[derive(Debug, Clone)]
enum Mangle {
    /// Flip one byte (kept as UTF-8 by lossy decoding, as a text editor would save it).
    Flip(usize, u8),
    /// Cut the file at a point.
    Cut(usize),
    /// Repeat a slice of it in place.
    Repeat(usize, usize),
    /// Put random text in at a point.
    Insert(usize, String),
    /// Replace the whole file.
    Replace(String),
}

fn mangle() -> impl Strategy<Value = Mangle> {
    prop_oneof![
        3 => (any::<usize>(), any::<u8>()).prop_map(|(a, b)| Mangle::Flip(a, b)),
        2 => any::<usize>().prop_map(Mangle::Cut),
        1 => (any::<usize>(), 1usize..200).prop_map(|(a, n)| Mangle::Repeat(a, n)),
        3 => (any::<usize>(), prop_oneof![Just("[[step]]\n".to_owned()), Just("{ $".to_owned()), Just("= \"".to_owned()), Just("\n-x = y\n".to_owned()), "\\PC{0,40}"]).prop_map(|(a, t)| Mangle::Insert(a, t)),
        1 => "\\PC{0,300}".prop_map(Mangle::Replace),
    ]
}

fn apply(text: &str, m: &Mangle) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let at = |i: usize, len: usize| if len == 0 { 0 } else { i % len };
    match m {
        Mangle::Flip(i, b) => {
            if !bytes.is_empty() {
                let i = at(*i, bytes.len());
                bytes[i] ^= b;
            }
        }
        Mangle::Cut(i) => bytes.truncate(at(*i, bytes.len() + 1)),
        Mangle::Repeat(i, n) => {
            let i = at(*i, bytes.len() + 1);
            let end = (i + n).min(bytes.len());
            let slice = bytes[i..end].to_vec();
            bytes.splice(i..i, slice);
        }
        Mangle::Insert(i, t) => {
            let i = at(*i, bytes.len() + 1);
            bytes.splice(i..i, t.bytes());
        }
        Mangle::Replace(t) => bytes = t.clone().into_bytes(),
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn mangled_content_is_loaded_or_reported_never_a_panic(file in any::<prop::sample::Index>(), m in mangle()) {
        let mut sources = shipped().to_vec();
        let i = file.index(sources.len());
        sources[i].text = apply(&sources[i].text, &m);
        match Content::build(&sources, EngineSettings::default()) {
            Ok(_) => {}
            Err(report) => {
                // Reported: at least one error, each with a file and a line.
                prop_assert!(report.has_errors());
                let text = report.to_string();
                // (An indented line under a problem says how many follow from it.)
                prop_assert!(text.lines().filter(|l| !l.starts_with(' ')).all(|l| l.contains(':')), "{text}");
            }
        }
    }

    #[test]
    fn any_configuration_text_is_loaded_or_reported(text in prop_oneof!["\\PC{0,200}", Just(String::new()), "\\[[a-z]{1,10}\\]\n[a-z_]{1,20} = [0-9a-z\"]{0,10}\n"]) {
        let mut report = Report::default();
        let parsed = FileConfig::parse("config/default.toml", &text, &mut report);
        prop_assert!(parsed.is_some() || report.has_errors(), "a refusal always says why");
    }
}
