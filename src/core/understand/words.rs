//! Words as people type them, made comparable: lower case, accents and Nordic letters folded
//! (`ø` = `o`), Cyrillic written in Latin letters (so `shkola` is `школа`), and a similarity that
//! forgives inflection (a shared long prefix: `skole`/`skolen`, `школа`/`школу`) and small typos.
//!
//! Nothing here knows about dialogs or languages; [`super::options`] and [`super::intent`] build on it.

use rustc_hash::FxHashMap as HashMap;

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
        fold_char(c, |x| out.push(x));
    }
    out
}

/// One lower-case letter in plain Latin letters (none, one or several), given to `to`.
fn fold_char(c: char, mut to: impl FnMut(char)) {
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
        other => return to(other),
    };
    s.chars().for_each(to);
}

/// The first three letters of each word of `text`, lower case and folded (fewer for a shorter
/// word), with the word as written: for a quick look before reading a message in full.
pub fn starts(text: &str) -> impl Iterator<Item = ([Option<char>; 3], &str)> + '_ {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').filter(|w| !w.is_empty()).map(|w| {
        let mut out = [None; 3];
        let mut n = 0;
        for c in w.chars().flat_map(char::to_lowercase).map(|c| if c == 'ё' { 'е' } else { c }).filter(|c| *c != '\'' && *c != '’') {
            fold_char(c, |x| {
                if n < 3 {
                    out[n] = Some(x);
                    n += 1;
                }
            });
            if n == 3 {
                break;
            }
        }
        (out, w)
    })
}

/// How alike two folded words (as letters) are: 1 the same, 0.9 the same word in another form
/// (a long shared prefix), 0.85 a compound holding the other, 0.8 a small typo; 0 otherwise.
/// Words under five letters must be the same.
fn alike(a: &[char], b: &[char]) -> f32 {
    if a == b {
        return 1.0;
    }
    let (la, lb) = (a.len(), b.len());
    let shorter = la.min(lb);
    // Below five letters a change is another word: `have`/`havent`, `late`/`later`.
    if shorter < 5 {
        return 0.0;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
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
    if a[0] != b[0] {
        return 0.0;
    }
    let max = if shorter >= 8 { 2 } else { 1 };
    if crate::core::knowledge::terms::edits(a, b, max).is_some() {
        return 0.8;
    }
    0.0
}

/// Every word the data uses, each once, indexed so that the words like a word of a message are
/// found without comparing it with all of them: by the first five letters (word forms,
/// compounds that start with a word), by the endings of long words (compounds that end with
/// one), and for typos by length, the first letter and the second or third: one edit keeps the
/// second letter, or moves the third into its place, or the second into the third's.
#[derive(Debug, Default)]
pub struct Vocabulary {
    words: Vec<Vec<char>>,
    ids: HashMap<String, WordId>,
    by_start: HashMap<String, Vec<WordId>>,
    /// By (first letter, second letter, length).
    by_second: HashMap<(char, char, usize), Vec<WordId>>,
    /// By (first letter, third letter, length).
    by_third: HashMap<(char, char, usize), Vec<WordId>>,
    by_ending: HashMap<String, Vec<WordId>>,
}

/// A word of the [`Vocabulary`].
pub type WordId = u32;

impl Vocabulary {
    /// The id of a folded word, adding it when new.
    pub fn intern(&mut self, fold: &str) -> WordId {
        if let Some(id) = self.ids.get(fold) {
            return *id;
        }
        let id = WordId::try_from(self.words.len()).expect("fewer than 4 billion words");
        let chars: Vec<char> = fold.chars().collect();
        if chars.len() >= 5 {
            self.by_start.entry(chars[..5].iter().collect()).or_default().push(id);
            self.by_second.entry((chars[0], chars[1], chars.len())).or_default().push(id);
            self.by_third.entry((chars[0], chars[2], chars.len())).or_default().push(id);
            for k in 5..=chars.len().saturating_sub(3) {
                self.by_ending.entry(chars[chars.len() - k..].iter().collect()).or_default().push(id);
            }
        }
        self.words.push(chars);
        self.ids.insert(fold.to_owned(), id);
        id
    }

    /// A word of the vocabulary, folded, as its letters.
    pub fn letters(&self, id: WordId) -> &[char] {
        self.words.get(id as usize).map_or(&[], Vec::as_slice)
    }

    /// A phrase from data, its words added to the vocabulary.
    pub fn phrase(&mut self, text: &str) -> Phrase {
        Phrase { words: words(text).iter().map(|w| self.intern(&w.fold)).collect() }
    }

    /// Which words of the vocabulary each word of `message` is like, and how much (see [`alike`]).
    pub fn see(&self, message: &[Word]) -> Seen {
        let mut hits: Vec<(WordId, usize, f32)> = Vec::new();
        let mut candidates: Vec<WordId> = Vec::new();
        for (i, w) in message.iter().enumerate() {
            candidates.clear();
            if let Some(id) = self.ids.get(&w.fold) {
                hits.push((*id, i, 1.0));
            }
            let chars: Vec<char> = w.fold.chars().collect();
            let n = chars.len();
            if n >= 5 {
                // Byte offsets of the letters, to look up parts of the word without copying it.
                let at: Vec<usize> = w.fold.char_indices().map(|(b, _)| b).collect();
                candidates.extend(self.by_start.get(&w.fold[..*at.get(5).unwrap_or(&w.fold.len())]).into_iter().flatten());
                for len in n.saturating_sub(2).max(5)..=n + 2 {
                    for key in [(chars[0], chars[1], len), (chars[0], chars[2], len)] {
                        candidates.extend(self.by_second.get(&key).into_iter().flatten());
                        candidates.extend(self.by_third.get(&key).into_iter().flatten());
                    }
                }
                for k in 5..=n.saturating_sub(3) {
                    candidates.extend(self.ids.get(&w.fold[at[n - k]..]));
                }
                candidates.extend(self.by_ending.get(&w.fold).into_iter().flatten());
            }
            candidates.sort_unstable();
            candidates.dedup();
            for id in &candidates {
                let word = &self.words[*id as usize];
                if *word == chars {
                    continue;
                }
                let s = alike(word, &chars);
                if s >= SAME {
                    hits.push((*id, i, s));
                }
            }
        }
        hits.sort_by_key(|h| h.0);
        Seen { hits }
    }

    /// The id of a folded word, if the vocabulary has it.
    pub fn id(&self, fold: &str) -> Option<WordId> {
        self.ids.get(fold).copied()
    }
}

/// The words of one message as the vocabulary sees them.
#[derive(Debug, Default)]
pub struct Seen {
    /// (word of the vocabulary, word of the message, likeness), by the vocabulary's word.
    hits: Vec<(WordId, usize, f32)>,
}

impl Seen {
    /// The words of the message like `word`, with their likeness.
    pub fn like(&self, word: WordId) -> impl Iterator<Item = (usize, f32)> + '_ {
        let from = self.hits.partition_point(|h| h.0 < word);
        self.hits[from..].iter().take_while(move |h| h.0 == word).map(|h| (h.1, h.2))
    }

    /// The vocabulary's words seen in the message.
    pub fn words(&self) -> impl Iterator<Item = WordId> + '_ {
        let mut last = None;
        self.hits.iter().map(|h| h.0).filter(move |w| {
            let new = last != Some(*w);
            last = Some(*w);
            new
        })
    }
}

/// A phrase from data ("what do you mean", "Vadsø"), as words of the [`Vocabulary`].
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    pub words: Vec<WordId>,
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
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Where the message `seen` holds every word of this phrase (each used once), or `None`. A
    /// phrase of three words or more must be found in its order ("what do I write" is not in "do
    /// you store what I write"); two words may come either way ("заявку подать").
    pub fn find(&self, seen: &Seen) -> Option<Found> {
        if self.words.is_empty() {
            return None;
        }
        let ordered = self.words.len() >= 3;
        let mut used: Vec<usize> = Vec::with_capacity(self.words.len());
        let mut weight = 0.0;
        for w in &self.words {
            let after = if ordered { used.last().map_or(0, |l| l + 1) } else { 0 };
            let best = seen.like(*w).filter(|(i, _)| *i >= after && !used.contains(i)).max_by(|a, b| a.1.total_cmp(&b.1))?;
            used.push(best.0);
            weight += best.1;
        }
        Some(Found { weight, used })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn similar(a: &str, b: &str) -> f32 {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        alike(&a, &b)
    }

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
        assert_eq!(similar("shcool", "school"), 0.8);
        assert_eq!(similar("scool", "school"), 0.8);
        assert_eq!(similar("schol", "school"), 0.8);
        assert_eq!(similar("skoler", "school"), 0.0);
        assert_eq!(similar("eduaction", "education"), 0.8);
        assert_eq!(similar("educatoin", "education"), 0.9);
        assert_eq!(similar("edcuatoin", "education"), 0.8);
        assert_eq!(similar("edcuatoinn", "education"), 0.0);
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
        let mut v = Vocabulary::default();
        let (mean, write, apply, ngo) =
            (v.phrase("what do you mean"), v.phrase("what do i write"), v.phrase("подать заявку"), v.phrase("общественная организация"));
        let see = |text: &str| v.see(&words(text));
        assert!(mean.find(&see("What do you mean by applying organisation?")).is_some());
        assert!(mean.find(&see("what do you need")).is_none());
        assert!(write.find(&see("do you store what I write?")).is_none());
        assert!(apply.find(&see("заявку подать")).is_some());
        assert!(ngo.find(&see("my obshchestvennaya organizatsiya")).is_some());
    }

    #[test]
    fn the_vocabulary_finds_what_comparing_every_word_finds() {
        let mut v = Vocabulary::default();
        let data = ["skole", "utstyr", "reiseliv", "finnmark", "utdanning", "школа", "lydutstyr", "kommune", "have", "vadsø", "school", "education"];
        for w in data {
            v.intern(&fold(w));
        }
        let typos = ["fnnmark", "fniinmark", "fnimark", "fimnmark", "shcool", "scool", "schoool", "eduaction", "edcation", "educatoin"];
        for typed in ["skolen", "lydutstyr", "reiselivsselskap", "finmark", "utdaning", "школой", "utstyr", "kommunen", "havent", "vadso", "kommunikasjon"].into_iter().chain(typos) {
            let seen = v.see(&words(typed));
            let mut found: Vec<&str> = seen.words().map(|id| data[id as usize]).collect();
            found.sort_unstable();
            let mut brute: Vec<&str> = data.iter().copied().filter(|d| similar(&fold(d), &words(typed)[0].fold) >= SAME).collect();
            brute.sort_unstable();
            assert_eq!(found, brute, "{typed}");
        }
    }
}
