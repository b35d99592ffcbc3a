//! The journal of a run, what `polyfact run --resume` continues from: `OUT/.polyfact-run/`
//! holds `checkpoint.json` and (for a run without `--shard`) `reduce.jsonl`, the per-document
//! [`polyfact_pipeline::ReduceRecord`]s; a `--shard` run journals its records in
//! `shard/reduce.jsonl.partial`, the file it keeps for reconcile.
//!
//! Invariants: a checkpoint is written only after the data it covers (documents, raw
//! mentions, records) was flushed and synced, atomically (temporary file, fsync, rename), so
//! the files are at least as long as it says; a resume truncates them to its lengths (what was
//! written after it is redone) and skips the stream items it counts. The last checkpoint, of
//! phase [`Phase::Commit`], is written once every final `.partial` file is complete: from it a
//! resume only finishes the renames. The journal is removed when the run succeeded.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use crate::summary::Summary;

/// The journal folder's name, once for [`DIR`] and the paths under it.
macro_rules! journal_dir {
    () => {
        ".polyfact-run"
    };
}

/// The journal folder inside the output folder.
pub const DIR: &str = journal_dir!();
const CHECKPOINT: &str = "checkpoint.json";
/// The records of a run without `--shard` (relative to the output folder).
pub const RECORDS: &str = concat!(journal_dir!(), "/reduce.jsonl");

/// Everything that changes the output bytes of a run: a resume with another key is refused.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunKey {
    pub polyfact: String,
    /// The inputs as absolute paths.
    pub inputs: Vec<String>,
    /// Bytes of all input files (a changed input shows here).
    pub input_bytes: u64,
    pub data: String,
    pub today: String,
    pub no_ner: bool,
    pub model_all_sentences: bool,
    pub model_dir: Option<String>,
    pub variant: Option<String>,
    pub threshold: Option<f32>,
    pub shard: Option<crate::run::Shard>,
    pub max_doc_mb: f64,
    /// The exchange rates (their path and what they cover), or why none.
    pub fx_rates: String,
}

/// Where a run stood at its last checkpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Batches were written; the input stream continues after `items`.
    Batches,
    /// Every final `.partial` file is complete; only the renames into place remain.
    Commit,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Checkpoint {
    pub key: RunKey,
    pub phase: Phase,
    /// Batches written so far.
    pub batches: u64,
    /// Items of the input stream consumed (documents, skips and ignored files).
    pub items: u64,
    /// Documents of the input stream consumed (of all shards).
    pub seq: u64,
    /// Byte length of each journaled file (path relative to the output folder).
    pub lengths: BTreeMap<String, u64>,
    /// The summary's counters up to here.
    pub summary: Summary,
}

pub fn dir(out: &Path) -> PathBuf {
    out.join(DIR)
}

/// The checkpoint in `out`, if there is one.
pub fn read(out: &Path) -> Result<Option<Checkpoint>> {
    let path = dir(out).join(CHECKPOINT);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let checkpoint = serde_json::from_str(&text)
        .with_context(|| format!("{}: not a checkpoint of this polyfact; rerun without --resume", path.display()))?;
    Ok(Some(checkpoint))
}

/// Writes the checkpoint atomically: a reader sees the previous one or this one, never a torn
/// file.
pub fn write(out: &Path, checkpoint: &Checkpoint) -> Result<()> {
    let dir = dir(out);
    let (tmp, path) = (dir.join(format!("{CHECKPOINT}.tmp")), dir.join(CHECKPOINT));
    let mut file = File::create(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?;
    serde_json::to_writer(&mut file, checkpoint).with_context(|| format!("cannot write {}", tmp.display()))?;
    file.write_all(b"\n").with_context(|| format!("cannot write {}", tmp.display()))?;
    file.sync_all().with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, &path).with_context(|| format!("cannot write {}", path.display()))?;
    sync_dir(&dir);
    Ok(())
}

/// Makes a rename in `dir` durable (best effort: not every platform can open a folder).
pub fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        d.sync_all().ok();
    }
}

/// Removes the journal (after a successful run, or before a fresh one).
pub fn remove(out: &Path) -> Result<()> {
    let dir = dir(out);
    match std::fs::remove_dir_all(&dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(e).with_context(|| format!("cannot remove {}", dir.display()))
        }
        _ => Ok(()),
    }
}

/// A resume must run with the arguments of the run it continues.
pub fn check_key(saved: &RunKey, now: &RunKey) -> Result<()> {
    if saved == now {
        return Ok(());
    }
    let (a, b) = (serde_json::to_value(saved)?, serde_json::to_value(now)?);
    let (a, b) = (a.as_object().expect("a struct"), b.as_object().expect("a struct"));
    let differ: Vec<String> =
        a.iter().filter(|(k, v)| b.get(*k) != Some(v)).map(|(k, v)| format!("{k} was {v}, now {}", b[k])).collect();
    bail!(
        "--resume: the interrupted run had other arguments or inputs ({}); rerun with its arguments, \
         or without --resume to start again",
        differ.join("; ")
    )
}
