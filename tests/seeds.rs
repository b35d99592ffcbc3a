//! The five real seed articles (de/en/nl/en/ja, one full of HTML) through `polyfact run`.

mod common;

use std::collections::BTreeMap;

use common::*;
use serde_json::Value;

fn seed_documents() -> BTreeMap<String, Value> {
    let out = tempfile::tempdir().unwrap();
    let result = run(&[&seeds_dir()], out.path(), &[]);
    assert!(result.status.success(), "{}", stderr(&result));
    for f in ["documents.jsonl", "mentions.jsonl", "claims.jsonl"] {
        assert!(out.path().join(f).is_file(), "{f} missing");
    }
    read_jsonl(&out.path().join("documents.jsonl"))
        .into_iter()
        .map(|d| (d["doc_id"].as_str().unwrap().to_string(), d))
        .collect()
}

#[test]
fn seed_languages_and_publication_dates() {
    let docs = seed_documents();
    let got: Vec<(&str, &str, Option<&str>)> = docs
        .values()
        .map(|d| (d["doc_id"].as_str().unwrap(), d["lang"].as_str().unwrap(), d["published"].as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("000_e365cb54979b833e", "de", Some("2025-11-04")),
            ("001_24744973f4ab1bd5", "en", Some("2025-11-04")),
            ("002_63a8b02069decfa4", "nl", Some("2025-12-17")),
            ("003_0b0b9b57362f8521", "en", Some("2025-11-03")),
            ("004_dc2e0c668cf878ae", "ja", None),
        ]
    );
    for d in docs.values() {
        let c = d["lang_confidence"].as_f64().unwrap();
        assert!((0.5..=1.0).contains(&c), "{}: confidence {c}", d["doc_id"]);
        assert!(d["source"].as_str().unwrap().ends_with(&format!("{}.txt", d["doc_id"].as_str().unwrap())));
    }
}

#[test]
fn html_seed_has_no_tags_or_entities_left_and_keeps_its_text() {
    let docs = seed_documents();
    let text = docs["001_24744973f4ab1bd5"]["text"].as_str().unwrap();
    let tag = regex_lite_find(text, |w| {
        w.starts_with('<') && w[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/')
    });
    assert!(tag.is_none(), "tag left: {tag:?}");
    for entity in ["&amp;", "&nbsp;", "&quot;", "&lt;", "&gt;", "&#"] {
        assert!(!text.contains(entity), "entity {entity} left");
    }
    assert!(text.contains("OpenAI and Amazon have signed a $38 billion partnership"));
    assert!(text.contains("Amazon’s stock rose more than 4%"));
    assert_eq!(docs["001_24744973f4ab1bd5"]["title"], "OpenAI and Amazon Seal $38 Billion AI Cloud Deal");
    // The page furniture above the headline (section slug twice, picture placeholder, date
    // line with a view counter) is gone; the date line still dates the document (see above).
    assert!(text.starts_with("OpenAI and Amazon Seal $38 Billion AI Cloud Deal\n"), "{}", &text[..80]);
}

/// The first whitespace-separated chunk starting a tag-like `<x`, if any.
fn regex_lite_find(text: &str, is_tag: impl Fn(&str) -> bool) -> Option<String> {
    text.match_indices('<').map(|(i, _)| &text[i..(i + 12).min(text.len())]).find(|w| is_tag(w)).map(String::from)
}

#[test]
fn output_is_byte_identical_at_any_thread_count() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let corpus = repo_root().join("data/corpus");
    let seeds = seeds_dir();
    assert!(run(&[&seeds, &corpus], a.path(), &["--threads", "1"]).status.success());
    assert!(run(&[&seeds, &corpus], b.path(), &["--threads", "4"]).status.success());
    for f in ["documents.jsonl", "mentions.jsonl", "claims.jsonl"] {
        let (x, y) = (std::fs::read(a.path().join(f)).unwrap(), std::fs::read(b.path().join(f)).unwrap());
        assert!(x == y, "{f} differs between --threads 1 and 4");
    }
}
