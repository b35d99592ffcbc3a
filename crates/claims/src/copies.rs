//! Copies of one story: documents that are near-duplicates of each other (one wire story
//! published by several sites, a page saved twice) are one source for reconciliation, as the
//! output contract says (`corroborated` needs two *independent* sources).
//!
//! Each document gets a MinHash signature of its 5-token shingles (tokens are runs of letters
//! and digits; each CJK character is a token of its own), so a document costs
//! [`SIGNATURE_LEN`] numbers however long it is. Candidate pairs come from locality-sensitive
//! hashing (bands of [`BAND_ROWS`] rows), so the work grows with the number of documents, not
//! its square; a candidate pair is a copy when its estimated Jaccard similarity is at least
//! [`COPY_SIMILARITY`]. Copies are joined transitively; the origin of a document is the
//! smallest doc id of its copies. Broder, *On the resemblance and containment of documents*
//! (1997); Leskovec, Rajaraman and Ullman, *Mining of Massive Datasets*, ch. 3.

use std::collections::{BTreeMap, HashMap};

use polyfact_core::{fnv1a, UnionFind};

/// Numbers per signature.
pub const SIGNATURE_LEN: usize = 64;
/// Rows per LSH band (16 bands of 4): pairs at Jaccard 0.6 become candidates with
/// probability 1 - (1 - 0.6^4)^16 ≈ 0.9, pairs at 0.3 with ≈ 0.12.
pub const BAND_ROWS: usize = 4;
/// Estimated Jaccard similarity of shingle sets from which two documents are copies.
pub const COPY_SIMILARITY: f64 = 0.6;
/// Tokens per shingle.
const SHINGLE: usize = 5;
/// Documents with fewer shingles than this are never copies (a two-line note says too little).
const MIN_SHINGLES: usize = 8;

/// A document's MinHash signature (`None` when it is too short to judge).
pub type Signature = Option<Box<[u64; SIGNATURE_LEN]>>;

fn mix(mut x: u64) -> u64 {
    // splitmix64's finalizer: a bijective 64-bit mix.
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// The MinHash signature of a text, in one pass over it.
pub fn signature(text: &str) -> Signature {
    let mut tokens: Vec<u64> = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, tokens: &mut Vec<u64>| {
        if !word.is_empty() {
            tokens.push(fnv1a(word));
            word.clear();
        }
    };
    for c in text.chars() {
        if is_cjk(c) {
            flush(&mut word, &mut tokens);
            tokens.push(fnv1a(c.encode_utf8(&mut [0; 4])));
        } else if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else {
            flush(&mut word, &mut tokens);
        }
    }
    flush(&mut word, &mut tokens);
    if tokens.len() < SHINGLE + MIN_SHINGLES {
        return None;
    }
    let mut sig = Box::new([u64::MAX; SIGNATURE_LEN]);
    for w in tokens.windows(SHINGLE) {
        let h = w.iter().fold(0u64, |h, t| mix(h ^ t));
        for (i, slot) in sig.iter_mut().enumerate() {
            let v = mix(h ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
            if v < *slot {
                *slot = v;
            }
        }
    }
    Some(sig)
}

fn similarity(a: &[u64; SIGNATURE_LEN], b: &[u64; SIGNATURE_LEN]) -> f64 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / SIGNATURE_LEN as f64
}

/// Doc id -> origin (the smallest doc id among its copies) for every document that has a
/// copy; documents without one are their own origin and are left out.
pub fn origins(signatures: &[(String, Signature)]) -> BTreeMap<String, String> {
    let mut sets = UnionFind::new(signatures.len());
    for band in 0..SIGNATURE_LEN / BAND_ROWS {
        let mut buckets: HashMap<u64, Vec<usize>> = HashMap::new();
        for (i, (_, sig)) in signatures.iter().enumerate() {
            let Some(sig) = sig else { continue };
            let rows = &sig[band * BAND_ROWS..(band + 1) * BAND_ROWS];
            buckets.entry(rows.iter().fold(band as u64, |h, r| mix(h ^ r))).or_default().push(i);
        }
        let mut keys: Vec<u64> = buckets.keys().copied().collect();
        keys.sort_unstable();
        for k in keys {
            let members = &buckets[&k];
            // A bucket holding very many documents is boilerplate, not copies: compare each
            // member with the bucket's first few only, to stay linear.
            let heads = &members[..members.len().min(8)];
            for &i in members {
                for &j in heads.iter().filter(|&&j| j < i) {
                    let (Some(a), Some(b)) = (&signatures[i].1, &signatures[j].1) else { continue };
                    if similarity(a, b) >= COPY_SIMILARITY {
                        sets.union(i, j);
                    }
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    for i in 0..signatures.len() {
        if out.contains_key(&signatures[i].0) || sets.members(i).len() < 2 {
            continue;
        }
        let members = sets.members(i).to_vec();
        let origin = members.iter().map(|&m| signatures[m].0.as_str()).min().expect("a set is never empty");
        for &m in &members {
            out.insert(signatures[m].0.clone(), origin.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "Mars agreed to buy the snack maker Kellanova for about 36 billion dollars in cash, \
        the largest deal of the year in the packaged food industry, the companies said on Wednesday. \
        Shareholders of Kellanova will receive 83.50 dollars per share.";

    #[test]
    fn a_wire_copy_with_another_headline_is_a_copy_and_another_story_is_not() {
        let copy = format!("Mars to buy Kellanova\n\n{STORY} Reporting by our staff.");
        let other = "Toyota Industries will be taken private by the Toyota group in a deal valuing the \
            forklift maker at 4.7 trillion yen, the companies said on Tuesday, ending a long debate.";
        let sigs = vec![
            ("a".to_string(), signature(STORY)),
            ("b".to_string(), signature(&copy)),
            ("c".to_string(), signature(other)),
        ];
        let o = origins(&sigs);
        assert_eq!(o.get("a").map(String::as_str), Some("a"));
        assert_eq!(o.get("b").map(String::as_str), Some("a"));
        assert_eq!(o.get("c"), None);
    }

    #[test]
    fn short_texts_are_never_copies() {
        let sigs =
            vec![("a".to_string(), signature("Shares rose 4%.")), ("b".to_string(), signature("Shares rose 4%."))];
        assert!(origins(&sigs).is_empty());
    }

    #[test]
    fn cjk_text_is_shingled_by_characters() {
        let ja = "マースはケラノバを約360億ドルで買収することで合意したと発表した。食品業界で今年最大の買収となる。";
        let sigs = vec![("a".to_string(), signature(ja)), ("b".to_string(), signature(&format!("{ja}（共同）")))];
        assert_eq!(origins(&sigs).get("b").map(String::as_str), Some("a"));
    }
}
