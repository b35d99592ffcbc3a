//! Input discovery and reading: folders, files, streamed JSONL dumps and WARC archives, each
//! optionally gzip-compressed.
//!
//! [`InputReader`] is an iterator over [`InputItem`]s in a deterministic order (paths sorted,
//! JSONL lines and WARC records in file order). It never fails as a whole: every problem
//! becomes a [`Skip`] naming the file and line (or record), and reading goes on. Character
//! encodings are found and decoded by [`crate::decode`]; what was guessed is counted in
//! [`ReadStats`].

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Component, Path, PathBuf};

use flate2::read::MultiGzDecoder;
use serde::de;
use serde::Deserialize;
use serde_json::value::RawValue;

use crate::decode::{self, Decoded, Hints, How};
use crate::error::{Skip, SkipReason};
use crate::warc::{WarcItem, WarcReader};

/// How a document's raw content is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            _ => None,
        }
    }
}

/// A document as read, before conversion to plain text.
#[derive(Debug, Clone)]
pub struct RawDoc {
    /// A file in an input folder: its path relative to that folder without the extension,
    /// `/`-separated (`2026-03-01/index`); a file named directly: its stem; a JSONL record: its
    /// `id` (a number keeps its exact text).
    pub doc_id: String,
    /// `path` or `path#line` (the contract's `source`).
    pub source: String,
    pub path: PathBuf,
    pub line: Option<u64>,
    pub format: Format,
    pub content: String,
    /// Metadata supplied by a JSONL dump; it takes precedence over what ingest would extract.
    pub title: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
    /// Size of the raw input (file size, or JSONL line length) in bytes.
    pub bytes: u64,
}

/// One step of reading: a document, a skipped input, or a file in a folder that is not ours.
#[derive(Debug)]
pub enum InputItem {
    Doc(RawDoc),
    Skipped(Skip),
    /// A file inside a folder with an extension polyfact does not read (counted, not an error).
    Ignored(PathBuf),
}

/// Size limits. A news article is kilobytes; a multi-megabyte "document" is almost always a
/// mis-exported dump, so it is skipped loudly rather than processed for minutes.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_doc_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_doc_bytes: 20_000_000 }
    }
}

/// What the reader learned about its inputs besides documents and skips (for the summary).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ReadStats {
    /// Documents decoded by a guessed encoding (no byte order mark, no usable declaration, not
    /// valid UTF-8), by encoding name (`windows-1252`, `Shift_JIS`, ...).
    pub guessed_encodings: BTreeMap<&'static str, usize>,
    /// The sources of the first few of them, to check by hand.
    pub guessed_examples: Vec<String>,
    /// Documents whose declared charset (HTTP header, `<meta>`, BOM) the bytes contradicted:
    /// decoded as UTF-8 or by detection instead.
    pub wrong_declarations: usize,
    /// WARC records not read as documents: `warcinfo`, `request`, `metadata`, `resource`,
    /// `revisit`, non-HTML or non-200 responses.
    pub warc_ignored: u64,
}

impl ReadStats {
    /// Documents decoded by a guessed encoding.
    pub fn guessed(&self) -> usize {
        self.guessed_encodings.values().sum()
    }

    fn note(&mut self, source: &str, decoded: &Decoded) {
        if decoded.how == How::Guessed {
            *self.guessed_encodings.entry(decoded.encoding.name()).or_default() += 1;
            if self.guessed_examples.len() < 3 {
                self.guessed_examples.push(format!("{source} ({})", decoded.encoding.name()));
            }
        }
        self.wrong_declarations += usize::from(decoded.wrong_declaration.is_some());
    }
}

/// What a file holds; `bool`: gzip-compressed (`.html.gz`, `.jsonl.gz`, `.warc.gz`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Document(Format, bool),
    Jsonl(bool),
    Warc(bool),
}

fn kind_of(path: &Path) -> Option<Kind> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    if ext == "gz" {
        return match kind_of(Path::new(path.file_stem()?))? {
            Kind::Document(format, false) => Some(Kind::Document(format, true)),
            Kind::Jsonl(false) => Some(Kind::Jsonl(true)),
            Kind::Warc(false) => Some(Kind::Warc(true)),
            _ => None, // .gz.gz
        };
    }
    match ext.as_str() {
        "jsonl" | "ndjson" => Some(Kind::Jsonl(false)),
        "warc" => Some(Kind::Warc(false)),
        _ => Format::from_path(path).map(|f| Kind::Document(f, false)),
    }
}

/// A file opened for reading, decompressed where it is gzip.
fn open_stream(path: &Path, gzip: bool) -> std::io::Result<Box<dyn Read + Send>> {
    let file = File::open(path)?;
    Ok(if gzip { Box::new(MultiGzDecoder::new(BufReader::with_capacity(1 << 16, file))) } else { Box::new(file) })
}

struct OpenJsonl {
    path: PathBuf,
    reader: BufReader<Box<dyn Read + Send>>,
    line: u64,
    gzip: bool,
}

struct OpenWarc {
    path: PathBuf,
    reader: WarcReader<BufReader<Box<dyn Read + Send>>>,
}

/// Streams every input under the given paths.
pub struct InputReader {
    pending: VecDeque<Pending>,
    jsonl: Option<OpenJsonl>,
    warc: Option<OpenWarc>,
    stats: ReadStats,
    limits: Limits,
    /// doc_id -> source of its first occurrence.
    seen: HashMap<String, String>,
    /// Canonical path of every file opened so far -> how it was first named: a file reached
    /// twice (named twice, or through a link) is read once.
    seen_files: HashMap<PathBuf, String>,
    buf: Vec<u8>,
    total_bytes: u64,
}

enum Pending {
    /// A file to read, with the doc_id its documents get (unused for JSONL dumps).
    File {
        path: PathBuf,
        kind: Kind,
        doc_id: String,
    },
    Skip(Skip),
    Ignored(PathBuf),
}

/// The doc_id of a file found in input folder `root`: its path relative to `root`, without
/// the extension, `/`-separated (`2026-03-01/index.html` -> `2026-03-01/index`; a file
/// directly in `root` -> its stem).
fn folder_doc_id(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let mut parts: Vec<String> = rel
        .parent()
        .into_iter()
        .flat_map(Path::components)
        .filter_map(|c| match c {
            Component::Normal(name) => Some(name.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    parts.push(file_doc_id(path));
    parts.join("/")
}

/// The doc_id of a file named on the command line: its stem (both extensions dropped for a
/// compressed file: `b.html.gz` -> `b`).
fn file_doc_id(path: &Path) -> String {
    let compressed = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    let stem = path.file_stem().map(Path::new);
    let stem = if compressed { stem.and_then(Path::file_stem) } else { stem.map(Path::as_os_str) };
    stem.map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

/// What a file that is not a regular file is, in words.
fn special_kind(ft: &std::fs::FileType) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a named pipe (FIFO)".into();
        }
        if ft.is_socket() {
            return "a socket".into();
        }
        if ft.is_char_device() {
            return "a character device".into();
        }
        if ft.is_block_device() {
            return "a block device".into();
        }
    }
    let _ = ft;
    "not a file or folder".into()
}

/// Whether `ft` may be read when named directly on the command line: regular files, and named
/// pipes (a user streaming a dump through `mkfifo` means it); sockets and devices never.
fn readable_when_named(ft: &std::fs::FileType) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return true;
        }
    }
    ft.is_file()
}

impl InputReader {
    /// Walks `inputs` (files or folders, folders recursively in sorted order). Inside folders
    /// only regular files (and links to them) are read; a named pipe, socket or device there
    /// is a skip naming it, never opened.
    pub fn new(inputs: &[PathBuf], limits: Limits) -> Self {
        let mut pending = VecDeque::new();
        for input in inputs {
            if input.is_dir() {
                let walker = walkdir::WalkDir::new(input).follow_links(true).sort_by_file_name();
                for entry in walker {
                    match entry {
                        Ok(e) if e.file_type().is_dir() => {}
                        Ok(e) => {
                            let ft = e.file_type();
                            let path = e.into_path();
                            match kind_of(&path) {
                                Some(_) if !ft.is_file() => pending.push_back(Pending::Skip(Skip {
                                    path,
                                    line: None,
                                    reason: SkipReason::NotRegularFile(special_kind(&ft)),
                                })),
                                Some(kind) => {
                                    let doc_id = folder_doc_id(input, &path);
                                    pending.push_back(Pending::File { path, kind, doc_id })
                                }
                                None => pending.push_back(Pending::Ignored(path)),
                            }
                        }
                        Err(err) => {
                            let path = err.path().map(Path::to_path_buf).unwrap_or_else(|| input.clone());
                            pending.push_back(Pending::Skip(Skip {
                                path,
                                line: None,
                                reason: SkipReason::Unreadable(err.to_string()),
                            }));
                        }
                    }
                }
            } else {
                let skip = |reason| Pending::Skip(Skip { path: input.clone(), line: None, reason });
                let item = match (std::fs::metadata(input), kind_of(input)) {
                    (Err(e), _) if e.kind() == std::io::ErrorKind::NotFound => {
                        skip(SkipReason::Unreadable("no such file or folder".into()))
                    }
                    (_, None) => skip(SkipReason::UnsupportedExtension),
                    (Ok(m), Some(_)) if !readable_when_named(&m.file_type()) => {
                        skip(SkipReason::NotRegularFile(special_kind(&m.file_type())))
                    }
                    // Readable, or an error that opening it will name.
                    (_, Some(kind)) => Pending::File { path: input.clone(), kind, doc_id: file_doc_id(input) },
                };
                pending.push_back(item);
            }
        }
        let total_bytes = pending
            .iter()
            .map(|p| match p {
                Pending::File { path, .. } => std::fs::metadata(path).map_or(0, |m| m.len()),
                _ => 0,
            })
            .sum();
        InputReader {
            pending,
            jsonl: None,
            warc: None,
            stats: ReadStats::default(),
            limits,
            seen: HashMap::new(),
            seen_files: HashMap::new(),
            buf: Vec::new(),
            total_bytes,
        }
    }

    /// Total size of the files to read, known up front (for a progress bar).
    pub fn total_bytes(&self) -> u64 {
        self.total_bytes
    }

    /// What was learned so far besides documents and skips (guessed encodings, WARC records
    /// ignored).
    pub fn stats(&self) -> &ReadStats {
        &self.stats
    }

    fn skip(path: &Path, line: Option<u64>, reason: SkipReason) -> InputItem {
        InputItem::Skipped(Skip { path: path.to_path_buf(), line, reason })
    }

    /// Registers a doc_id; a repeated id becomes a skip so ids stay unique in the output.
    fn dedupe(&mut self, doc: RawDoc) -> InputItem {
        if let Some(first) = self.seen.get(&doc.doc_id) {
            let reason = SkipReason::DuplicateId { first_source: first.clone() };
            return Self::skip(&doc.path, doc.line, reason);
        }
        self.seen.insert(doc.doc_id.clone(), doc.source.clone());
        InputItem::Doc(doc)
    }

    /// A file already read under another name (the same path twice, or a link to it) is a
    /// duplicate of its first reading.
    fn first_reading(&mut self, path: &Path) -> Result<(), SkipReason> {
        let Ok(canonical) = std::fs::canonicalize(path) else { return Ok(()) };
        match self.seen_files.get(&canonical) {
            Some(first) => Err(SkipReason::DuplicateId { first_source: first.clone() }),
            None => {
                self.seen_files.insert(canonical, path.display().to_string());
                Ok(())
            }
        }
    }

    fn read_file(&mut self, path: &Path, format: Format, gzip: bool, doc_id: String) -> Result<RawDoc, SkipReason> {
        let unreadable = |e: std::io::Error| SkipReason::Unreadable(e.to_string());
        let limit = self.limits.max_doc_bytes;
        let file = File::open(path).map_err(unreadable)?;
        let size = file.metadata().map_err(unreadable)?.len();
        let mut bytes = Vec::new();
        if gzip {
            // The limit holds for the decompressed bytes: a gzip bomb is read up to it, no further.
            let decoder = MultiGzDecoder::new(BufReader::with_capacity(1 << 16, file));
            decoder
                .take(limit.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(|e| SkipReason::Corrupt(format!("gzip data corrupt or truncated ({e})")))?;
            if bytes.len() as u64 > limit {
                return Err(SkipReason::TooLargeDecompressed { limit });
            }
        } else {
            if size > limit {
                return Err(SkipReason::TooLarge { bytes: size, limit });
            }
            // The metadata can be wrong (a growing file, a pipe, /proc): never read more than the
            // limit plus one byte, whatever it says.
            bytes.reserve(size.min(limit) as usize + 1);
            file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(unreadable)?;
            let read = bytes.len() as u64;
            if read > limit {
                return Err(SkipReason::TooLarge { bytes: read.max(size), limit });
            }
        }
        let read = bytes.len() as u64;
        let source = path.display().to_string();
        let content = self.decode_text(&bytes, Hints { html: format == Format::Html, ..Hints::default() }, &source)?;
        Ok(RawDoc {
            doc_id,
            source,
            path: path.to_path_buf(),
            line: None,
            format,
            content,
            title: None,
            published: None,
            lang: None,
            bytes: read,
        })
    }

    /// Bytes to text (see [`decode::decode`]), counted in the stats; blank text is refused.
    fn decode_text(&mut self, bytes: &[u8], hints: Hints<'_>, source: &str) -> Result<String, SkipReason> {
        let decoded = decode::decode(bytes, hints)?;
        if decoded.text.trim().is_empty() {
            return Err(SkipReason::Empty);
        }
        self.stats.note(source, &decoded);
        Ok(decoded.text)
    }

    /// Next item of the open WARC archive, or `None` at its end.
    fn next_warc(&mut self) -> Option<InputItem> {
        loop {
            let open = self.warc.as_mut()?;
            let Some(item) = open.reader.next_item() else {
                self.warc = None;
                return None;
            };
            let path = open.path.clone();
            match item {
                WarcItem::Ignored => self.stats.warc_ignored += 1,
                WarcItem::Skip { number, reason } => return Some(Self::skip(&path, Some(number), reason)),
                WarcItem::Page(page) => {
                    let source =
                        page.target_uri.clone().unwrap_or_else(|| format!("{}#{}", path.display(), page.number));
                    let host = page.target_uri.as_deref().and_then(uri_host);
                    let hints = Hints { html: true, transport: page.charset.as_deref(), host };
                    let item = match self.decode_text(&page.body, hints, &source) {
                        Ok(content) => self.dedupe(RawDoc {
                            doc_id: page.record_id,
                            source,
                            path: path.clone(),
                            line: Some(page.number),
                            format: Format::Html,
                            content,
                            title: None,
                            published: None,
                            lang: None,
                            bytes: page.block_bytes,
                        }),
                        Err(reason) => Self::skip(&path, Some(page.number), reason),
                    };
                    return Some(item);
                }
            }
        }
    }

    /// Next item of the open JSONL dump, or `None` at its end.
    fn next_jsonl(&mut self) -> Option<InputItem> {
        let limit = self.limits.max_doc_bytes;
        loop {
            let open = self.jsonl.as_mut()?;
            let read = read_line_bounded(&mut open.reader, &mut self.buf, limit.saturating_add(1));
            open.line += 1;
            let (path, line) = (open.path.clone(), open.line);
            let len = match read {
                Ok(None) => {
                    self.jsonl = None;
                    return None;
                }
                Ok(Some(len)) => len,
                Err(e) => {
                    // An I/O error (or corrupt gzip data) mid-file ends this dump; lines read so
                    // far are kept.
                    let reason = if open.gzip {
                        SkipReason::Corrupt(format!(
                            "gzip data corrupt or truncated ({e}); the {} line(s) before are kept",
                            line - 1
                        ))
                    } else {
                        SkipReason::Unreadable(e.to_string())
                    };
                    self.jsonl = None;
                    return Some(Self::skip(&path, Some(line), reason));
                }
            };
            if line == 1 && looks_utf16(&self.buf) {
                self.jsonl = None;
                let reason = SkipReason::Encoding(
                    "this JSONL dump is UTF-16, not supported yet: convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)"
                        .into(),
                );
                return Some(Self::skip(&path, None, reason));
            }
            // A BOM opens a UTF-8 file (and every file of a `cat a.jsonl b.jsonl`).
            let content = self.buf.strip_prefix(UTF8_BOM).unwrap_or(&self.buf);
            let truncated = len > self.buf.len() as u64; // over the limit: only its head was kept
            if !truncated && content.iter().all(u8::is_ascii_whitespace) {
                continue; // blank lines separate nothing in JSONL
            }
            let content_len = if truncated { len } else { content.len() as u64 };
            if content_len > limit {
                return Some(Self::skip(&path, Some(line), SkipReason::TooLarge { bytes: content_len, limit }));
            }
            let item = match parse_jsonl_line(content, &path, line) {
                Ok(doc) => self.dedupe(doc),
                Err(reason) => Self::skip(&path, Some(line), reason),
            };
            return Some(item);
        }
    }
}

/// Reads one line into `buf` without its `\n`, keeping at most `keep` bytes of it; the rest
/// of a longer line is read and dropped, so memory stays bounded. Returns the whole line's
/// length in bytes, or `None` at the end of the input.
pub(crate) fn read_line_bounded(
    reader: &mut impl BufRead,
    buf: &mut Vec<u8>,
    keep: u64,
) -> std::io::Result<Option<u64>> {
    buf.clear();
    let mut total = 0u64;
    let mut any = false;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(chunk) => chunk,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(any.then_some(total));
        }
        any = true;
        let newline = chunk.iter().position(|&b| b == b'\n');
        let take = newline.unwrap_or(chunk.len());
        let room = (keep as usize).saturating_sub(buf.len());
        buf.extend_from_slice(&chunk[..take.min(room)]);
        reader.consume(take + usize::from(newline.is_some()));
        total += take as u64;
        if newline.is_some() {
            return Ok(Some(total));
        }
    }
}

impl Iterator for InputReader {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        loop {
            if self.jsonl.is_some() {
                if let Some(item) = self.next_jsonl() {
                    return Some(item);
                }
            }
            if self.warc.is_some() {
                if let Some(item) = self.next_warc() {
                    return Some(item);
                }
            }
            match self.pending.pop_front()? {
                Pending::Skip(skip) => return Some(InputItem::Skipped(skip)),
                Pending::Ignored(path) => return Some(InputItem::Ignored(path)),
                Pending::File { path, kind, doc_id } => {
                    if let Err(reason) = self.first_reading(&path) {
                        return Some(Self::skip(&path, None, reason));
                    }
                    match kind {
                        Kind::Jsonl(gzip) => match open_stream(&path, gzip) {
                            Ok(stream) => {
                                let reader = BufReader::with_capacity(1 << 16, stream);
                                self.jsonl = Some(OpenJsonl { path, reader, line: 0, gzip })
                            }
                            Err(e) => return Some(Self::skip(&path, None, SkipReason::Unreadable(e.to_string()))),
                        },
                        Kind::Warc(gzip) => match open_stream(&path, gzip) {
                            Ok(stream) => {
                                let input = BufReader::with_capacity(1 << 16, stream);
                                let reader = WarcReader::new(input, self.limits.max_doc_bytes, gzip);
                                self.warc = Some(OpenWarc { path, reader })
                            }
                            Err(e) => return Some(Self::skip(&path, None, SkipReason::Unreadable(e.to_string()))),
                        },
                        Kind::Document(format, gzip) => {
                            return Some(match self.read_file(&path, format, gzip, doc_id) {
                                Ok(doc) => self.dedupe(doc),
                                Err(reason) => Self::skip(&path, None, reason),
                            })
                        }
                    }
                }
            }
        }
    }
}

const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

/// Whether a JSONL dump's first line is UTF-16 (see [`decode::utf16_order`]).
fn looks_utf16(line: &[u8]) -> bool {
    decode::utf16_order(line).is_some()
}

/// The host of a URI (`https://www.nikkei.com/x` -> `www.nikkei.com`).
fn uri_host(uri: &str) -> Option<&str> {
    let rest = uri.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = if host.starts_with('[') { host } else { host.split(':').next()? };
    (!host.is_empty()).then_some(host)
}

/// The fields of a dump line polyfact reads, as raw JSON; every other field (`url`, ...) is
/// accepted and ignored: nothing downstream uses them.
#[derive(Default)]
struct JsonlRecord<'a> {
    fields: [Option<&'a RawValue>; FIELDS.len()],
    /// A field given twice: the record is ambiguous.
    repeated: Option<&'static str>,
}

const FIELDS: [&str; 6] = ["id", "text", "html", "title", "published", "lang"];

impl<'a> JsonlRecord<'a> {
    fn raw(&self, name: &str) -> Option<&'a RawValue> {
        let i = FIELDS.iter().position(|f| *f == name).expect("a known field");
        self.fields[i].filter(|v| v.get() != "null")
    }

    /// An optional string field: `None` when absent or null, an error naming it otherwise.
    fn string(&self, name: &str) -> Result<Option<String>, SkipReason> {
        let Some(raw) = self.raw(name) else { return Ok(None) };
        if !raw.get().starts_with('"') {
            return Err(SkipReason::MalformedJson(format!(
                "field \"{name}\" must be a string, not {}",
                json_kind(raw.get())
            )));
        }
        serde_json::from_str(raw.get())
            .map(Some)
            .map_err(|e| SkipReason::MalformedJson(format!("field \"{name}\": {e}")))
    }
}

/// "a number", "an array", ... for the raw text of a JSON value.
fn json_kind(raw: &str) -> &'static str {
    match raw.trim_start().as_bytes().first() {
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b'"') => "a string",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        Some(b'-' | b'0'..=b'9') => "a number",
        _ => "a JSON value",
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for JsonlRecord<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Key(Option<usize>);
        impl<'de> Deserialize<'de> for Key {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct KeyVisitor;
                impl de::Visitor<'_> for KeyVisitor {
                    type Value = Key;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str("a field name")
                    }
                    fn visit_str<E: de::Error>(self, name: &str) -> Result<Key, E> {
                        Ok(Key(FIELDS.iter().position(|f| *f == name)))
                    }
                }
                deserializer.deserialize_identifier(KeyVisitor)
            }
        }
        struct RecordVisitor<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> de::Visitor<'de> for RecordVisitor<'a> {
            type Value = JsonlRecord<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<M: de::MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
                let mut rec = JsonlRecord::default();
                while let Some(Key(key)) = map.next_key()? {
                    match key {
                        Some(i) => {
                            let value: &'de RawValue = map.next_value()?;
                            if rec.fields[i].replace(value).is_some() {
                                rec.repeated.get_or_insert(FIELDS[i]);
                            }
                        }
                        None => {
                            map.next_value::<de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(rec)
            }
        }
        deserializer.deserialize_map(RecordVisitor(std::marker::PhantomData))
    }
}

fn parse_jsonl_line(bytes: &[u8], path: &Path, line: u64) -> Result<RawDoc, SkipReason> {
    let text = std::str::from_utf8(bytes).map_err(|e| SkipReason::InvalidUtf8 { byte: e.valid_up_to() })?;
    let text = text.trim_matches(|c| matches!(c, ' ' | '\t' | '\r' | '\n'));
    if !text.starts_with('{') {
        return Err(SkipReason::MalformedJson(format!("expected a JSON object, found {}", json_kind(text))));
    }
    let rec: JsonlRecord = serde_json::from_str(text).map_err(|e| SkipReason::MalformedJson(e.to_string()))?;
    if let Some(name) = rec.repeated {
        return Err(SkipReason::MalformedJson(format!("field \"{name}\" is given twice")));
    }
    let doc_id = match rec.raw("id") {
        None => return Err(SkipReason::MalformedJson("missing field \"id\"".into())),
        // A number id keeps its exact text: 18446744073709551616 and ...617 stay apart.
        Some(raw) if json_kind(raw.get()) == "a number" => raw.get().to_string(),
        Some(raw) => match rec.string("id") {
            Ok(Some(s)) if !s.trim().is_empty() => s,
            Ok(_) => return Err(SkipReason::MalformedJson("field \"id\" is empty".into())),
            Err(_) => {
                return Err(SkipReason::MalformedJson(format!(
                    "field \"id\" must be a non-empty string or a number, not {}",
                    json_kind(raw.get())
                )))
            }
        },
    };
    let (text, html) = (rec.string("text")?, rec.string("html")?);
    let (title, published, lang) = (rec.string("title")?, rec.string("published")?, rec.string("lang")?);
    // Plain text wins when a dump carries both: it is what the publisher extracted.
    let (format, content) = match (text, html) {
        (Some(t), _) if !t.trim().is_empty() => (Format::Text, t),
        (_, Some(h)) if !h.trim().is_empty() => (Format::Html, h),
        (Some(_), _) | (_, Some(_)) => return Err(SkipReason::Empty),
        (None, None) => return Err(SkipReason::MalformedJson("needs a \"text\" or \"html\" field".into())),
    };
    Ok(RawDoc {
        doc_id,
        source: format!("{}#{}", path.display(), line),
        path: path.to_path_buf(),
        line: Some(line),
        format,
        content,
        title: title.filter(|t| !t.trim().is_empty()),
        published,
        lang,
        bytes: bytes.len() as u64,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn read_all(paths: &[PathBuf], limits: Limits) -> Vec<InputItem> {
        InputReader::new(paths, limits).collect()
    }

    fn docs(items: &[InputItem]) -> Vec<&RawDoc> {
        items.iter().filter_map(|i| if let InputItem::Doc(d) = i { Some(d) } else { None }).collect()
    }

    fn skips(items: &[InputItem]) -> Vec<&Skip> {
        items.iter().filter_map(|i| if let InputItem::Skipped(s) = i { Some(s) } else { None }).collect()
    }

    #[test]
    fn walks_folders_recursively_in_sorted_order_and_counts_foreign_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("b.txt"), "Second.").unwrap();
        std::fs::write(dir.path().join("a.md"), "# First").unwrap();
        std::fs::write(dir.path().join("sub/c.html"), "<p>Third</p>").unwrap();
        std::fs::write(dir.path().join("image.png"), "png").unwrap();
        let items = read_all(&[dir.path().to_path_buf()], Limits::default());
        let ids: Vec<_> = docs(&items).iter().map(|d| d.doc_id.clone()).collect();
        assert_eq!(ids, ["a", "b", "sub/c"]);
        assert_eq!(items.iter().filter(|i| matches!(i, InputItem::Ignored(_))).count(), 1);
    }

    #[test]
    fn jsonl_lines_stream_with_line_numbers_and_bad_lines_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dump.jsonl");
        let mut f = File::create(&path).unwrap();
        writeln!(f, r#"{{"id": "d1", "text": "Hello world.", "lang": "en"}}"#).unwrap();
        writeln!(f, r#"{{"id": "d2", "text": "broken"#).unwrap();
        writeln!(f).unwrap();
        writeln!(f, r#"{{"id": 7, "html": "<p>Hi</p>", "published": "2025-11-03"}}"#).unwrap();
        writeln!(f, r#"{{"text": "no id"}}"#).unwrap();
        writeln!(f, r#"{{"id": "d1", "text": "again"}}"#).unwrap();
        drop(f);
        let items = read_all(std::slice::from_ref(&path), Limits::default());
        let d = docs(&items);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].source, format!("{}#1", path.display()));
        assert_eq!((d[1].doc_id.as_str(), d[1].format), ("7", Format::Html));
        assert_eq!(d[1].published.as_deref(), Some("2025-11-03"));
        let s = skips(&items);
        assert_eq!(s.iter().map(|s| s.line).collect::<Vec<_>>(), [Some(2), Some(5), Some(6)]);
        assert!(matches!(s[0].reason, SkipReason::MalformedJson(_)));
        assert!(s[1].to_string().contains("dump.jsonl:5: malformed JSONL line: missing field \"id\""));
        assert!(matches!(s[2].reason, SkipReason::DuplicateId { .. }));
    }

    #[test]
    fn binary_empty_and_too_large_files_are_skipped_and_latin1_is_decoded() {
        let dir = tempfile::tempdir().unwrap();
        let p = |n: &str| dir.path().join(n);
        std::fs::write(p("bin.txt"), [0x89, b'P', b'N', b'G', 0, 0, 1, 2]).unwrap();
        std::fs::write(p("latin1.txt"), b"Caf\xe9 au lait").unwrap();
        std::fs::write(p("empty.txt"), "  \n\t\n").unwrap();
        std::fs::write(p("big.txt"), "x".repeat(2000)).unwrap();
        std::fs::write(p("ok.txt"), "\u{feff}Fine.").unwrap();
        let items = read_all(&[dir.path().to_path_buf()], Limits { max_doc_bytes: 1000 });
        let reasons: Vec<_> =
            skips(&items).iter().map(|s| (s.path.file_name().unwrap().to_owned(), s.reason.clone())).collect();
        assert_eq!(
            reasons,
            [
                ("big.txt".into(), SkipReason::TooLarge { bytes: 2000, limit: 1000 }),
                ("bin.txt".into(), SkipReason::Binary),
                ("empty.txt".into(), SkipReason::Empty),
            ]
        );
        let contents: Vec<_> = docs(&items).iter().map(|d| d.content.as_str()).collect();
        assert_eq!(contents, ["Café au lait", "Fine."]);
    }

    #[test]
    fn missing_and_foreign_files_named_on_the_command_line_are_skips() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("x.pdf"), "%PDF").unwrap();
        let items = read_all(&[dir.path().join("nope.txt"), dir.path().join("x.pdf")], Limits::default());
        let s = skips(&items);
        assert!(matches!(&s[0].reason, SkipReason::Unreadable(_)), "{:?}", s[0]);
        assert_eq!(s[1].reason, SkipReason::UnsupportedExtension);
    }

    fn write_jsonl(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn messages(items: &[InputItem]) -> Vec<String> {
        skips(items).iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn folder_doc_ids_are_relative_paths_so_two_index_pages_differ() {
        let dir = tempfile::tempdir().unwrap();
        for day in ["2026-03-01", "2026-03-02"] {
            std::fs::create_dir(dir.path().join(day)).unwrap();
            std::fs::write(dir.path().join(day).join("index.html"), format!("<p>News of {day}.</p>")).unwrap();
        }
        std::fs::write(dir.path().join("flat.txt"), "Flat.").unwrap();
        let items = read_all(&[dir.path().to_path_buf()], Limits::default());
        let ids: Vec<_> = docs(&items).iter().map(|d| d.doc_id.as_str()).collect();
        assert_eq!(ids, ["2026-03-01/index", "2026-03-02/index", "flat"]);
        assert!(skips(&items).is_empty(), "{:?}", skips(&items));
        // A file named directly gets its stem; the same file (or folder) twice is a duplicate.
        let page = dir.path().join("2026-03-01/index.html");
        let items = read_all(&[page.clone(), page.clone()], Limits::default());
        assert_eq!(docs(&items).iter().map(|d| d.doc_id.as_str()).collect::<Vec<_>>(), ["index"]);
        assert!(matches!(skips(&items)[..], [Skip { reason: SkipReason::DuplicateId { .. }, .. }]));
        let items = read_all(&[dir.path().to_path_buf(), dir.path().to_path_buf()], Limits::default());
        assert_eq!((docs(&items).len(), skips(&items).len()), (3, 3));
    }

    #[test]
    fn a_bom_never_loses_the_first_jsonl_record() {
        let dir = tempfile::tempdir().unwrap();
        let record = |id: &str| format!(r#"{{"id": "{id}", "text": "Text {id}."}}"#);
        let bytes = format!("\u{feff}{}\n\u{feff}{}\n", record("first"), record("second"));
        let path = write_jsonl(dir.path(), "dump.jsonl", bytes.as_bytes());
        let items = read_all(&[path], Limits::default());
        assert!(skips(&items).is_empty(), "{:?}", messages(&items));
        assert_eq!(docs(&items).iter().map(|d| d.doc_id.as_str()).collect::<Vec<_>>(), ["first", "second"]);
        // Files of every format drop it too.
        for name in ["a.txt", "b.md", "c.html"] {
            std::fs::write(dir.path().join(name), "\u{feff}Body.").unwrap();
        }
        let items = read_all(&[dir.path().to_path_buf()], Limits::default());
        assert!(docs(&items).iter().all(|d| !d.content.contains('\u{feff}')));
        assert_eq!(docs(&items).len(), 5);
    }

    #[test]
    fn jsonl_arrays_and_wrong_typed_fields_are_skips_that_say_what_is_wrong() {
        let dir = tempfile::tempdir().unwrap();
        let lines = [
            r#"[1,2]"#,
            r#"["d1", "a text"]"#,
            r#"{"id": "d3", "text": "Fine.", "title": 5}"#,
            r#"{"id": true, "text": "Fine."}"#,
            r#"{"id": "d5", "text": ["no"]}"#,
            r#""just a string""#,
            r#"{"id": "d7", "text": "Fine.", "url": 7, "title": null}"#,
            r#"{"id": "d8", "text": "a", "id": "d9"}"#,
        ];
        let path = write_jsonl(dir.path(), "dump.jsonl", lines.join("\n").as_bytes());
        let items = read_all(&[path], Limits::default());
        assert_eq!(docs(&items).iter().map(|d| d.doc_id.as_str()).collect::<Vec<_>>(), ["d7"]);
        let m = messages(&items);
        let expected = [
            "dump.jsonl:1: malformed JSONL line: expected a JSON object, found an array",
            "dump.jsonl:2: malformed JSONL line: expected a JSON object, found an array",
            "dump.jsonl:3: malformed JSONL line: field \"title\" must be a string, not a number",
            "dump.jsonl:4: malformed JSONL line: field \"id\" must be a non-empty string or a number, not a boolean",
            "dump.jsonl:5: malformed JSONL line: field \"text\" must be a string, not an array",
            "dump.jsonl:6: malformed JSONL line: expected a JSON object, found a string",
            "dump.jsonl:8: malformed JSONL line: field \"id\" is given twice",
        ];
        assert_eq!(m.len(), expected.len(), "{m:#?}");
        for (m, e) in m.iter().zip(expected) {
            assert!(m.ends_with(e), "{m}\n  does not end with\n{e}");
        }
    }

    #[test]
    fn integer_ids_beyond_u64_keep_their_exact_text() {
        let dir = tempfile::tempdir().unwrap();
        let lines = [
            r#"{"id": 18446744073709551616, "text": "One."}"#,
            r#"{"id": 18446744073709551617, "text": "Two."}"#,
            r#"{"id":   -12 , "text": "Three."}"#,
            r#"{"id": 1.50, "text": "Four."}"#,
        ];
        let path = write_jsonl(dir.path(), "dump.jsonl", lines.join("\n").as_bytes());
        let items = read_all(&[path], Limits::default());
        assert!(skips(&items).is_empty(), "{:?}", messages(&items));
        let ids: Vec<_> = docs(&items).iter().map(|d| d.doc_id.as_str()).collect();
        assert_eq!(ids, ["18446744073709551616", "18446744073709551617", "-12", "1.50"]);
    }

    #[cfg(unix)]
    #[test]
    fn pipes_sockets_and_devices_in_folders_are_skipped_by_name_never_opened() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("good.txt"), "Good.").unwrap();
        let fifo = dir.path().join("pipe.txt");
        let made_fifo = std::process::Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success());
        let _socket = std::os::unix::net::UnixListener::bind(dir.path().join("socket.jsonl")).unwrap();
        std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.txt")).unwrap();
        std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero")).unwrap(); // foreign: ignored
        let items = read_all(&[dir.path().to_path_buf()], Limits::default());
        assert_eq!(docs(&items).iter().map(|d| d.doc_id.as_str()).collect::<Vec<_>>(), ["good"]);
        let mut expected = vec![
            "socket.jsonl: not a regular file (a socket): only regular files are read",
            "zero.txt: not a regular file (a character device): only regular files are read",
        ];
        if made_fifo {
            expected.insert(0, "pipe.txt: not a regular file (a named pipe (FIFO)): only regular files are read");
        }
        let m = messages(&items);
        assert_eq!(m.len(), expected.len(), "{m:#?}");
        for (m, e) in m.iter().zip(expected) {
            assert!(m.ends_with(e), "{m}");
        }
        assert!(skips(&items).iter().all(|s| s.reason.kind() == "not a regular file"));
        // Named directly, a device is refused too (a link to /dev/zero would never end).
        let items = read_all(&[dir.path().join("zero.txt")], Limits::default());
        assert!(matches!(skips(&items)[0].reason, SkipReason::NotRegularFile(_)));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_size_limit_holds_for_the_bytes_read_not_the_size_the_metadata_claims() {
        // /proc files claim to be empty and are not.
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("status.txt");
        std::os::unix::fs::symlink("/proc/self/status", &link).unwrap();
        assert_eq!(std::fs::metadata(&link).unwrap().len(), 0);
        let items = read_all(&[link], Limits { max_doc_bytes: 100 });
        assert_eq!(skips(&items)[0].reason, SkipReason::TooLarge { bytes: 101, limit: 100 });
    }

    #[test]
    fn a_jsonl_line_over_the_limit_is_never_held_in_memory_whole() {
        let long = format!("{}\n{{\"id\": \"next\", \"text\": \"Kept.\"}}\n", "x".repeat(10_000));
        let mut reader = BufReader::with_capacity(64, long.as_bytes());
        let mut buf = Vec::new();
        assert_eq!(read_line_bounded(&mut reader, &mut buf, 101).unwrap(), Some(10_000));
        assert_eq!(buf.len(), 101);
        assert_eq!(read_line_bounded(&mut reader, &mut buf, 101).unwrap(), Some(31));
        assert!(buf.starts_with(b"{\"id\"") && buf.ends_with(b"}"));
        assert_eq!(read_line_bounded(&mut reader, &mut buf, 101).unwrap(), None);
        // A last line without its newline is a line; an empty line is one too.
        let mut reader = BufReader::new(&b"\nlast"[..]);
        assert_eq!(read_line_bounded(&mut reader, &mut buf, 101).unwrap(), Some(0));
        assert_eq!(read_line_bounded(&mut reader, &mut buf, 101).unwrap(), Some(4));
        assert_eq!(read_line_bounded(&mut reader, &mut buf, 101).unwrap(), None);
        // Through the reader: the long line is a skip with its real size, the next is read.
        let dir = tempfile::tempdir().unwrap();
        let path = write_jsonl(dir.path(), "dump.jsonl", long.as_bytes());
        let items = read_all(&[path], Limits { max_doc_bytes: 100 });
        assert_eq!(skips(&items)[0].reason, SkipReason::TooLarge { bytes: 10_000, limit: 100 });
        assert_eq!(docs(&items)[0].doc_id, "next");
    }

    #[test]
    fn utf16_files_are_decoded_and_utf16_dumps_named() {
        let utf16 = |text: &str, le: bool, bom: bool| -> Vec<u8> {
            let units = bom.then_some(0xfeff).into_iter().chain(text.encode_utf16());
            units.flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() }).collect()
        };
        let dir = tempfile::tempdir().unwrap();
        let text = "Nordlicht zahlt 2,4 Mrd. € für VoltaCell.\n";
        std::fs::write(dir.path().join("a_le.txt"), utf16(text, true, true)).unwrap();
        std::fs::write(dir.path().join("b_be.md"), utf16(text, false, true)).unwrap();
        std::fs::write(dir.path().join("c_le_no_bom.html"), utf16("<p>Plain ASCII text.</p>", true, false)).unwrap();
        let mut bad = utf16("Half a pair: ", true, true);
        bad.extend(0xd800u16.to_le_bytes());
        std::fs::write(dir.path().join("d_bad.txt"), bad).unwrap();
        std::fs::write(dir.path().join("e_dump.jsonl"), utf16("{\"id\": \"x\", \"text\": \"t\"}\n", true, true))
            .unwrap();
        let items = read_all(&[dir.path().to_path_buf()], Limits::default());
        let contents: Vec<_> = docs(&items).iter().map(|d| d.content.as_str()).collect();
        assert_eq!(contents, [text, text, "<p>Plain ASCII text.</p>"]);
        let m = messages(&items);
        assert_eq!(m.len(), 2, "{m:#?}");
        assert!(m[0].ends_with("d_bad.txt: cannot decode the text: invalid UTF-16 LE (unpaired surrogate at byte 28)"));
        assert!(m[1].contains("e_dump.jsonl: cannot decode the text: this JSONL dump is UTF-16, not supported yet"));
    }

    fn gz(bytes: &[u8]) -> Vec<u8> {
        crate::warc::tests::gzip(bytes)
    }

    fn read_stats(paths: &[PathBuf], limits: Limits) -> (Vec<InputItem>, ReadStats) {
        let mut reader = InputReader::new(paths, limits);
        let items: Vec<_> = reader.by_ref().collect();
        (items, reader.stats().clone())
    }

    #[test]
    fn legacy_encodings_are_decoded_and_guesses_counted() {
        let dir = tempfile::tempdir().unwrap();
        let p = |n: &str| dir.path().join(n);
        // windows-1252, no declaration: `€` is 0x80.
        std::fs::write(
            p("a_cp1252.html"),
            b"<html><body><p>Das Caf\xe9 von Herrn M\xfcller verkaufte Kaffee f\xfcr 4 \x80 die Tasse, sagte er.</p></body></html>",
        )
        .unwrap();
        let ja = "トヨタ自動車は二〇二五年度の営業利益が前年比十二パーセント増の五兆円になる見通しだと発表した。";
        std::fs::write(p("b_sjis.txt"), encoding_rs::SHIFT_JIS.encode(ja).0).unwrap();
        let zh = "阿里巴巴集团周四表示，第三季度营收同比增长百分之八，达到二千三百亿元人民币。";
        std::fs::write(p("c_gb18030.txt"), encoding_rs::GB18030.encode(zh).0).unwrap();
        let declared = format!("<html><head><meta charset=\"shift_jis\"></head><body><p>{ja}</p></body></html>");
        std::fs::write(p("d_declared.html"), encoding_rs::SHIFT_JIS.encode(&declared).0).unwrap();
        let be: Vec<u8> = [0xfe, 0xff].into_iter().chain(ja.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        std::fs::write(p("e_utf16be.txt"), be).unwrap();
        // Declares UTF-8, is windows-1252: detection, counted as a wrong declaration too.
        std::fs::write(
            p("f_wrong.html"),
            b"<meta charset=\"utf-8\"><p>Gr\xfc\xdfe aus K\xf6ln: die Stra\xdfenbahn f\xe4hrt wieder \xfcber die Br\xfccke.</p>",
        )
        .unwrap();
        let (items, stats) = read_stats(&[dir.path().to_path_buf()], Limits::default());
        assert!(skips(&items).is_empty(), "{:?}", messages(&items));
        let d = docs(&items);
        assert!(
            d[0].content.contains("Das Café von Herrn Müller") && d[0].content.contains("4 € die"),
            "{}",
            d[0].content
        );
        assert_eq!(d[1].content, ja);
        assert_eq!(d[2].content, zh);
        assert_eq!(d[3].content, declared);
        assert_eq!(d[4].content, ja);
        assert!(d[5].content.contains("Grüße aus Köln"), "{}", d[5].content);
        assert_eq!(stats.guessed(), 4, "{stats:?}");
        assert_eq!(stats.guessed_encodings.get("windows-1252"), Some(&2), "{stats:?}");
        assert_eq!(stats.guessed_encodings.get("Shift_JIS"), Some(&1), "{stats:?}");
        assert_eq!(stats.wrong_declarations, 1);
        assert!(stats.guessed_examples[0].ends_with("a_cp1252.html (windows-1252)"), "{stats:?}");
    }

    #[test]
    fn gzip_documents_and_dumps_are_read_with_their_inner_format() {
        let dir = tempfile::tempdir().unwrap();
        let p = |n: &str| dir.path().join(n);
        std::fs::create_dir(p("a")).unwrap();
        std::fs::write(p("a/b.html.gz"), gz(b"<p>Zipped page.</p>")).unwrap();
        std::fs::write(p("c.txt.gz"), gz(b"Zipped text.")).unwrap();
        std::fs::write(p("d.md.gz"), gz(b"# Zipped")).unwrap();
        std::fs::write(p("e.htm.gz"), gz(&encoding_rs::WINDOWS_1252.encode("<p>Déjà vu, sagte Müller.</p>").0))
            .unwrap();
        std::fs::write(p("f.tar.gz"), gz(b"not ours")).unwrap();
        let lines = [
            r#"{"id": "g1", "text": "One."}"#,
            r#"{"id": "g2", "text": "broken"#,
            r#"{"id": "g3", "html": "<p>Three.</p>"}"#,
        ];
        std::fs::write(p("dump.jsonl.gz"), gz(lines.join("\n").as_bytes())).unwrap();
        let (items, stats) = read_stats(&[dir.path().to_path_buf()], Limits::default());
        let d = docs(&items);
        let ids: Vec<_> = d.iter().map(|d| d.doc_id.as_str()).collect();
        assert_eq!(ids, ["a/b", "c", "d", "g1", "g3", "e"]);
        assert_eq!((d[0].format, d[0].content.as_str()), (Format::Html, "<p>Zipped page.</p>"));
        assert_eq!((d[2].format, d[4].format), (Format::Markdown, Format::Html));
        assert_eq!(d[3].source, format!("{}#1", p("dump.jsonl.gz").display()));
        assert_eq!(d[5].content, "<p>Déjà vu, sagte Müller.</p>");
        assert_eq!(stats.guessed(), 1);
        let m = messages(&items);
        assert_eq!(m.len(), 1, "{m:#?}");
        assert!(m[0].contains("dump.jsonl.gz:2: malformed JSONL line"), "{}", m[0]);
        assert_eq!(items.iter().filter(|i| matches!(i, InputItem::Ignored(_))).count(), 1);
        // Named directly: the stem without both extensions.
        let items = read_all(&[p("a/b.html.gz")], Limits::default());
        assert_eq!(docs(&items)[0].doc_id, "b");
    }

    #[test]
    fn gzip_bombs_stop_at_the_limit_and_corrupt_gzip_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let p = |n: &str| dir.path().join(n);
        let bomb = gz(&vec![b'a'; 5_000_000]);
        assert!(bomb.len() < 20_000);
        std::fs::write(p("bomb.txt.gz"), &bomb).unwrap();
        std::fs::write(p("notgzip.html.gz"), b"<p>plain, not gzip</p>").unwrap();
        let page = gz(&b"<p>A page that is cut in the middle of its gzip stream.</p>".repeat(200));
        std::fs::write(p("truncated.html.gz"), &page[..page.len() / 2]).unwrap();
        let mut text = String::new();
        for i in 0..2000 {
            text.push_str(&format!(
                "{{\"id\": \"r{i}\", \"text\": \"Record number {i} of a long dump, with its own words {}.\"}}\n",
                i * 7919 % 1000
            ));
        }
        let dump = gz(text.as_bytes());
        std::fs::write(p("cut.jsonl.gz"), &dump[..dump.len() / 2]).unwrap();
        let (items, _) = read_stats(&[dir.path().to_path_buf()], Limits { max_doc_bytes: 1_000_000 });
        let m = messages(&items);
        assert_eq!(m.len(), 4, "{m:#?}");
        assert!(
            m[0].contains("bomb.txt.gz: decompresses to more than the 1.0 MB limit, stopped reading there"),
            "{}",
            m[0]
        );
        assert!(
            m[1].contains("cut.jsonl.gz:") && m[1].contains("corrupt compressed data: gzip data corrupt or truncated"),
            "{}",
            m[1]
        );
        assert!(m[1].contains("line(s) before are kept"), "{}", m[1]);
        assert!(m[2].contains("notgzip.html.gz: corrupt compressed data"), "{}", m[2]);
        assert!(m[3].contains("truncated.html.gz: corrupt compressed data"), "{}", m[3]);
        let kept = docs(&items).len();
        assert!(kept > 100 && kept < 2000, "records before the corruption are kept: {kept}");
        assert!(docs(&items).iter().enumerate().all(|(i, d)| d.doc_id == format!("r{i}")));
    }

    #[test]
    fn warc_archives_yield_html_responses_with_uuid_ids_and_uri_sources() {
        use crate::warc::tests::{record, response};
        let dir = tempfile::tempdir().unwrap();
        let mut members: Vec<Vec<u8>> = vec![
            record("warcinfo", "00000000-0000-4000-8000-000000000000", "", b"software: polyfact-test\r\n"),
            record(
                "request",
                "00000000-0000-4000-8000-000000000001",
                "https://news.example.de/a",
                b"GET /a HTTP/1.1\r\n\r\n",
            ),
            record(
                "response",
                "6f1c2c9e-0000-4000-8000-00000000000a",
                "https://news.example.de/a",
                &response("Content-Type: text/html; charset=utf-8\r\n", "<p>Müller zahlt 5 €.</p>".as_bytes()),
            ),
            record(
                "response",
                "6f1c2c9e-0000-4000-8000-00000000000b",
                "https://news.example.jp/b",
                &response("Content-Type: text/html; charset=Shift_JIS\r\nTransfer-Encoding: chunked\r\n", &{
                    let body = encoding_rs::SHIFT_JIS.encode("<p>売上高は三兆円。</p>").0;
                    let mut c = format!("{:x}\r\n", body.len()).into_bytes();
                    c.extend_from_slice(&body);
                    c.extend_from_slice(b"\r\n0\r\n\r\n");
                    c
                }),
            ),
            record(
                "response",
                "00000000-0000-4000-8000-000000000002",
                "https://news.example.de/x.jpg",
                &response("Content-Type: image/jpeg\r\n", b"\xff\xd8\xff\xe0"),
            ),
            record(
                "metadata",
                "00000000-0000-4000-8000-000000000003",
                "https://news.example.de/a",
                b"fetchTimeMs: 12\r\n",
            ),
        ];
        let last = record(
            "response",
            "6f1c2c9e-0000-4000-8000-00000000000c",
            "https://news.example.de/c",
            &response("Content-Type: text/html\r\n", b"<p>Cut short.</p>"),
        );
        members.push(last[..last.len() - 10].to_vec());
        let plain: Vec<u8> = members.concat();
        let zipped: Vec<u8> = members.iter().flat_map(|m| gz(m)).collect();
        std::fs::write(dir.path().join("cc-news.warc"), &plain).unwrap();
        std::fs::write(dir.path().join("cc-news.warc.gz"), &zipped).unwrap();
        for name in ["cc-news.warc", "cc-news.warc.gz"] {
            let (items, stats) = read_stats(&[dir.path().join(name)], Limits::default());
            let d = docs(&items);
            let got: Vec<_> = d.iter().map(|d| (d.doc_id.as_str(), d.source.as_str(), d.line)).collect();
            assert_eq!(
                got,
                [
                    ("6f1c2c9e-0000-4000-8000-00000000000a", "https://news.example.de/a", Some(3)),
                    ("6f1c2c9e-0000-4000-8000-00000000000b", "https://news.example.jp/b", Some(4)),
                ],
                "{name}"
            );
            assert_eq!(d[0].content, "<p>Müller zahlt 5 €.</p>");
            assert_eq!(d[1].content, "<p>売上高は三兆円。</p>");
            assert!(d.iter().all(|d| d.format == Format::Html && d.published.is_none()));
            assert_eq!(stats.warc_ignored, 4, "{name}");
            assert_eq!(stats.guessed(), 0);
            let m = messages(&items);
            assert_eq!(m.len(), 1, "{m:#?}");
            assert!(m[0].contains(&format!("{name} (record 7): malformed WARC record: at byte")), "{}", m[0]);
            assert!(m[0].contains("truncated record"), "{}", m[0]);
        }
    }
}
