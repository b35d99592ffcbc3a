//! Main content of a full HTML page: the article without its furniture (navigation, teasers,
//! cookie banners, footers, related links).
//!
//! The extraction is rs-trafilatura's (a Rust port of trafilatura, MIT OR Apache-2.0; 0.1.1
//! scores best of the released Rust extractors on the article-extraction benchmark, see
//! `scripts/peer_html.py`). What we keep on top of it:
//! - only full pages go to it (an `<html>` or `<body>` tag): a fragment (`<p>` tags in a
//!   `.txt` or a JSONL field) keeps its whole text;
//! - bounded input: pages over [`MAX_BYTES`], [`MAX_TAGS`] start tags or [`MAX_TREE_WORK`]
//!   (tags times nesting depth) stay with our linear scanner: the extractor's work grows with
//!   the depth of the tree, so hostile markup would make it quadratic;
//! - never truncated (the library's own length cap is lifted), never a panic (one is caught
//!   and the scanner's text is used);
//! - never empty or tiny when the page has text: then the scanner's full text is used.

use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Pages larger than this are not given to the extractor.
pub const MAX_BYTES: usize = 5 << 20;
/// Pages with more start tags than this are not given to the extractor.
pub const MAX_TAGS: usize = 60_000;
/// Nor pages whose start tags times nesting depth exceed this: the extractor's work grows with
/// both (2,000 nested `<div>`s took 6 s, 200 blocks of 100 nested tables 8 s); a real page
/// has a few thousand tags, 20-40 deep.
pub const MAX_TREE_WORK: usize = 1_000_000;
/// An extraction with fewer visible chars than this (and less than half of the page's text)
/// is taken for a failure.
const MIN_CHARS: usize = 200;
/// Pages whose whole text is shorter than this keep it: there is little furniture to drop and
/// the extractor loses the line structure of short texts (`<br>`).
const MIN_PAGE_CHARS: usize = 500;

/// True when `html` is a whole page rather than a fragment.
pub fn is_full_page(html: &str) -> bool {
    let head = &html.as_bytes()[..html.len().min(1 << 16)];
    let has = |tag: &[u8]| head.windows(tag.len()).any(|w| w.eq_ignore_ascii_case(tag));
    has(b"<html") || has(b"<body")
}

/// The extractor's text of the page, or `None` when it fails (a panic is caught).
pub fn main_text(html: &str) -> Option<String> {
    let options = rs_trafilatura::Options {
        max_extracted_len: usize::MAX,
        include_tables: true,
        ..rs_trafilatura::Options::default()
    };
    let result = catch_unwind(AssertUnwindSafe(|| rs_trafilatura::extract_with_options(html, &options))).ok()?.ok()?;
    Some(result.content_text)
}

/// What the scanner saw of the page that the extractor's text is checked against.
#[derive(Debug, Default)]
pub struct PageHints {
    /// The first `<h1>`'s text: the headline as the page shows it.
    pub h1: Option<String>,
    /// The title from the page's metadata (JSON-LD, `og:title`, `<title>`).
    pub title: Option<String>,
    /// Start tags, and the deepest nesting of elements that must be closed.
    pub tags: usize,
    pub max_depth: usize,
    /// Texts of the page's links and figure captions, whitespace squashed.
    links: HashSet<String>,
    captions: HashSet<String>,
}

impl PageHints {
    pub fn add_link(&mut self, text: Option<String>) {
        if let Some(t) = text.map(|t| squash(&t)).filter(|t| !t.is_empty()) {
            self.links.insert(t);
        }
    }

    pub fn add_caption(&mut self, text: Option<String>) {
        if let Some(t) = text.map(|t| squash(&t)).filter(|t| !t.is_empty()) {
            self.captions.insert(t);
        }
    }
}

/// The main content of a page.
#[derive(Debug, PartialEq)]
pub struct Article {
    pub text: String,
    /// The short leading lines that were dropped (a dateline, a byline), for metadata only.
    pub dropped_head: Option<String>,
    /// The page's `<h1>` when it is the headline (see [`is_headline`]): the text's first line.
    pub headline: Option<String>,
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Visible (non-whitespace) chars.
fn visible(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// A short line that is no sentence: a label (`Tags`, `Advertisement`), a dateline, a byline,
/// a teaser heading (`You may also like`).
fn is_label(line: &str) -> bool {
    const SENTENCE_END: &[char] = &['.', '!', '?', '。', '！', '？', '"', '”', '»', '…'];
    let line = line.trim();
    line.split_whitespace().count() <= LABEL_WORDS && line.chars().count() <= 80 && !line.ends_with(SENTENCE_END)
}

/// Lines of this many words or fewer that end no sentence are labels.
const LABEL_WORDS: usize = 6;

/// The page's main content, led by the headline `h1` where the page shows one; `full` is the
/// scanner's text of the whole page. `None`: use `full`.
///
/// On top of the extractor's text, three general cleanups of furniture it keeps:
/// - runs of two or more lines that each are the whole text of a link (teaser lists:
///   "Related", "Don't miss"), with a label line right before the run (its heading);
/// - lines that are the text of a figure caption;
/// - label lines (short, no sentence end) before the first and after the last sentence
///   line: bylines, datelines, "Tags", "Advertisement", "Share this".
///
/// The cleanups never empty the text: when they would leave less than [`MIN_CHARS`] visible
/// chars, the extractor's text is kept as it is.
pub fn article_text(html: &str, full: &str, hints: &PageHints) -> Option<Article> {
    let too_big = html.len() > MAX_BYTES
        || hints.tags > MAX_TAGS
        || hints.tags.saturating_mul(hints.max_depth.max(1)) > MAX_TREE_WORK;
    if too_big || !is_full_page(html) {
        return None;
    }
    let body = main_text(html)?;
    let (got, all) = (visible(&body), visible(full));
    // A short page keeps the scanner's text, unless the scanner found less than the extractor
    // (a page whose body sits inside a `<form>`, whose content the scanner drops).
    if all < MIN_PAGE_CHARS && got <= all {
        return None;
    }
    if got == 0 || (got < MIN_CHARS && got * 2 < all) {
        return None;
    }
    // Whitespace runs (NBSPs too) are one space, as in the scanner's text.
    let squashed: Vec<String> = body.lines().map(squash).filter(|l| !l.is_empty()).collect();
    let lines: Vec<&str> = squashed.iter().map(String::as_str).collect();
    let mut keep = vec![true; lines.len()];
    let is_link: Vec<bool> = lines.iter().map(|l| hints.links.contains(&squash(l))).collect();
    let mut i = 0;
    while i < lines.len() {
        let run = is_link[i..].iter().take_while(|&&x| x).count();
        if run >= 2 {
            keep[i..i + run].iter_mut().for_each(|k| *k = false);
            if i > 0 && is_label(lines[i - 1]) {
                keep[i - 1] = false;
            }
        }
        i += run.max(1);
    }
    for (k, l) in keep.iter_mut().zip(&lines) {
        if hints.captions.contains(&squash(l)) {
            *k = false;
        }
    }
    let mut head = Vec::new();
    for (k, l) in keep.iter_mut().zip(&lines) {
        if !*k {
            continue;
        }
        if !is_label(l) {
            break;
        }
        *k = false;
        head.push(*l);
    }
    for (k, l) in keep.iter_mut().zip(&lines).rev() {
        if !*k {
            continue;
        }
        if !is_label(l) {
            break;
        }
        *k = false;
    }
    let cleaned: Vec<&str> = lines.iter().zip(&keep).filter(|(_, k)| **k).map(|(l, _)| *l).collect();
    let mut text = cleaned.join("\n\n");
    if visible(&text) < MIN_CHARS.min(got) {
        text = lines.join("\n\n");
        head.clear();
    }
    let headline = hints.h1.as_deref().map(squash).filter(|h| !h.is_empty() && is_headline(h, hints.title.as_deref()));
    if let Some(h) = headline.as_deref() {
        if squash(text.lines().next().unwrap_or("")) != h && full.contains(h) {
            text = format!("{h}\n\n{text}");
        }
    }
    let dropped_head = (!head.is_empty()).then(|| head.join("\n"));
    Some(Article { text, dropped_head, headline })
}

/// Whether the page's `<h1>` is its headline rather than a site logo or section name: at
/// least half of its words are in the metadata title (which often adds the site's name, a
/// section or a kicker: `Opinion | ...`, `... - Site`), or there is no metadata title.
fn is_headline(h1: &str, title: Option<&str>) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
    };
    let Some(title) = title else { return true };
    let (h, t) = (words(h1), words(title));
    let shared = h.iter().filter(|w| t.contains(w)).count();
    !h.is_empty() && shared * 2 >= h.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(body: &str) -> String {
        format!("<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>")
    }

    #[test]
    fn fragments_are_not_full_pages() {
        assert!(!is_full_page("<p>Short.</p><p>Two.</p>"));
        assert!(is_full_page("<!doctype html><HTML lang=en><p>x"));
        assert!(is_full_page("<BODY><p>x"));
    }

    #[test]
    fn furniture_goes_and_the_headline_leads() {
        let para = "Nordlicht Semiconductor raised two billion euros from investors on Tuesday, the company said in a statement, and it plans to build a new factory near Dresden by the end of the decade. ";
        let html = page(&format!(
            r#"<div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p></div>
            <ul class="menu"><li><a href="/a">Home</a></li><li><a href="/b">World</a></li><li><a href="/c">Business</a></li></ul>
            <article><h1>Nordlicht raises money</h1><p>{}</p><p>{}</p><p>{}</p></article>
            <div class="related"><h3>Related</h3><ul><li><a href="/x">Other story one is here</a></li><li><a href="/y">Other story two is here</a></li></ul></div>"#,
            para.repeat(2),
            para,
            para
        ));
        let full = html.as_str();
        let hints = PageHints { h1: Some("Nordlicht raises money".into()), ..PageHints::default() };
        let text = article_text(&html, full, &hints).unwrap().text;
        assert!(text.starts_with("Nordlicht raises money\n\nNordlicht Semiconductor raised"), "{text}");
        assert!(!text.contains("Business"), "{text}");
    }

    #[test]
    fn teaser_link_runs_captions_and_label_lines_go() {
        let para = "Nordlicht Semiconductor raised two billion euros from investors on Tuesday, the company said in a statement, and it plans to build a new factory near Dresden. ";
        let html = page(&format!(
            r#"<article><h1>Nordlicht raises money</h1><p>By Jane Roe</p><p>{p}</p>
            <figure><img src=x.jpg><figcaption>The new factory site near Dresden, seen from the air</figcaption></figure>
            <p>{p}</p><p>{p}</p><p>You might also like</p>
            <p><a href="/1">VoltaCell opens a plant in Lyon</a></p><p><a href="/2">Chip makers ask for subsidies</a></p>
            <p>Tags</p><p>chips, Dresden</p></article>"#,
            p = para
        ));
        let mut hints = PageHints { h1: Some("Nordlicht raises money".into()), ..PageHints::default() };
        for l in ["VoltaCell opens a plant in Lyon", "Chip makers ask for subsidies"] {
            hints.add_link(Some(format!(" {l}\n")));
        }
        hints.add_caption(Some("The new factory site near  Dresden, seen from the air".into()));
        let article = article_text(&html, &html, &hints).unwrap();
        let text = article.text;
        assert!(text.starts_with("Nordlicht raises money\n\nNordlicht Semiconductor raised"), "{text}");
        assert!(text.ends_with("near Dresden."), "{text}");
        for gone in ["By Jane Roe", "factory site", "might also", "VoltaCell", "Tags", "chips,"] {
            assert!(!text.contains(gone), "{gone} left in {text}");
        }
        // The byline is dropped, by the extractor or as a leading label line.
        assert!(article.dropped_head.is_none_or(|h| !h.contains("Semiconductor")));
    }

    #[test]
    fn deep_or_huge_trees_stay_with_the_scanner() {
        let para = "<p>Nordlicht raised two billion euros from investors on Tuesday, the company said.</p>".repeat(5);
        let html = page(&format!("{}{para}{}", "<div>".repeat(2_000), "</div>".repeat(2_000)));
        let hints = PageHints { tags: 2_010, max_depth: 2_000, ..PageHints::default() };
        let t = std::time::Instant::now();
        assert_eq!(article_text(&html, "x", &hints), None);
        assert!(t.elapsed().as_millis() < 100); // the extractor took 6 s on this page
        let html = crate::html::html_to_text(&html, false);
        assert!(html.text.starts_with("Nordlicht raised"));
    }

    #[test]
    fn a_page_whose_scanner_text_is_empty_keeps_the_extracted_article() {
        // ASP.NET-style pages wrap the whole body in a <form>, which the scanner drops.
        let para = "<p>Nordlicht raised two billion euros from investors on Tuesday, the company said in a \
                    statement, adding that the money would fund three new battery plants in Europe.</p>";
        let html =
            page(&format!("<form id=main><article><h1>Nordlicht raises funds</h1>{}</article></form>", para.repeat(4)));
        let article = article_text(&html, "", &PageHints::default()).expect("the extractor's article");
        assert!(article.text.contains("Nordlicht raised two billion euros"), "{}", article.text);
    }

    #[test]
    fn an_empty_or_tiny_extraction_falls_back() {
        let html = page("<div><a href=/a>Home</a></div>");
        let full = "a long visible text ".repeat(50);
        assert_eq!(article_text(&html, &full, &PageHints::default()), None);
        assert_eq!(article_text("<p>fragment</p>", "fragment", &PageHints::default()), None);
    }
}
