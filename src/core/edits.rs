//! How far apart two words are: the edits (a letter changed, added or dropped, two neighbours
//! swapped) that turn one into the other, counted up to a bound. One measure for everything
//! that forgives a typo: the resource centre's search and the reading of messages
//! (`core::knowledge`, `core::understand`), and `check`'s "did you mean …?" (`core::suggest`).

/// The edit distance between two terms, counting a swap of neighbours as one edit
/// (optimal string alignment), or `None` once it exceeds `max`.
pub fn distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    edits(&a, &b, max)
}

/// [`distance`] on words as letters. Within one edit it is decided in one pass, without the
/// table: that is most of the comparisons when a message is read (`core::understand`).
pub fn edits(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    if max <= 1 {
        return within_one(a, b);
    }
    // Three rows of the table; on the stack for words of ordinary length (no allocation: this
    // runs for many words of every message read).
    const SHORT: usize = 32;
    let w = b.len() + 1;
    let mut stack = [0usize; 3 * (SHORT + 1)];
    let mut heap = Vec::new();
    let rows: &mut [usize] = if w <= SHORT + 1 {
        &mut stack[..3 * w]
    } else {
        heap.resize(3 * w, 0);
        &mut heap
    };
    let (mut before, mut prev, mut cur) = (0, w, 2 * w);
    for (j, p) in rows[prev..prev + w].iter_mut().enumerate() {
        *p = j;
    }
    for i in 1..=a.len() {
        rows[cur] = i;
        let mut best = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (rows[prev + j] + 1).min(rows[cur + j - 1] + 1).min(rows[prev + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(rows[before + j - 2] + 1);
            }
            rows[cur + j] = v;
            best = best.min(v);
        }
        if best > max {
            return None;
        }
        (before, prev, cur) = (prev, cur, before);
    }
    Some(rows[prev + b.len()]).filter(|d| *d <= max)
}

/// 0 or 1 edits (a letter changed, added or dropped, or two neighbours swapped), else `None`.
fn within_one(a: &[char], b: &[char]) -> Option<usize> {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let Some(i) = short.iter().zip(long).position(|(x, y)| x != y) else { return (long.len() - short.len() <= 1).then_some(long.len() - short.len()) };
    let one = if short.len() == long.len() {
        short[i + 1..] == long[i + 1..] || (i + 1 < short.len() && short[i] == long[i + 1] && short[i + 1] == long[i] && short[i + 2..] == long[i + 2..])
    } else {
        short[i..] == long[i + 1..]
    };
    one.then_some(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_edits_and_swaps_up_to_a_bound() {
        assert_eq!(distance("finansiering", "finansering", 2), Some(1));
        assert_eq!(distance("accommodation", "accomodation", 2), Some(1));
        assert_eq!(distance("tolk", "tlok", 1), Some(1));
        assert_eq!(distance("visa", "budget", 2), None);
        assert_eq!(distance("", "ab", 2), Some(2));
        let long = "samarbeidsprosjektfinansieringsordningene";
        assert_eq!(distance(long, &long.replacen("ordning", "odrning", 1), 2), Some(1), "words longer than the rows on the stack");
        // Within one edit the one-pass check and the table agree.
        let words = ["skole", "skolen", "sklole", "skoel", "kole", "skola", "skolene", "", "s", "школа", "школы"];
        for a in words {
            for b in words {
                let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                assert_eq!(edits(&x, &y, 1), distance(a, b, 2).filter(|d| *d <= 1), "{a} {b}");
            }
        }
    }
}
