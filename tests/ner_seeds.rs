//! The NER model alone (`polyfact ner`, no alias tables) on the five seed articles, and the
//! model's mentions inside `polyfact run` output.

mod common;

use std::collections::BTreeSet;
use std::io::Write;
use std::process::{Command, Stdio};

use common::*;
use serde_json::Value;

/// Every (label, text) the model finds in a document's text, line by line.
fn model_spans(text: &str) -> BTreeSet<(String, String)> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_polyfact"))
        .arg("ner")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let input = text.replace('\u{2028}', "\n");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()).unwrap());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut found = BTreeSet::new();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        let chars: Vec<char> = v["text"].as_str().unwrap().chars().collect();
        for s in v["spans"].as_array().unwrap() {
            let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
            let text: String = chars[a..b].iter().collect();
            assert_eq!(text, s["text"].as_str().unwrap());
            found.insert((s["label"].as_str().unwrap().to_string(), text));
        }
    }
    found
}

#[test]
fn the_model_finds_the_deal_parties_and_sam_altman_in_every_seed() {
    let out = tempfile::tempdir().unwrap();
    let result = run(&[&seeds_dir()], out.path(), &["--no-ner"]);
    assert!(result.status.success(), "{}", stderr(&result));
    let docs = read_jsonl(&out.path().join("documents.jsonl"));
    assert_eq!(docs.len(), 5);
    for d in &docs {
        let id = d["doc_id"].as_str().unwrap();
        let found = model_spans(d["text"].as_str().unwrap());
        let has =
            |label: &str, names: &[&str]| names.iter().any(|n| found.contains(&(label.to_string(), n.to_string())));
        assert!(has("ORG", &["OpenAI"]), "{id}: OpenAI not found as ORG");
        assert!(has("ORG", &["Amazon", "アマゾン"]), "{id}: Amazon not found as ORG");
        if d["lang"] != "nl" {
            assert!(
                has("PER", &["Sam Altman", "サム アルトマン", "サム・アルトマン"]),
                "{id}: Sam Altman not found as PER"
            );
        }
    }
}

#[test]
fn run_writes_model_mentions_that_quote_the_text() {
    let out = tempfile::tempdir().unwrap();
    let result = run(&[&seeds_dir()], out.path(), &[]);
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(stderr(&result).contains("ner:"), "{}", stderr(&result));
    let docs: Vec<Value> = read_jsonl(&out.path().join("documents.jsonl"));
    let mentions = read_jsonl(&out.path().join("mentions.jsonl"));
    let mut from_model = 0;
    for m in &mentions {
        let doc = docs.iter().find(|d| d["doc_id"] == m["doc_id"]).unwrap();
        let chars: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
        let (a, b) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[a..b].iter().collect::<String>(), m["text"].as_str().unwrap());
        let score = m["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score));
        if score < 1.0 {
            from_model += 1;
            let is_entity = m["entity"].is_object();
            assert!(is_entity || m["value"].is_object(), "a model mention without entity or value: {m}");
        }
    }
    assert!(from_model > 0, "no mention came from the model");
}
