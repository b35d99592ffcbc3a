//! Title and publication date from the text itself.
//!
//! News text starts with furniture: slugs, section names, bylines, a dateline, the headline.
//! We look at the first lines only (a date deep in the body is an event date, not the
//! publication date) and accept a date only in dateline position: at most three words
//! before it on its line (`Seattle, November 4, 2025 —`, ` date 2025-12-17 ...`), or right
//! after a dateline word from `data/lang` (`Updated: ...`, `Veröffentlicht am ...`).

use crate::lang_data::LangData;
use polyfact_core::CivilDate;

/// How many non-empty lines at the top are searched for a title and a dateline.
const HEADER_LINES: usize = 15;
/// How many chars at the top are searched at most.
const HEADER_CHARS: usize = 3000;

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num { value: u32, digits: usize },
    Word(String),
    Punct(char),
}

/// Splits a line into numbers (ASCII or full-width digits), words and single punctuation.
/// CJK characters are one token each, so `2025年11月3日` is `2025 年 11 月 3 日`.
fn tokenize(line: &str) -> Vec<Tok> {
    tokenize_with_ends(line).into_iter().map(|(t, _)| t).collect()
}

/// [`tokenize`], with the byte offset in `line` where each token ends.
fn tokenize_with_ends(line: &str) -> Vec<(Tok, usize)> {
    let mut toks = Vec::new();
    let mut chars = line.char_indices().peekable();
    while let Some(&(_, c)) = chars.peek() {
        let tok = if let Some(d) = digit(c) {
            let (mut value, mut digits) = (d, 1usize);
            chars.next();
            while let Some(d) = chars.peek().and_then(|&(_, c)| digit(c)) {
                value = value.saturating_mul(10).saturating_add(d);
                digits += 1;
                chars.next();
            }
            Tok::Num { value, digits }
        } else if c.is_alphabetic() && !is_cjk(c) {
            let mut w = String::new();
            while let Some(&(_, c)) = chars.peek().filter(|(_, c)| c.is_alphabetic() && !is_cjk(*c)) {
                w.push(c);
                chars.next();
            }
            Tok::Word(w)
        } else if c.is_whitespace() {
            chars.next();
            continue;
        } else {
            chars.next();
            if is_cjk(c) {
                Tok::Word(c.to_string())
            } else {
                Tok::Punct(c)
            }
        };
        let end = chars.peek().map_or(line.len(), |&(b, _)| b);
        toks.push((tok, end));
    }
    toks
}

fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// The two words right before token `i` (nearest first): where a dateline word introduces a
/// date ("Updated November 4", "Publicado em 05/02/2024").
fn two_words_before(toks: &[Tok], i: usize) -> impl Iterator<Item = &String> {
    toks[..i].iter().rev().filter_map(|t| if let Tok::Word(w) = t { Some(w) } else { None }).take(2)
}

/// A full date found at token `start` of a line, with the number of tokens it spans.
fn date_at(toks: &[Tok], start: usize, data: &LangData) -> Option<(CivilDate, usize)> {
    let num = |i: usize, max_digits: usize| match toks.get(i) {
        Some(Tok::Num { value, digits }) if *digits <= max_digits => Some(*value),
        _ => None,
    };
    let year = |i: usize| match toks.get(i) {
        Some(Tok::Num { value, digits: 4 }) => Some(*value as i32),
        _ => None,
    };
    let month = |i: usize| match toks.get(i) {
        Some(Tok::Word(w)) => data.month(w),
        _ => None,
    };
    let punct = |i: usize, set: &str| matches!(toks.get(i), Some(Tok::Punct(p)) if set.contains(*p));
    let word =
        |i: usize, set: &[&str]| matches!(toks.get(i), Some(Tok::Word(w)) if set.contains(&w.to_lowercase().as_str()));
    // Skips an optional token matching `pred` at `i`.
    let opt = |i: usize, hit: bool| if hit { i + 1 } else { i };

    // 2025-11-04, 2025/11/04
    if let Some(y) = year(start) {
        if punct(start + 1, "-/") && punct(start + 3, "-/") {
            if let (Some(m), Some(d)) = (num(start + 2, 2), num(start + 4, 2)) {
                return CivilDate::new(y, m, d).map(|date| (date, 5));
            }
        }
        // 2025年11月3日 (with the markers of any language that has them)
        for [ym, mm, dm] in data.ymd_markers() {
            let marker = |i: usize, m: &str| matches!(toks.get(i), Some(Tok::Word(w)) if w == m);
            if marker(start + 1, ym) && marker(start + 3, mm) && marker(start + 5, dm) {
                if let (Some(m), Some(d)) = (num(start + 2, 2), num(start + 4, 2)) {
                    return CivilDate::new(y, m, d).map(|date| (date, 6));
                }
            }
        }
    }
    // November 04, 2025 / Nov. 3, 2025 / Nov 3 2025
    if let Some(m) = month(start) {
        let i = opt(start + 1, punct(start + 1, "."));
        if let Some(d) = num(i, 2) {
            let j = opt(i + 1, punct(i + 1, ","));
            if let Some(y) = year(j) {
                return CivilDate::new(y, m, d).map(|date| (date, j + 1 - start));
            }
        }
    }
    // 17/10/2025, 10/17/2025: the order is plain when one part exceeds 12; otherwise a
    // dateline word of a day-first language among the two words before decides ("Publicado
    // em 05/02/2024"), and without one the date stays unread: no date beats a wrong one.
    if let (Some(a), true, Some(b), true, Some(y)) =
        (num(start, 2), punct(start + 1, "/"), num(start + 2, 2), punct(start + 3, "/"), year(start + 4))
    {
        let day_first = two_words_before(toks, start).any(|w| data.is_day_first_word(w));
        let (d, m) = match (a > 12, b > 12) {
            (true, false) => (a, b),
            (false, true) => (b, a),
            (false, false) if day_first || a == b => (a, b),
            _ => return None,
        };
        return CivilDate::new(y, m, d).map(|date| (date, 5));
    }
    if let Some(d) = num(start, 2) {
        // 04.11.2025
        if punct(start + 1, ".") && punct(start + 3, ".") {
            if let (Some(m), Some(y)) = (num(start + 2, 2), year(start + 4)) {
                return CivilDate::new(y, m, d).map(|date| (date, 5));
            }
        }
        // 3. November 2025 / 3 november 2025 / 3 de noviembre de 2025
        let mut i = opt(start + 1, punct(start + 1, "."));
        i = opt(i, word(i, &["de", "del"]));
        if let Some(m) = month(i) {
            let mut j = opt(i + 1, punct(i + 1, "."));
            j = opt(j, word(j, &["de", "del"]));
            j = opt(j, punct(j, ","));
            if let Some(y) = year(j) {
                return CivilDate::new(y, m, d).map(|date| (date, j + 1 - start));
            }
        }
    }
    None
}

/// The date of a line that holds nothing but a date: `November 4, 2025`, `Updated: 04.11.2025
/// 08:30 CET`, or a date followed by a page counter (`November 4, 2025 50`, a view or comment
/// count a scraper kept). Such a line is page furniture at the top of a text document; its date
/// is a publication-date hint. A time, numbers, punctuation and short all-caps zone names may
/// follow the date; any other word makes the line text.
pub fn date_only_line(line: &str, data: &LangData) -> Option<CivilDate> {
    let toks = tokenize(line);
    let mut i = 0;
    while i < toks.len() {
        match &toks[i] {
            Tok::Word(w) if data.is_dateline_word(w) => i += 1,
            Tok::Punct(_) => i += 1,
            _ => break,
        }
    }
    let (date, len) = date_at(&toks, i, data)?;
    let rest_is_furniture = toks[i + len..].iter().all(|t| match t {
        Tok::Num { .. } | Tok::Punct(_) => true,
        Tok::Word(w) => {
            let lower = w.to_lowercase();
            matches!(lower.as_str(), "am" | "pm" | "uhr" | "h")
                || (w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase()))
        }
    });
    rest_is_furniture.then_some(date)
}

/// The first date in dateline position within the header of `text`, not after `today`.
pub fn find_dateline(text: &str, data: &LangData, today: CivilDate) -> Option<CivilDate> {
    for line in header_lines(text) {
        let toks = tokenize(line);
        let mut words_before = 0;
        for i in 0..toks.len() {
            if let Some((date, _)) = date_at(&toks, i, data) {
                // "Updated November 4", "Veröffentlicht am 3. November": one of the two
                // words right before the date is a dateline word.
                let after_dateline_word = two_words_before(&toks, i).any(|w| data.is_dateline_word(w));
                if (words_before <= 3 || after_dateline_word) && date <= today {
                    return Some(date);
                }
            }
            if matches!(toks[i], Tok::Word(_)) {
                words_before += 1;
            }
        }
    }
    None
}

/// Where a dateline that opens a body line ends, as a char offset into `text`: `date
/// 2025-12-17 Amazon zou ...`, `Frankfurt, 12. März 2026 – Die Nordlicht ...`. Only a date in
/// dateline position (see [`find_dateline`]) that a dateline word introduces or a dash or bar
/// ends, with body text after it on the same line: "On 3 November 2025 OpenAI said" is a
/// sentence, not a dateline. The segmenter ends a sentence there.
pub fn dateline_end(text: &str, data: &LangData) -> Option<usize> {
    for line in header_lines(text) {
        let toks = tokenize_with_ends(line);
        let plain: Vec<Tok> = toks.iter().map(|(t, _)| t.clone()).collect();
        let mut words_before = 0;
        for i in 0..plain.len() {
            if let Some((_, len)) = date_at(&plain, i, data) {
                let introduced = plain[..i].iter().any(|t| matches!(t, Tok::Word(w) if data.is_dateline_word(w)));
                if words_before > 3 && !introduced {
                    break;
                }
                let mut end = toks[i + len - 1].1;
                let rest = &line[end..];
                let after_dash = rest.trim_start().strip_prefix(['—', '–', '-', '|']);
                if let Some(body) = after_dash {
                    end = line.len() - body.len();
                } else if !introduced {
                    break;
                }
                let body = line[end..].trim_start();
                if !body.starts_with(|c: char| c.is_uppercase() || c.is_numeric() || is_cjk(c)) {
                    break;
                }
                let line_start = line.as_ptr() as usize - text.as_ptr() as usize;
                return Some(text[..line_start + end].chars().count());
            }
            if matches!(plain[i], Tok::Word(_)) {
                words_before += 1;
            }
        }
    }
    None
}

/// A date written anywhere in a metadata value (`2025-11-04T08:00`, `Nov 3, 2025`).
pub fn parse_date_value(value: &str, data: &LangData) -> Option<CivilDate> {
    CivilDate::parse_iso_prefix(value).or_else(|| {
        let toks = tokenize(value);
        (0..toks.len()).find_map(|i| date_at(&toks, i, data).map(|(d, _)| d))
    })
}

/// The first non-empty lines of the text, bounded by `HEADER_LINES` and `HEADER_CHARS`.
fn header_lines(text: &str) -> impl Iterator<Item = &str> {
    let head_end = text.char_indices().nth(HEADER_CHARS).map_or(text.len(), |(b, _)| b);
    text[..head_end].lines().map(str::trim).filter(|l| !l.is_empty()).take(HEADER_LINES)
}

fn ends_like_a_sentence(line: &str) -> bool {
    line.ends_with(['.', '!', '?', '。', '！', '？', ':', ';', '…', ','])
}

/// A headline among the first lines: the first line with at least three words (or, for
/// scripts without spaces, eight chars), at most 250 chars, that is not a dateline. The search
/// stops at the first line that reads like body text (ends like a sentence, or is long).
pub fn find_title(text: &str, data: &LangData) -> Option<String> {
    for line in header_lines(text).take(8) {
        let chars = line.chars().count();
        if chars > 250 || ends_like_a_sentence(line) {
            return None;
        }
        let toks = tokenize(line);
        if (0..toks.len()).any(|i| date_at(&toks, i, data).is_some()) {
            continue;
        }
        let words = line.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
        let spaceless_script = line.chars().any(is_cjk);
        if words >= 3 || (spaceless_script && chars >= 8) {
            return Some(line.to_string());
        }
    }
    None
}

/// What a page's JSON-LD (`<script type="application/ld+json">`) says about its article:
/// the fields of the first `Article`-like item (`NewsArticle`, `BlogPosting`, ...), found in
/// a top-level object, an array or a `@graph`.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct JsonLdMeta {
    pub headline: Option<String>,
    pub date_published: Option<String>,
    pub in_language: Option<String>,
    pub author: Option<String>,
    pub publisher: Option<String>,
}

/// Reads one JSON-LD script's text; `None` when it is no JSON or holds no article item.
/// Bounded: items nested deeper than a few levels are not looked at.
pub fn json_ld_meta(script: &str) -> Option<JsonLdMeta> {
    let value: serde_json::Value = serde_json::from_str(script.trim()).ok()?;
    let item = find_article(&value, 0)?;
    let text = |v: &serde_json::Value| -> Option<String> {
        let s = match v {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Object(o) => o.get("name").or_else(|| o.get("alternateName"))?.as_str()?.to_string(),
            serde_json::Value::Array(a) => {
                let names: Vec<String> = a
                    .iter()
                    .filter_map(|x| match x {
                        serde_json::Value::String(s) => Some(s.clone()),
                        serde_json::Value::Object(o) => o.get("name")?.as_str().map(str::to_string),
                        _ => None,
                    })
                    .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
                    .filter(|s| !s.is_empty())
                    .collect();
                names.join(", ")
            }
            _ => return None,
        };
        let s = crate::html::decode_entities(&s).split_whitespace().collect::<Vec<_>>().join(" ");
        (!s.is_empty()).then_some(s)
    };
    let field = |k: &str| item.get(k).and_then(text);
    Some(JsonLdMeta {
        headline: field("headline").or_else(|| field("name")),
        date_published: field("datePublished").or_else(|| field("dateCreated")),
        in_language: field("inLanguage"),
        author: field("author"),
        publisher: field("publisher"),
    })
}

/// The first item whose `@type` names an article (`Article`, `NewsArticle`, `BlogPosting`,
/// `ReportageNewsArticle`, ...), depth-first through arrays and `@graph`.
fn find_article(v: &serde_json::Value, depth: usize) -> Option<&serde_json::Map<String, serde_json::Value>> {
    if depth > 4 {
        return None;
    }
    match v {
        serde_json::Value::Array(a) => a.iter().find_map(|x| find_article(x, depth + 1)),
        serde_json::Value::Object(o) => {
            let is_article = |t: &str| t.ends_with("Article") || t == "BlogPosting" || t == "Report";
            let typed = match o.get("@type") {
                Some(serde_json::Value::String(t)) => is_article(t),
                Some(serde_json::Value::Array(ts)) => ts.iter().filter_map(|t| t.as_str()).any(is_article),
                _ => false,
            };
            if typed {
                return Some(o);
            }
            o.get("@graph").and_then(|g| find_article(g, depth + 1))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang_data::test_data;

    fn today() -> CivilDate {
        CivilDate::new(2026, 11, 23).unwrap()
    }

    fn dateline(text: &str) -> Option<String> {
        find_dateline(text, &test_data(), today()).map(|d| d.to_string())
    }

    #[test]
    fn datelines_in_many_shapes() {
        assert_eq!(dateline("Title here\n\nNovember 04, 2025\nBody."), Some("2025-11-04".into()));
        assert_eq!(dateline("Deal\nNov 3, 2025\n"), Some("2025-11-03".into()));
        assert_eq!(dateline("Deal\nNov. 3, 2025\n"), Some("2025-11-03".into()));
        assert_eq!(dateline(" date 2025-12-17 Amazon zou een investering overwegen."), Some("2025-12-17".into()));
        assert_eq!(dateline("Berlin, 3. November 2025 – Der Vertrag"), Some("2025-11-03".into()));
        assert_eq!(dateline("公開日 2025年11月3日"), Some("2025-11-03".into()));
        assert_eq!(dateline("２０２５年１１月３日"), Some("2025-11-03".into()));
        assert_eq!(dateline("Madrid, 3 de noviembre de 2025"), Some("2025-11-03".into()));
        assert_eq!(dateline("Le 4 novembre 2025"), Some("2025-11-04".into()));
        assert_eq!(dateline("04.11.2025"), Some("2025-11-04".into()));
        assert_eq!(dateline("By Jane Roe and John Doe | Updated November 4, 2025"), Some("2025-11-04".into()));
    }

    #[test]
    fn slashed_dates_in_the_order_the_line_makes_plain() {
        assert_eq!(dateline("Título\n17/10/2025 09h40 · Atualizado há 1 hora"), Some("2025-10-17".into()));
        assert_eq!(dateline("Title\nUpdated 10/17/2025"), Some("2025-10-17".into()));
        // Both parts 12 or less: a day-first language's dateline word decides, else no date.
        assert_eq!(dateline("Título\nPublicado em 05/02/2024 às 13h40"), Some("2024-02-05".into()));
        assert_eq!(dateline("Title\nPublished 05/02/2024"), None);
        assert_eq!(dateline("Title\n31/02/2024"), None);
    }

    #[test]
    fn a_dateline_that_opens_a_body_line_ends_before_the_body() {
        let end = |text: &str| dateline_end(text, &test_data()).map(|e| text.chars().take(e).collect::<String>());
        assert_eq!(end(" date 2025-12-17 Amazon zou een investering overwegen.").as_deref(), Some(" date 2025-12-17"));
        assert_eq!(
            end("Titel\n\nFrankfurt, 12. März 2026 – Die Nordlicht Energie AG übernimmt").as_deref(),
            Some("Titel\n\nFrankfurt, 12. März 2026 –")
        );
        assert_eq!(end("SEATTLE, Nov. 4, 2025 — Amazon said").as_deref(), Some("SEATTLE, Nov. 4, 2025 —"));
        // A sentence that starts with a date, a dateline alone on its line, a lower-case tail.
        assert_eq!(end("On 3 November 2025 OpenAI said it would pay."), None);
        assert_eq!(end("Title\nNovember 04, 2025\nBody."), None);
        assert_eq!(end("Published: November 4, 2025, and updated since"), None);
    }

    #[test]
    fn body_dates_partial_dates_and_future_dates_are_not_datelines() {
        assert_eq!(dateline("OpenAI und Amazon haben am 3. November 2025 einen Vertrag unterzeichnet."), None);
        assert_eq!(dateline("2025 年 8 月、OpenAI と AWS は初めて提携し"), None);
        assert_eq!(dateline("Outlook\nDecember 1, 2027\n"), None);
        assert_eq!(dateline("Deal\nFebruary 30, 2025\n"), None);
        let late = format!("{}\nNovember 4, 2025", "line\n".repeat(20));
        assert_eq!(dateline(&late), None);
    }

    #[test]
    fn titles_skip_slugs_and_datelines_and_stop_at_body_text() {
        let data = test_data();
        let t = "around-the-world\n\nNews Image\nNovember 4, 2025 50\n\nOpenAI and Amazon Seal $38 Billion AI Cloud Deal\n\nBody.";
        assert_eq!(find_title(t, &data).as_deref(), Some("OpenAI and Amazon Seal $38 Billion AI Cloud Deal"));
        assert_eq!(
            find_title("OpenAI とアマゾンは契約を発表しました。\n次の時代を支える 380 億ドルの契約", &data),
            None
        );
        assert_eq!(
            find_title(" date 2025-12-17 Amazon zou een investering van 10 miljard dollar overwegen.", &data),
            None
        );
    }

    #[test]
    fn metadata_values_parse_as_dates() {
        let data = test_data();
        assert_eq!(parse_date_value("2025-11-04T08:00:00+01:00", &data).unwrap().to_string(), "2025-11-04");
        assert_eq!(parse_date_value("Tue, Nov 4, 2025", &data).unwrap().to_string(), "2025-11-04");
        assert_eq!(parse_date_value("soon", &data), None);
    }

    #[test]
    fn json_ld_article_fields_in_objects_arrays_and_graphs() {
        let m = json_ld_meta(
            r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"Nordlicht buys  VoltaCell",
            "datePublished":"2025-11-04T08:00:00+01:00","inLanguage":"de-DE",
            "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],
            "publisher":{"@type":"Organization","name":"Der Bote"}}"#,
        )
        .unwrap();
        assert_eq!(m.headline.as_deref(), Some("Nordlicht buys VoltaCell"));
        assert_eq!(m.date_published.as_deref(), Some("2025-11-04T08:00:00+01:00"));
        assert_eq!(m.in_language.as_deref(), Some("de-DE"));
        assert_eq!(m.author.as_deref(), Some("Jane Roe, John Doe"));
        assert_eq!(m.publisher.as_deref(), Some("Der Bote"));
        let g = json_ld_meta(
            r#"{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":["BlogPosting"],"headline":"H &amp; G","author":"Ann"}]}"#,
        )
        .unwrap();
        assert_eq!((g.headline.as_deref(), g.author.as_deref()), (Some("H & G"), Some("Ann")));
        let a = json_ld_meta(r#"[{"@type":"BreadcrumbList"},{"@type":"Article","datePublished":"2024-01-02"}]"#);
        assert_eq!(a.unwrap().date_published.as_deref(), Some("2024-01-02"));
        assert_eq!(json_ld_meta(r#"{"@type":"Organization","name":"X"}"#), None);
        assert_eq!(json_ld_meta("not json {"), None);
    }
}
