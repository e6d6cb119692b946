//! The resource centre's search, measured: realistic questions in three languages (with typos,
//! word forms and mixed languages) in `tests/knowledge/questions.toml`, each with the article
//! that answers it. The search must put the right article first for at least 85 % of them and
//! among the first three for at least 95 %, in every rule set (and first for 85 % in each
//! language); questions no article answers are not answered with confidence, and those no
//! article has anything to do with get "nothing found", not articles that share a word.

mod common;

use barents_bot::core::ids::ArticleId;
use serde::Deserialize;

#[derive(Deserialize)]
struct Questions {
    question: Vec<Question>,
}

#[derive(Deserialize)]
struct Question {
    locale: String,
    text: String,
    article: String,
}

fn questions() -> Vec<Question> {
    let text = std::fs::read_to_string(common::repo().join("tests/knowledge/questions.toml")).unwrap();
    toml::from_str::<Questions>(&text).unwrap().question
}

/// No article answers it (`none`), or none even touches on it (`nothing`).
fn unanswerable(q: &Question) -> bool {
    q.article == "none" || q.article == "nothing"
}

/// How many questions of one language (or all) the search put first, and among the first three.
#[derive(Default)]
struct Score {
    questions: usize,
    top1: usize,
    top3: usize,
}

impl Score {
    fn add(&mut self, rank: Option<usize>) {
        self.questions += 1;
        self.top1 += usize::from(rank == Some(0));
        self.top3 += usize::from(rank.is_some());
    }

    fn percent(n: usize, of: usize) -> f64 {
        100.0 * n as f64 / of.max(1) as f64
    }

    fn line(&self, name: &str) -> String {
        format!("{name}: {} questions, top-1 {:.1} %, top-3 {:.1} %", self.questions, Self::percent(self.top1, self.questions), Self::percent(self.top3, self.questions))
    }
}

#[test]
fn realistic_questions_find_their_article() {
    let questions = questions();
    for rules in ["norwegian-russian", "nordic-2024"] {
        let content = common::content(rules);
        let kb = &content.knowledge;
        let sure = content.settings.advice_sure;
        let mut all = Score::default();
        let mut by_locale: std::collections::BTreeMap<&str, Score> = Default::default();
        let mut misses = Vec::new();
        for q in questions.iter().filter(|q| !unanswerable(q)) {
            assert!(kb.article(&ArticleId::new(q.article.clone())).is_some(), "unknown article {} for {:?}", q.article, q.text);
            let hits = kb.search(&q.text);
            let rank = hits.iter().position(|h| h.article.as_str() == q.article);
            all.add(rank);
            by_locale.entry(q.locale.as_str()).or_default().add(rank);
            if rank != Some(0) {
                let got: Vec<String> = hits.iter().map(|h| format!("{} {:.2}", h.article, h.confidence)).collect();
                misses.push(format!("[{}] {:?}: want {}, got {got:?}", q.locale, q.text, q.article));
                if std::env::var_os("KB_STATS").is_some() {
                    misses.push(format!("    read as {:?}", kb.explain(&q.text)));
                }
            }
        }
        // A question no article answers is not answered with confidence; one no article has
        // anything to do with gets "nothing found", not articles that share a word with it.
        let mut answered_nonsense = Vec::new();
        for q in questions.iter().filter(|q| unanswerable(q)) {
            let answers = kb.answers(&q.text, sure);
            let shown = if q.article == "nothing" { answers.hits.first() } else { answers.hits.first().filter(|_| answers.sure) };
            if let Some(h) = shown {
                answered_nonsense.push(format!("[{}] {:?} -> {} {:.2} (read as {:?})", q.locale, q.text, h.article, h.confidence, kb.explain(&q.text)));
            }
        }
        if std::env::var_os("KB_STATS").is_some() {
            let mut c: Vec<f32> = questions.iter().filter(|q| !unanswerable(q)).filter_map(|q| kb.search(&q.text).first().filter(|h| h.article.as_str() == q.article).map(|h| h.confidence)).collect();
            c.sort_by(f32::total_cmp);
            let n: Vec<String> = questions.iter().filter(|q| unanswerable(q)).map(|q| format!("{:.2}", kb.search(&q.text).first().map_or(0.0, |h| h.confidence))).collect();
            eprintln!("correct top-1 confidences: {:?}\nnone: {n:?}", c.iter().map(|x| format!("{x:.2}")).collect::<Vec<_>>());
        }
        let per_locale: Vec<String> = by_locale.iter().map(|(l, s)| s.line(&format!("  {l}"))).collect();
        eprintln!("{}\n{}\n{}", all.line(rules), per_locale.join("\n"), misses.join("\n"));
        let (p1, p3) = (Score::percent(all.top1, all.questions), Score::percent(all.top3, all.questions));
        assert!(p1 >= 85.0 && p3 >= 95.0, "{rules}: top-1 {p1:.1} % (need 85), top-3 {p3:.1} % (need 95):\n{}", misses.join("\n"));
        for (l, s) in &by_locale {
            assert!(Score::percent(s.top1, s.questions) >= 85.0, "{rules}, {l}: {}", s.line(l));
        }
        assert!(answered_nonsense.is_empty(), "{rules}: answered though no article answers it:\n{}", answered_nonsense.join("\n"));
    }
}

#[test]
fn the_questions_from_the_issue_land_on_the_right_article() {
    let content = common::content("norwegian-russian");
    for (q, want) in [("Как найти партнёра в Норвегии?", "find-partner"), ("trenger vi tolk på møtene?", "language"), ("can we pay salaries with the grant?", "funded")] {
        let hits = content.knowledge.search(q);
        assert_eq!(hits.first().map(|h| h.article.as_str()), Some(want), "{q}: {hits:?}");
        assert!(hits[0].confidence >= content.settings.advice_sure, "{q}: {hits:?}");
    }
}

#[test]
fn the_questions_native_readers_tried_find_their_article_and_nothing_else_as_a_close_match() {
    // «перевод» is interpreting and a money transfer: a question about an interpreter is not
    // "exactly on topic" for the article on money transfers. Russian typed in Latin letters
    // finds what the Cyrillic finds.
    for rules in ["norwegian-russian", "nordic-2024"] {
        let content = common::content(rules);
        for (q, want) in [
            ("Можно ли оплатить переводчика?", "language"),
            ("можно ли начать проект до решения", "deadlines"),
            ("сколько денег можно получить", "budget"),
            ("skolko deneg mozhno poluchit", "budget"),
            ("kan vi få penger til en ny buss", "funded"),
            ("partner v Murmanske", "find-partner"),
            ("партнёр в Мурманске", "find-partner"),
        ] {
            let hits = content.knowledge.search(q);
            assert_eq!(hits.first().map(|h| h.article.as_str()), Some(want), "{rules}: {q}: {hits:?}");
        }
        // The console calls 70 % and more "a close match".
        let hits = content.knowledge.search("Можно ли оплатить переводчика?");
        assert!(hits.iter().all(|h| h.article.as_str() == "language" || h.confidence < 0.4), "{rules}: {hits:?}");
        for q in ["кто будет кормить кошку", "kto budet kormit koshku", "who will feed the cat?", "hei", "привет", "hello"] {
            assert!(content.knowledge.answers(q, content.settings.advice_sure).hits.is_empty(), "{rules}: {q}: {:?}", content.knowledge.search(q));
        }
    }
}
