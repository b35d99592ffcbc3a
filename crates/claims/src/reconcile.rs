//! Reconciliation: one canonical claim per fact across documents and languages.
//!
//! 1. **Group** candidates by (predicate, subject, object), comparing entities by their
//!    topmost parent (`aws` and `amazon` are one party) and, for symmetric predicates, as an
//!    unordered pair.
//! 2. **Cluster** each group's values: a candidate joins the first cluster whose members are
//!    all compatible with it — same unit and overlapping intervals (exact values, `about`
//!    as ±10%, bounds as half-open intervals, ranges), or for dates one containing the other
//!    (`2025-11` contains `2025-11-03`). Exact values seed clusters first.
//! 3. **Emit** one claim per cluster: the most frequent entity spelling and the most frequent
//!    most specific value; `conflicting` with `conflicts_with` when a group has several
//!    clusters, else `corroborated` (2+ documents) or `single_source`.
//!
//! Confidence is a noisy-OR over the independent documents that support the claim (each
//! worth `SOURCE_WEIGHT` × its extraction score, less for hedged statements), scaled by the
//! claim's share of its group's documents when sources disagree.

use std::collections::{BTreeMap, BTreeSet};

use polyfact_core::{fnv1a, Claim, Entity, Evidence, Value};
use polyfact_entities::EntityTable;

use crate::assemble::Candidate;

/// Weight of one document's support (a rule-based extraction from one sentence).
const SOURCE_WEIGHT: f64 = 0.6;
/// Factor for hedged statements ("reportedly", "zou overwegen").
const HEDGE_FACTOR: f64 = 0.7;
/// Relative tolerance of `approx` values.
const APPROX_TOLERANCE: f64 = 0.1;

fn interval(v: &Value) -> (f64, f64) {
    let (mut lo, mut hi) = match v.amount {
        Some(a) if v.approx => (a * (1.0 - APPROX_TOLERANCE), a * (1.0 + APPROX_TOLERANCE)),
        Some(a) => (a, a),
        None => (f64::NEG_INFINITY, f64::INFINITY),
    };
    match (v.low, v.high) {
        (Some(l), Some(h)) => (lo, hi) = (l, h),
        (Some(l), None) => (lo, hi) = (l.min(lo), f64::INFINITY),
        (None, Some(h)) => (lo, hi) = (f64::NEG_INFINITY, h.max(hi)),
        (None, None) => {}
    }
    (lo, hi)
}

/// Whether two values can describe the same fact. A count's unit is the counted noun in
/// its own language (`jobs`, `Stellen`), so counts compare by number only.
pub fn compatible(a: &Value, b: &Value) -> bool {
    if a.kind != b.kind || (a.unit != b.unit && a.kind != "count") {
        return false;
    }
    if a.kind == "date" {
        return match (&a.date, &b.date) {
            (Some(x), Some(y)) => x.starts_with(y.as_str()) || y.starts_with(x.as_str()),
            _ => false,
        };
    }
    let ((alo, ahi), (blo, bhi)) = (interval(a), interval(b));
    let eps = 1e-9 * ahi.abs().max(bhi.abs()).min(f64::MAX);
    alo <= bhi + eps && blo <= ahi + eps
}

/// The common part of two compatible values, as a value: the tighter interval (kept as
/// `low`/`high`), or the more specific date.
fn intersect(a: &Value, b: &Value) -> Value {
    if a.kind == "date" {
        let longer = |x: &Value| x.date.as_ref().map_or(0, |d| d.len());
        return if longer(b) > longer(a) { b.clone() } else { a.clone() };
    }
    let ((alo, ahi), (blo, bhi)) = (interval(a), interval(b));
    let (lo, hi) = (alo.max(blo), ahi.min(bhi));
    Value {
        amount: None,
        approx: false,
        low: lo.is_finite().then_some(lo),
        high: hi.is_finite().then_some(hi),
        date: None,
        ..a.clone()
    }
}

fn is_exact(v: &Value) -> bool {
    (v.amount.is_some() && !v.approx && v.low.is_none() && v.high.is_none()) || v.date.is_some()
}

/// A canonical text key of a value, for ids and for picking the most frequent value.
pub fn value_key(v: &Value) -> String {
    let n = |x: Option<f64>| x.map_or("-".to_string(), |x| format!("{x}"));
    format!(
        "{}:{}:{}:{}:{}:{}:{}",
        v.kind,
        v.unit.as_deref().unwrap_or("-"),
        n(v.amount),
        n(v.low),
        n(v.high),
        v.approx,
        v.date.as_deref().unwrap_or("-")
    )
}

/// (predicate, subject root, object root, period): a claim about 2024 is another fact than
/// the same claim about 2025.
type GroupKey = (String, String, String, String);

fn group_key(c: &Candidate, table: &EntityTable) -> GroupKey {
    let s = table.root(&c.subject.id).to_string();
    let o = c.object.as_ref().map_or(String::new(), |o| table.root(&o.id).to_string());
    let period = c.qualifiers.get("period").and_then(|p| p.as_str()).unwrap_or("").to_string();
    if c.symmetric && o < s {
        (c.predicate.clone(), o, s, period)
    } else {
        (c.predicate.clone(), s, o, period)
    }
}

/// The most frequent entity in a role; ties go to the more specific (one with a parent),
/// then to the smaller id.
fn pick_entity<'a>(entities: impl Iterator<Item = &'a Entity>, table: &EntityTable) -> Option<Entity> {
    let mut counts: BTreeMap<&str, (usize, &Entity)> = BTreeMap::new();
    for e in entities {
        counts.entry(e.id.as_str()).or_insert((0, e)).0 += 1;
    }
    counts
        .into_values()
        .max_by(|(na, a), (nb, b)| {
            na.cmp(nb)
                .then_with(|| table.parent(&a.id).is_some().cmp(&table.parent(&b.id).is_some()))
                .then_with(|| b.id.cmp(&a.id))
        })
        .map(|(_, e)| e.clone())
}

/// Reconciles all candidates of a run into canonical claims, sorted by predicate, subject,
/// object and value.
pub fn reconcile(candidates: Vec<Candidate>, table: &EntityTable) -> Vec<Claim> {
    let mut groups: BTreeMap<GroupKey, Vec<Candidate>> = BTreeMap::new();
    for c in candidates {
        groups.entry(group_key(&c, table)).or_default().push(c);
    }
    let mut claims = Vec::new();
    for ((predicate, subject_root, object_root, period), mut members) in groups {
        // Exact values first so they seed clusters; then by source for determinism.
        members.sort_by(|a, b| {
            is_exact(&b.value)
                .cmp(&is_exact(&a.value))
                .then_with(|| a.evidence.doc_id.cmp(&b.evidence.doc_id))
                .then_with(|| a.evidence.start.cmp(&b.evidence.start))
                .then_with(|| a.evidence.value_text.cmp(&b.evidence.value_text))
        });
        // Each cluster keeps the intersection of its members (an interval, or the most
        // specific date): intervals that pairwise overlap share a point (Helly, in 1-D) and
        // compatible dates form a chain, so "compatible with every member" is "compatible
        // with the intersection" — one check per cluster instead of one per member.
        let mut clusters: Vec<(Value, Vec<Candidate>)> = Vec::new();
        // An exact value already seen joins its cluster directly (most repeats are exact).
        let mut exact_home: BTreeMap<String, usize> = BTreeMap::new();
        for c in members {
            let key = is_exact(&c.value).then(|| value_key(&c.value));
            let home =
                key.as_ref().and_then(|k| exact_home.get(k).copied()).filter(|&i| compatible(&clusters[i].0, &c.value));
            match home.or_else(|| clusters.iter().position(|(meet, _)| compatible(meet, &c.value))) {
                Some(i) => {
                    clusters[i].0 = intersect(&clusters[i].0, &c.value);
                    clusters[i].1.push(c);
                    if let Some(k) = key {
                        exact_home.entry(k).or_insert(i);
                    }
                }
                None => {
                    if let Some(k) = key {
                        exact_home.insert(k, clusters.len());
                    }
                    clusters.push((c.value.clone(), vec![c]));
                }
            }
        }
        let clusters: Vec<Vec<Candidate>> = clusters.into_iter().map(|(_, cl)| cl).collect();
        let group_docs: BTreeSet<&str> = clusters.iter().flatten().map(|c| c.evidence.doc_id.as_str()).collect();
        let group_docs = group_docs.len();
        let first_index = claims.len();
        let conflicting = clusters.len() > 1;
        for cluster in &clusters {
            let roots = Roots { subject: &subject_root, object: &object_root, period: &period };
            claims.push(build_claim(&predicate, roots, cluster, group_docs, conflicting, table));
        }
        if conflicting {
            let ids: Vec<String> = claims[first_index..].iter().map(|c| c.claim_id.clone()).collect();
            for claim in &mut claims[first_index..] {
                claim.conflicts_with = ids.iter().filter(|id| **id != claim.claim_id).cloned().collect();
            }
        }
    }
    claims.sort_by(|a, b| {
        (a.predicate.as_str(), a.subject.id.as_str(), a.object.as_ref().map(|o| o.id.as_str()), a.claim_id.as_str())
            .cmp(&(
                b.predicate.as_str(),
                b.subject.id.as_str(),
                b.object.as_ref().map(|o| o.id.as_str()),
                b.claim_id.as_str(),
            ))
    });
    claims
}

/// The group a cluster belongs to.
struct Roots<'a> {
    subject: &'a str,
    object: &'a str,
    period: &'a str,
}

fn build_claim(
    predicate: &str,
    roots: Roots,
    cluster: &[Candidate],
    group_docs: usize,
    conflicting: bool,
    table: &EntityTable,
) -> Claim {
    // The most frequent of the most specific values (exact before bounds and ranges).
    let mut value_counts: BTreeMap<String, (usize, bool, &Value)> = BTreeMap::new();
    for c in cluster {
        value_counts.entry(value_key(&c.value)).or_insert((0, is_exact(&c.value), &c.value)).0 += 1;
    }
    let value = value_counts
        .iter()
        .max_by(|(ka, (na, ea, _)), (kb, (nb, eb, _))| ea.cmp(eb).then(na.cmp(nb)).then_with(|| kb.cmp(ka)))
        .map(|(_, (_, _, v))| (*v).clone())
        .expect("clusters are never empty");
    // Subject and object as written most often. Symmetric pairs take the orientation most
    // sources wrote ("OpenAI and Amazon" more often than "Amazon and OpenAI").
    let mut orientation: BTreeMap<&str, usize> = BTreeMap::new();
    for c in cluster {
        *orientation.entry(table.root(&c.subject.id)).or_default() += 1;
    }
    let first_root = orientation
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(r, _)| *r)
        .unwrap_or(roots.subject);
    let (subjects, objects): (Vec<&Entity>, Vec<&Entity>) = cluster
        .iter()
        .filter_map(|c| {
            let o = c.object.as_ref()?;
            Some(if c.symmetric && table.root(&c.subject.id) != first_root { (o, &c.subject) } else { (&c.subject, o) })
        })
        .unzip();
    let subject = if subjects.is_empty() {
        pick_entity(cluster.iter().map(|c| &c.subject), table)
    } else {
        pick_entity(subjects.into_iter(), table)
    }
    .expect("clusters are never empty");
    let object = pick_entity(objects.into_iter(), table);
    let mut sources: Vec<Evidence> = cluster.iter().map(|c| c.evidence.clone()).collect();
    sources.sort_by(|a, b| {
        (a.doc_id.as_str(), a.start, a.value_text.as_str()).cmp(&(b.doc_id.as_str(), b.start, b.value_text.as_str()))
    });
    sources.dedup_by(|a, b| a.doc_id == b.doc_id && a.start == b.start && a.value_text == b.value_text);
    let languages: BTreeSet<String> = sources.iter().map(|s| s.lang.clone()).collect();
    // Noisy-OR over documents: each document counts once, with its best-supported statement.
    let mut per_doc: BTreeMap<&str, f64> = BTreeMap::new();
    for c in cluster {
        let w = SOURCE_WEIGHT * c.evidence.score * if c.qualifiers.contains_key("hedge") { HEDGE_FACTOR } else { 1.0 };
        let e = per_doc.entry(c.evidence.doc_id.as_str()).or_insert(0.0);
        *e = e.max(w);
    }
    let docs = per_doc.len();
    let mut confidence = 1.0 - per_doc.values().map(|p| 1.0 - p).product::<f64>();
    if conflicting {
        confidence *= docs as f64 / group_docs.max(1) as f64;
    }
    // A hedge qualifies the claim only when every supporting document hedges it; one
    // source saying "reportedly" does not weaken four that state the fact plainly.
    let mut qualifiers = serde_json::Map::new();
    for c in cluster {
        for (k, v) in &c.qualifiers {
            qualifiers.entry(k.clone()).or_insert_with(|| v.clone());
        }
    }
    let hedged_docs: BTreeSet<&str> =
        cluster.iter().filter(|c| c.qualifiers.contains_key("hedge")).map(|c| c.evidence.doc_id.as_str()).collect();
    if hedged_docs.len() < per_doc.len() {
        qualifiers.remove("hedge");
    }
    let id_text = format!("{predicate}|{}|{}|{}|{}", roots.subject, roots.object, roots.period, value_key(&value));
    Claim {
        claim_id: format!("{:016x}", fnv1a(&id_text)),
        predicate: predicate.to_string(),
        subject,
        object,
        value,
        qualifiers,
        status: if conflicting {
            "conflicting"
        } else if docs >= 2 {
            "corroborated"
        } else {
            "single_source"
        }
        .to_string(),
        conflicts_with: Vec::new(),
        confidence: (confidence * 10_000.0).round() / 10_000.0,
        languages: languages.into_iter().collect(),
        sources,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(kind: &str, amount: Option<f64>, low: Option<f64>, high: Option<f64>, approx: bool) -> Value {
        Value { kind: kind.into(), amount, unit: Some("%".into()), low, high, approx, date: None }
    }

    fn date(d: &str) -> Value {
        Value {
            kind: "date".into(),
            amount: None,
            unit: None,
            low: None,
            high: None,
            approx: false,
            date: Some(d.into()),
        }
    }

    #[test]
    fn value_compatibility() {
        let four = v("percent", Some(4.0), None, None, false);
        let more_than_four = v("percent", Some(4.0), Some(4.0), None, false);
        let about_five = v("percent", Some(5.0), None, None, true);
        let four_to_five = v("percent", None, Some(4.0), Some(5.0), false);
        assert!(compatible(&four, &more_than_four));
        assert!(compatible(&more_than_four, &about_five));
        assert!(!compatible(&four, &about_five));
        assert!(compatible(&four_to_five, &four) && compatible(&four_to_five, &about_five));
        assert!(compatible(&date("2025-11"), &date("2025-11-03")));
        assert!(!compatible(&date("2025-11-04"), &date("2025-11-03")));
        let jobs = Value {
            kind: "count".into(),
            amount: Some(1150.0),
            unit: Some("jobs".into()),
            low: None,
            high: None,
            approx: true,
            date: None,
        };
        assert!(compatible(&jobs, &Value { unit: Some("Stellen".into()), ..jobs.clone() }));
        let mut usd = four.clone();
        usd.unit = Some("USD".into());
        assert!(!compatible(&four, &usd));
    }

    #[test]
    fn intersections_keep_clusters_consistent() {
        let four = v("percent", Some(4.0), None, None, false);
        let more_than_four = v("percent", Some(4.0), Some(4.0), None, false);
        let about_five = v("percent", Some(5.0), None, None, true);
        // 4 and "more than 4" meet at exactly 4, which "about 5" (4.5-5.5) does not reach.
        let meet = intersect(&four, &more_than_four);
        assert!(!compatible(&meet, &about_five));
        assert!(compatible(&intersect(&more_than_four, &about_five), &about_five));
        assert_eq!(intersect(&date("2025"), &date("2025-11-03")).date.as_deref(), Some("2025-11-03"));
    }

    #[test]
    fn ids_are_stable_fnv() {
        assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(format!("{:016x}", fnv1a("a")), "af63dc4c8601ec8c");
    }
}
