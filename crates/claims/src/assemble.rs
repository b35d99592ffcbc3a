//! Per-document claim assembly: which predicate a value states, and about whom.

use std::collections::BTreeSet;

use polyfact_core::{CharIndex, Entity, Evidence, Value};
use polyfact_entities::EntityMention;
use polyfact_values::ValueSpan;
use serde_json::Map;

use crate::schema::{Predicate, Schema};

/// One sentence with its mentions; mention offsets are relative to the sentence.
#[derive(Debug, Clone)]
pub struct SentenceMentions<'a> {
    /// Char span of the sentence in its document.
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub lang: &'a str,
    pub entities: Vec<EntityMention>,
    pub values: Vec<ValueSpan>,
}

/// A claim as stated by one sentence, before reconciliation.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub predicate: String,
    pub symmetric: bool,
    pub subject: Entity,
    pub object: Option<Entity>,
    pub value: Value,
    pub qualifiers: Map<String, serde_json::Value>,
    pub evidence: Evidence,
}

/// Lower-cased chars of a sentence, one per original char (offsets stay valid).
fn lower_chars(text: &str) -> Vec<char> {
    text.chars().map(|c| c.to_lowercase().next().unwrap_or(c)).collect()
}

/// Char positions where `phrase` occurs as a word (or a word prefix with an inflection of at
/// most two letters
/// such as `Abkommens`, `Vereinbarungen`, `deals`); CJK phrases match anywhere.
fn find_phrase(hay: &[char], phrase: &str) -> Vec<usize> {
    let needle: Vec<char> = phrase.chars().collect();
    if needle.is_empty() || needle.len() > hay.len() {
        return Vec::new();
    }
    let spaced = needle.iter().all(|c| !is_cjk(*c));
    let mut out = Vec::new();
    for i in 0..=hay.len() - needle.len() {
        if hay[i] != needle[0] || hay[i..i + needle.len()] != needle[..] {
            continue;
        }
        if spaced {
            let before_ok = i == 0 || !hay[i - 1].is_alphanumeric();
            let tail = hay[i + needle.len()..].iter().take_while(|c| c.is_alphabetic()).count();
            if !before_ok || tail > 2 {
                continue;
            }
        }
        out.push(i);
    }
    out
}

/// How far (chars) a cue may be from the value it types; CJK text is denser.
const MAX_CUE_GAP: usize = 60;
const MAX_CUE_GAP_CJK: usize = 30;
/// How far (chars) after a count its counted-noun cue may be ("20,000 Nvidia GPUs").
const COUNTED_NOUN_REACH: usize = 12;
/// How far (chars) from a value a year may be to set the claim's period.
const PERIOD_WINDOW: usize = 20;
/// How far before the value an aggregate word ("totaling") blocks the claim.
const AGGREGATE_WINDOW: usize = 30;

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF)
}

/// Distance in chars between two spans (0 when they touch or overlap).
fn gap(a: (usize, usize), b: (usize, usize)) -> usize {
    if a.1 <= b.0 {
        b.0 - a.1
    } else {
        a.0.saturating_sub(b.1)
    }
}

/// A party of the sentence: an organization mention or a coreference to an earlier one.
#[derive(Debug, Clone)]
struct Party {
    pos: (usize, usize),
    entity: Entity,
}

/// Where each predicate's cues occur in a sentence: (predicate index, start, end), found in
/// one pass of the language's cue automaton, with the word-start rule of [`find_phrase`].
fn cue_hits(schema: &Schema, lower: &[char], lang: &str) -> Vec<(usize, usize, usize)> {
    let Some(index) = schema.cue_index.get(lang) else { return Vec::new() };
    let text: String = lower.iter().collect();
    let offsets = CharIndex::new(&text);
    let mut hits = Vec::new();
    for m in index.automaton.find_overlapping_iter(&text) {
        let (predicate, len, spaced) = index.patterns[m.pattern().as_usize()];
        let start = offsets.char(m.start());
        if spaced {
            let before_ok = start == 0 || !lower[start - 1].is_alphanumeric();
            let tail = lower[start + len..].iter().take_while(|c| c.is_alphabetic()).count();
            if !before_ok || tail > 2 {
                continue;
            }
        }
        hits.push((predicate, start, start + len));
    }
    hits
}

/// The predicate this value states: the one whose cue is nearest (within `MAX_CUE_GAP`),
/// among those of the value's type whose cues occur in the sentence.
fn predicate_for<'s>(
    schema: &'s Schema,
    hits: &[(usize, usize, usize)],
    lang: &str,
    v: &ValueSpan,
) -> Option<&'s Predicate> {
    let max_gap = if matches!(lang, "ja" | "zh" | "ko") { MAX_CUE_GAP_CJK } else { MAX_CUE_GAP };
    let accepts = |p: &Predicate| {
        if p.value != v.value.kind {
            return false;
        }
        if let (false, Some(unit)) = (p.units.is_empty(), v.value.unit.as_deref()) {
            let unit = unit.to_lowercase();
            // "20,000 Nvidia GPUs": the counted noun may follow a name; a cue right after
            // the value stands in for it.
            let cue_right_after = hits.iter().any(|&(i, a, _)| {
                std::ptr::eq(&schema.predicates[i], p) && a >= v.end && a - v.end <= COUNTED_NOUN_REACH
            });
            if !p.units.iter().any(|u| unit.contains(u.as_str())) && !cue_right_after {
                return false;
            }
        }
        if let (Some(min), Some(date)) = (p.date_precision.as_deref(), v.value.date.as_deref()) {
            let needed = match min {
                "day" => 3,
                "month" => 2,
                _ => 1,
            };
            if date.split('-').count() < needed {
                return false;
            }
        }
        true
    };
    hits.iter()
        .filter(|(i, ..)| accepts(&schema.predicates[*i]))
        .map(|&(i, a, b)| (gap((a, b), (v.start, v.end)), i))
        .filter(|(d, _)| *d <= max_gap)
        .min()
        .map(|(_, i)| &schema.predicates[i])
}

/// The subject and object of a two-party predicate: the parties nearest to the value that
/// belong to different top-level entities (AWS and Amazon are one party); a party right after
/// a counterparty word ("with", "mit") is the object, otherwise the one written second.
fn two_parties(
    parties: &[&Party],
    value: (usize, usize),
    lower: &[char],
    markers: Option<&Vec<String>>,
    roots: &dyn Fn(&str) -> String,
) -> Option<(Entity, Option<Entity>)> {
    let mut by_distance: Vec<&Party> = parties.to_vec();
    by_distance.sort_by_key(|pt| (gap(pt.pos, value), pt.pos));
    let marked = |pt: &Party| {
        let before: String = lower[..pt.pos.0].iter().rev().skip_while(|c| c.is_whitespace()).collect::<String>();
        markers.into_iter().flatten().any(|m| {
            let rev: String = m.chars().rev().collect();
            before.starts_with(&rev) && before[rev.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
        })
    };
    let object = by_distance.iter().find(|pt| marked(pt)).copied();
    let mut chosen: Vec<&Party> = object.into_iter().collect();
    for pt in &by_distance {
        if chosen.len() < 2 && !chosen.iter().any(|c| roots(&c.entity.id) == roots(&pt.entity.id)) {
            chosen.push(pt);
        }
    }
    match (object, chosen.as_slice()) {
        (Some(o), [_, s]) => Some((s.entity.clone(), Some(o.entity.clone()))),
        (None, [a, b]) => {
            let (first, second) = if a.pos <= b.pos { (a, b) } else { (b, a) };
            Some((first.entity.clone(), Some(second.entity.clone())))
        }
        _ => None,
    }
}

/// Claims stated by one document's sentences, in order. `last_org` carries the first
/// organization of the latest sentence that had one, for coreference ("the company").
///
/// `roots` maps an entity id to its topmost parent (`aws` -> `amazon`), so that a company and
/// its subsidiary are never the two parties of one claim.
pub fn assemble_document(
    schema: &Schema,
    doc_id: &str,
    sentences: &[SentenceMentions],
    roots: &dyn Fn(&str) -> String,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut last_org: Option<Entity> = None;
    for s in sentences {
        if s.values.is_empty() {
            if let Some(org) = s.entities.iter().find(|e| e.entity.kind == "ORG") {
                last_org = Some(org.entity.clone());
            }
            continue;
        }
        let lower = lower_chars(s.text);
        let hits = cue_hits(schema, &lower, s.lang);
        let mut parties: Vec<Party> = s
            .entities
            .iter()
            .filter(|e| e.entity.kind == "ORG")
            .map(|e| Party { pos: (e.start, e.end), entity: e.entity.clone() })
            .collect();
        if let Some(prev) = &last_org {
            for phrase in schema.coref.get(s.lang).into_iter().flatten() {
                for pos in find_phrase(&lower, phrase) {
                    parties.push(Party { pos: (pos, pos + phrase.chars().count()), entity: prev.clone() });
                }
            }
        }
        parties.sort_by_key(|p| p.pos);
        let hedge = schema.hedges.get(s.lang).into_iter().flatten().find(|h| !find_phrase(&lower, h).is_empty());
        // Ends of words that disqualify a value right after them: aggregates ("totaling")
        // and earlier or comparison values ("up from").
        let blockers: Vec<usize> = [&schema.aggregates, &schema.previous]
            .into_iter()
            .flat_map(|lists| lists.get(s.lang).into_iter().flatten())
            .flat_map(|a| find_phrase(&lower, a).into_iter().map(move |pos| pos + a.chars().count()))
            .collect();
        // Pro-drop languages: a sentence without an organization is about the last one.
        if parties.is_empty() && schema.zero_anaphora.iter().any(|l| l == s.lang) {
            if let Some(prev) = &last_org {
                parties.push(Party { pos: (0, 0), entity: prev.clone() });
            }
        }
        for v in &s.values {
            if blockers.iter().any(|&end| end <= v.start && v.start - end <= AGGREGATE_WINDOW) {
                continue;
            }
            let Some(p) = predicate_for(schema, &hits, s.lang, v) else { continue };
            let outside: Vec<&Party> = parties.iter().filter(|pt| gap(pt.pos, (v.start, v.end)) > 0).collect();
            let (subject, object) = if p.object {
                match two_parties(&outside, (v.start, v.end), &lower, schema.counterparty.get(s.lang), roots) {
                    Some(pair) => pair,
                    None => continue,
                }
            } else {
                // The nearest organization before the value, else the first after it.
                let before = outside.iter().filter(|pt| pt.pos.1 <= v.start).min_by_key(|pt| v.start - pt.pos.1);
                match before.or_else(|| outside.iter().find(|pt| pt.pos.0 >= v.end)) {
                    Some(pt) => (pt.entity.clone(), None),
                    None => continue,
                }
            };
            let mut qualifiers = Map::new();
            if let Some(h) = hedge {
                qualifiers.insert("hedge".into(), serde_json::Value::String(h.clone()));
            }
            // A year written right next to a non-date value is the period it refers to
            // ("revenue of $13 billion in 2025"); two different years leave it open, and a
            // year further away ("... since it listed in 2019") says nothing about the value.
            if v.value.kind != "date" {
                let years: BTreeSet<&str> = s
                    .values
                    .iter()
                    .filter(|d| gap((d.start, d.end), (v.start, v.end)) <= PERIOD_WINDOW)
                    .filter_map(|d| d.value.date.as_deref())
                    .filter(|d| d.len() == 4)
                    .collect();
                if let [year] = years.into_iter().collect::<Vec<_>>().as_slice() {
                    qualifiers.insert("period".into(), serde_json::Value::String(year.to_string()));
                }
            }
            out.push(Candidate {
                predicate: p.name.clone(),
                symmetric: p.symmetric,
                subject,
                object,
                value: v.value.clone(),
                qualifiers,
                evidence: Evidence {
                    doc_id: doc_id.to_string(),
                    lang: s.lang.to_string(),
                    start: s.start,
                    end: s.end,
                    quote: s.text.to_string(),
                    value_text: v.text.clone(),
                    score: 1.0,
                },
            });
        }
        // The salient organization of a sentence is its first (usually the subject).
        if let Some(org) = s.entities.iter().find(|e| e.entity.kind == "ORG") {
            last_org = Some(org.entity.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_on_word_starts_with_short_inflections() {
        let hay = lower_chars("Cloud-Computing-Abkommens und Dealers; 同社の契約");
        assert_eq!(find_phrase(&hay, "abkommen"), [16]);
        assert!(find_phrase(&hay, "deal").is_empty(), "dealers has too long a tail");
        assert_eq!(find_phrase(&hay, "契約"), [42]);
    }

    #[test]
    fn gaps_between_spans() {
        assert_eq!(gap((0, 5), (7, 9)), 2);
        assert_eq!(gap((7, 9), (0, 5)), 2);
        assert_eq!(gap((0, 5), (3, 9)), 0);
    }
}
