//! Sentence segmentation for news text in spaced (en/de/nl/fr/es/...) and unspaced
//! (ja/zh) scripts.
//!
//! Rules, in order of precedence:
//! 1. A blank line ends a sentence. A single newline does too, unless it looks like a hard
//!    wrap (the line does not end in punctuation and the next starts lower-case).
//! 2. `。！？` end a sentence, except inside `「…」`/`『…』`/`（…）` quotes.
//! 3. `.!?…` (plus closing quotes/brackets) end a sentence when followed by whitespace and a
//!    word that is not lower-case, except after an abbreviation from `data/lang/<lang>.toml`
//!    (`Nov.`, `z.B.`, `bijv.`), a dotted acronym (`U.S.`), a single initial (`J.`) or a day
//!    number before a month name (`3. November`). Dots inside tokens (`3.5`, `Amazon.com`,
//!    `1,4`) never end one.
//! 4. A dateline glued to the first sentence of the body (`date 2025-12-17 Amazon zou ...`,
//!    `Frankfurt, 12. März 2026 – Die Nordlicht ...`) is a segment of its own, so quotes start
//!    at the body (see `meta::dateline_end`).
//!
//! Offsets are char indices; sentences are trimmed of surrounding whitespace.

use polyfact_core::Sentence;

use crate::lang_data::LangData;

/// How far (chars) to look for the closing bracket of an open Japanese quote before treating
/// it as unbalanced.
const QUOTE_LOOKAHEAD: usize = 400;

/// The longest sentence (chars) later stages see. Longer runs of text without a sentence end
/// (tables flattened to text, lists, Japanese without `。`, hostile input) are cut before it,
/// at the last clause break or space of the final quarter (else right at it), and the cuts are
/// counted. Later stages look at pairs and windows inside one sentence, so this bound keeps
/// their work linear in the document's length. Sentences of real news stay far below it (the
/// longest quoted sentence of our fixture sets has 337 chars).
pub const MAX_SENTENCE_CHARS: usize = 2000;

/// Splits text into sentences using per-language abbreviation lists.
#[derive(Debug, Clone)]
pub struct Segmenter {
    data: LangData,
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '«' | ')' | ']' | '」' | '』' | '）' | '】')
}

fn is_cjk_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…') || is_cjk_terminal(c)
}

fn opens_quote(c: char) -> bool {
    matches!(c, '「' | '『' | '（' | '【')
}

fn closes_quote(c: char) -> bool {
    matches!(c, '」' | '』' | '）' | '】')
}

impl Segmenter {
    pub fn new(data: LangData) -> Self {
        Segmenter { data }
    }

    /// Sentence spans of `text`, for a document in language `lang` (ISO 639-1).
    pub fn split(&self, text: &str, lang: &str) -> Vec<Sentence> {
        self.split_counted(text, lang).0
    }

    /// [`Segmenter::split`], and how many cuts were forced by [`MAX_SENTENCE_CHARS`].
    pub fn split_counted(&self, text: &str, lang: &str) -> (Vec<Sentence>, usize) {
        let chars: Vec<char> = text.chars().collect();
        let n = chars.len();
        let mut out = Vec::new();
        let mut start = 0usize;
        let mut depth = 0usize;
        let mut i = 0usize;
        let skip_ws = |mut j: usize| {
            while j < n && chars[j].is_whitespace() {
                j += 1;
            }
            j
        };
        while i < n {
            let c = chars[i];
            if c == '\n' {
                let mut j = i;
                let mut newlines = 0;
                while j < n && chars[j].is_whitespace() {
                    newlines += usize::from(chars[j] == '\n');
                    j += 1;
                }
                let prev = chars[..i].iter().rev().find(|c| !c.is_whitespace()).copied();
                let soft_wrap = newlines == 1
                    && j < n
                    && chars[j].is_lowercase()
                    && prev.is_some_and(|p| !is_terminal(p) && !is_closing(p) && p != ':');
                if !soft_wrap {
                    push(&mut out, &chars, start, i);
                    start = j;
                    depth = 0;
                }
                i = j;
                continue;
            }
            if opens_quote(c) {
                depth += 1;
            } else if closes_quote(c) {
                depth = depth.saturating_sub(1);
            } else if is_cjk_terminal(c) {
                if depth > 0 && !self.closer_ahead(&chars, i) {
                    depth = 0; // an unbalanced quote must not swallow the paragraph
                }
                if depth == 0 {
                    let mut j = i + 1;
                    while j < n && (is_closing(chars[j]) || is_cjk_terminal(chars[j])) {
                        j += 1;
                    }
                    push(&mut out, &chars, start, j);
                    start = skip_ws(j);
                    i = start;
                    continue;
                }
            } else if matches!(c, '.' | '!' | '?' | '…') {
                let mut j = i + 1;
                while j < n && (matches!(chars[j], '.' | '!' | '?' | '…') || is_closing(chars[j])) {
                    j += 1;
                }
                if j < n && !chars[j].is_whitespace() {
                    i = j; // a dot inside a token: 3.5, Amazon.com, U.S.-based
                    continue;
                }
                let k = skip_ws(j);
                if k < n && chars[k] != '\n' && self.ends_sentence(&chars, start, i, k, lang) {
                    push(&mut out, &chars, start, j);
                    start = k;
                    i = k;
                    continue;
                }
                i = j;
                continue;
            }
            i += 1;
        }
        push(&mut out, &chars, start, n);
        if let Some(cut) = crate::meta::dateline_end(text, &self.data) {
            split_at(&mut out, &chars, cut);
        }
        let forced = cap_lengths(&mut out, &chars);
        (out, forced)
    }

    fn closer_ahead(&self, chars: &[char], i: usize) -> bool {
        chars[i..chars.len().min(i + QUOTE_LOOKAHEAD)].iter().take_while(|&&c| c != '\n').any(|&c| closes_quote(c))
    }

    /// Whether the terminal punctuation at `i` ends the sentence begun at `start`, given
    /// that the next non-space char is at `k`.
    fn ends_sentence(&self, chars: &[char], start: usize, i: usize, k: usize, lang: &str) -> bool {
        let next = chars[k];
        if next.is_lowercase() {
            return false;
        }
        if chars[i] != '.' {
            return true;
        }
        let mut w = i;
        while w > start && (chars[w - 1].is_alphanumeric() || chars[w - 1] == '.') {
            w -= 1;
        }
        let word: String = chars[w..i].iter().collect();
        if word.is_empty() {
            return true;
        }
        let lower = word.to_lowercase();
        let specs = [self.data.spec(lang), self.data.spec("en")];
        if specs.iter().flatten().any(|s| s.abbreviations.contains(&lower)) {
            return false;
        }
        if specs.iter().flatten().any(|s| s.final_abbreviations.contains(&lower)) {
            return next.is_uppercase();
        }
        let mut letters = word.chars();
        if let (Some(only), None) = (letters.next(), letters.next()) {
            if only.is_uppercase() {
                return false; // an initial: "J. Smith"
            }
        }
        if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic)) {
            return false; // a dotted acronym: U.S., e.g.
        }
        if word.chars().all(|c| c.is_ascii_digit()) && word.len() <= 2 {
            let next_word: String = chars[k..].iter().take_while(|c| c.is_alphabetic()).collect();
            if self.data.month(&next_word).is_some() {
                return false; // a German/Danish day ordinal: "3. November"
            }
        }
        true
    }
}

/// Ends the sentence that spans char `cut` there: a dateline glued to the first sentence of
/// the body (`date 2025-12-17 Amazon zou ...`) is a segment of its own.
fn split_at(out: &mut Vec<Sentence>, chars: &[char], cut: usize) {
    let Some(k) = out.iter().position(|s| s.start < cut && cut < s.end) else { return };
    let whole = out.remove(k);
    let mut parts = Vec::new();
    push(&mut parts, chars, whole.start, cut);
    push(&mut parts, chars, cut, whole.end);
    out.splice(k..k, parts);
}

/// Cuts every sentence longer than [`MAX_SENTENCE_CHARS`] into pieces no longer than it; returns
/// the number of cuts.
fn cap_lengths(out: &mut Vec<Sentence>, chars: &[char]) -> usize {
    if out.iter().all(|s| s.end - s.start <= MAX_SENTENCE_CHARS) {
        return 0;
    }
    let mut cuts = 0;
    let mut capped = Vec::with_capacity(out.len());
    for s in out.drain(..) {
        let mut start = s.start;
        while s.end - start > MAX_SENTENCE_CHARS {
            let limit = start + MAX_SENTENCE_CHARS;
            let floor = limit - MAX_SENTENCE_CHARS / 4;
            let cut = (floor..limit)
                .rev()
                .find(|&i| chars[i].is_whitespace() || matches!(chars[i], ',' | ';' | '、' | '，' | '；'))
                .map_or(limit, |i| i + 1);
            push(&mut capped, chars, start, cut);
            start = cut;
            cuts += 1;
        }
        push(&mut capped, chars, start, s.end);
    }
    *out = capped;
    cuts
}

fn push(out: &mut Vec<Sentence>, chars: &[char], mut start: usize, mut end: usize) {
    while start < end && chars[start].is_whitespace() {
        start += 1;
    }
    while end > start && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    if start < end {
        out.push(Sentence { start, end, lang: None });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang_data::test_data;

    fn split(text: &str, lang: &str) -> Vec<String> {
        let seg = Segmenter::new(test_data());
        let chars: Vec<char> = text.chars().collect();
        seg.split(text, lang).iter().map(|s| chars[s.start..s.end].iter().collect()).collect()
    }

    #[test]
    fn a_run_of_text_without_a_sentence_end_is_cut_before_the_limit_and_counted() {
        let seg = Segmenter::new(test_data());
        let text = "Acme rose 4% on Monday, ".repeat(400); // 9,600 chars, no sentence end
        let (sentences, cuts) = seg.split_counted(&text, "en");
        assert!(cuts >= 4, "{cuts} cuts");
        assert_eq!(sentences.len(), cuts + 1);
        assert!(sentences.iter().all(|s| s.end - s.start <= MAX_SENTENCE_CHARS));
        // Cut after a clause break or space, so no word or value is split.
        let chars: Vec<char> = text.chars().collect();
        for s in &sentences[1..] {
            assert!(chars[s.start - 1].is_whitespace() || chars[s.start - 1] == ',', "{}", s.start);
        }
        // Nothing is lost: pieces cover the text up to the whitespace between them.
        let covered: usize = sentences.iter().map(|s| s.end - s.start).sum();
        assert!(covered + 2 * cuts >= text.trim_end().chars().count());
        // Japanese without `。` and without spaces: a hard cut at the limit.
        let ja = "売上高は4%増えた".repeat(700);
        let (sentences, cuts) = seg.split_counted(&ja, "ja");
        assert_eq!(cuts, ja.chars().count() / MAX_SENTENCE_CHARS);
        assert!(sentences.iter().all(|s| s.end - s.start <= MAX_SENTENCE_CHARS));
        // A normal paragraph is never cut.
        assert_eq!(seg.split_counted("Acme rose 4% on Monday. It fell on Tuesday.", "en").1, 0);
    }

    #[test]
    fn german_ordinals_decimals_and_abbreviations_do_not_split() {
        assert_eq!(
            split("OpenAI und Amazon haben am 3. November 2025 einen Vertrag über 1,4 Billionen bzw. 38 Mrd. Dollar unterzeichnet. Die Aktie stieg um 4 %.", "de"),
            ["OpenAI und Amazon haben am 3. November 2025 einen Vertrag über 1,4 Billionen bzw. 38 Mrd. Dollar unterzeichnet.", "Die Aktie stieg um 4 %."]
        );
    }

    #[test]
    fn english_abbreviations_acronyms_initials_and_domains() {
        assert_eq!(
            split("Announced on Nov. 3, 2025, the U.S. deal with Amazon.com is big. J. Smith said so! Really? Yes… it is.", "en"),
            ["Announced on Nov. 3, 2025, the U.S. deal with Amazon.com is big.", "J. Smith said so!", "Really?", "Yes… it is."]
        );
        assert_eq!(
            split("Shares rose 4.5%. \"It works,\" he said. (Reuters.) Next.", "en"),
            ["Shares rose 4.5%.", "\"It works,\" he said.", "(Reuters.)", "Next."]
        );
    }

    #[test]
    fn year_before_capitalised_word_splits() {
        assert_eq!(split("Die Vereinbarung läuft bis 2032. Danach wird verhandelt.", "de").len(), 2);
    }

    #[test]
    fn japanese_splits_on_full_stops_but_keeps_quotes_whole() {
        assert_eq!(
            split(
                "OpenAI は契約を発表しました。アルトマン氏は「需要は大きい。今後も伸びる。」と述べた。次の文！",
                "ja"
            ),
            ["OpenAI は契約を発表しました。", "アルトマン氏は「需要は大きい。今後も伸びる。」と述べた。", "次の文！"]
        );
        // An unbalanced quote does not swallow the rest of the paragraph.
        assert_eq!(split("彼は「需要は大きい。次の文。", "ja").len(), 2);
    }

    #[test]
    fn lines_and_paragraphs() {
        assert_eq!(
            split(
                "Headline Without Stop\nNovember 4, 2025\n\nA hard-wrapped line that goes\non and on. Next one.",
                "en"
            ),
            ["Headline Without Stop", "November 4, 2025", "A hard-wrapped line that goes\non and on.", "Next one."]
        );
    }

    #[test]
    fn dutch_and_french_abbreviations() {
        assert_eq!(
            split("Dat is bijv. 38 mld. dollar. Daarna volgt meer.", "nl"),
            ["Dat is bijv. 38 mld. dollar.", "Daarna volgt meer."]
        );
        assert_eq!(split("M. Dupont a signé. Le contrat court.", "fr"), ["M. Dupont a signé.", "Le contrat court."]);
    }

    #[test]
    fn offsets_are_char_indices() {
        let text = "Über 380 億ドル。Next.";
        let seg = Segmenter::new(test_data());
        let s = seg.split(text, "ja");
        assert_eq!((s[0].start, s[0].end, s[1].start, s[1].end), (0, 13, 13, 18));
    }
}
