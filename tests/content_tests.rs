//! `barents-bot check --tests`, as a content editor runs it: on the shipped content every set
//! passes and its figures are printed; when an editor adds a question to the eligibility check
//! or takes an article's keywords away, the run fails and names the conversation, the turn and
//! the questions that no longer do what their test files expect.

mod common;

use std::path::Path;

/// The content's own test data, copied beside the content.
const TEST_SETS: [&str; 4] = ["tests/transcripts", "tests/knowledge", "tests/understanding", "tests/eligibility"];

fn check_tests(cwd: &Path) -> (Option<i32>, String) {
    let o = common::barents(&["check", "--tests"], cwd);
    (o.status.code(), String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr))
}

/// A content folder as an editor has it: dialogs, locales, config and tests.
fn copy_of_shipped() -> tempfile::TempDir {
    let dir = common::copy_of_shipped();
    let repo = common::repo();
    for set in TEST_SETS {
        std::fs::create_dir_all(dir.path().join(set)).unwrap();
        for e in std::fs::read_dir(repo.join(set)).unwrap() {
            let from = e.unwrap().path();
            std::fs::copy(&from, dir.path().join(set).join(from.file_name().unwrap())).unwrap();
        }
    }
    dir
}

fn nth_header(file: &Path, header: &str, n: usize) -> usize {
    std::fs::read_to_string(file).unwrap().lines().enumerate().filter(|(_, l)| l.trim() == header).nth(n - 1).unwrap().0 + 1
}

#[test]
fn the_shipped_content_passes_its_tests_and_shows_the_figures() {
    let (code, out) = check_tests(&common::repo());
    assert_eq!(code, Some(0), "{out}");
    assert!(out.starts_with("0 error(s), 0 warning(s)\n"), "the check's own report comes first:\n{out}");
    let figures = regex::Regex::new(r"understanding: en \d+\.\d % \(\d+/\d+\), nb \d+\.\d % \(\d+/\d+\), ru \d+\.\d % \(\d+/\d+\); needs 90 % in each language").unwrap();
    assert!(figures.is_match(&out), "{out}");
    for rules in ["nordic-2024", "norwegian-russian"] {
        let line = out.lines().find(|l| l.starts_with(&format!("resource centre (tests/knowledge/questions.toml), with {rules} open: found first "))).unwrap_or_else(|| panic!("no figures with {rules} open:\n{out}"));
        assert!(line.contains("en ") && line.contains("nb ") && line.contains("ru ") && line.contains("needs 85 % first (in each language) and 95 % in the first three"), "{line}");
    }
    let transcripts = std::fs::read_dir(common::repo().join("tests/transcripts")).unwrap().count();
    assert!(out.contains(&format!("conversations (tests/transcripts/*.toml, in en, nb and ru): {transcripts} of {transcripts} as expected")), "{out}");
    assert!(out.contains("eligibility cases (tests/eligibility/cases.toml): ") && out.contains("give the expected verdict"), "{out}");
    assert!(out.trim_end().ends_with("check --tests: everything passed"), "{out}");
}

#[test]
fn a_new_question_in_the_eligibility_check_names_the_conversations_and_cases_it_changes() {
    let dir = copy_of_shipped();
    // A new yes/no question after the topics, with its text in every language: `check` passes.
    common::edit(dir.path(), "dialogs/eligibility.toml", |t| {
        assert_eq!(t.matches("next = \"costs\"").count(), 1);
        t.replacen("next = \"costs\"", "next = \"partner-met\"", 1)
            + "\n[[step]]\nid = \"partner-met\"\nkind = \"yes_no\"\ntext = \"eligibility-partner-met\"\nhelp = \"eligibility-partner-met-help\"\nslot = \"partner_met\"\nnext = \"costs\"\n"
    });
    for (lang, question, help) in [("en", "Have you met your partner in person?", "A meeting helps."), ("nb", "Har dere møtt partneren?", "Et møte hjelper."), ("ru", "Вы встречались с партнёром?", "Встреча помогает.")] {
        common::edit(dir.path(), &format!("locales/{lang}/eligibility.ftl"), |t| format!("{t}\neligibility-partner-met = {question}\neligibility-partner-met-help = {help}\n"));
    }
    let (code, out) = check_tests(dir.path());
    assert_eq!(code, Some(1), "{out}");
    assert!(out.starts_with("0 error(s), 0 warning(s)\n"), "{out}");
    // Turn 8 of the transcript sends "1, 3" (the topics) and expected the costs question.
    let line = nth_header(&dir.path().join("tests/transcripts/eligibility-fits.toml"), "[[turn]]", 8);
    let want = format!(
        "tests/transcripts/eligibility-fits.toml:{line}: conversation \"A Troms association with partners in Norrbotten and Lapland meets the current scheme: 70 % of the Norwegian side's costs.\" changed at turn 8 (you send \"1, 3\"): expected the bot to say `eligibility-costs` but it said `eligibility-partner-met` (\"Have you met your partner in person?\"). If you added or changed a question or a message on purpose, update this turn of the transcript."
    );
    assert!(out.contains(&want), "missing {want:?} in:\n{out}");
    let case = nth_header(&dir.path().join("tests/eligibility/cases.toml"), "[[case]]", 1);
    assert!(out.contains(&format!("tests/eligibility/cases.toml:{case}: case ")) && out.contains("the check asks `eligibility-partner-met` (\"Have you met your partner in person?\"), and the case gives no answer for it: add `partner_met = …` under [case.answers]"), "{out}");
    let summary = out.lines().last().unwrap();
    assert!(summary.starts_with("check --tests: FAILED: ") && summary.contains("conversation(s) changed") && summary.contains("eligibility case(s) failed"), "{summary}");
    // Plain `check` still passes: only the tests know what the conversations expected.
    let o = common::barents(&["check"], dir.path());
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn articles_without_their_keywords_name_the_questions_that_no_longer_find_them() {
    let dir = copy_of_shipped();
    for lang in ["en", "nb", "ru"] {
        common::edit(dir.path(), &format!("locales/{lang}/knowledge.ftl"), |t| {
            t.lines()
                .map(|l| match ["funded", "deadlines", "budget"].iter().find(|a| l.starts_with(&format!("kb-{a}-keywords ="))) {
                    Some(a) => format!("kb-{a}-keywords = zzzz"),
                    None => l.to_owned(),
                })
                .collect::<Vec<_>>()
                .join("\n")
                + "\n"
        });
    }
    let (code, out) = check_tests(dir.path());
    assert_eq!(code, Some(1), "{out}");
    let questions = std::fs::read_to_string(dir.path().join("tests/knowledge/questions.toml")).unwrap();
    let text_line = questions.lines().position(|l| l == "text = \"can we pay salaries with the grant?\"").unwrap();
    let header = questions.lines().take(text_line).collect::<Vec<_>>().iter().rposition(|l| l.trim() == "[[question]]").unwrap() + 1;
    let want = format!("tests/knowledge/questions.toml:{header}: [en] \"can we pay salaries with the grant?\" should find `funded` \"What can be funded, and what not?\" first; it found ");
    assert!(out.contains(&want), "missing {want:?} in:\n{out}");
    let summary = out.lines().last().unwrap();
    assert!(summary.starts_with("check --tests: FAILED: ") && summary.contains("found their article first; needs 85 %"), "{summary}");
}

#[test]
fn the_built_in_content_has_no_tests_to_run_and_says_so() {
    let empty = tempfile::tempdir().unwrap();
    let (code, out) = check_tests(empty.path());
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("check --tests: the content built into the program has no tests folder. Run it in your content folder"), "{out}");
}
