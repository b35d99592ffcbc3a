//! Error and skip types of the ingest stage.

use std::fmt;
use std::path::PathBuf;

/// Why an input (a file, or one line of a JSONL dump) was not turned into a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// The file could not be opened or read (missing, permission, I/O error).
    Unreadable(String),
    /// The bytes are not valid UTF-8; `byte` is the offset of the first bad sequence.
    InvalidUtf8 { byte: usize },
    /// NUL bytes or many control characters: not a text document.
    Binary,
    /// Nothing but whitespace (before or after markup was removed).
    Empty,
    /// Over `Limits::max_doc_bytes`. `bytes` is the size found: the file's length, or what was
    /// read before the limit was passed (never more than the limit plus one byte is read).
    TooLarge { bytes: u64, limit: u64 },
    /// Compressed data (a `.gz` file, a gzip HTTP body) that decompresses to more than
    /// `Limits::max_doc_bytes`: decompression stopped at the limit (a gzip bomb stays bounded).
    TooLargeDecompressed { limit: u64 },
    /// Compressed data that is corrupt or truncated (what was read before it is kept).
    Corrupt(String),
    /// A WARC record that cannot be read (no Content-Length, truncated, damaged); the text
    /// gives its byte offset (in the decompressed stream for `.warc.gz`).
    MalformedWarc(String),
    /// A named pipe, socket or device inside an input folder (also a link to one): never opened,
    /// since reading it could block forever or never end. The text says which kind it is.
    NotRegularFile(String),
    /// Text in an encoding polyfact cannot read here (invalid UTF-16, a UTF-16 JSONL dump).
    Encoding(String),
    /// A JSONL line that is not a JSON object with the required fields.
    MalformedJson(String),
    /// A second document with a `doc_id` already seen in this run.
    DuplicateId { first_source: String },
    /// A file named on the command line whose extension polyfact does not read.
    UnsupportedExtension,
    /// The NER model failed on this document (an ONNX Runtime error); the run goes on.
    ModelFailed(String),
    /// A bug in polyfact panicked on this document; the run goes on without it.
    Internal(String),
}

impl SkipReason {
    /// A short, stable key for grouping in the run summary.
    pub fn kind(&self) -> &'static str {
        match self {
            SkipReason::Unreadable(_) => "unreadable",
            SkipReason::InvalidUtf8 { .. } => "invalid UTF-8",
            SkipReason::Binary => "binary",
            SkipReason::Empty => "empty",
            SkipReason::TooLarge { .. } | SkipReason::TooLargeDecompressed { .. } => "too large",
            SkipReason::Corrupt(_) => "corrupt compressed data",
            SkipReason::MalformedWarc(_) => "malformed WARC record",
            SkipReason::NotRegularFile(_) => "not a regular file",
            SkipReason::Encoding(_) => "unsupported encoding",
            SkipReason::MalformedJson(_) => "malformed JSONL",
            SkipReason::DuplicateId { .. } => "duplicate doc_id",
            SkipReason::UnsupportedExtension => "unsupported extension",
            SkipReason::ModelFailed(_) => "model error",
            SkipReason::Internal(_) => "internal error",
        }
    }
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::Unreadable(e) => write!(f, "cannot read: {e}"),
            SkipReason::InvalidUtf8 { byte } => write!(f, "not valid UTF-8 (first bad byte at offset {byte})"),
            SkipReason::Binary => write!(f, "looks like a binary file (NUL or control bytes), not text"),
            SkipReason::Empty => write!(f, "empty: no text to process"),
            SkipReason::TooLarge { bytes, limit } => write!(
                f,
                "document is {:.1} MB, over the {:.1} MB limit (raise it with --max-doc-mb)",
                *bytes as f64 / 1e6,
                *limit as f64 / 1e6
            ),
            SkipReason::TooLargeDecompressed { limit } => write!(
                f,
                "decompresses to more than the {:.1} MB limit, stopped reading there (raise it with --max-doc-mb)",
                *limit as f64 / 1e6
            ),
            SkipReason::Corrupt(e) => write!(f, "corrupt compressed data: {e}"),
            SkipReason::MalformedWarc(e) => write!(f, "malformed WARC record: {e}"),
            SkipReason::NotRegularFile(what) => {
                write!(f, "not a regular file ({what}): only regular files are read")
            }
            SkipReason::Encoding(e) => write!(f, "cannot decode the text: {e}"),
            SkipReason::MalformedJson(e) => write!(f, "malformed JSONL line: {e}"),
            SkipReason::DuplicateId { first_source } => {
                write!(f, "duplicate doc_id (first read from {first_source}); this copy is skipped")
            }
            SkipReason::UnsupportedExtension => {
                write!(f, "unsupported file type (polyfact reads .txt .md .html .htm .jsonl .warc, each also .gz)")
            }
            SkipReason::ModelFailed(e) => write!(f, "the NER model failed on this document: {e}"),
            SkipReason::Internal(e) => write!(f, "internal error, a polyfact bug (please report it): {e}"),
        }
    }
}

/// A skipped input: where it came from (`path` or `path:line`) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    pub path: PathBuf,
    /// 1-based line number for JSONL dumps; 1-based record number for WARC archives.
    pub line: Option<u64>,
    pub reason: SkipReason,
}

/// Whether `path` is a WARC archive (`.warc`, `.warc.gz`): its `line` is a record number.
fn is_warc(path: &std::path::Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    name.ends_with(".warc") || name.ends_with(".warc.gz")
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(record) if is_warc(&self.path) => {
                write!(f, "{} (record {}): {}", self.path.display(), record, self.reason)
            }
            Some(line) => write!(f, "{}:{}: {}", self.path.display(), line, self.reason),
            None => write!(f, "{}: {}", self.path.display(), self.reason),
        }
    }
}

/// A problem with the per-language data files under `data/lang/`.
#[derive(Debug, thiserror::Error)]
pub enum LangDataError {
    #[error("cannot read language data folder {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: invalid language data: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("no language data files (*.toml) in {0}")]
    NoFiles(PathBuf),
}
