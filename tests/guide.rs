//! The content guide (`docs/content-guide.md`) cannot go stale: every ```toml block parses as
//! TOML and every ```ftl block as Fluent; every message id, `dialog:step`, file and
//! `barents-bot …` command named in its "Where is what" table exists; the `questions try`
//! example is what the binary prints for that command; and the "Reading `check`'s report"
//! example is what `check` prints for the mistake it describes, made in a copy of the shipped
//! content (numbers, such as line numbers, are compared as placeholders).

mod common;

use std::collections::BTreeSet;

fn guide() -> String {
    std::fs::read_to_string(common::repo().join("docs/content-guide.md")).unwrap()
}


/// The fenced blocks of the guide: (language, first line number, text).
fn blocks(text: &str) -> Vec<(String, usize, String)> {
    let mut out = Vec::new();
    let mut open: Option<(String, usize, String)> = None;
    for (i, line) in text.lines().enumerate() {
        match (&mut open, line.strip_prefix("```")) {
            (None, Some(lang)) => open = Some((lang.trim().to_owned(), i + 2, String::new())),
            (Some(_), Some(_)) => out.push(open.take().unwrap()),
            (Some((_, _, body)), None) => {
                body.push_str(line);
                body.push('\n');
            }
            (None, None) => {}
        }
    }
    assert!(open.is_none(), "a code block of the guide is not closed");
    out
}

/// The section of the guide under `heading`, up to the next heading of the same level.
fn section<'a>(text: &'a str, heading: &str) -> &'a str {
    let start = text.find(heading).unwrap_or_else(|| panic!("the guide has no section {heading:?}"));
    let rest = &text[start + heading.len()..];
    &rest[..rest.find("\n## ").unwrap_or(rest.len())]
}

/// The block that follows `$ <command>` (its first line), without that line.
fn example<'a>(text: &'a str, command: &str) -> &'a str {
    let blocks = blocks(text);
    let found = blocks.iter().find(|(_, _, b)| b.lines().next() == Some(command)).unwrap_or_else(|| panic!("the guide has no example of {command:?}"));
    let body = &found.2;
    let at = text.find(body.as_str()).unwrap();
    &text[at + command.len() + 1..at + body.len()]
}

#[test]
fn every_toml_and_ftl_example_parses() {
    let text = guide();
    let mut seen = 0;
    for (lang, line, body) in blocks(&text) {
        match lang.as_str() {
            "toml" => {
                if let Err(e) = toml::from_str::<toml::Table>(&body) {
                    panic!("docs/content-guide.md:{line}: the TOML example does not parse: {e}");
                }
            }
            "ftl" => {
                if let Err((_, errors)) = fluent_syntax::parser::parse(body.as_str()) {
                    panic!("docs/content-guide.md:{line}: the Fluent example does not parse: {errors:?}");
                }
            }
            _ => continue,
        }
        seen += 1;
    }
    assert!(seen >= 6, "only {seen} TOML and Fluent examples found in the guide");
}

/// Every message id of the English locale.
fn message_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for e in std::fs::read_dir(common::repo().join("locales/en")).unwrap().flatten() {
        let text = std::fs::read_to_string(e.path()).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(r, _)| r);
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.insert(m.id.name.to_owned());
            }
        }
    }
    ids
}

/// Every dialog's id with the ids of its steps, and every key a step or a version file uses.
fn dialogs() -> (Vec<(String, Vec<String>)>, BTreeSet<String>) {
    let mut out = Vec::new();
    let mut keys = BTreeSet::new();
    for e in std::fs::read_dir(common::repo().join("dialogs")).unwrap().flatten() {
        let table: toml::Table = toml::from_str(&std::fs::read_to_string(e.path()).unwrap()).unwrap();
        let id = table["id"].as_str().unwrap().to_owned();
        let steps = table.get("step").and_then(|s| s.as_array()).cloned().unwrap_or_default();
        let mut ids = Vec::new();
        for s in steps.iter().filter_map(|s| s.as_table()) {
            keys.extend(s.keys().cloned());
            ids.push(s["id"].as_str().unwrap().to_owned());
        }
        out.push((id, ids));
    }
    // And the keys of the schemes' version files (`[[rule]]`, `reason`, `notice`).
    for scheme in std::fs::read_dir(common::repo().join("config/rules")).unwrap().flatten().filter(|e| e.path().is_dir()) {
        for e in std::fs::read_dir(scheme.path()).unwrap().flatten() {
            let table: toml::Table = toml::from_str(&std::fs::read_to_string(e.path()).unwrap()).unwrap();
            for (key, value) in table {
                if let Some(items) = value.as_array() {
                    keys.extend(items.iter().filter_map(|i| i.as_table()).flat_map(|t| t.keys().cloned()));
                }
                keys.insert(key);
            }
        }
    }
    (out, keys)
}

fn backticked(line: &str) -> Vec<&str> {
    line.split('`').skip(1).step_by(2).collect()
}

#[test]
fn everything_the_where_is_what_table_names_exists() {
    let text = guide();
    let table = section(&text, "## Where is what");
    let ids = message_ids();
    let (dialogs, keys) = dialogs();
    let repo = common::repo();
    let mut problems = Vec::new();
    let mut checked = 0;
    for line in table.lines().filter(|l| l.starts_with('|') && !l.starts_with("| ---") && !l.starts_with("| what")) {
        for name in backticked(line) {
            checked += 1;
            if let Some(command) = name.strip_prefix("barents-bot ") {
                let words: Vec<&str> = command.split(' ').take_while(|w| !w.starts_with('-') && !w.starts_with('"')).collect();
                let o = common::barents(&[words.as_slice(), &["--help"]].concat(), &repo);
                if !o.status.success() {
                    problems.push(format!("command `{name}` does not exist: {}", String::from_utf8_lossy(&o.stderr)));
                }
            } else if name.starts_with('$') {
                // A variable the message receives.
            } else if name.contains('/') || name.ends_with(".toml") || name.ends_with(".ftl") {
                if !repo.join(name).exists() {
                    problems.push(format!("file `{name}` does not exist"));
                }
            } else if let Some((dialog, step)) = name.split_once(':') {
                match dialogs.iter().find(|(d, _)| d == dialog) {
                    None => problems.push(format!("dialog `{dialog}` (in `{name}`) does not exist")),
                    Some((_, steps)) if !steps.iter().any(|s| s == step) => problems.push(format!("dialog `{dialog}` has no step `{step}`")),
                    Some(_) => {}
                }
            } else if let Some(at) = name.find(['…', '<']) {
                // A family of messages: `reason-…`, `kb-<id>-title`.
                let prefix = &name[..at];
                let suffix = name.rfind('>').map_or("", |end| &name[end + 1..]);
                if !ids.iter().any(|id| id.starts_with(prefix) && id.ends_with(suffix) && id.len() > prefix.len() + suffix.len()) {
                    problems.push(format!("no message id of the form `{name}` in locales/en"));
                }
            } else if !name.contains('-') {
                // A key of a step (`items`, `help`) or of a version file (`[[rule]]`, `reason`).
                if !keys.contains(name.trim_start_matches("[[").trim_end_matches("]]")) {
                    problems.push(format!("no step in dialogs/ has a key `{name}`"));
                }
            } else if !ids.contains(name) {
                problems.push(format!("message `{name}` is not in locales/en"));
            }
        }
    }
    assert!(checked > 50, "the \"Where is what\" table names only {checked} things");
    assert!(problems.is_empty(), "the guide's \"Where is what\" table is stale:\n{}", problems.join("\n"));
}

/// Splits a command line as a shell would, for the guide's simple quoting.
fn shell_words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                if !word.is_empty() {
                    out.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

#[test]
fn the_questions_try_example_is_what_the_binary_prints() {
    let text = guide();
    let block = blocks(&text).into_iter().map(|(_, _, b)| b).find(|b| b.starts_with("$ barents-bot questions try")).expect("the guide has a `questions try` example");
    let (command, expected) = block.split_once('\n').unwrap();
    let args = shell_words(command.strip_prefix("$ barents-bot ").unwrap());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().to_string_lossy().into_owned();
    let o = common::barents(&[&["--content", common::repo().to_str().unwrap(), "--data-dir", &dir], args.as_slice()].concat(), &common::repo());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let printed = String::from_utf8_lossy(&o.stdout);
    assert_eq!(printed.trim_end(), expected.trim_end(), "docs/content-guide.md: the `{command}` example differs from what the binary prints: copy its output into the guide");
}

/// Numbers (line numbers, counts) as a placeholder, so that the example stays true when the
/// content around the mistake grows.
fn without_numbers(text: &str) -> String {
    let mut out = String::new();
    for c in text.trim_end().chars() {
        if c.is_ascii_digit() {
            if !out.ends_with('#') {
                out.push('#');
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn the_check_report_example_is_what_check_prints_for_that_mistake() {
    let text = guide();
    let expected = example(section(&text, "## Reading `check`'s report"), "$ barents-bot check").to_owned();
    let dir = common::copy_of_shipped();
    // The mistake the guide describes: the step `started` goes to `budgte`, not `budget` ...
    common::edit(dir.path(), "dialogs/eligibility.toml", |t| {
        let at = t.find("id = \"started\"").expect("the eligibility check has a step `started`");
        let next = at + t[at..].find("next = \"budget\"").expect("the step `started` goes to `budget`");
        format!("{}next = \"budgte\"{}", &t[..next], &t[next + "next = \"budget\"".len()..])
    });
    // ... and the Norwegian text of the question was renamed to `eligibility-budjet`.
    common::edit(dir.path(), "locales/nb/eligibility.ftl", |t| t.replace("\neligibility-budget =", "\neligibility-budjet ="));
    let o = common::barents(&["check"], dir.path());
    assert_eq!(o.status.code(), Some(1));
    let printed = String::from_utf8_lossy(&o.stdout);
    assert_eq!(without_numbers(&printed), without_numbers(&expected), "docs/content-guide.md: the example under \"Reading `check`'s report\" differs from what `check` prints:\n{printed}");
    // The folded consequences are there for `check --all`.
    let all = common::barents(&["check", "--all"], dir.path());
    assert!(String::from_utf8_lossy(&all.stdout).contains("problem(s) that follow from it:"), "{}", String::from_utf8_lossy(&all.stdout));
}
