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
    if !dir.join("lang").join(format!("{}.toml", args.lang)).is_file() {
        bail!(
            "--lang {}: no data/lang/{}.toml (languages are the files in {})",
            args.lang,
            args.lang,
            dir.join("lang").display()
        );
    }
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
    // One output line per input line, always: a line that is not valid UTF-8 is reported on
    // stderr and read with U+FFFD in place of the bad bytes, and the run goes on.
    let mut invalid = 0usize;
    for (n, bytes) in stdin.lock().split(b'\n').enumerate() {
        let bytes = bytes.context("cannot read stdin")?;
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(&bytes);
        let line = match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(e) => {
                invalid += 1;
                eprintln!("polyfact values: stdin line {}: not valid UTF-8 ({e}); read with U+FFFD", n + 1);
                String::from_utf8_lossy(bytes).into_owned()
            }
        };
        let values = if args.numbers {
            recognizer.numbers(&line, &args.lang)
        } else {
            recognizer.recognize(&line, &args.lang, reference)
        };
        serde_json::to_writer(&mut out, &Line { input: &line, values })?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(if invalid > 0 { 1 } else { 0 })
}
