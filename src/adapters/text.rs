//! Text helpers every chat adapter needs: splitting long messages at sensible boundaries.
//! Platform-specific escaping lives with each adapter.

/// Splits `text` into pieces whose `measure` is at most `max`, preferring to break between
/// paragraphs, then lines, then words; a single over-long word is cut between characters.
pub fn split(text: &str, max: usize, measure: impl Fn(&str) -> usize) -> Vec<String> {
    assert!(max > 0);
    let mut out = Vec::new();
    let mut rest = text.trim_end();
    while measure(rest) > max {
        let cut = best_cut(rest, max, &measure);
        let (head, tail) = rest.split_at(cut);
        out.push(head.trim_end().to_owned());
        rest = tail.trim_start_matches([' ', '\n']);
    }
    if !rest.is_empty() || out.is_empty() {
        out.push(rest.to_owned());
    }
    out
}

/// The byte index at which to cut: the last good boundary within `max`.
fn best_cut(text: &str, max: usize, measure: &impl Fn(&str) -> usize) -> usize {
    // The longest prefix (on a char boundary) that fits.
    let mut fit = 0;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if measure(&text[..end]) > max {
            break;
        }
        fit = end;
    }
    let fit = fit.max(text.chars().next().map_or(1, char::len_utf8));
    let window = &text[..fit];
    for sep in ["\n\n", "\n", ". ", " "] {
        if let Some(i) = window.rfind(sep)
            && i > fit / 3 {
                return i + sep.len();
            }
    }
    fit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> usize {
        s.chars().count()
    }

    #[test]
    fn short_text_is_one_piece() {
        assert_eq!(split("hello", 10, chars), ["hello"]);
        assert_eq!(split("", 10, chars), [""]);
    }

    #[test]
    fn long_text_breaks_at_lines_then_words() {
        let text = format!("{}\n{}", "a".repeat(8), "b ".repeat(10));
        let parts = split(&text, 10, chars);
        assert_eq!(parts[0], "a".repeat(8));
        assert!(parts.iter().all(|p| chars(p) <= 10), "{parts:?}");
        assert_eq!(parts.concat().replace([' ', '\n'], ""), text.replace([' ', '\n'], ""), "nothing is lost");
    }

    #[test]
    fn a_word_longer_than_the_limit_is_cut_without_breaking_characters() {
        let text = "ё".repeat(25);
        let parts = split(&text, 10, chars);
        assert_eq!(parts.len(), 3);
        assert_eq!(parts.concat(), text);
    }

    #[test]
    fn a_measure_can_count_escaped_length() {
        let text = "<<<<<<<<<<";
        let parts = split(text, 8, |s| s.len() * 4);
        assert!(parts.iter().all(|p| p.len() * 4 <= 8));
        assert_eq!(parts.concat(), text);
    }
}
