//! Number expressions: digits with each language's separators, spelled-out numbers
//! (including German/Dutch compounds), scale words (`Milliarden`, `bn`, `億`), kanji numerals,
//! vague quantities (`Hunderttausende`, `数十万`).

use rustc_hash::FxHashSet as HashSet;

use crate::lexicon::LangValues;
use crate::tokens::{match_longest, Kind, Token};

/// A number found at tokens `start..end`. Exact numbers have `low == high`.
#[derive(Debug, Clone, PartialEq)]
pub struct NumExpr {
    pub start: usize,
    pub end: usize,
    pub low: f64,
    pub high: f64,
    /// A range of magnitude (`hundreds of thousands`), not a measured number.
    pub vague: bool,
    /// A scale word multiplied it (`38 billion`).
    pub scaled: bool,
    /// The scale factor applied (1 when unscaled), so `1.3–1.5 trillion` can share it.
    pub factor: f64,
    /// Digit count when written as plain ASCII/full-width digits with no separator (years).
    pub plain_digits: Option<usize>,
}

/// Parses a digit string (`1,4`, `14.000`, `2,500`, `31.50`, `1.000.000,5`) with the
/// language's decimal and group separators.
pub fn parse_digits(s: &str, lv: &LangValues) -> Option<f64> {
    parse_grouped(s, lv).or_else(|| parse_indian(s, lv))
}

/// Indian grouping (`12,34,567.89`, lakh and crore): two-digit groups before the last three.
fn parse_indian(s: &str, lv: &LangValues) -> Option<f64> {
    if lv.decimal != '.' {
        return None;
    }
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let groups: Vec<&str> = int.split(',').collect();
    let digits = |g: &str| g.chars().all(|c| c.is_ascii_digit());
    let shaped = groups.len() >= 3
        && (1..=2).contains(&groups[0].len())
        && groups[1..groups.len() - 1].iter().all(|g| g.len() == 2)
        && groups.last().is_some_and(|g| g.len() == 3)
        && groups.iter().all(|g| digits(g))
        && digits(frac);
    if !shaped {
        return None;
    }
    let joined = groups.concat();
    if frac.is_empty() {
        joined.parse().ok()
    } else {
        format!("{joined}.{frac}").parse().ok()
    }
}

fn parse_grouped(s: &str, lv: &LangValues) -> Option<f64> {
    let seps: Vec<(usize, char)> = s.char_indices().filter(|(_, c)| !c.is_ascii_digit()).collect();
    if seps.is_empty() {
        return s.parse().ok();
    }
    let kinds: HashSet<char> = seps.iter().map(|(_, c)| *c).collect();
    let (last_pos, last) = *seps.last()?;
    let after_last = s.len() - last_pos - 1;
    let decimal = if kinds.len() > 1 {
        Some(last)
    } else if seps.len() > 1 {
        None
    } else if last == lv.decimal {
        Some(last)
    } else if after_last == 3 {
        None
    } else {
        Some(last)
    };
    // Every group between separators must have three digits.
    let mut clean = String::with_capacity(s.len());
    let mut group_len = 0;
    let mut seen_group = false;
    for (i, c) in s.char_indices() {
        if c.is_ascii_digit() {
            clean.push(c);
            group_len += 1;
        } else if Some(c) == decimal && i == last_pos {
            if seen_group && group_len != 3 {
                return None;
            }
            clean.push('.');
            group_len = 0;
            seen_group = false;
        } else {
            if seen_group && group_len != 3 {
                return None;
            }
            seen_group = true;
            group_len = 0;
        }
    }
    if seen_group && group_len != 3 {
        return None;
    }
    clean.parse().ok()
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    Num(f64),
    Scale(f64),
    Joiner,
}

/// Longest compound number word we try to split (the longest German one we know of,
/// `siebenhundertsiebenundsiebzigtausendsiebenhundertsiebenundsiebzig`, has 65 chars).
const MAX_COMPOUND_CHARS: usize = 96;
/// Most words (or kanji) one spelled-out number may span; keeps recognition linear on
/// adversarial runs like "million million million ...".
const MAX_NUMBER_TOKENS: usize = 24;

/// Splits a (compound) number word into parts, longest prefix first with memoised failures:
/// `dreihundertsiebenundsiebzig` -> drei hundert sieben und siebzig.
fn split_compound(word: &str, lv: &LangValues) -> Option<Vec<Part>> {
    fn go(word: &str, from: usize, lv: &LangValues, failed: &mut HashSet<usize>, out: &mut Vec<Part>) -> bool {
        if from == word.len() {
            return !matches!(out.last(), Some(Part::Joiner));
        }
        if failed.contains(&from) {
            return false;
        }
        let rest = &word[from..];
        let ends: Vec<usize> = rest.char_indices().map(|(b, c)| b + c.len_utf8()).collect();
        for &len in ends.iter().rev() {
            let piece = &rest[..len];
            let part = if let Some(v) = lv.words.get(piece) {
                Part::Num(*v)
            } else if let Some(v) = lv.compound_parts.get(piece).filter(|_| from > 0) {
                Part::Num(*v)
            } else if let Some(s) = lv.scale_words.get(piece).filter(|s| **s >= 1e6) {
                Part::Scale(*s)
            } else if !out.is_empty() && lv.joiners.contains(piece) {
                Part::Joiner
            } else {
                continue;
            };
            out.push(part);
            if go(word, from + len, lv, failed, out) {
                return true;
            }
            out.pop();
        }
        failed.insert(from);
        false
    }
    if word.chars().count() > MAX_COMPOUND_CHARS || !lv.number_initials.contains(&word.chars().next()?) {
        return None;
    }
    let mut out = Vec::new();
    go(word, 0, lv, &mut HashSet::default(), &mut out).then_some(out)
}

/// Value of a flat sequence of number parts (western grouping: hundreds, thousands, scales).
fn evaluate(parts: &[Part]) -> f64 {
    let (mut total, mut current, mut last_scale) = (0.0f64, 0.0f64, 0.0f64);
    for p in parts {
        match *p {
            Part::Joiner => {}
            Part::Num(100.0) => current = current.max(1.0) * 100.0,
            Part::Num(1000.0) => {
                total += current.max(1.0) * 1000.0;
                current = 0.0;
            }
            // "vijf miljard en driekwart": a fraction after a scale is a fraction of it.
            Part::Num(v) if v < 1.0 && v > 0.0 && current == 0.0 && last_scale > 0.0 => total += v * last_scale,
            Part::Num(v) => current += v,
            Part::Scale(s) => {
                last_scale = s;
                if total > 0.0 && total < s {
                    total = (total + current) * s;
                } else {
                    total += current.max(1.0) * s;
                }
                current = 0.0;
            }
        }
    }
    total + current
}

/// A scale phrase at `i` (`billion`, `Mrd.`, `億`); single-letter scales (`bn`'s cousins
/// `m`, `b`, `k`) only when glued to the number. Returns (tokens used, factor).
pub(crate) fn scale_at(tokens: &[Token], i: usize, lv: &LangValues) -> Option<(usize, f64)> {
    let (len, factor) = match_longest(tokens, i, &lv.scales)?;
    // A spaced single letter is a scale only when it is no unit symbol: "2.33 k", "1,5 M"
    // but "5 m" (metres), "3 t".
    let letter = len == 1 && tokens[i].norm.chars().count() == 1 && tokens[i].kind == Kind::Word;
    if letter && tokens[i].space_before && lv.unit_symbols.contains_key(&tokens[i].text) {
        return None;
    }
    // "5 mm" is millimetres; "1MM" a million.
    if len == 1 && tokens[i].norm.chars().count() > 1 && lv.unit_symbols.contains_key(&tokens[i].text) {
        return None;
    }
    // An abbreviation's dot belongs to it ("Mio.", "Mrd.").
    let dot = tokens.get(i + len).is_some_and(|t| t.norm == "." && !t.space_before && tokens[i].norm.len() <= 4);
    Some((len + usize::from(dot && tokens.get(i + len + 1).is_some()), *factor))
}

/// Whether the token after `j` is a kanji multiplier or scale (`7万 5千`: digits may be
/// spaced from the group before).
fn next_is_multiplier(tokens: &[Token], j: usize, lv: &LangValues) -> bool {
    tokens.get(j + 1).is_some_and(|n| {
        n.kind == Kind::Cjk
            && (lv.words.get(&n.norm).is_some_and(|v| *v >= 10.0) || lv.scale_words.contains_key(&n.norm))
    })
}

fn kanji_digit(t: &Token, lv: &LangValues) -> Option<f64> {
    (t.kind == Kind::Cjk).then(|| lv.words.get(&t.norm).copied()).flatten()
}

/// Japanese/Chinese grouping: digits or kanji, 十百千 multipliers, 万億兆 scales, optional
/// leading 数 ("several": a vague range). `380 億`, `6億1000万`, `千二百億`, `数十万`.
fn parse_cjk(tokens: &[Token], i: usize, lv: &LangValues) -> Option<NumExpr> {
    // Korean numerals (천, 백) and scales (만, 억, 조) are syllables of everyday words too.
    if lv.numerals_after_digits && tokens[i].kind != Kind::Num {
        return None;
    }
    let vague = lv.vague_prefix.as_deref().is_some_and(|p| tokens[i].norm == p);
    let mut j = i + usize::from(vague);
    let (mut total, mut section, mut digit): (f64, f64, Option<f64>) = (0.0, 0.0, if vague { Some(1.0) } else { None });
    let (mut saw_scale_or_mult, mut kanji_digits, mut any) = (false, 0, false);
    let mut last_scale = 0.0;
    let decimal_digits = if vague { None } else { digits_with_numeral_decimal(tokens, i, lv) };
    if let Some((value, next)) = decimal_digits {
        (digit, j, any) = (Some(value), next, true);
    }
    while j < tokens.len() && j - i < MAX_NUMBER_TOKENS {
        let t = &tokens[j];
        if t.kind == Kind::Num
            && (j == i
                || (digit.is_none() && !t.space_before)
                || (digit.is_none() && next_is_multiplier(tokens, j, lv)))
        {
            digit = Some(parse_digits(&t.norm, lv)?);
        } else if let Some(d) = kanji_digit(t, lv).filter(|d| *d < 10.0) {
            if t.space_before && j > i {
                break; // "零 一 二 三": spaced digits are separate numbers
            }
            digit = Some(if kanji_digits > 0 && digit.is_some() { digit.unwrap_or(0.0) * 10.0 + d } else { d });
            kanji_digits += 1;
        } else if let Some(m) = kanji_digit(t, lv).filter(|m| *m >= 10.0) {
            section += digit.filter(|d| *d > 0.0).unwrap_or(1.0) * m; // 零十 = 10
            digit = None;
            kanji_digits = 0;
            saw_scale_or_mult = true;
        } else if let Some(s) = (t.kind == Kind::Cjk).then(|| lv.scale_words.get(&t.norm)).flatten() {
            if !(any || digit.is_some() || section > 0.0) {
                break;
            }
            let pending = section + digit.unwrap_or(0.0);
            if pending == 0.0 && total > 0.0 && *s > last_scale {
                total *= s; // 1万億: stacked scales multiply (10^4 x 10^8)
            } else {
                total += pending.max(if pending == 0.0 { 1.0 } else { 0.0 }) * s;
            }
            last_scale = *s;
            section = 0.0;
            digit = None;
            kanji_digits = 0;
            saw_scale_or_mult = true;
            // 6億1000万: digits may continue after a scale.
            if tokens.get(j + 1).is_some_and(|n| n.kind == Kind::Num && !n.space_before) {
                j += 1;
                digit = Some(parse_digits(&tokens[j].norm, lv)?);
            }
        } else {
            break;
        }
        any = true;
        j += 1;
    }
    let starts_with_digits = tokens[i].kind == Kind::Num;
    // A lone kanji digit (一, as in 一方) is a word, not a number, unless a currency follows
    // (一ドル, 三人民元, 零円) a currency's subunit (五元三角) or a percent (五％, 三割).
    let currency_next = || {
        crate::tokens::match_longest(tokens, j, &lv.currencies).is_some()
            || crate::tokens::match_longest_exact(tokens, j, &lv.currency_symbols).is_some()
            || (j > i && crate::tokens::match_longest(tokens, j, &lv.minor_units).is_some())
            || crate::tokens::match_longest(tokens, j, &lv.percent_after).is_some()
            || crate::tokens::match_longest(tokens, j, &lv.percent_ratio).is_some()
    };
    // ... or when it stands between non-kanji: 三は奇数です, 一匹, 三年, 一ダース (not 一方, 統一).
    let kanji_at = |k: usize| tokens.get(k).is_some_and(|t| t.text.chars().next().is_some_and(crate::tokens::is_kanji));
    let measured_next = || {
        crate::tokens::match_longest(tokens, j, &lv.counters).is_some()
            || crate::tokens::match_longest(tokens, j, &lv.duration_words).is_some()
            || crate::tokens::match_longest(tokens, j, &lv.unit_words).is_some()
    };
    let glued_kanji_before = i > 0 && kanji_at(i - 1) && !tokens[i].space_before;
    let glued_kanji_after = kanji_at(j) && !tokens[j].space_before;
    let standalone = || !glued_kanji_before && (!glued_kanji_after || measured_next());
    // So is a lone multiplier glued to a kanji (百貨店, 千葉, 百度), unless it counts or prices
    // something (百人, 千円).
    let lone_multiplier = !vague && j == i + 1 && kanji_digit(&tokens[i], lv).is_some_and(|m| m >= 10.0);
    if lone_multiplier && !(currency_next() || measured_next() || standalone()) {
        return None;
    }
    if j == i + usize::from(vague)
        || !(saw_scale_or_mult
            || starts_with_digits
            || kanji_digits > 1
            || (kanji_digits == 1 && (currency_next() || standalone())))
    {
        return None;
    }
    if starts_with_digits && !saw_scale_or_mult && kanji_digits == 0 && decimal_digits.is_none() {
        return None; // plain digits: handled by the western parser
    }
    let mut value = total + section + digit.unwrap_or(0.0);
    // Spelled-out decimals: 四・八〇〇 = 4.8, 二百・〇三 = 200.03.
    if let Some(sep) = lv.numeral_decimal.as_deref().filter(|_| !vague) {
        if tokens.get(j).is_some_and(|t| t.norm == sep) {
            let mut digits = String::new();
            let mut k = j + 1;
            while let Some(d) = tokens.get(k).and_then(|t| kanji_digit(t, lv)).filter(|d| *d < 10.0) {
                digits.push(char::from(b'0' + d as u8));
                k += 1;
            }
            if let Some(f) = (!digits.is_empty()).then(|| format!("0.{digits}").parse::<f64>().ok()).flatten() {
                value += f;
                j = k;
            }
        }
    }
    // Multi-character scales after the number: 五十ダース (fifty dozen).
    if let Some((len, factor)) = scale_at(tokens, j, lv).filter(|(len, _)| *len > 1) {
        value *= factor;
        j += len;
    }
    let (low, high) = if vague { (value, value * 10.0) } else { (value, value) };
    Some(NumExpr { start: i, end: j, low, high, vague, scaled: saw_scale_or_mult, factor: 1.0, plain_digits: None })
}

/// Digits with the numeral decimal between them, as Japanese papers write decimals (`1・5%`,
/// `１・５％`, `1・5兆円`): only right before a percent, a currency or a scale, because the
/// same dot joins the parts of dates and event names (`3・11`, `5・15事件`). Returns the
/// value and the token after the fraction.
fn digits_with_numeral_decimal(tokens: &[Token], i: usize, lv: &LangValues) -> Option<(f64, usize)> {
    let sep = lv.numeral_decimal.as_deref()?;
    let plain = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == Kind::Num && !t.norm.is_empty() && t.norm.chars().all(|c| c.is_ascii_digit()))
    };
    let int = plain(i)?;
    tokens.get(i + 1).filter(|t| t.norm == sep && !t.space_before)?;
    let frac = plain(i + 2).filter(|t| !t.space_before)?;
    let k = i + 3;
    let value_next = match_longest(tokens, k, &lv.percent_after).is_some()
        || match_longest(tokens, k, &lv.currencies).is_some()
        || crate::tokens::match_longest_exact(tokens, k, &lv.currency_symbols).is_some()
        || tokens.get(k).is_some_and(|t| t.kind == Kind::Cjk && lv.scale_words.contains_key(&t.norm));
    if !value_next {
        return None;
    }
    Some((format!("{}.{}", int.norm, frac.norm).parse().ok()?, k))
}

/// A number spelled in hiragana (`にせんにひゃくごじゅうろく` = 2256, `ろく` = 6), only as a
/// whole run between spaces, punctuation or the text's ends: its syllables are everyday
/// particles (`に`, `ご`) inside running text.
fn parse_kana(tokens: &[Token], i: usize, lv: &LangValues) -> Option<NumExpr> {
    let hiragana = |t: &Token| t.kind == Kind::Cjk && t.text.chars().all(crate::tokens::is_hiragana);
    let delimited = |k: usize| k >= tokens.len() || tokens[k].space_before || tokens[k].kind == Kind::Punct;
    if lv.kana_numbers.iter().next().is_none() || !hiragana(&tokens[i]) || !(i == 0 || delimited(i)) {
        return None;
    }
    let (mut total, mut section, mut digit, mut j) = (0.0f64, 0.0f64, None::<f64>, i);
    while j < tokens.len() && (j == i || !tokens[j].space_before) && hiragana(&tokens[j]) {
        if j - i > 4 * MAX_NUMBER_TOKENS {
            return None;
        }
        let (len, v) = match_longest(tokens, j, &lv.kana_numbers)?;
        if (j + 1..j + len).any(|k| tokens[k].space_before) {
            return None;
        }
        match *v {
            v if v < 10.0 => digit = Some(digit.map_or(v, |d| d * 10.0 + v)), // にさんよん: digit by digit
            v if v < 1e4 => {
                section += digit.unwrap_or(1.0) * v;
                digit = None;
            }
            v => {
                total += (section + digit.unwrap_or(0.0)).max(1.0) * v;
                (section, digit) = (0.0, None);
            }
        }
        j += len;
    }
    if j == i || !delimited(j) {
        return None;
    }
    let value = total + section + digit.unwrap_or(0.0);
    Some(NumExpr {
        start: i,
        end: j,
        low: value,
        high: value,
        vague: false,
        scaled: false,
        factor: 1.0,
        plain_digits: None,
    })
}

/// The number expression starting at token `i`, if any; a leading sign word or dash
/// (`-1`, `minus 5`, `マイナス10000`) makes it negative when it does not join two numbers.
pub fn parse_number(tokens: &[Token], i: usize, lv: &LangValues) -> Option<NumExpr> {
    // Callers look ahead freely ("the word after the day"): past the end there is no number.
    if i >= tokens.len() {
        return None;
    }
    if let Some((len, _)) = match_longest(tokens, i, &lv.negative) {
        // "4-5" is a range and "COVID-19" a name: a dash glued to what precedes is no sign.
        // In Japanese text a dash after a kana or kanji is a sign (前年比の-5%).
        let joins = i > 0
            && (tokens[i - 1].kind == Kind::Num
                || (!tokens[i].space_before && !matches!(tokens[i - 1].kind, Kind::Punct | Kind::Cjk)));
        if !joins && tokens.get(i + len).is_some_and(|t| t.kind != Kind::Punct) {
            if let Some(mut n) = parse_unsigned(tokens, i + len, lv) {
                (n.low, n.high) = (-n.high, -n.low);
                n.start = i;
                n.plain_digits = None;
                return Some(n);
            }
        }
    }
    parse_unsigned(tokens, i, lv)
}

/// A vague count of a vague scale is one range: `tens of billions` (10^10..10^11),
/// `Hunderte Millionen`, `honderden miljoenen`: the multiplier's range times the scale's floor.
/// Returns the end and the range, unchanged when no larger scale follows.
fn vague_times_scale(tokens: &[Token], end: usize, (lo, hi): (f64, f64), lv: &LangValues) -> (usize, f64, f64) {
    let joined = tokens.get(end).is_some_and(|t| lv.vague_joiners.contains(&t.norm));
    let at = end + usize::from(joined);
    match match_longest(tokens, at, &lv.vague) {
        Some((len, (scale, _))) if *scale >= 1000.0 && *scale >= hi => (at + len, lo * scale, hi * scale),
        _ => (end, lo, hi),
    }
}

fn parse_unsigned(tokens: &[Token], i: usize, lv: &LangValues) -> Option<NumExpr> {
    let t = &tokens[i];
    if let Some((len, (lo, hi))) = match_longest(tokens, i, &lv.vague) {
        let (end, lo, hi) = vague_times_scale(tokens, i + len, (*lo, *hi), lv);
        return Some(NumExpr {
            start: i,
            end,
            low: lo,
            high: hi,
            vague: true,
            scaled: false,
            factor: 1.0,
            plain_digits: None,
        });
    }
    if t.kind == Kind::Cjk || (t.kind == Kind::Num && tokens.get(i + 1).is_some_and(|n| n.kind == Kind::Cjk)) {
        if let Some(e) = parse_cjk(tokens, i, lv).or_else(|| parse_kana(tokens, i, lv)) {
            return Some(e);
        }
    }
    if t.kind == Kind::Num {
        let mut value = parse_digits(&t.norm, lv)?;
        let mut end = i + 1;
        let mut factor = 1.0;
        // "12 500" with a space as group separator; the last group may carry the decimals
        // ("1 234 567,89").
        if lv.groups.contains(&' ') && t.norm.chars().all(|c| c.is_ascii_digit()) && t.norm.len() <= 3 {
            while let Some(n) = tokens.get(end).filter(|n| n.kind == Kind::Num && n.space_before) {
                let (group, decimals) = match n.norm.split_once(lv.decimal) {
                    Some((g, d)) if d.chars().all(|c| c.is_ascii_digit()) => (g, Some(d)),
                    _ => (n.norm.as_str(), None),
                };
                if group.len() != 3 || !group.chars().all(|c| c.is_ascii_digit()) {
                    break;
                }
                value = value * 1000.0 + group.parse::<f64>().ok()?;
                end += 1;
                if let Some(d) = decimals {
                    value += format!("0.{d}").parse::<f64>().ok()?;
                    break;
                }
            }
        }
        let plain_digits = (end == i + 1 && t.norm.chars().all(|c| c.is_ascii_digit())).then_some(t.norm.len());
        let mut scaled = false;
        if let Some((len, f)) = scale_at(tokens, end, lv) {
            value *= f;
            factor = f;
            end += len;
            scaled = true;
            (value, end) = continue_after_scale(tokens, end, value, f, lv);
        }
        return Some(NumExpr {
            start: i,
            end,
            low: value,
            high: value,
            vague: false,
            scaled,
            factor,
            plain_digits: if scaled { None } else { plain_digits },
        });
    }
    if t.kind == Kind::Word {
        return parse_fraction_of_scale(tokens, i, lv).or_else(|| parse_spelled(tokens, i, lv));
    }
    None
}

/// A fraction of a scale: `half million`, `a quarter million`, `three quarters billion`.
/// Fraction words alone (`half the staff`) are no numbers.
fn parse_fraction_of_scale(tokens: &[Token], i: usize, lv: &LangValues) -> Option<NumExpr> {
    let norm = |k: usize| tokens.get(k).map(|t| t.norm.as_str());
    let fraction_at = |k: usize| norm(k).and_then(|w| lv.fractions.get(w)).copied();
    let (multiplier, j) = if fraction_at(i + 1).is_some() && lv.articles.contains(&tokens[i].norm) {
        (1.0, i + 1)
    } else if let Some(v) = fraction_at(i + 1).and_then(|_| lv.words.get(&tokens[i].norm)) {
        (*v, i + 1)
    } else {
        (1.0, i)
    };
    let fraction = fraction_at(j)?;
    // "half a million"
    let k = if norm(j + 1).is_some_and(|w| lv.articles.contains(w)) { j + 2 } else { j + 1 };
    let (len, factor) = scale_at(tokens, k, lv)?;
    let value = multiplier * fraction * factor;
    Some(NumExpr {
        start: i,
        end: k + len,
        low: value,
        high: value,
        vague: false,
        scaled: true,
        factor,
        plain_digits: None,
    })
}

/// Digits with descending scales continue a scaled number: `4 thousand 3 hundred and 21`,
/// `5 million 300 thousand`. After `hundred` a number below 100 joins (`3 hundred and one`);
/// a bare number after a larger scale does not (`$5 million 30 days ago` is two values).
fn continue_after_scale(
    tokens: &[Token],
    mut end: usize,
    mut value: f64,
    mut last: f64,
    lv: &LangValues,
) -> (f64, usize) {
    for _ in 0..MAX_NUMBER_TOKENS {
        let joined = tokens.get(end).is_some_and(|t| lv.joiners.contains(&t.norm));
        let k = end + usize::from(joined);
        let Some(t) = tokens.get(k) else { break };
        if t.kind == Kind::Num && !joined {
            let Some(d) = parse_digits(&t.norm, lv) else { break };
            match scale_at(tokens, k + 1, lv) {
                Some((len, f)) if f < last => {
                    value += d * f;
                    last = f;
                    end = k + 1 + len;
                    continue;
                }
                _ => {}
            }
        }
        if last == 100.0 {
            let below_hundred = parse_unsigned(tokens, k, lv)
                .filter(|n| !n.vague && !n.scaled && (1.0..100.0).contains(&n.low) && n.low.fract() == 0.0)
                .filter(|_| joined || t.kind == Kind::Word);
            if let Some(n) = below_hundred {
                value += n.low;
                end = n.end;
            }
        }
        break;
    }
    (value, end)
}

/// Spelled-out decimals after a decimal word, read digit by digit (`point zero three` = .03)
/// or as one number (`point seventy-one` = .71). Returns the fraction and the token after it.
fn spelled_decimals(tokens: &[Token], i: usize, lv: &LangValues) -> Option<(f64, usize)> {
    if !tokens.get(i).is_some_and(|t| lv.decimal_words.contains(&t.norm)) {
        return None;
    }
    let mut digits = String::new();
    let mut k = i + 1;
    while let Some(t) = tokens.get(k).filter(|t| t.kind == Kind::Word) {
        match lv.words.get(&t.norm) {
            Some(d) if *d < 10.0 => {
                digits.push_str(&format!("{}", *d as u8));
                k += 1;
            }
            _ if digits.is_empty() => {
                let n = parse_spelled(tokens, k, lv).filter(|n| !n.scaled && n.low < 100.0 && n.low.fract() == 0.0)?;
                digits.push_str(&format!("{}", n.low as u8));
                k = n.end;
                break;
            }
            _ => break,
        }
        if digits.len() >= 15 {
            break;
        }
    }
    if digits.is_empty() {
        None
    } else {
        format!("0.{digits}").parse().ok().map(|f| (f, k))
    }
}

/// Whether a hyphen joins tens and units: the parts so far end in 20..90 and a word 1..9 follows.
fn tens_hyphen_unit(parts: &[Part], next: Option<&Token>, lv: &LangValues) -> bool {
    let tens = matches!(parts.last(), Some(Part::Num(v)) if (20.0..=90.0).contains(v) && v % 10.0 == 0.0);
    let unit = next.and_then(|t| lv.words.get(&t.norm)).is_some_and(|v| (1.0..10.0).contains(v));
    tens && unit
}

/// Spelled-out numbers over one or more words: `three hundred and five`, `twenty-one`,
/// `fünfzehntausend`, `Zwei Millionen dreihundert...`, `tweeëntwintighonderd`.
fn parse_spelled(tokens: &[Token], i: usize, lv: &LangValues) -> Option<NumExpr> {
    let mut parts = Vec::new();
    let mut j = i;
    let mut end = i;
    let mut words = 0;
    while j < tokens.len() && j - i < MAX_NUMBER_TOKENS {
        let t = &tokens[j];
        if t.kind == Kind::Word {
            if let Some(p) = split_compound(&t.norm, lv) {
                parts.extend(p);
                words += 1;
                j += 1;
                end = j;
                continue;
            }
            if words > 0 && lv.joiners.contains(&t.norm) {
                j += 1;
                continue;
            }
            // "drei Viertel": a denominator divides the number before it.
            if let (Some(d), Some(Part::Num(v))) = (lv.denominators.get(&t.norm), parts.last().copied()) {
                parts.pop();
                parts.push(Part::Num(v * d));
                j += 1;
                end = j;
                continue;
            }
        } else if t.norm == "-" && words > 0 && tens_hyphen_unit(&parts, tokens.get(j + 1), lv) {
            // "twenty-one", "fifty - two"; but "three-nought-four" are three numbers.
            j += 1;
            continue;
        }
        break;
    }
    if words == 0 || parts.iter().all(|p| matches!(p, Part::Scale(_) | Part::Joiner)) {
        // "a dozen", "a million": an article before a scale is one of it.
        if lv.articles.contains(&tokens[i].norm) {
            if let Some((len, f)) = scale_at(tokens, i + 1, lv) {
                return Some(NumExpr {
                    start: i,
                    end: i + 1 + len,
                    low: f,
                    high: f,
                    vague: false,
                    scaled: true,
                    factor: f,
                    plain_digits: None,
                });
            }
        }
        return None;
    }
    let only_article = words == 1 && lv.articles.contains(&tokens[i].norm);
    let mut value = evaluate(&parts);
    // "the one you mentioned", "which one", "one of the largest": a pronoun.
    let measure_next = || {
        match_longest(tokens, end, &lv.unit_words).is_some()
            || match_longest(tokens, end, &lv.currencies).is_some()
            || match_longest(tokens, end, &lv.duration_words).is_some()
    };
    let pronoun_context = (i > 0 && lv.one_is_pronoun_after.contains(&tokens[i - 1].norm))
        || tokens.get(end).is_some_and(|t| lv.one_is_pronoun_before.contains(&t.norm));
    let pronoun = words == 1 && value == 1.0 && pronoun_context && !measure_next();
    if pronoun && scale_at(tokens, end, lv).is_none() {
        return None;
    }
    if let Some((fraction, after)) = spelled_decimals(tokens, end, lv) {
        value += fraction;
        end = after;
    }
    let mut scaled = parts.iter().any(|p| matches!(p, Part::Scale(_)));
    let mut factor = 1.0;
    if let Some((len, f)) = scale_at(tokens, end, lv) {
        value *= f;
        factor = f;
        end += len;
        scaled = true;
    } else if only_article {
        // "einen Euro", "een cent": an article before a currency name is one unit, unless
        // the name starts a compound ("a dollar-denominated bond").
        let currency = crate::tokens::match_longest(tokens, end, &lv.currencies);
        let compound = currency.is_some_and(|(len, _)| tokens.get(end + len).is_some_and(|t| t.norm == "-"));
        if currency.is_none() || compound {
            return None;
        }
    }
    Some(NumExpr { start: i, end, low: value, high: value, vague: false, scaled, factor, plain_digits: None })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::test_lexicon;
    use crate::tokens::tokenize;

    fn num(text: &str, lang: &str) -> Option<(f64, f64, usize)> {
        let lex = test_lexicon();
        let t = tokenize(text);
        parse_number(&t, 0, lex.lang(lang)).map(|e| (e.low, e.high, e.end))
    }

    #[test]
    fn separators_follow_the_language() {
        assert_eq!(num("1,4", "de").unwrap().0, 1.4);
        assert_eq!(num("14.000", "de").unwrap().0, 14000.0);
        assert_eq!(num("14,000", "en").unwrap().0, 14000.0);
        assert_eq!(num("31.50", "en").unwrap().0, 31.5);
        assert_eq!(num("2,500", "ja").unwrap().0, 2500.0);
        assert_eq!(num("1.000.000,5", "de").unwrap().0, 1_000_000.5);
        assert_eq!(num("12 500", "fr").unwrap().0, 12500.0);
        assert_eq!(num("１２３", "ja").unwrap().0, 123.0);
        assert_eq!(num("1,23,4", "en"), None);
    }

    #[test]
    fn scales_and_their_false_friends() {
        assert_eq!(num("38 billion", "en").unwrap().0, 38e9);
        assert_eq!(num("1,4 Billionen", "de").unwrap().0, 1.4e12);
        assert_eq!(num("38 Milliarden", "de").unwrap().0, 38e9);
        assert_eq!(num("38 miljard", "nl").unwrap().0, 38e9);
        assert_eq!(num("2 biljoen", "nl").unwrap().0, 2e12);
        assert_eq!(num("610 Mio. Euro", "de").unwrap(), (610e6, 610e6, 3));
        assert_eq!(num("2.4bn", "en").unwrap().0, 2.4e9);
        assert_eq!(num("5 m", "en").unwrap().2, 1, "a spaced single letter is a unit, not a scale");
    }

    #[test]
    fn japanese_and_chinese_grouping() {
        assert_eq!(num("380 億ドル", "ja").unwrap().0, 380e8);
        assert_eq!(num("2,500 億", "ja").unwrap().0, 2500e8);
        assert_eq!(num("6億1000万ユーロ", "ja").unwrap().0, 6.1e8);
        assert_eq!(num("1万億円", "ja").unwrap().0, 1e12, "stacked scales multiply");
        assert_eq!(num("一ドル", "ja").unwrap().0, 1.0, "a lone kanji digit before a currency");
        assert!(num("一方", "ja").is_none(), "a lone kanji digit is a word");
        assert_eq!(num("千二百億", "ja").unwrap().0, 1200e8);
        assert_eq!(num("三十", "ja").unwrap().0, 30.0);
        assert_eq!(num("数十万", "ja").unwrap(), (1e5, 1e6, 3));
        assert_eq!(num("一方", "ja"), None);
    }

    #[test]
    fn spelled_out_numbers_and_compounds() {
        assert_eq!(num("fünfzigtausend", "de").unwrap().0, 50000.0);
        assert_eq!(num("dreihundertsiebenundsiebzigtausendneunhundertachtundachtzig", "de").unwrap().0, 377988.0);
        assert_eq!(num("honderddrieënzestig", "nl").unwrap().0, 163.0);
        assert_eq!(num("tweeëntwintighonderd", "nl").unwrap().0, 2200.0);
        assert_eq!(num("three hundred and five", "en").unwrap().0, 305.0);
        assert_eq!(num("twenty-one", "en").unwrap().0, 21.0);
        assert_eq!(num("Zwei Millionen dreihundert", "de").unwrap().0, 2_000_300.0);
        assert_eq!(num("eine Milliarde", "de").unwrap().0, 1e9);
        assert_eq!(num("ein Unternehmen", "de"), None);
        assert_eq!(num("Unternehmen", "de"), None);
    }

    #[test]
    fn signs_and_dozens() {
        assert_eq!(num("-1", "nl").unwrap().0, -1.0);
        assert_eq!(num("minus 5", "en").unwrap().0, -5.0);
        assert_eq!(num("マイナス10000", "ja").unwrap().0, -10000.0);
        assert_eq!(num("3 dozijn", "nl").unwrap().0, 36.0);
        assert_eq!(num("五十ダース", "ja").unwrap().0, 600.0);
        assert_eq!(num("5万4千6百", "ja").unwrap().0, 54600.0);
        assert_eq!(num("1、234、567", "ja").unwrap().0, 1_234_567.0);
        let t = tokenize("COVID-19");
        assert_eq!(parse_number(&t, 1, test_lexicon().lang("en")).map(|n| n.low), None);
    }

    #[test]
    fn composed_decimal_and_fractional_numbers() {
        assert_eq!(num("4 thousand 3 hundred and 21", "en").unwrap().0, 4321.0);
        assert_eq!(num("3 hundred and one", "en").unwrap().0, 301.0);
        assert_eq!(num("4 thousand 3 hundred and 0", "en").unwrap().2, 4, "'and 0' is a number of its own");
        assert_eq!(num("5 million 30 days", "en").unwrap().0, 5e6, "a bare number after a large scale stays apart");
        assert_eq!(num("two hundred point zero three", "en").unwrap().0, 200.03);
        assert_eq!(num("nought point eleven", "en").unwrap().0, 0.11);
        assert_eq!(num("zwei Komma drei", "de").unwrap().0, 2.3);
        assert_eq!(num("dreieinhalb Millionen", "de").unwrap().0, 3.5e6);
        assert_eq!(num("anderthalb Millionen", "de").unwrap().0, 1.5e6);
        assert_eq!(num("ein halbes dutzend", "de").unwrap().0, 6.0);
        assert_eq!(num("halb", "de"), None, "a compound part alone is no number");
        assert_eq!(num("twaalfenhalve", "nl").unwrap().0, 12.5);
        assert_eq!(num("vijf miljard en driekwart", "nl").unwrap().0, 5.75e9);
        assert_eq!(num("half million", "en").unwrap().0, 5e5);
        assert_eq!(num("a dozen", "en").unwrap().0, 12.0);
        assert_eq!(num(".08", "en").unwrap().0, 0.08);
        assert_eq!(num("1\u{202f}234\u{202f}567,89", "de").unwrap().0, 1234567.89);
        assert_eq!(num("2.33 k", "en").unwrap().0, 2330.0);
        assert_eq!(num("5 mm", "en").unwrap().2, 1, "millimetres, not millions");
        assert_eq!(num("fifty - two", "en").unwrap().0, 52.0);
        assert_eq!(num("three-nought-four", "en").unwrap().0, 3.0);
        let t = tokenize("Which one do you prefer?");
        assert_eq!(parse_number(&t, 1, test_lexicon().lang("en")), None, "a pronoun");
    }

    #[test]
    fn japanese_kana_lone_digits_and_decimals() {
        assert_eq!(num("にせんにひゃくごじゅうろく", "ja").unwrap().0, 2256.0);
        assert_eq!(
            num("はっせんはっぴゃくきゅうじゅうごまんろくせんさんびゃくななじゅう", "ja").unwrap().0,
            88956370.0
        );
        let t = tokenize("あなたにろく");
        assert_eq!(parse_number(&t, 3, test_lexicon().lang("ja")), None, "kana inside running text are particles");
        assert_eq!(num("三は奇数です", "ja").unwrap().0, 3.0);
        assert_eq!(num("一匹", "ja").unwrap().0, 1.0);
        assert_eq!(num("一部", "ja"), None, "a lone kanji digit before a kanji is a word");
        let t = tokenize("統一");
        assert_eq!(parse_number(&t, 1, test_lexicon().lang("ja")), None);
        assert_eq!(num("四・八〇〇", "ja").unwrap().0, 4.8);
        assert_eq!(num("二百・〇三", "ja").unwrap().0, 200.03);
        assert_eq!(num("一二三四五六七八九〇", "ja").unwrap().0, 1234567890.0);
        assert_eq!(num("零 一", "ja").unwrap().2, 1, "spaced digits are separate numbers");
        assert_eq!(num("零十三", "ja").unwrap().0, 13.0);
        assert_eq!(num("fünf und drei Viertel Milliarde", "de").unwrap().0, 5.75e9);
    }

    #[test]
    fn vague_quantities_are_ranges() {
        assert_eq!(num("Hunderttausende", "de").unwrap(), (1e5, 1e6, 1));
        assert_eq!(num("hundreds of thousands", "en").unwrap(), (1e5, 1e6, 3));
        assert_eq!(num("honderdduizenden", "nl").unwrap(), (1e5, 1e6, 1));
    }
}
