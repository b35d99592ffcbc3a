//! Property tests (the fuzz targets of ingest; `cargo fuzz` needs nightly flags here): every
//! parser takes any input without panicking and returns well-formed results. HTML, Markdown and
//! plain text through `prepare`, then segmentation (sentences in bounds, in order, not
//! overlapping, never longer than `MAX_SENTENCE_CHARS`); JSONL dumps through the input reader
//! (every line is a document or a skip naming its line). Inputs are soups of the tokens each
//! parser branches on, cut anywhere. `PROPTEST_CASES=20000 cargo test --release -p
//! polyfact-ingest --test robustness` is the longer run.

use std::path::{Path, PathBuf};

use polyfact_ingest::{
    prepare, CivilDate, Format, InputItem, InputReader, LangData, Limits, RawDoc, Segmenter, MAX_SENTENCE_CHARS,
};
use proptest::prelude::*;

fn data() -> &'static LangData {
    static D: std::sync::OnceLock<LangData> = std::sync::OnceLock::new();
    D.get_or_init(|| LangData::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/lang")).unwrap())
}

fn segmenter() -> &'static Segmenter {
    static S: std::sync::OnceLock<Segmenter> = std::sync::OnceLock::new();
    S.get_or_init(|| Segmenter::new(data().clone()))
}

fn raw(content: String, format: Format) -> RawDoc {
    RawDoc {
        doc_id: "doc".into(),
        source: "doc".into(),
        path: PathBuf::from("doc"),
        line: None,
        format,
        bytes: content.len() as u64,
        content,
        title: None,
        published: None,
        lang: None,
    }
}

/// Converts and segments; checks the sentence spans.
fn check(content: String, format: Format) -> Result<(), TestCaseError> {
    let Ok(p) = prepare(raw(content, format), data(), CivilDate::new(2026, 11, 23).unwrap()) else { return Ok(()) };
    let n = p.text.chars().count();
    for lang in ["en", "de", "ja", "zh", "fr"] {
        let sentences = segmenter().split(&p.text, lang);
        let mut end = 0;
        for s in &sentences {
            prop_assert!(end <= s.start && s.start < s.end && s.end <= n, "{s:?} after {end} in {n}");
            prop_assert!(s.end - s.start <= MAX_SENTENCE_CHARS);
            end = s.end;
        }
    }
    Ok(())
}

const HTML: &str = "(<p>|</p>|<div class=\"a\">|</div>|<br>|<script>|</script>|<style>|</style>|<!--|-->|<a href='x'>|</a>|\
    <html lang=\"de\">|<meta charset=\"utf-8\">|<title>|</title>|&amp;|&#128;|&#x1F600;|&#0;|&nbsp;|<|>|=|\"|'|\
    <h1>|</h1>|<article>|</article>|<nav>|<table><tr><td>|Amazon rose 4%\\.|Die Aktie 。| |\n|\r|é|株価は上昇した。){0,80}";
const MARKDOWN: &str = "(---\n|title: x\n|# |## |\\*|\\*\\*|_|\\[|\\]|\\(|\\)|!\\[img\\](u)|`|```\n|> |- |1\\. |<br>|\
    Amazon rose 4%\\.| |\n|\n\n|é|株価は上昇した。|\\\\){0,80}";
const TEXT: &str =
    "(Amazon rose 4%|\\.|!|\\?|…|。|「|」|（|）| |\n|\n\n|\r|Nov\\.|U\\.S\\.|3\\. November|J\\. |\u{a0}|\u{feff}|\
    Advertisement\n|12\\.03\\.2026 08:30 Uhr\n|world-news\n|株価は上昇した){0,120}";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn html_soup_never_panics(content in HTML) {
        check(content, Format::Html)?;
    }

    #[test]
    fn markdown_soup_never_panics(content in MARKDOWN) {
        check(content, Format::Markdown)?;
    }

    #[test]
    fn text_soup_and_random_unicode_never_panic(content in TEXT, noise in "\\PC{0,200}") {
        check(content.clone(), Format::Text)?;
        check(noise.clone(), Format::Text)?;
        check(noise, Format::Html)?;
    }

    /// Every line of a JSONL dump is a document or a skip that names its line.
    #[test]
    fn jsonl_lines_are_documents_or_named_skips(
        lines in prop::collection::vec("(\\{|\\}|\\[|\\]|\"id\"|\"text\"|\"title\"|: |, |\"x\"|5|null|true|\u{feff}|é|\\\\u00e9|\\\\){0,14}", 1..8)
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dump.jsonl");
        std::fs::write(&path, lines.join("\n")).unwrap();
        for item in InputReader::new(&[path], Limits::default()) {
            match item {
                InputItem::Doc(d) => prop_assert!(d.line.is_some()),
                InputItem::Skipped(s) => prop_assert!(s.line.is_some() || s.reason.to_string().contains("empty"), "{s:?}"),
                InputItem::Ignored(p) => prop_assert!(false, "{p:?}"),
            }
        }
    }
}
