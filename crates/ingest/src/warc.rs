//! A small streaming WARC reader (ISO 28500; the format of Common Crawl's CC-NEWS).
//!
//! Records are read one at a time from any [`BufRead`] (a `.warc.gz` is a concatenation of
//! gzip members, one per record: the caller wraps the file in a `MultiGzDecoder`). Memory is
//! bounded: a record that is not kept is read past without being held, an HTML response is held
//! only up to the document size limit. A malformed record is reported and reading resumes at
//! the next `WARC/` version line; a truncated record ends the archive. Nothing read before is
//! lost.
//!
//! Written here rather than taken from the `warc` crate (0.4): that crate decompresses through
//! `libflate` instead of the `flate2` this crate already uses, and its iterator stops at the
//! first malformed record instead of resynchronizing, which a crawl archive needs.

use std::io::{self, BufRead, Read};

use flate2::read::{GzDecoder, ZlibDecoder};

use crate::error::SkipReason;

/// Longest header line kept (a longer one is read past and cut).
const MAX_LINE: u64 = 64 << 10;
/// Most header lines in one record or HTTP response.
const MAX_HEADERS: usize = 256;
/// How much of a response block is read to find its HTTP header.
const HTTP_HEAD: usize = 64 << 10;

/// An HTML page from a `response` record, ready to decode.
#[derive(Debug)]
pub struct WarcPage {
    /// The uuid of `WARC-Record-ID` (`<urn:uuid:...>` without the brackets and prefix).
    pub record_id: String,
    pub target_uri: Option<String>,
    /// 1-based record number in the archive.
    pub number: u64,
    /// The body, de-chunked and decompressed.
    pub body: Vec<u8>,
    /// The charset of the HTTP `Content-Type`, if any.
    pub charset: Option<String>,
    /// Bytes of the record block.
    pub block_bytes: u64,
}

/// One step of reading an archive.
#[derive(Debug)]
pub enum WarcItem {
    Page(WarcPage),
    /// A record that is not an HTML page: `warcinfo`, `request`, `metadata`, `resource`,
    /// `revisit`, a non-HTML or non-200 response.
    Ignored,
    /// A record (number, or the damaged stretch after it) that could not be read.
    Skip {
        number: u64,
        reason: SkipReason,
    },
}

/// A reader that counts the bytes consumed, for record offsets.
struct Counted<R> {
    inner: R,
    pos: u64,
}

impl<R: BufRead> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counted<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        self.pos += amt as u64;
        self.inner.consume(amt);
    }
}

pub struct WarcReader<R> {
    input: Counted<R>,
    /// Records started so far.
    number: u64,
    done: bool,
    /// A version line already read (while resynchronizing) and its offset.
    pending_version: Option<u64>,
    /// The last record could not be delimited (no Content-Length): its block is read past
    /// without a second report.
    quiet_resync: bool,
    max_doc_bytes: u64,
    /// Whether the stream is gzip-compressed (for the wording of read errors).
    compressed: bool,
    line: Vec<u8>,
}

fn trim_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

fn malformed(at: u64, message: impl std::fmt::Display) -> SkipReason {
    SkipReason::MalformedWarc(format!("at byte {at}: {message}"))
}

impl<R: BufRead> WarcReader<R> {
    pub fn new(input: R, max_doc_bytes: u64, compressed: bool) -> Self {
        WarcReader {
            input: Counted { inner: input, pos: 0 },
            number: 0,
            done: false,
            pending_version: None,
            quiet_resync: false,
            max_doc_bytes,
            compressed,
            line: Vec::new(),
        }
    }

    fn read_error(&mut self, e: io::Error) -> SkipReason {
        self.done = true;
        let at = self.input.pos;
        if self.compressed {
            SkipReason::Corrupt(format!(
                "gzip data corrupt or truncated at decompressed byte {at} ({e}); the records before are kept"
            ))
        } else {
            SkipReason::Unreadable(format!("at byte {at}: {e}"))
        }
    }

    /// The next line (without `\r\n`) into `self.line`; `None` at the end of the input.
    fn next_line(&mut self) -> io::Result<Option<()>> {
        Ok(crate::source::read_line_bounded(&mut self.input, &mut self.line, MAX_LINE)?.map(|_| ()))
    }

    /// Reads `n` bytes into `buf` (appending); the number read is less at the end of input.
    fn read_into(&mut self, buf: &mut Vec<u8>, n: u64) -> io::Result<u64> {
        (&mut self.input).take(n).read_to_end(buf).map(|r| r as u64)
    }

    fn discard(&mut self, n: u64) -> io::Result<u64> {
        io::copy(&mut (&mut self.input).take(n), &mut io::sink())
    }

    /// A record cut short by the end of the input: reported, and the archive ends.
    fn truncated(&mut self, start: u64, length: u64, got: u64) -> WarcItem {
        self.done = true;
        let message = if length == 0 {
            "truncated record: the input ends inside its header".to_string()
        } else {
            format!("truncated record: Content-Length is {length} bytes, the input ends after {got}")
        };
        WarcItem::Skip { number: self.number, reason: malformed(start, message) }
    }

    /// The next item, or `None` at the end of the archive.
    pub fn next_item(&mut self) -> Option<WarcItem> {
        if self.done {
            return None;
        }
        // 1. The version line; anything else before it is damage, skipped with one report.
        let start = match self.pending_version.take() {
            Some(at) => at,
            None => {
                let mut damaged_from = None;
                loop {
                    let at = self.input.pos;
                    match self.next_line() {
                        Ok(Some(())) => {}
                        Ok(None) => {
                            self.done = true;
                            return damaged_from.map(|from| WarcItem::Skip {
                                number: self.number + 1,
                                reason: malformed(from, "no WARC record where one should start, up to the end"),
                            });
                        }
                        Err(e) => return Some(WarcItem::Skip { number: self.number + 1, reason: self.read_error(e) }),
                    }
                    let line = trim_cr(&self.line);
                    if line.starts_with(b"WARC/") {
                        self.quiet_resync = false;
                        if let Some(from) = damaged_from {
                            self.pending_version = Some(at);
                            let reason = malformed(
                                from,
                                format!("no WARC record where one should start; reading resumes at byte {at}"),
                            );
                            return Some(WarcItem::Skip { number: self.number + 1, reason });
                        }
                        break at;
                    }
                    if !self.quiet_resync && !line.iter().all(u8::is_ascii_whitespace) {
                        damaged_from.get_or_insert(at);
                    }
                }
            }
        };
        self.number += 1;
        // 2. The header block, up to an empty line.
        let mut headers: Vec<(String, String)> = Vec::new();
        loop {
            match self.next_line() {
                Ok(Some(())) => {}
                Ok(None) => return Some(self.truncated(start, 0, 0)),
                Err(e) => return Some(WarcItem::Skip { number: self.number, reason: self.read_error(e) }),
            }
            let line = trim_cr(&self.line);
            if line.is_empty() {
                break;
            }
            if headers.len() >= MAX_HEADERS {
                let reason = malformed(start, format!("more than {MAX_HEADERS} header lines"));
                self.quiet_resync = true;
                return Some(WarcItem::Skip { number: self.number, reason });
            }
            let line = String::from_utf8_lossy(line);
            if let Some((name, value)) = line.split_once(':') {
                headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
            }
        }
        let get = |name: &str| headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
        let Some(length) = get("content-length").and_then(|v| v.parse::<u64>().ok()) else {
            // Without a length the block cannot be delimited: resynchronize on the next record.
            let reason = malformed(start, "record without a valid Content-Length");
            self.quiet_resync = true;
            return Some(WarcItem::Skip { number: self.number, reason });
        };
        let kind = get("warc-type").unwrap_or("").to_ascii_lowercase();
        let record_id = get("warc-record-id").map(record_uuid);
        let target_uri = get("warc-target-uri").map(|u| u.trim_matches(|c| c == '<' || c == '>').to_string());
        // 3. The block.
        if kind != "response" {
            return Some(match self.discard(length) {
                Ok(got) if got < length => self.truncated(start, length, got),
                Ok(_) => WarcItem::Ignored,
                Err(e) => WarcItem::Skip { number: self.number, reason: self.read_error(e) },
            });
        }
        let mut block = Vec::new();
        let head_len = length.min(HTTP_HEAD as u64);
        match self.read_into(&mut block, head_len) {
            Ok(got) if got < head_len => return Some(self.truncated(start, length, got)),
            Ok(_) => {}
            Err(e) => return Some(WarcItem::Skip { number: self.number, reason: self.read_error(e) }),
        }
        let http = parse_http_head(&block);
        let keep = http.as_ref().is_some_and(|h| h.status == 200 && h.is_html());
        let body_len = length - http.as_ref().map_or(0, |h| h.header_len as u64);
        let too_large = keep && body_len > self.max_doc_bytes;
        if !keep || too_large {
            let rest = length - head_len;
            return Some(match self.discard(rest) {
                Ok(got) if got < rest => self.truncated(start, length, head_len + got),
                Ok(_) if too_large => WarcItem::Skip {
                    number: self.number,
                    reason: SkipReason::TooLarge { bytes: body_len, limit: self.max_doc_bytes },
                },
                Ok(_) => WarcItem::Ignored,
                Err(e) => WarcItem::Skip { number: self.number, reason: self.read_error(e) },
            });
        }
        let rest = length - head_len;
        match self.read_into(&mut block, rest) {
            Ok(got) if got < rest => return Some(self.truncated(start, length, head_len + got)),
            Ok(_) => {}
            Err(e) => return Some(WarcItem::Skip { number: self.number, reason: self.read_error(e) }),
        }
        let http = http.expect("kept responses have an HTTP head");
        let Some(record_id) = record_id.filter(|id| !id.is_empty()) else {
            let reason = malformed(start, "response record without a WARC-Record-ID");
            return Some(WarcItem::Skip { number: self.number, reason });
        };
        let body = match http.body(&block[http.header_len..], self.max_doc_bytes) {
            Ok(body) => body,
            Err(reason) => return Some(WarcItem::Skip { number: self.number, reason }),
        };
        Some(WarcItem::Page(WarcPage {
            record_id,
            target_uri,
            number: self.number,
            body,
            charset: http.charset,
            block_bytes: length,
        }))
    }
}

/// `<urn:uuid:0b0e...>` -> `0b0e...`; another URI is kept as written, brackets removed.
fn record_uuid(id: &str) -> String {
    let id = id.trim().trim_start_matches('<').trim_end_matches('>').trim();
    match id.get(..9) {
        Some(prefix) if prefix.eq_ignore_ascii_case("urn:uuid:") => id[9..].to_string(),
        _ => id.to_string(),
    }
}

/// The parts of an HTTP response head polyfact uses.
#[derive(Debug)]
struct HttpHead {
    status: u16,
    media_type: String,
    charset: Option<String>,
    chunked: bool,
    content_encoding: Option<String>,
    /// Bytes of the status line and headers, blank line included.
    header_len: usize,
}

impl HttpHead {
    fn is_html(&self) -> bool {
        matches!(self.media_type.as_str(), "text/html" | "application/xhtml+xml")
    }

    /// The body as the page's bytes: de-chunked, and decompressed where the header says so and
    /// the bytes agree (crawlers often store the decoded body under the original headers).
    fn body(&self, raw: &[u8], limit: u64) -> Result<Vec<u8>, SkipReason> {
        let dechunked;
        let raw = if self.chunked {
            match dechunk(raw) {
                Some(body) => {
                    dechunked = body;
                    &dechunked[..]
                }
                None => raw,
            }
        } else {
            raw
        };
        let encoding = self.content_encoding.as_deref().unwrap_or("identity");
        let mut out = Vec::new();
        let result = match encoding {
            "gzip" | "x-gzip" if raw.starts_with(&[0x1f, 0x8b]) => {
                GzDecoder::new(raw).take(limit + 1).read_to_end(&mut out)
            }
            "deflate" if raw.first().is_some_and(|b| (b & 0x0f) == 8) => {
                ZlibDecoder::new(raw).take(limit + 1).read_to_end(&mut out)
            }
            "gzip" | "x-gzip" | "deflate" | "identity" | "none" | "" => return Ok(raw.to_vec()),
            // Stored decoded under its original header.
            _ if !crate::decode::looks_binary(raw) => return Ok(raw.to_vec()),
            other => return Err(SkipReason::Encoding(format!("HTTP Content-Encoding {other} is not supported"))),
        };
        match result {
            Ok(_) if out.len() as u64 > limit => Err(SkipReason::TooLargeDecompressed { limit }),
            Ok(_) => Ok(out),
            Err(e) => Err(SkipReason::Corrupt(format!("the HTTP body's {encoding} data is corrupt ({e})"))),
        }
    }
}

fn parse_http_head(block: &[u8]) -> Option<HttpHead> {
    // The head ends at `\n\n` or `\n\r\n`.
    let end = block.iter().enumerate().filter(|(_, &b)| b == b'\n').find_map(|(p, _)| match block.get(p + 1) {
        Some(b'\n') => Some(p + 2),
        Some(b'\r') if block.get(p + 2) == Some(&b'\n') => Some(p + 3),
        _ => None,
    })?;
    let head = String::from_utf8_lossy(&block[..end]);
    let mut lines = head.lines();
    let status_line = lines.next()?;
    let mut parts = status_line.split_whitespace();
    if !parts.next()?.starts_with("HTTP/") {
        return None;
    }
    let status = parts.next()?.parse().ok()?;
    let mut http = HttpHead {
        status,
        media_type: String::new(),
        charset: None,
        chunked: false,
        content_encoding: None,
        header_len: end,
    };
    for line in lines.take(MAX_HEADERS) {
        let Some((name, value)) = line.split_once(':') else { continue };
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => {
                http.media_type = value.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
                http.charset = crate::decode::charset_param(value);
            }
            "transfer-encoding" => http.chunked = value.to_ascii_lowercase().contains("chunked"),
            "content-encoding" => http.content_encoding = Some(value.to_ascii_lowercase()),
            _ => {}
        }
    }
    Some(http)
}

/// A chunked body's data; `None` when `raw` does not start with a chunk size line (stored
/// already de-chunked). A body cut short keeps the chunks read.
fn dechunk(raw: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    let mut first = true;
    loop {
        let line_end = raw[i..].iter().position(|&b| b == b'\n').map(|p| i + p);
        let size = line_end.and_then(|end| {
            let line = String::from_utf8_lossy(&raw[i..end]);
            let hex = line.split(';').next().unwrap_or("").trim();
            (!hex.is_empty() && hex.len() <= 15).then(|| usize::from_str_radix(hex, 16).ok()).flatten()
        });
        let (Some(size), Some(end)) = (size, line_end) else {
            return if first { None } else { Some(out) };
        };
        first = false;
        if size == 0 {
            return Some(out);
        }
        let data = end + 1;
        let stop = data.saturating_add(size).min(raw.len());
        out.extend_from_slice(&raw[data..stop]);
        if stop < data.saturating_add(size) {
            return Some(out);
        }
        i = stop;
        if raw[i..].starts_with(b"\r\n") {
            i += 2;
        } else if raw[i..].starts_with(b"\n") {
            i += 1;
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;

    /// A WARC record with the given type, id, uri and block.
    pub fn record(kind: &str, id: &str, uri: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: {uri}\r\n\
             WARC-Date: 2025-11-03T10:00:00Z\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    pub fn response(headers: &str, body: &[u8]) -> Vec<u8> {
        let mut b = format!("HTTP/1.1 200 OK\r\n{headers}\r\n").into_bytes();
        b.extend_from_slice(body);
        b
    }

    pub fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    fn items(bytes: &[u8]) -> Vec<WarcItem> {
        let mut r = WarcReader::new(bytes, 1_000_000, false);
        std::iter::from_fn(|| r.next_item()).collect()
    }

    #[test]
    fn reads_html_responses_and_ignores_the_rest() {
        let html = b"<html><p>Hello.</p></html>";
        let mut warc = record("warcinfo", "00000000-0000-0000-0000-000000000000", "", b"software: test\r\n");
        warc.extend(record("request", "r1", "https://a.example/1", b"GET /1 HTTP/1.1\r\n\r\n"));
        warc.extend(record(
            "response",
            "11111111-1111-1111-1111-111111111111",
            "https://a.example/1",
            &response("Content-Type: text/html; charset=ISO-8859-1\r\n", html),
        ));
        warc.extend(record(
            "response",
            "i1",
            "https://a.example/x.jpg",
            &response("Content-Type: image/jpeg\r\n", b"\xff\xd8"),
        ));
        let chunked = b"7\r\n<p>Chun\r\n7\r\nked.</p\r\n1\r\n>\r\n0\r\n\r\n";
        warc.extend(record(
            "response",
            "22222222-2222-2222-2222-222222222222",
            "https://a.example/2",
            &response("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", chunked),
        ));
        warc.extend(record(
            "response",
            "33333333-3333-3333-3333-333333333333",
            "https://a.example/3",
            &response("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", &gzip(b"<p>Zipped.</p>")),
        ));
        let mut moved = response("Content-Type: text/html\r\n", b"moved");
        moved.splice(9..12, *b"301");
        warc.extend(record("response", "44", "https://a.example/4", &moved));
        let all = items(&warc);
        let pages: Vec<_> = all.iter().filter_map(|i| if let WarcItem::Page(p) = i { Some(p) } else { None }).collect();
        assert_eq!(pages.len(), 3, "{all:?}");
        assert_eq!(pages[0].record_id, "11111111-1111-1111-1111-111111111111");
        assert_eq!(pages[0].target_uri.as_deref(), Some("https://a.example/1"));
        assert_eq!((pages[0].body.as_slice(), pages[0].charset.as_deref()), (&html[..], Some("ISO-8859-1")));
        assert_eq!(pages[1].body, b"<p>Chunked.</p>");
        assert_eq!(pages[2].body, b"<p>Zipped.</p>");
        assert_eq!(all.iter().filter(|i| matches!(i, WarcItem::Ignored)).count(), 4);
        assert_eq!(pages.iter().map(|p| p.number).collect::<Vec<_>>(), [3, 5, 6]);
    }

    #[test]
    fn damage_is_reported_and_reading_resumes_at_the_next_record() {
        let page = |id: &str| {
            record("response", id, "https://b.example/", &response("Content-Type: text/html\r\n", b"<p>x</p>"))
        };
        let mut warc = page("a1");
        warc.extend(b"garbage that is no record\r\nmore\r\n");
        warc.extend(page("a2"));
        // A record whose Content-Length is missing.
        warc.extend(b"WARC/1.0\r\nWARC-Type: response\r\n\r\n<p>lost</p>\r\n\r\n");
        warc.extend(page("a3"));
        // A truncated last record.
        let last = page("a4");
        warc.extend(&last[..last.len() - 12]);
        let all = items(&warc);
        let summary: Vec<String> = all
            .iter()
            .map(|i| match i {
                WarcItem::Page(p) => format!("page {}", p.record_id),
                WarcItem::Ignored => "ignored".into(),
                WarcItem::Skip { number, reason } => format!("skip {number}: {reason}"),
            })
            .collect();
        assert_eq!(summary.len(), 6, "{summary:#?}");
        assert_eq!(summary[0], "page a1");
        assert!(summary[1].starts_with("skip 2: malformed WARC record: at byte"), "{}", summary[1]);
        assert!(summary[1].contains("resumes"), "{}", summary[1]);
        assert_eq!(summary[2], "page a2");
        assert!(summary[3].starts_with("skip 3:") && summary[3].contains("without a valid Content-Length"));
        assert_eq!(summary[4], "page a3");
        assert!(summary[5].starts_with("skip 5:") && summary[5].contains("truncated record"), "{}", summary[5]);
    }

    #[test]
    fn record_ids_and_chunks() {
        assert_eq!(record_uuid("<urn:uuid:AbC-1>"), "AbC-1");
        assert_eq!(record_uuid("<http://x/y>"), "http://x/y");
        assert_eq!(dechunk(b"<p>not chunked</p>"), None);
        assert_eq!(dechunk(b"4\r\nabcd\r\n10\r\nef"), Some(b"abcdef".to_vec()));
        assert!(parse_http_head(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n").is_none());
        let h = parse_http_head(b"HTTP/1.0 200 OK\nContent-Type: TEXT/HTML;charset=big5\n\nbody").unwrap();
        assert_eq!((h.is_html(), h.charset.as_deref(), h.header_len), (true, Some("big5"), 54));
    }
}
