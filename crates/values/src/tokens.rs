//! A small tokenizer shared by the text and by the data files' phrases, so that a phrase
//! written in `data/lang/*.toml` ("us-dollar", "ca.", "パーセント") matches the text exactly
//! as it is tokenized.
//!
//! - runs of letters (with inner apostrophes) are one `Word`;
//! - runs of digits (ASCII or full-width) with inner `.` `,` `'` separators are one `Num`;
//! - every CJK character is its own `Cjk` token (Japanese and Chinese have no spaces);
//! - any other visible character is one `Punct`.

use rustc_hash::FxHashMap as HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Num,
    Cjk,
    Punct,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub kind: Kind,
    /// Original text.
    pub text: String,
    /// Lower-cased text with full-width digits folded to ASCII.
    pub norm: String,
    /// Char offsets into the tokenized string.
    pub start: usize,
    pub end: usize,
    /// Whitespace between this token and the previous one.
    pub space_before: bool,
}

pub fn fold_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        _ => None,
    }
}

pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3005 | 0x3007 | 0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F | 0xAC00..=0xD7AF)
}

/// Hiragana (the syllables kana numbers are spelled in).
pub fn is_hiragana(c: char) -> bool {
    matches!(c as u32, 0x3041..=0x309F)
}

/// Kanji (not kana): a lone kanji digit next to one is part of a word (`統一`, `一方`).
pub fn is_kanji(c: char) -> bool {
    matches!(c as u32, 0x3005 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() && !is_cjk(c)
}

pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut space = false;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            space = true;
            i += 1;
            continue;
        }
        let start = i;
        // ".08", ",5": a leading separator after a space starts a number.
        let leading_separator = matches!(c, '.' | ',')
            && (i == 0 || chars[i - 1].is_whitespace())
            && chars.get(i + 1).and_then(|&n| fold_digit(n)).is_some();
        let kind = if fold_digit(c).is_some() || leading_separator {
            i += 1;
            while i < chars.len() {
                if fold_digit(chars[i]).is_some() {
                    i += 1;
                } else if matches!(chars[i], '.' | ',' | '\'' | '，' | '．')
                    && chars.get(i + 1).and_then(|&n| fold_digit(n)).is_some()
                {
                    i += 2;
                } else if chars[i] == '、'
                    && (1..=3).all(|k| chars.get(i + k).and_then(|&n| fold_digit(n)).is_some())
                    && chars.get(i + 4).and_then(|&n| fold_digit(n)).is_none()
                {
                    i += 4; // Japanese 1、234、567: '、' as a group separator before 3 digits
                } else {
                    break;
                }
            }
            Kind::Num
        } else if is_word_char(c) {
            i += 1;
            while i < chars.len()
                && (is_word_char(chars[i])
                    || (matches!(chars[i], '\'' | '’') && chars.get(i + 1).is_some_and(|&n| is_word_char(n))))
            {
                i += 1;
            }
            Kind::Word
        } else if is_cjk(c) {
            i += 1;
            Kind::Cjk
        } else {
            i += 1;
            Kind::Punct
        };
        let text: String = chars[start..i].iter().collect();
        let norm: String = text
            .chars()
            .map(|c| match c {
                '，' | '、' => ',',
                '．' => '.',
                '’' => '\'',
                c => fold_digit(c).unwrap_or(c),
            })
            .flat_map(char::to_lowercase)
            .collect();
        out.push(Token { kind, text, norm, start, end: i, space_before: space });
        space = false;
    }
    out
}

/// The normalized token texts of a phrase from a data file.
pub fn phrase(p: &str) -> Vec<String> {
    tokenize(p).into_iter().map(|t| t.norm).collect()
}

/// The original token texts of a phrase, for case-sensitive matching (`A$` is not `a $`).
pub fn phrase_exact(p: &str) -> Vec<String> {
    tokenize(p).into_iter().map(|t| t.text).collect()
}

/// Phrases (token sequences) with values, indexed by their first and last token so that
/// matching at a position only looks at the few phrases that can match there.
#[derive(Debug, Clone)]
pub struct PhraseSet<T> {
    items: Vec<(Vec<String>, T)>,
    by_first: HashMap<String, Vec<usize>>,
    by_last: HashMap<String, Vec<usize>>,
}

impl<T> Default for PhraseSet<T> {
    fn default() -> Self {
        PhraseSet { items: Vec::new(), by_first: HashMap::default(), by_last: HashMap::default() }
    }
}

impl<T> FromIterator<(Vec<String>, T)> for PhraseSet<T> {
    fn from_iter<I: IntoIterator<Item = (Vec<String>, T)>>(iter: I) -> Self {
        let mut set = PhraseSet::default();
        for (p, v) in iter.into_iter().filter(|(p, _)| !p.is_empty()) {
            let idx = set.items.len();
            set.by_first.entry(p[0].clone()).or_default().push(idx);
            set.by_last.entry(p[p.len() - 1].clone()).or_default().push(idx);
            set.items.push((p, v));
        }
        set
    }
}

impl<T> PhraseSet<T> {
    pub fn iter(&self) -> impl Iterator<Item = &(Vec<String>, T)> {
        self.items.iter()
    }

    fn longest<'a>(
        &'a self,
        candidates: Option<&Vec<usize>>,
        fits: impl Fn(&[String]) -> bool,
    ) -> Option<(usize, &'a T)> {
        candidates?
            .iter()
            .map(|&k| &self.items[k])
            .filter(|(p, _)| fits(p))
            .max_by_key(|(p, _)| p.len())
            .map(|(p, v)| (p.len(), v))
    }
}

/// Length in tokens of the longest phrase that matches at `i` (normalized, case-folded).
pub fn match_longest<'a, T>(tokens: &[Token], i: usize, phrases: &'a PhraseSet<T>) -> Option<(usize, &'a T)> {
    let first = &tokens.get(i)?.norm;
    phrases.longest(phrases.by_first.get(first), |p| {
        i + p.len() <= tokens.len() && p.iter().zip(&tokens[i..]).all(|(w, t)| *w == t.norm)
    })
}

/// Like [`match_longest`] but comparing original text, case-sensitively (phrases built with
/// [`phrase_exact`]).
pub fn match_longest_exact<'a, T>(tokens: &[Token], i: usize, phrases: &'a PhraseSet<T>) -> Option<(usize, &'a T)> {
    let first = &tokens.get(i)?.text;
    phrases.longest(phrases.by_first.get(first), |p| {
        i + p.len() <= tokens.len() && p.iter().zip(&tokens[i..]).all(|(w, t)| *w == t.text)
    })
}

/// Length in tokens of the longest phrase that ends right before token `end`.
pub fn match_longest_before<'a, T>(tokens: &[Token], end: usize, phrases: &'a PhraseSet<T>) -> Option<(usize, &'a T)> {
    let last = &tokens.get(end.checked_sub(1)?)?.norm;
    phrases.longest(phrases.by_last.get(last), |p| {
        p.len() <= end && p.iter().zip(&tokens[end - p.len()..end]).all(|(w, t)| *w == t.norm)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_words_cjk_and_punctuation() {
        let t = tokenize("Über $38bn, 1,4 Billionen; ２,５００ 億ドル zo'n 12.000.");
        let got: Vec<(&str, Kind)> = t.iter().map(|t| (t.norm.as_str(), t.kind)).collect();
        assert_eq!(
            got,
            [
                ("über", Kind::Word),
                ("$", Kind::Punct),
                ("38", Kind::Num),
                ("bn", Kind::Word),
                (",", Kind::Punct),
                ("1,4", Kind::Num),
                ("billionen", Kind::Word),
                (";", Kind::Punct),
                ("2,500", Kind::Num),
                ("億", Kind::Cjk),
                ("ド", Kind::Cjk),
                ("ル", Kind::Cjk),
                ("zo'n", Kind::Word),
                ("12.000", Kind::Num),
                (".", Kind::Punct),
            ]
        );
        assert_eq!((t[2].start, t[2].end, t[2].space_before, t[3].space_before), (6, 8, false, false));
    }

    #[test]
    fn phrase_matching_is_longest_first() {
        let t = tokenize("US-Dollar und Dollar");
        let phrases: PhraseSet<i32> = vec![(phrase("dollar"), 1), (phrase("us-dollar"), 2)].into_iter().collect();
        assert_eq!(match_longest(&t, 0, &phrases), Some((3, &2)));
        assert_eq!(match_longest_before(&t, 5, &phrases), Some((1, &1)));
    }
}
