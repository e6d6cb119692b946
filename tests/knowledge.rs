//! The resource centre's search, measured: realistic questions in three languages (with typos,
//! word forms and mixed languages) in `tests/knowledge/questions.toml`, each with the article
//! that answers it. The search must put the right article first for at least 85 % of them and
//! among the first three for at least 95 %, in every rule set (and first for 85 % in each
//! language); questions no article answers are not answered with confidence, and those no
//! article has anything to do with get "nothing found", not articles that share a word. The
//! measure is the library's ([`barents_bot::verify::knowledge`]), the one `barents-bot check
//! --tests` uses.

mod common;

use barents_bot::verify::knowledge::{self, FIRST, FIRST_THREE};

#[test]
fn realistic_questions_find_their_article() {
    let questions = knowledge::read(&common::repo()).unwrap();
    for rules in ["norwegian-russian", "nordic-2024"] {
        let content = common::content(rules);
        let m = knowledge::measure(&questions, &content, rules);
        let misses: Vec<String> = m.misses.iter().map(ToString::to_string).collect();
        eprintln!("{rules}: {}\n{}", m.figures(), misses.join("\n"));
        if std::env::var_os("KB_STATS").is_some() {
            for q in questions.iter().filter(|q| !q.item.unanswerable()) {
                eprintln!("{:?} read as {:?}", q.item.text, content.knowledge.explain(&q.item.text));
            }
        }
        assert!(m.unknown.is_empty(), "{rules}: unknown articles: {:?}", m.unknown);
        let (p1, p3) = (m.all.first(), m.all.first_three());
        assert!(p1 >= FIRST && p3 >= FIRST_THREE, "{rules}: top-1 {p1:.1} % (need 85), top-3 {p3:.1} % (need 95):\n{}", misses.join("\n"));
        for (l, s) in &m.by_locale {
            assert!(s.first() >= FIRST, "{rules}, {l}: {} questions, top-1 {:.1} %", s.questions, s.first());
        }
        assert!(m.answered.is_empty(), "{rules}: answered though no article answers it:\n{}", m.answered.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
        assert!(m.shortfalls().is_empty());
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
