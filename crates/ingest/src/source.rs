//! Input discovery and reading: folders, files and streamed JSONL dumps.
//!
//! [`InputReader`] is an iterator over [`InputItem`]s in a deterministic order (paths sorted,
//! JSONL lines in file order). It never fails as a whole: every problem becomes a
//! [`Skip`] naming the file and line, and reading goes on.

use std::collections::{HashMap, VecDeque};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

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
    buf: Vec<u8>,
    total_bytes: u64,
}

enum Pending {
    File(PathBuf, Kind),
    Skip(Skip),
    Ignored(PathBuf),
}

impl InputReader {
    /// Walks `inputs` (files or folders, folders recursively in sorted order).
    pub fn new(inputs: &[PathBuf], limits: Limits) -> Self {
        let mut pending = VecDeque::new();
        for input in inputs {
            if input.is_dir() {
                let walker = walkdir::WalkDir::new(input).follow_links(true).sort_by_file_name();
                for entry in walker {
                    match entry {
                        Ok(e) if e.file_type().is_dir() => {}
                        Ok(e) => {
                            let path = e.into_path();
                            match kind_of(&path) {
                                Some(kind) => pending.push_back(Pending::File(path, kind)),
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
                match kind_of(input) {
                    Some(kind) => pending.push_back(Pending::File(input.clone(), kind)),
                    None if !input.exists() => pending.push_back(Pending::Skip(Skip {
                        path: input.clone(),
                        line: None,
                        reason: SkipReason::Unreadable("no such file or folder".into()),
                    })),
                    None => pending.push_back(Pending::Skip(Skip {
                        path: input.clone(),
                        line: None,
                        reason: SkipReason::UnsupportedExtension,
                    })),
                }
            }
        }
        let total_bytes = pending
            .iter()
            .map(|p| match p {
                Pending::File(path, _) => std::fs::metadata(path).map_or(0, |m| m.len()),
                _ => 0,
            })
            .sum();
        InputReader { pending, jsonl: None, limits, seen: HashMap::new(), buf: Vec::new(), total_bytes }
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

    fn read_file(&self, path: &Path, format: Format) -> Result<RawDoc, SkipReason> {
        let unreadable = |e: std::io::Error| SkipReason::Unreadable(e.to_string());
        let mut file = File::open(path).map_err(unreadable)?;
        let size = file.metadata().map_err(unreadable)?.len();
        if size > self.limits.max_doc_bytes {
            return Err(SkipReason::TooLarge { bytes: size, limit: self.limits.max_doc_bytes });
        }
        let mut bytes = Vec::with_capacity(size as usize);
        file.read_to_end(&mut bytes).map_err(unreadable)?;
        let content = decode_text(bytes)?;
        let doc_id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
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
            bytes: size,
        })
    }

    /// Next item of the open JSONL dump, or `None` at its end.
    fn next_jsonl(&mut self) -> Option<InputItem> {
        loop {
            let open = self.jsonl.as_mut()?;
            self.buf.clear();
            let read = open.reader.read_until(b'\n', &mut self.buf);
            open.line += 1;
            let (path, line) = (open.path.clone(), open.line);
            match read {
                Ok(0) => {
                    self.jsonl = None;
                    return None;
                }
                Ok(_) => {}
                Err(e) => {
                    // An I/O error mid-file ends this dump; lines read so far are kept.
                    self.jsonl = None;
                    return Some(Self::skip(&path, Some(line), SkipReason::Unreadable(e.to_string())));
                }
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue; // blank lines separate nothing in JSONL
            }
            if self.buf.len() as u64 > self.limits.max_doc_bytes {
                let reason = SkipReason::TooLarge { bytes: self.buf.len() as u64, limit: self.limits.max_doc_bytes };
                return Some(Self::skip(&path, Some(line), reason));
            }
            let item = match parse_jsonl_line(&self.buf, &path, line) {
                Ok(doc) => self.dedupe(doc),
                Err(reason) => Self::skip(&path, Some(line), reason),
            };
            return Some(item);
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
                Pending::File(path, Kind::Jsonl) => match File::open(&path) {
                    Ok(file) => {
                        self.jsonl = Some(OpenJsonl { path, reader: BufReader::with_capacity(1 << 16, file), line: 0 })
                    }
                    Err(e) => return Some(Self::skip(&path, None, SkipReason::Unreadable(e.to_string()))),
                },
                Pending::File(path, Kind::Document(format)) => {
                    return Some(match self.read_file(&path, format) {
                        Ok(doc) => self.dedupe(doc),
                        Err(reason) => Self::skip(&path, None, reason),
                    })
                }
            }
        }
    }
}

/// Bytes to text: refuses binary data and invalid UTF-8, drops a BOM, refuses blank text.
fn decode_text(bytes: Vec<u8>) -> Result<String, SkipReason> {
    if looks_binary(&bytes) {
        return Err(SkipReason::Binary);
    }
    let mut text =
        String::from_utf8(bytes).map_err(|e| SkipReason::InvalidUtf8 { byte: e.utf8_error().valid_up_to() })?;
    if text.starts_with('\u{feff}') {
        text.drain(..3);
    }
    if text.trim().is_empty() {
        return Err(SkipReason::Empty);
    }
    Ok(text)
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

#[derive(Deserialize)]
/// A dump line; other fields (`url`, ...) are accepted and ignored: nothing downstream uses them.
struct JsonlRecord {
    id: Option<serde_json::Value>,
    text: Option<String>,
    html: Option<String>,
    title: Option<String>,
    published: Option<String>,
    lang: Option<String>,
}

fn parse_jsonl_line(bytes: &[u8], path: &Path, line: u64) -> Result<RawDoc, SkipReason> {
    let text = std::str::from_utf8(bytes).map_err(|e| SkipReason::InvalidUtf8 { byte: e.valid_up_to() })?;
    let rec: JsonlRecord = serde_json::from_str(text.trim()).map_err(|e| SkipReason::MalformedJson(e.to_string()))?;
    let doc_id = match rec.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(_) => return Err(SkipReason::MalformedJson("\"id\" must be a non-empty string or a number".into())),
        None => return Err(SkipReason::MalformedJson("missing field \"id\"".into())),
    };
    // Plain text wins when a dump carries both: it is what the publisher extracted.
    let (format, content) = match (rec.text, rec.html) {
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
        title: rec.title.filter(|t| !t.trim().is_empty()),
        published: rec.published,
        lang: rec.lang,
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
        assert_eq!(ids, ["a", "b", "c"]);
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
}
