//! The column model shared by every format: column definitions and row building.

use std::collections::BTreeSet;

use crate::{Claim, DocumentRecord, EntityRecord, Evidence, Run, TableKind};

/// The type of a column, and how each format writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Parquet `Utf8`; free text.
    Str,
    /// Parquet `Dictionary<Int32, Utf8>`: strings that repeat across rows.
    Dict,
    /// Parquet `Int64`.
    Int,
    /// Parquet `Float64`.
    Float,
    /// Parquet `Boolean`.
    Bool,
    /// Parquet `List<Utf8>` (never null, possibly empty); CSV joins the items with `; `.
    List,
    /// Parquet `Date32` (days since 1970-01-01); CSV and JSONL write `YYYY-MM-DD`.
    Date,
}

impl Kind {
    /// The type as written in the column documentation.
    pub fn parquet_name(self) -> &'static str {
        match self {
            Kind::Str => "Utf8",
            Kind::Dict => "Dictionary<Int32, Utf8>",
            Kind::Int => "Int64",
            Kind::Float => "Float64",
            Kind::Bool => "Boolean",
            Kind::List => "List<Utf8>",
            Kind::Date => "Date32",
        }
    }
}

/// One cell; `Null` is an empty CSV field, JSON `null`, a Parquet null.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    List(Vec<String>),
    /// Days since 1970-01-01.
    Date(i32),
}

impl Cell {
    fn opt_str(s: Option<&str>) -> Cell {
        s.map_or(Cell::Null, |s| Cell::Str(s.to_string()))
    }
    fn opt_f64(v: Option<f64>) -> Cell {
        v.filter(|v| v.is_finite()).map_or(Cell::Null, Cell::Float)
    }
    fn opt_date(v: Option<i32>) -> Cell {
        v.map_or(Cell::Null, Cell::Date)
    }
}

/// A column: name, type and meaning (the meaning is the README's documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
    pub doc: &'static str,
}

const fn col(name: &'static str, kind: Kind, doc: &'static str) -> Column {
    Column { name, kind, doc }
}

/// A built table: its kind, columns and rows (each row has one cell per column).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub kind: TableKind,
    pub columns: &'static [Column],
    pub rows: Vec<Vec<Cell>>,
}

/// Columns describing the claim itself (first in both claim tables).
const CLAIM_COLUMNS: [Column; 30] = [
    col("claim_id", Kind::Str, "stable id of the canonical claim"),
    col("predicate", Kind::Dict, "predicate of the schema (`deal.value`, ...)"),
    col("subject_id", Kind::Dict, "canonical entity id of the subject"),
    col("subject_name", Kind::Dict, "display name of the subject"),
    col("subject_type", Kind::Dict, "`ORG`, `PER`, `LOC`, `PRODUCT`, `EVENT`, `MISC`"),
    col("object_id", Kind::Dict, "canonical id of the counterparty; null when none"),
    col("object_name", Kind::Dict, "display name of the counterparty"),
    col("object_type", Kind::Dict, "entity type of the counterparty"),
    col("value_type", Kind::Dict, "`money`, `percent`, `date`, `duration`, `quantity`, `count`"),
    col("amount", Kind::Float, "normalized amount (units of currency, percent points, SI base unit, ...)"),
    col("unit", Kind::Dict, "ISO 4217 code, `%`, `W`, `year`, counted noun, ..."),
    col("low", Kind::Float, "lower bound (`more than`, ranges)"),
    col("high", Kind::Float, "upper bound (`up to`, ranges)"),
    col("approx", Kind::Bool, "the text hedges the figure (`about`, `rund`, `約`)"),
    col("date", Kind::Str, "a date value at its stated precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`"),
    col("date_first", Kind::Date, "first day covered by `date` (`2026-12` -> 2026-12-01)"),
    col("date_last", Kind::Date, "last day covered by `date` (`2026-12` -> 2026-12-31)"),
    col("as_of", Kind::Str, "the time the claim is about, at its precision; null when the text gives none"),
    col("as_of_first", Kind::Date, "first day covered by `as_of`"),
    col("as_of_last", Kind::Date, "last day covered by `as_of`"),
    col("status", Kind::Dict, "`corroborated`, `single_source` or `conflicting`"),
    col("conflict_kind", Kind::Dict, "for conflicts: `magnitude`, `rounding`, `bound`, `different_value`"),
    col("preferred", Kind::Bool, "the best-supported value of its conflict group (true without conflict)"),
    col("conflicts_with", Kind::List, "claim_ids with an incompatible value"),
    col("consistent_with", Kind::List, "claim_ids with a compatible, unequal value"),
    col("period", Kind::Str, "`qualifiers.period` (`2024`, `Q3 2025`, ...)"),
    col("hedge", Kind::Dict, "`qualifiers.hedge` (`reportedly`, `plans to`, ...)"),
    col("converted", Kind::List, "`qualifiers.converted`: stated conversions as `amount unit (value_text)`"),
    col("qualifiers", Kind::Str, "all qualifiers as a JSON object"),
    col("confidence", Kind::Float, "0..1"),
];

/// Columns of one source (after the claim columns in `claims_sources`).
const SOURCE_COLUMNS: [Column; 11] = [
    col("doc_id", Kind::Dict, "document id (documents.jsonl)"),
    col("source", Kind::Dict, "path or URL the document was read from"),
    col("title", Kind::Dict, "document title"),
    col("published", Kind::Date, "publication date of the document"),
    col("lang", Kind::Dict, "ISO 639-1 language of the evidence"),
    col("start", Kind::Int, "char offset (Unicode scalar values) of the quote in the document text"),
    col("end", Kind::Int, "char offset of the quote's end (exclusive)"),
    col("quote", Kind::Str, "the sentence stating the claim, in its original language"),
    col("value_text", Kind::Str, "the value's surface form inside the quote"),
    col("score", Kind::Float, "score of the supporting mention"),
    col("source_index", Kind::Int, "position of this source in the claim's `sources` (0-based)"),
];

/// Per-claim aggregate columns of the `claims` table.
const AGGREGATE_COLUMNS: [Column; 4] = [
    col("n_sources", Kind::Int, "number of supporting mentions"),
    col("n_documents", Kind::Int, "number of distinct supporting documents"),
    col("languages", Kind::List, "languages of the supporting documents"),
    col("doc_ids", Kind::List, "distinct supporting documents, in source order"),
];

const fn concat<const A: usize, const B: usize, const N: usize>(a: [Column; A], b: [Column; B]) -> [Column; N] {
    let mut out = [a[0]; N];
    let mut i = 0;
    while i < A {
        out[i] = a[i];
        i += 1;
    }
    while i < N {
        out[i] = b[i - A];
        i += 1;
    }
    out
}

static CLAIMS_SOURCES: [Column; 41] = concat(CLAIM_COLUMNS, SOURCE_COLUMNS);
static CLAIMS: [Column; 34] = concat(CLAIM_COLUMNS, AGGREGATE_COLUMNS);
static ENTITIES: [Column; 8] = [
    col("entity_id", Kind::Str, "canonical entity id"),
    col("name", Kind::Str, "display name"),
    col("type", Kind::Dict, "`ORG`, `PER`, `LOC`, `PRODUCT`, `EVENT`, `MISC`"),
    col("languages", Kind::List, "languages it was named in"),
    col("names", Kind::List, "every surface form, deduplicated, in language order"),
    col("link_rules", Kind::List, "distinct rules that linked a name (transliteration, acronym, ...)"),
    col("names_by_lang", Kind::Str, "the `names` object of entities.jsonl as JSON"),
    col("links", Kind::Str, "the `links` array of entities.jsonl as JSON"),
];

/// The columns of a table.
pub fn columns(kind: TableKind) -> &'static [Column] {
    match kind {
        TableKind::ClaimsSources => &CLAIMS_SOURCES,
        TableKind::Claims => &CLAIMS,
        TableKind::Entities => &ENTITIES,
    }
}

/// The Markdown documentation of a table's columns (`| column | type | meaning |`).
pub fn columns_markdown(kind: TableKind) -> String {
    let mut s = String::from("| column | Parquet type | meaning |\n|---|---|---|\n");
    for c in columns(kind) {
        s.push_str(&format!("| `{}` | {} | {} |\n", c.name, c.kind.parquet_name(), c.doc));
    }
    s
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468) as i32
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// First and last day (days since 1970-01-01) of an ISO date at any precision: `YYYY`,
/// `YYYY-MM`, `YYYY-MM-DD` (a longer string is read by its first 10 chars). `None` for
/// anything else.
pub fn day_range(s: &str) -> Option<(i32, i32)> {
    let s = s.trim();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let t = s.get(r)?;
        t.bytes().all(|b| b.is_ascii_digit()).then(|| t.parse().ok())?
    };
    let year = num(0..4)? as i32;
    match s.len() {
        4 => Some((days_from_civil(year, 1, 1), days_from_civil(year, 12, 31))),
        7 if s.as_bytes()[4] == b'-' => {
            let m = num(5..7).filter(|m| (1..=12).contains(m))?;
            Some((days_from_civil(year, m, 1), days_from_civil(year, m, days_in_month(year, m))))
        }
        n if n >= 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-' => {
            let m = num(5..7).filter(|m| (1..=12).contains(m))?;
            let d = num(8..10).filter(|d| *d >= 1 && *d <= days_in_month(year, m))?;
            let day = days_from_civil(year, m, d);
            Some((day, day))
        }
        _ => None,
    }
}

/// A qualifier as text: a string as is, anything else as JSON.
fn qualifier_text(claim: &Claim, key: &str) -> Option<String> {
    match claim.qualifiers.get(key)? {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// `qualifiers.converted` as `amount unit (value_text)` strings.
fn conversions(claim: &Claim) -> Vec<String> {
    let Some(serde_json::Value::Array(items)) = claim.qualifiers.get("converted") else {
        return Vec::new();
    };
    items
        .iter()
        .map(|item| {
            let get = |k: &str| item.get(k).filter(|v| !v.is_null());
            let amount = get("amount").map(|v| match v.as_f64() {
                Some(f) => format_number(f),
                None => v.to_string(),
            });
            let unit = get("unit").and_then(|v| v.as_str()).map(str::to_string);
            let text = get("value_text").and_then(|v| v.as_str());
            let mut s = [amount, unit].into_iter().flatten().collect::<Vec<_>>().join(" ");
            if let Some(t) = text {
                if s.is_empty() {
                    s = t.to_string();
                } else {
                    s.push_str(&format!(" ({t})"));
                }
            }
            s
        })
        .collect()
}

/// A number the way CSV cells show it: shortest round-trip form, no exponent for integral
/// values below 1e21 (`38000000000`, `4.5`).
pub fn format_number(f: f64) -> String {
    format!("{f}")
}

fn claim_cells(c: &Claim) -> Vec<Cell> {
    let (date_first, date_last) = c.value.date.as_deref().and_then(day_range).unzip();
    let (as_of_first, as_of_last) = c.as_of.as_deref().and_then(day_range).unzip();
    let obj = c.object.as_ref();
    vec![
        Cell::Str(c.claim_id.clone()),
        Cell::Str(c.predicate.clone()),
        Cell::Str(c.subject.id.clone()),
        Cell::Str(c.subject.name.clone()),
        Cell::Str(c.subject.kind.clone()),
        Cell::opt_str(obj.map(|o| o.id.as_str())),
        Cell::opt_str(obj.map(|o| o.name.as_str())),
        Cell::opt_str(obj.map(|o| o.kind.as_str())),
        Cell::Str(c.value.kind.clone()),
        Cell::opt_f64(c.value.amount),
        Cell::opt_str(c.value.unit.as_deref()),
        Cell::opt_f64(c.value.low),
        Cell::opt_f64(c.value.high),
        Cell::Bool(c.value.approx),
        Cell::opt_str(c.value.date.as_deref()),
        Cell::opt_date(date_first),
        Cell::opt_date(date_last),
        Cell::opt_str(c.as_of.as_deref()),
        Cell::opt_date(as_of_first),
        Cell::opt_date(as_of_last),
        Cell::Str(c.status.clone()),
        Cell::opt_str(c.conflict_kind.as_deref()),
        Cell::Bool(c.preferred),
        Cell::List(c.conflicts_with.clone()),
        Cell::List(c.consistent_with.clone()),
        Cell::opt_str(qualifier_text(c, "period").as_deref()),
        Cell::opt_str(qualifier_text(c, "hedge").as_deref()),
        Cell::List(conversions(c)),
        Cell::Str(serde_json::Value::Object(c.qualifiers.clone()).to_string()),
        Cell::opt_f64(Some(c.confidence)),
    ]
}

fn source_cells(e: &Evidence, doc: Option<&DocumentRecord>, index: usize) -> Vec<Cell> {
    let published = doc.and_then(|d| d.published.as_deref()).and_then(day_range).map(|(first, _)| first);
    let lang = if e.lang.is_empty() { doc.map(|d| d.lang.as_str()) } else { Some(e.lang.as_str()) };
    vec![
        Cell::Str(e.doc_id.clone()),
        Cell::opt_str(doc.map(|d| d.source.as_str())),
        Cell::opt_str(doc.and_then(|d| d.title.as_deref())),
        Cell::opt_date(published),
        Cell::opt_str(lang),
        Cell::Int(e.start as i64),
        Cell::Int(e.end as i64),
        Cell::Str(e.quote.clone()),
        Cell::Str(e.value_text.clone()),
        Cell::opt_f64(Some(e.score)),
        Cell::Int(index as i64),
    ]
}

/// Distinct items in first-seen order.
fn distinct<'a>(items: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    items.filter(|s| seen.insert(*s)).map(str::to_string).collect()
}

fn aggregate_cells(c: &Claim) -> Vec<Cell> {
    let docs = distinct(c.sources.iter().map(|s| s.doc_id.as_str()));
    let mut langs: Vec<String> = if c.languages.is_empty() {
        distinct(c.sources.iter().map(|s| s.lang.as_str()).filter(|l| !l.is_empty()))
    } else {
        c.languages.clone()
    };
    langs.sort();
    langs.dedup();
    vec![Cell::Int(c.sources.len() as i64), Cell::Int(docs.len() as i64), Cell::List(langs), Cell::List(docs)]
}

fn entity_cells(e: &EntityRecord) -> Vec<Cell> {
    let names = distinct(e.names.values().flatten().map(String::as_str));
    let rules = distinct(e.links.iter().filter_map(|l| l.get("rule").and_then(|r| r.as_str())));
    vec![
        Cell::Str(e.id.clone()),
        Cell::Str(e.name.clone()),
        Cell::Str(e.kind.clone()),
        Cell::List(e.names.keys().cloned().collect()),
        Cell::List(names),
        Cell::List(rules),
        Cell::Str(serde_json::to_string(&e.names).unwrap_or_default()),
        Cell::Str(serde_json::Value::Array(e.links.clone()).to_string()),
    ]
}

/// Builds the rows of a table from a loaded run. A claim without sources still gets one row
/// in `claims_sources`, with null source cells, so no claim is lost.
pub fn build_table(run: &Run, kind: TableKind) -> Table {
    let mut rows = Vec::new();
    match kind {
        TableKind::ClaimsSources => {
            for c in &run.claims {
                let base = claim_cells(c);
                if c.sources.is_empty() {
                    let mut row = base;
                    row.extend(std::iter::repeat_n(Cell::Null, SOURCE_COLUMNS.len()));
                    rows.push(row);
                    continue;
                }
                for (i, e) in c.sources.iter().enumerate() {
                    let mut row = base.clone();
                    row.extend(source_cells(e, run.documents.get(&e.doc_id), i));
                    rows.push(row);
                }
            }
        }
        TableKind::Claims => {
            for c in &run.claims {
                let mut row = claim_cells(c);
                row.extend(aggregate_cells(c));
                rows.push(row);
            }
        }
        TableKind::Entities => rows.extend(run.entities.iter().map(entity_cells)),
    }
    let columns = columns(kind);
    debug_assert!(rows.iter().all(|r| r.len() == columns.len()));
    Table { kind, columns, rows }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_ranges_keep_precision() {
        assert_eq!(day_range("1970-01-01"), Some((0, 0)));
        assert_eq!(day_range("2026"), Some((days_from_civil(2026, 1, 1), days_from_civil(2026, 12, 31))));
        assert_eq!(day_range("2024-02"), Some((days_from_civil(2024, 2, 1), days_from_civil(2024, 2, 29))));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(day_range("2025-02-30"), None);
        assert_eq!(day_range("soon"), None);
    }

    #[test]
    fn column_counts_match_rows() {
        assert_eq!(columns(TableKind::ClaimsSources).len(), 41);
        assert_eq!(columns(TableKind::Claims)[30].name, "n_sources");
        let names: BTreeSet<_> = columns(TableKind::ClaimsSources).iter().map(|c| c.name).collect();
        assert_eq!(names.len(), 41, "column names are unique");
    }
}
