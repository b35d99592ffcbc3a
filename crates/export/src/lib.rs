//! Analyst exports and the HTML report of a `polyfact run` output folder.
//!
//! # What this crate does
//! * [`export`]: flat tables for analysts, in JSONL, CSV or Parquet: one row per claim and
//!   source ([`TableKind::ClaimsSources`], the default), one row per claim
//!   ([`TableKind::Claims`]) or one row per entity ([`TableKind::Entities`]).
//! * [`report`]: one self-contained HTML page of the claims, their conflicts and sources.
//!
//! # Design choices
//! * **One column model for three formats.** A table is a list of [`Column`]s (name, [`Kind`],
//!   meaning) and rows of [`Cell`]s, built once by [`build_table`]. JSONL, CSV and Parquet are
//!   three renderings of the same rows, so a column can never exist in one format and not in
//!   another, and the README's column table is generated from the same definitions
//!   ([`columns_markdown`]).
//! * **The pipeline's own types.** Claims are read as [`polyfact_core::Claim`], the one
//!   definition of a `claims.jsonl` line; its fields added to the contract later (`as_of`,
//!   `consistent_with`, `conflict_kind`, `preferred`) have serde defaults (null, `[]`, null,
//!   `true`), so files written before and after they existed both export. Documents,
//!   entities and mentions are read into small structs of this crate holding only what the
//!   exports use (a document's `text` is never kept). Unknown fields are ignored.
//! * **Deterministic bytes.** Rows follow the order of `claims.jsonl` (itself deterministic)
//!   and the order of each claim's sources; no timestamp, host name or hash-map order reaches
//!   an output, so the same input folder gives byte-identical files.
//! * **Parquet with real types.** Numbers are `Float64`/`Int64`, flags `Boolean`, id lists
//!   `List<Utf8>`, strings that repeat across rows (predicate, types, units, languages,
//!   document metadata) `Dictionary<Int32, Utf8>`. A value date keeps its precision as an ISO
//!   string (`2026`, `2026-12`, `2026-12-31`) and gets its first and last day as `Date32`
//!   beside it (`date_first`, `date_last`), so `WHERE date_last >= DATE '2026-01-01'` works
//!   without string parsing. Only the `arrow` and `snap` features of `parquet` are compiled.
//! * **CSV for spreadsheets.** RFC 4180 (CRLF records, fields quoted when they hold `"`, `,`,
//!   CR or LF, quotes doubled), UTF-8 with a byte-order mark. See [`csv`] for the
//!   formula-injection rule.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;

pub mod csv;
pub mod html;
mod jsonl;
mod parquet_out;
pub mod report;
mod table;

pub use report::{report, ReportOptions};
pub use table::{build_table, columns, columns_markdown, day_range, Cell, Column, Kind, Table};

/// Errors of this crate: each names the path involved, so the CLI can print it as is.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The folder is not the output of `polyfact run`.
    #[error("{}: no claims.jsonl in this folder (give the --out folder of `polyfact run`)", .dir.display())]
    MissingClaims { dir: PathBuf },
    #[error("cannot read {}: {source}", .path.display())]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{}:{line}: not a valid record: {message}", .path.display())]
    Parse { path: PathBuf, line: usize, message: String },
    #[error("cannot write {}: {source}", .path.display())]
    Write { path: PathBuf, source: std::io::Error },
    #[error("unknown format `{0}` (expected jsonl, csv or parquet)")]
    UnknownFormat(String),
    #[error("unknown table `{0}` (expected claims_sources, claims or entities)")]
    UnknownTable(String),
    #[error("{}: refusing to overwrite a file of the run itself; choose another --out", .path.display())]
    WouldOverwriteInput { path: PathBuf },
    #[error("cannot write {}: parquet: {message}", .path.display())]
    Parquet { path: PathBuf, message: String },
}

pub type Result<T, E = ExportError> = std::result::Result<T, E>;

/// Output formats of [`export`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Csv,
    Parquet,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Parquet => "parquet",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = ExportError;
    fn from_str(s: &str) -> Result<Self> {
        match s.to_ascii_lowercase().as_str() {
            "jsonl" => Ok(Format::Jsonl),
            "csv" => Ok(Format::Csv),
            "parquet" => Ok(Format::Parquet),
            _ => Err(ExportError::UnknownFormat(s.to_string())),
        }
    }
}

/// Which table [`export`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    /// One row per claim and supporting source (the default).
    ClaimsSources,
    /// One row per claim: sources counted, languages and documents listed.
    Claims,
    /// One row per canonical entity of `entities.jsonl`.
    Entities,
}

impl TableKind {
    /// File stem of the default output: `claims_sources`, `claims_table`, `entities_table`
    /// (never `claims` or `entities`, which would overwrite the run's own `.jsonl` files).
    pub fn default_stem(self) -> &'static str {
        match self {
            TableKind::ClaimsSources => "claims_sources",
            TableKind::Claims => "claims_table",
            TableKind::Entities => "entities_table",
        }
    }
}

impl std::str::FromStr for TableKind {
    type Err = ExportError;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "claims_sources" | "sources" => Ok(TableKind::ClaimsSources),
            "claims" => Ok(TableKind::Claims),
            "entities" => Ok(TableKind::Entities),
            _ => Err(ExportError::UnknownTable(s.to_string())),
        }
    }
}

/// Claims are read as the pipeline writes them: the core types are the one definition of a
/// `claims.jsonl` line (their newer fields default, so older files read too).
pub use polyfact_core::{Claim, Entity, Evidence, Value};

/// The metadata of a line of `documents.jsonl` (its `text` is not kept).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DocumentRecord {
    pub doc_id: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub lang: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub published: Option<String>,
}

/// A line of `entities.jsonl`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct EntityRecord {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    /// Surface forms by language; a `BTreeMap` so that languages come out sorted.
    #[serde(default)]
    pub names: std::collections::BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub links: Vec<serde_json::Value>,
}

/// A value mention of `mentions.jsonl`, used by the report to place `value_text` in a quote.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct MentionRecord {
    pub doc_id: String,
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub value: Option<serde_json::Value>,
}

/// Everything read from a run folder.
#[derive(Debug, Clone, Default)]
pub struct Run {
    pub claims: Vec<Claim>,
    /// Document metadata by `doc_id`.
    pub documents: HashMap<String, DocumentRecord>,
    pub entities: Vec<EntityRecord>,
}

/// Reads a JSONL file line by line into `T`; blank lines are skipped.
pub fn read_jsonl<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Vec<T>> {
    let file = File::open(path).map_err(|source| ExportError::Read { path: path.to_path_buf(), source })?;
    let mut out = Vec::new();
    for (i, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|source| ExportError::Read { path: path.to_path_buf(), source })?;
        if line.trim().is_empty() {
            continue;
        }
        let record = serde_json::from_str(&line).map_err(|e| ExportError::Parse {
            path: path.to_path_buf(),
            line: i + 1,
            message: e.to_string(),
        })?;
        out.push(record);
    }
    Ok(out)
}

/// Reads `claims.jsonl` (required), `documents.jsonl` and `entities.jsonl` (optional: a
/// missing one gives empty document metadata or an empty entity table).
pub fn load_run(dir: &Path) -> Result<Run> {
    let claims_path = dir.join("claims.jsonl");
    if !claims_path.is_file() {
        return Err(ExportError::MissingClaims { dir: dir.to_path_buf() });
    }
    let claims = read_jsonl(&claims_path)?;
    let docs_path = dir.join("documents.jsonl");
    let documents = if docs_path.is_file() {
        read_jsonl::<DocumentRecord>(&docs_path)?.into_iter().map(|d| (d.doc_id.clone(), d)).collect()
    } else {
        HashMap::new()
    };
    let entities_path = dir.join("entities.jsonl");
    let entities = if entities_path.is_file() { read_jsonl(&entities_path)? } else { Vec::new() };
    Ok(Run { claims, documents, entities })
}

/// The run's own files, which no export may overwrite.
const RUN_FILES: [&str; 4] = ["claims.jsonl", "documents.jsonl", "mentions.jsonl", "entities.jsonl"];

/// Refuses an output path that is one of the run's input files.
pub fn check_output_path(dir: &Path, out: &Path) -> Result<()> {
    let canon = |p: &Path| std::fs::canonicalize(p).ok();
    for name in RUN_FILES {
        let input = dir.join(name);
        if input == out || (canon(&input).is_some() && canon(&input) == canon(out)) {
            return Err(ExportError::WouldOverwriteInput { path: out.to_path_buf() });
        }
    }
    Ok(())
}

/// Creates `path` for writing, buffered.
pub(crate) fn create(path: &Path) -> Result<BufWriter<File>> {
    File::create(path).map(BufWriter::new).map_err(|source| ExportError::Write { path: path.to_path_buf(), source })
}

/// Writes `table` to `out` in `format`.
pub fn write_table(table: &Table, format: Format, out: &Path) -> Result<()> {
    match format {
        Format::Parquet => parquet_out::write(table, out),
        Format::Jsonl | Format::Csv => {
            let mut w = create(out)?;
            let result = match format {
                Format::Jsonl => jsonl::write(table, &mut w),
                _ => csv::write(table, &mut w),
            };
            result.and_then(|_| w.flush()).map_err(|source| ExportError::Write { path: out.to_path_buf(), source })
        }
    }
}

/// Reads the run in `dir` and writes `table` as `format` to `out` (default:
/// `dir/<table stem>.<ext>`, see [`TableKind::default_stem`]). Returns the path written and
/// the number of rows.
pub fn export(dir: &Path, format: Format, table: TableKind, out: Option<&Path>) -> Result<(PathBuf, usize)> {
    let out =
        out.map_or_else(|| dir.join(format!("{}.{}", table.default_stem(), format.extension())), Path::to_path_buf);
    let run = load_run(dir)?;
    check_output_path(dir, &out)?;
    let t = build_table(&run, table);
    write_table(&t, format, &out)?;
    Ok((out, t.rows.len()))
}
