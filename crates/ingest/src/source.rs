//! Input discovery and reading: folders, files and streamed JSONL dumps.
//!
//! [`InputReader`] is an iterator over [`InputItem`]s in a deterministic order (paths sorted,
//! JSONL lines in file order). It never fails as a whole: every problem becomes a
//! [`Skip`] naming the file and line, and reading goes on.

use std::collections::{HashMap, VecDeque};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Component, Path, PathBuf};

use serde::de;
use serde::Deserialize;
use serde_json::value::RawValue;

use crate::error::{Skip, SkipReason};

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Document(Format),
    Jsonl,
}

fn kind_of(path: &Path) -> Option<Kind> {
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("ndjson")) {
        return Some(Kind::Jsonl);
    }
    Format::from_path(path).map(Kind::Document)
}

struct OpenJsonl {
    path: PathBuf,
    reader: BufReader<File>,
    line: u64,
}

/// Streams every input under the given paths.
pub struct InputReader {
    pending: VecDeque<Pending>,
    jsonl: Option<OpenJsonl>,
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

/// The doc_id of a file named on the command line: its stem.
fn file_doc_id(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
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

    fn read_file(&self, path: &Path, format: Format, doc_id: String) -> Result<RawDoc, SkipReason> {
        let unreadable = |e: std::io::Error| SkipReason::Unreadable(e.to_string());
        let limit = self.limits.max_doc_bytes;
        let file = File::open(path).map_err(unreadable)?;
        let size = file.metadata().map_err(unreadable)?.len();
        if size > limit {
            return Err(SkipReason::TooLarge { bytes: size, limit });
        }
        // The metadata can be wrong (a growing file, a pipe, /proc): never read more than the
        // limit plus one byte, whatever it says.
        let mut bytes = Vec::with_capacity(size.min(limit) as usize + 1);
        file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(unreadable)?;
        let read = bytes.len() as u64;
        if read > limit {
            return Err(SkipReason::TooLarge { bytes: read.max(size), limit });
        }
        let content = decode_text(bytes)?;
        Ok(RawDoc {
            doc_id,
            source: path.display().to_string(),
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
                    // An I/O error mid-file ends this dump; lines read so far are kept.
                    self.jsonl = None;
                    return Some(Self::skip(&path, Some(line), SkipReason::Unreadable(e.to_string())));
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
fn read_line_bounded(reader: &mut impl BufRead, buf: &mut Vec<u8>, keep: u64) -> std::io::Result<Option<u64>> {
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
            match self.pending.pop_front()? {
                Pending::Skip(skip) => return Some(InputItem::Skipped(skip)),
                Pending::Ignored(path) => return Some(InputItem::Ignored(path)),
                Pending::File { path, kind, doc_id } => {
                    if let Err(reason) = self.first_reading(&path) {
                        return Some(Self::skip(&path, None, reason));
                    }
                    match kind {
                        Kind::Jsonl => match File::open(&path) {
                            Ok(file) => {
                                let reader = BufReader::with_capacity(1 << 16, file);
                                self.jsonl = Some(OpenJsonl { path, reader, line: 0 })
                            }
                            Err(e) => return Some(Self::skip(&path, None, SkipReason::Unreadable(e.to_string()))),
                        },
                        Kind::Document(format) => {
                            return Some(match self.read_file(&path, format, doc_id) {
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

/// Bytes to text: UTF-8 (a BOM dropped) or UTF-16 (with a BOM, or ASCII-range text without
/// one) decoded; refuses binary data, invalid UTF-8 and blank text.
fn decode_text(bytes: Vec<u8>) -> Result<String, SkipReason> {
    let text = if let Some(little_endian) = utf16_order(&bytes) {
        let text = decode_utf16(&bytes, little_endian)?;
        if looks_binary(text.as_bytes()) {
            return Err(SkipReason::Binary);
        }
        text
    } else {
        if looks_binary(&bytes) {
            return Err(SkipReason::Binary);
        }
        let mut text =
            String::from_utf8(bytes).map_err(|e| SkipReason::InvalidUtf8 { byte: e.utf8_error().valid_up_to() })?;
        if text.starts_with('\u{feff}') {
            text.drain(..3);
        }
        text
    };
    if text.trim().is_empty() {
        return Err(SkipReason::Empty);
    }
    Ok(text)
}

/// `Some(true)` for UTF-16 LE, `Some(false)` for UTF-16 BE: a byte order mark, or (without
/// one) text whose every other byte is zero, as ASCII-range text in UTF-16 is.
fn utf16_order(bytes: &[u8]) -> Option<bool> {
    match bytes {
        [0xff, 0xfe, ..] => return Some(true),
        [0xfe, 0xff, ..] => return Some(false),
        _ => {}
    }
    let head = &bytes[..bytes.len().min(8192) & !1];
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let count = |zero: usize| head.chunks_exact(2).filter(|p| p[zero] == 0 && p[1 - zero] != 0).count();
    if count(1) * 10 >= pairs * 9 {
        Some(true)
    } else if count(0) * 10 >= pairs * 9 {
        Some(false)
    } else {
        None
    }
}

/// Whether a JSONL dump's first line is UTF-16 (see [`utf16_order`]).
fn looks_utf16(line: &[u8]) -> bool {
    utf16_order(line).is_some()
}

fn decode_utf16(bytes: &[u8], little_endian: bool) -> Result<String, SkipReason> {
    let order = if little_endian { "LE" } else { "BE" };
    if bytes.len() & 1 == 1 {
        return Err(SkipReason::Encoding(format!("UTF-16 {order} text with an odd number of bytes")));
    }
    let units = bytes.chunks_exact(2).map(|p| {
        let pair = [p[0], p[1]];
        if little_endian {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    let mut text = String::with_capacity(bytes.len());
    let mut at = 0; // code units decoded so far
    for unit in char::decode_utf16(units) {
        match unit {
            Ok(c) => {
                text.push(c);
                at += c.len_utf16();
            }
            Err(_) => {
                let byte = at * 2;
                return Err(SkipReason::Encoding(format!(
                    "invalid UTF-16 {order} (unpaired surrogate at byte {byte})"
                )));
            }
        }
    }
    Ok(text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text))
}

/// NUL bytes, or more than 10% control bytes, in the first 8 KiB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)).count();
    !head.is_empty() && controls * 10 > head.len()
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
    fn binary_invalid_utf8_empty_and_too_large_files_are_skipped() {
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
                ("latin1.txt".into(), SkipReason::InvalidUtf8 { byte: 3 }),
            ]
        );
        assert_eq!(docs(&items)[0].content, "Fine.");
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
}
