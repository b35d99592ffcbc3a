//! HTML to readable text.
//!
//! A small forgiving scanner rather than a full HTML5 parser: news HTML is often a fragment
//! (or a `.txt` file with inline tags), and all we need is the visible text with paragraph
//! structure plus a few metadata hints. What it does:
//! - drops the content of non-content elements (`script`, `style`, `nav`, `footer`, ...);
//! - turns block elements into paragraph breaks, `<li>`/`<tr>` into line breaks; a `<br>` is a
//!   line break inside the paragraph: after a sentence end it starts a line, inside a sentence
//!   (`raised<br>€2 billion`) it is a space, since the segmenter ends a sentence at a line break
//!   and the sentence (and its claim) would be cut in two;
//! - decodes every HTML5 named and numeric character reference, numeric ones as HTML5 says
//!   (`&#128;` is `€` by the windows-1252 remap, `&#0;`, surrogates and values past U+10FFFF
//!   are U+FFFD);
//! - is linear in its input: no rescans (raw-text end tags, dropped elements' end tags);
//! - collapses whitespace (or, for text files with inline tags, keeps their line structure);
//! - reads JSON-LD (`NewsArticle` headline, date, language, author, publisher), `<title>`,
//!   `og:title`, `<h1>`, publication-date meta tags, `<time datetime>` and `<html lang>`.
//!
//! A whole page (not a fragment, not a text file with inline tags) then keeps only its main
//! content, by [`crate::extract`]; the scanner's full text is the fallback.

use std::borrow::Cow;

use crate::extract;
use crate::meta::{json_ld_meta, JsonLdMeta};
use crate::work;

/// Elements whose whole content is not article text.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "nav", "iframe", "button", "select", "object", "canvas",
    "footer", "aside", "form",
];
/// Elements whose content is raw text (no tags inside): skipped up to their end tag.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "xmp"];
/// Elements that start and end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "main",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "table",
    "ul",
    "ol",
    "dl",
    "address",
    "details",
    "summary",
    "hr",
    "body",
    "center",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "fieldset",
    "legend",
];
/// Elements that are void or whose end tag may be left out: not counted in the nesting depth.
const SHALLOW: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
    "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
    "caption", "rt", "rp", "html", "head", "body",
];
/// Elements that start a new line (`<br>` is handled on its own).
const LINES: &[&str] = &["li", "tr", "dt", "dd", "option"];
/// Meta names/properties that carry a publication date, strongest first.
const DATE_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "date",
    "sailthru.date",
    "parsely-pub-date",
];

/// Text and metadata extracted from an HTML document.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct HtmlText {
    pub text: String,
    pub title: Option<String>,
    /// Raw value of the strongest publication-date hint (meta tag or `<time datetime>`).
    pub published_hint: Option<String>,
    pub lang: Option<String>,
    /// Author and publisher as the page's JSON-LD names them (not in the document yet).
    pub author: Option<String>,
    pub publisher: Option<String>,
}

struct Writer {
    out: String,
    /// 0 none, 1 line break, 2 paragraph break, owed before the next visible char.
    pending_break: u8,
    pending_space: bool,
}

impl Writer {
    fn brk(&mut self, level: u8) {
        self.pending_break = self.pending_break.max(level);
        self.pending_space = false;
    }

    /// A `<br>`: a line break after a sentence end, a space inside a sentence.
    fn line_break_in_paragraph(&mut self) {
        if self.pending_break > 0 {
            return;
        }
        // The last char that is not a closing quote or bracket (a few at most are looked at).
        let last = self.out.chars().rev().take(8).find(|&c| !is_closing(c));
        if last.is_none_or(ends_a_sentence) {
            self.brk(1);
        } else {
            self.pending_space = true;
        }
    }

    fn push_char(&mut self, c: char) {
        if !self.out.is_empty() {
            match self.pending_break {
                2 => self.out.push_str("\n\n"),
                1 => self.out.push('\n'),
                _ if self.pending_space => self.out.push(' '),
                _ => {}
            }
        }
        self.pending_break = 0;
        self.pending_space = false;
        self.out.push(c);
    }

    /// Appends decoded text; `keep_lines` keeps the source's line structure.
    fn push_text(&mut self, text: &str, keep_lines: bool) {
        let mut newlines = 0u8;
        let mut in_ws = false;
        for c in text.chars() {
            if c.is_whitespace() {
                in_ws = true;
                if keep_lines && c == '\n' {
                    newlines = newlines.saturating_add(1);
                }
                continue;
            }
            if in_ws {
                if newlines > 0 {
                    self.brk(newlines.min(2));
                } else if self.pending_break == 0 {
                    self.pending_space = true;
                }
                in_ws = false;
                newlines = 0;
            }
            self.push_char(c);
        }
        if in_ws {
            if newlines > 0 {
                self.brk(newlines.min(2));
            } else if self.pending_break == 0 {
                self.pending_space = true;
            }
        }
    }
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '«' | ')' | ']' | '」' | '』' | '）' | '】')
}

fn ends_a_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | ':' | ';' | '。' | '！' | '？' | '｡')
}

/// The largest char boundary of `s` at or before byte `i`.
fn floor_char_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Decodes character references as HTML5 does. Named ones go to `html_escape` (all HTML5
/// names, legacy ones without `;` too); numeric ones are decoded here, since HTML5 maps
/// `&#0;`, surrogates and values over 0x10FFFF to U+FFFD and 0x80-0x9F by windows-1252.
pub fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains("&#") {
        return html_escape::decode_html_entities(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut plain = 0; // start of the text not yet written
    let mut from = 0;
    while let Some(p) = s[from..].find("&#") {
        let amp = from + p;
        from = amp + 2;
        if let Some((c, len)) = numeric_reference(&s[amp + 2..]) {
            out.push_str(&html_escape::decode_html_entities(&s[plain..amp]));
            out.push(c);
            from = amp + 2 + len;
            plain = from;
        }
    }
    out.push_str(&html_escape::decode_html_entities(&s[plain..]));
    Cow::Owned(out)
}

/// The char of a numeric character reference whose text after `&#` is `s`, and how many
/// bytes of `s` it spans (digits and an optional `;`); `None` when no digit follows.
fn numeric_reference(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    let (radix, start) = if matches!(b.first(), Some(b'x' | b'X')) { (16, 1) } else { (10, 0) };
    let digits = b[start..].iter().take_while(|d| (**d as char).is_digit(radix)).count();
    if digits == 0 {
        return None;
    }
    let mut value: u32 = 0;
    for &d in &b[start..start + digits] {
        let d = (d as char).to_digit(radix).expect("a digit");
        value = value.saturating_mul(radix).saturating_add(d).min(0x11_0000); // past the range stays past it
    }
    let mut len = start + digits;
    if b.get(len) == Some(&b';') {
        len += 1;
    }
    Some((numeric_char(value), len))
}

/// HTML5's mapping of a numeric character reference's value to a char.
fn numeric_char(value: u32) -> char {
    const WINDOWS_1252: [u32; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ];
    let value = match value {
        0x80..=0x9F => WINDOWS_1252[(value - 0x80) as usize],
        v => v,
    };
    // 0, surrogates and values past U+10FFFF are not chars: U+FFFD.
    if value == 0 {
        return char::REPLACEMENT_CHARACTER;
    }
    char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER)
}

/// A parsed tag: lower-cased name, end-tag flag and raw attribute text.
struct Tag<'a> {
    name: String,
    end: bool,
    attrs: &'a str,
}

impl Tag<'_> {
    fn attr(&self, key: &str) -> Option<String> {
        attr_value(self.attrs, key)
    }
}

/// Value of attribute `key` (case-insensitive) in a tag's attribute text, entities decoded;
/// the first of repeated attributes wins, as in HTML5.
fn attr_value(attrs: &str, key: &str) -> Option<String> {
    attributes(attrs)
        .find(|(name, _)| name.eq_ignore_ascii_case(key))
        .map(|(_, value)| decode_entities(value).trim().to_string())
}

/// The `(name, raw value)` pairs of a tag's attribute text, scanned as HTML5 does (a `=` that
/// starts a name belongs to it; a quote only opens a value right after `=`). Never panics:
/// it only stops at ASCII bytes, so every slice is on a char boundary, and every step moves
/// on by at least one byte.
fn attributes(attrs: &str) -> impl Iterator<Item = (&str, &str)> {
    let b = attrs.as_bytes();
    let n = b.len();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < n && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        if i >= n {
            return None;
        }
        let name_start = i;
        if b[i] == b'=' {
            i += 1;
        }
        while i < n && !b[i].is_ascii_whitespace() && b[i] != b'/' && b[i] != b'=' {
            i += 1;
        }
        let name = &attrs[name_start..i];
        let mut j = i;
        while j < n && b[j].is_ascii_whitespace() {
            j += 1;
        }
        if j >= n || b[j] != b'=' {
            return Some((name, ""));
        }
        j += 1;
        while j < n && b[j].is_ascii_whitespace() {
            j += 1;
        }
        let value = if j < n && (b[j] == b'"' || b[j] == b'\'') {
            let start = j + 1;
            let end = attrs[start..].find(b[j] as char).map_or(n, |e| start + e);
            i = (end + 1).min(n);
            &attrs[start..end]
        } else {
            let start = j;
            while j < n && !b[j].is_ascii_whitespace() {
                j += 1;
            }
            i = j;
            &attrs[start..j]
        };
        Some((name, value))
    })
}

/// Parses the tag starting at `s[0] == '<'`; returns it and its byte length, or `None` when
/// the `<` is literal text (`a < b`, `<3`).
fn parse_tag(s: &str) -> Option<(Tag<'_>, usize)> {
    let bytes = s.as_bytes();
    let end = bytes.get(1) == Some(&b'/');
    let name_start = if end { 2 } else { 1 };
    if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let mut i = name_start;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-' || bytes[i] == b':') {
        i += 1;
    }
    let name = s[name_start..i].to_ascii_lowercase();
    // Find the closing '>' outside quoted attribute values, with HTML5's attribute states (the
    // ones `attributes` reads): a quote opens a value only right after `name=`, so neither
    // `<img alt=don't>` nor `<html ="x>` opens one.
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        BeforeName,
        Name,
        AfterName,
        BeforeValue,
        Unquoted,
        Quoted(u8),
    }
    let mut state = State::BeforeName;
    for (j, &c) in bytes.iter().enumerate().skip(i) {
        state = match (state, c) {
            (State::Quoted(q), c) if c == q => State::BeforeName,
            (State::Quoted(q), _) => State::Quoted(q),
            (_, b'>') => return Some((Tag { name, end, attrs: &s[i..j] }, j + 1)),
            (State::BeforeValue, b'"' | b'\'') => State::Quoted(c),
            (State::BeforeValue, c) if c.is_ascii_whitespace() => State::BeforeValue,
            (State::BeforeValue, _) => State::Unquoted,
            (State::Unquoted, c) if c.is_ascii_whitespace() => State::BeforeName,
            (State::Unquoted, _) => State::Unquoted,
            (State::Name | State::AfterName, b'=') => State::BeforeValue,
            (State::Name | State::AfterName, c) if c.is_ascii_whitespace() => State::AfterName,
            (_, b'/') => State::BeforeName,
            (State::BeforeName, c) if c.is_ascii_whitespace() => State::BeforeName,
            _ => State::Name,
        };
    }
    Some((Tag { name, end, attrs: &s[i..] }, s.len()))
}

/// Byte offset just past the case-insensitive end tag `</name>` (the name followed by
/// whitespace, `/` or `>`), searching from `from`. Scans each byte once: no lower-cased copy
/// of the rest of the document per element.
fn skip_raw_text(s: &str, from: usize, name: &str) -> usize {
    let bytes = s.as_bytes();
    let mut at = from;
    while let Some(p) = s[at..].find("</") {
        work::tick(p + 2);
        let tag = at + p;
        let after = &bytes[tag + 2..];
        let named = after.len() >= name.len() && after[..name.len()].eq_ignore_ascii_case(name.as_bytes());
        let ended = after.get(name.len()).is_none_or(|&c| c.is_ascii_whitespace() || c == b'/' || c == b'>');
        if named && ended {
            return s[tag..].find('>').map_or(s.len(), |q| {
                work::tick(q);
                tag + q + 1
            });
        }
        at = tag + 2;
    }
    work::tick(s.len() - at);
    s.len()
}

/// True when plain text carries enough markup to be read as HTML (e.g. a `.txt` export of
/// a CMS page with `<p>` and `<strong>` inside).
pub fn looks_like_html(text: &str) -> bool {
    const MARKERS: &[&str] = &[
        "<p>", "</p>", "<p ", "<div", "</div>", "<br", "<h1", "<h2", "<h3", "<h4", "<strong>", "<em>", "<li>",
        "<a href", "<html", "<body", "<span", "</span>", "<table", "&nbsp;", "&amp;", "&quot;",
    ];
    let sample = &text[..floor_char_boundary(text, 200_000)];
    let lower = sample.to_ascii_lowercase();
    MARKERS.iter().filter(|m| lower.contains(*m)).count() >= 2
}

/// Converts HTML to text. `keep_lines`: treat source newlines as line breaks (for plain-text
/// files with inline tags, whose line structure is meaningful), otherwise collapse them.
pub fn html_to_text(html: &str, keep_lines: bool) -> HtmlText {
    let mut w = Writer { out: String::with_capacity(html.len() / 2), pending_break: 0, pending_space: false };
    let mut result = HtmlText::default();
    // Open dropped elements (indices into DROPPED), and how many of each are open, so an end
    // tag of an element that is not open costs nothing (no scan of the stack).
    let mut dropped: Vec<usize> = Vec::new();
    let mut open_dropped = [0usize; DROPPED.len()];
    let mut title_buf: Option<String> = None;
    let mut h1_buf: Option<String> = None;
    // Texts of links and of figure captions: the extractor's lines that are one of them are
    // furniture candidates (see `extract`). Linear: every text run goes to at most one of each.
    let mut link_buf: Option<String> = None;
    let mut caption_buf: Option<String> = None;
    let mut hints = extract::PageHints::default();
    let mut depth = 0usize;
    let mut first_h1: Option<String> = None;
    let mut og_title: Option<String> = None;
    let mut meta_date: Option<(usize, String)> = None;
    let mut time_date: Option<String> = None;
    let mut json_ld = JsonLdMeta::default();
    let mut pre_depth = 0usize;
    let mut i = 0usize;
    let bytes = html.as_bytes();
    while i < html.len() {
        work::tick(1); // one text run or markup item
        let next_lt = html[i..].find('<').map_or(html.len(), |p| i + p);
        if next_lt > i {
            let raw = &html[i..next_lt];
            if dropped.is_empty() {
                let decoded = decode_entities(raw);
                if let Some(buf) = title_buf.as_mut() {
                    buf.push_str(&decoded);
                } else {
                    if let Some(buf) = h1_buf.as_mut() {
                        buf.push_str(&decoded);
                    }
                    if let Some(buf) = link_buf.as_mut() {
                        buf.push_str(&decoded);
                    }
                    if let Some(buf) = caption_buf.as_mut() {
                        buf.push_str(&decoded);
                    }
                    w.push_text(&decoded, keep_lines || pre_depth > 0);
                }
            }
            i = next_lt;
            continue;
        }
        // At '<'.
        let rest = &html[i..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            i = comment.find("-->").map_or(html.len(), |p| i + 4 + p + 3);
            continue;
        }
        if bytes.get(i + 1).is_some_and(|&b| b == b'!' || b == b'?') {
            i = rest.find('>').map_or(html.len(), |p| i + p + 1);
            continue;
        }
        let Some((tag, len)) = parse_tag(rest) else {
            if dropped.is_empty() {
                w.push_text("<", keep_lines);
            }
            i += 1;
            continue;
        };
        i += len;
        let name = tag.name.as_str();
        if !tag.end && RAW_TEXT.contains(&name) && !tag.attrs.trim_end().ends_with('/') {
            let start = i;
            i = skip_raw_text(html, i, name);
            let ld_json =
                name == "script" && tag.attr("type").is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"));
            if ld_json && json_ld.headline.is_none() && json_ld.date_published.is_none() {
                // The script's text ends where its end tag starts (the last `</` before `i`).
                let body = &html[start..i];
                let end = body.rfind("</").unwrap_or(body.len());
                work::tick(body.len());
                if let Some(m) = json_ld_meta(&body[..end]) {
                    json_ld = m;
                }
            }
            continue;
        }
        // Tree size and depth, for the extractor's bound (elements whose end tag may be left
        // out, and void ones, do not nest here).
        if !SHALLOW.contains(&name) {
            if tag.end {
                depth = depth.saturating_sub(1);
            } else if !tag.attrs.trim_end().ends_with('/') {
                depth += 1;
                hints.max_depth = hints.max_depth.max(depth);
            }
        }
        hints.tags += usize::from(!tag.end);
        if let Some(d) = DROPPED.iter().position(|x| *x == name) {
            if tag.end {
                if open_dropped[d] > 0 {
                    // Amortized linear: every element scanned here is popped.
                    let pos = dropped.iter().rposition(|&x| x == d).expect("counted as open");
                    work::tick(dropped.len() - pos);
                    for x in dropped.drain(pos..) {
                        open_dropped[x] -= 1;
                    }
                }
            } else if !tag.attrs.trim_end().ends_with('/') {
                dropped.push(d);
                open_dropped[d] += 1;
            }
            continue;
        }
        match (name, tag.end) {
            ("html", false) => result.lang = tag.attr("lang").filter(|l| !l.is_empty()),
            ("meta", false) => {
                let key = tag.attr("property").or_else(|| tag.attr("name")).or_else(|| tag.attr("itemprop"));
                if let (Some(key), Some(content)) = (key, tag.attr("content")) {
                    let key = key.to_ascii_lowercase();
                    if key == "og:title" && !content.is_empty() {
                        og_title.get_or_insert(content);
                    } else if let Some(rank) = DATE_META.iter().position(|m| *m == key) {
                        if meta_date.as_ref().is_none_or(|(r, _)| rank < *r) {
                            meta_date = Some((rank, content));
                        }
                    }
                }
            }
            ("time", false) if time_date.is_none() => time_date = tag.attr("datetime"),
            ("title", false) => title_buf = Some(String::new()),
            ("title", true) => {
                if let Some(t) = title_buf.take() {
                    result.title.get_or_insert(t);
                }
            }
            ("a", false) if link_buf.is_none() => link_buf = Some(String::new()),
            ("a", true) => hints.add_link(link_buf.take()),
            ("figcaption", false) if caption_buf.is_none() => caption_buf = Some(String::new()),
            ("figcaption", true) => hints.add_caption(caption_buf.take()),
            ("pre", false) => pre_depth += 1,
            ("pre", true) => pre_depth = pre_depth.saturating_sub(1),
            _ => {}
        }
        if name == "h1" {
            if tag.end {
                if let Some(t) = h1_buf.take() {
                    first_h1.get_or_insert(t);
                }
            } else if first_h1.is_none() {
                h1_buf = Some(String::new());
            }
        }
        if BLOCKS.contains(&name) || name == "pre" {
            w.brk(2);
        } else if name == "br" {
            // `</br>` is a `<br>` too in HTML5.
            w.line_break_in_paragraph();
        } else if LINES.contains(&name) && !tag.end {
            w.brk(1);
        } else if (name == "td" || name == "th") && !tag.end {
            w.pending_space = w.pending_break == 0;
        }
    }
    let clean = |t: String| {
        let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
        (!t.is_empty()).then_some(t)
    };
    hints.h1 = first_h1.clone().and_then(clean);
    result.title = json_ld
        .headline
        .take()
        .and_then(clean)
        .or_else(|| og_title.and_then(clean))
        .or_else(|| result.title.take().and_then(clean))
        .or_else(|| first_h1.and_then(clean));
    result.published_hint = json_ld.date_published.take().or(meta_date.map(|(_, d)| d)).or(time_date);
    if result.lang.is_none() {
        result.lang = json_ld.in_language.take();
    }
    result.author = json_ld.author.take();
    result.publisher = json_ld.publisher.take();
    result.text = w.out;
    // A whole page (not a fragment, not text with inline tags): its main content only.
    if !keep_lines {
        hints.title = result.title.clone();
        if let Some(article) = extract::article_text(html, &result.text, &hints) {
            result.text = article.text;
            // The visible headline leads the text and is the title (the metadata title often
            // carries the site's name: `Headline - Site`).
            if article.headline.is_some() {
                result.title = article.headline;
            }
            if result.published_hint.is_none() {
                // A dateline among the dropped leading lines still dates the page.
                result.published_hint = article.dropped_head;
            }
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_decodes_entities_and_drops_furniture() {
        let html = r#"<!DOCTYPE html><html lang="de"><head><title>Ti &amp; tle</title>
            <meta property="article:published_time" content="2025-11-04T08:00:00Z">
            <style>p { color: red }</style><script>var a = "<p>no</p>";</script></head>
            <body><nav><ul><li>Home</li><li>News</li></ul></nav>
            <h1>Big&nbsp;Deal</h1><p>OpenAI &amp; <strong>Amazon</strong> sign a &euro;38&#160;billion deal.<br>Second&nbsp;line.</p>
            <!-- comment <p>hidden</p> --><p>Caf&eacute; &#x263A; 3 &lt; 4</p><footer>(c) 2025</footer></body></html>"#;
        let out = html_to_text(html, false);
        assert_eq!(out.text, "Big Deal\n\nOpenAI & Amazon sign a €38 billion deal.\nSecond line.\n\nCafé ☺ 3 < 4");
        assert_eq!(out.title.as_deref(), Some("Ti & tle"));
        assert_eq!(out.published_hint.as_deref(), Some("2025-11-04T08:00:00Z"));
        assert_eq!(out.lang.as_deref(), Some("de"));
    }

    #[test]
    fn keep_lines_preserves_the_line_structure_of_text_with_inline_tags() {
        let text = "around-the-world\n\nNews Image\nNovember 4, 2025\n\n<h3><strong>Head</strong></h3><p>Body <em>text</em>.</p>";
        let out = html_to_text(text, true);
        assert_eq!(out.text, "around-the-world\n\nNews Image\nNovember 4, 2025\n\nHead\n\nBody text.");
        assert!(looks_like_html(text));
        assert!(!looks_like_html("Prices rose 3 < 4 percent. <Note>"));
    }

    #[test]
    fn literal_less_than_and_unclosed_tags_do_not_lose_text() {
        let out = html_to_text("a < b and <3 hearts <p>para", false);
        assert_eq!(out.text, "a < b and <3 hearts\n\npara");
        let out = html_to_text("<p>x</p><script>never closed", false);
        assert_eq!(out.text, "x");
    }

    #[test]
    fn og_title_wins_over_title_and_h1_is_the_fallback() {
        let out = html_to_text(r#"<meta property="og:title" content="OG"><title>T</title>"#, false);
        assert_eq!(out.title.as_deref(), Some("OG"));
        let out = html_to_text("<body><h1>Head <b>line</b></h1><p>x</p>", false);
        assert_eq!(out.title.as_deref(), Some("Head line"));
    }

    #[test]
    fn the_html_sniffing_sample_ends_on_a_char_boundary() {
        // 'é' is two bytes, at bytes 199_999..200_001: the old byte slice panicked.
        let text = format!("{}é <p>x</p> <div>", "a".repeat(199_999));
        assert!(!text.is_char_boundary(200_000));
        assert!(!looks_like_html(&text)); // the markers are past the sample
        assert!(looks_like_html(&format!("<p>a</p><div>{text}")));
    }

    #[test]
    fn attribute_parsing_never_panics_on_odd_attribute_text() {
        let out = html_to_text(r#"<html ="x"é lang="de"><p>Text</p>"#, false);
        assert_eq!((out.lang.as_deref(), out.text.as_str()), (Some("de"), "Text"));
        // Every string of up to 5 chars over delimiters, a quote-free letter and multi-byte
        // chars, as attribute text on its own and inside a tag.
        let alphabet = [' ', '=', '"', '\'', '/', 'a', 'é', '€', '😀', '>', '&', '<'];
        let mut strings = vec![String::new()];
        let mut layer = strings.clone();
        for _ in 0..5 {
            layer = layer.iter().flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}"))).collect();
            strings.extend(layer.iter().cloned());
        }
        assert_eq!(strings.len(), (0..=5).map(|k| 12usize.pow(k)).sum::<usize>());
        for s in &strings {
            for key in ["a", "lang", "content", ""] {
                let _ = attr_value(s, key);
            }
            let _ = html_to_text(&format!("<meta {s} content=\"2025\"><html {s}lang=de>t"), false);
        }
    }

    #[test]
    fn a_quote_inside_an_unquoted_value_does_not_swallow_the_page() {
        let out = html_to_text("<p><img alt=don't src=x.png>Nordlicht raised €2 billion.</p><p>Next.</p>", false);
        assert_eq!(out.text, "Nordlicht raised €2 billion.\n\nNext.");
        assert_eq!(attr_value("alt=don't src='x y'", "src").as_deref(), Some("x y"));
        // A quote after a leading `=` is part of a name (HTML5), not the start of a value.
        let out = html_to_text(r#"<html ="x lang=de><p>Text</p>"#, false);
        assert_eq!((out.lang.as_deref(), out.text.as_str()), (Some("de"), "Text"));
        let out = html_to_text(r#"<p title = "a > b">Body</p>"#, false);
        assert_eq!(out.text, "Body");
    }

    /// Work of `f(n)` and `f(4n)`, asserting it grows linearly (a quadratic scan would be 16x).
    fn assert_linear(f: impl Fn(usize) -> String, n: usize) {
        let (a, b) = (f(n), f(4 * n));
        let (_, small) = work::count(|| html_to_text(&a, false));
        let (_, large) = work::count(|| html_to_text(&b, false));
        assert!(small > 0, "nothing counted"); // every text run and tag counts one
        assert!(large <= 5 * small, "work grew from {small} to {large} for 4x the input");
        assert!(large <= 4 * b.len() as u64, "work {large} for {} bytes", b.len());
    }

    #[test]
    fn raw_text_elements_are_skipped_in_linear_work() {
        // 160k pairs took 36 s: every <script> lower-cased the rest of the page.
        assert_linear(|n| format!("{}<p>after</p>", "<script></script>".repeat(n)), 2_000);
        assert_linear(|n| format!("{}<p>after</p>", "<STYLE>a</styles></Style >".repeat(n)), 2_000);
        let out = html_to_text("<script>a</scripty>b</SCRIPT\n>text<style>x</style/>more", false);
        assert_eq!(out.text, "textmore");
    }

    #[test]
    fn end_tags_of_dropped_elements_cost_linear_work() {
        // Many open <nav>s and end tags of other dropped elements (and of <nav>) took 32 s.
        assert_linear(|n| format!("{}{}<p>x</p>", "<nav>".repeat(n), "</footer>".repeat(n)), 2_000);
        assert_linear(|n| format!("{}{}", "<nav><aside>".repeat(n), "</nav>".repeat(n)), 2_000);
        let out = html_to_text("<nav>a<aside>b</footer>c</nav>shown<form>no</form></aside>also", false);
        assert_eq!(out.text, "shownalso");
    }

    #[test]
    fn br_inside_a_sentence_keeps_the_sentence_whole() {
        use crate::lang_data::test_data;
        use crate::segment::Segmenter;
        let seg = Segmenter::new(test_data());
        let sentences = |html: &str| {
            let text = crate::convert::normalize_text(&html_to_text(html, false).text);
            let chars: Vec<char> = text.chars().collect();
            seg.split(&text, "en").iter().map(|s| chars[s.start..s.end].iter().collect::<String>()).collect::<Vec<_>>()
        };
        assert_eq!(
            sentences("<p>Nordlicht Semiconductor raised<br>€2 billion from investors.</p>"),
            ["Nordlicht Semiconductor raised €2 billion from investors."]
        );
        assert_eq!(sentences("<p>Nordlicht will buy<br/>VoltaCell.</p>"), ["Nordlicht will buy VoltaCell."]);
        // After a sentence end (or a colon) it is a line break, as before.
        assert_eq!(html_to_text("<p>One.<br>Two.</p>", false).text, "One.\nTwo.");
        assert_eq!(html_to_text("<p>Said: \"Yes.\"<br>Two</p>", false).text, "Said: \"Yes.\"\nTwo");
        assert_eq!(html_to_text("<p>Contact:<br>Jane Roe</p>", false).text, "Contact:\nJane Roe");
        assert_eq!(html_to_text("<br><p>x</p>", false).text, "x");
    }

    #[test]
    fn numeric_references_are_decoded_as_html5_says() {
        let d = |s: &str| decode_entities(s).into_owned();
        assert_eq!(d("&#128;38 &#x80; &#150; &#x9f;"), "€38 € – Ÿ");
        assert_eq!(
            d("a&#0;b &#xD800; &#xdfff; &#x110000; &#99999999999999999999;"),
            "a\u{fffd}b \u{fffd} \u{fffd} \u{fffd} \u{fffd}"
        );
        assert_eq!(d("&#65&#x42;&#X43;"), "ABC");
        // Not references: kept as written; named ones still decoded around them.
        assert_eq!(d("&#; &#x; &#xg; &amp;#128; &euro;&#8364;"), "&#; &#x; &#xg; &#128; €€");
        assert_eq!(html_to_text("<p>&#128;2&nbsp;bn</p>", false).text, "€2 bn");
        let out = html_to_text(r#"<meta property="og:title" content="A &#150; B">"#, false);
        assert_eq!(out.title.as_deref(), Some("A – B"));
    }
}
