//! Public answers for group chats and servers: short, never asking for anything personal,
//! always pointing to a private conversation for the real work. A question (typed after a
//! mention, or with `/advice`) gets the resource centre's short answer and a link to read on
//! in private.
//!
//! Both Telegram groups and Discord servers use this, so the rule "no journeys in public"
//! lives in one place.

use super::command::Command;
use super::content::Content;
use super::dialog::StepKind;
use super::effect::Effect;
use super::ids::{DialogId, MessageId};
use super::knowledge::anonymise::anonymise;
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

/// The reply, and what the runtime must carry out (a question nobody could answer is kept).
pub fn answer(content: &Content, locale: Locale, ask: &PublicAsk) -> (PublicReply, Vec<Effect>) {
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
        PublicAsk::Command(Command::Start(_) | Command::Advice(None)) | PublicAsk::Mention { .. } => "group-welcome",
        PublicAsk::Command(_) => "group-private-only",
    };
    (PublicReply { key: MessageId::new(key), text: content.catalog.format(locale, &MessageId::new(key), None), links: journeys(content, locale) }, Vec::new())
}

fn question_answer(content: &Content, locale: Locale, question: &str) -> (PublicReply, Vec<Effect>) {
    let kb = &content.knowledge;
    let rules = &content.settings.active_rules;
    let format = |id: &MessageId| content.catalog.format(locale, id, None);
    let answers = kb.answers(question, content.settings.advice_sure);
    // In public only what is sure enough; the doubtful cases are for a private chat.
    let hits: Vec<_> = answers.hits.iter().filter(|_| answers.sure).filter_map(|h| kb.article(&h.article)).collect();
    let Some(best) = hits.first() else {
        let key = MessageId::new("kb-public-unsure");
        let mut links = journeys(content, locale);
        links.retain(|l| l.start.is_none());
        let keep = Effect::Unanswered { question: anonymise(question), locale };
        return (PublicReply { text: format(&key), key, links }, vec![keep]);
    };
    let text = format!("{}\n{}", format(&best.title()), format(&best.short(rules)));
    let mut links = vec![DeepLink { label: format(&MessageId::new("kb-read-more")), start: Some(format!("kb-{}", best.id)) }];
    links.extend(hits[1..].iter().map(|a| DeepLink { label: format(&a.title()), start: Some(format!("kb-{}", a.id)) }));
    (PublicReply { key: best.title(), text, links }, Vec::new())
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
