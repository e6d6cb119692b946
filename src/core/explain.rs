//! Parser errors in an editor's words. Fluent's and TOML's own messages name tokens and Rust
//! types (`Expected a token starting with "="`, `invalid type: string "30 000", expected i64`);
//! an editor needs to know what is wrong with the line in front of them and how to fix it.
//! Each explanation keeps the parser's first words (`Fluent syntax error`, `unknown field`),
//! so the kind of problem stays recognisable, and adds the fix.

use super::suggest::did_you_mean;
use fluent_syntax::parser::{ErrorKind, ParserError};

/// Where a Fluent syntax error is to be fixed (a byte offset of `source`) and how.
pub fn fluent(source: &str, error: &ParserError) -> (usize, String) {
    let junk = error.slice.clone().unwrap_or(error.pos.clone());
    let entry = &source[junk.clone()];
    if let Some(open) = unclosed_brace(entry) {
        let at = junk.start + open;
        let line_text = source[at..].lines().next().unwrap_or_default();
        let fix = if line_text.contains("->") {
            "the choice that starts here (`{ $… ->`) is never closed: after its last variant, end it with `}` on a line of its own, indented like the variants"
        } else {
            "the `{` here is never closed: close it on the same line, like `{ $name }`"
        };
        return (at, format!("Fluent syntax error: {fix}"));
    }
    // A token is missing where the parser stopped; a whole message is wrong where it starts.
    let at = match error.kind {
        ErrorKind::ExpectedToken(_) | ErrorKind::UnbalancedClosingBrace | ErrorKind::UnterminatedStringLiteral | ErrorKind::UnknownEscapeSequence(_) => error.pos.start,
        _ => junk.start,
    }
    .min(source.len());
    let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = source[line_start..].lines().next().unwrap_or_default();
    let text = match &error.kind {
        ErrorKind::ExpectedToken('=') if !line.starts_with([' ', '\t']) => {
            let above = source[..line_start].trim_end_matches('\n').lines().last().unwrap_or_default();
            let continues = !above.trim().is_empty() && !above.starts_with('#');
            if continues {
                "this line starts at the margin, so it is read as a new message, which needs `id = text`; a line that continues the message above must start with spaces: indent it (4 spaces)".to_owned()
            } else {
                "a message is written `id = text`: put `=` after the message's id".to_owned()
            }
        }
        ErrorKind::ExpectedToken('}') => "`}` is missing here: a `{ … }` holds one variable, message or number, like `{ $name }`".to_owned(),
        ErrorKind::ExpectedToken(c) => format!("`{c}` was expected here"),
        ErrorKind::ExpectedCharRange { range } => format!("one of {range} was expected here; a message id starts with a letter and holds letters, digits and `-`"),
        ErrorKind::ExpectedMessageField { entry_id } | ErrorKind::ExpectedTermField { entry_id } => {
            format!("message `{entry_id}` has no text: write it after `=`, or on the next lines, indented")
        }
        ErrorKind::MissingValue => "this has no text: write it after `=`, or on the next lines, indented".to_owned(),
        ErrorKind::MissingDefaultVariant => "a choice (`{ $x -> … }`) needs a default: mark one variant with `*`, like `*[other]`".to_owned(),
        ErrorKind::MultipleDefaultVariants => "only one variant of a choice may be marked `*` (the default)".to_owned(),
        ErrorKind::UnbalancedClosingBrace => "this `}` closes no `{`: remove it, or write `{ \"}\" }` to show the character".to_owned(),
        ErrorKind::UnterminatedStringLiteral => "a text in quotes inside `{ }` is not closed: add the closing `\"` on the same line".to_owned(),
        ErrorKind::ExpectedInlineExpression => "after `{` comes a variable (`{ $name }`), a message id or a number".to_owned(),
        ErrorKind::ExpectedSimpleExpressionAsSelector
        | ErrorKind::MessageReferenceAsSelector
        | ErrorKind::TermReferenceAsSelector
        | ErrorKind::MessageAttributeAsSelector => "a choice chooses on a variable, like `{ $count -> … }`".to_owned(),
        ErrorKind::UnknownEscapeSequence(s) | ErrorKind::InvalidUnicodeEscapeSequence(s) => {
            format!("`\\{s}` is not an escape Fluent knows: write the character itself")
        }
        other => other.to_string().replace('\r', "\\r").replace('\n', "\\n"),
    };
    (at, format!("Fluent syntax error: {text}"))
}

/// The offset of the first `{` in `entry` that is never closed, skipping quoted text.
fn unclosed_brace(entry: &str) -> Option<usize> {
    let mut open: Vec<usize> = Vec::new();
    let mut quoted = false;
    for (i, c) in entry.char_indices() {
        match c {
            '"' if !open.is_empty() => quoted = !quoted,
            '\n' => quoted = false,
            '{' if !quoted => open.push(i),
            '}' if !quoted => {
                open.pop();
            }
            _ => {}
        }
    }
    open.first().copied()
}

/// The ids of the messages a broken entry swallowed: those lines that start `id =` at the margin.
pub fn ids_in(entry: &str) -> Vec<String> {
    entry
        .lines()
        .filter_map(|l| {
            let (id, _) = l.split_once('=')?;
            let id = id.trim_end();
            let valid = id.starts_with(|c: char| c.is_ascii_alphabetic()) && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            valid.then(|| id.to_owned())
        })
        .collect()
}

/// The number an amount written as text means ("30 000", "30,000", "30_000" → "30000"), if it
/// is one: what an editor wrote in quotes where a number belongs.
pub fn amount_as_text(text: &str) -> Option<String> {
    let digits: String = text.chars().filter(|c| !c.is_whitespace() && !matches!(c, ',' | '_' | '\u{a0}' | '\u{202f}')).collect();
    (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())).then_some(digits)
}

/// A TOML error in an editor's words: `message` is the parser's, `found` the text it points at.
pub fn toml(message: &str, found: &str) -> String {
    let message = message.trim();
    let quoted = |s: &str| s.split('`').nth(1).map(str::to_owned);
    if let Some(rest) = message.strip_prefix("invalid type: string ") {
        let (value, expected) = rest.rsplit_once(", expected ").unwrap_or((rest, ""));
        let value = value.trim_matches('"');
        if ["i64", "u64", "u32", "i32", "usize", "u8", "u16", "an integer", "integer"].iter().any(|t| expected.contains(t)) {
            return if let Some(digits) = amount_as_text(value) {
                format!("write the amount as a number, without quotes or spaces: {digits}")
            } else {
                format!("a whole number goes here, written without quotes (like 30000), not the text \"{value}\"")
            };
        }
        if expected.contains("bool") {
            return "write true or false here, without quotes".to_owned();
        }
    }
    if let Some(rest) = message.strip_prefix("invalid type: integer ") {
        let n = rest.split('`').nth(1).unwrap_or(rest);
        if rest.contains("string") {
            return format!("text goes here, in quotes: \"{n}\"");
        }
    }
    if message.starts_with("unknown field") || message.starts_with("unknown variant") {
        let what = if message.starts_with("unknown field") { "field" } else { "variant" };
        let name = quoted(message).unwrap_or_default();
        let known: Vec<&str> = message.split_once("expected").map(|(_, l)| l.split('`').skip(1).step_by(2).collect()).unwrap_or_default();
        let hint = did_you_mean(&name, known.iter().copied());
        let list = known.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
        return match what {
            "field" => format!("unknown field `{name}`{hint} (the keys allowed here: {list})"),
            _ => format!("unknown value `{name}`{hint} (one of: {list})"),
        };
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return format!("{} = … is missing here: this table needs it", field.trim_matches('`'));
    }
    if message.contains("duplicate key") {
        return format!("{message}: a key is set twice in the same table; keep one");
    }
    if message.contains("invalid basic string") || message.contains("unterminated") || found.matches('"').count() % 2 == 1 {
        return "a text in quotes is not closed: end it with `\"` on the same line (text over several lines goes between `\"\"\"` and `\"\"\"`)".to_owned();
    }
    if message.contains("expected `.`, `=`") {
        return "a key needs `=` and a value, like `next = \"costs\"`".to_owned();
    }
    format!("TOML: {}", message.replace('\n', "; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fluent_of(source: &str) -> (usize, String) {
        let Err((_, errors)) = fluent_syntax::parser::parse(source) else { panic!("parses") };
        let (at, text) = fluent(source, &errors[0]);
        (source[..at].lines().count().max(1), text)
    }

    #[test]
    fn a_continuation_line_at_the_margin_is_told_to_start_with_spaces() {
        let (line, text) = fluent_of("intro = Let's see.\nI will ask a dozen questions.\nnext = Next\n");
        assert_eq!(line, 2);
        assert!(text.contains("must start with spaces"), "{text}");
    }

    #[test]
    fn an_unclosed_choice_is_found_where_it_opens() {
        let (line, text) = fluent_of("a = A\nmenu = { $returning ->\n        [yes] Again.\n       *[no] Hello.\nhelp = Help\n");
        assert_eq!(line, 2, "{text}");
        assert!(text.contains("never closed"), "{text}");
    }

    #[test]
    fn a_quoted_amount_is_told_to_be_a_number() {
        assert_eq!(toml("invalid type: string \"30 000\", expected i64", "\"30 000\""), "write the amount as a number, without quotes or spaces: 30000");
    }

    #[test]
    fn an_unknown_key_gets_the_key_meant() {
        let text = toml("unknown field `nxet`, expected one of `id`, `next`, `text`", "nxet");
        assert!(text.starts_with("unknown field `nxet`; did you mean `next`?"), "{text}");
    }
}
