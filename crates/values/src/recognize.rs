//! Turning number and date expressions into typed, normalized values using their context.

use std::path::Path;

use polyfact_core::{CivilDate, Value};

use crate::dates::parse_date;
use crate::lexicon::{Bound, LangValues, Lexicon, LexiconError};
use crate::numbers::{parse_number, scale_at, NumExpr};
use crate::tokens::{match_longest, match_longest_before, match_longest_exact, tokenize, Kind, Token};

/// A recognized value: char span into the input, contract label, normalized value.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ValueSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `MONEY`, `PERCENT`, `DATE`, `DURATION`, `QUANTITY` or `COUNT`.
    pub label: &'static str,
    pub value: Value,
}

/// The value recognizer for all languages in a [`Lexicon`].
#[derive(Debug, Clone)]
pub struct Recognizer {
    lexicon: Lexicon,
}

fn value(kind: &str) -> Value {
    Value { kind: kind.to_string(), amount: None, unit: None, low: None, high: None, approx: false, date: None }
}

/// What follows a number.
enum Suffix {
    Money(String, f64),
    /// Percent points as `amount * factor + extra`: 1 and 0 for `%`; 10 and 8.7 for `3割8分7厘`.
    Percent(f64, f64),
    Quantity(String, f64),
    /// Unit and an extra amount (`3年半`: 0.5).
    Duration(String, f64),
    Count(Option<String>),
    Year,
    /// A past date written as a duration and "ago"; the flag marks a preceding "ago" word
    /// (`vor`) that belongs in the span.
    Ago(String, bool),
    /// A date written as a duration from a day: "two weeks from now", "2日後" (sign 1, base
    /// 0), "two days before yesterday" (sign -1, base -1 day).
    Later(String, f64, i64),
}

/// Rounds away binary noise (`2.4 * 1e9` = 2400000000.0000005) to 12 significant digits;
/// integers are exact already and stay as written (`123456789101231`).
fn clean(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() || x.fract() == 0.0 {
        return x;
    }
    let magnitude = 10f64.powi(11 - x.abs().log10().floor() as i32);
    (x * magnitude).round() / magnitude
}

impl Recognizer {
    pub fn new(lexicon: Lexicon) -> Self {
        Recognizer { lexicon }
    }

    /// Loads the lexicon from a `data/` folder.
    pub fn load(data_dir: &Path) -> Result<Self, LexiconError> {
        Lexicon::load(data_dir).map(Self::new)
    }

    /// All values in `text` (a sentence or a line) written in `lang`. Relative dates resolve
    /// against `reference` (the publication date) or stay `date: None`.
    pub fn recognize(&self, text: &str, lang: &str, reference: Option<CivilDate>) -> Vec<ValueSpan> {
        self.scan(text, lang, |tokens, i, lv, chars, out| self.at(tokens, i, lv, reference, chars, out))
    }

    /// Plain number expressions only (no value typing): the `NUMBER` spans that number
    /// test suites score. Numbers glued to letters (`GB200`, `29km`) are not numbers here.
    pub fn numbers(&self, text: &str, lang: &str) -> Vec<ValueSpan> {
        self.scan(text, lang, |tokens, i, lv, chars, out| {
            let n = parse_number(tokens, i, lv)?;
            let glued_before = !tokens[i].space_before && i > 0 && tokens[i - 1].kind == Kind::Word;
            let glued_after = tokens.get(n.end).is_some_and(|t| t.kind == Kind::Word && !t.space_before);
            // A number before a unit measures something (29キロメートル): no plain number.
            let measured = match_longest(tokens, n.end, &lv.other_units).is_some()
                || (tokens.get(n.end).is_some_and(|t| t.kind == Kind::Cjk)
                    && match_longest(tokens, n.end, &lv.unit_words).is_some());
            if !glued_before && !glued_after && !measured {
                let (a, b) = (tokens[i].start, tokens[n.end - 1].end);
                let mut v = value("number");
                if n.vague {
                    (v.low, v.high) = (Some(clean(n.low)), Some(clean(n.high)));
                } else {
                    v.amount = Some(clean(n.low));
                }
                out.push(ValueSpan { start: a, end: b, text: chars[a..b].iter().collect(), label: "NUMBER", value: v });
            }
            Some(n.end)
        })
    }

    /// Runs `step` at each token; `step` returns the token after what it consumed, or `None`
    /// to move on by one. Values inside URLs are dropped at the end.
    fn scan(
        &self,
        text: &str,
        lang: &str,
        mut step: impl FnMut(&[Token], usize, &LangValues, &[char], &mut Vec<ValueSpan>) -> Option<usize>,
    ) -> Vec<ValueSpan> {
        let lv = self.lexicon.lang(lang);
        let tokens = tokenize(text);
        let chars: Vec<char> = text.chars().collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            i = step(&tokens, i, lv, &chars, &mut out).unwrap_or(i + 1);
        }
        drop_inside_urls(&chars, out)
    }

    /// Tries every recognizer at token `i`; returns the token index after what it consumed.
    fn at(
        &self,
        tokens: &[Token],
        i: usize,
        lv: &LangValues,
        reference: Option<CivilDate>,
        chars: &[char],
        out: &mut Vec<ValueSpan>,
    ) -> Option<usize> {
        let span = |s: usize, e: usize| -> (usize, usize, String) {
            let (a, b) = (tokens[s].start, tokens[e - 1].end);
            (a, b, chars[a..b].iter().collect())
        };
        if let Some((start, end, date)) = self.compound_offset(tokens, i, lv, reference) {
            let (a, b, text) = span(start, end);
            let mut v = value("date");
            v.date = date;
            out.push(ValueSpan { start: a, end: b, text, label: "DATE", value: v });
            return Some(end);
        }
        if let Some(d) = parse_date(tokens, i, lv, reference) {
            let (start, end, text) = span(d.start, d.end);
            let mut v = value("date");
            v.date = d.date;
            out.push(ValueSpan { start, end, text, label: "DATE", value: v });
            return Some(d.end);
        }
        let fixed = match_longest(tokens, i, &lv.duration_phrases).map(|(len, (a, u))| (i + len, *a, u.clone()));
        let led = || self.led_duration(tokens, i, lv);
        if let Some((end, amount, unit)) = fixed.or_else(led).or_else(|| duration_word(tokens, i, lv)) {
            let (start, e, text) = span(i, end);
            let mut v = value("duration");
            v.amount = Some(amount);
            v.unit = Some(unit);
            out.push(ValueSpan { start, end: e, text, label: "DURATION", value: v });
            return Some(end);
        }
        // A currency symbol or code before the number: "$38 billion", "US$ 5", "EUR 12", "MAUD 60".
        let prefix = match_longest(tokens, i, &lv.currency_prefixes)
            .map(|(len, code)| (len, code.clone(), 1.0))
            .or_else(|| match_longest_exact(tokens, i, &lv.currency_symbols).map(|(len, c)| (len, c.clone(), 1.0)))
            .or_else(|| match_longest(tokens, i, &lv.scaled_codes).map(|(len, (c, f))| (len, c.clone(), *f)))
            // "music's $500 million": the possessive "s" is no Singapore dollar.
            .filter(|_| !(tokens[i].kind == Kind::Word && i > 0 && matches!(tokens[i - 1].norm.as_str(), "'" | "’")));
        let number_at = |k: usize| {
            tokens.get(k).is_some_and(|t| t.kind == Kind::Num)
                || (tokens.get(k).is_some_and(|t| matches!(t.norm.as_str(), "-" | "−"))
                    && tokens.get(k + 1).is_some_and(|t| t.kind == Kind::Num && !t.space_before))
        };
        let (num_at, prefix_ccy) = match prefix {
            Some((len, code, factor)) if number_at(i + len) => (i + len, Some((code, factor))),
            _ => (i, None),
        };
        let percent_prefix = match_longest(tokens, i, &lv.percent_before).map(|(len, _)| len);
        let num_at = num_at + percent_prefix.unwrap_or(0);
        let first = parse_number(tokens, num_at, lv)?;
        // A number glued to a word is part of a name: GB200, Trainium3, EC2.
        if !tokens[num_at].space_before
            && num_at > 0
            && tokens[num_at - 1].kind == Kind::Word
            && prefix_ccy.is_none()
            && percent_prefix.is_none()
        {
            // ... and so are its variants after a slash: "GB200/300".
            let mut end = first.end;
            while tokens.get(end).is_some_and(|t| t.norm == "/" && !t.space_before)
                && tokens.get(end + 1).is_some_and(|t| t.kind == Kind::Num && !t.space_before)
            {
                end += 2;
            }
            return Some(end);
        }
        let mut bound = match_longest_before(tokens, i, &lv.bounds).map(|(_, b)| *b);
        let range_opener = i > 0 && lv.range_starts.contains(&tokens[i - 1].norm);
        let (expr, mut end) = self.range(tokens, first, lv, range_opener);
        let suffix = if let Some((code, factor)) = prefix_ccy {
            // "$38 billion dollars" is rare; a trailing currency word is not repeated. Chinese
            // writes the currency before the number and the unit word 元 after it (港币100亿元,
            // 新台幣3,000億元): that word joins the span.
            if let Some((len, _)) = match_longest(tokens, end, &lv.currencies).filter(|_| tokens[end].kind == Kind::Cjk)
            {
                end += len;
            }
            Suffix::Money(code, factor)
        } else if percent_prefix.is_some() {
            Suffix::Percent(1.0, 0.0)
        } else {
            let (suffix, len) = self.suffix(tokens, i, &expr, end, lv);
            end += len;
            if matches!(suffix, Suffix::Count(None))
                && tokens.get(end).is_some_and(|t| t.kind == Kind::Word && !t.space_before)
            {
                return Some(end); // "5G", "3D": a number glued to letters is no value
            }
            suffix
        };
        if matches!(suffix, Suffix::Count(_)) && bound.is_none() && self.names_number(tokens, num_at, &expr, lv) {
            return Some(end);
        }
        // "3 dollars 50 cents", "15 Dollar und 15", "545ドルと5セント", "50元6角3分": one amount.
        let mut cents = 0.0;
        if let Suffix::Money(code, _) = &suffix {
            let whole = !expr.vague && expr.low == expr.high && expr.low.fract() == 0.0;
            if subunit(code).1 == 1.0 && whole {
                (cents, end) = self.subunits(tokens, end, !expr.scaled, lv);
            }
        }
        // Bounds written after the value (以上, 超, "or more") stay outside its span; one whose
        // tail opens a bound of the next number ("5000 or more than 4500") is not ours.
        if let Some((len, b)) = match_longest(tokens, end, &lv.bounds_after) {
            if !(1..len).any(|k| match_longest(tokens, end + k, &lv.bounds).is_some()) {
                bound = Some(*b);
            }
        }
        let led_later = matches!(suffix, Suffix::Later(..)) && i > 0 && lv.later_before.contains(&tokens[i - 1].norm);
        let first = if matches!(suffix, Suffix::Ago(_, true)) || led_later { i.saturating_sub(1) } else { i };
        let (start, e, text) = span(first, end);
        let (lo, hi) = (clean(expr.low), clean(expr.high));
        let exact = lo == hi && !expr.vague;
        let (label, mut v) = match suffix {
            Suffix::Money(code, per) => {
                let mut v = value("money");
                let (code, sub) = subunit(&code);
                let per = per * sub;
                v.unit = Some(code);
                v.amount = exact.then_some(clean(lo * per + cents));
                if !exact {
                    (v.low, v.high) = (Some(clean(lo * per)), Some(clean(hi * per)));
                }
                ("MONEY", v)
            }
            Suffix::Percent(factor, extra) => {
                let mut v = value("percent");
                v.unit = Some("%".into());
                v.amount = exact.then_some(clean(lo * factor + extra));
                if !exact {
                    (v.low, v.high) = (Some(clean(lo * factor)), Some(clean(hi * factor)));
                }
                ("PERCENT", v)
            }
            Suffix::Quantity(unit, factor) => {
                let mut v = value("quantity");
                v.unit = Some(unit);
                v.amount = exact.then_some(clean(lo * factor));
                if !exact {
                    (v.low, v.high) = (Some(clean(lo * factor)), Some(clean(hi * factor)));
                }
                ("QUANTITY", v)
            }
            Suffix::Duration(unit, extra) => {
                let mut v = value("duration");
                let (unit, mult) = if unit == "decade" { ("year".to_string(), 10.0) } else { (unit, 1.0) };
                v.unit = Some(unit);
                v.amount = exact.then_some((lo + extra) * mult);
                if !exact {
                    (v.low, v.high) = (Some(lo * mult), Some(hi * mult));
                }
                ("DURATION", v)
            }
            Suffix::Ago(unit, _) => {
                let mut v = value("date");
                v.date = crate::dates::ago(lo, &unit, reference);
                ("DATE", v)
            }
            Suffix::Later(unit, sign, base) => {
                let mut v = value("date");
                v.date = crate::dates::ago(-sign * lo, &unit, reference.map(|r| r.add_days(base)));
                ("DATE", v)
            }
            Suffix::Year => {
                let mut v = value("date");
                v.date = Some(format!("{:04}", lo as i64));
                ("DATE", v)
            }
            Suffix::Count(noun) => {
                let mut v = value("count");
                v.unit = noun;
                v.amount = exact.then_some(lo);
                if !exact {
                    (v.low, v.high) = (Some(lo), Some(hi));
                }
                ("COUNT", v)
            }
        };
        let during = label == "DURATION" && match_longest_before(tokens, i, &lv.bounds_not_with_durations).is_some();
        if label != "DATE" && !during {
            match bound {
                Some(Bound::AtLeast) if v.low.is_none() => v.low = v.amount,
                Some(Bound::AtMost) if v.high.is_none() => v.high = v.amount,
                Some(Bound::Approx) => v.approx = true,
                _ => {}
            }
        }
        out.push(ValueSpan { start, end: e, text, label, value: v });
        Some(end)
    }

    /// Several durations ending in "ago" or "later" are one date: `1 month and 21 days ago`,
    /// `2 jaar, 1 maand en 21 dagen geleden`, `2年と21日後`, `over 2 jaar en 21 dagen`.
    /// Returns (first token, end, date to the day).
    fn compound_offset(
        &self,
        tokens: &[Token],
        i: usize,
        lv: &LangValues,
        reference: Option<CivilDate>,
    ) -> Option<(usize, usize, Option<String>)> {
        let mut parts: Vec<(f64, &str)> = Vec::new();
        let (mut k, mut end) = (i, i);
        while parts.len() < 6 {
            let Some(n) =
                tokens.get(k).and_then(|_| parse_number(tokens, k, lv)).filter(|n| !n.vague && n.low == n.high)
            else {
                break;
            };
            let Some((unit_len, unit)) = match_longest(tokens, n.end, &lv.duration_words) else { break };
            parts.push((n.low, unit.as_str()));
            end = n.end + unit_len;
            k = match_longest(tokens, end, &lv.compound_joiners).map_or(end, |(len, _)| end + len);
        }
        if parts.len() < 2 {
            return None;
        }
        let led = i > 0 && lv.later_before.contains(&tokens[i - 1].norm);
        let (sign, start, end) = if tokens.get(end).is_some_and(|t| lv.ago_after.contains(&t.norm)) {
            (-1, i, end + 1)
        } else if let Some((len, _)) = match_longest(tokens, end, &lv.later) {
            (1, i, end + len)
        } else if led {
            (1, i - 1, end)
        } else {
            return None;
        };
        let (mut months, mut days) = (0i64, 0i64);
        for (amount, unit) in parts {
            let n = amount.round() as i64;
            match unit {
                "year" => months += 12 * n,
                "decade" => months += 120 * n,
                "month" => months += n,
                "week" => days += 7 * n,
                _ => days += n,
            }
        }
        let date = reference.and_then(|r| {
            let (y, m) = r.add_months(sign * months);
            // The 31st a month later is the month's last day.
            let day = (1..=r.day).rev().find(|d| CivilDate::new(y, m, *d).is_some())?;
            Some(CivilDate::new(y, m, day)?.add_days(sign * days).to_string())
        });
        Some((start, end, date))
    }

    /// A duration after a lead word, which joins the span: `another week` (one week),
    /// `nog een maand`, `もう1週間`, `まる1日`. Returns (end, amount, unit).
    fn led_duration(&self, tokens: &[Token], i: usize, lv: &LangValues) -> Option<(usize, f64, String)> {
        let (len, _) = match_longest(tokens, i, &lv.duration_lead)?;
        let k = i + len;
        let unit_at = |at: usize| {
            match_longest(tokens, at, &lv.duration_words).or_else(|| match_longest(tokens, at, &lv.duration_lead_units))
        };
        if let Some((unit_len, unit)) = unit_at(k) {
            return Some((k + unit_len, 1.0, unit.clone()));
        }
        let n = tokens.get(k).and_then(|_| parse_number(tokens, k, lv)).filter(|n| !n.vague && n.low == n.high)?;
        let (unit_len, unit) = unit_at(n.end)?;
        let (unit, mult) = if unit == "decade" { ("year".to_string(), 10.0) } else { (unit.clone(), 1.0) };
        Some((n.end + unit_len, n.low * mult, unit))
    }

    /// Subunits after a whole main amount, as a sum in main units, and the token after them:
    /// `15 dollars 50`, `15 Dollar und 15 Cent`, `545ドルと5セント`, `五元三角`, `50元6角3分`.
    /// A bare number below 100 counts as hundredths (or tenths of the subunit before it) only
    /// after an unscaled amount and when nothing after it makes it a value of its own
    /// (`$15 and 20 employees` stays two values).
    fn subunits(&self, tokens: &[Token], mut end: usize, bare_allowed: bool, lv: &LangValues) -> (f64, usize) {
        let mut total = 0.0;
        let mut bare_factor = 0.01;
        for _ in 0..3 {
            let joined = tokens.get(end).is_some_and(|t| lv.minor_joiners.contains(&t.norm));
            let k = end + usize::from(joined);
            let Some(n) = tokens.get(k).and_then(|_| parse_number(tokens, k, lv)) else { break };
            if n.vague || n.scaled || n.low != n.high || !(0.0..100.0).contains(&n.low) || n.low.fract() != 0.0 {
                break;
            }
            if let Some((len, factor)) = match_longest(tokens, n.end, &lv.minor_units) {
                total += n.low * factor;
                end = n.end + len;
                bare_factor = factor / 10.0;
                continue;
            }
            if let Some((len, code)) = match_longest(tokens, n.end, &lv.currencies) {
                // Cents belong to whatever currency precedes them ("15 Dollar und 15 Cent").
                let (_, factor) = subunit(code);
                if factor < 1.0 {
                    total += n.low * factor;
                    end = n.end + len;
                }
                break;
            }
            let (next, _) = self.suffix(tokens, k, &n, n.end, lv);
            let glued = tokens.get(n.end).is_some_and(|t| t.kind == Kind::Word && !t.space_before);
            if bare_allowed && matches!(next, Suffix::Count(None)) && !glued {
                total += n.low * bare_factor;
                end = n.end;
            }
            break;
        }
        (clean(total), end)
    }

    /// The rest of a Japanese ratio after its main unit (`3割` = 30 %): smaller units with
    /// their digits (`8分7厘`), a bare half (`5割半` = 55 %) and a trailing `引` (`5割引`, a
    /// discount of 50 %). `used` counts the tokens taken so far.
    fn ratio(&self, tokens: &[Token], mut k: usize, factor: f64, lv: &LangValues, used: usize) -> (Suffix, usize) {
        let start = k - used;
        let mut extra = 0.0;
        let mut last = factor;
        if let Some((len, half)) = match_longest(tokens, k, &lv.percent_ratio_minor).filter(|(_, f)| **f >= 1.0) {
            // 半 carries its own value; 分 without a digit is no part of the ratio.
            if lv.percent_ratio_half.contains(&tokens[k].norm) {
                extra += half;
                k += len;
            }
        }
        while let Some(n) = tokens.get(k).and_then(|_| parse_number(tokens, k, lv)).filter(|n| !n.vague && n.low < 10.0)
        {
            match match_longest(tokens, n.end, &lv.percent_ratio_minor).filter(|(_, f)| **f < last) {
                Some((len, f)) if !lv.percent_ratio_half.contains(&tokens[n.end].norm) => {
                    extra += n.low * f;
                    last = *f;
                    k = n.end + len;
                }
                _ => break,
            }
        }
        if tokens.get(k).is_some_and(|t| lv.percent_ratio_after.contains(&t.norm)) {
            k += 1;
        }
        (Suffix::Percent(factor, clean(extra)), k - start)
    }

    /// Extends a number into a range: `4 to 5`, `100 bis 300 Milliarden`, `1.3–1.5 trillion`,
    /// `between $85 million and $95 million`. A scale written once applies to both ends.
    fn range(&self, tokens: &[Token], first: NumExpr, lv: &LangValues, opener: bool) -> (NumExpr, usize) {
        let end = first.end;
        let Some(word) = tokens.get(end) else { return (first.clone(), end) };
        if first.plain_digits == Some(4) {
            return (first.clone(), end); // "2024–2025" are two years, not a count range
        }
        let dash = matches!(word.norm.as_str(), "-" | "–" | "—" | "〜" | "~");
        let and_like =
            lv.joiners.contains(&word.norm) || matches!(word.norm.as_str(), "and" | "und" | "en" | "et" | "y" | "e");
        if !(dash || (lv.range_words.contains(&word.norm) && (!and_like || opener))) {
            return (first.clone(), end);
        }
        let mut k = end + 1;
        if let Some((len, _)) = match_longest_exact(tokens, k, &lv.currency_symbols) {
            k += len;
        }
        match tokens.get(k).and_then(|_| parse_number(tokens, k, lv)) {
            Some(second)
                if !second.vague
                    && !first.vague
                    && second.low >= first.low * if first.scaled || !second.scaled { 1.0 } else { 0.0 } =>
            {
                let low = if !first.scaled && second.scaled { first.low * second.factor } else { first.low };
                if low > second.low {
                    return (first.clone(), end);
                }
                let expr = NumExpr {
                    start: first.start,
                    end: second.end,
                    low,
                    high: second.high,
                    vague: false,
                    scaled: second.scaled,
                    factor: second.factor,
                    plain_digits: None,
                };
                (expr, second.end)
            }
            _ => (first.clone(), end),
        }
    }

    /// Whether a bare number at `i` is part of a name: at most three plain digits right after
    /// a capitalized word that is not the first of its clause (`custom Trainium 2 chips`,
    /// `filed for Chapter 11`), where the language allows it (see `numbers_after_names`).
    fn names_number(&self, tokens: &[Token], i: usize, expr: &NumExpr, lv: &LangValues) -> bool {
        if !lv.numbers_after_names || expr.plain_digits.is_none_or(|d| d > 3) || expr.end != i + 1 || i < 2 {
            return false;
        }
        let (name, before) = (&tokens[i - 1], &tokens[i - 2]);
        name.kind == Kind::Word
            && name.text.starts_with(char::is_uppercase)
            && tokens[i].space_before
            && !lv.stopwords.contains(&name.norm)
            && !lv.months.contains_key(&name.norm)
            && match_longest(tokens, i - 1, &lv.weekdays).is_none()
            && matches!(before.kind, Kind::Word | Kind::Num)
    }

    /// What the number measures, from the tokens after it; returns the kind and the tokens used.
    fn suffix(&self, tokens: &[Token], start: usize, expr: &NumExpr, end: usize, lv: &LangValues) -> (Suffix, usize) {
        let currency_at = |at: usize| {
            match_longest(tokens, at, &lv.currencies)
                .or_else(|| match_longest_exact(tokens, at, &lv.currency_symbols))
                .map(|(len, code)| (len, code.clone(), 1.0))
                .or_else(|| match_longest(tokens, at, &lv.scaled_codes).map(|(len, (c, f))| (len, c.clone(), *f)))
        };
        // "millions of dollars", "tens of billions of euros": the joiner belongs to the value.
        let joined = (expr.vague || expr.scaled) && tokens.get(end).is_some_and(|t| lv.vague_joiners.contains(&t.norm));
        if let Some((len, code, factor)) = currency_at(end + 1).filter(|_| joined) {
            return (Suffix::Money(code, factor), len + 1);
        }
        // A symbol glued to the digits after it prefixes that amount, not this one ("31m $600
        // million": 31 million of something, then $600 million).
        let prefixes_next = |len: usize| {
            tokens[end..end + len].iter().all(|t| !t.text.chars().any(char::is_alphabetic))
                && tokens
                    .get(end + len)
                    .is_some_and(|t| !t.space_before && t.text.starts_with(|c: char| c.is_ascii_digit()))
        };
        if let Some((len, code, factor)) = currency_at(end).filter(|(len, ..)| !prefixes_next(*len)) {
            // "75 USD million": a scale may follow the code.
            if let Some((scale_len, scale)) = scale_at(tokens, end + len, lv).filter(|_| !expr.scaled) {
                return (Suffix::Money(code, factor * scale), len + scale_len);
            }
            return (Suffix::Money(code, factor), len);
        }

        // "12-cent", "one-yen"
        if tokens.get(end).is_some_and(|t| t.norm == "-" && !t.space_before) {
            if let Some((len, code)) = match_longest(tokens, end + 1, &lv.currencies) {
                return (Suffix::Money(code.clone(), 1.0), len + 1);
            }
        }
        if let Some((len, _)) = match_longest(tokens, end, &lv.percent_after) {
            return (Suffix::Percent(1.0, 0.0), len);
        }
        if let Some((len, factor)) = match_longest(tokens, end, &lv.percent_ratio) {
            return self.ratio(tokens, end + len, *factor, lv, len);
        }
        if let Some(t) = tokens.get(end) {
            if let Some((unit, factor)) = lv.unit_symbols.get(&t.text) {
                let glued_or_long = !t.space_before || t.text.chars().count() > 1;
                if glued_or_long {
                    return (Suffix::Quantity(unit.clone(), *factor), 1);
                }
            }
        }
        if let Some((len, (unit, factor))) = match_longest(tokens, end, &lv.unit_words) {
            return (Suffix::Quantity(unit.clone(), *factor), len);
        }
        // "3-inch", "six-mile"
        if tokens.get(end).is_some_and(|t| t.norm == "-" && !t.space_before) {
            if let Some((len, (unit, factor))) = match_longest(tokens, end + 1, &lv.unit_words) {
                return (Suffix::Quantity(unit.clone(), *factor), len + 1);
            }
        }
        // Durations: "7 years", "5 か年", "7-year", "seven-year", "7-jährige".
        let hyphen = tokens.get(end).is_some_and(|t| t.norm == "-" && !t.space_before);
        let at = end + usize::from(hyphen);
        if let Some((len, unit)) = match_longest(tokens, at, &lv.duration_words) {
            let after = tokens.get(at + len).map(|t| t.norm.as_str()).unwrap_or("");
            let before = start.checked_sub(1).map(|b| tokens[b].norm.as_str()).unwrap_or("");
            // "two years ago", "vor zwei Jahren": a past date, not a length.
            if lv.ago_after.contains(after) || lv.ago_before.contains(before) {
                let used = at + len - end + usize::from(lv.ago_after.contains(after));
                return (Suffix::Ago(unit.clone(), lv.ago_before.contains(before)), used);
            }
            // "two weeks from now", "2週間後": a future date.
            if let Some((later_len, _)) = match_longest(tokens, at + len, &lv.later) {
                return (Suffix::Later(unit.clone(), 1.0, 0), at + len - end + later_len);
            }
            // "two days from tomorrow", "twee dagen voor gisteren"
            if let Some((shift_len, sign)) = match_longest(tokens, at + len, &lv.duration_shift) {
                let k = at + len + shift_len;
                if let Some((rel_len, crate::lexicon::Relative::Day(base))) = match_longest(tokens, k, &lv.relative) {
                    return (Suffix::Later(unit.clone(), *sign, *base), k + rel_len - end);
                }
            }
            // "over 2 weken" (nl): a future date, the lead word in the span.
            if lv.later_before.contains(before) {
                return (Suffix::Later(unit.clone(), 1.0, 0), at + len - end);
            }
            let ago = lv.duration_not_after.contains(after) || lv.duration_not_before.contains(before);
            let a_year = expr.plain_digits == Some(4) && unit == "year";
            if !ago && !a_year {
                let half = match_longest(tokens, at + len, &lv.duration_half_after).map(|(l, _)| l);
                let extra = if half.is_some() { 0.5 } else { 0.0 };
                return (Suffix::Duration(unit.clone(), extra), at + len - end + half.unwrap_or(0));
            }
        }
        if hyphen {
            if let Some(unit) =
                tokens.get(at).and_then(|t| lv.duration_suffixes.iter().find(|(s, _)| *s == t.norm)).map(|(_, u)| u)
            {
                return (Suffix::Duration(unit.clone(), 0.0), 2);
            }
        }
        if let Some((len, counter)) = match_longest(tokens, end, &lv.counters) {
            return (Suffix::Count(Some(counter.clone())), len);
        }
        if expr.plain_digits == Some(4) && (1900.0..=2100.0).contains(&expr.low) {
            return (Suffix::Year, 0);
        }
        let is_noun = |t: &Token| {
            let function_word = lv.stopwords.contains(&t.norm)
                || lv.range_words.contains(&t.norm)
                || lv.joiners.contains(&t.norm)
                || lv.months.contains_key(&t.norm);
            t.kind == Kind::Word && t.space_before && !function_word && t.text.chars().count() > 2
        };
        // "1.200 neue Stellen", "2,000 new jobs": the noun after an adjective is the counted one.
        let modifier = tokens.get(end).is_some_and(|t| t.kind == Kind::Word && lv.count_modifiers.contains(&t.norm));
        if let Some(t) = tokens.get(end + 1).filter(|t| modifier && is_noun(t) && !expr.vague) {
            return (Suffix::Count(Some(t.text.clone())), 2);
        }
        if let Some(t) = tokens.get(end).filter(|t| is_noun(t) && !expr.vague) {
            return (Suffix::Count(Some(t.text.clone())), 1);
        }
        // "thousands of employees": a common noun after the joiner (not a name: "of Nvidia's").
        if let Some(t) = tokens.get(end + 1).filter(|t| joined && is_noun(t) && t.text.starts_with(char::is_lowercase))
        {
            return (Suffix::Count(Some(t.text.clone())), 2);
        }
        (Suffix::Count(None), 0)
    }
}

/// A currency code from the data may name a subunit or a coin: `USD-cent` is 1/100 dollar,
/// `BTC-sat` (satoshi) 10^-8 bitcoin, `NLG*0.25` (a kwartje) a quarter guilder. Returns the
/// main code and the factor.
fn subunit(code: &str) -> (String, f64) {
    if let Some((base, factor)) = code.split_once('*').and_then(|(b, f)| Some((b, f.parse::<f64>().ok()?))) {
        return (base.to_string(), factor);
    }
    for (suffix, factor) in [("-cent", 0.01), ("-sat", 1e-8)] {
        if let Some(base) = code.strip_suffix(suffix) {
            return (base.to_string(), factor);
        }
    }
    (code.to_string(), 1.0)
}

/// Char ranges of URLs (`http://…`, `https://…`, `www.…` up to the next space).
fn url_spans(chars: &[char]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts =
            |p: &str| p.chars().enumerate().all(|(k, c)| chars.get(i + k).is_some_and(|x| x.to_ascii_lowercase() == c));
        if (i == 0 || chars[i - 1].is_whitespace() || matches!(chars[i - 1], '(' | '<' | '"' | '\''))
            && (starts("http://") || starts("https://") || starts("www."))
        {
            let end = (i..chars.len()).find(|&k| chars[k].is_whitespace()).unwrap_or(chars.len());
            spans.push((i, end));
            i = end;
        } else {
            i += 1;
        }
    }
    spans
}

/// Numbers inside URLs (`?q=30%25`, `issn%280024`) are not values.
fn drop_inside_urls(chars: &[char], values: Vec<ValueSpan>) -> Vec<ValueSpan> {
    let urls = url_spans(chars);
    if urls.is_empty() {
        return values;
    }
    values.into_iter().filter(|v| !urls.iter().any(|&(a, b)| v.start >= a && v.start < b)).collect()
}

/// A one-word duration: `siebenjährigen`, `zevenjarige` (number word + duration suffix).
fn duration_word(tokens: &[Token], i: usize, lv: &LangValues) -> Option<(usize, f64, String)> {
    let t = tokens.get(i).filter(|t| t.kind == Kind::Word)?;
    for (suffix, unit) in &lv.duration_suffixes {
        if let Some(stem) = t.norm.strip_suffix(suffix.as_str()).filter(|s| !s.is_empty()) {
            let stem_tokens = tokenize(stem);
            if let Some(n) = parse_number(&stem_tokens, 0, lv).filter(|n| n.end == stem_tokens.len() && !n.vague) {
                return Some((i + 1, n.low, unit.clone()));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::test_lexicon;

    fn rec(text: &str, lang: &str) -> Vec<(String, &'static str, Value)> {
        let r = Recognizer::new(test_lexicon());
        let reference = CivilDate::new(2025, 11, 4);
        r.recognize(text, lang, reference).into_iter().map(|v| (v.text, v.label, v.value)).collect()
    }

    fn one(text: &str, lang: &str) -> (String, &'static str, Value) {
        let mut all = rec(text, lang);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all.remove(0)
    }

    fn money(amount: f64, unit: &str) -> Value {
        Value {
            kind: "money".into(),
            amount: Some(amount),
            unit: Some(unit.into()),
            low: None,
            high: None,
            approx: false,
            date: None,
        }
    }

    #[test]
    fn the_mission_amounts_are_one_value() {
        for (text, lang, surface) in [
            ("a $38 billion cloud deal", "en", "$38 billion"),
            ("im Wert von 38 Milliarden US-Dollar bekannt", "de", "38 Milliarden US-Dollar"),
            ("voor 38 miljard dollar clouddiensten", "nl", "38 miljard dollar"),
            ("画期的な 380 億ドルの戦略的パートナーシップ", "ja", "380 億ドル"),
        ] {
            let (t, label, v) = one(text, lang);
            assert_eq!((t.as_str(), label, v), (surface, "MONEY", money(38e9, "USD")), "{text}");
        }
        assert_eq!(one("1,4 Billionen US-Dollar", "de").2, money(1.4e12, "USD"));
        assert_eq!(one("2,500 億ドル", "ja").2, money(2.5e11, "USD"));
    }

    #[test]
    fn a_symbol_glued_to_the_next_number_is_its_currency_not_the_previous_ones() {
        let all = rec("It raised 31m $600 million.", "en");
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!((all[0].0.as_str(), all[0].2.kind.as_str()), ("31m", "count"));
        assert_eq!((all[1].0.as_str(), all[1].2.clone()), ("$600 million", money(6e8, "USD")));
        // A symbol after the amount is still its currency (French style), also before a word.
        assert_eq!(rec("pour 600 millions $ en 2025", "fr")[0].2, money(6e8, "USD"));
    }

    #[test]
    fn vague_counts_are_ranges() {
        let (_, label, v) = one("数十万の最先端の Nvidia GPU", "ja");
        assert_eq!((label, v.low, v.high, v.amount), ("COUNT", Some(1e5), Some(1e6), None));
        let (t, _, v) = one("Zugang zu Hunderttausenden von Chips", "de");
        assert_eq!((t.as_str(), v.low), ("Hunderttausenden", Some(1e5)), "dative plural is in the data");
    }

    #[test]
    fn a_vague_count_of_a_vague_scale_is_one_range() {
        for (text, lang, surface, low, high) in [
            ("seine Hunderte Millionen Nutzer", "de", "Hunderte Millionen", 1e8, 1e9),
            ("(tens of billions)", "en", "tens of billions", 1e10, 1e11),
            ("honderden miljoenen klanten", "nl", "honderden miljoenen", 1e8, 1e9),
            ("des dizaines de millions", "fr", "dizaines de millions", 1e7, 1e8),
        ] {
            let (t, _, v) = one(text, lang);
            assert_eq!((t.as_str(), v.low, v.high), (surface, Some(low), Some(high)), "{text}");
        }
        let (t, label, v) = one("tens of billions of dollars", "en");
        assert_eq!(
            (t.as_str(), label, v.unit.as_deref(), v.low),
            ("tens of billions of dollars", "MONEY", Some("USD"), Some(1e10))
        );
        let (t, _, v) = one("Dutzende Milliarden Euro", "de");
        assert_eq!(
            (t.as_str(), v.unit.as_deref(), v.low, v.high),
            ("Dutzende Milliarden Euro", Some("EUR"), Some(24e9), Some(1e11))
        );
        assert_eq!(one("thousands of employees", "en").2.unit.as_deref(), Some("employees"));
        // A name after the joiner is no count noun; "hundreds" alone stays hundreds.
        assert_eq!(one("hundreds of thousands of Nvidia's chips", "en").2.unit, None);
        assert_eq!(one("hundreds of people", "en").2.high, Some(1000.0));
    }

    #[test]
    fn bounds_written_after_the_number() {
        for (text, lang, low, high) in [
            ("8 or more high-end GPUs", "en", Some(8.0), None),
            ("100 oder mehr Mitarbeiter", "de", Some(100.0), None),
            ("10 of minder procent", "nl", None, Some(10.0)),
            ("$5 million or less", "en", None, Some(5e6)),
            ("1 兆ドルを超える長期インフラ支出約束", "ja", Some(1e12), None),
        ] {
            let v = one(text, lang).2;
            assert_eq!((v.low, v.high), (low, high), "{text}");
        }
        // "or more than" opens the next number's bound.
        let all = rec("equal to 5000 or more than 4500", "en");
        assert_eq!((all[0].2.low, all[1].2.low), (None, Some(4500.0)));
    }

    #[test]
    fn numbers_in_names_and_one_of_are_no_counts() {
        assert!(rec("marking one of the largest cloud commitments", "en").is_empty());
        assert!(rec("één van de grootste deals", "nl").is_empty());
        assert!(rec("Amazon's custom Trainium 2 chips", "en").is_empty());
        assert!(rec("new GPU clusters (Nvidia GB200/300 chips)", "en").is_empty());
        assert!(rec("the firm filed for Chapter 11 protection", "en").is_empty());
        // Clause-initial capitals, weekdays and German nouns do not make a name.
        assert_eq!(one("Only 3 firms filed", "en").2.amount, Some(3.0));
        assert_eq!(rec("the firm said Monday 40 staff left", "en").last().unwrap().2.amount, Some(40.0));
        assert_eq!(one("one of its 5 plants", "en").2.amount, Some(5.0));
        assert_eq!(one("der Konzern will weltweit Stellen 500 streichen", "de").2.amount, Some(500.0));
    }

    #[test]
    fn percents_bounds_and_ranges() {
        let (t, _, v) = one("Amazon's stock rose more than 4%", "en");
        assert_eq!((t.as_str(), v.amount, v.low), ("4%", Some(4.0), Some(4.0)));
        assert_eq!(one("stiegen die Amazon-Aktien um 4 %", "de").2.amount, Some(4.0));
        assert_eq!(one("een belang van 27 procent", "nl").2.amount, Some(27.0));
        let v = one("rose 4 to 5%", "en").2;
        assert_eq!((v.kind.as_str(), v.low, v.high, v.amount), ("percent", Some(4.0), Some(5.0), None));
        let v = one("zwischen 85 und 95 Millionen Dollar", "de").2;
        assert_eq!((v.low, v.high), (Some(85e6), Some(95e6)));
        let v = one("between $85 million and $95 million", "en").2;
        assert_eq!((v.low, v.high, v.unit.as_deref()), (Some(85e6), Some(95e6), Some("USD")));
        let v = one("1.3–1.5 trillion dollars", "en").2;
        assert_eq!((v.low, v.high), (Some(1.3e12), Some(1.5e12)));
        let v = one("ongeveer 10 miljard dollar", "nl").2;
        assert!(v.approx && v.amount == Some(10e9));
        let v = one("約28％", "ja").2;
        assert!(v.approx && v.amount == Some(28.0));
        let v = one("1 兆ドル以上", "ja").2;
        assert_eq!((v.amount, v.low), (Some(1e12), Some(1e12)));
    }

    #[test]
    fn compound_amounts_scaled_codes_and_coins() {
        assert_eq!(one("it costs only 15 dollars 50.", "en").2, money(15.5, "USD"));
        assert_eq!(one("es kostet nur 15 Dollar und 15.", "de").2, money(15.15, "USD"));
        assert_eq!(one("小山は毎月545ドルと5セントを支出", "ja").2, money(545.05, "USD"));
        assert_eq!(one("50元6角3分", "ja").2, money(50.63, "CNY"));
        assert_eq!(one("このスマホケースは五元三角で", "ja").2, money(5.3, "CNY"));
        let two = rec("paid $15 and 20 employees left", "en");
        assert_eq!(two.len(), 2, "a number with its own noun is no subunit: {two:?}");
        assert_eq!(rec("$38 billion and 7 years", "en")[0].2, money(38e9, "USD"), "no cents after a scale");
        assert_eq!(one("They lost 75 USD million", "en").2, money(75e6, "USD"));
        assert_eq!(one("losses in excess of 30 MUSD", "en").2.amount, Some(30e6));
        assert_eq!(one("revenues of about MAUD 60", "en").2.amount, Some(60e6));
        assert_eq!(one("Een kwartje is", "nl").2, money(0.25, "NLG"));
        assert_eq!(one("Hast du mal einen Euro für mich?", "de").2, money(1.0, "EUR"));
        assert!(rec("a dollar-denominated bond", "en").is_empty());
        assert_eq!(one("2 satoshis", "en").2, money(2e-8, "BTC"));
        assert_eq!(one("It costs three quarters billion us dollars.", "en").2, money(7.5e8, "USD"));
        assert_eq!(one("a lone of 12,34,567.89 rupees", "en").2, money(1234567.89, "INR"));
        let texts: Vec<String> = rec("country music ' s $ 500 million man", "en").into_iter().map(|v| v.0).collect();
        assert_eq!(texts, ["$ 500 million"], "a possessive 's' is no Singapore dollar");
    }

    #[test]
    fn durations() {
        for (text, lang) in [
            ("ein siebenjähriges Abkommen", "de"),
            ("a 7-year, $38 billion deal", "en"),
            ("over seven years", "en"),
            ("5 か年計画", "ja"),
            ("7年間", "ja"),
            ("een zevenjarige deal", "nl"),
        ] {
            let d = rec(text, lang).into_iter().find(|v| v.1 == "DURATION").unwrap_or_else(|| panic!("{text}"));
            let expected = if text.starts_with('5') { 5.0 } else { 7.0 };
            assert_eq!((d.2.amount, d.2.unit.as_deref()), (Some(expected), Some("year")), "{text}");
        }
        for (text, lang, amount, unit) in [
            ("Can we wait another month?", "en", 1.0, "month"),
            ("Kunnen we nog een maand wachten?", "nl", 1.0, "month"),
            ("もう1週間待てますか", "ja", 1.0, "week"),
            ("まる1日不在にします", "ja", 1.0, "day"),
            ("3年半不在にします", "ja", 3.5, "year"),
        ] {
            let (_, label, v) = one(text, lang);
            assert_eq!((label, v.amount, v.unit.as_deref()), ("DURATION", Some(amount), Some(unit)), "{text}");
        }
        assert_eq!(one("two days from tomorrow", "en").2.date.as_deref(), Some("2025-11-07"));
        assert_eq!(one("twee dagen voor gisteren", "nl").2.date.as_deref(), Some("2025-11-01"));
        assert_eq!(one("two weeks from now", "en").2.date.as_deref(), Some("2025-11-18"));
        assert_eq!(one("2日後", "ja").2.date.as_deref(), Some("2025-11-06"));
        assert_eq!(one("We had a meeting 1 month and 21 days ago", "en").2.date.as_deref(), Some("2025-09-13"));
        assert_eq!(one("私は2年と21日後に", "ja").2.date.as_deref(), Some("2027-11-25"));
        assert_eq!(one("over 2 jaar en 21 dagen", "nl").2.date.as_deref(), Some("2027-11-25"));
        assert_eq!(rec("1 year and 2 months", "en").len(), 2, "without ago/later they stay durations");
        assert_eq!(one("I will leave in 3 weeks", "en").2.date.as_deref(), Some("2025-11-25"));
        let (t, label, v) = one("Ik vertrek over 3 weken", "nl");
        assert_eq!((t.as_str(), label, v.date.as_deref()), ("over 3 weken", "DATE", Some("2025-11-25")));
        assert!(rec("two years ago", "en").iter().all(|v| v.1 != "DURATION"));
        assert_eq!(one("two years ago", "en").2.date.as_deref(), Some("2023"));
        let (t, _, v) = one("vor drei Monaten", "de");
        assert_eq!((t.as_str(), v.date.as_deref()), ("vor drei Monaten", Some("2025-08")));
        assert_eq!(one("2 年前", "ja").2.date.as_deref(), Some("2023"));
        let v = one("for a couple of weeks", "en").2;
        assert_eq!((v.amount, v.unit.as_deref()), (Some(2.0), Some("week")));
        let texts: Vec<String> =
            rec("see https://www.test.com/search?q=30%25%2020% for 2025 data", "en").into_iter().map(|v| v.0).collect();
        assert_eq!(texts, ["2025"], "numbers inside the URL are not values");
        assert_eq!(one("percent of 10", "en").2.amount, Some(10.0));
        let over = rec("will spend $38 billion over seven years", "en");
        assert_eq!((over[1].1, over[1].2.low), ("DURATION", None), "'over' before a duration means 'during'");
        assert_eq!(one("Vertrag über 38 Milliarden Dollar", "de").2.low, None, "'über' here means 'worth'");
        assert_eq!(rec("in 2024–2025", "en").iter().map(|v| v.1).collect::<Vec<_>>(), ["DATE", "DATE"]);
    }

    #[test]
    fn quantities_counts_and_years() {
        let v = one("30 Gigawatt", "de").2;
        assert_eq!((v.amount, v.unit.as_deref()), (Some(3e10), Some("W")));
        assert_eq!(one("30GW of capacity", "en").2.amount, Some(3e10));
        let v = one("14.000 Mitarbeiter", "de").2;
        assert_eq!((v.kind.as_str(), v.amount, v.unit.as_deref()), ("count", Some(14000.0), Some("Mitarbeiter")));
        // An adjective between the count and its noun: the noun is counted.
        let v = one("1.200 neue Stellen", "de").2;
        assert_eq!((v.kind.as_str(), v.amount, v.unit.as_deref()), ("count", Some(1200.0), Some("Stellen")));
        assert_eq!(one("2,000 new jobs", "en").2.unit.as_deref(), Some("jobs"));
        let v = one("約3200人", "ja").2;
        assert_eq!((v.amount, v.unit.as_deref(), v.approx), (Some(3200.0), Some("人"), true));
        assert_eq!(one("since 2019", "en").2.date.as_deref(), Some("2019"));
        assert!(rec("GB200 and GB300 chips on EC2", "en").is_empty());
    }

    #[test]
    fn dates_in_sentences() {
        let all = rec("OpenAI und Amazon haben am 3. November 2025 (Montag) unterzeichnet", "de");
        let dates: Vec<_> = all.iter().map(|v| v.2.date.as_deref().unwrap()).collect();
        assert_eq!(dates, ["2025-11-03", "2025-11-03"]);
    }

    fn percent(amount: f64) -> Value {
        Value { kind: "percent".into(), unit: Some("%".into()), ..money(amount, "%") }
    }

    #[test]
    fn chinese_amounts_in_both_scripts() {
        for (text, surface, amount, unit) in [
            ("价值380亿美元的协议", "380亿美元", 38e9, "USD"),
            ("價值380億美元的協議", "380億美元", 38e9, "USD"),
            ("融资3800萬美元", "3800萬美元", 38e6, "USD"),
            ("市值1.88万亿美元", "1.88万亿美元", 1.88e12, "USD"),
            ("营收达到4.5兆美元", "4.5兆美元", 4.5e12, "USD"),
            ("港币100亿元", "港币100亿元", 1e10, "HKD"),
            ("營收為新台幣3,000億元", "新台幣3,000億元", 3e11, "TWD"),
            ("人民币500亿元", "人民币500亿元", 5e10, "CNY"),
            ("亏损20亿元", "20亿元", 2e9, "CNY"),
            ("罚款5亿欧元", "5亿欧元", 5e8, "EUR"),
            ("罰款5億歐元", "5億歐元", 5e8, "EUR"),
            ("投资2000亿日元", "2000亿日元", 2e11, "JPY"),
            ("投資2000億日圓", "2000億日圓", 2e11, "JPY"),
            ("出售10亿英镑", "10亿英镑", 1e9, "GBP"),
            ("10億港元", "10億港元", 1e9, "HKD"),
            ("300亿韩元", "300亿韩元", 3e10, "KRW"),
            ("500亿台币", "500亿台币", 5e10, "TWD"),
        ] {
            let (t, label, v) = one(text, "zh");
            assert_eq!((t.as_str(), label, v), (surface, "MONEY", money(amount, unit)), "{text}");
        }
        for text in ["约380亿美元", "約380億美元", "大約380億美元"] {
            let v = one(text, "zh").2;
            assert!(v.approx && v.amount == Some(38e9), "{text}: {v:?}");
        }
        let v = one("超過100億美元", "zh").2;
        assert_eq!((v.amount, v.low), (Some(1e10), Some(1e10)));
    }

    #[test]
    fn chinese_tenths_points_and_counters() {
        assert_eq!(one("营收增长4成", "zh").2, percent(40.0));
        assert_eq!(one("七成的用户", "zh").2, percent(70.0));
        let v = one("三成以上", "zh").2;
        assert_eq!((v.amount, v.low), (Some(30.0), Some(30.0)));
        assert_eq!(one("下降2个百分点", "zh").2, percent(2.0));
        assert_eq!(one("下降2個百分點", "zh").2, percent(2.0));
        let v = one("发行7500万股新股", "zh").2;
        assert_eq!((v.kind.as_str(), v.amount, v.unit.as_deref()), ("count", Some(75e6), Some("股")));
        let v = one("裁员1.4万人", "zh").2;
        assert_eq!((v.amount, v.unit.as_deref()), (Some(14000.0), Some("人")));
        assert_eq!(one("为期3個月", "zh").2.unit.as_deref(), Some("month"));
        // 成 only after a number; a lone multiplier glued to a kanji is a word (百度, 百货).
        assert!(rec("成长很快", "zh").is_empty());
        assert!(rec("百度和百货公司", "zh").is_empty());
    }

    #[test]
    fn japanese_full_width_digits_and_decimal_dots() {
        assert_eq!(one("１２０億ドル", "ja").2, money(12e9, "USD"));
        assert_eq!(one("成長率は1・5%程度", "ja").2.amount, Some(1.5));
        assert_eq!(one("１・５％", "ja").2, percent(1.5));
        let (t, _, v) = one("1・5兆円の投資", "ja");
        assert_eq!((t.as_str(), v), ("1・5兆円", money(1.5e12, "JPY")));
        assert_eq!(one("0・25%の利上げ", "ja").2, percent(0.25));
        // The same dot joins dates and names: no decimal without a percent, currency or scale.
        let texts: Vec<String> = rec("3・11の後", "ja").into_iter().map(|v| v.0).collect();
        assert_eq!(texts, ["3", "11"]);
        assert!(rec("百貨店と千葉", "ja").is_empty(), "a lone multiplier glued to a kanji is a word");
        assert_eq!(one("百人", "ja").2.amount, Some(100.0));
        assert_eq!(one("千円", "ja").2, money(1000.0, "JPY"));
        assert_eq!(one("7500万株を取得", "ja").2.unit.as_deref(), Some("株"));
    }

    #[test]
    fn portuguese_scales_and_currencies() {
        for (text, amount, unit) in [
            ("US$ 1,4 trilhão", 1.4e12, "USD"),
            ("1,4 trilhão de dólares", 1.4e12, "USD"),
            ("US$ 3 trilhões", 3e12, "USD"),
            ("R$ 2,5 bilhões", 2.5e9, "BRL"),
            ("1 bilhão de reais", 1e9, "BRL"),
            ("R$ 5 bi", 5e9, "BRL"),
            ("US$ 1,2 tri", 1.2e12, "USD"),
            ("U$ 1 bilhão", 1e9, "USD"),
            ("R$ 1.500 milhões", 1.5e9, "BRL"),
            ("1,2 mil milhões de euros", 1.2e9, "EUR"),
            ("2 biliões de euros", 2e12, "EUR"),
            ("R$ 13,51", 13.51, "BRL"),
            ("500 milhões de libras", 5e8, "GBP"),
            ("200 mil reais", 2e5, "BRL"),
        ] {
            assert_eq!(one(text, "pt").2, money(amount, unit), "{text}");
        }
        let v = one("demitiu 1.900 funcionários", "pt").2;
        assert_eq!((v.amount, v.unit.as_deref()), (Some(1900.0), Some("funcionários")));
        assert_eq!(one("1,6 mil pessoas", "pt").2.amount, Some(1600.0));
        let v = one("cerca de 20%", "pt").2;
        assert!(v.approx && v.amount == Some(20.0));
        assert_eq!(one("queda de 1,72 por cento", "pt").2, percent(1.72));
        assert_eq!(one("há dois anos", "pt").2.date.as_deref(), Some("2023"));
        assert_eq!(one("em 3 de novembro de 2025", "pt").2.date.as_deref(), Some("2025-11-03"));
        assert_eq!(one("até o final de 2026", "pt").2.date.as_deref(), Some("2026-12"));
        // "segunda" alone is an ordinal; only "segunda-feira" is a weekday. "mi" stays miles.
        assert!(rec("a segunda maior empresa", "pt").is_empty());
        assert_eq!(one("na segunda-feira", "pt").2.date.as_deref(), Some("2025-11-03"));
        assert_ne!(one("300 mi", "pt").2.amount, Some(3e8));
    }

    #[test]
    fn long_and_short_scales() {
        // Spanish and German write the long scale: billón/Billion = 10^12.
        assert_eq!(one("1,2 billones de euros", "es").2, money(1.2e12, "EUR"));
        assert_eq!(one("un billón de dólares", "es").2, money(1e12, "USD"));
        assert_eq!(one("5 mil millones de dólares", "es").2, money(5e9, "USD"));
        assert_eq!(one("1,4 Billionen Euro", "de").2, money(1.4e12, "EUR"));
        assert_eq!(one("2 Milliarden Euro", "de").2, money(2e9, "EUR"));
        // Italian: mille miliardi = 10^12; the press writes trilioni for the American trillion.
        assert_eq!(one("mille miliardi di dollari", "it").2, money(1e12, "USD"));
        assert_eq!(one("4 mila miliardi di dollari", "it").2, money(4e12, "USD"));
        assert_eq!(one("4mila miliardi di dollari", "it").2, money(4e12, "USD"));
        assert_eq!(one("3 trilioni di dollari", "it").2, money(3e12, "USD"));
        assert_eq!(one("26,3 miliardi di dollari", "it").2, money(26.3e9, "USD"));
        assert_eq!(one("€10,5 miliardi", "it").2, money(10.5e9, "EUR"));
        assert_eq!(one("500 milioni di sterline", "it").2, money(5e8, "GBP"));
        assert_eq!(one("200 miliardi di yen", "it").2, money(2e11, "JPY"));
    }

    #[test]
    fn korean_numbers_and_currencies() {
        for (text, amount, unit) in [
            ("5천300억원", 5.3e11, "KRW"),
            ("4억7천만달러", 4.7e8, "USD"),
            ("9조3000억 원", 9.3e12, "KRW"),
            ("28조8228억원", 28.8228e12, "KRW"),
            ("949억 달러", 949e8, "USD"),
            ("10억 유로", 1e9, "EUR"),
            ("500억엔", 5e10, "JPY"),
            ("₩5,000", 5000.0, "KRW"),
            ("￦5,000", 5000.0, "KRW"),
        ] {
            assert_eq!(one(text, "ko").2, money(amount, unit), "{text}");
        }
        let v = one("1억990만주", "ko").2;
        assert_eq!((v.kind.as_str(), v.amount, v.unit.as_deref()), ("count", Some(109_900_000.0), Some("주")));
        let v = one("약 3천명", "ko").2;
        assert!(v.approx && v.amount == Some(3000.0));
        assert_eq!(one("10% 이상", "ko").2.low, Some(10.0));
        assert_eq!(one("2025년 11월 3일", "ko").2.date.as_deref(), Some("2025-11-03"));
        // Hangul numerals alone are syllables of words.
        assert!(rec("천연자원과 백화점 조사", "ko").is_empty());
    }

    #[test]
    fn currency_symbols_and_codes() {
        assert_eq!(one("NT$ 3,000", "zh").2, money(3000.0, "TWD"));
        assert_eq!(one("NT$3,000", "en").2, money(3000.0, "TWD"));
        assert_eq!(one("R$ 2,5 bilhões", "pt").2.unit.as_deref(), Some("BRL"));
        assert_eq!(one("BRL 500 million", "en").2, money(5e8, "BRL"));
        assert_eq!(one("₩5 trillion", "en").2, money(5e12, "KRW"));
    }
}
