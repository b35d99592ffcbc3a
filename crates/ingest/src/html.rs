//! HTML to readable text.
//!
//! A small forgiving scanner rather than a full HTML5 parser: news HTML is often a fragment
//! (or a `.txt` file with inline tags), and all we need is the visible text with paragraph
//! structure plus a few metadata hints. What it does:
//! - drops the content of non-content elements (`script`, `style`, `nav`, `footer`, ...);
//! - turns block elements into paragraph breaks, `<br>`/`<li>`/`<tr>` into line breaks;
//! - decodes every HTML5 named and numeric entity;
//! - collapses whitespace (or, for text files with inline tags, keeps their line structure);
//! - reads `<title>`, `og:title`, `<h1>`, publication-date meta tags, `<time datetime>` and
//!   `<html lang>`.

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
/// Elements that start a new line.
const LINES: &[&str] = &["br", "li", "tr", "dt", "dd", "option"];
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

/// Value of attribute `key` (case-insensitive) in a tag's attribute text, entities decoded.
fn attr_value(attrs: &str, key: &str) -> Option<String> {
    let bytes = attrs.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        let name_start = i;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'=' && bytes[i] != b'/' {
            i += 1;
        }
        let name = &attrs[name_start..i];
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < bytes.len() && (bytes[i] == b'"' || bytes[i] == b'\'') {
                let q = bytes[i];
                let start = i + 1;
                let end = attrs[start..].find(q as char).map_or(attrs.len(), |e| start + e);
                value = &attrs[start..end];
                i = end + 1;
            } else {
                let start = i;
                while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                value = &attrs[start..i];
            }
        }
        if name.eq_ignore_ascii_case(key) {
            return Some(html_escape::decode_html_entities(value).trim().to_string());
        }
        if name.is_empty() {
            i += 1;
        }
    }
    None
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
    // Find the closing '>' outside quotes.
    let mut quote = None;
    let mut j = i;
    while j < bytes.len() {
        match (quote, bytes[j]) {
            (None, b'"' | b'\'') => quote = Some(bytes[j]),
            (Some(q), c) if c == q => quote = None,
            (None, b'>') => return Some((Tag { name, end, attrs: &s[i..j] }, j + 1)),
            _ => {}
        }
        j += 1;
    }
    Some((Tag { name, end, attrs: &s[i..] }, s.len()))
}

/// Byte offset just past the case-insensitive end tag `</name...>`, searching from `from`.
fn skip_raw_text(s: &str, from: usize, name: &str) -> usize {
    let lower = s[from..].to_ascii_lowercase();
    let needle = format!("</{name}");
    match lower.find(&needle) {
        Some(p) => s[from + p..].find('>').map_or(s.len(), |q| from + p + q + 1),
        None => s.len(),
    }
}

/// True when plain text carries enough markup to be read as HTML (e.g. a `.txt` export of
/// a CMS page with `<p>` and `<strong>` inside).
pub fn looks_like_html(text: &str) -> bool {
    const MARKERS: &[&str] = &[
        "<p>", "</p>", "<p ", "<div", "</div>", "<br", "<h1", "<h2", "<h3", "<h4", "<strong>", "<em>", "<li>",
        "<a href", "<html", "<body", "<span", "</span>", "<table", "&nbsp;", "&amp;", "&quot;",
    ];
    let sample = &text[..text.len().min(200_000)];
    let lower = sample.to_ascii_lowercase();
    MARKERS.iter().filter(|m| lower.contains(*m)).count() >= 2
}

/// Converts HTML to text. `keep_lines`: treat source newlines as line breaks (for plain-text
/// files with inline tags, whose line structure is meaningful), otherwise collapse them.
pub fn html_to_text(html: &str, keep_lines: bool) -> HtmlText {
    let mut w = Writer { out: String::with_capacity(html.len() / 2), pending_break: 0, pending_space: false };
    let mut result = HtmlText::default();
    let mut dropped: Vec<String> = Vec::new();
    let mut title_buf: Option<String> = None;
    let mut h1_buf: Option<String> = None;
    let mut first_h1: Option<String> = None;
    let mut og_title: Option<String> = None;
    let mut meta_date: Option<(usize, String)> = None;
    let mut time_date: Option<String> = None;
    let mut pre_depth = 0usize;
    let mut i = 0usize;
    let bytes = html.as_bytes();
    while i < html.len() {
        let next_lt = html[i..].find('<').map_or(html.len(), |p| i + p);
        if next_lt > i {
            let raw = &html[i..next_lt];
            if dropped.is_empty() {
                let decoded = html_escape::decode_html_entities(raw);
                if let Some(buf) = title_buf.as_mut() {
                    buf.push_str(&decoded);
                } else {
                    if let Some(buf) = h1_buf.as_mut() {
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
            i = skip_raw_text(html, i, name);
            continue;
        }
        if DROPPED.contains(&name) {
            if tag.end {
                if let Some(pos) = dropped.iter().rposition(|d| d == name) {
                    dropped.truncate(pos);
                }
            } else if !tag.attrs.trim_end().ends_with('/') {
                dropped.push(name.to_string());
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
    result.title =
        og_title.and_then(clean).or_else(|| result.title.take().and_then(clean)).or_else(|| first_h1.and_then(clean));
    result.published_hint = meta_date.map(|(_, d)| d).or(time_date);
    result.text = w.out;
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
}
