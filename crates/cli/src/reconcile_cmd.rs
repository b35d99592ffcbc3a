//! `polyfact reconcile`: merges the output folders of `polyfact run --shard I/N` into the
//! bytes one run over all the inputs writes.
//!
//! Each shard folder holds the contract files of its documents and, under `shard/`, what the
//! corpus steps need: `reduce.jsonl` (one record per document: its place in the input
//! stream, its names for the entity step, its claim candidates, its copy signature),
//! `mentions.jsonl` (mentions with provisional entity ids) and `meta.json` (which shard, how
//! many documents the stream had; written last). The merge walks the shards' files in step,
//! always taking the document with the smallest stream place next, so documents and mentions
//! stream to the output in single-run order and only the records (names and candidates, not
//! text) are held; then the corpus steps run once over all records, exactly as in a single
//! run.

use std::fs::File;
use std::io::{BufRead, BufReader, Lines};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::Args;
use polyfact_pipeline::{Pipeline, Reduce, ReduceRecord};

use crate::data_dir;
use crate::run::{FxArgs, OutputKind, Outputs, ShardMeta, SHARD_DIR};

#[derive(Args, Debug)]
pub struct ReconcileArgs {
    /// The output folders of `polyfact run --shard I/N`, one per shard, in any order.
    #[arg(required = true)]
    pub shards: Vec<PathBuf>,
    /// Output folder (created if missing).
    #[arg(long, short)]
    pub out: PathBuf,
    /// Folder holding entities/ and schema/ (default: the repository's data/); use the data
    /// the shards ran with.
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// No summary.
    #[arg(long, short)]
    pub quiet: bool,
    /// Megabytes of claim candidates buffered before a sorted run is written under
    /// OUT/.polyfact-run/spill/ (see `polyfact run --spill-mb`; output bytes do not depend on it).
    #[arg(long, value_name = "MB", default_value_t = polyfact_pipeline::DEFAULT_SPILL_MB)]
    pub spill_mb: f64,
    #[command(flatten)]
    pub fx: FxArgs,
}

/// One shard's files, read in step.
struct ShardReader {
    dir: PathBuf,
    records: Lines<BufReader<File>>,
    documents: Lines<BufReader<File>>,
    mentions: std::iter::Peekable<Lines<BufReader<File>>>,
    /// The next record, read ahead.
    next: Option<ReduceRecord>,
    line: u64,
}

fn lines(path: &Path) -> Result<Lines<BufReader<File>>> {
    let file = File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(BufReader::new(file).lines())
}

#[derive(serde::Deserialize)]
struct DocId {
    doc_id: String,
}

impl ShardReader {
    fn open(dir: &Path) -> Result<Self> {
        let sdir = dir.join(SHARD_DIR);
        let mut reader = ShardReader {
            dir: dir.to_path_buf(),
            records: lines(&sdir.join("reduce.jsonl"))?,
            documents: lines(&dir.join("documents.jsonl"))?,
            mentions: lines(&sdir.join("mentions.jsonl"))?.peekable(),
            next: None,
            line: 0,
        };
        reader.advance()?;
        Ok(reader)
    }

    fn advance(&mut self) -> Result<()> {
        self.line += 1;
        self.next = match self.records.next() {
            None => None,
            Some(line) => {
                let path = self.dir.join(SHARD_DIR).join("reduce.jsonl");
                let line = line.with_context(|| format!("cannot read {}", path.display()))?;
                Some(
                    serde_json::from_str(&line)
                        .with_context(|| format!("{}:{}: bad record", path.display(), self.line))?,
                )
            }
        };
        Ok(())
    }

    /// The document line and mention lines of the current record's document.
    fn take_document(&mut self, doc_id: &str) -> Result<(String, Vec<String>)> {
        let docs = self.dir.join("documents.jsonl");
        let doc_line = match self.documents.next() {
            Some(line) => line.with_context(|| format!("cannot read {}", docs.display()))?,
            None => bail!("{}: ends before document {doc_id} of shard/reduce.jsonl", docs.display()),
        };
        let found: DocId = serde_json::from_str(&doc_line).with_context(|| format!("{}: bad line", docs.display()))?;
        if found.doc_id != doc_id {
            bail!("{}: document {} where shard/reduce.jsonl has {doc_id}", docs.display(), found.doc_id);
        }
        let mut mentions = Vec::new();
        while let Some(Ok(line)) = self.mentions.peek() {
            let of: DocId = serde_json::from_str(line).context("bad line in shard/mentions.jsonl")?;
            if of.doc_id != doc_id {
                break;
            }
            mentions.push(self.mentions.next().expect("peeked")?);
        }
        if let Some(Err(_)) = self.mentions.peek() {
            let e = self.mentions.next().expect("peeked").unwrap_err();
            return Err(e).with_context(|| format!("cannot read {}/shard/mentions.jsonl", self.dir.display()));
        }
        Ok((doc_line, mentions))
    }
}

/// The shards' metadata: every shard of one split exactly once, all over the same stream.
fn check_shards(dirs: &[PathBuf]) -> Result<u64> {
    let mut metas: Vec<(ShardMeta, &PathBuf)> = Vec::new();
    for dir in dirs {
        let path = dir.join(SHARD_DIR).join("meta.json");
        let text = std::fs::read_to_string(&path).with_context(|| {
            format!(
                "{}: not a finished shard ({} missing; run `polyfact run --shard I/N` into it)",
                dir.display(),
                path.display()
            )
        })?;
        let meta: ShardMeta =
            serde_json::from_str(&text).with_context(|| format!("{}: bad shard metadata", path.display()))?;
        metas.push((meta, dir));
    }
    let (first, first_dir) = &metas[0];
    let count = first.shard.count;
    for (m, dir) in &metas {
        if m.shard.count != count {
            bail!(
                "{} is shard {}/{} but {} is shard {}/{count}",
                dir.display(),
                m.shard.index,
                m.shard.count,
                first_dir.display(),
                first.shard.index
            );
        }
        if m.stream_documents != first.stream_documents {
            bail!(
                "{} saw {} input documents but {} saw {}: the shards did not read the same inputs",
                dir.display(),
                m.stream_documents,
                first_dir.display(),
                first.stream_documents
            );
        }
        if m.polyfact != env!("CARGO_PKG_VERSION") {
            bail!("{} was written by polyfact {}; this is {}", dir.display(), m.polyfact, env!("CARGO_PKG_VERSION"));
        }
    }
    for index in 0..count {
        let holders: Vec<&PathBuf> = metas.iter().filter(|(m, _)| m.shard.index == index).map(|(_, d)| *d).collect();
        match holders.len() {
            1 => {}
            0 => bail!("shard {index}/{count} is missing"),
            _ => bail!("shard {index}/{count} is given twice: {} and {}", holders[0].display(), holders[1].display()),
        }
    }
    if metas.len() as u64 != count {
        bail!("{} folders for {count} shards", metas.len());
    }
    Ok(first.stream_documents)
}

pub fn reconcile(args: ReconcileArgs) -> Result<i32> {
    let started = Instant::now();
    let stream_documents = check_shards(&args.shards)?;
    for dir in &args.shards {
        let (a, b) = (dir.canonicalize().unwrap_or(dir.clone()), args.out.canonicalize().unwrap_or(args.out.clone()));
        if a == b {
            bail!("--out {} is one of the shard folders: write the merge to a folder of its own", args.out.display());
        }
    }
    let data_dir = data_dir::find(args.data.as_deref())?;
    let fx = args.fx.load()?;
    // The corpus steps need the tables and the schema only: no model.
    let pipeline = Pipeline::builder(&data_dir).build()?;
    let mut shards: Vec<ShardReader> = args.shards.iter().map(|d| ShardReader::open(d)).collect::<Result<_>>()?;
    let mut outputs = Outputs::create(&args.out, OutputKind::Merge)?;
    if args.spill_mb.is_nan() || args.spill_mb <= 0.0 {
        bail!("--spill-mb must be positive");
    }
    // Keeps no candidate: they are read back from the shards' records at the end.
    let mut reduce = Reduce::streaming(&pipeline);
    let mut documents = 0u64;
    let mut last_seq: Option<u64> = None;
    // The shard whose next document comes first in the input stream.
    let next = |shards: &[ShardReader]| {
        (0..shards.len()).filter(|&i| shards[i].next.is_some()).min_by_key(|&i| shards[i].next.as_ref().map(|r| r.seq))
    };
    while let Some(i) = next(&shards) {
        let shard = &mut shards[i];
        let record = shard.next.take().expect("chosen for its record");
        if last_seq.is_some_and(|s| record.seq <= s) {
            bail!("{}: document {} is out of order or in two shards", shard.dir.display(), record.doc_id);
        }
        last_seq = Some(record.seq);
        let (doc_line, mentions) = shard.take_document(&record.doc_id)?;
        outputs.write_lines(&doc_line, &mentions)?;
        reduce.add_record(record)?;
        shard.advance()?;
        documents += 1;
    }
    // Nothing a shard wrote may be left unread (a mention of no document would be lost).
    for shard in &mut shards {
        if shard.documents.next().is_some() {
            bail!("{}: documents.jsonl has more documents than shard/reduce.jsonl", shard.dir.display());
        }
        if let Some(line) = shard.mentions.next() {
            let line = line.with_context(|| format!("cannot read {}/shard/mentions.jsonl", shard.dir.display()))?;
            let of: DocId = serde_json::from_str(&line).context("bad line in shard/mentions.jsonl")?;
            bail!(
                "{}/shard/mentions.jsonl: a mention of document {} out of document order or of no document",
                shard.dir.display(),
                of.doc_id
            );
        }
    }
    let records: Vec<PathBuf> = args.shards.iter().map(|d| d.join(SHARD_DIR).join("reduce.jsonl")).collect();
    let reduced = crate::run::finish_streaming(reduce, fx.rates.as_ref(), records, &args.out, args.spill_mb)?;
    let paths = outputs.finish(&reduced.canonical, &reduced.claims, None)?;
    // The spill folder (reconcile has no other journal).
    crate::journal::remove(&args.out)?;
    if !args.quiet {
        eprintln!(
            "polyfact reconcile: {} shards, {documents} documents (of {stream_documents} in the input stream), \
             {} entities, {} claims in {:.1} s",
            args.shards.len(),
            reduced.canonical.records.len(),
            reduced.claims.len(),
            started.elapsed().as_secs_f64()
        );
        for p in paths {
            eprintln!("  wrote:      {}", p.display());
        }
    }
    Ok(0)
}
