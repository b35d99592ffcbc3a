//! The inference path end to end on the tiny hand-weighted fixture model
//! (`models/recipe/make_fixture.py`): its labels are known per vocabulary piece, so spans,
//! offsets, windowing and batching can be asserted exactly. Needs `libonnxruntime` from
//! `bash scripts/setup.sh`, no Python.

use std::path::{Path, PathBuf};

use polyfact_ner::{NerError, NerModel, NerOptions, Variant, TYPES};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny")
}

fn shown(text: &str, spans: &[polyfact_ner::Span]) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    spans.iter().map(|s| format!("{}={}", TYPES[s.kind], chars[s.start..s.end].iter().collect::<String>())).collect()
}

const SENTENCE: &str = "Amazon Web Services paid $38 billion to Sam Altman in Berlin.";

#[test]
fn finds_the_spans_the_fixture_encodes_in_both_variants() {
    for variant in [Variant::Fp32, Variant::Int8] {
        let model = NerModel::load(&fixture(), NerOptions::default().variant(variant)).unwrap();
        let (spans, stats) = model.predict(&[SENTENCE, "アマゾンは東京で", ""]).unwrap();
        assert_eq!(
            shown(SENTENCE, &spans[0]),
            vec!["ORG=Amazon Web Services", "MONEY=$38 billion", "PER=Sam Altman", "LOC=Berlin"],
            "{variant:?}"
        );
        assert_eq!(shown("アマゾンは東京で", &spans[1]), vec!["ORG=アマゾン", "LOC=東京"]);
        assert!(spans[2].is_empty());
        assert_eq!(stats.texts, 3);
        assert_eq!(stats.split_texts, 0);
        assert!(spans[0].iter().all(|s| s.score > 0.9));
    }
}

#[test]
fn long_texts_are_windowed_not_truncated_and_offsets_map_back() {
    let model = NerModel::load(&fixture(), NerOptions::default().max_tokens(32).overlap(8)).unwrap();
    let long = vec![SENTENCE; 40].join(" ");
    let (spans, stats) = model.predict(&[long.as_str()]).unwrap();
    assert_eq!(stats.split_texts, 1);
    assert!(stats.windows > 10, "{stats:?}");
    let got = shown(&long, &spans[0]);
    assert_eq!(got.len(), 160, "every repetition keeps its four spans: {got:?}");
    assert_eq!(got[156..], ["ORG=Amazon Web Services", "MONEY=$38 billion", "PER=Sam Altman", "LOC=Berlin"]);
    // The last span sits where the text says it does.
    let last = spans[0].last().unwrap();
    assert_eq!(long.chars().count() - last.end, 1);
}

#[test]
fn batching_does_not_change_results() {
    let model = NerModel::load(&fixture(), NerOptions::default()).unwrap();
    let texts = ["Sam Altman in Berlin.", SENTENCE, "paid $38 to Amazon", "no names here"];
    let (together, _) = model.predict(&texts).unwrap();
    for (i, t) in texts.iter().enumerate() {
        let (alone, _) = model.predict(&[t]).unwrap();
        assert_eq!(alone[0], together[i]);
    }
}

#[test]
fn a_damaged_model_file_is_refused_with_the_setup_command() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("build")).unwrap();
    for f in ["manifest.json", "build/tokenizer.json", "build/model.fp32.onnx"] {
        std::fs::copy(fixture().join(f), dir.path().join(f)).unwrap();
    }
    // A first load hashes the files and stamps them; the stamp must not hide a later change.
    NerModel::load(dir.path(), NerOptions::default()).unwrap();
    assert!(dir.path().join("build/model.fp32.onnx.sha256").is_file());
    std::thread::sleep(std::time::Duration::from_millis(50));
    let mut bytes = std::fs::read(dir.path().join("build/model.fp32.onnx")).unwrap();
    let n = bytes.len();
    bytes[n - 1] ^= 1;
    std::fs::write(dir.path().join("build/model.fp32.onnx"), bytes).unwrap();
    let err = NerModel::load(dir.path(), NerOptions::default()).err().unwrap();
    assert!(matches!(err, NerError::Checksum { .. }), "{err}");
    assert!(err.to_string().contains("scripts/setup.sh"), "{err}");
    let err = NerModel::load(dir.path(), NerOptions::default().variant(Variant::Int8)).err().unwrap();
    assert!(matches!(err, NerError::Missing { .. }), "{err}");
    assert!(err.to_string().contains("scripts/setup.sh"), "{err}");
}
