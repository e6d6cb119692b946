//! The chat commands of the interface contract, parsed once from typed text.

use super::locale::Locale;

#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// `/start [dialog]`: the main menu, or a dialog directly (deep links).
    Start(Option<String>),
    /// The eligibility check (`[conversation] criteria_dialog`): Discord's `/barents criteria`.
    Criteria,
    Help,
    Back,
    Skip,
    Restart,
    Cancel,
    /// `/language [en|nb|ru]`; `Err` keeps what was typed when it is not a language we speak.
    Language(Option<Result<Locale, String>>),
    Status,
    /// `/advice [question]`: the resource centre's topics, or the answers to a question.
    Advice(Option<String>),
    /// `/partners [search]`: the partner registry, or a search in it.
    Partners(Option<String>),
    Adviser,
    Privacy,
    MyData,
    Forget,
    /// `/stats`: the activity summary, and where the activity page is.
    Stats,
    Unknown(String),
}

/// The command names, for help texts and platform command menus.
pub const NAMES: &[&str] =
    &["start", "help", "back", "skip", "restart", "cancel", "language", "status", "advice", "partners", "adviser", "privacy", "mydata", "forget", "stats"];

impl Command {
    /// `None` when the text is not a command at all. Accepts `/cmd@botname` as Telegram groups send it.
    pub fn parse(text: &str) -> Option<Command> {
        let rest = text.trim().strip_prefix('/')?;
        let (head, arg) = match rest.split_once(char::is_whitespace) {
            Some((h, a)) => (h, Some(a.trim()).filter(|a| !a.is_empty())),
            None => (rest, None),
        };
        let name = head.split('@').next().unwrap_or("").to_lowercase();
        Some(match name.as_str() {
            "start" => Command::Start(arg.map(str::to_owned)),
            // What a Norwegian or Russian speaker types first, in their own words.
            "meny" | "меню" => Command::Start(None),
            "criteria" => Command::Criteria,
            "help" | "hjelp" | "помощь" => Command::Help,
            "back" | "tilbake" | "назад" => Command::Back,
            "skip" | "hopp" | "hoppover" | "пропустить" => Command::Skip,
            "restart" | "omstart" | "заново" => Command::Restart,
            "cancel" | "avbryt" | "отмена" => Command::Cancel,
            "language" | "lang" | "språk" | "sprak" | "язык" => Command::Language(arg.map(|a| Locale::from_hint(a).or_else(|| Locale::from_name(a)).ok_or_else(|| a.to_owned()))),
            "status" | "статус" => Command::Status,
            "advice" | "ask" | "råd" | "совет" | "советы" => Command::Advice(arg.map(str::to_owned)),
            "partners" | "partner" | "partnere" | "партнёры" | "партнеры" => Command::Partners(arg.map(str::to_owned)),
            "adviser" | "rådgiver" | "консультант" => Command::Adviser,
            "privacy" | "personvern" => Command::Privacy,
            "mydata" => Command::MyData,
            "forget" => Command::Forget,
            "stats" | "statistikk" | "статистика" => Command::Stats,
            _ => Command::Unknown(name),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_commands_and_arguments() {
        assert_eq!(Command::parse("hello"), None);
        assert_eq!(Command::parse("/start"), Some(Command::Start(None)));
        assert_eq!(Command::parse(" /START eligibility "), Some(Command::Start(Some("eligibility".into()))));
        assert_eq!(Command::parse("/help@barents_bot"), Some(Command::Help));
        assert_eq!(Command::parse("/language nb-NO"), Some(Command::Language(Some(Ok(Locale::Nb)))));
        assert_eq!(Command::parse("/language xx"), Some(Command::Language(Some(Err("xx".into())))));
        assert_eq!(Command::parse("/language norsk"), Some(Command::Language(Some(Ok(Locale::Nb)))));
        assert_eq!(Command::parse("/language по-русски"), Some(Command::Language(Some(Ok(Locale::Ru)))));
        assert_eq!(Command::parse("/language"), Some(Command::Language(None)));
        assert_eq!(Command::parse("/hjelp"), Some(Command::Help));
        assert_eq!(Command::parse("/Помощь"), Some(Command::Help));
        assert_eq!(Command::parse("/språk ru"), Some(Command::Language(Some(Ok(Locale::Ru)))));
        assert_eq!(Command::parse("/назад"), Some(Command::Back));
        assert_eq!(Command::parse("/статус"), Some(Command::Status));
        assert_eq!(Command::parse("/råd budsjett"), Some(Command::Advice(Some("budsjett".into()))));
        assert_eq!(Command::parse("/frobnicate"), Some(Command::Unknown("frobnicate".into())));
        assert_eq!(Command::parse("/advice Как найти партнёра?"), Some(Command::Advice(Some("Как найти партнёра?".into()))));
        assert_eq!(Command::parse("/advice"), Some(Command::Advice(None)));
    }
}
