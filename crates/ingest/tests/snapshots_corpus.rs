//! Snapshot tests: default-corpus articles as ingest sees them (text, metadata, sentences).
//! Review changes with `cargo insta review`.

use std::path::{Path, PathBuf};

use polyfact_ingest::{prepare, CivilDate, InputItem, InputReader, LangData, Limits, Segmenter};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn render(file: &str, lang: &str) -> String {
    let data = LangData::load(&repo().join("data/lang")).unwrap();
    let path = repo().join("data/corpus").join(file);
    let raw = match InputReader::new(&[path], Limits::default()).next() {
        Some(InputItem::Doc(raw)) => raw,
        other => panic!("{file}: {other:?}"),
    };
    let p = prepare(raw, &data, CivilDate::new(2026, 11, 23).unwrap()).unwrap();
    let chars: Vec<char> = p.text.chars().collect();
    let mut out = format!(
        "title: {:?}\npublished: {:?}\nlang declared: {:?}\n",
        p.title,
        p.published.map(|d| d.to_string()),
        p.declared_lang
    );
    for s in Segmenter::new(data).split(&p.text, lang) {
        out.push_str(&format!("[{}..{}] {}\n", s.start, s.end, chars[s.start..s.end].iter().collect::<String>()));
    }
    out
}

#[test]
fn german_html_page() {
    insta::assert_snapshot!(render("de_nordlicht_voltacell.html", "de"));
}

#[test]
fn dutch_markdown_article() {
    insta::assert_snapshot!(render("nl_voltacell_overname.md", "nl"));
}

#[test]
fn japanese_text_article() {
    insta::assert_snapshot!(render("ja_nordlicht_voltacell.txt", "ja"));
}
