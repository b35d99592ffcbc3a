//! `polyfact run`: the pipeline driver.
//!
//! Documents stream from the reader in batches; each batch is processed in parallel on a
//! rayon pool and written in input order, so output bytes never depend on `--threads` and
//! memory is bounded by the batch size, not the dump size.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use polyfact_core::{Claim, Document, Mention};
use polyfact_entities::canon;
use polyfact_ingest::{CivilDate, InputItem, InputReader, Limits, RawDoc, Skip};
use polyfact_pipeline::{
    ModelScope, Pipeline, Processed, RecordFiles, Reduce, ReduceRecord, SortedClaims, SpillOptions, SpillPoint,
    Streamed,
};
use rayon::prelude::*;

use crate::journal::{self, Checkpoint, Phase, RunKey};
use crate::ner_cmd::ModelArgs;
use crate::summary::{ClaimTally, Summary};
use crate::{data_dir, kill};

/// Documents per parallel batch, and the raw bytes at which a batch is cut early.
pub(crate) const BATCH_DOCS: u64 = 256;
const BATCH_BYTES: u64 = 16 << 20;

#[derive(Args, Debug)]
pub struct RunArgs {
    /// Files or folders (read recursively): .txt .md .html .htm .jsonl .warc, each also .gz
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Output folder (created if missing).
    #[arg(long, short)]
    pub out: PathBuf,
    /// Worker threads (default: all cores). Output is identical for any value.
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// Exit with status 1 when any input was skipped.
    #[arg(long)]
    pub strict: bool,
    /// No progress bar and no summary.
    #[arg(long, short)]
    pub quiet: bool,
    /// Skip documents larger than this many megabytes (news articles are kilobytes).
    #[arg(long, default_value_t = 20.0)]
    pub max_doc_mb: f64,
    /// Folder holding lang/ (default: the repository's data/).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// The date of the run (YYYY-MM-DD): publication dates after it are rejected. Default:
    /// today (UTC). Set it to reprocess an archive reproducibly.
    #[arg(long)]
    pub today: Option<String>,
    /// Rules only: entity alias tables and value recognizers, no ONNX model.
    #[arg(long)]
    pub no_ner: bool,
    /// The model reads every sentence, not only those a claim can come from (a value or a
    /// predicate cue), their neighbours and the first: slower, for comparison.
    #[arg(long, conflicts_with = "no_ner")]
    pub model_all_sentences: bool,
    /// After the run, also write the claim-and-source table in this format
    /// (OUT/claims_sources.EXT; see `polyfact export`).
    #[arg(long, value_enum)]
    pub export: Option<crate::export_cmd::FormatArg>,
    /// After the run, also write the HTML report OUT/report.html (see `polyfact report`).
    #[arg(long)]
    pub report: bool,
    /// Process only shard I of N (`--shard 0/4`): the documents whose id hashes to I. Every
    /// shard reads the same inputs; `polyfact reconcile` merges the N output folders into
    /// the bytes a single run writes.
    #[arg(long, value_name = "I/N", value_parser = parse_shard)]
    pub shard: Option<Shard>,
    /// Continue an interrupted run into the same --out with the same arguments: the
    /// documents it finished are not processed again and the outputs are the bytes of an
    /// uninterrupted run. Without a checkpoint in --out the run starts from the beginning.
    #[arg(long)]
    pub resume: bool,
    /// Megabytes of claim candidates the corpus steps buffer before they sort them into a run
    /// file under OUT/.polyfact-run/spill/ (merged at the end, removed after the run). Peak
    /// memory does not grow with the dump's candidates; output bytes do not depend on it.
    #[arg(long, value_name = "MB", default_value_t = polyfact_pipeline::DEFAULT_SPILL_MB)]
    pub spill_mb: f64,
    /// Documents per batch (a checkpoint after each; output bytes do not depend on it).
    #[arg(long, hide = true, default_value_t = BATCH_DOCS, value_parser = clap::value_parser!(u64).range(1..))]
    pub batch_docs: u64,
    #[command(flatten)]
    pub model: ModelArgs,
    #[command(flatten)]
    pub fx: FxArgs,
}

/// One shard of a run: the documents with `fnv1a(doc_id) % count == index`. Decided per
/// document from its id alone, so no shard needs the file list of another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Shard {
    pub index: u64,
    pub count: u64,
}

impl Shard {
    pub fn owns(&self, doc_id: &str) -> bool {
        polyfact_core::fnv1a(doc_id) % self.count == self.index
    }
}

fn parse_shard(s: &str) -> Result<Shard, String> {
    let err = || format!("{s}: expected I/N with 0 <= I < N (for example 0/4)");
    let (i, n) = s.split_once('/').ok_or_else(err)?;
    let (index, count) = (i.trim().parse::<u64>().map_err(|_| err())?, n.trim().parse::<u64>().map_err(|_| err())?);
    if count == 0 || index >= count {
        return Err(err());
    }
    Ok(Shard { index, count })
}

/// What a shard folder says of itself (`shard/meta.json`, written last: a shard folder
/// without it did not finish).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct ShardMeta {
    pub shard: Shard,
    /// Documents of the whole input stream (every shard must have seen the same number).
    pub stream_documents: u64,
    /// Documents this shard processed.
    pub documents: u64,
    pub polyfact: String,
}

/// Intermediate files of a shard, under `OUT/shard/`.
pub const SHARD_DIR: &str = "shard";
pub const SHARD_FILES: [&str; 3] = ["reduce.jsonl", "mentions.jsonl", "meta.json"];

/// Exchange rates for comparing money in two currencies (shared by `run` and `eval`, so both
/// read the same rates).
#[derive(Args, Debug, Clone, Default)]
pub struct FxArgs {
    /// ECB reference rates (`eurofxref-hist.csv`) to compare money in two currencies
    /// (default: models/fx/eurofxref-hist.csv above the binary or the current directory,
    /// written by scripts/setup.sh; without it such pairs are not compared).
    #[arg(long, value_name = "PATH")]
    pub fx_rates: Option<PathBuf>,
    /// Do not compare money in two currencies (no exchange rates).
    #[arg(long, conflicts_with = "fx_rates")]
    pub no_fx_rates: bool,
}

/// The exchange rates of a run and what the summary says of them.
pub struct LoadedRates {
    pub rates: Option<polyfact_claims::fx::Rates>,
    /// "PATH (ECB reference rates, 41 currencies, 1999-01-04 to 2026-10-30)", or why none.
    pub description: String,
}

impl FxArgs {
    /// An explicit `--fx-rates` that cannot be read is an error; a missing default file is
    /// not (the run compares money within each currency only, and says so).
    pub fn load(&self) -> Result<LoadedRates> {
        use polyfact_claims::fx::{Rates, DEFAULT_RELATIVE_PATH};
        if self.no_fx_rates {
            return Ok(LoadedRates { rates: None, description: "not loaded (--no-fx-rates)".into() });
        }
        let path = match &self.fx_rates {
            Some(p) => p.clone(),
            None => match Rates::default_path() {
                Some(p) => p,
                None => {
                    return Ok(LoadedRates {
                        rates: None,
                        description: format!(
                            "not loaded ({DEFAULT_RELATIVE_PATH} not found; `bash scripts/setup.sh` writes it)"
                        ),
                    })
                }
            },
        };
        let rates = Rates::load(&path)?;
        let span = rates.span().map_or(String::from("no rows"), |(a, b)| format!("{a} to {b}"));
        let description =
            format!("{} (ECB reference rates, {} currencies, {span})", path.display(), rates.currencies());
        Ok(LoadedRates { rates: Some(rates), description })
    }
}

/// Which files a run writes besides the contract files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OutputKind {
    /// `polyfact run`: the records are journaled in `.polyfact-run/reduce.jsonl`.
    Run,
    /// `polyfact run --shard`: the records and the raw mentions are kept under `shard/`.
    Shard,
    /// `polyfact reconcile`: no journal.
    Merge,
}

impl OutputKind {
    /// The mentions with provisional entity ids, as written batch by batch.
    fn raw_mentions(self) -> &'static str {
        match self {
            OutputKind::Shard => "shard/mentions.jsonl.partial",
            _ => "mentions.jsonl.raw.partial",
        }
    }

    /// The per-document [`ReduceRecord`]s (one writer for single runs and shards).
    fn records(self) -> Option<&'static str> {
        match self {
            OutputKind::Run => Some(journal::RECORDS),
            OutputKind::Shard => Some("shard/reduce.jsonl.partial"),
            OutputKind::Merge => None,
        }
    }
}

/// The output files. Everything is written to `<name>.partial` files first and renamed into
/// place only when the run completes, so an interrupted run never leaves a torn file that
/// looks complete. Mentions are written as batches finish and rewritten once at the end with
/// the corpus step's final entity ids (one streaming pass; memory stays bounded). The files
/// written batch by batch (documents, raw mentions, records) are the journal of a resumable
/// run: [`Outputs::lengths`] syncs them for a checkpoint, [`Outputs::resume`] truncates them
/// back to one.
pub(crate) struct Outputs {
    dir: PathBuf,
    kind: OutputKind,
    documents: BufWriter<File>,
    mentions: BufWriter<File>,
    records: Option<BufWriter<File>>,
}

const OUTPUT_FILES: [&str; 4] = ["documents.jsonl", "mentions.jsonl", "entities.jsonl", "claims.jsonl"];
const DOCUMENTS_PARTIAL: &str = "documents.jsonl.partial";

fn partial(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!("{name}.partial"))
}

/// A journaled file, new (`lengths` None) or truncated to its checkpoint length.
fn open_journaled(dir: &Path, name: &str, lengths: Option<&BTreeMap<String, u64>>) -> Result<BufWriter<File>> {
    let path = dir.join(name);
    let cannot = || format!("cannot write {}", path.display());
    let Some(lengths) = lengths else {
        return Ok(BufWriter::new(File::create(&path).with_context(cannot)?));
    };
    let Some(&len) = lengths.get(name) else {
        bail!("--resume: the checkpoint has no length for {name}; rerun without --resume");
    };
    let file = OpenOptions::new().append(true).open(&path).with_context(cannot)?;
    let found = file.metadata().with_context(cannot)?.len();
    if found < len {
        bail!(
            "--resume: {} has {found} bytes, fewer than the {len} of the checkpoint; rerun without --resume",
            path.display()
        );
    }
    // What was written after the checkpoint is written again.
    file.set_len(len).with_context(cannot)?;
    Ok(BufWriter::new(file))
}

impl Outputs {
    /// New output files in `dir`.
    pub(crate) fn create(dir: &Path, kind: OutputKind) -> Result<Self> {
        Self::open(dir, kind, None)
    }

    /// The output files of an interrupted run, truncated to the lengths of its checkpoint.
    pub(crate) fn resume(dir: &Path, kind: OutputKind, lengths: &BTreeMap<String, u64>) -> Result<Self> {
        Self::open(dir, kind, Some(lengths))
    }

    fn open(dir: &Path, kind: OutputKind, lengths: Option<&BTreeMap<String, u64>>) -> Result<Self> {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create output folder {}", dir.display()))?;
        let subs: &[&str] = match kind {
            OutputKind::Run => &[journal::DIR],
            OutputKind::Shard => &[journal::DIR, SHARD_DIR],
            OutputKind::Merge => &[],
        };
        for sub in subs {
            let sdir = dir.join(sub);
            std::fs::create_dir_all(&sdir).with_context(|| format!("cannot create {}", sdir.display()))?;
        }
        if kind == OutputKind::Shard {
            // A folder that held a finished shard is no longer one until this run ends.
            std::fs::remove_file(dir.join(SHARD_DIR).join("meta.json")).ok();
        }
        Ok(Outputs {
            dir: dir.to_path_buf(),
            kind,
            documents: open_journaled(dir, DOCUMENTS_PARTIAL, lengths)?,
            mentions: open_journaled(dir, kind.raw_mentions(), lengths)?,
            records: kind.records().map(|name| open_journaled(dir, name, lengths)).transpose()?,
        })
    }

    fn journaled(&mut self) -> Vec<(&'static str, &mut BufWriter<File>)> {
        let mut files = vec![(DOCUMENTS_PARTIAL, &mut self.documents), (self.kind.raw_mentions(), &mut self.mentions)];
        if let (Some(name), Some(records)) = (self.kind.records(), self.records.as_mut()) {
            files.push((name, records));
        }
        files
    }

    /// Flushes the files written batch by batch.
    fn flush(&mut self) -> Result<()> {
        for (name, file) in self.journaled() {
            file.flush().with_context(|| format!("cannot write {name}"))?;
        }
        Ok(())
    }

    /// Flushes and syncs the files written batch by batch and returns their lengths, for a
    /// checkpoint that covers what they hold.
    fn lengths(&mut self) -> Result<BTreeMap<String, u64>> {
        let mut lengths = BTreeMap::new();
        for (name, file) in self.journaled() {
            file.flush().with_context(|| format!("cannot write {name}"))?;
            file.get_ref().sync_data().with_context(|| format!("cannot write {name}"))?;
            lengths.insert(
                name.to_string(),
                file.get_ref().metadata().with_context(|| format!("cannot read {name}"))?.len(),
            );
        }
        Ok(lengths)
    }

    fn write(&mut self, doc: &Document, mentions: &[Mention]) -> Result<()> {
        let doc_line = serde_json::to_string(doc).context("cannot write documents.jsonl")?;
        let lines: Vec<String> = mentions
            .iter()
            .map(serde_json::to_string)
            .collect::<Result<_, _>>()
            .context("cannot write mentions.jsonl")?;
        self.write_lines(&doc_line, &lines)
    }

    /// A document's line and its mentions' lines (provisional entity ids), as written.
    pub(crate) fn write_lines(&mut self, doc_line: &str, mention_lines: &[String]) -> Result<()> {
        self.documents.write_all(doc_line.as_bytes()).context("cannot write documents.jsonl")?;
        self.documents.write_all(b"\n").context("cannot write documents.jsonl")?;
        for m in mention_lines {
            self.mentions.write_all(m.as_bytes()).context("cannot write mentions.jsonl")?;
            self.mentions.write_all(b"\n").context("cannot write mentions.jsonl")?;
        }
        Ok(())
    }

    fn write_record(&mut self, record: &ReduceRecord) -> Result<()> {
        let Some(out) = self.records.as_mut() else { return Ok(()) };
        serde_json::to_writer(&mut *out, record).context("cannot write the reduce records")?;
        out.write_all(b"\n").context("cannot write the reduce records")
    }

    /// The records journaled so far (a resumed run feeds them to its [`Reduce`] again).
    fn read_records(&self, mut each: impl FnMut(ReduceRecord) -> Result<()>) -> Result<()> {
        let Some(name) = self.kind.records() else { return Ok(()) };
        let path = self.dir.join(name);
        let file = File::open(&path).with_context(|| format!("cannot read {}", path.display()))?;
        for (n, line) in std::io::BufRead::lines(std::io::BufReader::new(file)).enumerate() {
            let line = line.with_context(|| format!("cannot read {}", path.display()))?;
            each(serde_json::from_str(&line).with_context(|| format!("{}:{}: bad record", path.display(), n + 1))?)?;
        }
        Ok(())
    }

    /// Writes the corpus-level files as `.partial` files (a shard's `meta.json` too); the
    /// journaled files stay as they are until [`commit`].
    pub(crate) fn write_final(
        mut self,
        canonical: &canon::Canonical,
        claims: &SortedClaims,
        tally: &mut ClaimTally,
        meta: Option<&ShardMeta>,
    ) -> Result<()> {
        self.flush()?;
        let (dir, kind) = (self.dir.clone(), self.kind);
        drop(self);
        let mut written = 0;
        let mut write_lines = |name: &str, lines: &mut dyn Iterator<Item = Result<String>>| -> Result<()> {
            let path = partial(&dir, name);
            let mut out =
                BufWriter::new(File::create(&path).with_context(|| format!("cannot write {}", path.display()))?);
            for line in lines {
                out.write_all(line?.as_bytes()).with_context(|| format!("cannot write {}", path.display()))?;
                out.write_all(b"\n").with_context(|| format!("cannot write {}", path.display()))?;
            }
            out.flush().with_context(|| format!("cannot write {}", path.display()))?;
            out.get_ref().sync_data().with_context(|| format!("cannot write {}", path.display()))?;
            written += 1;
            kill::at("mid-finish", written);
            Ok(())
        };
        // Mentions with their final entity ids.
        let raw = dir.join(kind.raw_mentions());
        let reader =
            std::io::BufReader::new(File::open(&raw).with_context(|| format!("cannot read {}", raw.display()))?);
        let mut lines = std::io::BufRead::lines(reader).map(|line| -> Result<String> {
            let line = line.context("cannot read the mentions written so far")?;
            let mut m: Mention = serde_json::from_str(&line).context("cannot re-read a mention")?;
            if let Some(e) = m.entity.as_mut() {
                if let Some((id, name, kind)) = canonical.get(&e.id) {
                    (e.id, e.name, e.kind) = (id.to_string(), name.to_string(), kind.to_string());
                }
            }
            Ok(serde_json::to_string(&m)?)
        });
        write_lines("mentions.jsonl", &mut lines)?;
        write_lines("entities.jsonl", &mut canonical.records.iter().map(|r| Ok(serde_json::to_string(r)?)))?;
        // Claims as the streamed reduce wrote them, in claims.jsonl order, counted on the way.
        let mut lines = claims.lines()?.map(|line| -> Result<String> {
            let line = line?;
            let claim: Claim = serde_json::from_str(&line).context("cannot re-read a claim")?;
            tally.add(&claim);
            Ok(line)
        });
        write_lines("claims.jsonl", &mut lines)?;
        if let Some(meta) = meta {
            let path = partial(&dir.join(SHARD_DIR), "meta.json");
            std::fs::write(&path, serde_json::to_string(meta)? + "\n")
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        Ok(())
    }

    /// [`Outputs::write_final`] and [`commit`] (no journal: `polyfact reconcile`).
    pub(crate) fn finish(
        self,
        canonical: &canon::Canonical,
        claims: &SortedClaims,
        meta: Option<&ShardMeta>,
    ) -> Result<Vec<PathBuf>> {
        let (dir, kind) = (self.dir.clone(), self.kind);
        self.write_final(canonical, claims, &mut ClaimTally::default(), meta)?;
        commit(&dir, kind)
    }
}

/// Renames the complete `.partial` files into place: the contract files, then a shard's files,
/// its `meta.json` the very last. A file already in place without its `.partial` was moved
/// by an interrupted run (a resume finishing the renames). Returns the contract files.
pub(crate) fn commit(dir: &Path, kind: OutputKind) -> Result<Vec<PathBuf>> {
    let mut names: Vec<String> = OUTPUT_FILES.iter().map(|n| n.to_string()).collect();
    if kind == OutputKind::Shard {
        names.extend(SHARD_FILES.iter().map(|n| format!("{SHARD_DIR}/{n}")));
    }
    for (i, name) in names.iter().enumerate() {
        let (from, to) = (partial(dir, name), dir.join(name));
        match std::fs::rename(&from, &to) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && to.exists() => {}
            Err(e) => return Err(e).with_context(|| format!("cannot move {} into place", to.display())),
        }
        kill::at("mid-rename", i as u64 + 1);
    }
    journal::sync_dir(dir);
    if kind == OutputKind::Shard {
        journal::sync_dir(&dir.join(SHARD_DIR));
    } else {
        std::fs::remove_file(dir.join(kind.raw_mentions())).ok();
    }
    Ok(OUTPUT_FILES.iter().map(|n| dir.join(n)).collect())
}

/// The spill folder of the corpus steps (inside the journal folder: removed with it).
pub(crate) fn spill_dir(out: &Path) -> PathBuf {
    journal::dir(out).join("spill")
}

/// The corpus steps with bounded memory: candidates read back from the journaled `records`
/// files (merged by stream place), spilled past `spill_mb` into [`spill_dir`].
pub(crate) fn finish_streaming(
    reduce: Reduce,
    rates: Option<&polyfact_claims::fx::Rates>,
    records: Vec<PathBuf>,
    out: &Path,
    spill_mb: f64,
) -> Result<Streamed> {
    if spill_mb.is_nan() || spill_mb <= 0.0 {
        bail!("--spill-mb must be positive");
    }
    let mut hook = |point: SpillPoint, n: u64| kill::at(point.name(), n);
    let mut spill = SpillOptions::new(spill_dir(out), spill_mb, &mut hook);
    Ok(reduce.finish_streaming(rates, &mut RecordFiles { paths: records }, &mut spill)?)
}

/// `--out` equal to or inside an input folder, or an input inside `--out`, is refused: outputs
/// must never be read as inputs, and a rerun must never overwrite what it reads.
fn refuse_output_inside_inputs(out: &Path, inputs: &[PathBuf]) -> Result<()> {
    let absolute = |p: &Path| -> PathBuf {
        // The output folder may not exist yet: resolve its nearest existing ancestor.
        let mut existing = p.to_path_buf();
        let mut rest = Vec::new();
        while !existing.exists() {
            match (existing.parent(), existing.file_name()) {
                (Some(parent), Some(name)) => {
                    rest.push(name.to_owned());
                    existing = if parent.as_os_str().is_empty() { PathBuf::from(".") } else { parent.to_path_buf() };
                }
                _ => break,
            }
        }
        let mut resolved = existing.canonicalize().unwrap_or(existing);
        resolved.extend(rest.iter().rev());
        resolved
    };
    let out_abs = absolute(out);
    for input in inputs {
        let input_abs = absolute(input);
        if out_abs.starts_with(&input_abs) || input_abs.starts_with(&out_abs) {
            bail!(
                "--out {} is inside or contains the input {}: write the outputs to a folder of their own",
                out.display(),
                input.display()
            );
        }
    }
    Ok(())
}

fn parse_today(arg: Option<&str>) -> Result<CivilDate> {
    match arg {
        None => Ok(polyfact_ingest::today_utc()),
        Some(s) => match CivilDate::parse_iso_prefix(s) {
            Some(d) if s.trim().len() == 10 => Ok(d),
            _ => bail!("--today {s}: expected a date as YYYY-MM-DD"),
        },
    }
}

fn progress_bar(total: u64, quiet: bool) -> ProgressBar {
    if quiet {
        return ProgressBar::hidden();
    }
    // indicatif draws nothing when stderr is not a terminal.
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}) {msg}",
    )
    .expect("valid template");
    bar.set_style(style);
    bar
}

/// Everything of the arguments and inputs that changes the output bytes.
fn run_key(args: &RunArgs, data_dir: &Path, today: CivilDate, input_bytes: u64, fx_rates: &str) -> RunKey {
    let absolute = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf()).display().to_string();
    RunKey {
        polyfact: env!("CARGO_PKG_VERSION").to_string(),
        inputs: args.inputs.iter().map(|p| absolute(p)).collect(),
        input_bytes,
        data: absolute(data_dir),
        today: today.to_string(),
        no_ner: args.no_ner,
        model_all_sentences: args.model_all_sentences,
        model_dir: args.model.model_dir.as_deref().map(absolute),
        variant: args.model.variant.clone(),
        threshold: args.model.threshold,
        shard: args.shard,
        max_doc_mb: args.max_doc_mb,
        fx_rates: fx_rates.to_string(),
    }
}

/// The checkpoint a `--resume` continues from; without `--resume`, a stale journal is removed
/// (the run starts again).
fn resume_point(args: &RunArgs, key: &RunKey) -> Result<Option<Checkpoint>> {
    if !args.resume {
        journal::remove(&args.out)?;
        return Ok(None);
    }
    let Some(checkpoint) = journal::read(&args.out)? else {
        if !args.quiet {
            eprintln!("polyfact: --resume: no checkpoint in {}: starting from the beginning", args.out.display());
        }
        return Ok(None);
    };
    journal::check_key(&checkpoint.key, key)?;
    Ok(Some(checkpoint))
}

/// `--export` and `--report`, after the contract files are in place.
fn write_extras(args: &RunArgs, paths: &mut Vec<PathBuf>) -> Result<()> {
    if let Some(format) = args.export {
        let table = polyfact_export::TableKind::ClaimsSources;
        paths.push(crate::export_cmd::export_table(&args.out, format.into(), table, None, true)?);
    }
    if args.report {
        paths.push(crate::export_cmd::write_report(&args.out, None, None, true)?);
    }
    Ok(())
}

fn exit_code(args: &RunArgs, summary: &Summary, seq: u64) -> i32 {
    if summary.documents == 0 && (args.shard.is_none() || seq == 0) {
        eprintln!("polyfact: no document could be read from the inputs");
        1
    } else if args.strict && summary.skipped() > 0 {
        eprintln!("polyfact: --strict: {} input(s) skipped", summary.skipped());
        1
    } else {
        0
    }
}

pub fn run(args: RunArgs) -> Result<i32> {
    let started = Instant::now();
    if args.max_doc_mb.is_nan() || args.max_doc_mb <= 0.0 {
        bail!("--max-doc-mb must be positive");
    }
    if args.spill_mb.is_nan() || args.spill_mb <= 0.0 {
        bail!("--spill-mb must be positive");
    }
    let data_dir = data_dir::find(args.data.as_deref())?;
    let fx = args.fx.load()?;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    // More workers than a few per core buy nothing and cost a model session each; output is
    // the same at any count, so a larger request is capped (and said).
    let max_threads = (cores * 4).max(4);
    let threads = args.threads.unwrap_or(cores).clamp(1, max_threads);
    if args.threads.is_some_and(|t| t > max_threads) && !args.quiet {
        eprintln!("polyfact: --threads capped at {max_threads} (4 per core)");
    }
    refuse_output_inside_inputs(&args.out, &args.inputs)?;
    let today = parse_today(args.today.as_deref())?;
    let limits = Limits { max_doc_bytes: (args.max_doc_mb * 1e6) as u64 };
    let mut reader = InputReader::new(&args.inputs, limits);
    let kind = if args.shard.is_some() { OutputKind::Shard } else { OutputKind::Run };
    let key = run_key(&args, &data_dir, today, reader.total_bytes(), &fx.description);
    let checkpoint = resume_point(&args, &key)?;
    if let Some(checkpoint) = checkpoint.as_ref().filter(|c| c.phase == Phase::Commit) {
        // Every output was complete: only the renames (and --export, --report) remain.
        let mut paths = commit(&args.out, kind)?;
        write_extras(&args, &mut paths)?;
        journal::remove(&args.out)?;
        if !args.quiet {
            eprintln!(
                "polyfact run: resumed a run that had written all its outputs ({} documents); moved them into place",
                checkpoint.summary.documents
            );
            let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
            eprintln!("  wrote:      {}", shown.join(", "));
        }
        return Ok(exit_code(&args, &checkpoint.summary, checkpoint.seq));
    }
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().context("cannot start worker threads")?;
    let model = if args.no_ner { None } else { Some(args.model.load(threads)?) };
    let scope = if args.model_all_sentences { ModelScope::AllSentences } else { ModelScope::ClaimSentences };
    let pipeline = Pipeline::builder(&data_dir).today(today).ner(model).model_scope(scope).build()?;
    let bar = progress_bar(reader.total_bytes(), args.quiet);
    // Claims need every document before they can be reconciled: the one reduce of the run.
    let mut reduce = Reduce::streaming(&pipeline);
    // Place of each document in the input stream (shards read the same stream), items of the
    // stream consumed, and batches written.
    let (mut seq, mut items, mut batches) = (0u64, 0u64, 0u64);
    let (mut outputs, mut summary) = match &checkpoint {
        None => (Outputs::create(&args.out, kind)?, Summary::default()),
        Some(c) => {
            let outputs = Outputs::resume(&args.out, kind, &c.lengths)?;
            let mut records = 0;
            outputs.read_records(|record| {
                records += 1;
                Ok(reduce.add_record(record)?)
            })?;
            if records != c.summary.documents {
                bail!(
                    "--resume: {records} journaled records for {} documents; rerun without --resume",
                    c.summary.documents
                );
            }
            // The stream items before the checkpoint are read again (reading is cheap next
            // to processing), not processed and not counted again.
            let mut docs = 0u64;
            for _ in 0..c.items {
                match reader.next() {
                    Some(InputItem::Doc(doc)) => {
                        docs += 1;
                        bar.inc(doc.bytes);
                    }
                    Some(_) => {}
                    None => bail!("--resume: the inputs end before the checkpoint: they changed since"),
                }
            }
            if docs != c.seq {
                bail!(
                    "--resume: {docs} documents before the checkpoint where it counted {}: the inputs changed",
                    c.seq
                );
            }
            (seq, items, batches) = (c.seq, c.items, c.batches);
            let mut summary = c.summary.clone();
            summary.resumed = summary.documents;
            (outputs, summary)
        }
    };
    let report_skip = |bar: &ProgressBar, summary: &mut Summary, skip: Skip| {
        bar.suspend(|| eprintln!("polyfact: skipped {skip}"));
        summary.add_skip(&skip);
    };

    loop {
        let mut batch: Vec<(u64, RawDoc)> = Vec::new();
        let mut batch_bytes = 0u64;
        let mut exhausted = true;
        for item in reader.by_ref() {
            items += 1;
            match item {
                InputItem::Doc(doc) => {
                    seq += 1;
                    if args.shard.is_some_and(|s| !s.owns(&doc.doc_id)) {
                        summary.other_shards += 1;
                        continue;
                    }
                    batch_bytes += doc.bytes;
                    batch.push((seq - 1, doc));
                    if batch.len() as u64 >= args.batch_docs || batch_bytes >= BATCH_BYTES {
                        exhausted = false;
                        break;
                    }
                }
                InputItem::Skipped(skip) => report_skip(&bar, &mut summary, skip),
                InputItem::Ignored(_) => summary.ignored_files += 1,
            }
        }
        let sizes: Vec<(u64, u64)> = batch.iter().map(|(n, d)| (*n, d.bytes)).collect();
        let results: Vec<Result<Processed, Skip>> =
            pool.install(|| batch.into_par_iter().map(|(_, raw)| pipeline.process(raw)).collect());
        let count = results.len();
        for (i, (result, (n, bytes))) in results.into_iter().zip(sizes).enumerate() {
            bar.inc(bytes);
            summary.input_bytes += bytes;
            match result {
                Ok(mut p) => {
                    outputs.write(&p.doc, &p.mentions)?;
                    summary.add_document(&p.doc, &p.mentions);
                    summary.ner.add(&p.ner);
                    summary.long_sentence_cuts += p.long_sentence_cuts;
                    // One path for single runs and shards: the record a shard keeps.
                    let record = ReduceRecord::of(n, &mut p);
                    outputs.write_record(&record)?;
                    reduce.add_record(record)?;
                }
                Err(skip) => report_skip(&bar, &mut summary, skip),
            }
            if i + 1 == count.div_ceil(2) && kill::armed("mid-batch", batches + 1) {
                outputs.flush()?;
                kill::abort("mid-batch", batches + 1);
            }
        }
        // The batch's data is on disk before the checkpoint that covers it.
        batches += 1;
        let lengths = outputs.lengths()?;
        let checkpoint = Checkpoint {
            key: key.clone(),
            phase: Phase::Batches,
            batches,
            items,
            seq,
            lengths,
            summary: summary.clone(),
        };
        journal::write(&args.out, &checkpoint)?;
        kill::at("after-batch", batches);
        if exhausted {
            break;
        }
    }
    summary.input = reader.stats().clone();
    // The candidates are read back from the journaled records, which the last checkpoint
    // synced.
    let records = args.out.join(kind.records().expect("run and shard journal their records"));
    let reduced = finish_streaming(reduce, fx.rates.as_ref(), vec![records], &args.out, args.spill_mb)?;
    let Streamed { canonical, claims, stats: reconcile_stats, copies, spill_runs } = reduced;
    summary.copies = copies;
    summary.spill_runs = spill_runs;
    summary.time_splits = reconcile_stats.time_splits;
    summary.fx_rates = fx.description;
    summary.reconcile = reconcile_stats;
    summary.entities = canonical.records.len();
    let meta = args.shard.map(|shard| ShardMeta {
        shard,
        stream_documents: seq,
        documents: summary.documents as u64,
        polyfact: env!("CARGO_PKG_VERSION").to_string(),
    });
    let mut tally = ClaimTally::default();
    outputs.write_final(&canonical, &claims, &mut tally, meta.as_ref())?;
    summary.add_claims(tally);
    // Every final file is complete: from here a resume only renames.
    let lengths = BTreeMap::new();
    let checkpoint = Checkpoint { key, phase: Phase::Commit, batches, items, seq, lengths, summary: summary.clone() };
    journal::write(&args.out, &checkpoint)?;
    let mut paths = commit(&args.out, kind)?;
    write_extras(&args, &mut paths)?;
    journal::remove(&args.out)?;
    bar.finish_and_clear();
    summary.elapsed = started.elapsed();
    summary.threads = threads;
    summary.model = pipeline.ner().map(|m| format!("{} ({})", m.name, m.variant.name()));
    if !args.quiet {
        eprint!("{}", summary.render(&paths));
    }
    Ok(exit_code(&args, &summary, seq))
}
