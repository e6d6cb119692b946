//! `barents-bot check` on the shipped content and on broken content: every problem is named
//! with its file and line, errors exit 1, warnings alone exit 0, and `run` refuses bad content.

mod common;

use std::path::Path;
use std::process::Output;


fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn shipped_content_is_clean() {
    let o = common::barents(&["check"], &common::repo());
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("0 error(s), 0 warning(s)"), "{}", stdout(&o));
}

#[test]
fn the_built_in_content_is_used_outside_a_content_directory() {
    let empty = tempfile::tempdir().unwrap();
    let o = common::barents(&["check"], empty.path());
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn every_kind_of_mistake_is_named_with_file_and_line() {
    let o = common::barents(&["check", "--content", "tests/fixtures/broken"], &common::repo());
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    for expected in [
        "dialogs/main.toml:11: error: menu `menu` offers unknown dialog `missing-dialog`",
        "dialogs/trip.toml:19: error: duplicate step id `ask-name` (first defined on line 5)",
        "dialogs/trip.toml:13: error: step `orphan` is unreachable",
        // The dead end this leaves at `ask-name` follows from it: folded under it.
        "dialogs/trip.toml:11: error: step `ask-name` goes to unknown step `nowhere` in dialog `trip`\n    and 1 problem that follows from it",
        "dialogs/trip.toml:10: error: step `ask-name`: invalid regex `([a-z`",
        "dialogs/trip.toml:28: error: step `check` reads slot `age` before any path can set it",
        "dialogs/trip.toml:36: error: option value `this-value-is-far-too-long-for-telegram-callback-data-ok` is 56 bytes",
        "dialogs/trip.toml:8: error: message `ask-name` is missing in locales/nb/",
        "dialogs/typo.toml:7: error: unknown field `colour`",
        "locales/en/main.ftl:6: error: message `greeting` uses variable $nobody",
        "locales/ru/main.ftl:7: error: label `long-label` is 95 characters; buttons allow 80",
        "locales/en/main.ftl:9: error: Fluent syntax error",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
}

#[test]
fn a_missing_norwegian_message_fails_check_and_run() {
    let dir = common::copy_of_shipped();
    common::edit(dir.path(), "locales/nb/eligibility.ftl", |t| {
        t.lines().filter(|l| !l.starts_with("eligibility-started =")).collect::<Vec<_>>().join("\n") + "\n"
    });
    let o = common::barents(&["check", "--content", dir.path().to_str().unwrap()], dir.path());
    assert_eq!(o.status.code(), Some(1));
    let line = std::fs::read_to_string(dir.path().join("dialogs/eligibility.toml"))
        .unwrap()
        .lines()
        .position(|l| l.contains("text = \"eligibility-started\""))
        .unwrap()
        + 1;
    let want = format!("dialogs/eligibility.toml:{line}: error: message `eligibility-started` is missing in locales/nb/");
    assert!(stdout(&o).contains(&want), "missing {want:?} in:\n{}", stdout(&o));
    let data = tempfile::tempdir().unwrap();
    let run = common::barents(&["--data-dir", data.path().to_str().unwrap(), "run"], dir.path());
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("missing in locales/nb/"));
    assert!(stdout(&run).is_empty(), "nothing is said to users from broken content");
}

/// The operator's command line is held to the same rules: each of its messages in every
/// language, with only the variables the code gives it.
#[test]
fn a_missing_or_mistaken_command_line_message_fails_check() {
    let dir = common::copy_of_shipped();
    common::edit(dir.path(), "locales/ru/operator.ftl", |t| t.lines().filter(|l| !l.starts_with("cli-status-claimed =")).collect::<Vec<_>>().join("\n") + "\n");
    common::edit(dir.path(), "locales/nb/operator.ftl", |t| t.replacen("cli-closed = { $id } er avsluttet", "cli-closed = { $id } er avsluttet av { $adviser }", 1));
    let o = common::barents(&["check"], dir.path());
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("message `cli-status-claimed`, which the bot itself uses, is missing in locales/ru/"), "{}", stdout(&o));
    assert!(stdout(&o).contains("locales/nb/operator.ftl:") && stdout(&o).contains("message `cli-closed` uses variable $adviser; it gets $id"), "{}", stdout(&o));
}

#[test]
fn an_unknown_target_fails_check_and_console() {
    let dir = common::copy_of_shipped();
    common::edit(dir.path(), "dialogs/eligibility.toml", |t| t.replacen("next = \"budget\"", "next = \"budgte\"", 1));
    let o = common::barents(&["check"], dir.path());
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("dialogs/eligibility.toml:") && stdout(&o).contains("unknown step `budgte`"), "{}", stdout(&o));
    let data = tempfile::tempdir().unwrap();
    let console = common::barents(&["console", "--data-dir", data.path().to_str().unwrap()], dir.path());
    assert_eq!(console.status.code(), Some(1));
}

#[test]
fn a_question_outside_the_parts_or_a_part_going_back_is_named() {
    let dir = common::copy_of_shipped();
    // "title" left out of its part; "topics" moved to the last part, so the way on from it to
    // "costs" (part 2) goes back.
    common::edit(dir.path(), "dialogs/application.toml", |t| {
        t.replacen("steps = [\"title\", ", "steps = [", 1)
            .replacen("steps = [\"topics\", ", "steps = [", 1)
            .replacen("\"partner-financing\", \"amount\"]", "\"partner-financing\", \"amount\", \"topics\"]", 1)
    });
    let o = common::barents(&["check"], dir.path());
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let out = stdout(&o);
    assert!(out.contains("question `title` is in no [[section]]"), "{out}");
    assert!(out.contains("after `topics` (part 5) comes `costs` of an earlier part (2)"), "{out}");
}

#[test]
fn warnings_alone_exit_zero() {
    let dir = common::copy_of_shipped();
    common::edit(dir.path(), "locales/ru/main.ftl", |t| t + "forgotten-text = Никто меня не использует\n");
    let o = common::barents(&["check"], dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("locales/ru/main.ftl:") && stdout(&o).contains("warning: message `forgotten-text` is not used"));
}

#[test]
fn a_usage_error_exits_two() {
    let o = common::barents(&["check", "--no-such-flag"], &common::repo());
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn knowledge_base_mistakes_are_named_with_file_and_line() {
    let dir = common::copy_of_shipped();
    common::edit(dir.path(), "config/knowledge.toml", |t| {
        t.replacen("articles = [\"bureaucracy\"]", "articles = [\"bureaucracy\", \"visas\"]", 1).replacen("related = [\"trust\", \"formality\", \"planning\"]", "related = [\"trust\", \"hierachy\"]", 1)
            + "\n[[article]]\nid = \"orphan\"\nrules = [\"nordic-2025\"]\n"
    });
    common::edit(dir.path(), "config/knowledge.toml", |t| t.replacen("at_risk = \"safety-contact\"", "at_risk = \"safety-contacts\"", 1));
    // A title that fits a button, but not after "Читайте также: ".
    common::edit(dir.path(), "locales/ru/knowledge.ftl", |t| {
        t.lines().map(|l| if l.starts_with("kb-trust-title =") { format!("kb-trust-title = {}", "д".repeat(75)) } else { l.to_owned() }).collect::<Vec<_>>().join("\n") + "\n"
    });
    common::edit(dir.path(), "locales/nb/knowledge.ftl", |t| t.lines().filter(|l| !l.starts_with("kb-trust-short =")).collect::<Vec<_>>().join("\n") + "\n");
    common::edit(dir.path(), "config/synonyms.toml", |t| t + "\n[sv]\nstop = [\"och\"]\n");
    let o = common::barents(&["check"], dir.path());
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    for expected in [
        "topic `practical` lists unknown article `visas`",
        "names unknown related article `hierachy`",
        "article `orphan` is in no topic, so browsing never reaches it",
        "article `orphan` has texts for unknown rule set `nordic-2025`",
        "message `kb-orphan-title` is missing in locales/en/",
        "message `kb-trust-short` is missing in locales/nb/",
        "`at_risk` names unknown article `safety-contacts`",
        "`kb-read-also` with the title of `trust` is 90 characters in ru",
        "config/synonyms.toml:",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
    assert!(out.lines().any(|l| l.starts_with("config/knowledge.toml:") && l.contains("orphan")), "{out}");
}

#[test]
fn mistakes_in_how_people_write_are_named_with_file_and_line() {
    let dir = common::copy_of_shipped();
    common::edit(dir.path(), "config/understanding/en.toml", |t| {
        let t = t.replace("[journeys]\n", "[journeys]\nnowhere = [\"go nowhere\"]\n");
        format!("{t}\nno-such-label = [\"whatever\"]\n")
    });
    common::edit(dir.path(), "config/understanding/nb.toml", |t| t.replace("[intents]\n", "[intents]\nfarewell = [\"ha det\"]\n"));
    common::edit(dir.path(), "config/places.toml", |t| format!("{t}\n[atlantis]\ncountry = \"ocean\"\nplaces = [\"Atlantis\", \"!!\"]\n"));
    std::fs::remove_file(dir.path().join("config/understanding/ru.toml")).unwrap();
    let o = common::barents(&["check", "--content", "."], dir.path());
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let out = stdout(&o);
    let line_of = |file: &str, needle: &str| std::fs::read_to_string(dir.path().join(file)).unwrap().lines().position(|l| l.contains(needle)).unwrap() + 1;
    for expected in [
        format!("config/understanding/en.toml:{}: error: [journeys] `nowhere` is not a dialog", line_of("config/understanding/en.toml", "nowhere =")),
        format!("config/understanding/en.toml:{}: error: [options] `no-such-label` is not the label of an option in any dialog", line_of("config/understanding/en.toml", "no-such-label")),
        format!("config/understanding/nb.toml:{}: error: unknown field `farewell`", line_of("config/understanding/nb.toml", "farewell")),
        format!("config/places.toml:{}: error: `atlantis` is not the value of an option in any dialog", line_of("config/places.toml", "[atlantis]")),
        format!("config/places.toml:{}: error: `ocean` is not the value of an option in any dialog", line_of("config/places.toml", "[atlantis]")),
        "config/understanding/ru.toml:1: error: missing: how people write in `ru`".to_owned(),
    ] {
        assert!(out.contains(&expected), "missing {expected:?} in:\n{out}");
    }
    assert!(out.contains("`!!` has no words to match"), "{out}");
}

/// The one error `check` reports for a mistake, and how many problems are folded under it.
fn the_one_error(dir: &Path) -> (String, String) {
    let o = common::barents(&["check", "--content", dir.to_str().unwrap()], dir);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let out = stdout(&o);
    let errors: Vec<&str> = out.lines().filter(|l| l.contains(": error: ") && !l.starts_with(' ')).collect();
    assert_eq!(errors.len(), 1, "one mistake, one error:\n{out}");
    assert!(out.contains("1 error(s), 0 warning(s)"), "{out}");
    (errors[0].to_owned(), out)
}

/// The 1-based line of the first line of `file` that holds `needle`.
fn line_of(dir: &Path, file: &str, needle: &str) -> usize {
    std::fs::read_to_string(dir.join(file)).unwrap().lines().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle} in {file}")) + 1
}

#[test]
fn a_mistyped_step_is_one_error_with_the_step_meant_and_its_consequences_folded() {
    let dir = common::copy_of_shipped();
    common::edit(dir.path(), "dialogs/eligibility.toml", |t| t.replacen("next = \"costs\"", "next = \"cost\"", 1));
    let line = line_of(dir.path(), "dialogs/eligibility.toml", "next = \"cost\"");
    let (error, out) = the_one_error(dir.path());
    assert!(error.starts_with(&format!("dialogs/eligibility.toml:{line}: error: step `topics` goes to unknown step `cost`")), "{error}");
    assert!(error.ends_with("did you mean `costs`?"), "{error}");
    assert!(out.contains("problems that follow from it and go away when it is fixed"), "{out}");
    // Asked for, the consequences are listed under the cause.
    let all = common::barents(&["check", "--all", "--content", dir.path().to_str().unwrap()], dir.path());
    let all = stdout(&all);
    assert!(all.contains("    dialogs/eligibility.toml:") && all.contains("can never reach an `end`") && all.contains("is unreachable"), "{all}");
}

#[test]
fn a_duplicate_step_id_linked_into_the_flow_is_one_error() {
    let dir = common::copy_of_shipped();
    common::edit(dir.path(), "dialogs/eligibility.toml", |t| {
        t.replacen("[[step]]\nid = \"costs\"", "[[step]]\nid = \"topics\"\nkind = \"yes_no\"\ntext = \"eligibility-registered\"\nslot = \"youth\"\nnext = \"costs\"\n\n[[step]]\nid = \"costs\"", 1)
    });
    // The step's `[[step]]` line, four above its slot.
    let line = line_of(dir.path(), "dialogs/eligibility.toml", "slot = \"youth\"") - 4;
    let (error, _) = the_one_error(dir.path());
    assert!(error.starts_with(&format!("dialogs/eligibility.toml:{line}: error: duplicate step id `topics`")), "{error}");
}

#[test]
fn an_unclosed_choice_in_a_message_is_one_error_where_it_opens() {
    let dir = common::copy_of_shipped();
    // The `}` that closes the main menu's choice, deleted.
    common::edit(dir.path(), "locales/en/main.ftl", |t| t.replacen("        What would you like to do?\n    }\n", "        What would you like to do?\n", 1));
    let line = line_of(dir.path(), "locales/en/main.ftl", "main-menu = {");
    let (error, out) = the_one_error(dir.path());
    assert!(error.starts_with(&format!("locales/en/main.ftl:{line}: error: Fluent syntax error:")), "{error}");
    assert!(error.contains("never closed") && error.contains("end it with `}`"), "{error}");
    assert!(!out.contains("is missing in"), "the message the broken text held is not reported missing on its own:\n{out}");
}

#[test]
fn a_continuation_line_without_indentation_is_told_to_start_with_spaces() {
    let dir = common::copy_of_shipped();
    common::edit(dir.path(), "locales/en/eligibility.ftl", |t| t.replacen("under which scheme. I will ask", "under which scheme.\nI will ask", 1));
    let line = line_of(dir.path(), "locales/en/eligibility.ftl", "I will ask about a dozen");
    let (error, _) = the_one_error(dir.path());
    assert!(error.starts_with(&format!("locales/en/eligibility.ftl:{line}: error: Fluent syntax error:")), "{error}");
    assert!(error.contains("must start with spaces"), "{error}");
}

#[test]
fn a_quoted_amount_in_a_rule_is_told_to_be_a_number() {
    let dir = common::copy_of_shipped();
    // Lowering the small-project limit in its one place, written as it reads.
    common::edit(dir.path(), "config/rules/nordic-2024/2024.1.toml", |t| t.replacen("small_project = 50000", "small_project = \"30 000\"", 1));
    let line = line_of(dir.path(), "config/rules/nordic-2024/2024.1.toml", "\"30 000\"");
    let (error, out) = the_one_error(dir.path());
    assert!(error.starts_with(&format!("config/rules/nordic-2024/2024.1.toml:{line}: error: write the amount as a number, without quotes or spaces: 30000")), "{out}");
    assert!(!out.contains("unknown rule set"), "the articles of the rule set follow from it:\n{out}");
}

#[test]
fn a_misspelled_slot_in_a_rule_is_reported_in_the_rule_with_the_slot_meant() {
    let dir = common::copy_of_shipped();
    common::edit(dir.path(), "config/rules/nordic-2024/2024.1.toml", |t| t.replacen("slot = \"started\"", "slot = \"startd\"", 1));
    let line = line_of(dir.path(), "config/rules/nordic-2024/2024.1.toml", "\"startd\"");
    let (error, _) = the_one_error(dir.path());
    assert_eq!(error, format!("config/rules/nordic-2024/2024.1.toml:{line}: error: the rule reads slot `startd`, which no question asks; did you mean `started`?"));
}

#[test]
fn a_mistyped_message_id_is_said_once_with_the_id_meant() {
    let dir = common::copy_of_shipped();
    common::edit(dir.path(), "dialogs/eligibility.toml", |t| t.replacen("text = \"eligibility-costs\"", "text = \"eligibility-cost\"", 1));
    let line = line_of(dir.path(), "dialogs/eligibility.toml", "\"eligibility-cost\"");
    let (error, _) = the_one_error(dir.path());
    assert_eq!(error, format!("dialogs/eligibility.toml:{line}: error: message `eligibility-cost` is missing in locales/en/, locales/nb/ and locales/ru/; did you mean `eligibility-costs`?"));
}
