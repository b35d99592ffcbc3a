//! Word-level BIO decoding: token probabilities -> labelled char spans.
//!
//! Sub-word tokens are a poor unit for entity boundaries: a token-level decoder tags fragments
//! such as `chen` or `künst` whenever one inner piece looks like a name. We decode over *units*
//! instead:
//! - a run of letters and digits (outside CJK) is one unit: `Amazons`, `Altman`, `38`;
//! - a run of katakana (with `ー`) is one unit: loanwords and foreign names are written in it,
//!   so `インフラストラクチャ` is judged as one word, not as fragments;
//! - every other CJK character (Han, hiragana, Hangul) is its own unit: there are no spaces to
//!   find words by;
//! - every other non-space character (`$`, `-`, `'`, `.`) is a unit of its own.
//!
//! A unit takes the label of the token that covers its first character. When that token
//! started in an earlier unit (`$3` covering `$` and the start of `38`, or a CJK piece of
//! three characters), the unit continues that token's label as `I-`. Spans are then read off
//! the unit sequence with the usual BIO rules, so they always begin and end on unit
//! boundaries: never inside a word. A span's score is the mean, over its units, of the
//! probability mass of its type (`B-X` + `I-X`); spans below the threshold and spans without a
//! letter or digit (`•`, `-`) are dropped.
//!
//! Edges are then tidied ([`trim_edges`]): sentence punctuation that a token dragged in
//! (`2 %.`, `(Reuters`) and, in Japanese, a case particle fused into the edge piece by the
//! tokenizer (`日本の`, `の中西`): a piece such as `本の` cannot be split by the model itself.

use crate::labels::{LabelSet, Tag};

/// One labelled span, in char offsets into the decoded text.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    /// Index into [`crate::labels::TYPES`].
    pub kind: usize,
    pub score: f32,
}

/// A token's place in the text: char offsets with Metaspace's leading space trimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenSpan {
    pub start: usize,
    pub end: usize,
}

/// True for Han, Hiragana, Katakana (incl. the prolonged sound mark), Hangul and CJK symbols.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F | 0xFF66..=0xFF9F | 0x20000..=0x2FFFF)
}

/// Katakana letters and the prolonged sound mark (not the `・` separator).
fn is_katakana(c: char) -> bool {
    matches!(c as u32, 0x30A1..=0x30FA | 0x30FC | 0x31F0..=0x31FF | 0xFF66..=0xFF9F) && c != '・'
}

/// Units of `chars` as half-open char ranges (see the module docs).
pub fn units(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if is_katakana(c) {
            let start = i;
            while i < chars.len() && is_katakana(chars[i]) {
                i += 1;
            }
            out.push((start, i));
        } else if is_cjk(c) || !is_word_char(c) {
            out.push((i, i + 1));
            i += 1;
        } else {
            let start = i;
            while i < chars.len() && is_word_char(chars[i]) && !is_cjk(chars[i]) {
                i += 1;
            }
            out.push((start, i));
        }
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Decodes one text. `tokens[i]` is token i's place (None for tokens that carry no text: a
/// bare `▁`); `probs` holds `tokens.len() * labels.len()` softmax probabilities, row-major.
pub fn decode(
    text_chars: &[char],
    tokens: &[Option<TokenSpan>],
    probs: &[f32],
    labels: &LabelSet,
    threshold: f32,
) -> Vec<Span> {
    let n_labels = labels.len();
    debug_assert_eq!(probs.len(), tokens.len() * n_labels);
    // Which token covers each char (the first one that does).
    let mut owner: Vec<Option<usize>> = vec![None; text_chars.len()];
    for (t, span) in tokens.iter().enumerate() {
        if let Some(s) = span {
            for slot in owner.iter_mut().take(s.end.min(text_chars.len())).skip(s.start) {
                if slot.is_none() {
                    *slot = Some(t);
                }
            }
        }
    }
    // Each token's decision: (tag, type, probability mass of that type).
    let decide = |t: usize| -> (Tag, f32) {
        let row = &probs[t * n_labels..(t + 1) * n_labels];
        let best = argmax(row);
        let tag = labels.tag(best);
        match tag {
            Tag::Outside => (tag, row[best]),
            Tag::Begin(k) | Tag::Inside(k) => (tag, labels.type_mass(row, k)),
        }
    };
    let unit_list = units(text_chars);
    let mut tagged: Vec<((usize, usize), Tag, f32)> = Vec::with_capacity(unit_list.len());
    let mut last_token: Option<usize> = None;
    for &(us, ue) in &unit_list {
        let Some(t) = owner[us] else {
            tagged.push(((us, ue), Tag::Outside, 1.0));
            continue;
        };
        let (tag, score) = decide(t);
        let continued = last_token == Some(t);
        let tag = match (continued, tag) {
            (true, Tag::Begin(k)) => Tag::Inside(k),
            (_, tag) => tag,
        };
        tagged.push(((us, ue), tag, score));
        last_token = owner[ue - 1].or(Some(t));
    }
    let mut spans = Vec::new();
    let mut current: Option<(usize, usize, usize, f32, usize)> = None; // start, end, kind, score sum, units
    let close = |cur: Option<(usize, usize, usize, f32, usize)>, spans: &mut Vec<Span>| {
        if let Some((s, e, k, sum, n)) = cur {
            let score = sum / n as f32;
            if score < threshold {
                return;
            }
            if let Some((mut s, mut e)) = trim_edges(text_chars, s, e) {
                let kind = crate::labels::TYPES[k];
                e = trim_korean_particle(text_chars, s, e, kind);
                if kind == "LOC" {
                    s = trim_place_preposition(text_chars, s, e);
                }
                if kind == "PER" {
                    while e > s + 1 && CJK_PERSON_TITLES.contains(&text_chars[e - 1]) && is_cjk(text_chars[e - 2]) {
                        e -= 1;
                    }
                }
                spans.push(Span { start: s, end: e, kind: k, score });
            }
        }
    };
    for ((us, ue), tag, score) in tagged {
        match tag {
            Tag::Outside => close(current.take(), &mut spans),
            Tag::Begin(k) => {
                close(current.take(), &mut spans);
                current = Some((us, ue, k, score, 1));
            }
            Tag::Inside(k) => match current.as_mut() {
                Some(cur) if cur.2 == k => {
                    cur.1 = ue;
                    cur.3 += score;
                    cur.4 += 1;
                }
                _ => {
                    close(current.take(), &mut spans);
                    current = Some((us, ue, k, score, 1));
                }
            },
        }
    }
    close(current.take(), &mut spans);
    spans
}

/// Chinese prepositions the tokenizer glues to the place after them (`在中国`, `从美国`): outside
/// a place's span. Not `于` or `向`, which are surnames too (and places are what is trimmed
/// here only, never people).
const ZH_PLACE_PREPOSITIONS: &[char] = &['在', '从', '從', '对', '對'];

/// A place's start past a Chinese preposition glued to it (see [`ZH_PLACE_PREPOSITIONS`]); two
/// characters of place are left at least (`在华`, "in China", is left alone).
fn trim_place_preposition(chars: &[char], mut s: usize, e: usize) -> usize {
    while e > s + 2 && ZH_PLACE_PREPOSITIONS.contains(&chars[s]) && is_cjk(chars[s + 1]) {
        s += 1;
    }
    s
}

/// Korean case particles the tokenizer merges with a name's last syllable (`SK하이닉스는`,
/// `카카오는`, `2조 원을`), longest first, with the syllable they follow: `Some(true)` after a
/// final consonant (batchim), `Some(false)` after a vowel, `None` after either. The allomorph
/// pairs (이/가, 은/는, 을/를, 과/와, 으로/로) are the guard that keeps names whose last
/// syllable only looks like a particle: `카카오페이` keeps its 이, as 이 after a vowel is no
/// particle. 도 and 만 stay out (`인도`, `오만`).
const KO_PARTICLES: &[(&str, Option<bool>)] = &[
    ("에서는", None),
    ("으로는", Some(true)),
    ("에서", None),
    ("에게", None),
    ("에는", None),
    ("에도", None),
    ("와의", Some(false)),
    ("과의", Some(true)),
    ("으로", Some(true)),
    ("부터", None),
    ("까지", None),
    ("이", Some(true)),
    ("은", Some(true)),
    ("을", Some(true)),
    ("과", Some(true)),
    ("가", Some(false)),
    ("는", Some(false)),
    ("를", Some(false)),
    ("와", Some(false)),
    ("로", Some(false)),
    ("의", None),
    ("에", None),
];

/// Whether a Hangul syllable ends in a consonant (batchim); None for other chars. `ㄹ` counts as
/// a vowel for `로` (`서울로`), which is how the allomorph works.
fn hangul_batchim(c: char, for_ro: bool) -> Option<bool> {
    let code = (c as u32).checked_sub(0xAC00).filter(|&d| d < 11172)?;
    let last = code % 28;
    Some(last != 0 && !(for_ro && last == 8))
}

/// Cuts one Korean particle off a span's end (see [`KO_PARTICLES`]). What is left keeps at
/// least two syllables (`한은`, the Bank of Korea, stays whole), and a person at least three
/// (`김정은`: Korean names are three syllables, so only a fourth can be a particle).
fn trim_korean_particle(chars: &[char], s: usize, e: usize, kind: &str) -> usize {
    let keep = if kind == "PER" { 3 } else { 2 };
    for &(particle, after_batchim) in KO_PARTICLES {
        let n = particle.chars().count();
        if e < s + n + keep || !chars[e - n..e].iter().copied().eq(particle.chars()) {
            continue;
        }
        let stem_end = chars[e - n - 1];
        let syllables = chars[s..e - n].iter().rev().take_while(|c| hangul_batchim(**c, false).is_some()).count();
        if syllables < keep && !chars[s..e - n].iter().any(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        let for_ro = particle.ends_with('로') && !particle.starts_with('으');
        let fits = match (after_batchim, hangul_batchim(stem_end, for_ro)) {
            (None, _) => true,
            (Some(want), Some(has)) => want == has,
            // After a Latin letter or a digit (`SK온이`, `GPU를`) the reader's pronunciation decides;
            // only the particles without allomorphs are safe.
            (Some(_), None) => false,
        };
        if fits {
            return e - n;
        }
    }
    e
}

/// Japanese case particles and the Chinese possessive `的` that the tokenizer glues to a name's
/// first or last character (`日本の`, `美国钢铁公司的`).
const CJK_EDGE_PARTICLES: &[char] = &['の', 'は', 'が', 'を', 'に', 'で', 'と', 'も', 'へ', 'や', '的'];
/// Punctuation that never starts a span.
const LEADING_PUNCT: &[char] =
    &['(', '[', '「', '『', '（', '"', '“', '„', '‚', '\'', '«', '»', '・', '、', ',', '.', ':', ';', '，', '：', '；'];
/// Punctuation that never ends a span (a `.` is handled apart: `Inc.`, `Sept.` keep theirs).
const TRAILING_PUNCT: &[char] = &[
    ',', ';', ':', '!', '?', '、', '。', '」', '』', '”', '"', '“', '\'', '»', '«', '・', '-', '‐', '–', '，', '：',
    '；', '！', '？',
];
/// Japanese titles written right after a person's name (`岸田文雄元首相`): outside the span, as
/// `氏` and `社長` are.
const CJK_PERSON_TITLES: &[char] = &['元', '前', '氏', '様'];

/// Tidies a span's edges (see the module docs); None when nothing with a letter or digit is left.
pub fn trim_edges(chars: &[char], mut s: usize, mut e: usize) -> Option<(usize, usize)> {
    loop {
        let before = (s, e);
        while s < e && (LEADING_PUNCT.contains(&chars[s]) || chars[s].is_whitespace()) {
            s += 1;
        }
        while e > s && (TRAILING_PUNCT.contains(&chars[e - 1]) || chars[e - 1].is_whitespace()) {
            e -= 1;
        }
        if e > s && chars[e - 1] == ')' && !chars[s..e].contains(&'(') {
            e -= 1;
        }
        if e > s && chars[e - 1] == '）' && !chars[s..e].contains(&'（') {
            e -= 1;
        }
        // A bracket opened inside the span and not closed there starts a gloss the span ran
        // into (`玛氏公司（Mars` of `玛氏公司（Mars）`): the name ends before it.
        for (open, close) in [('(', ')'), ('（', '）')] {
            if let Some(at) = chars[s..e].iter().rposition(|&c| c == open) {
                if at > 0 && !chars[s + at..e].contains(&close) {
                    e = s + at;
                }
            }
        }
        if e > s + 1 && chars[e - 1] == '.' && !is_abbreviation(&chars[s..e - 1]) {
            e -= 1;
        }
        let has_cjk = chars[s..e].iter().any(|&c| is_cjk(c) && !CJK_EDGE_PARTICLES.contains(&c));
        if has_cjk {
            while s < e && CJK_EDGE_PARTICLES.contains(&chars[s]) {
                s += 1;
            }
            while e > s && CJK_EDGE_PARTICLES.contains(&chars[e - 1]) {
                e -= 1;
            }
        }
        if (s, e) == before {
            break;
        }
    }
    let span = &chars[s..e];
    let meaningful = span.iter().any(|c| c.is_alphanumeric()) && !span.iter().all(|c| CJK_EDGE_PARTICLES.contains(c));
    meaningful.then_some((s, e))
}

/// True when the text before a final `.` ends in a short letter run (`Inc`, `Corp`, `N.V`,
/// `Sept`): the period belongs to the abbreviation. After a digit or `%` it ends the sentence.
fn is_abbreviation(before: &[char]) -> bool {
    let letters = before.iter().rev().take_while(|c| c.is_alphabetic()).count();
    (1..=4).contains(&letters) && !before.last().is_some_and(|c| is_cjk(*c))
}

fn argmax(row: &[f32]) -> usize {
    let mut best = 0;
    for (i, &p) in row.iter().enumerate() {
        if p > row[best] {
            best = i;
        }
    }
    best
}

/// In-place softmax of each `n`-wide row.
pub fn softmax_rows(values: &mut [f32], n: usize) {
    for row in values.chunks_mut(n) {
        let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let mut sum = 0.0;
        for v in row.iter_mut() {
            *v = (*v - max).exp();
            sum += *v;
        }
        for v in row.iter_mut() {
            *v /= sum;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::LabelSet;

    fn labels() -> LabelSet {
        LabelSet::standard()
    }

    /// Probability rows putting 0.9 on the named label.
    fn rows(labels: &LabelSet, names: &[&str]) -> Vec<f32> {
        let n = labels.len();
        let mut out = vec![0.1 / (n as f32 - 1.0); names.len() * n];
        for (i, name) in names.iter().enumerate() {
            let j = labels.index(name).unwrap();
            out[i * n + j] = 0.9;
        }
        out
    }

    fn spans_text(text: &str, spans: &[Span]) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        spans
            .iter()
            .map(|s| format!("{}={}", crate::labels::TYPES[s.kind], chars[s.start..s.end].iter().collect::<String>()))
            .collect()
    }

    fn tok(start: usize, end: usize) -> Option<TokenSpan> {
        Some(TokenSpan { start, end })
    }

    #[test]
    fn units_split_words_punctuation_and_cjk() {
        let chars: Vec<char> = "Amazon's $38 サム・アルトマン氏".chars().collect();
        let u = units(&chars);
        assert_eq!(u, vec![(0, 6), (6, 7), (7, 8), (9, 10), (10, 12), (13, 15), (15, 16), (16, 21), (21, 22)]);
    }

    #[test]
    fn an_inner_token_does_not_make_a_fragment() {
        // "künstliche": ▁kün | st | liche — the inner piece says B-ORG, the word's first says O.
        let text = "künstliche";
        let l = labels();
        let spans = decode(
            &text.chars().collect::<Vec<_>>(),
            &[tok(0, 3), tok(3, 5), tok(5, 10)],
            &rows(&l, &["O", "B-ORG", "O"]),
            &l,
            0.5,
        );
        assert!(spans.is_empty(), "{spans:?}");
    }

    #[test]
    fn a_word_takes_its_first_tokens_label_and_spans_end_on_words() {
        // "Sam Altman's": ▁Sam | ▁Alt | man | 's
        let text = "Sam Altman's";
        let l = labels();
        let spans = decode(
            &text.chars().collect::<Vec<_>>(),
            &[tok(0, 3), tok(4, 7), tok(7, 10), tok(10, 12)],
            &rows(&l, &["B-PER", "I-PER", "O", "O"]),
            &l,
            0.5,
        );
        assert_eq!(spans_text(text, &spans), vec!["PER=Sam Altman"]);
    }

    #[test]
    fn a_token_spanning_units_continues_its_label() {
        // "$38 billion": ▁$3 | 8 | ▁billion
        let text = "$38 billion";
        let l = labels();
        let spans = decode(
            &text.chars().collect::<Vec<_>>(),
            &[tok(0, 2), tok(2, 3), tok(4, 11)],
            &rows(&l, &["B-MONEY", "I-MONEY", "I-MONEY"]),
            &l,
            0.5,
        );
        assert_eq!(spans_text(text, &spans), vec!["MONEY=$38 billion"]);
    }

    #[test]
    fn cjk_spans_follow_tokens_by_character() {
        // "アマゾンは": アマゾン | は
        let text = "アマゾンは";
        let l = labels();
        let spans =
            decode(&text.chars().collect::<Vec<_>>(), &[tok(0, 4), tok(4, 5)], &rows(&l, &["B-ORG", "O"]), &l, 0.5);
        assert_eq!(spans_text(text, &spans), vec!["ORG=アマゾン"]);
    }

    #[test]
    fn a_katakana_word_is_one_unit() {
        // "インフラストラクチャ": イン | フラ | ストラクチャ — an inner piece says B-ORG.
        let text = "インフラストラクチャ";
        let l = labels();
        let spans = decode(
            &text.chars().collect::<Vec<_>>(),
            &[tok(0, 2), tok(2, 4), tok(4, 10)],
            &rows(&l, &["O", "B-ORG", "I-ORG"]),
            &l,
            0.5,
        );
        assert!(spans.is_empty(), "{spans:?}");
    }

    #[test]
    fn punctuation_only_spans_and_low_scores_are_dropped() {
        let text = "• Amazon";
        let l = labels();
        let chars: Vec<char> = text.chars().collect();
        let tokens = [tok(0, 1), tok(2, 8)];
        let spans = decode(&chars, &tokens, &rows(&l, &["B-ORG", "B-LOC"]), &l, 0.5);
        assert_eq!(spans_text(text, &spans), vec!["LOC=Amazon"]);
        assert!(decode(&chars, &tokens, &rows(&l, &["B-ORG", "B-LOC"]), &l, 0.95).is_empty());
    }

    #[test]
    fn type_changes_and_stray_inside_tags_open_new_spans() {
        let text = "OpenAI Amazon Berlin";
        let l = labels();
        let spans = decode(
            &text.chars().collect::<Vec<_>>(),
            &[tok(0, 6), tok(7, 13), tok(14, 20)],
            &rows(&l, &["B-ORG", "I-LOC", "I-LOC"]),
            &l,
            0.5,
        );
        assert_eq!(spans_text(text, &spans), vec!["ORG=OpenAI", "LOC=Amazon Berlin"]);
    }

    fn trimmed(text: &str) -> Option<String> {
        let chars: Vec<char> = text.chars().collect();
        trim_edges(&chars, 0, chars.len()).map(|(s, e)| chars[s..e].iter().collect())
    }

    #[test]
    fn korean_particles_leave_a_span_only_where_their_allomorph_fits() {
        let cut = |text: &str, kind: &str| {
            let chars: Vec<char> = text.chars().collect();
            let e = trim_korean_particle(&chars, 0, chars.len(), kind);
            chars[..e].iter().collect::<String>()
        };
        // Positive: the particle's form matches the syllable before it.
        assert_eq!(cut("SK하이닉스는", "ORG"), "SK하이닉스");
        assert_eq!(cut("카카오는", "ORG"), "카카오");
        assert_eq!(cut("한화오션이", "ORG"), "한화오션");
        assert_eq!(cut("삼성전자가", "ORG"), "삼성전자");
        assert_eq!(cut("2조 원을", "MONEY"), "2조 원");
        assert_eq!(cut("50만 대로", "COUNT"), "50만 대");
        assert_eq!(cut("서울로", "LOC"), "서울");
        assert_eq!(cut("미국에서", "LOC"), "미국");
        assert_eq!(cut("이재용은", "PER"), "이재용");
        // Negative: a form that does not fit is part of the name, and short names stay whole.
        assert_eq!(cut("카카오페이", "ORG"), "카카오페이");
        assert_eq!(cut("박지은", "PER"), "박지은");
        assert_eq!(cut("김정은", "PER"), "김정은");
        assert_eq!(cut("한은", "ORG"), "한은");
        assert_eq!(cut("인도", "LOC"), "인도");
        assert_eq!(cut("오만", "LOC"), "오만");
        assert_eq!(cut("GPU를", "PRODUCT"), "GPU를");
        assert_eq!(cut("Samsung", "ORG"), "Samsung");
    }

    #[test]
    fn a_chinese_preposition_is_no_part_of_the_place_after_it() {
        let start = |text: &str| {
            let chars: Vec<char> = text.chars().collect();
            trim_place_preposition(&chars, 0, chars.len())
        };
        assert_eq!(start("在中国"), 1);
        assert_eq!(start("从美国"), 1);
        assert_eq!(start("在华"), 0, "two characters stay");
        assert_eq!(start("中国"), 0);
        assert_eq!(start("于都县"), 0, "于 is a surname and a place name's first character");
    }

    #[test]
    fn edges_lose_sentence_punctuation_and_fused_particles() {
        assert_eq!(trimmed("2 %.").as_deref(), Some("2 %"));
        assert_eq!(trimmed("Sept. 17.").as_deref(), Some("Sept. 17"));
        assert_eq!(trimmed("Amazon Inc.").as_deref(), Some("Amazon Inc."));
        assert_eq!(trimmed("(Reuters").as_deref(), Some("Reuters"));
        assert_eq!(trimmed("Alphabet (Google)").as_deref(), Some("Alphabet (Google)"));
        assert_eq!(trimmed("OpenAI,").as_deref(), Some("OpenAI"));
        assert_eq!(trimmed("Infineon-").as_deref(), Some("Infineon"), "a compound's hyphen stays outside");
        assert_eq!(trimmed("日本の").as_deref(), Some("日本"));
        assert_eq!(trimmed("の中西勝也").as_deref(), Some("中西勝也"));
        assert_eq!(trimmed("「MI400」").as_deref(), Some("MI400"));
        assert_eq!(trimmed("美国钢铁公司的").as_deref(), Some("美国钢铁公司"), "Chinese possessive");
        assert_eq!(trimmed("0.8%，").as_deref(), Some("0.8%"), "full-width comma");
        assert_eq!(trimmed("目的地").as_deref(), Some("目的地"), "inside a word it stays");
        assert_eq!(trimmed("玛氏公司（Mars").as_deref(), Some("玛氏公司"), "an unclosed gloss is cut");
        assert_eq!(trimmed("Alphabet (Google").as_deref(), Some("Alphabet"));
        assert_eq!(trimmed("Alphabet (Google)").as_deref(), Some("Alphabet (Google)"), "a closed one stays");
        assert_eq!(trimmed("の"), None);
        assert_eq!(trimmed("•"), None);
    }

    #[test]
    fn softmax_rows_sum_to_one() {
        let mut v = vec![1.0, 2.0, 3.0, -1000.0, 0.0, 1000.0];
        softmax_rows(&mut v, 3);
        assert!((v[..3].iter().sum::<f32>() - 1.0).abs() < 1e-6);
        assert!((v[5] - 1.0).abs() < 1e-6);
    }
}
