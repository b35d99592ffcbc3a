//! Page furniture at the top of plain-text documents.
//!
//! A page saved as text (a scraper's `.txt`, a JSONL `text` field, Markdown exported from a
//! CMS) often starts with what surrounded the article on the page: the section slug
//! (`around-the-world`), the placeholder of a dropped picture (`Featured image`), a label
//! (`Advertisement`), and a date line with a view or comment counter (`November 4, 2025 50`).
//! HTML pages do not need this: main-content extraction ([`crate::extract`]) drops furniture
//! with the page structure. Plain text has no structure left, so only the *lead* is cleaned:
//! the lines before the first line that is neither of the shapes below. A line inside the
//! body is never touched, and a document made of furniture only is kept as it is (it is
//! never made empty here).
//!
//! The shapes are general (no site, no page of a benchmark): a slug is lower-case ASCII words
//! joined by `-` or `_` with no space; labels and media words are per-language data
//! (`[page]` in `data/lang/*.toml`); a date line holds a date and nothing but times,
//! counters and zone names ([`date_only_line`]). The first date of such a line is kept as a
//! publication-date hint, so dropping the line loses no metadata.

use crate::lang_data::LangData;
use crate::meta::date_only_line;
use polyfact_core::CivilDate;

/// At most this many lead lines are looked at: furniture is a few lines, not a page.
const MAX_LEAD_LINES: usize = 12;

/// `text` without its lead furniture, and the date of the first date line dropped.
pub fn strip_lead_furniture(text: String, data: &LangData) -> (String, Option<CivilDate>) {
    let mut cut = 0; // byte offset where the kept text starts
    let mut date = None;
    let mut pos = 0;
    let mut seen = 0;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        seen += 1;
        if seen > MAX_LEAD_LINES {
            break;
        }
        let line_date = date_only_line(trimmed, data);
        if !(is_slug(trimmed) || data.is_furniture_label(trimmed) || line_date.is_some()) {
            cut = start;
            break;
        }
        date = date.or(line_date);
        cut = pos;
    }
    let rest = &text[cut..];
    if cut == 0 || rest.trim().is_empty() {
        return (text, None);
    }
    (rest.trim_start_matches(['\n', ' ', '\t']).to_string(), date)
}

/// A URL slug or a section key: two or more lower-case ASCII words (or numbers) joined by `-`
/// or `_`, nothing else (`around-the-world`, `tech_news`). Capitals, spaces or a date
/// (`2026-03-03`, all digits) make a line something else.
fn is_slug(line: &str) -> bool {
    let parts: Vec<&str> = line.split(['-', '_']).collect();
    parts.len() >= 2
        && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
        && parts.iter().any(|p| p.bytes().any(|b| b.is_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang_data::test_data;

    fn strip(text: &str) -> (String, Option<String>) {
        let (t, d) = strip_lead_furniture(text.to_string(), &test_data());
        (t, d.map(|d| d.to_string()))
    }

    #[test]
    fn slugs_picture_placeholders_and_counter_date_lines_leave_the_lead() {
        let text = "world-business\n\nworld-business\n\nFeatured image\nMarch 3, 2026 128\n\nAcme Buys Rival for $2 Billion\n\nBody text.";
        assert_eq!(
            strip(text),
            ("Acme Buys Rival for $2 Billion\n\nBody text.".to_string(), Some("2026-03-03".to_string()))
        );
    }

    #[test]
    fn labels_and_credits_in_other_languages() {
        let (t, d) = strip("Anzeige\nFoto: dpa\n12.03.2026 08:30 Uhr\nDie Firma kauft zu.");
        assert_eq!((t.as_str(), d.as_deref()), ("Die Firma kauft zu.", Some("2026-03-12")));
        let (t, _) = strip("広告\n写真：共同\n同社は買収を発表した。");
        assert_eq!(t, "同社は買収を発表した。");
    }

    #[test]
    fn a_headline_or_body_line_first_is_kept_whole() {
        for text in [
            "Acme Buys Rival\n\nworld-business\n\nBody.",
            "November 4, 2025 — Acme said it bought a rival.",
            "Photo finish for the merger\nBody.",
            "State-of-the-art chips\nBody.",
        ] {
            assert_eq!(strip(text), (text.to_string(), None), "{text}");
        }
    }

    #[test]
    fn furniture_inside_the_body_is_not_touched() {
        let text = "Acme Buys Rival\n\nAdvertisement\n\nBody.";
        assert_eq!(strip(text).0, text);
    }

    #[test]
    fn a_document_of_furniture_only_is_kept() {
        let text = "around-the-world\nNews Image\n";
        assert_eq!(strip(text), (text.to_string(), None));
    }

    #[test]
    fn slugs_are_lower_case_words_joined_without_spaces() {
        assert!(is_slug("around-the-world") && is_slug("tech_news") && is_slug("2026-budget"));
        assert!(!is_slug("2026-03-03") && !is_slug("Around-the-World") && !is_slug("world") && !is_slug("a - b"));
    }
}
