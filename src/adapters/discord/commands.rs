//! The one slash command, `/barents`, with its subcommands as data, and what each means
//! in a server and in a DM. Names and descriptions come from the Fluent catalog, so they
//! are localized for Norwegian (`no`) and Russian (`ru`) clients.

use crate::core::command::Command;
use crate::core::i18n::Catalog;
use crate::core::ids::MessageId;
use crate::core::locale::Locale;
use serenity::all::{CommandOptionType, CreateCommand, CreateCommandOption};

pub const COMMAND: &str = "barents";

/// A subcommand: its canonical (English) name, and the option it takes, if any.
pub struct Sub {
    pub name: &'static str,
    pub option: Option<(&'static str, bool)>,
}

pub const SUBS: &[Sub] = &[
    Sub { name: "start", option: Some(("journey", false)) },
    Sub { name: "help", option: None },
    Sub { name: "criteria", option: None },
    Sub { name: "advice", option: Some(("question", true)) },
    Sub { name: "language", option: Some(("language", false)) },
    Sub { name: "status", option: None },
    Sub { name: "privacy", option: None },
    Sub { name: "partners", option: Some(("search", false)) },
    Sub { name: "stats", option: None },
];

/// Discord's locale codes for our languages (Discord calls Norwegian `no`).
const LOCALES: [(&str, Locale); 2] = [("no", Locale::Nb), ("ru", Locale::Ru)];

pub fn definition(catalog: &Catalog) -> CreateCommand {
    let text = |l: Locale, id: String| catalog.format(l, &MessageId::new(id), None);
    let mut cmd = CreateCommand::new(COMMAND).description(text(Locale::En, "discord-desc-barents".into())).dm_permission(true);
    for (code, l) in LOCALES {
        cmd = cmd.description_localized(code, text(l, "discord-desc-barents".into()));
    }
    for sub in SUBS {
        let desc = format!("discord-desc-{}", sub.name);
        let mut o = CreateCommandOption::new(CommandOptionType::SubCommand, sub.name, text(Locale::En, desc.clone()));
        for (code, l) in LOCALES {
            o = o.name_localized(code, text(l, format!("discord-name-{}", sub.name))).description_localized(code, text(l, desc.clone()));
        }
        if let Some((opt, required)) = sub.option {
            let odesc = format!("discord-option-{opt}");
            let mut arg = CreateCommandOption::new(CommandOptionType::String, opt, text(Locale::En, odesc.clone())).required(required);
            for (code, l) in LOCALES {
                arg = arg.description_localized(code, text(l, odesc.clone()));
            }
            if opt == "language" {
                for l in Locale::ALL {
                    arg = arg.add_string_choice(text(l, format!("language-name-{}", l.code())), l.code());
                }
            }
            o = o.add_sub_option(arg);
        }
        cmd = cmd.add_option(o);
    }
    cmd
}

/// The chat command a subcommand stands for, with its option as given.
pub fn command(sub: &str, arg: Option<String>) -> Option<Command> {
    Some(match sub {
        "start" => Command::Start(arg),
        "help" => Command::Help,
        "criteria" => Command::Criteria,
        "advice" => Command::Advice(arg),
        "language" => Command::Language(arg.map(|a| Locale::from_hint(&a).ok_or(a))),
        "status" => Command::Status,
        "privacy" => Command::Privacy,
        "partners" => Command::Partners(arg),
        "stats" => Command::Stats,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_subcommand_is_a_typed_command() {
        for sub in SUBS {
            assert!(command(sub.name, None).is_some(), "{}", sub.name);
        }
        assert_eq!(command("language", Some("ru".into())), Some(Command::Language(Some(Ok(Locale::Ru)))));
        assert_eq!(command("language", Some("xx".into())), Some(Command::Language(Some(Err("xx".into())))));
        assert_eq!(command("start", Some("eligibility".into())), Some(Command::Start(Some("eligibility".into()))));
        assert_eq!(command("frobnicate", None), None);
    }
}
