//! Bytes to text: which character encoding a document is written in, and decoding it.
//!
//! The order is the one browsers use, with one exception for real-world dumps:
//! 1. a byte order mark (UTF-8, UTF-16 LE/BE), or UTF-16 recognized by its zero bytes;
//! 2. a declared charset: the transport's (an HTTP `Content-Type` in a WARC record), then for
//!    HTML the `<meta charset>` / `<meta http-equiv="Content-Type">` of the first 4 KiB (a
//!    simplified WHATWG prescan);
//! 3. no declaration: valid UTF-8 is UTF-8;
//! 4. otherwise detection (`chardetng`, Mozilla's detector for legacy web content: windows-1252,
//!    ISO-8859-x, Shift_JIS, EUC-JP, GBK/GB18030, Big5, EUC-KR, ...).
//!
//! The exception: a declaration the bytes contradict is not trusted. Bytes that are valid UTF-8
//! with non-ASCII characters are UTF-8 whatever a legacy declaration says (servers that send
//! `ISO-8859-1` by default for UTF-8 pages are common); a declared encoding under which the
//! bytes are malformed falls back to detection. Both count as wrong declarations.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

use crate::error::SkipReason;

/// How many bytes the `<meta>` prescan looks at (the WHATWG prescan reads 1024; pages with a
/// long `<head>` before their meta tag are common enough to look further).
const PRESCAN_BYTES: usize = 4096;

/// How many bytes the detector sees at most: a prefix of a megabyte decides as well as the
/// whole document.
const DETECT_BYTES: usize = 1 << 20;

/// How the encoding of a document was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// A byte order mark, or UTF-16 recognized by its zero bytes.
    Bom,
    /// Declared (HTTP header or `<meta>`), and the bytes agree with the declaration.
    Declared,
    /// Valid UTF-8: undeclared, or declared otherwise but contradicted by the bytes.
    Utf8,
    /// Neither declared (usably) nor valid UTF-8: detected from the bytes.
    Guessed,
}

/// A decoded document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    pub how: How,
    /// A declared charset that the bytes contradicted (the label as declared).
    pub wrong_declaration: Option<String>,
}

/// What is known about the bytes besides themselves.
#[derive(Debug, Clone, Copy, Default)]
pub struct Hints<'a> {
    /// The document is HTML: look for a `<meta>` charset declaration.
    pub html: bool,
    /// A charset declared by the transport (the HTTP `Content-Type` of a WARC record).
    pub transport: Option<&'a str>,
    /// The host the document was fetched from (helps the detector decide between close
    /// candidates: `.jp`, `.cn`, `.de`, ...).
    pub host: Option<&'a str>,
}

/// Decodes `bytes`; refuses binary data and invalid UTF-16 (never invalid legacy text: that is
/// decoded by a guess).
pub fn decode(bytes: &[u8], hints: Hints<'_>) -> Result<Decoded, SkipReason> {
    let decoded = |text: String, encoding, how| Decoded { text, encoding, how, wrong_declaration: None };
    if let Some(little_endian) = utf16_order(bytes) {
        let text = decode_utf16(bytes, little_endian)?;
        if looks_binary(text.as_bytes()) {
            return Err(SkipReason::Binary);
        }
        return Ok(decoded(text, if little_endian { UTF_16LE } else { UTF_16BE }, How::Bom));
    }
    if looks_binary(bytes) {
        return Err(SkipReason::Binary);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        if let Ok(text) = std::str::from_utf8(rest) {
            return Ok(decoded(text.to_string(), UTF_8, How::Bom));
        }
        return Ok(Decoded { wrong_declaration: Some("UTF-8 byte order mark".into()), ..guess(rest, hints) });
    }
    let declared = hints
        .transport
        .and_then(|label| usable_label(label).map(|e| (e, label.trim().to_string())))
        .or_else(|| if hints.html { prescan_meta(bytes) } else { None });
    let utf8 = std::str::from_utf8(bytes).ok();
    let Some((encoding, label)) = declared else {
        return Ok(match utf8 {
            Some(text) => decoded(text.to_string(), UTF_8, How::Utf8),
            None => guess(bytes, hints),
        });
    };
    if encoding.is_ascii_compatible() {
        if let Some(text) = utf8 {
            if encoding == UTF_8 || text.is_ascii() {
                return Ok(decoded(text.to_string(), encoding, How::Declared));
            }
            return Ok(Decoded {
                text: text.to_string(),
                encoding: UTF_8,
                how: How::Utf8,
                wrong_declaration: Some(label),
            });
        }
    }
    match encoding.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) if encoding != UTF_8 => Ok(decoded(text.into_owned(), encoding, How::Declared)),
        _ => Ok(Decoded { wrong_declaration: Some(label), ..guess(bytes, hints) }),
    }
}

/// The encoding a declared label names, if it is one to decode with: the WHATWG rules for
/// `<meta>` (UTF-16 means UTF-8, since the bytes were not UTF-16; `x-user-defined` means
/// windows-1252); the `replacement` encoding (ISO-2022-KR, HZ, ...) is no usable declaration.
fn usable_label(label: &str) -> Option<&'static Encoding> {
    let encoding = Encoding::for_label(label.trim().trim_matches(|c| c == '"' || c == '\'').as_bytes())?;
    if encoding == UTF_16LE || encoding == UTF_16BE {
        Some(UTF_8)
    } else if encoding == encoding_rs::X_USER_DEFINED {
        Some(WINDOWS_1252)
    } else if encoding == encoding_rs::REPLACEMENT {
        None
    } else {
        Some(encoding)
    }
}

/// Detection, for bytes that are neither declared nor valid UTF-8. Text that is UTF-8 but for
/// a few bad bytes (a stray Latin-1 byte, a cut at the end) stays UTF-8, the bad bytes
/// replaced: decoding it as a legacy encoding would garble every other non-ASCII character.
fn guess(bytes: &[u8], hints: Hints<'_>) -> Decoded {
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    let encoding = if invalid > 0 && multibyte >= 20 * invalid {
        UTF_8
    } else {
        let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
        let head = &bytes[..bytes.len().min(DETECT_BYTES)];
        detector.feed(head, head.len() == bytes.len());
        let tld = hints.host.and_then(tld_of);
        detector.guess(tld.as_deref().map(str::as_bytes), Utf8Detection::Deny)
    };
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    Decoded { text: text.into_owned(), encoding, how: How::Guessed, wrong_declaration: None }
}

/// The top-level label of a host, in the form the detector takes (lower-case ASCII, no dot):
/// `www.nikkei.co.jp` -> `jp`. `None` for an IP address or anything odd.
fn tld_of(host: &str) -> Option<String> {
    let host = host.trim_end_matches('.');
    let label = host.rsplit('.').next()?.to_ascii_lowercase();
    let ok = !label.is_empty()
        && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !label.bytes().all(|b| b.is_ascii_digit());
    ok.then_some(label)
}

/// The charset a `<meta>` tag in the first [`PRESCAN_BYTES`] declares: a simplified WHATWG
/// prescan (comments skipped, other tags skipped with their quoted attributes, the first
/// `<meta charset>` or `<meta http-equiv="content-type" content="...; charset=...">` wins).
/// Linear: every step moves forward.
pub fn prescan_meta(bytes: &[u8]) -> Option<(&'static Encoding, String)> {
    let b = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &b[i..];
        if rest.starts_with(b"<!--") {
            i = find(b, i + 4, b"-->").map_or(b.len(), |end| end + 3);
        } else if rest.len() > 5 && rest[1..5].eq_ignore_ascii_case(b"meta") && is_space_or_slash(rest[5]) {
            let (attrs, end) = attributes(b, i + 5);
            i = end;
            let get = |name: &str| attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
            let label = match (get("charset"), get("http-equiv"), get("content")) {
                (Some(charset), ..) => Some(charset.to_string()),
                (None, Some(equiv), Some(content)) if equiv.eq_ignore_ascii_case("content-type") => {
                    charset_param(content)
                }
                _ => None,
            };
            if let Some(encoding) = label.as_deref().and_then(usable_label) {
                return Some((encoding, label.unwrap_or_default()));
            }
        } else if rest.len() > 1 && (rest[1].is_ascii_alphabetic() || rest[1] == b'/') {
            let start = i + if rest[1] == b'/' { 2 } else { 1 };
            let name_end = (start..b.len()).find(|&j| is_space_or_slash(b[j]) || b[j] == b'>').unwrap_or(b.len());
            i = attributes(b, name_end).1;
        } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            i = find(b, i + 2, b">").map_or(b.len(), |end| end + 1);
        } else {
            i += 1;
        }
    }
    None
}

fn is_space_or_slash(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/')
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

/// The attributes of a tag from `i` (after its name) to its `>`: names lower-cased, values as
/// written (quotes removed). Returns them and the position after the tag.
fn attributes(b: &[u8], mut i: usize) -> (Vec<(String, String)>, usize) {
    let mut attrs = Vec::new();
    loop {
        while i < b.len() && is_space_or_slash(b[i]) {
            i += 1;
        }
        if i >= b.len() {
            return (attrs, i);
        }
        if b[i] == b'>' {
            return (attrs, i + 1);
        }
        let start = i;
        if b[i] == b'=' {
            i += 1; // a name may start with `=`
        }
        while i < b.len() && !is_space_or_slash(b[i]) && !matches!(b[i], b'=' | b'>') {
            i += 1;
        }
        let name = String::from_utf8_lossy(&b[start..i]).to_ascii_lowercase();
        while i < b.len() && matches!(b[i], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ') {
            i += 1;
        }
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && matches!(b[i], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ') {
                i += 1;
            }
            if i < b.len() && matches!(b[i], b'"' | b'\'') {
                let quote = b[i];
                let end = (i + 1..b.len()).find(|&j| b[j] == quote).unwrap_or(b.len());
                value = String::from_utf8_lossy(&b[i + 1..end]).into_owned();
                i = (end + 1).min(b.len());
            } else {
                let start = i;
                while i < b.len() && !matches!(b[i], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'>') {
                    i += 1;
                }
                value = String::from_utf8_lossy(&b[start..i]).into_owned();
            }
        }
        if !name.is_empty() && attrs.len() < 64 {
            attrs.push((name, value));
        }
    }
}

/// The `charset` parameter of a `Content-Type` value (`text/html; charset="Shift_JIS"`).
pub fn charset_param(content_type: &str) -> Option<String> {
    let lower = content_type.to_ascii_lowercase();
    let at = lower.find("charset")?;
    let rest = content_type[at + "charset".len()..].trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let value = match rest.chars().next()? {
        q @ ('"' | '\'') => rest[1..].split(q).next().unwrap_or(""),
        _ => rest.split(|c: char| c == ';' || c.is_whitespace()).next().unwrap_or(""),
    };
    (!value.is_empty()).then(|| value.to_string())
}

/// `Some(true)` for UTF-16 LE, `Some(false)` for UTF-16 BE: a byte order mark, or (without
/// one) text whose every other byte is zero, as ASCII-range text in UTF-16 is.
pub fn utf16_order(bytes: &[u8]) -> Option<bool> {
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
pub fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)).count();
    !head.is_empty() && controls * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html() -> Hints<'static> {
        Hints { html: true, ..Hints::default() }
    }

    #[test]
    fn windows_1252_without_a_declaration_is_guessed() {
        let bytes = b"<p>Der Caf\xe9 von Herrn M\xfcller kostet 4 \x80. Gr\xfc\xdfe aus K\xf6ln, sagte er.</p>";
        let d = decode(bytes, html()).unwrap();
        assert_eq!((d.encoding, d.how), (WINDOWS_1252, How::Guessed));
        assert!(d.text.contains("Café") && d.text.contains("Müller") && d.text.contains("4 €"), "{}", d.text);
    }

    #[test]
    fn cjk_legacy_encodings_are_detected() {
        let ja = "日本電産は二〇二五年度の売上高が前年比十二パーセント増の二兆円になったと発表した。同社は新工場に三百億円を投資する。";
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(ja);
        let d = decode(&bytes, html()).unwrap();
        assert_eq!((d.encoding, d.how, d.text.as_str()), (encoding_rs::SHIFT_JIS, How::Guessed, ja));
        let (bytes, _, _) = encoding_rs::EUC_JP.encode(ja);
        assert_eq!(decode(&bytes, html()).unwrap().encoding, encoding_rs::EUC_JP);
        let zh = "阿里巴巴集团周四表示，第三季度营收同比增长百分之八，达到二千三百亿元人民币，云计算业务增长强劲。";
        let (bytes, _, _) = encoding_rs::GB18030.encode(zh);
        let d = decode(&bytes, Hints::default()).unwrap();
        assert_eq!((d.how, d.text.as_str()), (How::Guessed, zh));
        assert!(d.encoding == encoding_rs::GBK || d.encoding == encoding_rs::GB18030, "{}", d.encoding.name());
    }

    #[test]
    fn a_meta_charset_is_followed() {
        let page = "<html><head><meta charset=\"shift_jis\"><title>決算</title></head><body><p>売上高は三兆円。</p></body></html>";
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(page);
        let d = decode(&bytes, html()).unwrap();
        assert_eq!((d.encoding, d.how, d.text.as_str()), (encoding_rs::SHIFT_JIS, How::Declared, page));
        let page = "<!-- <meta charset=utf-8> --><meta http-equiv='Content-Type' content='text/html; charset=EUC-KR'><p>삼성전자는 영업이익이 증가했다고 밝혔다.</p>";
        let (bytes, _, _) = encoding_rs::EUC_KR.encode(page);
        let d = decode(&bytes, html()).unwrap();
        assert_eq!((d.encoding, d.how, d.text.as_str()), (encoding_rs::EUC_KR, How::Declared, page));
        // Only HTML is prescanned.
        assert_eq!(prescan_meta(b"<meta content=\"text/html\" charset=big5>").unwrap().0, encoding_rs::BIG5);
        assert!(prescan_meta(b"<p>no declaration</p><meta name=x>").is_none());
        assert!(prescan_meta(b"<meta charset=nonsense>").is_none());
    }

    #[test]
    fn a_transport_charset_wins_over_meta_and_wrong_declarations_fall_back() {
        let (bytes, _, _) = encoding_rs::BIG5.encode("<meta charset=utf-8><p>台積電表示，第三季營收創新高。</p>");
        let d = decode(&bytes, Hints { html: true, transport: Some("Big5"), host: None }).unwrap();
        assert_eq!((d.encoding, d.how), (encoding_rs::BIG5, How::Declared));
        // The meta says UTF-8 and the bytes are not: detection, the declaration named.
        let d = decode(&bytes, html()).unwrap();
        assert_eq!((d.how, d.wrong_declaration.as_deref()), (How::Guessed, Some("utf-8")));
        assert!(d.text.contains("台積電"), "{}", d.text);
        // A legacy declaration on valid non-ASCII UTF-8: UTF-8.
        let d =
            decode("<p>Müller zahlt 5 €.</p>".as_bytes(), Hints { transport: Some("iso-8859-1"), ..html() }).unwrap();
        assert_eq!((d.encoding, d.how, d.wrong_declaration.as_deref()), (UTF_8, How::Utf8, Some("iso-8859-1")));
        // ASCII under a legacy declaration is no contradiction.
        let d = decode(b"<p>plain</p>", Hints { transport: Some("iso-8859-1"), ..html() }).unwrap();
        assert_eq!((d.encoding, d.how, d.wrong_declaration), (WINDOWS_1252, How::Declared, None));
    }

    #[test]
    fn boms_utf16_and_nearly_utf8() {
        let be: Vec<u8> =
            [0xfe, 0xff].into_iter().chain("Grüße, 日本".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        let d = decode(&be, Hints::default()).unwrap();
        assert_eq!((d.encoding, d.how, d.text.as_str()), (UTF_16BE, How::Bom, "Grüße, 日本"));
        let d = decode("\u{feff}Grüße".as_bytes(), Hints::default()).unwrap();
        assert_eq!((d.how, d.text.as_str()), (How::Bom, "Grüße"));
        let mut nearly = "Grüße aus Köln, schöne Müller-Straße, Übergröße, Bären. ".repeat(3).into_bytes();
        nearly.push(0xe9);
        let d = decode(&nearly, Hints::default()).unwrap();
        assert_eq!((d.encoding, d.how), (UTF_8, How::Guessed));
        assert!(d.text.ends_with('\u{fffd}'));
        assert_eq!(decode(b"\x89PNG\0\0", Hints::default()), Err(SkipReason::Binary));
    }

    #[test]
    fn the_prescan_and_helpers_are_robust() {
        assert_eq!(charset_param("text/html; Charset=\"Shift_JIS\""), Some("Shift_JIS".into()));
        assert_eq!(charset_param("text/html;charset=utf-8;x=y"), Some("utf-8".into()));
        assert_eq!(charset_param("text/html"), None);
        assert_eq!(tld_of("www.nikkei.co.JP"), Some("jp".into()));
        assert_eq!(tld_of("127.0.0.1"), None);
        for junk in [&b"<"[..], b"<meta", b"<meta charset", b"<meta charset='", b"<!--", b"<a href=\"", b"<meta =x>"] {
            let _ = prescan_meta(junk);
        }
        let long = "<a x=1 ".repeat(10_000);
        assert!(prescan_meta(long.as_bytes()).is_none());
    }
}
