//! Conversation transcripts, kept as data in `tests/transcripts/*.toml`, run in every locale.
//! Each turn says what the user sends and which messages (by Fluent id) the bot answers with,
//! so one file checks the same conversation in en, nb and ru. The runner is the library's
//! ([`barents_bot::verify::transcripts`]), the one `barents-bot check --tests` uses: on the pure
//! turn, and through the runtime and a store as an adapter drives it.
//!
//! Besides, this file holds what only a programmer needs: the plural forms of each language and
//! the pseudo-locale, which shows text that did not come from a Fluent message.

mod common;

use barents_bot::core::content::{Content, EngineSettings};
use barents_bot::core::effect::{Event, Inbound};
use barents_bot::core::ids::{Platform, UserKey};
use barents_bot::core::locale::Locale;
use barents_bot::runtime::Runtime;
use barents_bot::store::MemoryStore;
use barents_bot::verify::{Contents, transcripts};
use std::collections::BTreeMap;
use std::sync::Arc;

#[test]
fn every_transcript_passes_in_every_locale() {
    let (files, mut failures) = transcripts::read_all(&common::repo());
    assert!(files.len() >= 5, "transcripts are missing from {}", transcripts::DIR);
    let mut contents = Contents::new(common::sources(&common::repo()), EngineSettings::default());
    failures.extend(transcripts::run_all(&files, &mut contents));
    let failures: Vec<String> = failures.iter().map(ToString::to_string).collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
    let pure = files.iter().filter(|f| !f.transcript.runtime).count();
    assert!(pure * 2 > files.len(), "most transcripts need no store: {pure} of {}", files.len());
}

#[test]
fn shipped_texts_use_the_plural_forms_of_each_language() {
    use barents_bot::core::ids::MessageId;
    use fluent_bundle::{FluentArgs, FluentValue};
    let content = common::content("nordic-2024");
    let format = |locale, id: &str, name: &str, n: i64| {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(n));
        args.set("min", FluentValue::from(n));
        args.set("length", FluentValue::from(1));
        content.catalog.format(locale, &MessageId::new(id), Some(&args))
    };
    for (n, word) in [(1, "1 символ,"), (21, "21 символ,"), (3, "3 символа,"), (24, "24 символа,"), (5, "5 символов,"), (11, "11 символов,")] {
        let text = format(Locale::Ru, "invalid-too-short", "min", n);
        assert!(text.contains(word), "{n}: {text}");
    }
    for (n, word) in [(1, "1 профиль:"), (3, "3 профиля:"), (5, "5 профилей:"), (21, "21 профиль:"), (11, "11 профилей:")] {
        let text = format(Locale::Ru, "partner-results", "count", n);
        assert!(text.contains(word), "{n}: {text}");
    }
    for (n, word) in [(0, "ingen profiler"), (1, "én profil"), (7, "7 profiler")] {
        let text = format(Locale::Nb, "partner-home", "count", n);
        assert!(text.contains(word), "{n}: {text}");
    }
    for (n, word) in [(1, "1 alternativ,"), (2, "2 alternativer,"), (5, "5 alternativer,")] {
        let text = format(Locale::Nb, "invalid-multi-count", "max", n);
        assert!(text.contains(word), "{n}: {text}");
    }
    for (n, word) in [(1, "1 character "), (30, "30 characters ")] {
        let text = format(Locale::En, "invalid-too-short", "min", n);
        assert!(text.contains(word), "{n}: {text}");
    }
}

/// What a screen shows that did not come from a Fluent message, in the pseudo-locale: the
/// text outside `⟦…⟧` once the user's own words and data (numbers, ids, addresses, links)
/// are taken out. Empty when every word and mark on the screen is a translator's.
fn not_from_fluent(text: &str, said: &[String]) -> String {
    use barents_bot::core::i18n::{PSEUDO_CLOSE, PSEUDO_OPEN};
    let mut outside = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            PSEUDO_OPEN => depth += 1,
            PSEUDO_CLOSE => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => outside.push(' '),
        }
    }
    // What the user typed comes back as they typed it (names, titles, descriptions), whole or
    // word by word; data, not language: links, e-mail addresses, draft ids, numbers and amounts.
    let mut whole: Vec<&str> = said.iter().map(|s| s.trim()).filter(|s| s.chars().count() > 2).collect();
    whole.sort_by_key(|w| std::cmp::Reverse(w.len()));
    for w in whole {
        outside = outside.replace(w, " ");
    }
    let data = regex::Regex::new(r"https?://\S+|\S+@\S+|BS-\d{4}-\d{4}|[+]?\d[\d,.:/\u{a0}\u{202f}]*\d|\d").unwrap();
    let mut outside = data.replace_all(&outside, " ").into_owned();
    let mut words: Vec<&str> = said.iter().flat_map(|s| s.split_whitespace()).filter(|w| w.chars().count() > 1).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    for w in words {
        outside = outside.replace(w, " ");
    }
    outside.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every screen of every transcript, in an accented, lengthened pseudo-locale: no text that
/// did not come from a Fluent message (words or punctuation written in Rust, a concatenation),
/// and no raw placeholder.
#[test]
fn every_screen_of_every_transcript_comes_from_fluent_in_a_pseudo_locale() {
    // What it catches: a bullet, a dash or a word written in Rust; not the user's words or data.
    assert_eq!(not_from_fluent("• ⟦Ţĥíìš⟧ – Kari, 50,000 BS-2026-0001 ok", &["Kari".into()]), "• – , ok");
    assert_eq!(not_from_fluent("⟦Ğóòàáļš: ⟧Young singers aged 14 to 19 https://barents.no", &["Young singers aged 14 to 19".into()]), "");
    let (files, unreadable) = transcripts::read_all(&common::repo());
    assert!(unreadable.is_empty(), "{unreadable:?}");
    let mut contents: BTreeMap<String, Arc<Content>> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut screens = 0;
    for file in &files {
        let (name, t) = (&file.file, &file.transcript);
        let content = contents.entry(t.rules.clone()).or_insert_with(|| {
            let mut c = common::content(&t.rules);
            c.catalog = std::mem::replace(&mut c.catalog, barents_bot::core::i18n::Catalog::load([], &mut Default::default())).pseudo_localized();
            Arc::new(c)
        });
        let key = UserKey::new(Platform::Console, "pseudo");
        let runtime = Runtime::new(content.clone(), Arc::new(MemoryStore::new()));
        let mut said: Vec<String> = Vec::new();
        let mut question = 0;
        let mut events = vec![(Event::Resume, "start".to_owned())];
        for turn in &t.turns {
            events.push(match (&turn.say, &turn.press, &turn.press_stale) {
                (Some(text), _, _) => (Event::Text(text.clone()), format!("say {text:?}")),
                (_, Some(v), _) => (Event::Button { question: u32::MAX, value: v.clone() }, format!("press {v}")),
                (_, _, Some(v)) => (Event::Button { question: u32::MAX - 1, value: v.clone() }, format!("stale press {v}")),
                _ => continue,
            });
        }
        for (n, (event, what)) in events.into_iter().enumerate() {
            let event = match event {
                Event::Button { question: q, value } => Event::Button { question: if q == u32::MAX { question } else { question.saturating_sub(1) }, value },
                Event::Text(text) => {
                    said.push(text.clone());
                    Event::Text(text)
                }
                other => other,
            };
            let replies = runtime.turn(&key, Inbound { event, locale_hint: Some(Locale::En), now: t.now });
            question = runtime.store.load(&key).unwrap().session.question;
            // `/mydata`'s file is data for machines (JSON, keys as documented), not a text.
            for r in replies.iter().filter(|r| r.key.as_str() != "mydata-document") {
                screens += 1;
                let labels = r.choices.iter().flat_map(|c| &c.options).map(|o| o.label.as_str());
                for shown in std::iter::once(r.text.as_str()).chain(labels) {
                    if shown.contains("{$") || shown.contains("{ $") || shown.contains(&format!("[{}]", r.key)) {
                        failures.push(format!("{name} turn {n} ({what}): a raw placeholder in [{}]: {shown:?}", r.key));
                    }
                    let stray = not_from_fluent(shown, &said);
                    if !stray.is_empty() {
                        failures.push(format!("{name} turn {n} ({what}): [{}] shows {stray:?}, not from Fluent, in:\n{shown}", r.key));
                    }
                }
            }
        }
    }
    assert!(screens > 500, "only {screens} screens were seen");
    failures.dedup();
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n\n"));
}

/// Every message, in the pseudo-locale with every variable given: no raw placeholder, and all
/// of its text a translator's.
#[test]
fn every_message_renders_in_a_pseudo_locale() {
    use fluent_bundle::FluentArgs;
    let content = common::content("nordic-2024");
    let catalog = content.catalog.pseudo_localized();
    let mut failures = Vec::new();
    let ids: Vec<String> = catalog.language(Locale::En).messages.keys().cloned().collect();
    assert!(ids.len() > 300, "{} messages", ids.len());
    for id in &ids {
        let mut args = FluentArgs::new();
        for v in catalog.variables(Locale::En, id) {
            args.set(v, "ARG");
        }
        let text = catalog.format(Locale::En, &barents_bot::core::ids::MessageId::new(id.clone()), Some(&args));
        if text.contains("{$") || text.contains("{ $") || text.starts_with('[') || !text.contains('⟦') {
            failures.push(format!("{id}: {text:?}"));
        }
        let stray = not_from_fluent(&text, &["ARG".to_owned()]);
        if !stray.is_empty() {
            failures.push(format!("{id}: {stray:?} outside the translator's text in {text:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
