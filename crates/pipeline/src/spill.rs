//! Bounded memory for the corpus-level reduce: claim candidates in sorted runs on disk,
//! merged group by group.
//!
//! # Design
//! The candidates of a run (each with its evidence quote, the source sentence: by far the
//! largest part of what the reduce sees) are already on disk before the reduce needs them:
//! every document's [`ReduceRecord`] is journaled (`OUT/.polyfact-run/reduce.jsonl` for a
//! run, `shard/reduce.jsonl` for a shard, read back by `polyfact reconcile`). So a streaming
//! [`Reduce`](crate::Reduce) keeps no candidate while documents arrive: it keeps what the
//! entity step needs (the corpus names and claim signatures) and the copy signatures, and
//! [`Reduce::finish_streaming`](crate::Reduce::finish_streaming) reads the candidates back
//! from the journal ([`CandidateSource`], [`RecordFiles`]) once the final entity ids are
//! known. Spill runs are therefore never journaled: a run killed while spilling or merging
//! recomputes them from the journal on `--resume` (the spill folder is emptied first).
//!
//! Read back in arrival order, each candidate takes its final entity ids and its group key
//! ([`polyfact_claims::GroupKey`], which depends on those ids), and is buffered with its
//! arrival number; when the buffer passes the threshold (`--spill-mb`, estimated bytes of the
//! buffered candidates) it is sorted by (group key, arrival number) and written as one run
//! file. The runs are merged k-way (at most [`FAN_IN`] at once; more are first merged into
//! longer runs), which yields every group's candidates together, groups in key order and the
//! candidates of a group in arrival order: exactly the groups the in-memory
//! [`polyfact_claims::reconcile`] builds, so claims do not depend on the threshold. Without a
//! spill (the buffer never passed the threshold) the sorted buffer is merged in memory.
//!
//! Reconciliation streams over the merged groups twice ([`polyfact_claims::Reconciler`]):
//! the first pass keeps a compact summary of each fact (origins, weights, relations) for
//! truth discovery, which needs all facts at once; the second rebuilds each group's facts
//! and writes its claims to an unsorted file with a small index entry each (the sort key of
//! `claims.jsonl` and the line's place), and [`SortedClaims::lines`] reads them back in the
//! order of `claims.jsonl`. In memory at once: the buffer (at most the threshold), one line
//! per merged run, one group's candidates, the fact summaries and the claim index.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use polyfact_claims::{Candidate, GroupKey, PassMismatch};

#[cfg(doc)]
use crate::ReduceRecord;

/// At most this many runs are merged at once (open files, and a linear scan for the next
/// candidate); more runs are first merged, this many at a time, into longer runs.
pub const FAN_IN: usize = 64;

/// The default spill threshold of `polyfact run` and `polyfact reconcile`, in megabytes of
/// buffered candidates.
pub const DEFAULT_SPILL_MB: f64 = 256.0;

/// Where the streamed reduce is, for the test-only kill points of `polyfact run`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpillPoint {
    /// Run file N is half written (and flushed).
    MidSpill,
    /// N groups were reconciled (first pass, then second pass counting on).
    MidMerge,
    /// N groups of the second pass had their claims written (counting from 1 in that pass,
    /// so a test can reach it whatever the number of groups).
    MidWrite,
}

impl SpillPoint {
    pub fn name(self) -> &'static str {
        match self {
            SpillPoint::MidSpill => "mid-spill",
            SpillPoint::MidMerge => "mid-merge",
            SpillPoint::MidWrite => "mid-write",
        }
    }
}

/// How a streamed reduce spills.
pub struct SpillOptions<'a> {
    /// A folder of its own (emptied first; holds the runs and the unsorted claims; the caller
    /// removes it after writing the claims).
    pub dir: PathBuf,
    /// Estimated bytes of buffered candidates at which a run is written.
    pub threshold_bytes: u64,
    /// Called at each [`SpillPoint`] with its count (from 1).
    pub hook: &'a mut dyn FnMut(SpillPoint, u64),
}

impl<'a> SpillOptions<'a> {
    /// `megabytes` of buffered candidates (10^6 bytes; positive).
    pub fn new(dir: PathBuf, megabytes: f64, hook: &'a mut dyn FnMut(SpillPoint, u64)) -> Self {
        SpillOptions { dir, threshold_bytes: (megabytes * 1e6).max(1.0) as u64, hook }
    }
}

/// What can go wrong in a streamed reduce; I/O errors name the file.
#[derive(Debug, thiserror::Error)]
pub enum SpillError {
    #[error("cannot {action} {}: {source}", path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}:{line}: bad line: {source}", path.display())]
    Line {
        path: PathBuf,
        line: u64,
        #[source]
        source: serde_json::Error,
    },
    #[error("cannot serialize a claim: {0}")]
    Serialize(#[source] serde_json::Error),
    #[error("{added} claim candidates were added to the reduce but {replayed} were read back from its journal")]
    Count { added: u64, replayed: u64 },
    #[error(transparent)]
    Pass(#[from] PassMismatch),
}

fn io<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> SpillError + 'a {
    move |source| SpillError::Io { action, path: path.to_path_buf(), source }
}

/// The candidates of a streamed reduce, read again in the order they were added.
pub trait CandidateSource {
    /// Calls `each` with every candidate, in the order of [`crate::Reduce::add_record`]; a
    /// source can be replayed more than once.
    fn replay(&mut self, each: &mut dyn FnMut(Candidate) -> Result<(), SpillError>) -> Result<(), SpillError>;
}

/// Candidates kept in memory (cloned on replay: a streamed reduce reads them twice).
impl CandidateSource for Vec<Candidate> {
    fn replay(&mut self, each: &mut dyn FnMut(Candidate) -> Result<(), SpillError>) -> Result<(), SpillError> {
        self.iter().cloned().try_for_each(each)
    }
}

/// Journaled [`ReduceRecord`] files (JSON lines), read back merged by stream place (`seq`):
/// one file for a run, one per shard for `polyfact reconcile`. Only `seq` and the candidates
/// of each line are decoded.
pub struct RecordFiles {
    pub paths: Vec<PathBuf>,
}

#[derive(serde::Deserialize)]
struct RecordCandidates {
    seq: u64,
    candidates: Vec<Candidate>,
}

struct LineReader<T> {
    path: PathBuf,
    lines: std::io::Lines<BufReader<File>>,
    line: u64,
    head: Option<T>,
}

impl<T: serde::de::DeserializeOwned> LineReader<T> {
    fn open(path: &Path) -> Result<Self, SpillError> {
        let file = File::open(path).map_err(io("read", path))?;
        let mut reader =
            LineReader { path: path.to_path_buf(), lines: BufReader::new(file).lines(), line: 0, head: None };
        reader.advance()?;
        Ok(reader)
    }

    fn advance(&mut self) -> Result<(), SpillError> {
        self.head = match self.lines.next() {
            None => None,
            Some(line) => {
                self.line += 1;
                let line = line.map_err(io("read", &self.path))?;
                let value = serde_json::from_str(&line).map_err(|source| SpillError::Line {
                    path: self.path.clone(),
                    line: self.line,
                    source,
                })?;
                Some(value)
            }
        };
        Ok(())
    }
}

impl CandidateSource for RecordFiles {
    fn replay(&mut self, each: &mut dyn FnMut(Candidate) -> Result<(), SpillError>) -> Result<(), SpillError> {
        let mut files: Vec<LineReader<RecordCandidates>> =
            self.paths.iter().map(|p| LineReader::open(p)).collect::<Result<_, _>>()?;
        while let Some(i) =
            (0..files.len()).filter(|&i| files[i].head.is_some()).min_by_key(|&i| files[i].head.as_ref().map(|r| r.seq))
        {
            let record = files[i].head.take().expect("chosen for its record");
            record.candidates.into_iter().try_for_each(&mut *each)?;
            files[i].advance()?;
        }
        Ok(())
    }
}

/// A buffered candidate with its group key and arrival number (a line of a run file).
#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct Spilled {
    pub k: GroupKey,
    pub n: u64,
    pub c: Candidate,
}

impl Spilled {
    fn order(&self) -> (&GroupKey, u64) {
        (&self.k, self.n)
    }

    /// Estimated heap and inline bytes (what the threshold counts).
    fn bytes(&self) -> u64 {
        let c = &self.c;
        let e = |e: &polyfact_core::Entity| e.id.len() + e.name.len() + e.kind.len() + 72;
        let opt = |s: &Option<String>| s.as_ref().map_or(0, String::len);
        let qualifiers: usize = c.qualifiers.iter().map(|(k, v)| k.len() + v.as_str().map_or(16, str::len) + 64).sum();
        let key = self.k.0.len() + self.k.1.len() + self.k.2.len() + self.k.3.len() + 96;
        let sum = std::mem::size_of::<Spilled>()
            + key
            + c.predicate.len()
            + e(&c.subject)
            + c.object.as_ref().map_or(0, e)
            + c.value.kind.len()
            + opt(&c.value.unit)
            + opt(&c.value.date)
            + qualifiers
            + c.evidence.doc_id.len()
            + c.evidence.lang.len()
            + c.evidence.quote.len()
            + c.evidence.value_text.len()
            + opt(&c.as_of)
            + opt(&c.published);
        sum as u64
    }
}

/// Buffers candidates and writes sorted runs past the threshold.
pub(crate) struct Sorter<'o, 'h> {
    options: &'o mut SpillOptions<'h>,
    buffer: Vec<Spilled>,
    bytes: u64,
    runs: Vec<PathBuf>,
    /// Run files written (names stay unique across merge levels).
    written: u64,
}

/// The sorted candidates: in memory (no spill) or in run files.
pub(crate) enum Runs {
    Memory(Vec<Spilled>),
    Files(Vec<PathBuf>),
}

impl<'o, 'h> Sorter<'o, 'h> {
    /// A sorter writing into `options.dir`, emptied first (runs of an interrupted reduce are
    /// recomputed, never reused).
    pub fn new(options: &'o mut SpillOptions<'h>) -> Result<Self, SpillError> {
        match std::fs::remove_dir_all(&options.dir) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io("remove", &options.dir)(e)),
            _ => {}
        }
        std::fs::create_dir_all(&options.dir).map_err(io("create", &options.dir))?;
        Ok(Sorter { options, buffer: Vec::new(), bytes: 0, runs: Vec::new(), written: 0 })
    }

    pub fn push(&mut self, s: Spilled) -> Result<(), SpillError> {
        self.bytes += s.bytes();
        self.buffer.push(s);
        if self.bytes > self.options.threshold_bytes {
            self.spill()?;
        }
        Ok(())
    }

    fn next_path(&mut self) -> PathBuf {
        self.written += 1;
        self.options.dir.join(format!("run-{:06}.jsonl", self.written))
    }

    /// Sorts the buffer and writes it as one run.
    fn spill(&mut self) -> Result<(), SpillError> {
        let mut buffer = std::mem::take(&mut self.buffer);
        self.bytes = 0;
        buffer.sort_by(|a, b| a.order().cmp(&b.order()));
        let path = self.next_path();
        let number = self.written;
        let mut out = BufWriter::new(File::create(&path).map_err(io("write", &path))?);
        let half = buffer.len().div_ceil(2);
        for (i, s) in buffer.into_iter().enumerate() {
            write_line(&mut out, &path, &s)?;
            if i + 1 == half {
                out.flush().map_err(io("write", &path))?;
                (self.options.hook)(SpillPoint::MidSpill, number);
            }
        }
        out.flush().map_err(io("write", &path))?;
        self.runs.push(path);
        Ok(())
    }

    /// The sorted candidates: the buffer when nothing was spilled, else the runs (the rest of
    /// the buffer spilled too), merged down to at most [`FAN_IN`].
    pub fn finish(mut self) -> Result<Runs, SpillError> {
        if self.runs.is_empty() {
            let mut buffer = std::mem::take(&mut self.buffer);
            buffer.sort_by(|a, b| a.order().cmp(&b.order()));
            return Ok(Runs::Memory(buffer));
        }
        if !self.buffer.is_empty() {
            self.spill()?;
        }
        while self.runs.len() > FAN_IN {
            let first: Vec<PathBuf> = self.runs.drain(..FAN_IN).collect();
            let path = self.next_path();
            let mut out = BufWriter::new(File::create(&path).map_err(io("write", &path))?);
            merge(&first, &mut |s| write_line(&mut out, &path, &s))?;
            out.flush().map_err(io("write", &path))?;
            for p in first {
                std::fs::remove_file(&p).map_err(io("remove", &p))?;
            }
            self.runs.push(path);
        }
        Ok(Runs::Files(self.runs))
    }
}

fn write_line<T: serde::Serialize>(out: &mut BufWriter<File>, path: &Path, value: &T) -> Result<(), SpillError> {
    serde_json::to_writer(&mut *out, value).map_err(|e| match e.io_error_kind() {
        Some(_) => SpillError::Io { action: "write", path: path.to_path_buf(), source: e.into() },
        None => SpillError::Serialize(e),
    })?;
    out.write_all(b"\n").map_err(io("write", path))
}

/// K-way merge of sorted runs by (group key, arrival number).
fn merge(paths: &[PathBuf], each: &mut dyn FnMut(Spilled) -> Result<(), SpillError>) -> Result<(), SpillError> {
    let mut runs: Vec<LineReader<Spilled>> = paths.iter().map(|p| LineReader::open(p)).collect::<Result<_, _>>()?;
    loop {
        let mut best: Option<usize> = None;
        for i in 0..runs.len() {
            let Some(head) = runs[i].head.as_ref() else { continue };
            if best.is_none_or(|b| head.order() < runs[b].head.as_ref().expect("a head").order()) {
                best = Some(i);
            }
        }
        let Some(i) = best else { return Ok(()) };
        let head = runs[i].head.take().expect("chosen for its head");
        runs[i].advance()?;
        each(head)?;
    }
}

impl Runs {
    /// Calls `each` with every group's candidates (in arrival order), groups in key order.
    pub fn for_each_group(
        &self,
        each: &mut dyn FnMut(Vec<Candidate>) -> Result<(), SpillError>,
    ) -> Result<(), SpillError> {
        let mut key: Option<GroupKey> = None;
        let mut members: Vec<Candidate> = Vec::new();
        let mut take = |s: Spilled| -> Result<(), SpillError> {
            if key.as_ref() != Some(&s.k) {
                if !members.is_empty() {
                    each(std::mem::take(&mut members))?;
                }
                key = Some(s.k);
            }
            members.push(s.c);
            Ok(())
        };
        match self {
            Runs::Memory(items) => {
                for s in items {
                    take(Spilled { k: s.k.clone(), n: s.n, c: s.c.clone() })?;
                }
            }
            Runs::Files(paths) => merge(paths, &mut take)?,
        }
        if !members.is_empty() {
            each(members)?;
        }
        Ok(())
    }

    /// Run files on disk (0 when nothing was spilled).
    pub fn files(&self) -> usize {
        match self {
            Runs::Memory(_) => 0,
            Runs::Files(paths) => paths.len(),
        }
    }

    /// Removes the run files.
    pub fn remove(self) -> Result<(), SpillError> {
        if let Runs::Files(paths) = self {
            for p in paths {
                std::fs::remove_file(&p).map_err(io("remove", &p))?;
            }
        }
        Ok(())
    }
}

/// The sort key of a claim line: [`polyfact_claims::claim_order`], owned.
type ClaimKey = (String, String, Option<String>, String);

/// The claims of a streamed reduce: written unsorted to a file, with a small index entry each
/// (sort key, byte offset, length), read back in the order of `claims.jsonl`.
pub struct SortedClaims {
    path: PathBuf,
    /// Sorted (stably: claims of equal keys keep the order the in-memory path gives them).
    index: Vec<(ClaimKey, u64, u32)>,
}

/// Appends claims to the unsorted file.
pub(crate) struct ClaimWriter {
    path: PathBuf,
    out: BufWriter<File>,
    offset: u64,
    index: Vec<(ClaimKey, u64, u32)>,
}

impl ClaimWriter {
    pub fn create(path: PathBuf) -> Result<Self, SpillError> {
        let out = BufWriter::new(File::create(&path).map_err(io("write", &path))?);
        Ok(ClaimWriter { path, out, offset: 0, index: Vec::new() })
    }

    pub fn push(&mut self, claim: &polyfact_core::Claim) -> Result<(), SpillError> {
        let line = serde_json::to_string(claim).map_err(SpillError::Serialize)?;
        self.out.write_all(line.as_bytes()).map_err(io("write", &self.path))?;
        let (p, s, o, id) = polyfact_claims::claim_order(claim);
        self.index.push((
            (p.to_string(), s.to_string(), o.map(String::from), id.to_string()),
            self.offset,
            line.len() as u32,
        ));
        self.offset += line.len() as u64;
        Ok(())
    }

    pub fn finish(mut self) -> Result<SortedClaims, SpillError> {
        self.out.flush().map_err(io("write", &self.path))?;
        self.index.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(SortedClaims { path: self.path, index: self.index })
    }
}

impl SortedClaims {
    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// The claim lines (JSON, no newline) in the order of `claims.jsonl`.
    pub fn lines(&self) -> Result<impl Iterator<Item = Result<String, SpillError>> + '_, SpillError> {
        let mut file = BufReader::new(File::open(&self.path).map_err(io("read", &self.path))?);
        let path = &self.path;
        Ok(self.index.iter().map(move |(_, offset, len)| {
            file.seek(SeekFrom::Start(*offset)).map_err(io("read", path))?;
            let mut bytes = vec![0; *len as usize];
            file.read_exact(&mut bytes).map_err(io("read", path))?;
            String::from_utf8(bytes)
                .map_err(|e| io("read", path)(std::io::Error::new(std::io::ErrorKind::InvalidData, e.utf8_error())))
        }))
    }

    /// Removes the unsorted file.
    pub fn remove(self) -> Result<(), SpillError> {
        std::fs::remove_file(&self.path).map_err(io("remove", &self.path))
    }
}
