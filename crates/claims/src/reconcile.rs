//! Reconciliation: one canonical claim per fact and time across documents and languages.
//!
//! 1. **Group** candidates by (predicate, subject, object, period), comparing entities by their
//!    topmost parent (`aws` and `amazon` are one party) and, for symmetric predicates, as an
//!    unordered pair.
//! 2. **Split by time** ([`split_by_time`]). A predicate that changes over time
//!    (`time_varying` in predicates.toml: share moves, prices, valuations, stakes) keeps each
//!    stated time (`as_of`) apart; a statement without one joins the group of a time at most
//!    [`NULL_AS_OF_WINDOW_DAYS`] days before its publication. Other predicates split into
//!    *episodes* where the reports are more than [`EPISODE_GAP_DAYS`] days apart, and episodes
//!    that share a value are one fact reported over time (a deal's value at signing and at
//!    closing): a bid at one figure in May 2024 and a raised bid in October 2025 are two
//!    facts, not a conflict.
//! 3. **Cluster equal values** ([`equal_key`]): point values by amount (`4 %` and `um 4 %`
//!    are one value), bounds and ranges by their interval, dates by containment where it is
//!    unambiguous (`2025-11` joins `2025-11-03` when no other day of November is stated).
//! 4. **Relate clusters** ([`relation`]): two different points conflict (so do values
//!    whose intervals are disjoint); a bound or range that contains the other value is
//!    *consistent* with it (`more than 4 %` and `4.5 %`): both stay visible with their own
//!    sources, neither corroborates the other as equal, neither is a conflict. Money in
//!    two currencies is compared through the ECB reference rates of each claim's date
//!    ([`cross_currency_relation`], [`crate::fx`]): figures within the rounding of each and
//!    [`FX_SLACK`] are consistent, figures further apart conflict; without a rate (TWD, a
//!    date past the table) the pair is not compared and is counted.
//!    Each conflict has a kind ([`conflict_kind`]): `magnitude`, `rounding`, `bound`,
//!    `different_value`.
//! 5. **Truth discovery** ([`Reconciler`]): confidence and the preferred value of each
//!    conflict group from TruthFinder (Yin, Han and Yu, *Truth Discovery with Multiple
//!    Conflicting Information Providers on the Web*, KDD 2007): sources are trusted by how
//!    well their other claims are supported, values by the trust of their sources, with
//!    consistent values supporting and conflicting ones opposing each other.

use std::collections::{BTreeMap, BTreeSet};

use polyfact_core::{fnv1a, CivilDate, Claim, Entity, Evidence, UnionFind, Value};
use polyfact_entities::EntityTable;

use crate::assemble::Candidate;
use crate::fx::{NoRate, Rates};

/// Factor for hedged statements ("reportedly", "zou overwegen").
const HEDGE_FACTOR: f64 = 0.7;
/// Relative tolerance of `approx` values.
const APPROX_TOLERANCE: f64 = 0.1;
/// A statement without a time joins a time-varying group whose time lies this many days
/// before its publication (or on the day): "shares rose 4 %" in an article of Tuesday is
/// Monday's move when another source says "on Monday".
pub const NULL_AS_OF_WINDOW_DAYS: i64 = 7;
/// Reports of a predicate that does not change over time more than this many days apart
/// start another episode (kept only when it states other values).
pub const EPISODE_GAP_DAYS: i64 = 45;
/// TruthFinder's parameters: the initial trust of a source, the dampening factor γ and the
/// weight ρ of related values (the paper's defaults: 0.9, 0.3, 0.5; we start lower, since a
/// rule-based extraction from one sentence is less sure than a curated web source).
const INITIAL_TRUST: f64 = 0.8;
const DAMPENING: f64 = 0.3;
const IMPLICATION_WEIGHT: f64 = 0.5;
/// Support a consistent value lends, and a conflicting one withdraws (the paper's imp(f'→f)).
const CONSISTENT_IMPLICATION: f64 = 0.5;
const CONFLICT_IMPLICATION: f64 = -1.0;
const MAX_ITERATIONS: usize = 30;
/// Money in two currencies: the relative slack for the exchange rate, on top of the rounding
/// of each figure as written. A reporter converts at some rate of some day (the day before,
/// the announcement's day, a rounded rate), not at the ECB fixing of the claim's date. Over
/// 2015-2026 the euro's rate against USD, JPY, GBP, CNY, HKD and KRW moved less than 2.5 %
/// in a week on 95 % of days and less than 3.6 % on 99 %: 3 % covers a conversion a few days
/// off, while a figure 5 % or more away is another figure.
pub const FX_SLACK: f64 = 0.03;
/// Relative slack of a magnitude slip (a factor of 10, 100 or 1000) within one currency.
const MAGNITUDE_SLACK: f64 = 0.02;

fn interval(v: &Value) -> (f64, f64) {
    let (mut lo, mut hi) = match v.amount {
        Some(a) if v.approx => (a * (1.0 - APPROX_TOLERANCE), a * (1.0 + APPROX_TOLERANCE)),
        Some(a) => (a, a),
        None => (f64::NEG_INFINITY, f64::INFINITY),
    };
    match (v.low, v.high) {
        (Some(l), Some(h)) => (lo, hi) = (l, h),
        // A bound written with its figure (`more than 500`: amount 500, low 500) or without
        // one (low only): the open side is unbounded, the other is the bound, never the
        // missing amount's infinite end (which made "more than 500" compatible with 450).
        (Some(l), None) => (lo, hi) = (if lo.is_finite() { l.min(lo) } else { l }, f64::INFINITY),
        (None, Some(h)) => (lo, hi) = (f64::NEG_INFINITY, if hi.is_finite() { h.max(hi) } else { h }),
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
    // Relative slack for float noise, from the finite ends only: an open end (`more than X`)
    // must not make the slack infinite and every value compatible.
    let scale = [alo, ahi, blo, bhi].into_iter().filter(|x| x.is_finite()).fold(0.0f64, |m, x| m.max(x.abs()));
    let eps = 1e-9 * scale;
    alo <= bhi + eps && blo <= ahi + eps
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

/// How reconciliation sees the schema and the documents.
pub struct ReconcileOptions<'a> {
    pub table: &'a EntityTable,
    /// Whether a predicate's value changes over time (predicates.toml `time_varying`).
    pub time_varying: &'a dyn Fn(&str) -> bool,
    /// The independent origin of a document: copies of one wire story share one (see
    /// `copies`); a document is its own origin otherwise.
    pub origin: &'a dyn Fn(&str) -> String,
    /// Dated exchange rates for money in two currencies; `None`: such pairs are not compared.
    pub rates: Option<&'a Rates>,
}

/// Counts of what reconciliation decided, for the run summary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReconcileStats {
    /// Pairs of money values of one fact in two currencies (compared or not).
    pub cross_currency_pairs: usize,
    /// Of those, the pairs compared through the exchange rates of their dates.
    pub fx_compared: usize,
    /// Of those, the pairs not compared because a currency has no rate at all (TWD), by
    /// currency.
    pub fx_no_rate_currency: BTreeMap<String, usize>,
    /// Of those, the pairs not compared because a currency has no rate within
    /// [`crate::fx::RATE_WINDOW_DAYS`] before the claim's date (past the table's last day,
    /// after the ECB stopped quoting it).
    pub fx_no_rate_date: usize,
    /// Of those, the pairs not compared because a claim has no date to take a rate of (no
    /// `as_of`, no publication date).
    pub fx_undated: usize,
    /// Pairs of values of one fact in other different units (a duration in months and one in
    /// years), not compared.
    pub other_unit_pairs: usize,
    /// Groups split into several times or episodes.
    pub time_splits: usize,
    /// Distinct values of one fact beyond the [`MAX_COMPARED_VALUES`] best supported: kept
    /// as claims, compared with none.
    pub values_not_compared: usize,
    /// Pairs of unequal values of one fact that one document's body states both of: two facts
    /// that document tells apart, never reported as a conflict.
    pub told_apart_pairs: usize,
}

/// At most this many distinct values of one fact (one group and time) are compared pairwise,
/// the best supported first (more origins, then more statements, then the value key). Pairwise
/// comparison is quadratic, and so are the conflict lists it writes: one hostile document with
/// thousands of figures for one fact must not make a run quadratic. Real facts have a handful of
/// distinct values; the summary counts the values left uncompared.
pub const MAX_COMPARED_VALUES: usize = 64;

/// (predicate, subject root, object root, period and basis): a claim about 2024 is another
/// fact than the same claim about 2025, a premium over the average price another than the
/// premium over the last close.
pub type GroupKey = (String, String, String, String);

pub fn group_key(c: &Candidate, table: &EntityTable) -> GroupKey {
    // A one-party figure of a subsidiary is not its parent's: Google Cloud's revenue is another
    // fact than Alphabet's. Two parties compare by their topmost parents (a deal with AWS is
    // a deal with Amazon).
    let s = if c.object.is_some() { table.root(&c.subject.id) } else { c.subject.id.as_str() }.to_string();
    let o = c.object.as_ref().map_or(String::new(), |o| table.root(&o.id).to_string());
    let mut period = c.qualifiers.get("period").and_then(|p| p.as_str()).unwrap_or("").to_string();
    // Context qualifiers (roles.toml `[[context]]`) tell facts apart: an intraday move is
    // another fact than the close, a premium over the average price another than over the
    // last close.
    // Every text qualifier but the hedge (how sure the source is, not which fact) is such a
    // qualifier; the period is already in.
    for (key, value) in &c.qualifiers {
        if let (false, Some(value)) = (matches!(key.as_str(), "hedge" | "period"), value.as_str()) {
            period.push_str(&format!("|{key}={value}"));
        }
    }
    if c.symmetric && o < s {
        (c.predicate.clone(), o, s, period)
    } else {
        (c.predicate.clone(), s, o, period)
    }
}

/// The documents that state a fact in their body, not (only) in the headline: the title is
/// the text's first line, so its statements start at char 0.
fn body_documents(fact: &Fact) -> BTreeSet<&str> {
    fact.members.iter().filter(|c| c.evidence.start > 0).map(|c| c.evidence.doc_id.as_str()).collect()
}

/// A group's period (the year of `period`) and its other qualifiers, from the key's last part.
fn split_period(period: &str) -> (&str, &str) {
    period.split_once('|').map_or((period, ""), |(year, rest)| (year, rest))
}

/// Statements of a fact that name no period ("Vorig jaar had het bedrijf een omzet van 182
/// miljoen euro" without its year, "従業員は約4200人") are about the period the other
/// statements of that fact name, when they name exactly one: they join its group, so that a
/// wrong figure there is compared with the right one instead of standing apart as another
/// fact. With several periods the statement could be about any, and stays a fact of its own.
/// The index is built over every candidate before grouping (a first pass of a streamed
/// reconciliation): one entry per fact that names a period, no candidate.
#[derive(Debug, Default)]
pub struct PeriodIndex {
    /// (predicate, subject, object, other qualifiers) -> the periods named.
    periods: BTreeMap<(String, String, String, String), BTreeSet<String>>,
}

impl PeriodIndex {
    /// Notes the period of a group key, if it names one.
    pub fn add(&mut self, key: &GroupKey) {
        let (year, rest) = split_period(&key.3);
        if !year.is_empty() {
            let fact = (key.0.clone(), key.1.clone(), key.2.clone(), rest.to_string());
            self.periods.entry(fact).or_default().insert(year.to_string());
        }
    }

    /// The group a key belongs to: its own, or for a key without a period the group of the
    /// only period its fact is stated for.
    pub fn home(&self, key: GroupKey) -> GroupKey {
        let (year, rest) = split_period(&key.3);
        if !year.is_empty() {
            return key;
        }
        let fact = (key.0.clone(), key.1.clone(), key.2.clone(), rest.to_string());
        match self.periods.get(&fact).map(|years| years.iter().collect::<Vec<_>>()).as_deref() {
            Some([only]) => {
                let period = if rest.is_empty() { only.to_string() } else { format!("{only}|{rest}") };
                (key.0, key.1, key.2, period)
            }
            _ => key,
        }
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

fn is_point(v: &Value) -> bool {
    v.kind != "date" && v.amount.is_some() && v.low.is_none() && v.high.is_none()
}

/// The key under which values are *equal*: points by their amount (approximation words do
/// not change the figure: `4 %` = `um 4 %`), bounds and ranges by their interval, dates by
/// their text. Amounts compare at nine significant digits (`16,32 Mrd` and `16.32 billion`
/// may differ in the last bit).
pub fn equal_key(v: &Value) -> String {
    let unit = if v.kind == "count" { "" } else { v.unit.as_deref().unwrap_or("") };
    let n = |x: Option<f64>| x.map_or("-".to_string(), |x| format!("{x:.8e}"));
    if v.kind == "date" {
        format!("date:{}", v.date.as_deref().unwrap_or("-"))
    } else if is_point(v) {
        format!("{}:{unit}:{}", v.kind, n(v.amount))
    } else {
        format!("{}:{unit}:{}:{}:{}:{}", v.kind, n(v.low), n(v.high), n(v.amount), v.approx)
    }
}

/// How two values of one fact relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// A bound or range that contains the other value, or a date containing another.
    Consistent,
    /// Incompatible values, and why they differ.
    Conflict(&'static str),
}

fn same_unit(a: &Value, b: &Value) -> bool {
    a.kind == b.kind && (a.kind == "count" || a.unit == b.unit)
}

/// The relation of two unequal values in one unit, or `None` when they cannot be compared
/// without more knowledge (money in two currencies: see [`cross_currency_relation`]).
pub fn relation(a: &Value, b: &Value) -> Option<Relation> {
    if !same_unit(a, b) {
        return None;
    }
    if a.kind == "date" {
        return Some(if compatible(a, b) { Relation::Consistent } else { Relation::Conflict("different_value") });
    }
    if (is_point(a) && is_point(b)) || !compatible(a, b) {
        Some(Relation::Conflict(conflict_kind(a, b)))
    } else {
        Some(Relation::Consistent)
    }
}

/// The place value of the last significant digit of `x` (38e9 -> 1e9, 4.9 -> 0.1, 706e9 ->
/// 1e9, 700e9 -> 1e11), but never the leading digit's place when that digit is 1: `10 %` and
/// `100 million` are written as figures of two digits (10 -> 1, not 10).
fn last_digit_place(x: f64) -> f64 {
    let x = x.abs();
    if x == 0.0 || !x.is_finite() {
        return 1.0;
    }
    let lead = 10f64.powi(x.log10().floor() as i32);
    let mut p = if x / lead < 2.0 - 1e-9 { lead / 10.0 } else { lead };
    for _ in 0..17 {
        let q = x / p;
        if (q - q.round()).abs() < 1e-6 * q.max(1.0) {
            return p;
        }
        p /= 10.0;
    }
    p
}

/// Why two incompatible values differ:
/// - `magnitude`: one is 10, 100 or 1000 times the other (`12億ドル` for `120億ドル`);
/// - `rounding`: both can be roundings of one figure: each stands for the interval of half a
///   unit of its last digit around it (0.7 of a unit with `about`), and the intervals meet
///   (`$14.9 billion` vs `about $15 billion`, `4 %` vs `about 5 %`; not `4 %` vs `4.9 %`, nor
///   `6.5 %` vs `10 %`);
/// - `bound`: a bound that the other value lies outside (`more than $30 billion` vs
///   `$28 billion`);
/// - `different_value`: anything else.
pub fn conflict_kind(a: &Value, b: &Value) -> &'static str {
    if a.kind == "date" {
        return "different_value";
    }
    if !(is_point(a) && is_point(b)) {
        let half = |v: &Value| v.low.is_some() != v.high.is_some();
        return if half(a) || half(b) { "bound" } else { "different_value" };
    }
    let (x, y) = (a.amount.unwrap_or(0.0), b.amount.unwrap_or(0.0));
    if x == 0.0 || y == 0.0 || x.signum() != y.signum() {
        return "different_value";
    }
    let ratio = x.abs().max(y.abs()) / x.abs().min(y.abs());
    if is_magnitude(ratio, MAGNITUDE_SLACK) {
        return "magnitude";
    }
    // Both could be roundings of one true figure: the intervals each rounding stands for
    // (half a unit of its last digit; 0.7 of a unit with `about`) overlap.
    let half_width = |v: f64, approx: bool| last_digit_place(v) * if approx { 0.7 } else { 0.5 };
    if (x - y).abs() <= (half_width(x, a.approx) + half_width(y, b.approx)) * (1.0 + 1e-9) {
        "rounding"
    } else {
        "different_value"
    }
}

fn is_magnitude(ratio: f64, slack: f64) -> bool {
    [10.0, 100.0, 1000.0].iter().any(|k| (ratio / k - 1.0).abs() < slack)
}

/// What a point figure as written may have rounded away: half a unit of its last significant
/// digit (0.7 of a unit with `about`). Bounds and ranges are taken as written, as within one
/// currency (`up to €30 billion` is a cap, not a rounding of 33).
fn rounding_half_width(v: &Value) -> f64 {
    match v.amount {
        Some(a) if is_point(v) => last_digit_place(a) * if v.approx { 0.7 } else { 0.5 },
        _ => 0.0,
    }
}

/// A money value with every figure multiplied by `factor` (a conversion).
fn scaled(v: &Value, factor: f64) -> Value {
    let f = |x: Option<f64>| x.map(|x| x * factor);
    Value { amount: f(v.amount), low: f(v.low), high: f(v.high), unit: Some("EUR".into()), ..v.clone() }
}

/// The relation of two money values in different currencies, each converted into euros at
/// the ECB reference rate of its own date (see [`crate::fx::Rates::per_eur`]); `Err` names
/// the missing rate.
///
/// The two figures may differ by the rounding of each point figure as written (half a unit of
/// its last significant digit, 0.7 with `about`, converted: `€33 billion` stands for 32.5-33.5,
/// `€30 billion` for 25-35) plus [`FX_SLACK`] of the larger one:
/// - two points within that are `Consistent` (`$38 billion` and `€33 billion` on
///   2025-11-03): a reader cannot tell a rounding from the rate the reporter used, so no
///   `rounding` conflict across currencies; further apart they conflict, as `magnitude` when
///   the ratio is within 2 % + [`FX_SLACK`] of 10, 100 or 1000 (`$38 billion` vs `€3.3
///   billion`), else `different_value`;
/// - bounds and ranges follow the containment rule of one currency with the intervals
///   widened by that tolerance: consistent when they meet, else a `bound` (one-sided) or
///   `different_value` conflict.
pub fn cross_currency_relation(
    a: &Value,
    a_date: Option<CivilDate>,
    b: &Value,
    b_date: Option<CivilDate>,
    rates: &Rates,
) -> Result<Relation, NoRate> {
    let to_eur = |v: &Value, date: Option<CivilDate>| -> Result<f64, NoRate> {
        let currency = v.unit.as_deref().unwrap_or("");
        if currency.is_empty() {
            return Err(NoRate::Currency("?".into()));
        }
        let date = date.ok_or_else(|| NoRate::Undated(currency.to_string()))?;
        rates.to_eur(1.0, currency, date)
    };
    let (fa, fb) = (to_eur(a, a_date)?, to_eur(b, b_date)?);
    let (ea, eb) = (scaled(a, fa), scaled(b, fb));
    let size = |v: &Value| {
        [v.amount, v.low, v.high].into_iter().flatten().filter(|x| x.is_finite()).fold(0.0, |m: f64, x| m.max(x.abs()))
    };
    let tolerance = rounding_half_width(a) * fa + rounding_half_width(b) * fb + FX_SLACK * size(&ea).max(size(&eb));
    if is_point(&ea) && is_point(&eb) {
        let (x, y) = (ea.amount.unwrap_or(0.0), eb.amount.unwrap_or(0.0));
        if (x - y).abs() <= tolerance {
            return Ok(Relation::Consistent);
        }
        if x != 0.0 && y != 0.0 && x.signum() == y.signum() {
            let ratio = x.abs().max(y.abs()) / x.abs().min(y.abs());
            if is_magnitude(ratio, MAGNITUDE_SLACK + FX_SLACK) {
                return Ok(Relation::Conflict("magnitude"));
            }
        }
        return Ok(Relation::Conflict("different_value"));
    }
    let ((alo, ahi), (blo, bhi)) = (interval_of_point_or_bound(&ea), interval_of_point_or_bound(&eb));
    if alo <= bhi + tolerance && blo <= ahi + tolerance {
        Ok(Relation::Consistent)
    } else {
        let half = |v: &Value| v.low.is_some() != v.high.is_some();
        Ok(Relation::Conflict(if half(a) || half(b) { "bound" } else { "different_value" }))
    }
}

/// A value's interval for the cross-currency rule: a point is itself (its rounding is in the
/// tolerance, `about` included), bounds and ranges as [`interval`] reads them.
fn interval_of_point_or_bound(v: &Value) -> (f64, f64) {
    if is_point(v) {
        let a = v.amount.unwrap_or(0.0);
        (a, a)
    } else {
        interval(v)
    }
}

/// The date at which a claim's money is converted: its `as_of` when that gives a day; for a
/// month, the month's last day (the last rate of the month: a figure "in March" is known by
/// its end), or the publication date when that lies inside the month (the month was not
/// over when it was written); otherwise (a year or no `as_of`) the earliest publication date
/// of its statements, the day the figure was first reported.
fn rate_date(as_of: Option<&str>, members: &[Candidate]) -> Option<CivilDate> {
    let published = members.iter().filter_map(|c| c.published.as_deref().and_then(CivilDate::parse_iso_prefix)).min();
    let t = as_of.unwrap_or("");
    if let Some(day) = CivilDate::parse_iso_prefix(t) {
        return Some(day);
    }
    let month = t.get(..7).filter(|m| m.len() == 7 && t.len() == 7).and_then(|m| {
        let first = CivilDate::parse_iso_prefix(&format!("{m}-01"))?;
        let (y, mo) = first.add_months(1);
        Some((first, CivilDate::new(y, mo, 1)?.add_days(-1)))
    });
    match (month, published) {
        (Some((first, last)), Some(p)) if first <= p && p <= last => Some(p),
        (Some((_, last)), _) => Some(last),
        (None, p) => p,
    }
}

/// One candidate's day for the time rules: its stated time (the middle of a stated month:
/// `last July`), else its publication date.
fn day_of(c: &Candidate) -> Option<i64> {
    let month_middle = |t: &str| CivilDate::parse_iso_prefix(&format!("{}-15", t.get(..7)?));
    c.as_of
        .as_deref()
        .and_then(|t| CivilDate::parse_iso_prefix(t).or_else(|| month_middle(t)))
        .or_else(|| c.published.as_deref().and_then(CivilDate::parse_iso_prefix))
        .map(|d| d.unix_days())
}

/// A group split by time: (bucket key for the claim id, the time the bucket is about,
/// members). The key is empty for the common case of one bucket, so ids stay as they were.
type TimeBucket = (String, Option<String>, Vec<Candidate>);

/// Splits one group's candidates by the time they are about (see the module docs).
pub fn split_by_time(members: Vec<Candidate>, time_varying: bool) -> Vec<TimeBucket> {
    if time_varying {
        let mut stated: BTreeMap<String, Vec<Candidate>> = BTreeMap::new();
        let mut open = Vec::new();
        for c in members {
            match c.as_of.clone() {
                Some(t) => stated.entry(t).or_default().push(c),
                None => open.push(c),
            }
        }
        let mut unplaced = Vec::new();
        for c in open {
            let published = c.published.as_deref().and_then(CivilDate::parse_iso_prefix).map(|d| d.unix_days());
            let home = published.and_then(|p| {
                stated
                    .keys()
                    .filter_map(|t| Some((t, CivilDate::parse_iso_prefix(t)?.unix_days())))
                    .filter(|&(_, d)| d <= p && p - d <= NULL_AS_OF_WINDOW_DAYS)
                    .max_by_key(|&(t, d)| (d, std::cmp::Reverse(t.clone())))
                    .map(|(t, _)| t.clone())
            });
            match home {
                Some(t) => stated.get_mut(&t).expect("a key of the map").push(c),
                None => unplaced.push(c),
            }
        }
        // Statements without a time and without a stated time to join are about the time
        // they were published: reports more than NULL_AS_OF_WINDOW_DAYS apart (a stake of 9 % in
        // November, 19.8 % in July) are different times, not a conflict. Runs of publication
        // days no more than that apart are one time; reports without a publication date join
        // the largest run.
        let (mut dated, mut undated) = (Vec::new(), Vec::new());
        for c in unplaced {
            match c.published.as_deref().and_then(CivilDate::parse_iso_prefix) {
                Some(d) => dated.push((d.unix_days(), c)),
                None => undated.push(c),
            }
        }
        let mut runs = runs_of_days(dated, NULL_AS_OF_WINDOW_DAYS);
        join_largest(&mut runs, undated);
        let single = stated.len() + runs.len() == 1;
        let mut out: Vec<TimeBucket> = Vec::new();
        for (i, (first, cs)) in runs.into_iter().enumerate() {
            // The first run keeps the empty key, so ids of the common case stay as they were.
            let key = if single || i == 0 {
                String::new()
            } else {
                format!("published {}", CivilDate::from_unix_days(first))
            };
            out.push((key, None, cs));
        }
        for (t, cs) in stated {
            out.push((if single { String::new() } else { t.clone() }, Some(t), cs));
        }
        return out;
    }
    // Episodes: runs of reports no more than EPISODE_GAP_DAYS apart.
    let (mut dated, mut undated) = (Vec::new(), Vec::new());
    for c in members {
        match day_of(&c) {
            Some(day) => dated.push((day, c)),
            None => undated.push(c),
        }
    }
    let mut merged = runs_of_days(dated, EPISODE_GAP_DAYS);
    join_largest(&mut merged, undated);
    let single = merged.len() == 1;
    merged
        .into_iter()
        .filter(|(_, cs)| !cs.is_empty())
        .map(|(first, cs)| {
            let key = if single { String::new() } else { CivilDate::from_unix_days(first).to_string() };
            let mut times: BTreeMap<&str, usize> = BTreeMap::new();
            for t in cs.iter().filter_map(|c| c.as_of.as_deref()) {
                *times.entry(t).or_default() += 1;
            }
            let as_of = times.iter().max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0))).map(|(t, _)| t.to_string());
            (key, as_of, cs)
        })
        .collect()
}

/// Runs of (day, candidate) with no more than `gap` days between neighbours, as (first day,
/// members) in time order; neighbouring runs that share a value merge, as one fact reported
/// over time (a deal's value at signing and at closing, a stake still 27 % six weeks later).
fn runs_of_days(mut dated: Vec<(i64, Candidate)>, gap: i64) -> Vec<(i64, Vec<Candidate>)> {
    dated.sort_by_key(|(d, _)| *d);
    let mut runs: Vec<(i64, i64, Vec<Candidate>)> = Vec::new();
    for (day, c) in dated {
        match runs.last_mut() {
            Some((_, last, cs)) if day - *last <= gap => {
                *last = day;
                cs.push(c);
            }
            _ => runs.push((day, day, vec![c])),
        }
    }
    let mut merged: Vec<(i64, Vec<Candidate>)> = Vec::new();
    for (first, _, cs) in runs {
        let keys: BTreeSet<String> = cs.iter().map(|c| equal_key(&c.value)).collect();
        match merged.last_mut() {
            Some((_, prev)) if prev.iter().any(|c| keys.contains(&equal_key(&c.value))) => prev.extend(cs),
            _ => merged.push((first, cs)),
        }
    }
    merged
}

/// Reports without a date join the largest run (the first of equally large ones), or make the
/// only run when there is none.
fn join_largest(runs: &mut Vec<(i64, Vec<Candidate>)>, undated: Vec<Candidate>) {
    if undated.is_empty() {
        return;
    }
    match (0..runs.len()).max_by_key(|&i| (runs[i].1.len(), std::cmp::Reverse(i))) {
        Some(i) => runs[i].1.extend(undated),
        None => runs.push((0, undated)),
    }
}

/// Clusters of equal values (see [`equal_key`]); a less specific date joins the one more
/// specific date it contains, and stays a value of its own when it contains several.
fn equal_clusters(mut members: Vec<Candidate>) -> Vec<Vec<Candidate>> {
    members.sort_by(|a, b| {
        is_exact(&b.value)
            .cmp(&is_exact(&a.value))
            .then_with(|| a.evidence.doc_id.cmp(&b.evidence.doc_id))
            .then_with(|| a.evidence.start.cmp(&b.evidence.start))
            .then_with(|| a.evidence.value_text.cmp(&b.evidence.value_text))
    });
    let mut by_key: BTreeMap<String, Vec<Candidate>> = BTreeMap::new();
    for c in members {
        by_key.entry(equal_key(&c.value)).or_default().push(c);
    }
    // Dates: most specific first; a shorter date containing exactly one longer one joins it.
    let (dates, others): (Vec<_>, Vec<_>) = by_key.into_iter().partition(|(k, _)| k.starts_with("date:"));
    let mut dates: Vec<(String, Vec<Candidate>)> = dates;
    dates.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    let mut date_clusters: Vec<(String, Vec<Candidate>)> = Vec::new();
    for (key, cs) in dates {
        let inside: Vec<usize> = (0..date_clusters.len())
            .filter(|&i| date_clusters[i].0.starts_with(key.as_str()) && date_clusters[i].0 != key)
            .collect();
        match inside.as_slice() {
            [one] => date_clusters[*one].1.extend(cs),
            _ => date_clusters.push((key, cs)),
        }
    }
    others.into_iter().chain(date_clusters).map(|(_, cs)| cs).collect()
}

/// A cluster of equal values inside its time bucket, on its way to a claim.
struct Fact {
    predicate: String,
    id_text: String,
    value: Value,
    members: Vec<Candidate>,
    /// Independent origins and each one's weight (its best statement's score, less for hedges).
    origins: BTreeMap<String, f64>,
    as_of: Option<String>,
    /// The date its money converts at (see [`rate_date`]).
    rate_date: Option<CivilDate>,
}

/// The facts of one group (all its time buckets) and the relations between them; edge
/// indices are local to the group (relations never cross a time bucket, so never a group).
struct GroupFacts {
    facts: Vec<Fact>,
    edges: Vec<(usize, usize, Relation)>,
}

/// Splits one group by time, clusters equal values into facts and relates the facts of
/// each bucket: everything of reconciliation that needs only this group's candidates.
/// `members` are in the order the candidates reached reconciliation (ties of the time and
/// cluster rules keep that order).
fn group_facts(
    key: GroupKey,
    members: Vec<Candidate>,
    options: &ReconcileOptions,
    stats: &mut ReconcileStats,
) -> GroupFacts {
    let (predicate, subject_root, object_root, period) = key;
    let mut facts: Vec<Fact> = Vec::new();
    let mut edges: Vec<(usize, usize, Relation)> = Vec::new();
    let buckets = split_by_time(members, (options.time_varying)(&predicate));
    if buckets.len() > 1 {
        stats.time_splits += 1;
    }
    for (time_key, as_of, members) in buckets {
        let first = facts.len();
        for cluster in equal_clusters(members) {
            let value = representative(&cluster);
            let mut origins: BTreeMap<String, f64> = BTreeMap::new();
            for c in &cluster {
                let w = c.evidence.score * if c.qualifiers.contains_key("hedge") { HEDGE_FACTOR } else { 1.0 };
                let e = origins.entry((options.origin)(&c.evidence.doc_id)).or_insert(0.0);
                *e = e.max(w);
            }
            let id_text = format!(
                "{predicate}|{subject_root}|{object_root}|{period}{}|{}",
                if time_key.is_empty() { String::new() } else { format!("@{time_key}") },
                value_key(&value)
            );
            facts.push(Fact {
                predicate: predicate.clone(),
                id_text,
                value,
                rate_date: rate_date(as_of.as_deref(), &cluster),
                members: cluster,
                origins,
                as_of: as_of.clone(),
            });
        }
        let mut compared: Vec<usize> = (first..facts.len()).collect();
        if compared.len() > MAX_COMPARED_VALUES {
            compared.sort_by(|&a, &b| {
                (facts[b].origins.len(), facts[b].members.len())
                    .cmp(&(facts[a].origins.len(), facts[a].members.len()))
                    .then_with(|| facts[a].id_text.cmp(&facts[b].id_text))
            });
            stats.values_not_compared += compared.len() - MAX_COMPARED_VALUES;
            compared.truncate(MAX_COMPARED_VALUES);
            compared.sort_unstable();
        }
        let body_docs: Vec<BTreeSet<&str>> = compared.iter().map(|&f| body_documents(&facts[f])).collect();
        for (x, &a) in compared.iter().enumerate() {
            for (y, &b) in compared.iter().enumerate().skip(x + 1) {
                let (fa, fb) = (&facts[a], &facts[b]);
                match relation(&fa.value, &fb.value) {
                    // A document whose body states both values tells them apart: two facts the
                    // claim step read as one ("Konzernweit 12 Prozent ... die Sparte um 30
                    // Prozent"), not a disagreement of sources. A headline against its own
                    // body still conflicts.
                    Some(Relation::Conflict(_)) if !body_docs[x].is_disjoint(&body_docs[y]) => {
                        stats.told_apart_pairs += 1;
                    }
                    Some(rel) => edges.push((a, b, rel)),
                    None if fa.value.kind == "money" && fb.value.kind == "money" => {
                        stats.cross_currency_pairs += 1;
                        let Some(rates) = options.rates else { continue };
                        match cross_currency_relation(&fa.value, fa.rate_date, &fb.value, fb.rate_date, rates) {
                            Ok(rel) => {
                                stats.fx_compared += 1;
                                edges.push((a, b, rel));
                            }
                            Err(NoRate::Currency(c)) => *stats.fx_no_rate_currency.entry(c).or_default() += 1,
                            Err(NoRate::Date(..)) => stats.fx_no_rate_date += 1,
                            Err(NoRate::Undated(_)) => stats.fx_undated += 1,
                        }
                    }
                    None => stats.other_unit_pairs += 1,
                }
            }
        }
    }
    GroupFacts { facts, edges }
}

/// What truth discovery needs of every fact of the run, and nothing else: each fact's
/// origins (interned, in the order of their names) with their weights, and its related facts
/// with their implication. No candidate and no quote: this is what a streamed reconciliation
/// keeps in memory of facts it has already passed.
#[derive(Default)]
struct TruthInput {
    origin_ids: std::collections::HashMap<String, u32>,
    /// Per fact, in fact order: (origin id, weight), in origin-name order.
    origins: Vec<Vec<(u32, f64)>>,
    /// Per fact: (related fact, imp(f'→f)), in the order the relations were found.
    related: Vec<Vec<(usize, f64)>>,
}

impl TruthInput {
    /// Appends one group's facts (their indices continue the run's).
    fn add(&mut self, group: &GroupFacts) {
        let offset = self.origins.len();
        for f in &group.facts {
            let mut ids = Vec::with_capacity(f.origins.len());
            for (o, w) in &f.origins {
                let next = self.origin_ids.len() as u32;
                ids.push((*self.origin_ids.entry(o.clone()).or_insert(next), *w));
            }
            self.origins.push(ids);
            self.related.push(Vec::new());
        }
        for &(a, b, rel) in &group.edges {
            let imp = match rel {
                Relation::Consistent => CONSISTENT_IMPLICATION,
                Relation::Conflict(_) => CONFLICT_IMPLICATION,
            };
            self.related[offset + a].push((offset + b, imp));
            self.related[offset + b].push((offset + a, imp));
        }
    }

    /// Iterates TruthFinder to a fixed point: returns each fact's confidence.
    ///
    /// trust(s) starts at [`INITIAL_TRUST`]; a fact's score is σ(f) = Σ w·(−ln(1 − trust(s)))
    /// over its sources, adjusted by related facts of the same bucket, σ*(f) = σ(f) +
    /// ρ·Σ imp(f'→f)·σ(f'), its confidence 1 / (1 + e^(−γ·σ*(f))), and a source's trust the
    /// mean confidence of its facts; until trust moves less than 1e-6 (or [`MAX_ITERATIONS`]).
    /// Deterministic: every sum runs in a fixed order (a fact's origins by name, a source's
    /// facts in fact order), so the result does not depend on how the facts were gathered.
    fn solve(&self) -> Vec<f64> {
        let n = self.origin_ids.len();
        let mut trust = vec![INITIAL_TRUST; n];
        let mut confidence = vec![0.0; self.origins.len()];
        for _ in 0..MAX_ITERATIONS {
            let sigma: Vec<f64> = self
                .origins
                .iter()
                .map(|f| f.iter().map(|&(o, w)| w * -(1.0 - trust[o as usize].clamp(0.01, 0.99)).ln()).sum())
                .collect();
            for (i, c) in confidence.iter_mut().enumerate() {
                let adjusted =
                    sigma[i] + IMPLICATION_WEIGHT * self.related[i].iter().map(|&(j, imp)| imp * sigma[j]).sum::<f64>();
                *c = 1.0 / (1.0 + (-DAMPENING * adjusted).exp());
            }
            let mut sums = vec![(0.0f64, 0usize); n];
            for (f, c) in self.origins.iter().zip(&confidence) {
                for &(o, _) in f {
                    let e = &mut sums[o as usize];
                    e.0 += c;
                    e.1 += 1;
                }
            }
            let mut moved = 0.0f64;
            for (o, (sum, k)) in sums.into_iter().enumerate() {
                let t = sum / k as f64;
                moved = moved.max((trust[o] - t).abs());
                trust[o] = t;
            }
            if moved < 1e-6 {
                break;
            }
        }
        confidence
    }
}

/// The claims of one group's facts, given each fact's confidence (in fact order).
fn group_claims(group: &GroupFacts, confidence: &[f64], table: &EntityTable) -> Vec<Claim> {
    let facts = &group.facts;
    let ids: Vec<String> = facts.iter().map(|f| format!("{:016x}", fnv1a(&f.id_text))).collect();
    // Conflict groups: connected components of the conflict edges; the preferred fact of
    // each is the most confident (then more origins, then exact, then the smaller id).
    let mut groups = UnionFind::new(facts.len());
    let mut conflicts: Vec<Vec<(usize, &'static str)>> = vec![Vec::new(); facts.len()];
    let mut consistent: Vec<Vec<usize>> = vec![Vec::new(); facts.len()];
    for &(a, b, rel) in &group.edges {
        match rel {
            Relation::Conflict(kind) => {
                conflicts[a].push((b, kind));
                conflicts[b].push((a, kind));
                groups.union(a, b);
            }
            Relation::Consistent => {
                consistent[a].push(b);
                consistent[b].push(a);
            }
        }
    }
    let better = |a: usize, b: usize| -> bool {
        let key = |i: usize| (confidence[i], facts[i].origins.len(), is_exact(&facts[i].value));
        let (ka, kb) = (key(a), key(b));
        ka.0.partial_cmp(&kb.0)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(ka.1.cmp(&kb.1))
            .then(ka.2.cmp(&kb.2))
            .then_with(|| ids[b].cmp(&ids[a]))
            .is_gt()
    };
    let mut preferred_of: BTreeMap<usize, usize> = BTreeMap::new();
    for (i, opponents) in conflicts.iter().enumerate() {
        if opponents.is_empty() {
            continue;
        }
        let root = groups.find(i);
        match preferred_of.get(&root) {
            Some(&p) if !better(i, p) => {}
            _ => drop(preferred_of.insert(root, i)),
        }
    }
    let mut claims = Vec::with_capacity(facts.len());
    for (i, fact) in facts.iter().enumerate() {
        let (preferred, kind) = if conflicts[i].is_empty() {
            (true, None)
        } else {
            let p = preferred_of[&groups.find(i)];
            // The kind against the preferred value, else against the strongest opponent.
            let against = conflicts[i]
                .iter()
                .find(|(j, _)| *j == p)
                .or_else(|| {
                    conflicts[i].iter().max_by(|x, y| {
                        if better(x.0, y.0) {
                            std::cmp::Ordering::Greater
                        } else {
                            std::cmp::Ordering::Less
                        }
                    })
                })
                .map(|(_, k)| *k);
            (p == i, against)
        };
        let mut conflicts_with: Vec<String> = conflicts[i].iter().map(|(j, _)| ids[*j].clone()).collect();
        conflicts_with.sort();
        let mut consistent_with: Vec<String> = consistent[i].iter().map(|j| ids[*j].clone()).collect();
        consistent_with.sort();
        claims.push(build_claim(
            fact,
            &ids[i],
            table,
            confidence[i],
            ClaimLinks { conflicts_with, consistent_with, conflict_kind: kind.map(String::from), preferred },
        ));
    }
    claims
}

/// The order of `claims.jsonl`: predicate, subject, object, claim id.
pub fn claim_order(c: &Claim) -> (&str, &str, Option<&str>, &str) {
    (c.predicate.as_str(), c.subject.id.as_str(), c.object.as_ref().map(|o| o.id.as_str()), c.claim_id.as_str())
}

/// Reconciles all candidates of a run into canonical claims, sorted by predicate, subject,
/// object and claim id ([`claim_order`]). The in-memory form of [`Reconciler`]: both run the
/// same steps in the same order, so they write the same claims.
pub fn reconcile(candidates: Vec<Candidate>, options: &ReconcileOptions) -> (Vec<Claim>, ReconcileStats) {
    let mut reconciler = Reconciler::new(options);
    for c in &candidates {
        reconciler.note_period(c);
    }
    let mut groups: BTreeMap<GroupKey, Vec<Candidate>> = BTreeMap::new();
    for c in candidates {
        groups.entry(reconciler.key(&c)).or_default().push(c);
    }
    let mut all = Vec::with_capacity(groups.len());
    for (key, members) in groups {
        let group = group_facts(key, members, options, &mut reconciler.stats);
        reconciler.truth.add(&group);
        all.push(group);
    }
    let solved = reconciler.solve();
    let mut claims = Vec::new();
    let mut offset = 0;
    for group in &all {
        let n = group.facts.len();
        claims.extend(group_claims(group, &solved.confidence[offset..offset + n], options.table));
        offset += n;
    }
    claims.sort_by(|a, b| claim_order(a).cmp(&claim_order(b)));
    (claims, solved.stats)
}

/// Streamed reconciliation, in two passes over the groups (each group's candidates together,
/// groups in [`GroupKey`] order, a group's candidates in the order they reached
/// reconciliation: exactly what [`reconcile`] builds in memory).
///
/// Truth discovery is the one step that looks at every fact at once (a source's trust is the
/// mean confidence of all its facts), so the first pass ([`Reconciler::add_group`]) keeps only
/// a compact summary of each fact (its origins and weights, its relations: no candidate, no
/// quote) and [`Reconciler::solve`] iterates TruthFinder on those summaries exactly as
/// [`reconcile`] does. The second pass ([`Solved::claims_of_group`]) is given the same groups
/// again, rebuilds their facts (a pure function of the group) and writes their claims with
/// the confidences of the first pass. Memory: one group's candidates plus the summaries.
pub struct Reconciler<'a> {
    options: &'a ReconcileOptions<'a>,
    stats: ReconcileStats,
    truth: TruthInput,
    periods: PeriodIndex,
}

/// The confidences of every fact, for the second pass.
pub struct Solved {
    confidence: Vec<f64>,
    periods: PeriodIndex,
    /// Facts the second pass has written claims of.
    next: usize,
    /// What reconciliation decided (counted in the first pass).
    pub stats: ReconcileStats,
}

/// The second pass was not given the groups of the first.
#[derive(Debug, thiserror::Error)]
#[error("reconciliation: the second pass saw {found} facts where the first saw {expected}")]
pub struct PassMismatch {
    pub expected: usize,
    pub found: usize,
}

impl<'a> Reconciler<'a> {
    pub fn new(options: &'a ReconcileOptions<'a>) -> Self {
        Reconciler {
            options,
            stats: ReconcileStats::default(),
            truth: TruthInput::default(),
            periods: PeriodIndex::default(),
        }
    }

    /// Before any [`Reconciler::key`]: notes the period a candidate's fact is stated for
    /// (see [`PeriodIndex`]); every candidate of the run, in any order.
    pub fn note_period(&mut self, c: &Candidate) {
        self.periods.add(&group_key(c, self.options.table));
    }

    /// The group key of a candidate (the sort key of a streamed reconciliation).
    pub fn key(&self, c: &Candidate) -> GroupKey {
        self.periods.home(group_key(c, self.options.table))
    }

    /// First pass: one group's candidates (all of one [`GroupKey`], in arrival order).
    pub fn add_group(&mut self, members: Vec<Candidate>) {
        let Some(first) = members.first() else { return };
        let key = self.key(first);
        let group = group_facts(key, members, self.options, &mut self.stats);
        self.truth.add(&group);
    }

    /// Facts summarized so far.
    pub fn facts(&self) -> usize {
        self.truth.origins.len()
    }

    /// Truth discovery over every fact of the first pass.
    pub fn solve(self) -> Solved {
        Solved { confidence: self.truth.solve(), periods: self.periods, next: 0, stats: self.stats }
    }
}

impl Solved {
    /// Second pass: the claims of one group, given as in the first pass (unsorted: the run's
    /// order is [`claim_order`]).
    pub fn claims_of_group(
        &mut self,
        members: Vec<Candidate>,
        options: &ReconcileOptions,
    ) -> Result<Vec<Claim>, PassMismatch> {
        let Some(first) = members.first() else { return Ok(Vec::new()) };
        let key = self.periods.home(group_key(first, options.table));
        let group = group_facts(key, members, options, &mut ReconcileStats::default());
        let n = group.facts.len();
        let Some(confidence) = self.confidence.get(self.next..self.next + n) else {
            return Err(PassMismatch { expected: self.confidence.len(), found: self.next + n });
        };
        self.next += n;
        Ok(group_claims(&group, confidence, options.table))
    }

    /// Checks that the second pass saw every fact of the first.
    pub fn done(&self) -> Result<(), PassMismatch> {
        if self.next == self.confidence.len() {
            Ok(())
        } else {
            Err(PassMismatch { expected: self.confidence.len(), found: self.next })
        }
    }
}

/// The most frequent of the most specific values of a cluster (exact before bounds, ranges
/// and approximations).
fn representative(cluster: &[Candidate]) -> Value {
    let mut value_counts: BTreeMap<String, (usize, bool, &Value)> = BTreeMap::new();
    for c in cluster {
        value_counts.entry(value_key(&c.value)).or_insert((0, is_exact(&c.value), &c.value)).0 += 1;
    }
    value_counts
        .iter()
        .max_by(|(ka, (na, ea, _)), (kb, (nb, eb, _))| ea.cmp(eb).then(na.cmp(nb)).then_with(|| kb.cmp(ka)))
        .map(|(_, (_, _, v))| (*v).clone())
        .expect("clusters are never empty")
}

/// A claim's relations to the other claims of its fact.
struct ClaimLinks {
    conflicts_with: Vec<String>,
    consistent_with: Vec<String>,
    conflict_kind: Option<String>,
    preferred: bool,
}

fn build_claim(fact: &Fact, id: &str, table: &EntityTable, confidence: f64, links: ClaimLinks) -> Claim {
    let cluster = &fact.members;
    // Subject and object as written most often. Symmetric pairs take the orientation most
    // sources wrote ("OpenAI and Amazon" more often than "Amazon and OpenAI").
    let mut orientation: BTreeMap<&str, usize> = BTreeMap::new();
    for c in cluster {
        *orientation.entry(table.root(&c.subject.id)).or_default() += 1;
    }
    let first_root = orientation.iter().max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0))).map(|(r, _)| *r);
    let (subjects, objects): (Vec<&Entity>, Vec<&Entity>) = cluster
        .iter()
        .filter_map(|c| {
            let o = c.object.as_ref()?;
            Some(if c.symmetric && Some(table.root(&c.subject.id)) != first_root {
                (o, &c.subject)
            } else {
                (&c.subject, o)
            })
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
    // A hedge qualifies the claim only when every supporting document hedges it; one
    // source saying "reportedly" does not weaken four that state the fact plainly.
    let mut qualifiers = serde_json::Map::new();
    for c in cluster {
        for (k, v) in &c.qualifiers {
            qualifiers.entry(k.clone()).or_insert_with(|| v.clone());
        }
    }
    let docs: BTreeSet<&str> = cluster.iter().map(|c| c.evidence.doc_id.as_str()).collect();
    let hedged_docs: BTreeSet<&str> =
        cluster.iter().filter(|c| c.qualifiers.contains_key("hedge")).map(|c| c.evidence.doc_id.as_str()).collect();
    if hedged_docs.len() < docs.len() {
        qualifiers.remove("hedge");
    }
    let status = if !links.conflicts_with.is_empty() {
        "conflicting"
    } else if fact.origins.len() >= 2 {
        "corroborated"
    } else {
        "single_source"
    };
    Claim {
        claim_id: id.to_string(),
        predicate: fact.predicate.clone(),
        subject,
        object,
        value: fact.value.clone(),
        qualifiers,
        status: status.to_string(),
        conflicts_with: links.conflicts_with,
        confidence: (confidence * 10_000.0).round() / 10_000.0,
        languages: languages.into_iter().collect(),
        sources,
        as_of: fact.as_of.clone(),
        consistent_with: links.consistent_with,
        conflict_kind: links.conflict_kind,
        preferred: links.preferred,
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
        // Regression: a bound without its figure (`low` only) was unbounded on both sides and
        // compatible with every value.
        let at_least_five = v("percent", None, Some(5.0), None, false);
        let at_most_five = v("percent", None, None, Some(5.0), false);
        assert!(!compatible(&at_least_five, &four) && compatible(&at_least_five, &about_five));
        assert!(
            compatible(&at_most_five, &four) && !compatible(&at_most_five, &v("percent", Some(6.0), None, None, false))
        );
    }

    fn money(amount: f64, approx: bool) -> Value {
        Value {
            kind: "money".into(),
            amount: Some(amount),
            unit: Some("USD".into()),
            low: None,
            high: None,
            approx,
            date: None,
        }
    }

    #[test]
    fn conflict_kinds_of_the_classic_slips() {
        let kind = |a: Value, b: Value| match relation(&a, &b) {
            Some(Relation::Conflict(k)) => k,
            other => panic!("{a:?} vs {b:?}: {other:?}"),
        };
        // 120億ドル vs 12億ドル; $14.9 billion vs $1.49 billion.
        assert_eq!(kind(money(12e9, false), money(1.2e9, false)), "magnitude");
        assert_eq!(kind(money(14.9e9, false), money(1.49e9, false)), "magnitude");
        // Rounded figures, exact or with "about".
        assert_eq!(kind(money(14.9e9, false), money(15e9, true)), "rounding");
        assert_eq!(kind(money(706e9, false), money(700e9, true)), "rounding");
        assert_eq!(kind(money(6.657, false), money(6.66, true)), "rounding");
        let pct = |a: f64, approx: bool| Value { unit: Some("%".into()), kind: "percent".into(), ..money(a, approx) };
        assert_eq!(kind(pct(4.0, false), pct(5.0, true)), "rounding");
        // A stake of 4 % vs 4.9 % is no rounding: 4.9 rounds to 5.
        assert_eq!(kind(pct(4.0, false), pct(4.9, false)), "different_value");
        assert_eq!(kind(pct(4.5, false), pct(4.9, false)), "different_value");
        assert_eq!(kind(pct(6.5, false), pct(10.0, false)), "different_value");
        assert_eq!(kind(pct(2.2, false), pct(3.0, true)), "different_value");
        assert_eq!(kind(pct(10.73, false), pct(11.0, true)), "rounding");
        assert_eq!(kind(money(14.9e9, false), money(14.1e9, true)), "different_value");
        // A bound the figure lies outside.
        let more_than = |a: f64| Value { low: Some(a), ..money(a, false) };
        assert_eq!(kind(more_than(30e9), money(28e9, false)), "bound");
        let up_to = |a: f64| Value { high: Some(a), ..money(a, false) };
        assert_eq!(kind(money(12e9, false), up_to(10e9)), "bound");
        assert_eq!(kind(date("2025-03-19"), date("2025-03-20")), "different_value");
    }

    #[test]
    fn bounds_and_ranges_around_a_figure_are_consistent_not_conflicts() {
        let more_than = Value { low: Some(30e9), ..money(30e9, false) };
        assert_eq!(relation(&more_than, &money(32e9, false)), Some(Relation::Consistent));
        let hundreds_of_thousands = Value {
            kind: "count".into(),
            amount: None,
            unit: Some("GPUs".into()),
            low: Some(1e5),
            high: Some(1e6),
            approx: false,
            date: None,
        };
        let half_a_million = Value { amount: Some(5e5), low: None, high: None, ..hundreds_of_thousands.clone() };
        assert_eq!(relation(&hundreds_of_thousands, &half_a_million), Some(Relation::Consistent));
        assert_eq!(relation(&date("2025-11"), &date("2025-11-03")), Some(Relation::Consistent));
        // Two currencies are not compared without exchange rates.
        let eur = Value { unit: Some("EUR".into()), ..money(33e9, false) };
        assert_eq!(relation(&money(38e9, false), &eur), None);
        // Equal figures share a key whatever the approximation word or float noise.
        assert_eq!(equal_key(&money(16.32e9, false)), equal_key(&money(16.32 * 1e9 + 1e-6, true)));
    }

    #[test]
    fn last_digit_places() {
        assert_eq!(last_digit_place(38e9), 1e9);
        assert!((last_digit_place(4.9) - 0.1).abs() < 1e-12);
        assert_eq!(last_digit_place(706e9), 1e9);
        assert_eq!(last_digit_place(4.0), 1.0);
        assert_eq!(last_digit_place(10.0), 1.0);
        assert_eq!(last_digit_place(700e9), 1e11);
    }

    fn candidate(doc: &str, value: Value, as_of: Option<&str>, published: Option<&str>) -> Candidate {
        let e = Entity { id: "acme".into(), name: "Acme".into(), kind: "ORG".into() };
        Candidate {
            predicate: "stock.change".into(),
            symmetric: false,
            subject: e,
            object: None,
            value,
            qualifiers: serde_json::Map::new(),
            evidence: Evidence {
                doc_id: doc.into(),
                lang: "en".into(),
                start: 0,
                end: 1,
                quote: "x".into(),
                value_text: "x".into(),
                score: 1.0,
            },
            as_of: as_of.map(String::from),
            published: published.map(String::from),
        }
    }

    #[test]
    fn share_moves_of_different_days_are_different_claims() {
        let pct = |a: f64| v("percent", Some(a), None, None, false);
        let cs = vec![
            candidate("a", pct(10.0), Some("2025-11-07"), Some("2025-11-07")),
            candidate("b", pct(4.0), Some("2025-11-10"), Some("2025-11-10")),
            // No day stated, published the day after Monday's move: Monday's.
            candidate("c", pct(4.0), None, Some("2025-11-11")),
            // Published a month later with no day: a time of its own.
            candidate("d", pct(3.0), None, Some("2025-12-20")),
        ];
        let buckets = split_by_time(cs, true);
        let shape: Vec<(Option<&str>, Vec<&str>)> = buckets
            .iter()
            .map(|(_, t, m)| (t.as_deref(), m.iter().map(|c| c.evidence.doc_id.as_str()).collect()))
            .collect();
        assert_eq!(
            shape,
            vec![(None, vec!["d"]), (Some("2025-11-07"), vec!["a"]), (Some("2025-11-10"), vec!["b", "c"])]
        );
    }

    #[test]
    fn timeless_statements_published_months_apart_are_different_times() {
        // A stake of about 9 % in November and of 19.8 % in July, neither dated in its sentence:
        // two times, not a conflict. Reports a few days apart stay one time, and a report
        // without a publication date joins the largest run.
        let pct = |a: f64| v("percent", Some(a), None, None, false);
        let cs = vec![
            candidate("nov", pct(9.0), None, Some("2024-11-25")),
            candidate("nov2", pct(9.0), None, Some("2024-11-27")),
            candidate("jul", pct(19.8), None, Some("2025-07-23")),
            candidate("undated", pct(9.0), None, None),
        ];
        let buckets = split_by_time(cs, true);
        let shape: Vec<(&str, Vec<&str>)> = buckets
            .iter()
            .map(|(k, _, m)| (k.as_str(), m.iter().map(|c| c.evidence.doc_id.as_str()).collect()))
            .collect();
        assert_eq!(shape, vec![("", vec!["nov", "nov2", "undated"]), ("published 2025-07-23", vec!["jul"])]);
        // Within a week: one time.
        let cs = vec![
            candidate("a", pct(9.0), None, Some("2024-11-25")),
            candidate("b", pct(9.5), None, Some("2024-11-30")),
        ];
        assert_eq!(split_by_time(cs, true).len(), 1);
        // The same value six weeks later is the fact still holding: one claim.
        let cs = vec![
            candidate("nov", pct(27.0), None, Some("2025-11-03")),
            candidate("dec", pct(27.0), None, Some("2025-12-17")),
        ];
        assert_eq!(split_by_time(cs, true).len(), 1);
    }

    #[test]
    fn episodes_months_apart_with_other_values_are_other_facts_and_repeats_merge() {
        let m = |a: f64| money(a, false);
        let cs = vec![
            candidate("may", m(12.2e9), None, Some("2024-05-09")),
            candidate("may2", m(1.22e9), None, Some("2024-05-10")),
            candidate("oct", m(16.32e9), None, Some("2025-10-16")),
        ];
        assert_eq!(split_by_time(cs, false).len(), 2);
        let cs = vec![
            candidate("dec", m(14.9e9), None, Some("2023-12-18")),
            candidate("jun", m(14.9e9), None, Some("2025-06-18")),
            candidate("undated", m(14.9e9), None, None),
        ];
        let buckets = split_by_time(cs, false);
        assert_eq!(buckets.len(), 1);
        assert_eq!(buckets[0].0, "", "one bucket keeps the claim id of an undivided group");
    }

    #[test]
    fn a_statement_without_a_period_joins_the_only_period_stated() {
        let revenue = |doc: &str, amount: f64, period: Option<&str>| {
            let mut c = candidate(doc, money(amount, false), None, Some("2026-05-14"));
            c.predicate = "revenue.amount".into();
            if let Some(p) = period {
                c.qualifiers.insert("period".into(), serde_json::Value::String(p.into()));
            }
            c
        };
        let table =
            EntityTable::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/entities"))
                .expect("test entities");
        let homes = |cs: &[Candidate]| {
            let mut index = PeriodIndex::default();
            for c in cs {
                index.add(&group_key(c, &table));
            }
            cs.iter().map(|c| index.home(group_key(c, &table)).3).collect::<Vec<_>>()
        };
        let one =
            [revenue("en", 1.82e9, Some("2025")), revenue("it", 1.82e9, Some("2025")), revenue("nl", 182e6, None)];
        assert_eq!(homes(&one), ["2025", "2025", "2025"]);
        // Two periods named: the statement without one could be about either, and stays apart.
        let two = [revenue("en", 1.82e9, Some("2025")), revenue("de", 1.7e9, Some("2024")), revenue("nl", 182e6, None)];
        assert_eq!(homes(&two), ["2025", "2024", ""]);
        // Through reconciliation: the slip is compared with the right figure.
        let tv = |_: &str| false;
        let origin = |d: &str| d.to_string();
        let options = ReconcileOptions { table: &table, time_varying: &tv, origin: &origin, rates: None };
        let (claims, _) = reconcile(one.to_vec(), &options);
        assert!(claims.iter().any(|c| c.conflict_kind.as_deref() == Some("magnitude")), "{claims:?}");
    }

    #[test]
    fn seeds_share_move_one_group_consistent_and_a_rounding_conflict() {
        let table =
            EntityTable::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/entities"))
                .expect("test entities");
        let pct = |a: f64, low: Option<f64>, approx: bool| v("percent", Some(a), low, None, approx);
        let cs = vec![
            candidate("de", pct(4.0, None, true), None, Some("2025-11-04")),
            candidate("en", pct(4.0, Some(4.0), false), None, Some("2025-11-04")),
            candidate("nl", pct(4.0, None, false), None, Some("2025-11-04")),
            candidate("ja", pct(5.0, None, true), None, Some("2025-11-04")),
        ];
        let tv = |_: &str| true;
        let origin = |d: &str| d.to_string();
        let (claims, _) =
            reconcile(cs, &ReconcileOptions { table: &table, time_varying: &tv, origin: &origin, rates: None });
        assert_eq!(claims.len(), 3);
        let by = |a: f64, low: bool| {
            claims.iter().find(|c| c.value.amount == Some(a) && c.value.low.is_some() == low).expect("claim")
        };
        let (four, more_than_four, five) = (by(4.0, false), by(4.0, true), by(5.0, false));
        assert_eq!(four.sources.len(), 2);
        assert_eq!(four.status, "conflicting");
        assert!(four.preferred && !five.preferred);
        assert_eq!(five.conflict_kind.as_deref(), Some("rounding"));
        assert_eq!(more_than_four.status, "single_source");
        assert!(more_than_four.conflicts_with.is_empty());
        assert_eq!(more_than_four.consistent_with.len(), 2);
        assert!(four.confidence > five.confidence);
    }

    #[test]
    fn two_values_one_body_states_are_told_apart_and_a_headline_still_conflicts() {
        let table =
            EntityTable::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/entities"))
                .expect("test entities");
        let pct = |a: f64| v("percent", Some(a), None, None, false);
        let at = |doc: &str, a: f64, start: usize| {
            let mut c = candidate(doc, pct(a), None, Some("2025-03-03"));
            c.evidence.start = start;
            c
        };
        let tv = |_: &str| false;
        let origin = |d: &str| d.to_string();
        let run =
            |cs| reconcile(cs, &ReconcileOptions { table: &table, time_varying: &tv, origin: &origin, rates: None });
        // The group's 12 % and its division's 30 % in one article's body: two facts.
        let (claims, stats) = run(vec![at("de", 12.0, 300), at("de", 30.0, 420), at("en", 12.0, 80)]);
        assert!(claims.iter().all(|c| c.conflicts_with.is_empty()), "{claims:?}");
        assert_eq!(stats.told_apart_pairs, 1);
        // A headline (char 0) against its own body and the other sources: a conflict.
        let (claims, _) = run(vec![at("nl", 25.0, 0), at("nl", 21.0, 140), at("en", 21.0, 90)]);
        assert!(claims.iter().any(|c| c.status == "conflicting"), "{claims:?}");
    }

    #[test]
    fn copies_of_one_wire_story_are_one_source() {
        let table =
            EntityTable::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/entities"))
                .expect("test entities");
        let pct = |a: f64| v("percent", Some(a), None, None, false);
        let cs = vec![candidate("wire1", pct(4.0), None, None), candidate("wire2", pct(4.0), None, None)];
        let tv = |_: &str| false;
        let origin = |_: &str| "wire1".to_string();
        let (claims, _) =
            reconcile(cs, &ReconcileOptions { table: &table, time_varying: &tv, origin: &origin, rates: None });
        assert_eq!(claims[0].status, "single_source");
        assert_eq!(claims[0].sources.len(), 2);
    }

    fn fx_rates() -> Rates {
        Rates::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fx/eurofxref-hist.csv"))
            .expect("fixture rates")
    }

    fn cash(amount: f64, unit: &str) -> Value {
        Value { unit: Some(unit.into()), ..money(amount, false) }
    }

    #[test]
    fn money_in_two_currencies_compares_at_the_rate_of_its_date() {
        let rates = fx_rates();
        let day = CivilDate::parse_iso_prefix("2025-11-03");
        let rel = |a: &Value, b: &Value| cross_currency_relation(a, day, b, day, &rates);
        let usd = cash(38e9, "USD");
        // $38 billion at 1.1514 USD per EUR is €33.0 billion.
        assert_eq!(rel(&usd, &cash(33e9, "EUR")), Ok(Relation::Consistent));
        assert_eq!(rel(&cash(33e9, "EUR"), &usd), Ok(Relation::Consistent));
        assert_eq!(rel(&usd, &Value { approx: true, ..cash(32e9, "EUR") }), Ok(Relation::Consistent));
        assert_eq!(rel(&usd, &cash(3.3e9, "EUR")), Ok(Relation::Conflict("magnitude")));
        assert_eq!(rel(&usd, &cash(20e9, "EUR")), Ok(Relation::Conflict("different_value")));
        // A few percent off is another figure: €31 billion is 6 % below.
        assert_eq!(rel(&usd, &cash(31e9, "EUR")), Ok(Relation::Conflict("different_value")));
        // Through the euro: 38e9 USD is 5.86e12 JPY on that day.
        assert_eq!(rel(&usd, &cash(5.9e12, "JPY")), Ok(Relation::Consistent));
        // Bounds and ranges: containment, widened by the tolerance.
        let more_than = |a: f64, u: &str| Value { low: Some(a), ..cash(a, u) };
        let up_to = |a: f64, u: &str| Value { high: Some(a), ..cash(a, u) };
        assert_eq!(rel(&more_than(30e9, "EUR"), &usd), Ok(Relation::Consistent));
        assert_eq!(rel(&up_to(30e9, "EUR"), &usd), Ok(Relation::Conflict("bound")));
        let range = Value { amount: None, low: Some(32e9), high: Some(35e9), ..cash(0.0, "EUR") };
        assert_eq!(rel(&range, &usd), Ok(Relation::Consistent));
        // No rate: a currency the ECB does not quote, a date past the table, no date at all.
        assert_eq!(rel(&usd, &cash(1.2e12, "TWD")), Err(NoRate::Currency("TWD".into())));
        let late = CivilDate::parse_iso_prefix("2026-03-01");
        assert!(matches!(cross_currency_relation(&usd, late, &cash(33e9, "EUR"), late, &rates), Err(NoRate::Date(..))));
        assert!(matches!(
            cross_currency_relation(&usd, None, &cash(33e9, "EUR"), day, &rates),
            Err(NoRate::Undated(_))
        ));
    }

    #[test]
    fn a_month_converts_at_its_last_rate_unless_it_was_not_over() {
        let member = |published: &str| candidate("a", money(1.0, false), None, Some(published));
        let d = |s: &str| CivilDate::parse_iso_prefix(s);
        assert_eq!(rate_date(Some("2025-11-03"), &[member("2025-11-20")]), d("2025-11-03"));
        assert_eq!(rate_date(Some("2025-10"), &[member("2025-11-20")]), d("2025-10-31"));
        assert_eq!(rate_date(Some("2025-11"), &[member("2025-11-04"), member("2025-11-20")]), d("2025-11-04"));
        assert_eq!(rate_date(None, &[member("2025-11-20"), member("2025-11-03")]), d("2025-11-03"));
        assert_eq!(rate_date(Some("2025"), &[member("2025-11-20")]), d("2025-11-20"));
        assert_eq!(rate_date(None, &[candidate("a", money(1.0, false), None, None)]), None);
    }

    fn deal(doc: &str, value: Value) -> Candidate {
        let party = |id: &str, name: &str| Entity { id: id.into(), name: name.into(), kind: "ORG".into() };
        Candidate {
            predicate: "deal.value".into(),
            symmetric: true,
            subject: party("nordlicht_energie", "Nordlicht Energie"),
            object: Some(party("voltacell", "VoltaCell")),
            ..candidate(doc, value, None, Some("2025-11-03"))
        }
    }

    #[test]
    fn one_deal_in_dollars_euros_and_taiwan_dollars() {
        let table =
            EntityTable::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/entities"))
                .expect("test entities");
        let rates = fx_rates();
        let tv = |_: &str| false;
        let origin = |d: &str| d.to_string();
        let cs = vec![
            deal("en", cash(38e9, "USD")),
            deal("de", cash(33e9, "EUR")),
            deal("fr", cash(3.3e9, "EUR")),
            deal("tw", cash(1.16e12, "TWD")),
        ];
        let options = ReconcileOptions { table: &table, time_varying: &tv, origin: &origin, rates: Some(&rates) };
        let (claims, stats) = reconcile(cs.clone(), &options);
        assert_eq!(claims.len(), 4, "no value joins another across currencies");
        let by = |a: f64| claims.iter().find(|c| c.value.amount == Some(a)).expect("claim");
        let (usd, eur, slip, twd) = (by(38e9), by(33e9), by(3.3e9), by(1.16e12));
        // $38 billion and €33 billion: consistent, each its own source, no conflict between them.
        assert_eq!(usd.consistent_with, vec![eur.claim_id.clone()]);
        assert_eq!(eur.consistent_with, vec![usd.claim_id.clone()]);
        assert_eq!((usd.sources.len(), eur.sources.len()), (1, 1));
        assert!(!usd.conflicts_with.contains(&eur.claim_id));
        // €3.3 billion: a magnitude slip against both, and the preferred value is not the slip.
        assert_eq!(slip.status, "conflicting");
        assert_eq!(slip.conflict_kind.as_deref(), Some("magnitude"));
        assert!(slip.conflicts_with.contains(&usd.claim_id) && slip.conflicts_with.contains(&eur.claim_id));
        assert!(!slip.preferred);
        // The Taiwan dollar figure: no ECB rate, not compared, counted.
        assert!(twd.conflicts_with.is_empty() && twd.consistent_with.is_empty());
        assert_eq!(twd.status, "single_source");
        assert_eq!(stats.cross_currency_pairs, 5);
        assert_eq!(stats.fx_compared, 2);
        assert_eq!(stats.fx_no_rate_currency, BTreeMap::from([("TWD".to_string(), 3)]));
        assert_eq!((stats.fx_no_rate_date, stats.fx_undated), (0, 0));
        assert!(usd.confidence > slip.confidence && eur.confidence > slip.confidence);
        // Consistent values support each other in TruthFinder: without the slip, the dollar
        // figure is surer than the uncompared Taiwan dollar one of as many sources.
        let no_slip: Vec<Candidate> = cs.iter().filter(|c| c.evidence.doc_id != "fr").cloned().collect();
        let (claims, _) = reconcile(no_slip, &options);
        let by = |a: f64| claims.iter().find(|c| c.value.amount == Some(a)).expect("claim");
        assert!(by(38e9).confidence > by(1.16e12).confidence);
        // Without rates: the fallback, every pair in two currencies uncompared (the two euro
        // figures still conflict).
        let (claims, stats) = reconcile(cs, &ReconcileOptions { rates: None, ..options });
        assert!(claims.iter().all(|c| c.consistent_with.is_empty()));
        let unit_of = |id: &str| claims.iter().find(|c| c.claim_id == id).and_then(|c| c.value.unit.clone());
        assert!(claims.iter().all(|c| c.conflicts_with.iter().all(|id| unit_of(id) == c.value.unit)));
        assert_eq!((stats.cross_currency_pairs, stats.fx_compared), (5, 0));
    }

    #[test]
    fn a_fact_with_thousands_of_values_compares_only_the_best_supported() {
        let table =
            EntityTable::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/entities"))
                .expect("test entities");
        let pct = |a: f64| v("percent", Some(a), None, None, false);
        // 4 % from two documents, and 1,000 other figures from one each.
        let mut cs = vec![candidate("a", pct(4.0), None, None), candidate("b", pct(4.0), None, None)];
        cs.extend((0..1000).map(|i| candidate("c", pct(10.0 + f64::from(i)), None, None)));
        let tv = |_: &str| false;
        let origin = |d: &str| d.to_string();
        let (claims, stats) =
            reconcile(cs, &ReconcileOptions { table: &table, time_varying: &tv, origin: &origin, rates: None });
        assert_eq!(claims.len(), 1001, "every value stays a claim");
        assert_eq!(stats.values_not_compared, 1001 - MAX_COMPARED_VALUES);
        let four = claims.iter().find(|c| c.value.amount == Some(4.0)).expect("4 %");
        assert_eq!(four.conflicts_with.len(), MAX_COMPARED_VALUES - 1, "the best supported value is compared");
        assert!(claims.iter().all(|c| c.conflicts_with.len() < MAX_COMPARED_VALUES));
    }

    #[test]
    fn ids_are_stable_fnv() {
        assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(format!("{:016x}", fnv1a("a")), "af63dc4c8601ec8c");
    }
}
