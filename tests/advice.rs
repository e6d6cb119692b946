//! The resource centre through the console binary and the command line: questions answered in
//! their own language, the ones nobody could answer kept anonymously for `questions list`,
//! "did this help?" counted for `questions feedback`, and the configured rule set deciding
//! both the eligibility verdict and the advice that depends on it.

mod common;

use common::Console;
use std::process::Command;

fn questions(data: &std::path::Path, args: &[&str]) -> (Option<i32>, String) {
    let o = Command::new(common::binary()).args(["--data-dir", data.to_str().unwrap(), "questions"]).args(args).current_dir(std::env::temp_dir()).output().unwrap();
    (o.status.code(), String::from_utf8_lossy(&o.stdout).into_owned())
}

#[test]
fn questions_are_answered_and_the_unanswered_ones_reach_the_advisers_without_contact_details() {
    let data = tempfile::tempdir().unwrap();
    let mut c = Console::start(data.path(), &["console", "--user", "ivan", "--lang", "ru"]);
    c.wait_for("[4]");
    c.send("Как найти партнёра в Норвегии?");
    let answer = c.wait_for("Вернуться назад");
    assert!(answer.contains("Вот что я нашёл") && answer.contains("Как найти партнёра (совпадение"), "{answer}");
    c.send("1");
    assert!(c.wait_for("Вернуться назад").contains("Это помогло?"));
    c.send("Да, помогло");
    assert!(c.wait_for("Вернуться назад").contains("Спасибо"));
    c.send("сколько стоит билет на футбол в Мурманске? пишите на ivan@example.ru");
    let unsure = c.wait_for("Вернуться назад");
    assert!(unsure.contains("Отправить мой вопрос консультанту"), "{unsure}");
    c.finish();

    let (code, list) = questions(data.path(), &["list"]);
    assert_eq!(code, Some(0));
    assert!(list.contains("\tru\tсколько стоит билет на футбол в Мурманске? пишите на [e-mail]"), "{list}");
    assert!(!list.contains("ivan"), "nobody is named: {list}");
    let (_, feedback) = questions(data.path(), &["feedback"]);
    assert!(feedback.lines().any(|l| l == "find-partner\t1\t0"), "{feedback}");
    let (code, tried) = questions(data.path(), &["try", "trenger vi tolk på møtene?"]);
    assert_eq!(code, Some(0));
    assert!(tried.starts_with("answered") && tried.lines().nth(1).is_some_and(|l| l.starts_with("language\t")), "{tried}");
    assert!(tried.contains("tolk: tolk"), "{tried}");
}

#[test]
fn the_configured_rule_set_decides_the_verdict_and_the_advice() {
    // A Troms choir with a partner in Norrbotten: outside the Norwegian–Russian scheme,
    // inside the scheme since 2024.
    let eligibility = ["1", "1", "2", "2", "1", "1", "1", "1", "Two choirs rehearse online and give a concert in each town.", "2", "90000"];
    let verdict = |rules: &str| {
        let data = tempfile::tempdir().unwrap();
        let mut c = Console::start_with(data.path(), &["console", "--lang", "en"], &[("BARENTS_RULES", rules)]);
        c.wait_for("[4]");
        c.send("/advice budget own financing");
        let advice = c.wait_for("Back to where I was");
        c.send("/start eligibility");
        for a in eligibility {
            c.send(a);
        }
        let out = c.wait_for("Checked against");
        let out = out + &c.wait_for("[4]");
        c.finish();
        (advice, out)
    };
    let (advice, nr) = verdict("norwegian-russian");
    assert!(nr.contains("Norwegian–Russian") && nr.contains("does not fit"), "{nr}");
    assert!(advice.contains("50% for business projects"), "{advice}");
    let (advice, nordic) = verdict("nordic-2024");
    assert!(nordic.contains("(from 2024)") && nordic.contains("fits"), "{nordic}");
    assert!(nordic.contains("NOK 200 an hour"), "the 2024 budget rules: {nordic}");
    assert!(advice.contains("70% of the Norwegian costs"), "{advice}");
}
