//! Words as people type them, made comparable: lower case, accents and Nordic letters folded
//! (`ø` = `o`), Cyrillic written in Latin letters (so `shkola` is `школа`), and a similarity that
//! forgives inflection (a shared long prefix: `skole`/`skolen`, `школа`/`школу`) and small typos.
//!
//! Nothing here knows about dialogs or languages; [`super::options`] and [`super::intent`] build on it.

/// One word of a message or a phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// Lower case, `ё` as `е`: as the resource centre's stop lists are written.
    pub norm: String,
    /// Folded to plain Latin letters: what words are compared by.
    pub fold: String,
}

/// The words of `text`: runs of letters and digits.
pub fn words(text: &str) -> Vec<Word> {
    // "don't" is one word, as "dont" is.
    let lower = text.to_lowercase().replace('ё', "е").replace(['\'', '’'], "");
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| Word { norm: w.to_owned(), fold: fold(w) })
        .collect()
}

/// A lower-case word in plain Latin letters.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len() + 4);
    for c in word.chars() {
        let s: &str = match c {
            'æ' | 'ä' => "ae",
            'ø' | 'ö' | 'ó' | 'ô' | 'ò' => "o",
            'å' | 'á' | 'à' | 'â' => "a",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'í' | 'ï' => "i",
            'ú' | 'ü' => "u",
            'š' => "s",
            'č' => "c",
            'ž' => "z",
            'đ' => "d",
            'ŋ' => "n",
            'ŧ' => "t",
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' | 'ё' | 'э' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' => "i",
            'й' | 'ы' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "h",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "sch",
            'ъ' | 'ь' => "",
            'ю' => "yu",
            'я' => "ya",
            other => {
                out.push(other);
                continue;
            }
        };
        out.push_str(s);
    }
    out
}

/// How alike two folded words are: 1 the same, 0.9 the same word in another form (a long
/// shared prefix), 0.8 a small typo; 0 otherwise. Words under five letters must be the same.
pub fn similar(a: &str, b: &str) -> f32 {
    if a == b {
        return 1.0;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    let shorter = la.min(lb);
    // Below five letters a change is another word: `have`/`havent`, `late`/`later`.
    if shorter < 5 {
        return 0.0;
    }
    let prefix = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    // Inflection changes the end of a word: `skole`, `skolen`, `skolene`; `школа`, `школой`.
    if prefix >= 5 && prefix + 3 >= la.max(lb) {
        return 0.9;
    }
    // Compounds: `lydutstyr` holds `utstyr`, `reiselivsselskap` starts with `reiseliv`.
    let (short, long) = if la < lb { (a, b) } else { (b, a) };
    if la.max(lb) >= shorter + 3 && ((shorter >= 6 && long.starts_with(short)) || long.ends_with(short)) {
        return 0.85;
    }
    // A typo rarely hits the first letter; checking it first keeps this cheap.
    if a.chars().next() != b.chars().next() {
        return 0.0;
    }
    let max = if shorter >= 8 { 2 } else { 1 };
    if crate::core::knowledge::terms::distance(a, b, max).is_some() {
        return 0.8;
    }
    0.0
}

/// A phrase from data ("what do you mean", "Vadsø"), in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    pub words: Vec<String>,
}

/// How well a message holds a phrase: all of the phrase's words must be in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The sum of the words' similarity: a longer phrase found is stronger evidence.
    pub weight: f32,
    /// Which words of the message it used.
    pub used: Vec<usize>,
}

/// Words at least this alike count as the same.
const SAME: f32 = 0.8;

impl Phrase {
    pub fn new(text: &str) -> Phrase {
        Phrase { words: words(text).into_iter().map(|w| w.fold).collect() }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Where `message` holds every word of this phrase (each used once), or `None`. A phrase
    /// of three words or more must be found in its order ("what do I write" is not in "do you
    /// store what I write"); two words may come either way ("заявку подать").
    pub fn find(&self, message: &[Word]) -> Option<Found> {
        if self.words.is_empty() {
            return None;
        }
        let ordered = self.words.len() >= 3;
        let mut used: Vec<usize> = Vec::with_capacity(self.words.len());
        let mut weight = 0.0;
        for w in &self.words {
            let after = if ordered { used.last().map_or(0, |l| l + 1) } else { 0 };
            let best = message
                .iter()
                .enumerate()
                .skip(after)
                .filter(|(i, _)| !used.contains(i))
                .map(|(i, m)| (i, similar(w, &m.fold)))
                .filter(|(_, s)| *s >= SAME)
                .max_by(|a, b| a.1.total_cmp(&b.1))?;
            used.push(best.0);
            weight += best.1;
        }
        Some(Found { weight, used })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_nordic_letters_and_cyrillic() {
        assert_eq!(fold("vadsø"), "vadso");
        assert_eq!(fold("bodø"), "bodo");
        assert_eq!(fold("школа"), "shkola");
        assert_eq!(fold("образование"), "obrazovanie");
        assert_eq!(fold("культура"), "kultura");
        assert_eq!(words("Норвегия, ЁЛКА!")[1].norm, "елка");
    }

    #[test]
    fn word_forms_and_typos_are_alike_short_words_are_not() {
        assert_eq!(similar("skole", "skolen"), 0.9);
        assert_eq!(similar(&fold("школа"), &fold("школой")), 0.9);
        assert_eq!(similar("finmark", "finnmark"), 0.8);
        assert_eq!(similar("utdaning", "utdanning"), 0.8);
        assert_eq!(similar("finland", "finnmark"), 0.0);
        assert_eq!(similar("kor", "kom"), 0.0);
        assert_eq!(similar("have", "havent"), 0.0);
        assert_eq!(similar("utstyr", "lydutstyr"), 0.85);
        assert_eq!(similar("reiseliv", "reiselivsselskap"), 0.85);
        assert_eq!(similar("late", "later"), 0.0);
        assert_eq!(similar("kommune", "kommunikasjon"), 0.0);
    }

    #[test]
    fn a_phrase_is_found_when_all_its_words_are() {
        let p = Phrase::new("what do you mean");
        assert!(p.find(&words("What do you mean by applying organisation?")).is_some());
        assert!(p.find(&words("what do you need")).is_none());
        assert!(Phrase::new("what do i write").find(&words("do you store what I write?")).is_none());
        assert!(Phrase::new("подать заявку").find(&words("заявку подать")).is_some());
        let latin = Phrase::new("общественная организация");
        assert!(latin.find(&words("my obshchestvennaya organizatsiya")).is_some());
    }
}
