//! The default corpus shipped in data/corpus (the README's first command runs on it).

mod common;

use common::*;

#[test]
fn default_corpus_reads_every_format_and_language() {
    let out = tempfile::tempdir().unwrap();
    let result = run(&[&repo_root().join("data/corpus")], out.path(), &["--strict"]);
    assert!(result.status.success(), "{}", stderr(&result));
    let docs = read_jsonl(&out.path().join("documents.jsonl"));
    let mut langs: Vec<&str> = docs.iter().map(|d| d["lang"].as_str().unwrap()).collect();
    langs.sort();
    let count = |l: &str| langs.iter().filter(|x| **x == l).count();
    let counts: Vec<usize> = ["de", "en", "es", "fr", "it", "ja", "nl", "pt", "zh"].iter().map(|l| count(l)).collect();
    assert_eq!(counts, [22, 27, 9, 13, 1, 12, 16, 2, 2], "documents per language de en es fr it ja nl pt zh");
    assert_eq!(langs.len(), 104);
    let by_id = |id: &str| docs.iter().find(|d| d["doc_id"] == id).unwrap_or_else(|| panic!("{id} missing"));
    // HTML page: furniture dropped, meta date and og:title used.
    let de = by_id("de_nordlicht_voltacell");
    let text = de["text"].as_str().unwrap();
    assert!(text.starts_with("Nordlicht Energie kauft VoltaCell für 2,4 Milliarden Euro"), "{text}");
    for furniture in ["Startseite", "dataLayer", "Impressum", "Mehr zum Thema", "color: red"] {
        assert!(!text.contains(furniture), "{furniture} left in text");
    }
    assert_eq!(de["published"], "2026-03-12");
    // Markdown: front matter read, markup gone.
    let nl = by_id("nl_voltacell_overname");
    assert_eq!(nl["title"], "Duitse Nordlicht neemt VoltaCell over voor 2,4 miljard euro");
    assert!(!nl["text"].as_str().unwrap().contains("**") && !nl["text"].as_str().unwrap().contains("]("));
    // JSONL: source carries the line, explicit metadata is kept.
    let fr = by_id("fr_nordlicht_voltacell");
    assert!(fr["source"].as_str().unwrap().ends_with("dump_2026-03.jsonl#1"));
    assert_eq!(fr["published"], "2026-03-12");
    // Japanese dateline.
    assert_eq!(by_id("ja_nordlicht_voltacell")["published"], "2026-03-12");
}
