//! Value mentions on the five seed articles: the mission's amounts normalize to one value.

mod common;

use common::*;
use serde_json::Value;

fn seed_mentions() -> (Vec<Value>, Vec<Value>) {
    let out = tempfile::tempdir().unwrap();
    let result = run(&[&seeds_dir()], out.path(), &[]);
    assert!(result.status.success(), "{}", stderr(&result));
    (read_jsonl(&out.path().join("documents.jsonl")), read_jsonl(&out.path().join("mentions.jsonl")))
}

fn find<'a>(mentions: &'a [Value], doc: &str, text: &str) -> &'a Value {
    mentions
        .iter()
        .find(|m| m["doc_id"] == doc && m["text"] == text)
        .unwrap_or_else(|| panic!("no mention {text:?} in {doc}"))
}

#[test]
fn mission_amounts_are_38_billion_usd_in_every_seed() {
    let (_, mentions) = seed_mentions();
    for (doc, surface) in [
        ("000_e365cb54979b833e", "38 Milliarden US-Dollar"),
        ("001_24744973f4ab1bd5", "$38 billion"),
        ("002_63a8b02069decfa4", "38 miljard dollar"),
        ("003_0b0b9b57362f8521", "$38\u{202f}billion"),
        ("004_dc2e0c668cf878ae", "380 億ドル"),
    ] {
        let m = find(&mentions, doc, surface);
        assert_eq!(
            (m["label"].as_str(), m["value"]["amount"].as_f64(), m["value"]["unit"].as_str()),
            (Some("MONEY"), Some(38e9), Some("USD")),
            "{doc}"
        );
    }
}

#[test]
fn large_amounts_and_vague_counts() {
    let (_, mentions) = seed_mentions();
    assert_eq!(
        find(&mentions, "000_e365cb54979b833e", "1,4 Billionen US-Dollar")["value"]["amount"].as_f64(),
        Some(1.4e12)
    );
    assert_eq!(find(&mentions, "004_dc2e0c668cf878ae", "2,500 億ドル")["value"]["amount"].as_f64(), Some(2.5e11));
    let v = &find(&mentions, "004_dc2e0c668cf878ae", "数十万")["value"];
    assert_eq!((v["type"].as_str(), v["low"].as_f64(), v["high"].as_f64()), (Some("count"), Some(1e5), Some(1e6)));
    let v = &find(&mentions, "001_24744973f4ab1bd5", "4%")["value"];
    assert_eq!((v["amount"].as_f64(), v["low"].as_f64()), (Some(4.0), Some(4.0)), "more than 4% -> low 4");
    let v = &find(&mentions, "000_e365cb54979b833e", "siebenjährigen")["value"];
    assert_eq!((v["amount"].as_f64(), v["unit"].as_str()), (Some(7.0), Some("year")));
    assert_eq!(find(&mentions, "004_dc2e0c668cf878ae", "2026 年末")["value"]["date"], "2026-12");
}

#[test]
fn every_mention_quotes_its_document_exactly() {
    let (docs, mentions) = seed_mentions();
    assert!(mentions.len() > 100, "{} mentions", mentions.len());
    for m in &mentions {
        let doc = docs.iter().find(|d| d["doc_id"] == m["doc_id"]).unwrap();
        let text: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
        let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
        assert_eq!(text[s..e].iter().collect::<String>(), m["text"].as_str().unwrap());
        let [ss, se] = [m["sentence"][0].as_u64().unwrap() as usize, m["sentence"][1].as_u64().unwrap() as usize];
        assert!(ss <= s && e <= se, "mention outside its sentence: {m}");
    }
}
