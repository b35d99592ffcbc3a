//! Evaluation: predicted claims against hand-labelled gold claims.
//!
//! A prediction matches a gold claim when the predicate is the same, subject and object are
//! the same entities up to parents (`aws` counts as `amazon`; symmetric predicates in either
//! order), and the values are compatible under the rule reconciliation uses
//! ([`polyfact_claims::compatible`]: overlapping intervals, date containment).
//!
//! Metrics:
//! - **precision**: predictions that match some gold claim / predictions;
//! - **recall**: gold claims matched by at least one prediction / gold claims;
//! - **fragmentation**: matching predictions per matched gold claim (ideal 1.0: one fact, one claim);
//! - **attribution recall**: of the gold documents of matched claims, the share that the
//!   matching predictions list among their sources;
//! - per predicate, per value type and per language (a gold claim counts once per language of
//!   its documents, found when a matching prediction has a source in that language).

pub mod spans;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use polyfact_claims::compatible;
use polyfact_core::{Claim, Value};
use polyfact_entities::name_key;
use serde::{Deserialize, Serialize};

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}:{line}: {message}")]
    Parse { path: PathBuf, line: usize, message: String },
}

#[derive(Debug, Deserialize)]
struct GoldValue {
    #[serde(rename = "type")]
    kind: String,
    amount: Option<f64>,
    unit: Option<String>,
    low: Option<f64>,
    high: Option<f64>,
    #[serde(default)]
    approx: bool,
    date: Option<String>,
    /// Relative tolerance around `amount`.
    #[serde(default)]
    tolerance: f64,
}

#[derive(Debug, Deserialize)]
struct GoldLine {
    predicate: String,
    subject: String,
    object: Option<String>,
    value: GoldValue,
    doc_ids: Vec<String>,
}

/// One expected canonical claim.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldClaim {
    pub predicate: String,
    pub subject: String,
    pub object: Option<String>,
    pub value: Value,
    pub doc_ids: Vec<String>,
}

impl GoldClaim {
    pub fn describe(&self) -> String {
        let object = self.object.as_deref().map(|o| format!(" -> {o}")).unwrap_or_default();
        format!("{} {}{object}: {}", self.predicate, self.subject, describe_value(&self.value))
    }
}

fn describe_value(v: &Value) -> String {
    let unit = v.unit.as_deref().unwrap_or("");
    match (&v.date, v.amount, v.low, v.high) {
        (Some(d), ..) => d.clone(),
        (None, Some(a), ..) => format!("{}{a} {unit}", if v.approx { "~" } else { "" }),
        (None, None, Some(l), Some(h)) => format!("{l}-{h} {unit}"),
        (None, None, Some(l), None) => format!(">= {l} {unit}"),
        (None, None, None, Some(h)) => format!("<= {h} {unit}"),
        _ => "?".into(),
    }
}

/// The non-blank lines of a fixture file parsed as `T`, with their line numbers; errors name
/// the file and line. The one reader of `gold.jsonl`, `entities.jsonl`, `conflicts.jsonl` and
/// `consistent.jsonl`.
fn read_lines<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Vec<(usize, T)>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io { path: path.to_path_buf(), source })?;
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| {
            let parsed = serde_json::from_str(line).map_err(|e| EvalError::Parse {
                path: path.to_path_buf(),
                line: n + 1,
                message: e.to_string(),
            })?;
            Ok((n + 1, parsed))
        })
        .collect()
}

/// Reads `gold.jsonl`; errors name the file and line.
pub fn load_gold(path: &Path) -> Result<Vec<GoldClaim>, EvalError> {
    Ok(read_lines::<GoldLine>(path)?
        .into_iter()
        .map(|(_, g)| GoldClaim {
            predicate: g.predicate,
            subject: g.subject,
            object: g.object,
            value: gold_value(g.value),
            doc_ids: g.doc_ids,
        })
        .collect())
}

/// Precision, recall and F1 of one slice.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Scores {
    pub gold: usize,
    pub found: usize,
    pub predicted: usize,
    pub correct: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// `a / b`, 0 when there is nothing to divide by.
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Scores {
    fn finish(mut self) -> Self {
        self.precision = ratio(self.correct, self.predicted);
        self.recall = ratio(self.found, self.gold);
        let (p, r) = (self.precision, self.recall);
        self.f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        self
    }
}

/// The full report (`--json` prints it as is).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub overall: Scores,
    pub by_predicate: BTreeMap<String, Scores>,
    pub by_value_type: BTreeMap<String, Scores>,
    pub by_language: BTreeMap<String, Scores>,
    pub attribution_recall: f64,
    pub fragmentation: f64,
    /// Same-entity link scores over the run's mentions (see [`canonicalization`]).
    pub canonicalization: Option<CanonScores>,
    /// Conflict pairs against `conflicts.jsonl` (and consistent pairs against
    /// `consistent.jsonl`), when the fixture set has them.
    pub conflicts: Option<PairScores>,
    pub consistent: Option<PairScores>,
    pub unmatched_gold: Vec<String>,
    pub unmatched_predictions: Vec<String>,
}

/// A gold entity: an id of the fixture set and every surface form its documents use.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    pub id: String,
    #[serde(rename = "type", default)]
    pub kind: String,
    /// language -> surface forms.
    #[serde(default)]
    pub names: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub parent: Option<String>,
}

/// Reads a fixture set's `entities.jsonl`; errors name the file and line.
pub fn load_gold_entities(path: &Path) -> Result<Vec<GoldEntity>, EvalError> {
    Ok(read_lines(path)?.into_iter().map(|(_, e)| e).collect())
}

/// Predicted entities: id -> (every surface form it was written as, parent id).
pub type PredictedEntities = BTreeMap<String, (Vec<String>, Option<String>)>;

/// Maps predicted entities to gold entities through surface forms, never through id strings:
/// a predicted entity is a gold entity when one of the names it was written as (its
/// `entities.jsonl` names, or its display name) has the same [`name_key`] as one of the gold
/// entity's surface forms. A predicted entity that merged two gold entities maps to both (the
/// canonicalization scores count that as a wrong merge).
pub struct EntityMatcher {
    /// name key -> gold ids.
    by_key: BTreeMap<String, BTreeSet<String>>,
    /// gold id -> gold root.
    gold_root: BTreeMap<String, String>,
    /// predicted id -> name keys (its names and its parents' names).
    predicted: BTreeMap<String, BTreeSet<String>>,
}

impl EntityMatcher {
    /// `predicted`: each predicted entity id with the surface forms it was written as and its
    /// parent id, if any.
    pub fn new(gold: &[GoldEntity], predicted: &PredictedEntities) -> Self {
        let mut by_key: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for g in gold {
            for name in g.names.values().flatten() {
                by_key.entry(name_key(name)).or_default().insert(g.id.clone());
            }
        }
        let parents: BTreeMap<&str, &str> =
            gold.iter().filter_map(|g| Some((g.id.as_str(), g.parent.as_deref()?))).collect();
        let gold_root = gold
            .iter()
            .map(|g| {
                let mut r = g.id.as_str();
                for _ in 0..16 {
                    match parents.get(r) {
                        Some(p) => r = p,
                        None => break,
                    }
                }
                (g.id.clone(), r.to_string())
            })
            .collect();
        let mut keys = BTreeMap::new();
        for id in predicted.keys() {
            let mut set = BTreeSet::new();
            let mut current = Some(id.as_str());
            for _ in 0..16 {
                let Some(c) = current else { break };
                let Some((names, parent)) = predicted.get(c) else { break };
                set.extend(names.iter().map(|n| name_key(n)));
                current = parent.as_deref();
            }
            keys.insert(id.clone(), set);
        }
        EntityMatcher { by_key, gold_root, predicted: keys }
    }

    /// The gold roots a predicted entity stands for (`name` is its display name, used when the
    /// run listed no names for it).
    pub fn gold_roots(&self, id: &str, name: &str) -> BTreeSet<String> {
        let fallback: BTreeSet<String> = [name_key(name)].into();
        let keys = self.predicted.get(id).filter(|k| !k.is_empty()).unwrap_or(&fallback);
        keys.iter()
            .flat_map(|k| self.by_key.get(k).into_iter().flatten())
            .filter_map(|g| self.gold_root.get(g).cloned())
            .collect()
    }

    /// The root of a gold id (itself if the set does not list it).
    pub fn gold_root(&self, id: &str) -> String {
        self.gold_root.get(id).cloned().unwrap_or_else(|| id.to_string())
    }

    /// The gold ids a surface form names (for the canonicalization scores).
    pub fn gold_ids_of_surface(&self, surface: &str) -> Option<&BTreeSet<String>> {
        self.by_key.get(&name_key(surface))
    }
}

/// Pairwise precision and recall of same-entity links: over the distinct (surface, predicted
/// id) pairs of the run's entity mentions whose surface names exactly one gold entity, a pair
/// of items is *predicted* linked when they share a predicted id and *gold* linked when they
/// share a gold root.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CanonScores {
    pub items: usize,
    pub predicted_links: usize,
    pub gold_links: usize,
    pub correct_links: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Scores canonicalization from `(surface, predicted id)` items.
pub fn canonicalization(items: &BTreeSet<(String, String)>, m: &EntityMatcher) -> CanonScores {
    let labelled: Vec<(&str, String)> = items
        .iter()
        .filter_map(|(surface, id)| {
            let golds = m.gold_ids_of_surface(surface)?;
            let roots: BTreeSet<String> = golds.iter().map(|g| m.gold_root(g)).collect();
            (roots.len() == 1).then(|| (id.as_str(), roots.into_iter().next().unwrap()))
        })
        .collect();
    let mut s = CanonScores { items: labelled.len(), ..Default::default() };
    for (i, a) in labelled.iter().enumerate() {
        for b in &labelled[i + 1..] {
            let (pred, gold) = (a.0 == b.0, a.1 == b.1);
            s.predicted_links += usize::from(pred);
            s.gold_links += usize::from(gold);
            s.correct_links += usize::from(pred && gold);
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    s.precision = ratio(s.correct_links, s.predicted_links);
    s.recall = ratio(s.correct_links, s.gold_links);
    s.f1 = if s.precision + s.recall == 0.0 { 0.0 } else { 2.0 * s.precision * s.recall / (s.precision + s.recall) };
    s
}

/// A gold pair of values of one fact: a conflict (`conflicts.jsonl`, with its kind and the
/// preferred value) or two values that are consistent but not equal (`consistent.jsonl`).
#[derive(Debug, Clone)]
pub struct GoldPair {
    pub predicate: String,
    pub subject: String,
    pub object: Option<String>,
    /// `magnitude`, `rounding`, `bound`, `different_value`; `None` for consistent pairs.
    pub kind: Option<String>,
    /// The two values; for conflicts the first is the preferred one.
    pub values: [Value; 2],
}

#[derive(Debug, Deserialize)]
struct PairValue {
    value: GoldValue,
    #[serde(default)]
    preferred: bool,
}

#[derive(Debug, Deserialize)]
struct PairLine {
    predicate: String,
    subject: String,
    object: Option<String>,
    #[serde(default)]
    kind: Option<String>,
    values: Vec<PairValue>,
}

/// A gold value as a [`Value`]: a `tolerance` becomes `low`/`high` around the amount.
fn gold_value(v: GoldValue) -> Value {
    let (mut low, mut high) = (v.low, v.high);
    if let (Some(a), true) = (v.amount, v.tolerance > 0.0) {
        low = Some(low.unwrap_or(a * (1.0 - v.tolerance)));
        high = Some(high.unwrap_or(a * (1.0 + v.tolerance)));
    }
    Value { kind: v.kind, amount: v.amount, unit: v.unit, low, high, approx: v.approx, date: v.date }
}

/// Reads `conflicts.jsonl` or `consistent.jsonl`: each line two values (a conflict's
/// preferred value first); errors name the file and line.
pub fn load_gold_pairs(path: &Path) -> Result<Vec<GoldPair>, EvalError> {
    let mut out = Vec::new();
    for (line, g) in read_lines::<PairLine>(path)? {
        let mut values = g.values;
        if values.len() != 2 {
            let message = format!("{} values, expected 2", values.len());
            return Err(EvalError::Parse { path: path.to_path_buf(), line, message });
        }
        values.sort_by_key(|v| !v.preferred);
        let mut it = values.into_iter().map(|v| gold_value(v.value));
        let (a, b) = (it.next().expect("two values"), it.next().expect("two values"));
        out.push(GoldPair {
            predicate: g.predicate,
            subject: g.subject,
            object: g.object,
            kind: g.kind,
            values: [a, b],
        });
    }
    Ok(out)
}

/// Scores of predicted value pairs against gold pairs.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PairScores {
    /// Counts, precision, recall and F1 of the pairs, flattened into the JSON.
    #[serde(flatten)]
    pub scores: Scores,
    /// Of the found gold conflicts: the share whose `conflict_kind` is the gold kind.
    pub kind_accuracy: f64,
    /// Of the found gold conflicts: the share whose preferred value is the gold one.
    pub preferred_accuracy: f64,
    pub unmatched_gold: Vec<String>,
    pub unmatched_predictions: Vec<String>,
}

fn same_fact(g: &GoldPair, p: &Claim, k: &Knowledge) -> bool {
    let probe = GoldClaim {
        predicate: g.predicate.clone(),
        subject: g.subject.clone(),
        object: g.object.clone(),
        value: p.value.clone(),
        doc_ids: Vec::new(),
    };
    matches(&probe, p, k)
}

/// Conflict pairs (`consistent: false`: a conflicting claim and the preferred claim it
/// conflicts with) or consistent pairs (`consistent: true`: `consistent_with` links) of the
/// predictions against gold pairs. A predicted pair matches a gold pair of the same fact whose
/// two values are compatible with its two, in either order.
pub fn evaluate_pairs(gold: &[GoldPair], predicted: &[Claim], k: &Knowledge, consistent: bool) -> PairScores {
    let by_id: BTreeMap<&str, &Claim> = predicted.iter().map(|c| (c.claim_id.as_str(), c)).collect();
    let mut pairs: Vec<(&Claim, &Claim)> = Vec::new();
    for c in predicted {
        let linked = if consistent { &c.consistent_with } else { &c.conflicts_with };
        for other in linked.iter().filter_map(|id| by_id.get(id.as_str())) {
            let keep = if consistent { c.claim_id < other.claim_id } else { other.preferred && !c.preferred };
            if keep {
                // A conflict pair is (preferred, other), as gold writes it.
                pairs.push((other, c));
            }
        }
    }
    let pair_matches = |g: &GoldPair, (a, b): (&Claim, &Claim)| {
        if !same_fact(g, a, k) || !same_fact(g, b, k) {
            return None;
        }
        let ordered = compatible(&g.values[0], &a.value) && compatible(&g.values[1], &b.value);
        let swapped = compatible(&g.values[0], &b.value) && compatible(&g.values[1], &a.value);
        // Some(true): our preferred side is gold's preferred value.
        (ordered || swapped).then_some(ordered)
    };
    let mut s = PairScores::default();
    let mut n = Scores { gold: gold.len(), predicted: pairs.len(), ..Scores::default() };
    let (mut kinds_right, mut preferred_right) = (0usize, 0usize);
    for g in gold {
        let hit = pairs.iter().find_map(|&(a, b)| pair_matches(g, (a, b)).map(|ordered| (ordered, b)));
        match hit {
            Some((ordered, other)) => {
                n.found += 1;
                preferred_right += usize::from(ordered);
                kinds_right += usize::from(other.conflict_kind == g.kind);
            }
            None => s.unmatched_gold.push(format!(
                "{} {}{}: {} vs {}{}",
                g.predicate,
                g.subject,
                g.object.as_deref().map(|o| format!(" -> {o}")).unwrap_or_default(),
                describe_value(&g.values[0]),
                describe_value(&g.values[1]),
                g.kind.as_deref().map(|k| format!(" ({k})")).unwrap_or_default()
            )),
        }
    }
    for &(a, b) in &pairs {
        if gold.iter().any(|g| pair_matches(g, (a, b)).is_some()) {
            n.correct += 1;
        } else {
            s.unmatched_predictions.push(format!(
                "{} {}: {} vs {}{}",
                a.predicate,
                a.subject.id,
                describe_value(&a.value),
                describe_value(&b.value),
                b.conflict_kind.as_deref().map(|k| format!(" ({k})")).unwrap_or_default()
            ));
        }
    }
    s.kind_accuracy = ratio(kinds_right, n.found);
    s.preferred_accuracy = ratio(preferred_right, n.found);
    s.scores = n.finish();
    s
}

/// What the matcher needs to know about entities and predicates.
pub struct Knowledge<'a> {
    /// Maps predicted entities to gold ones through surface forms.
    pub entities: &'a EntityMatcher,
    /// Whether a predicate's parties may be written in either order.
    pub symmetric: &'a dyn Fn(&str) -> bool,
    /// Language of each document.
    pub doc_lang: &'a BTreeMap<String, String>,
    /// Values that sources state but that are not their fact's value: the other values of the
    /// gold conflicts ([`stated_values`]). A prediction of one is a correct extraction, no
    /// false positive (the source does say it; marking it as conflicting is the conflict
    /// score's job), and no gold claim to find.
    pub stated: &'a [GoldClaim],
}

/// The non-preferred value of each gold conflict as a claim a source states
/// ([`Knowledge::stated`]).
pub fn stated_values(conflicts: &[GoldPair]) -> Vec<GoldClaim> {
    conflicts
        .iter()
        .filter(|c| c.kind.is_some())
        .map(|c| GoldClaim {
            predicate: c.predicate.clone(),
            subject: c.subject.clone(),
            object: c.object.clone(),
            value: c.values[1].clone(),
            doc_ids: Vec::new(),
        })
        .collect()
}

fn matches(g: &GoldClaim, p: &Claim, k: &Knowledge) -> bool {
    if g.predicate != p.predicate || !compatible(&g.value, &p.value) {
        return false;
    }
    let m = k.entities;
    let (gs, go) = (m.gold_root(&g.subject), g.object.as_deref().map(|o| m.gold_root(o)));
    let ps = m.gold_roots(&p.subject.id, &p.subject.name);
    let po = p.object.as_ref().map(|o| m.gold_roots(&o.id, &o.name));
    let is = |pred: &BTreeSet<String>, gold: &str| pred.contains(gold);
    let same_object = match (&go, &po) {
        (None, None) => true,
        (Some(g), Some(p)) => is(p, g),
        _ => false,
    };
    if is(&ps, &gs) && same_object {
        return true;
    }
    (k.symmetric)(&g.predicate) && matches!((&go, &po), (Some(go), Some(po)) if is(&ps, go) && is(po, &gs))
}

fn describe_claim(p: &Claim) -> String {
    let object = p.object.as_ref().map(|o| format!(" -> {}", o.id)).unwrap_or_default();
    format!("{} {}{object}: {} ({} sources)", p.predicate, p.subject.id, describe_value(&p.value), p.sources.len())
}

/// Scores predictions against gold claims.
pub fn evaluate(gold: &[GoldClaim], predicted: &[Claim], k: &Knowledge) -> Report {
    let hits: Vec<Vec<usize>> =
        gold.iter().map(|g| (0..predicted.len()).filter(|&i| matches(g, &predicted[i], k)).collect()).collect();
    let pred_correct: Vec<bool> = (0..predicted.len())
        .map(|i| hits.iter().any(|h| h.contains(&i)) || k.stated.iter().any(|g| matches(g, &predicted[i], k)))
        .collect();
    let lang = |doc: &str| k.doc_lang.get(doc).cloned().unwrap_or_else(|| "und".into());
    let mut report = Report::default();
    let mut slices: BTreeMap<(u8, String), Scores> = BTreeMap::new();
    let mut bump = |slice: (u8, String), f: &dyn Fn(&mut Scores)| f(slices.entry(slice).or_default());
    let (mut attributed, mut attributable, mut matching_preds) = (0usize, 0usize, 0usize);
    for (g, h) in gold.iter().zip(&hits) {
        let found = !h.is_empty();
        for slice in [(0, String::new()), (1, g.predicate.clone()), (2, g.value.kind.clone())] {
            bump(slice, &|s| {
                s.gold += 1;
                s.found += usize::from(found);
            });
        }
        let gold_langs: BTreeSet<String> = g.doc_ids.iter().map(|d| lang(d)).collect();
        let pred_langs: BTreeSet<String> =
            h.iter().flat_map(|&i| predicted[i].sources.iter().map(|s| lang(&s.doc_id))).collect();
        for l in &gold_langs {
            let hit = pred_langs.contains(l);
            bump((3, l.clone()), &|s| {
                s.gold += 1;
                s.found += usize::from(hit);
            });
        }
        if found {
            let cited: BTreeSet<&str> =
                h.iter().flat_map(|&i| predicted[i].sources.iter().map(|s| s.doc_id.as_str())).collect();
            attributable += g.doc_ids.len();
            attributed += g.doc_ids.iter().filter(|d| cited.contains(d.as_str())).count();
            matching_preds += h.len();
        } else {
            report.unmatched_gold.push(g.describe());
        }
    }
    for (p, &ok) in predicted.iter().zip(&pred_correct) {
        for slice in [(0, String::new()), (1, p.predicate.clone()), (2, p.value.kind.clone())] {
            bump(slice, &|s| {
                s.predicted += 1;
                s.correct += usize::from(ok);
            });
        }
        let langs: BTreeSet<String> = p.sources.iter().map(|s| lang(&s.doc_id)).collect();
        for l in langs {
            bump((3, l), &|s| {
                s.predicted += 1;
                s.correct += usize::from(ok);
            });
        }
        if !ok {
            report.unmatched_predictions.push(describe_claim(p));
        }
    }
    for ((kind, key), s) in slices {
        let s = s.finish();
        match kind {
            0 => report.overall = s,
            1 => drop(report.by_predicate.insert(key, s)),
            2 => drop(report.by_value_type.insert(key, s)),
            _ => drop(report.by_language.insert(key, s)),
        }
    }
    if report.overall.gold == 0 && report.overall.predicted == 0 {
        report.overall = Scores::default();
    }
    let found = hits.iter().filter(|h| !h.is_empty()).count();
    report.attribution_recall = if attributable == 0 { 0.0 } else { attributed as f64 / attributable as f64 };
    report.fragmentation = if found == 0 { 0.0 } else { matching_preds as f64 / found as f64 };
    report
}

/// The report as a human-readable table.
pub fn render(r: &Report) -> String {
    let mut out = String::new();
    let row = |name: &str, s: &Scores| {
        format!(
            "{name:<22} {:>5} {:>6} {:>5} {:>8} {:>6.3} {:>6.3} {:>6.3}\n",
            s.gold, s.found, s.predicted, s.correct, s.precision, s.recall, s.f1
        )
    };
    out.push_str(&format!(
        "{:<22} {:>5} {:>6} {:>5} {:>8} {:>6} {:>6} {:>6}\n",
        "", "gold", "found", "pred", "correct", "P", "R", "F1"
    ));
    out.push_str(&row("overall", &r.overall));
    for (title, map) in [("predicate", &r.by_predicate), ("value type", &r.by_value_type), ("language", &r.by_language)]
    {
        out.push_str(&format!("-- by {title}\n"));
        for (k, s) in map {
            out.push_str(&row(k, s));
        }
    }
    out.push_str(&format!(
        "attribution recall {:.3}   fragmentation {:.2} predicted claims per matched gold claim\n",
        r.attribution_recall, r.fragmentation
    ));
    if let Some(c) = &r.canonicalization {
        out.push_str(&format!(
            "canonicalization (pairwise same-entity links over {} names): P {:.3} R {:.3} F1 {:.3}\n",
            c.items, c.precision, c.recall, c.f1
        ));
    }
    for (name, pairs) in [("conflicts", &r.conflicts), ("consistent pairs", &r.consistent)] {
        let Some(c) = pairs else { continue };
        let n = &c.scores;
        out.push_str(&format!(
            "{name}: gold {} found {} predicted {} correct {}: P {:.3} R {:.3}",
            n.gold, n.found, n.predicted, n.correct, n.precision, n.recall
        ));
        if name == "conflicts" {
            out.push_str(&format!(
                "; kind right {:.3}, preferred value right {:.3} (of those found)",
                c.kind_accuracy, c.preferred_accuracy
            ));
        }
        out.push('\n');
        for g in &c.unmatched_gold {
            out.push_str(&format!("  - missed: {g}\n"));
        }
        for p in &c.unmatched_predictions {
            out.push_str(&format!("  - not in gold: {p}\n"));
        }
    }
    if !r.unmatched_gold.is_empty() {
        out.push_str("unmatched gold:\n");
        for g in &r.unmatched_gold {
            out.push_str(&format!("  - {g}\n"));
        }
    }
    if !r.unmatched_predictions.is_empty() {
        out.push_str("unmatched predictions:\n");
        for p in &r.unmatched_predictions {
            out.push_str(&format!("  - {p}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use polyfact_core::{Entity, Evidence};

    fn value(kind: &str, amount: Option<f64>, low: Option<f64>, date: Option<&str>) -> Value {
        Value {
            kind: kind.into(),
            amount,
            unit: Some("USD".into()),
            low,
            high: None,
            approx: false,
            date: date.map(String::from),
        }
    }

    fn gold(predicate: &str, s: &str, o: Option<&str>, v: Value, docs: &[&str]) -> GoldClaim {
        GoldClaim {
            predicate: predicate.into(),
            subject: s.into(),
            object: o.map(String::from),
            value: v,
            doc_ids: docs.iter().map(|d| d.to_string()).collect(),
        }
    }

    fn claim(predicate: &str, s: &str, o: Option<&str>, v: Value, docs: &[&str]) -> Claim {
        let e = |id: &str| Entity { id: id.into(), name: id.into(), kind: "ORG".into() };
        Claim {
            claim_id: "x".into(),
            predicate: predicate.into(),
            subject: e(s),
            object: o.map(e),
            value: v,
            qualifiers: Default::default(),
            status: "single_source".into(),
            conflicts_with: vec![],
            confidence: 0.5,
            languages: vec![],
            as_of: None,
            consistent_with: vec![],
            conflict_kind: None,
            preferred: true,
            sources: docs
                .iter()
                .map(|d| Evidence {
                    doc_id: d.to_string(),
                    lang: "en".into(),
                    start: 0,
                    end: 1,
                    quote: "q".into(),
                    value_text: "v".into(),
                    score: 1.0,
                })
                .collect(),
        }
    }

    fn run(g: &[GoldClaim], p: &[Claim]) -> Report {
        run_stated(g, p, &[])
    }

    fn run_stated(g: &[GoldClaim], p: &[Claim], stated: &[GoldClaim]) -> Report {
        let langs: BTreeMap<String, String> =
            [("a", "en"), ("b", "de")].map(|(d, l)| (d.to_string(), l.to_string())).into();
        let gold_entity = |id: &str, parent: Option<&str>| GoldEntity {
            id: id.into(),
            kind: "ORG".into(),
            names: [("en".to_string(), vec![id.to_string()])].into(),
            parent: parent.map(String::from),
        };
        let entities: Vec<GoldEntity> = ["x", "y", "openai", "amazon", "microsoft"]
            .iter()
            .map(|id| gold_entity(id, None))
            .chain([gold_entity("aws", Some("amazon"))])
            .collect();
        let matcher = EntityMatcher::new(&entities, &BTreeMap::new());
        let symmetric = |p: &str| p.starts_with("deal.");
        evaluate(g, p, &Knowledge { entities: &matcher, symmetric: &symmetric, doc_lang: &langs, stated })
    }

    #[test]
    fn a_stated_slip_of_a_gold_conflict_is_a_correct_prediction_but_no_gold_claim() {
        let right = gold("revenue.amount", "x", None, value("money", Some(1.82e9), None, None), &["a"]);
        let slip = GoldPair {
            predicate: "revenue.amount".into(),
            subject: "x".into(),
            object: None,
            kind: Some("magnitude".into()),
            values: [value("money", Some(1.82e9), None, None), value("money", Some(1.82e8), None, None)],
        };
        let stated = stated_values(&[slip]);
        let predicted = [
            claim("revenue.amount", "x", None, value("money", Some(1.82e9), None, None), &["a"]),
            claim("revenue.amount", "x", None, value("money", Some(1.82e8), None, None), &["b"]),
            claim("revenue.amount", "x", None, value("money", Some(5e9), None, None), &["b"]),
        ];
        let with = run_stated(std::slice::from_ref(&right), &predicted, &stated).overall;
        assert_eq!((with.gold, with.found, with.predicted, with.correct), (1, 1, 3, 2));
        // Negative: without the conflict's gold the slip is a false positive.
        let without = run(&[right], &predicted).overall;
        assert_eq!((without.gold, without.found, without.predicted, without.correct), (1, 1, 3, 1));
    }

    #[test]
    fn predicted_entities_match_gold_ones_by_surface_form_not_by_id() {
        let gold = [GoldEntity {
            id: "kestrel_semiconductor".into(),
            kind: "ORG".into(),
            names: [
                ("en".to_string(), vec!["Kestrel Semiconductor".to_string()]),
                ("ja".to_string(), vec!["ケストレル".to_string()]),
            ]
            .into(),
            parent: None,
        }];
        let predicted: PredictedEntities = [
            ("e17".to_string(), (vec!["Kestrel Semiconductor Inc.".to_string(), "ケストレル".to_string()], None)),
            ("kestrel_semiconductor".to_string(), (vec!["Kestrel Motors".to_string()], None)),
        ]
        .into();
        let m = EntityMatcher::new(&gold, &predicted);
        assert_eq!(m.gold_roots("e17", "x"), ["kestrel_semiconductor".to_string()].into());
        assert!(m.gold_roots("kestrel_semiconductor", "Kestrel Motors").is_empty(), "the id string says nothing");
        // Canonicalization: the two spellings under one predicted id are one correct link; a
        // second predicted id for the katakana name is a missed link.
        let items: BTreeSet<(String, String)> =
            [("Kestrel Semiconductor".into(), "a".into()), ("ケストレル".into(), "a".into())].into();
        let c = canonicalization(&items, &m);
        assert_eq!((c.precision, c.recall), (1.0, 1.0));
        let split: BTreeSet<(String, String)> =
            [("Kestrel Semiconductor".into(), "a".into()), ("ケストレル".into(), "b".into())].into();
        assert_eq!(canonicalization(&split, &m).recall, 0.0);
    }

    #[test]
    fn bounds_match_exact_values_inside_them() {
        let g = [gold("revenue.amount", "x", None, value("money", Some(5.0), None, None), &["a"])];
        let more_than_4 = claim("revenue.amount", "x", None, value("money", Some(4.0), Some(4.0), None), &["a"]);
        let three = claim("revenue.amount", "x", None, value("money", Some(3.0), None, None), &["a"]);
        assert_eq!(run(&g, &[more_than_4]).overall.f1, 1.0);
        let r = run(&g, &[three]);
        assert_eq!((r.overall.recall, r.overall.precision), (0.0, 0.0));
        assert_eq!(r.unmatched_gold.len(), 1);
    }

    #[test]
    fn dates_match_at_the_coarser_granularity() {
        let g = [gold("deal.date", "x", Some("y"), value("date", None, None, Some("2025-11")), &["a"])];
        assert_eq!(
            run(&g, &[claim("deal.date", "x", Some("y"), value("date", None, None, Some("2025-11-03")), &["a"])])
                .overall
                .f1,
            1.0
        );
        assert_eq!(
            run(&g, &[claim("deal.date", "x", Some("y"), value("date", None, None, Some("2025-10-03")), &["a"])])
                .overall
                .f1,
            0.0
        );
    }

    #[test]
    fn symmetric_predicates_match_swapped_parties_and_parents() {
        let g = [gold("deal.value", "openai", Some("amazon"), value("money", Some(38.0), None, None), &["a", "b"])];
        let swapped = claim("deal.value", "aws", Some("openai"), value("money", Some(38.0), None, None), &["a"]);
        let r = run(&g, &[swapped]);
        assert_eq!(r.overall.f1, 1.0);
        assert_eq!(r.attribution_recall, 0.5);
        assert_eq!((r.by_language["en"].recall, r.by_language["de"].recall), (1.0, 0.0));
        let stake =
            [gold("stake.percent", "microsoft", Some("openai"), value("percent", Some(27.0), None, None), &["a"])];
        let reversed =
            claim("stake.percent", "openai", Some("microsoft"), value("percent", Some(27.0), None, None), &["a"]);
        assert_eq!(run(&stake, &[reversed]).overall.f1, 0.0, "stakes are directed");
    }

    #[test]
    fn duplicate_predictions_are_fragmentation_not_errors() {
        let g = [gold("revenue.amount", "x", None, value("money", Some(5.0), None, None), &["a", "b"])];
        let p = [
            claim("revenue.amount", "x", None, value("money", Some(5.0), None, None), &["a"]),
            claim("revenue.amount", "x", None, value("money", Some(5.0), None, None), &["b"]),
        ];
        let r = run(&g, &p);
        assert_eq!(
            (r.overall.precision, r.overall.recall, r.fragmentation, r.attribution_recall),
            (1.0, 1.0, 2.0, 1.0)
        );
    }

    #[test]
    fn gold_lines_are_checked_with_file_and_line() {
        let dir = std::env::temp_dir().join(format!("polyfact-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("gold.jsonl");
        std::fs::write(&path, "{\"predicate\":\"x\",\"subject\":\"a\",\"object\":null,\"value\":{\"type\":\"money\",\"amount\":10,\"tolerance\":0.1},\"doc_ids\":[]}\n{broken\n").unwrap();
        let err = load_gold(&path).unwrap_err().to_string();
        assert!(err.contains("gold.jsonl:2"), "{err}");
        std::fs::write(&path, "{\"predicate\":\"x\",\"subject\":\"a\",\"object\":null,\"value\":{\"type\":\"money\",\"amount\":10,\"tolerance\":0.1},\"doc_ids\":[]}\n").unwrap();
        let g = load_gold(&path).unwrap();
        assert_eq!((g[0].value.low, g[0].value.high), (Some(9.0), Some(11.0)));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
