//! What a group chat or a server gets: short public answers, never asking for anything
//! personal, always pointing to a private conversation for the real work. A question (typed
//! after a mention, or with `/advice`) gets the resource centre's short answer and a link to
//! read on in private; a personal command continues in private, as far as the platform can.
//!
//! Both Telegram groups and Discord servers use this, so the rule "no journeys in public"
//! lives in one place: [`in_group`].

use super::command::Command;
use super::content::Content;
use super::dialog::StepKind;
use super::ids::{DialogId, MessageId};
use super::locale::Locale;

/// What someone did in a group that the bot answers.
#[derive(Debug, Clone, PartialEq)]
pub enum PublicAsk {
    /// A command addressed to the bot.
    Command(Command),
    /// The bot was mentioned; `text` is what was said with it (without the mention).
    Mention { text: String },
}

/// A short public reply with links that open a private conversation.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicReply {
    pub key: MessageId,
    pub text: String,
    pub links: Vec<DeepLink>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DeepLink {
    pub label: String,
    /// What the private chat opens with (`/start <start>`): a journey, or `kb-<article>`;
    /// `None` opens the main menu.
    pub start: Option<String>,
}

/// What a platform can do for one person in a group, beyond answering in public.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reach {
    /// Open a private conversation with them unasked (Discord can; a Telegram bot may not
    /// write first, so it offers a link instead).
    pub open_private: bool,
    /// Answer them alone, inside the group (Discord's ephemeral replies).
    pub whisper: bool,
}

/// Where what someone did in a group is answered.
#[derive(Debug, Clone, PartialEq)]
pub enum InGroup {
    /// In public, briefly.
    Public(PublicReply),
    /// In a private conversation opened for them, as a turn with this command; the group is
    /// only told it was opened.
    Private(Command),
    /// To them alone, inside the group: the first reply of a turn with this command.
    Whisper(Command),
}

/// Where and how to answer `ask`. Nothing asked in public is kept: a question is kept for the
/// advisers only when its asker chooses so in private, having read how.
pub fn in_group(content: &Content, locale: Locale, ask: &PublicAsk, reach: Reach) -> InGroup {
    if let Some(personal) = personal(ask, reach) {
        return personal;
    }
    // "@bot we want to apply for our choir": that journey, in private.
    if let Some((dialog, query)) = wanted(content, ask) {
        if reach.open_private {
            let command = match query {
                Some(q) => Command::Partners(Some(q)),
                None => Command::Start(Some(dialog.to_string())),
            };
            return InGroup::Private(command);
        }
        let mut links = journeys(content, locale);
        links.retain(|l| l.start.as_deref() == Some(dialog.as_str()));
        let key = MessageId::new("group-journey");
        return InGroup::Public(PublicReply { text: content.catalog.format(locale, &key, None), key, links });
    }
    InGroup::Public(answer(content, locale, ask))
}

/// The journey a mention asks for in words, and for the partner registry the search.
fn wanted(content: &Content, ask: &PublicAsk) -> Option<(DialogId, Option<String>)> {
    use super::understand::{Context, Intent, Reading};
    let PublicAsk::Mention { text } = ask else { return None };
    let items = main_menu_items(content);
    let context = Context::Menu(items.iter().map(|(d, l)| (d, l)).collect());
    match content.read_message(text, &context, &[]) {
        Reading::Intent(Intent::Journey { dialog, rest }) => {
            let registry = content.dialogs.get(&dialog).is_some_and(|d| d.opens_registry());
            let query = Some(rest).filter(|r| registry && !r.is_empty());
            Some((dialog, query))
        }
        _ => None,
    }
}

/// A personal command, answered in private or to the asker alone where the platform can.
pub fn personal(ask: &PublicAsk, reach: Reach) -> Option<InGroup> {
    let PublicAsk::Command(command) = ask else { return None };
    match command {
        // Journeys and the partner search are personal: they continue in private.
        Command::Start(_) | Command::Partners(_) => reach.open_private.then(|| InGroup::Private(command.clone())),
        Command::Help | Command::Criteria | Command::Advice(_) | Command::Unknown(_) => None,
        other => reach.whisper.then(|| InGroup::Whisper(other.clone())),
    }
}

/// The public reply.
pub fn answer(content: &Content, locale: Locale, ask: &PublicAsk) -> PublicReply {
    let question = match ask {
        PublicAsk::Command(Command::Advice(Some(q))) => Some(q.as_str()),
        // A mention's words may be just "hi": only a question the resource centre knows about.
        PublicAsk::Mention { text } => Some(text.as_str()).filter(|t| !content.knowledge.answers(t, content.settings.advice_sure).hits.is_empty()),
        _ => None,
    };
    if let Some(q) = question {
        return question_answer(content, locale, q);
    }
    let key = match ask {
        PublicAsk::Command(Command::Help) => "group-help",
        PublicAsk::Command(Command::Start(_) | Command::Criteria | Command::Advice(None)) | PublicAsk::Mention { .. } => "group-welcome",
        PublicAsk::Command(_) => "group-private-only",
    };
    PublicReply { key: MessageId::new(key), text: content.catalog.format(locale, &MessageId::new(key), None), links: journeys(content, locale) }
}

/// The one notice for someone who sends a group more than the limit allows.
pub fn rate_limited(content: &Content, locale: Locale) -> PublicReply {
    let key = MessageId::new("limit-rate");
    PublicReply { text: content.catalog.format(locale, &key, None), key, links: Vec::new() }
}

fn question_answer(content: &Content, locale: Locale, question: &str) -> PublicReply {
    let kb = &content.knowledge;
    let rules = content.main_scheme();
    let format = |id: &MessageId| content.catalog.format(locale, id, None);
    let answers = kb.answers(question, content.settings.advice_sure);
    // In public only what is sure enough; the doubtful cases are for a private chat.
    let hits: Vec<_> = answers.hits.iter().filter(|_| answers.sure).filter_map(|h| kb.article(&h.article)).collect();
    let Some(best) = hits.first() else {
        let key = MessageId::new("kb-public-unsure");
        let mut links = journeys(content, locale);
        links.retain(|l| l.start.is_none());
        return PublicReply { text: format(&key), key, links };
    };
    let text = format!("{}\n{}", format(&best.title()), content.article_text(locale, &best.short(rules), None));
    let mut links = vec![DeepLink { label: format(&MessageId::new("kb-read-more")), start: Some(format!("kb-{}", best.id)) }];
    links.extend(hits[1..].iter().map(|a| DeepLink { label: format(&a.title()), start: Some(format!("kb-{}", a.id)) }));
    PublicReply { key: best.title(), text, links }
}

/// The main menu's journeys, then "open a private chat".
fn journeys(content: &Content, locale: Locale) -> Vec<DeepLink> {
    let mut links: Vec<DeepLink> = main_menu_items(content)
        .into_iter()
        .map(|(dialog, label)| DeepLink { label: content.catalog.format(locale, &label, None), start: Some(dialog.to_string()) })
        .collect();
    links.push(DeepLink { label: content.catalog.format(locale, &MessageId::new("group-open-private"), None), start: None });
    links
}

/// The journeys the main menu offers, in order, with their labels.
fn main_menu_items(content: &Content) -> Vec<(DialogId, MessageId)> {
    let Some(main) = content.dialogs.get(&content.settings.main_dialog) else { return Vec::new() };
    match main.step(&main.start.step).map(|s| &s.kind) {
        Some(StepKind::Menu { items, .. }) => items.iter().map(|i| (i.dialog.dialog.clone(), i.label.id.clone())).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TELEGRAM: Reach = Reach { open_private: false, whisper: false };
    const DISCORD: Reach = Reach { open_private: true, whisper: true };

    #[test]
    fn personal_commands_go_private_as_far_as_the_platform_can() {
        let route = |command: Command, reach: Reach| match personal(&PublicAsk::Command(command), reach) {
            Some(InGroup::Private(_)) => "private",
            Some(InGroup::Whisper(_)) => "whisper",
            _ => "public",
        };
        assert_eq!(route(Command::Start(None), DISCORD), "private");
        assert_eq!(route(Command::Partners(Some("school".into())), DISCORD), "private");
        assert_eq!(route(Command::Status, DISCORD), "whisper");
        assert_eq!(route(Command::Language(None), DISCORD), "whisper");
        assert_eq!(route(Command::Help, DISCORD), "public");
        assert_eq!(route(Command::Criteria, DISCORD), "public");
        assert_eq!(route(Command::Advice(Some("budget".into())), DISCORD), "public");
        for c in [Command::Start(None), Command::Status, Command::Partners(None), Command::Help] {
            assert_eq!(route(c, TELEGRAM), "public", "a Telegram group answers everything in public");
        }
        assert_eq!(personal(&PublicAsk::Mention { text: "hi".into() }, DISCORD), None);
    }

}
