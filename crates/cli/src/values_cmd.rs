//! `polyfact values`: the value recognizer on lines of stdin, one JSON line out per line in.
//! This is how peer test suites are run against our normalizer (`just peer`).

use std::io::{BufRead, BufWriter, Write};
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::Args;
use polyfact_core::CivilDate;
use polyfact_values::Recognizer;
use polyfact_values::ValueSpan;
use serde::Serialize;

use crate::data_dir;

#[derive(Args, Debug)]
pub struct ValuesArgs {
    /// ISO 639-1 language of the input lines.
    #[arg(long)]
    pub lang: String,
    /// Reference date (YYYY-MM-DD) for relative dates; without it they stay `"date": null`.
    #[arg(long)]
    pub ref_date: Option<String>,
    /// Emit plain number expressions (label NUMBER) instead of typed values.
    #[arg(long)]
    pub numbers: bool,
    /// Folder holding lang/ and values/ (default: the repository's data/).
    #[arg(long)]
    pub data: Option<PathBuf>,
}

/// One output line, fields in contract order.
#[derive(Serialize)]
struct Line<'a> {
    input: &'a str,
    values: Vec<ValueSpan>,
}

pub fn values(args: ValuesArgs) -> Result<i32> {
    let dir = data_dir::find(args.data.as_deref())?;
    let recognizer = Recognizer::load(&dir)?;
    let reference = match args.ref_date.as_deref() {
        None => None,
        Some(s) => match CivilDate::parse_iso_prefix(s) {
            Some(d) => Some(d),
            None => bail!("--ref-date {s}: expected YYYY-MM-DD"),
        },
    };
    let stdin = std::io::stdin();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line.with_context(|| format!("stdin line {}: not valid UTF-8", n + 1))?;
        let values = if args.numbers {
            recognizer.numbers(&line, &args.lang)
        } else {
            recognizer.recognize(&line, &args.lang, reference)
        };
        serde_json::to_writer(&mut out, &Line { input: &line, values })?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(0)
}
