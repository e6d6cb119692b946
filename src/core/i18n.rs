//! Texts in three languages with Project Fluent: loading `locales/<lang>/*.ftl`, formatting
//! messages with arguments, and the facts about each message that `check` needs
//! (where it is defined, which variables, other messages and terms it uses).
//!
//! Besides the terms the files define (`-name = …`), the bot gives terms of its own: facts the
//! content's other files decide, written as each language writes them (the date a scheme
//! closed, `{ -norwegian-russian-closed }`), so a text that states such a fact follows its file.

use super::diagnostic::{Diagnostic, Key, LineIndex, Report};
use super::ids::MessageId;
use super::locale::Locale;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// Where a message is defined and what it refers to.
#[derive(Debug, Clone)]
pub struct MessageInfo {
    pub file: String,
    pub line: usize,
    pub variables: BTreeSet<String>,
    pub references: BTreeSet<String>,
    /// The terms it uses (`{ -name }`), without their `-`, with the line of the first use.
    pub terms: BTreeMap<String, usize>,
    /// The line its value's text starts on: the definition's, or the next where the
    /// definition line ends with `=` (a block of text below it).
    pub text_line: usize,
    /// Its attributes' names (`inline`).
    pub attributes: BTreeSet<String>,
    /// The literal text of each of its patterns (value, variants, attributes), a placeable
    /// written as [`PLACEABLE`]: what typography checks read.
    pub texts: Vec<String>,
}

/// Stands for a placeable (`{ $name }`) in [`MessageInfo::texts`].
pub const PLACEABLE: char = '\u{FFFC}';

/// One language's bundle plus what is known about its messages.
pub struct Language {
    bundle: FluentBundle<Arc<FluentResource>>,
    pub messages: BTreeMap<String, MessageInfo>,
    /// The terms it has, without their `-`: those its files define and those the bot gives.
    pub terms: BTreeSet<String>,
    /// The quotation marks of `text-quote` and of `text-quote-inner` (open, close each): a
    /// quote inside a quote («Хор «Север»») takes the inner ones («Хор „Север“»).
    quotes: Option<[char; 4]>,
}

/// All three languages. Cheap to share between threads.
pub struct Catalog {
    languages: BTreeMap<Locale, Language>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("languages", &self.languages.keys().collect::<Vec<_>>()).finish()
    }
}

impl Language {
    /// The marks `text-quote` and `text-quote-inner` put around a text, where each is one
    /// character on either side.
    fn quote_marks(&self) -> Option<[char; 4]> {
        let marks = |id: &str| -> Option<(char, char)> {
            let pattern = self.bundle.get_message(id)?.value()?;
            let mut args = FluentArgs::new();
            args.set("text", PLACEABLE.to_string());
            let mut errors = Vec::new();
            let text = self.bundle.format_pattern(pattern, Some(&args), &mut errors);
            let (open, close) = text.split_once(PLACEABLE)?;
            let one = |s: &str| -> Option<char> {
                let mut chars = s.chars();
                chars.next().filter(|_| chars.next().is_none())
            };
            Some((one(open)?, one(close)?))
        };
        let (open, close) = marks("text-quote")?;
        let (inner_open, inner_close) = marks("text-quote-inner")?;
        (open != close).then_some([open, close, inner_open, inner_close])
    }
}

/// A quote inside a quote takes the inner marks: `«Хор «Север»»` → `«Хор „Север“»`. Marks out of
/// balance (a stray one typed by a user) change nothing around them.
fn nest_quotes(text: &str, [open, close, inner_open, inner_close]: [char; 4]) -> String {
    if text.matches(open).nth(1).is_none() {
        return text.to_owned();
    }
    let mut depth = 0usize;
    text.chars()
        .map(|c| {
            if c == open {
                depth += 1;
                if depth.is_multiple_of(2) { inner_open } else { open }
            } else if c == close && depth > 0 {
                depth -= 1;
                if depth.is_multiple_of(2) { close } else { inner_close }
            } else {
                c
            }
        })
        .collect()
}

/// What a message missing in a language is reported as a consequence of: a syntax error in the
/// text that held it.
pub fn missing_key(locale: Locale, id: &str) -> Key {
    Key::Message(locale, id.to_owned())
}

impl Catalog {
    /// Builds the catalog from `(path, source)` pairs such as `("locales/nb/main.ftl", "…")`.
    /// Syntax errors and duplicate ids are reported with their line.
    pub fn load<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>, report: &mut Report) -> Catalog {
        let mut languages: BTreeMap<Locale, Language> = Locale::ALL
            .into_iter()
            .map(|l| {
                let langid = l.code().parse().expect("our locale codes are valid language ids");
                let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                // Chat text is plain: Unicode isolation marks around placeables would show up as junk.
                bundle.set_use_isolating(false);
                // Numbers in texts are grouped as the language writes them (`50 000`).
                bundle.set_formatter(Some(super::numbers::fluent_formatter(l)));
                (l, Language { bundle, messages: BTreeMap::new(), terms: BTreeSet::new(), quotes: None })
            })
            .collect();
        for (path, source) in files {
            let Some(locale) = locale_of(path) else {
                report.error(path, 1, "locale files live in locales/en, locales/nb or locales/ru");
                continue;
            };
            let lines = LineIndex::new(source);
            let resource = match FluentResource::try_new(source.to_owned()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        let (at, text) = super::explain::fluent(source, &e);
                        // The messages the broken text held are missing because of it.
                        let swallowed = e.slice.as_ref().map(|s| super::explain::ids_in(&source[s.clone()])).unwrap_or_default();
                        let mut d = Diagnostic::error(path, lines.line(at), text);
                        d.causes.extend(swallowed.iter().map(|id| missing_key(locale, id)));
                        report.push(d);
                    }
                    r
                }
            };
            let lang = languages.get_mut(&locale).expect("all locales are present");
            for entry in resource.entries() {
                if let ast::Entry::Term(t) = entry {
                    lang.terms.insert(t.id.name.to_owned());
                }
                if let ast::Entry::Message(m) = entry {
                    let id = m.id.name.to_owned();
                    let line = definition_line(source, &id, &lines);
                    if let Some(first) = lang.messages.get(&id) {
                        report.error(path, line, format!("message `{id}` is defined twice (first in {}:{})", first.file, first.line));
                        continue;
                    }
                    let mut info = MessageInfo {
                        file: path.to_owned(),
                        line,
                        text_line: line + usize::from(source.lines().nth(line - 1).is_some_and(|l| l.trim_end().ends_with('='))),
                        variables: BTreeSet::new(),
                        references: BTreeSet::new(),
                        terms: BTreeMap::new(),
                        attributes: m.attributes.iter().map(|a| a.id.name.to_owned()).collect(),
                        texts: Vec::new(),
                    };
                    if let Some(value) = &m.value {
                        walk_pattern(value, &mut info);
                    } else {
                        report.error(path, line, format!("message `{id}` has no value"));
                    }
                    for a in &m.attributes {
                        walk_pattern(&a.value, &mut info);
                    }
                    // Each term at the line that uses it: the message's lines are its own and the
                    // indented ones below it.
                    let own: Vec<&str> = source.lines().skip(line - 1).enumerate().take_while(|(i, l)| *i == 0 || l.starts_with(' ') || l.is_empty()).map(|(_, l)| l).collect();
                    for (term, at) in &mut info.terms {
                        let written = format!("-{term}");
                        *at = line + own.iter().position(|l| l.contains(&written)).unwrap_or(0);
                    }
                    lang.messages.insert(id, info);
                }
            }
            // Duplicates were reported above; overriding keeps the bundle usable for the rest.
            lang.bundle.add_resource_overriding(Arc::new(resource));
        }
        for lang in languages.values_mut() {
            lang.quotes = lang.quote_marks();
        }
        Catalog { languages }
    }

    /// Gives `locale` the term `-name` with `text` (a fact another file decides, see the module
    /// doc). Nothing in the text is read as syntax: text Fluent could read (`{`, a variant's `[`)
    /// goes in as a string literal, the rest as plain text, which a pseudo-locale transforms.
    pub fn give_term(&mut self, locale: Locale, name: &str, text: &str) {
        let plain = !text.is_empty() && !text.contains(['{', '}', '\n', '\\', '"']) && !text.starts_with(['[', '*', '.', ' ']);
        let source = if plain { format!("-{name} = {text}\n") } else { format!("-{name} = {{ \"{}\" }}\n", text.replace('\\', "\\\\").replace('"', "\\\"")) };
        let lang = self.languages.get_mut(&locale).expect("all locales are present");
        // Only a name that is no Fluent identifier fails here; the scheme's check reports it.
        if let Ok(resource) = FluentResource::try_new(source) {
            lang.bundle.add_resource_overriding(Arc::new(resource));
            lang.terms.insert(name.to_owned());
        }
    }

    /// Reports every use of a term that no file defines and the bot does not give; `cause`
    /// names what a missing term follows from, where it may (a scheme that cannot be read).
    pub fn check_terms(&self, cause: impl Fn(&str) -> Option<Key>, report: &mut Report) {
        for lang in self.languages.values() {
            for (id, info) in &lang.messages {
                for (term, line) in info.terms.iter().filter(|(t, _)| !lang.terms.contains(*t)) {
                    let hint = super::suggest::closest(term, lang.terms.iter().map(String::as_str)).map(|c| format!("; did you mean `{{ -{c} }}`?")).unwrap_or_default();
                    let d = Diagnostic::error(&info.file, *line, format!("`{id}` uses the term `{{ -{term} }}`, which does not exist{hint}"));
                    match cause(term) {
                        Some(key) => report.consequence(key, d),
                        None => report.push(d),
                    }
                }
            }
        }
    }

    pub fn language(&self, locale: Locale) -> &Language {
        &self.languages[&locale]
    }

    /// The catalog with every language's texts pseudo-localized, for tests and translators: every
    /// piece of literal text accented, about a third longer and wrapped in `⟦…⟧`, so any text a
    /// screen shows outside those marks did not come from a Fluent message (see
    /// `tests/transcripts.rs`), and any layout that breaks on longer words shows.
    pub fn pseudo_localized(mut self) -> Catalog {
        for lang in self.languages.values_mut() {
            lang.bundle.set_transform(Some(pseudo));
        }
        self
    }

    pub fn has(&self, locale: Locale, id: &str) -> bool {
        self.languages[&locale].messages.contains_key(id)
    }

    /// Formats a message. A message missing in `locale` falls back to English, then to its id in
    /// brackets; `check` makes both impossible for shipped content.
    pub fn format(&self, locale: Locale, id: &MessageId, args: Option<&FluentArgs>) -> String {
        self.render(locale, id, None, args)
    }

    /// A label as a word inside a sentence or a list: its `.inline` attribute ("kultur" for
    /// "Kultur", "английский" for "Английский"), or the label itself where the two are the same.
    pub fn inline(&self, locale: Locale, id: &MessageId) -> String {
        self.render(locale, id, Some("inline"), None)
    }

    /// A message's `attribute` (its value where it has none) in `locale`, falling back to
    /// English, then to its id in brackets.
    fn render(&self, locale: Locale, id: &MessageId, attribute: Option<&str>, args: Option<&FluentArgs>) -> String {
        for l in [locale, Locale::En] {
            let language = &self.languages[&l];
            let bundle = &language.bundle;
            let Some(m) = bundle.get_message(id.as_str()) else { continue };
            if let Some(pattern) = attribute.and_then(|a| m.get_attribute(a)).map(|a| a.value()).or_else(|| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                return match language.quotes {
                    Some(marks) => nest_quotes(&text, marks),
                    None => text.into_owned(),
                };
            }
        }
        format!("[{id}]")
    }

    /// The variables a message uses, borrowed where it refers to no other message (the common
    /// case, at every render), else gathered as [`Catalog::variables`] does.
    pub fn variables_of(&self, locale: Locale, id: &str) -> std::borrow::Cow<'_, BTreeSet<String>> {
        match self.languages[&locale].messages.get(id) {
            Some(info) if info.references.is_empty() => std::borrow::Cow::Borrowed(&info.variables),
            _ => std::borrow::Cow::Owned(self.variables(locale, id)),
        }
    }

    /// Every variable a message uses, following references to other messages.
    pub fn variables(&self, locale: Locale, id: &str) -> BTreeSet<String> {
        let msgs = &self.languages[&locale].messages;
        let mut out = BTreeSet::new();
        let mut seen = BTreeSet::new();
        let mut todo = vec![id.to_owned()];
        while let Some(m) = todo.pop() {
            if !seen.insert(m.clone()) {
                continue;
            }
            if let Some(info) = msgs.get(&m) {
                out.extend(info.variables.iter().cloned());
                todo.extend(info.references.iter().cloned());
            }
        }
        out
    }
}

/// Opens a pseudo-localized piece of text.
pub const PSEUDO_OPEN: char = '⟦';
/// Closes a pseudo-localized piece of text.
pub const PSEUDO_CLOSE: char = '⟧';

/// "Hello" → "⟦Ĥéééļļöö⟧": accented, vowels doubled or tripled, marked.
fn pseudo(text: &str) -> std::borrow::Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2 + 6);
    out.push(PSEUDO_OPEN);
    for c in text.chars() {
        let accented = match c {
            'a' => "àá", 'e' => "éè", 'i' => "íì", 'o' => "óò", 'u' => "úù", 'y' => "ý",
            'A' => "Å", 'E' => "É", 'I' => "Î", 'O' => "Ö", 'U' => "Û",
            'c' => "ç", 'n' => "ñ", 's' => "š", 'z' => "ž", 'h' => "ĥ", 'l' => "ļ", 'g' => "ğ", 'r' => "ř", 't' => "ţ",
            'C' => "Ç", 'N' => "Ñ", 'S' => "Š", 'Z' => "Ž", 'H' => "Ĥ", 'L' => "Ļ", 'G' => "Ğ", 'R' => "Ř", 'T' => "Ţ",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(accented);
    }
    out.push(PSEUDO_CLOSE);
    std::borrow::Cow::Owned(out)
}

fn locale_of(path: &str) -> Option<Locale> {
    let mut parts = path.split('/');
    while let Some(p) = parts.next() {
        if p == "locales" {
            return match parts.next()? {
                "en" => Some(Locale::En),
                "nb" => Some(Locale::Nb),
                "ru" => Some(Locale::Ru),
                _ => None,
            };
        }
    }
    None
}

fn definition_line(source: &str, id: &str, lines: &LineIndex) -> usize {
    let mut offset = 0;
    for l in source.split_inclusive('\n') {
        if let Some(rest) = l.strip_prefix(id)
            && rest.trim_start().starts_with('=') {
                return lines.line(offset);
            }
        offset += l.len();
    }
    1
}

fn walk_pattern(p: &ast::Pattern<&str>, info: &mut MessageInfo) {
    let mut text = String::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::Placeable { expression } => {
                text.push(PLACEABLE);
                walk_expression(expression, info);
            }
            ast::PatternElement::TextElement { value } => text.push_str(value),
        }
    }
    info.texts.push(text);
}

fn walk_expression(e: &ast::Expression<&str>, info: &mut MessageInfo) {
    match e {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, info);
            for v in variants {
                walk_pattern(&v.value, info);
            }
        }
        ast::Expression::Inline(i) => walk_inline(i, info),
    }
}

fn walk_inline(i: &ast::InlineExpression<&str>, info: &mut MessageInfo) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            info.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            info.references.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, info);
            }
            for a in &arguments.named {
                walk_inline(&a.value, info);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, info),
        ast::InlineExpression::TermReference { id, .. } => {
            info.terms.insert(id.name.to_owned(), 0);
        }
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::FluentValue;

    fn catalog() -> Catalog {
        let en = "files = { $count ->\n    [one] { $count } file\n   *[other] { $count } files\n}\n";
        let nb = "files = { $count ->\n    [one] { $count } fil\n   *[other] { $count } filer\n}\n";
        let ru = "files = { $count ->\n    [one] { $count } файл\n    [few] { $count } файла\n   *[many] { $count } файлов\n}\n";
        let mut report = Report::default();
        let c = Catalog::load([("locales/en/a.ftl", en), ("locales/nb/a.ftl", nb), ("locales/ru/a.ftl", ru)], &mut report);
        assert!(report.items.is_empty(), "{report}");
        c
    }

    fn count(c: &Catalog, l: Locale, n: i64) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(n));
        c.format(l, &MessageId::new("files"), Some(&args))
    }

    #[test]
    fn plural_forms_follow_each_language() {
        let c = catalog();
        assert_eq!(count(&c, Locale::Ru, 1), "1 файл");
        assert_eq!(count(&c, Locale::Ru, 2), "2 файла");
        assert_eq!(count(&c, Locale::Ru, 5), "5 файлов");
        assert_eq!(count(&c, Locale::Ru, 11), "11 файлов");
        assert_eq!(count(&c, Locale::Ru, 21), "21 файл");
        assert_eq!(count(&c, Locale::Ru, 24), "24 файла");
        assert_eq!(count(&c, Locale::Nb, 1), "1 fil");
        assert_eq!(count(&c, Locale::Nb, 2), "2 filer");
        assert_eq!(count(&c, Locale::Nb, 0), "0 filer");
        assert_eq!(count(&c, Locale::En, 1), "1 file");
    }

    #[test]
    fn syntax_errors_carry_their_line() {
        let mut report = Report::default();
        Catalog::load([("locales/en/a.ftl", "ok = fine\nbroken = { $x\n")], &mut report);
        assert_eq!(report.items.len(), 1, "{report}");
        assert_eq!(report.items[0].line, 2);
    }

    #[test]
    fn variables_are_found_through_selectors_and_references() {
        let mut report = Report::default();
        let c = Catalog::load(
            [("locales/en/a.ftl", "a = { $n ->\n   *[other] { $m } and { b }\n}\nb = { $k }\n")],
            &mut report,
        );
        let vars: Vec<String> = c.variables(Locale::En, "a").into_iter().collect();
        assert_eq!(vars, ["k", "m", "n"]);
    }
}
