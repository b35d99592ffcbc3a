//! Raw document -> plain text + metadata (everything ingest does before language detection).

use unicode_normalization::UnicodeNormalization;

use crate::error::SkipReason;
use crate::furniture::strip_lead_furniture;
use crate::html::{html_to_text, looks_like_html};
use crate::lang_data::LangData;
use crate::markdown::markdown_to_text;
use crate::meta::{find_dateline, find_title, parse_date_value};
use crate::source::{Format, RawDoc};
use polyfact_core::CivilDate;

/// A document's text and metadata, ready for language detection and segmentation.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub doc_id: String,
    pub source: String,
    /// NFC plain text; all later offsets are char indices into it.
    pub text: String,
    pub title: Option<String>,
    pub published: Option<CivilDate>,
    /// Language declared by the input (`<html lang>`, a JSONL `lang` field), if any.
    pub declared_lang: Option<String>,
}

/// Converts a raw document. `today` bounds publication dates (a future date is not one).
pub fn prepare(mut raw: RawDoc, data: &LangData, today: CivilDate) -> Result<Prepared, SkipReason> {
    // Line breaks first, so every format sees `\n` only: `\r\n` and a lone `\r` (old Mac
    // exports) are line breaks; a BOM (a JSONL field can carry one) is no text.
    if raw.content.contains('\r') {
        raw.content = unify_line_breaks(&raw.content);
    }
    if let Some(rest) = raw.content.strip_prefix('\u{feff}') {
        raw.content = rest.to_string();
    }
    let (text, title_hint, date_hint, lang_hint) = match raw.format {
        Format::Html => {
            let h = html_to_text(&raw.content, false);
            (h.text, h.title, h.published_hint, h.lang)
        }
        Format::Markdown => {
            let md = markdown_to_text(&raw.content);
            if looks_like_html(&md.text) {
                let h = html_to_text(&md.text, true);
                (h.text, md.title.or(h.title), md.published_hint.or(h.published_hint), h.lang)
            } else {
                (md.text, md.title, md.published_hint, None)
            }
        }
        Format::Text if looks_like_html(&raw.content) => {
            let h = html_to_text(&raw.content, true);
            (h.text, None, h.published_hint, h.lang)
        }
        Format::Text => (raw.content, None, None, None),
    };
    let mut text = normalize_text(&text);
    // Plain text keeps the page's lead furniture (HTML pages lose it in extraction).
    let mut lead_date = None;
    if raw.format != Format::Html {
        (text, lead_date) = strip_lead_furniture(text, data);
    }
    if text.is_empty() {
        return Err(SkipReason::Empty);
    }
    let title = raw.title.or(title_hint).or_else(|| find_title(&text, data)).map(|t| normalize_text(&t));
    let stated = |v: &str| parse_date_value(v, data).filter(|d| *d <= today);
    let published = raw
        .published
        .as_deref()
        .and_then(stated)
        .or_else(|| date_hint.as_deref().and_then(stated))
        .or(lead_date.filter(|d| *d <= today))
        .or_else(|| find_dateline(&text, data, today));
    let declared_lang = raw.lang.or(lang_hint).map(|l| l.trim().to_ascii_lowercase()).filter(|l| !l.is_empty());
    Ok(Prepared { doc_id: raw.doc_id, source: raw.source, text, title, published, declared_lang })
}

/// `\r\n` and a lone `\r` to `\n`.
fn unify_line_breaks(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// NFC, `\r\n` and a lone `\r` -> `\n`, control chars and BOMs (U+FEFF, a zero-width no-break
/// space only by accident) dropped, trailing spaces trimmed per line, at most one blank line in
/// a row, no leading or trailing blank space.
pub fn normalize_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0usize;
    let unified;
    let text = if text.contains('\r') {
        unified = unify_line_breaks(text);
        unified.as_str()
    } else {
        text
    };
    let nfc: String = text.nfc().collect();
    let mut clean = String::new();
    for line in nfc.split('\n') {
        // Drop first, then trim: a line of control chars is blank, `a \u{7}` ends in `a`.
        clean.clear();
        clean.extend(line.chars().filter(|&c| (!c.is_control() || c == '\t') && c != '\u{feff}').map(|c| match c {
            '\u{2028}' | '\u{2029}' => ' ',
            c => c,
        }));
        let line = clean.trim_end();
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(line);
    }
    match out.find(|c: char| !c.is_whitespace()) {
        Some(0) | None => out,
        Some(start) => out.split_off(start),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang_data::test_data;
    use std::path::PathBuf;

    fn raw(format: Format, content: &str) -> RawDoc {
        RawDoc {
            doc_id: "d".into(),
            source: "d".into(),
            path: PathBuf::from("d"),
            line: None,
            format,
            content: content.into(),
            title: None,
            published: None,
            lang: None,
            bytes: content.len() as u64,
        }
    }

    fn today() -> CivilDate {
        CivilDate::new(2026, 11, 23).unwrap()
    }

    #[test]
    fn normalizes_line_endings_nfc_and_blank_runs() {
        assert_eq!(normalize_text("  A\r\nCafe\u{301}  \r\n\r\n\r\n\rB\u{7}\n\n"), "A\nCafé\n\nB");
    }

    #[test]
    fn text_files_with_inline_html_are_converted() {
        let p = prepare(
            raw(Format::Text, "Slug\n\n<p>OpenAI &amp; <strong>Amazon</strong></p><p>Two</p>"),
            &test_data(),
            today(),
        )
        .unwrap();
        assert_eq!(p.text, "Slug\n\nOpenAI & Amazon\n\nTwo");
    }

    /// Regression: a scraped `.txt` kept its page's lead furniture (section slug, picture
    /// placeholder, date line with a view counter) as sentences of the body.
    #[test]
    fn lead_furniture_of_plain_text_goes_and_its_date_line_still_dates() {
        let p = prepare(
            raw(
                Format::Text,
                "markets-news\n\nNews Image\nMarch 3, 2026 57\n\nAcme Buys Rival\n\n<p>Body <b>text</b>.</p>",
            ),
            &test_data(),
            today(),
        )
        .unwrap();
        assert_eq!(p.text, "Acme Buys Rival\n\nBody text.");
        assert_eq!(p.title.as_deref(), Some("Acme Buys Rival"));
        assert_eq!(p.published.unwrap().to_string(), "2026-03-03");
    }

    #[test]
    fn jsonl_metadata_wins_and_future_dates_are_dropped() {
        let mut r = raw(Format::Text, "Nov 3, 2025\nBody.");
        r.published = Some("2099-01-01".into());
        r.title = Some("Given".into());
        let p = prepare(r, &test_data(), today()).unwrap();
        assert_eq!(p.title.as_deref(), Some("Given"));
        assert_eq!(p.published.unwrap().to_string(), "2025-11-03");
    }

    #[test]
    fn markup_only_documents_are_empty() {
        let r = raw(Format::Html, "<html><script>x()</script><p> </p></html>");
        assert_eq!(prepare(r, &test_data(), today()), Err(SkipReason::Empty));
    }

    #[test]
    fn a_lone_cr_is_a_line_break() {
        assert_eq!(
            normalize_text("Nordlicht Semiconductor\rraised money.\r\rNext\r\n"),
            "Nordlicht Semiconductor\nraised money.\n\nNext"
        );
        let p =
            prepare(raw(Format::Text, "Nordlicht Semiconductor\rraised €2 billion."), &test_data(), today()).unwrap();
        assert_eq!(p.text, "Nordlicht Semiconductor\nraised €2 billion.");
        // Markdown sees the lines: a heading after a lone CR is a heading.
        let p = prepare(raw(Format::Markdown, "# Nordlicht Deal\rBody **text**."), &test_data(), today()).unwrap();
        assert_eq!((p.title.as_deref(), p.text.as_str()), (Some("Nordlicht Deal"), "Nordlicht Deal\nBody text."));
    }

    #[test]
    fn a_bom_in_content_is_no_text_in_any_format() {
        // JSONL fields can carry one (the reader drops file BOMs itself).
        for (format, content, text) in [
            (Format::Text, "\u{feff}Body.", "Body."),
            (Format::Html, "\u{feff}<p>Body.</p>", "Body."),
            (Format::Markdown, "\u{feff}---\ntitle: Front\n---\nBody.", "Body."),
            (Format::Text, "One.\n\u{feff}Two.", "One.\nTwo."),
        ] {
            let p = prepare(raw(format, content), &test_data(), today()).unwrap();
            assert_eq!(p.text, text, "{format:?} {content:?}");
        }
        let p = prepare(raw(Format::Markdown, "\u{feff}---\ntitle: Front\n---\nBody."), &test_data(), today()).unwrap();
        assert_eq!(p.title.as_deref(), Some("Front"));
    }

    #[test]
    fn dropped_chars_leave_no_trailing_space_and_no_blank_run() {
        assert_eq!(normalize_text("a \u{7}\n\n\u{7}\n\nb\u{feff}"), "a\n\nb");
    }

    #[test]
    fn long_whitespace_runs_inside_a_sentence_finish() {
        // Ingest is linear here (a manual check: 100k and 400k spaces or NBSPs take ~1 ms and
        // ~4 ms in prepare + split); the 4.8 s / 11.6 s seen end to end were in
        // polyfact-entities (`fold` looks ahead over the whole whitespace run at every space).
        // Where the run survives normalization the 400k-char sentence is over the segmenter's
        // limit: it is cut inside the run, and pieces of whitespace alone are no sentences.
        let seg = crate::segment::Segmenter::new(test_data());
        for space in [" ", "\u{a0}", "&nbsp;"] {
            let body = format!("Nordlicht raised{}€2 billion.", space.repeat(400_000));
            for format in [Format::Text, Format::Html] {
                let p = prepare(raw(format, &body), &test_data(), today()).unwrap();
                let chars: Vec<char> = p.text.chars().collect();
                let texts: Vec<String> =
                    seg.split(&p.text, "en").iter().map(|s| chars[s.start..s.end].iter().collect()).collect();
                // (Plain text keeps `&nbsp;` as written.)
                let words: String = texts.concat().replace("&nbsp;", "").split_whitespace().collect();
                assert_eq!(words, "Nordlichtraised€2billion.");
                assert!(texts.iter().all(|t| t.chars().count() <= crate::MAX_SENTENCE_CHARS));
            }
        }
    }
}
