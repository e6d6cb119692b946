//! "Did you mean …?": the known name closest to a mistyped one, for `check`'s reports.

/// The candidate within a small edit distance of `name` (about one typo in four letters),
/// closest first; `None` when nothing is near enough to be what was meant.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (name.chars().count() / 4).clamp(1, 3);
    candidates
        .into_iter()
        .filter(|c| *c != name)
        .map(|c| (distance(&name.to_lowercase(), &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, c)| (*d, c.len().abs_diff(name.len()), *c))
        .map(|(_, c)| c)
}

/// `; did you mean `x`?` when a candidate is close, else nothing: the tail of a message.
pub fn did_you_mean<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    closest(name, candidates).map(|c| format!("; did you mean `{c}`?")).unwrap_or_default()
}

/// Edits (insert, delete, replace, swap two neighbours) between two words.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
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
