//! Shared types of the polyfact pipeline.
//!
//! Every stage of the pipeline (ingest -> langid -> ner -> values -> claims -> reconcile ->
//! export) exchanges the types defined here, and the output contract
//! (`shared/spec/output.md`) is their serde form.
//!
//! # Offsets
//! Every `start`/`end` in this crate is a **char index** (Unicode scalar values, Python `str`
//! indices) into [`Document::text`], end exclusive. [`CharIndex`] converts between char and
//! byte offsets in O(log n) once built, so stages can slice `&str` cheaply.

use serde::{Deserialize, Serialize};

mod dates;
mod offsets;
mod union_find;
pub use dates::{today_utc, CivilDate};
pub use offsets::CharIndex;
pub use union_find::UnionFind;

/// 64-bit FNV-1a: stable across runs, platforms and Rust versions (unlike `DefaultHasher`);
/// the one hash of claim ids and of the entity step's context keys.
pub fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}

/// A sentence of a document: a char span into [`Document::text`] plus the sentence's own
/// language when it differs from the document's (mixed-language documents).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// ISO 639-1 code when this sentence was detected in another language than its
    /// document; `None` means "same as the document".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// One ingested document. Its serde form (minus `sentences`) is a line of `documents.jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub doc_id: String,
    /// Path, or `path#line` for JSONL dumps.
    pub source: String,
    /// ISO 639-1 code of the main language, `und` when none could be determined.
    pub lang: String,
    pub lang_confidence: f64,
    pub title: Option<String>,
    /// `YYYY-MM-DD` when the document states a publication date.
    pub published: Option<String>,
    /// Plain text every offset points into (NFC, HTML stripped, entities decoded).
    pub text: String,
    /// Sentence spans, in order, non-overlapping. Not part of `documents.jsonl`.
    #[serde(skip)]
    pub sentences: Vec<Sentence>,
}

impl Document {
    /// The text of a sentence, sliced by char offsets.
    pub fn sentence_text<'a>(&'a self, index: &CharIndex, sentence: &Sentence) -> &'a str {
        index.slice(&self.text, sentence.start, sentence.end)
    }

    /// Language of a sentence: its own when mixed, the document's otherwise.
    pub fn sentence_lang<'a>(&'a self, sentence: &'a Sentence) -> &'a str {
        sentence.lang.as_deref().unwrap_or(&self.lang)
    }
}

/// The language code used when no supported language could be detected (ISO 639-2 `und`).
pub const UNDETERMINED_LANG: &str = "und";

/// Entity types of the contract.
pub const ENTITY_LABELS: [&str; 6] = ["ORG", "PER", "LOC", "PRODUCT", "EVENT", "MISC"];
/// Value types (mention labels) of the contract.
pub const VALUE_LABELS: [&str; 6] = ["MONEY", "PERCENT", "DATE", "DURATION", "QUANTITY", "COUNT"];

/// A canonical entity: `id` is shared by every spelling in every language and script.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
}

/// A normalized value (`money`, `percent`, `date`, `duration`, `quantity`, `count`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Value {
    #[serde(rename = "type")]
    pub kind: String,
    pub amount: Option<f64>,
    pub unit: Option<String>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub approx: bool,
    pub date: Option<String>,
}

/// One entity or value mention (a line of `mentions.jsonl`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub doc_id: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub label: String,
    pub score: f64,
    pub sentence: [usize; 2],
    pub entity: Option<Entity>,
    pub value: Option<Value>,
}

/// Where a claim is stated: the sentence (`quote`) and the value's surface form inside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub doc_id: String,
    pub lang: String,
    pub start: usize,
    pub end: usize,
    pub quote: String,
    pub value_text: String,
    pub score: f64,
}

/// A canonical claim after reconciliation (a line of `claims.jsonl`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub claim_id: String,
    pub predicate: String,
    pub subject: Entity,
    pub object: Option<Entity>,
    pub value: Value,
    pub qualifiers: serde_json::Map<String, serde_json::Value>,
    pub status: String,
    pub conflicts_with: Vec<String>,
    pub confidence: f64,
    pub languages: Vec<String>,
    pub sources: Vec<Evidence>,
    /// The time the claim is about (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), when the text gives one.
    #[serde(default)]
    pub as_of: Option<String>,
    /// Claims about the same fact and time whose values are compatible but not equal.
    #[serde(default)]
    pub consistent_with: Vec<String>,
    /// Why the values of a conflicting claim differ: `magnitude`, `rounding`, `bound`,
    /// `different_value`; `None` without conflict.
    #[serde(default)]
    pub conflict_kind: Option<String>,
    /// Within a conflict group, the value the evidence supports best; `true` without conflict.
    #[serde(default = "yes")]
    pub preferred: bool,
}

fn yes() -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_serializes_exactly_the_contract_fields() {
        let doc = Document {
            doc_id: "a".into(),
            source: "x/a.txt".into(),
            lang: "en".into(),
            lang_confidence: 0.5,
            title: None,
            published: Some("2025-11-04".into()),
            text: "Hi.".into(),
            sentences: vec![Sentence { start: 0, end: 3, lang: None }],
        };
        let json = serde_json::to_string(&doc).unwrap();
        assert_eq!(
            json,
            r#"{"doc_id":"a","source":"x/a.txt","lang":"en","lang_confidence":0.5,"title":null,"published":"2025-11-04","text":"Hi."}"#
        );
    }

    #[test]
    fn entity_and_value_use_type_as_field_name() {
        let e = Entity { id: "openai".into(), name: "OpenAI".into(), kind: "ORG".into() };
        assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"id":"openai","name":"OpenAI","type":"ORG"}"#);
        let v = Value {
            kind: "money".into(),
            amount: Some(38e9),
            unit: Some("USD".into()),
            low: None,
            high: None,
            approx: false,
            date: None,
        };
        assert!(serde_json::to_string(&v).unwrap().starts_with(r#"{"type":"money","amount":38000000000.0"#));
    }
}
