//! `polyfact export` and `polyfact report`: thin layers over `polyfact-export`.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::{Args, ValueEnum};
use polyfact_export::{Format, ReportOptions, TableKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Jsonl,
    Csv,
    Parquet,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Csv => Format::Csv,
            FormatArg::Parquet => Format::Parquet,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableArg {
    /// One row per claim and source.
    #[value(name = "claims_sources", alias = "sources")]
    ClaimsSources,
    /// One row per claim (sources counted, languages listed).
    Claims,
    /// One row per entity of entities.jsonl.
    Entities,
}

impl From<TableArg> for TableKind {
    fn from(t: TableArg) -> TableKind {
        match t {
            TableArg::ClaimsSources => TableKind::ClaimsSources,
            TableArg::Claims => TableKind::Claims,
            TableArg::Entities => TableKind::Entities,
        }
    }
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Output folder of `polyfact run` (holds claims.jsonl, documents.jsonl, entities.jsonl).
    pub dir: PathBuf,
    /// Output format.
    #[arg(long, short, value_enum)]
    pub format: FormatArg,
    /// Which table: one row per claim and source, per claim, or per entity.
    #[arg(long, short, value_enum, default_value = "claims_sources")]
    pub table: TableArg,
    /// Output file (default: DIR/claims_sources.EXT, DIR/claims_table.EXT or DIR/entities_table.EXT).
    #[arg(long, short)]
    pub out: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// Output folder of `polyfact run`.
    pub dir: PathBuf,
    /// Output HTML file (default: DIR/report.html).
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    /// Page title (default: "polyfact report: <folder name>").
    #[arg(long)]
    pub title: Option<String>,
}

/// Writes one table; prints the path and row count unless `quiet`.
pub fn export_table(dir: &Path, format: Format, table: TableKind, out: Option<&Path>, quiet: bool) -> Result<PathBuf> {
    let (path, rows) = polyfact_export::export(dir, format, table, out)?;
    if !quiet {
        eprintln!("polyfact: wrote {} ({rows} rows)", path.display());
    }
    Ok(path)
}

/// Writes the report; prints the path unless `quiet`.
pub fn write_report(dir: &Path, out: Option<&Path>, title: Option<String>, quiet: bool) -> Result<PathBuf> {
    let out = out.map_or_else(|| dir.join("report.html"), Path::to_path_buf);
    let summary = polyfact_export::report(dir, &out, &ReportOptions { title })?;
    if !quiet {
        eprintln!(
            "polyfact: wrote {} ({} claims, {} subjects)",
            summary.path.display(),
            summary.claims,
            summary.subjects
        );
    }
    Ok(summary.path)
}

pub fn export(args: ExportArgs) -> Result<i32> {
    export_table(&args.dir, args.format.into(), args.table.into(), args.out.as_deref(), false)?;
    Ok(0)
}

pub fn report(args: ReportArgs) -> Result<i32> {
    write_report(&args.dir, args.out.as_deref(), args.title, false)?;
    Ok(0)
}
