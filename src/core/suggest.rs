//! "Did you mean …?": the known name closest to a mistyped one, for `check`'s reports. The
//! distance is the search's (insert, delete, replace, swap two neighbours; see
//! [`super::edits::distance`]).

use super::edits::distance;

/// The candidate within a small edit distance of `name` (about one typo in four letters),
/// closest first; `None` when nothing is near enough to be what was meant.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (name.chars().count() / 4).clamp(1, 3);
    candidates
        .into_iter()
        .filter(|c| *c != name)
        .filter_map(|c| Some((distance(&name.to_lowercase(), &c.to_lowercase(), limit)?, c)))
        .min_by_key(|(d, c)| (*d, c.len().abs_diff(name.len()), *c))
        .map(|(_, c)| c)
}

/// `; did you mean `x`?` when a candidate is close, else nothing: the tail of a message.
pub fn did_you_mean<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    closest(name, candidates).map(|c| format!("; did you mean `{c}`?")).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn a_typo_finds_the_name_meant() {
        assert_eq!(closest("cost", ["costs", "topics", "budget"]), Some("costs"));
        assert_eq!(closest("startd", ["started", "start_date"]), Some("started"));
        assert_eq!(closest("nxet", ["next", "text"]), Some("next"));
        assert_eq!(closest("budgte", ["budget"]), Some("budget"));
    }

    #[test]
    fn nothing_near_is_no_suggestion() {
        assert_eq!(closest("partner", ["costs", "topics"]), None);
        assert_eq!(closest("ab", ["xy"]), None);
    }
}
