//! Date expressions: absolute (`3. November 2025`, `Nov. 3, 2025`, `2025-11-03`,
//! `2025年11月3日`), partial (`november 2025`, `2025年8月`), period ends (`end of 2026`,
//! `Ende 2026`, `2026 年末` -> `2026-12`), years after a preposition (`in 2024`), and relative
//! expressions resolved against a reference date (`Monday`, `last week`, `vorige maand`,
//! `先週`). Without a reference date a relative expression keeps `date: None`: never guessed.

use polyfact_core::CivilDate;

use crate::lexicon::{LangValues, Relative};
use crate::tokens::{match_longest, Kind, Token};

/// A date found at tokens `start..end`.
#[derive(Debug, Clone, PartialEq)]
pub struct DateExpr {
    pub start: usize,
    pub end: usize,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` when relative and there is no reference.
    pub date: Option<String>,
}

fn year_of(t: &Token) -> Option<i32> {
    (t.kind == Kind::Num && t.norm.len() == 4 && t.norm.chars().all(|c| c.is_ascii_digit()))
        .then(|| t.norm.parse().ok())
        .flatten()
        .filter(|y| (1000..=2999).contains(y))
}

fn small(t: Option<&Token>, max: u32) -> Option<u32> {
    let t = t?;
    (t.kind == Kind::Num && t.norm.len() <= 2 && t.norm.chars().all(|c| c.is_ascii_digit()))
        .then(|| t.norm.parse().ok())
        .flatten()
        .filter(|v| (1..=max).contains(v))
}

fn is(t: Option<&Token>, s: &str) -> bool {
    t.is_some_and(|t| t.norm == s)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<String> {
    CivilDate::new(y, m, d).map(|d| d.to_string())
}

fn ym(y: i32, m: u32) -> Option<String> {
    (1..=12).contains(&m).then(|| format!("{y:04}-{m:02}"))
}

/// The year for a day-month without a year: the reference year, or the previous one when
/// that would put the date more than half a year after the reference (news looks back).
fn infer_year(m: u32, d: u32, reference: Option<CivilDate>) -> Option<String> {
    let r = reference?;
    let this = CivilDate::new(r.year, m, d)?;
    if this.unix_days() - r.unix_days() > 183 {
        ymd(r.year - 1, m, d)
    } else {
        Some(this.to_string())
    }
}

/// Day `d` of the reference month, or of the month before when `d` is still to come.
fn day_of_month(d: u32, reference: Option<CivilDate>) -> Option<String> {
    let r = reference?;
    let (y, m) = if d <= r.day { (r.year, r.month) } else { r.add_months(-1) };
    ymd(y, m, d)
}

fn resolve(rel: Relative, reference: Option<CivilDate>) -> Option<String> {
    let r = reference?;
    match rel {
        Relative::Day(n) => Some(r.add_days(n).to_string()),
        // A week is reported by its Monday.
        Relative::Week(n) => Some(r.add_days(7 * n - i64::from(r.weekday())).to_string()),
        Relative::Month(n) => {
            let (y, m) = r.add_months(n);
            ym(y, m)
        }
        Relative::Year(n) => Some(format!("{:04}", r.year + n as i32)),
    }
}

/// The date `amount` `unit`s before the reference ("two years ago" -> `YYYY`, "three weeks
/// ago" -> the day); `None` without a reference.
pub fn ago(amount: f64, unit: &str, reference: Option<CivilDate>) -> Option<String> {
    let n = amount.round() as i64;
    let r = reference?;
    match unit {
        "day" => Some(r.add_days(-n).to_string()),
        "week" => Some(r.add_days(-7 * n).to_string()),
        "month" => {
            let (y, m) = r.add_months(-n);
            ym(y, m)
        }
        "year" => Some(format!("{:04}", r.year - n as i32)),
        "decade" => Some(format!("{:04}", r.year - 10 * n as i32)),
        _ => None,
    }
}

/// The absolute date (full or partial) starting at `i`.
fn absolute(tokens: &[Token], i: usize, lv: &LangValues, reference: Option<CivilDate>) -> Option<DateExpr> {
    let t = &tokens[i];
    let month = |k: usize| tokens.get(k).filter(|t| t.kind == Kind::Word).and_then(|t| lv.months.get(&t.norm).copied());
    let skip =
        |k: usize, s: &[&str]| if tokens.get(k).is_some_and(|t| s.contains(&t.norm.as_str())) { k + 1 } else { k };
    let expr = |end: usize, date: Option<String>| date.map(|d| DateExpr { start: i, end, date: Some(d) });
    // 13.5.2015 / 04.11.2025 (one Num token)
    if t.kind == Kind::Num {
        let parts: Vec<&str> = t.norm.split('.').collect();
        if let [d, m, y] = parts.as_slice() {
            if d.len() <= 2 && m.len() <= 2 && y.len() == 4 {
                return expr(i + 1, ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?));
            }
        }
    }
    // 02/22/2016 (en: month first), 21/04/2016, 21-04-2016, 21/04/16
    if let (Some(a), true) = (small(Some(t), 31), is(tokens.get(i + 1), "/") || is(tokens.get(i + 1), "-")) {
        let sep = tokens[i + 1].norm.clone();
        if let (Some(b), true) = (small(tokens.get(i + 2), 31), is(tokens.get(i + 3), &sep)) {
            let y = tokens.get(i + 4).and_then(|t| {
                year_of(t).or_else(|| {
                    (t.kind == Kind::Num && t.norm.len() == 2)
                        .then(|| t.norm.parse::<i32>().ok().map(|y| 2000 + y))
                        .flatten()
                })
            });
            if let Some(y) = y {
                let (m, d) = if lv.month_first && a <= 12 { (a, b) } else { (b, a) };
                return expr(i + 5, ymd(y, m, d));
            }
        }
    }
    if let Some(y) = year_of(t) {
        // 2025-11-04, 2025/11/04
        if (is(tokens.get(i + 1), "-") || is(tokens.get(i + 1), "/"))
            && tokens.get(i + 3).map(|t| &t.norm) == tokens.get(i + 1).map(|t| &t.norm)
        {
            if let (Some(m), Some(d)) = (small(tokens.get(i + 2), 12), small(tokens.get(i + 4), 31)) {
                return expr(i + 5, ymd(y, m, d));
            }
        }
        // 2025年11月3日, 2025年8月, 2026年末, 2024年
        if is(tokens.get(i + 1), "年") || is(tokens.get(i + 1), "년") {
            if let Some((len, _)) = match_longest(tokens, i + 1, &lv.year_end_suffix) {
                return expr(i + 1 + len, Some(format!("{y:04}-12")));
            }
            if let Some((len, _)) = match_longest(tokens, i + 1, &lv.year_start_suffix) {
                return expr(i + 1 + len, Some(format!("{y:04}-01")));
            }
            if let Some(m) =
                small(tokens.get(i + 2), 12).filter(|_| is(tokens.get(i + 3), "月") || is(tokens.get(i + 3), "월"))
            {
                if let Some(d) =
                    small(tokens.get(i + 4), 31).filter(|_| is(tokens.get(i + 5), "日") || is(tokens.get(i + 5), "일"))
                {
                    return expr(i + 6, ymd(y, m, d));
                }
                return expr(i + 4, ym(y, m));
            }
            return expr(i + 2, Some(format!("{y:04}")));
        }
        // 2026 年末 with the marker glued or spaced is handled above; "2025 November" is rare.
    }
    // 11月3日 (no year)
    if let Some(m) = small(Some(t), 12).filter(|_| is(tokens.get(i + 1), "月")) {
        if let Some(d) = small(tokens.get(i + 2), 31).filter(|_| is(tokens.get(i + 3), "日")) {
            return infer_year(m, d, reference).map(|date| DateExpr { start: i, end: i + 4, date: Some(date) });
        }
    }
    // 12日 alone: a day of the publication month (Japanese news dates events this way,
    // "関東電子は12日、…発表した"); not 12日間 (a duration). Kept with no date without a reference.
    if let Some(d) = small(Some(t), 31)
        .filter(|_| is(tokens.get(i + 1), "日") && !["間", "あたり", "当たり"].iter().any(|w| is(tokens.get(i + 2), w)))
    {
        if i == 0 || !is(tokens.get(i - 1), "月") {
            return Some(DateExpr { start: i, end: i + 2, date: day_of_month(d, reference) });
        }
    }
    // Month-first: November 3, 2025 / Nov. 3rd 2025 / November 2025 / Nov 3
    if let Some(m) = month(i) {
        let mut k = skip(i + 1, &["."]);
        if let Some(d) = small(tokens.get(k), 31) {
            k += 1;
            k = skip(k, &["st", "nd", "rd", "th"]);
            let k2 = skip(k, &[","]);
            if let Some(y) = tokens.get(k2).and_then(year_of) {
                return expr(k2 + 1, ymd(y, m, d));
            }
            // "Nov 3" needs a long month name or a dot to be trusted (not "May 3").
            let dotted = is(tokens.get(i + 1), ".");
            if (tokens[i].norm.chars().count() > 3 || dotted) && tokens[i].norm != "may" {
                return infer_year(m, d, reference).map(|date| DateExpr { start: i, end: k, date: Some(date) });
            }
            return None;
        }
        let k2 = skip(k, &[","]);
        if let Some(y) = tokens.get(k2).and_then(year_of) {
            if tokens[i].norm.chars().count() > 2 {
                return expr(k2 + 1, ym(y, m));
            }
        }
    }
    // Day-first: 3. November 2025 / 3 november 2025 / 3 de noviembre de 2025 / 3 Nov /
    // twee oktober (a spelled-out day only when a month name follows)
    let spelled_day = (t.kind == Kind::Word)
        .then(|| crate::numbers::parse_number(tokens, i, lv))
        .flatten()
        .filter(|n| n.end == i + 1 && n.low.fract() == 0.0 && (1.0..=31.0).contains(&n.low) && month(i + 1).is_some())
        .map(|n| n.low as u32);
    if let Some(d) = small(Some(t), 31).or(spelled_day) {
        let mut k = skip(i + 1, &["."]);
        k = skip(k, &["de", "del"]);
        if let Some(m) = month(k) {
            let mut k2 = skip(k + 1, &["."]);
            k2 = skip(k2, &["de", "del"]);
            k2 = skip(k2, &[","]);
            if let Some(y) = tokens.get(k2).and_then(year_of) {
                return expr(k2 + 1, ymd(y, m, d));
            }
            return infer_year(m, d, reference).map(|date| DateExpr { start: i, end: k + 1, date: Some(date) });
        }
    }
    None
}

/// The date expression starting at token `i`, if any.
pub fn parse_date(tokens: &[Token], i: usize, lv: &LangValues, reference: Option<CivilDate>) -> Option<DateExpr> {
    if let Some((len, rel)) = match_longest(tokens, i, &lv.relative) {
        return Some(DateExpr { start: i, end: i + len, date: resolve(*rel, reference) });
    }
    if let Some((len, weekday)) = match_longest(tokens, i, &lv.weekdays) {
        // "Monday, November 3, 2025": the written date wins and the weekday joins the span.
        let after = if is(tokens.get(i + len), ",") { i + len + 1 } else { i + len };
        if let Some(abs) = tokens.get(after).and_then(|_| absolute(tokens, after, lv, reference)) {
            return Some(DateExpr { start: i, end: abs.end, date: abs.date });
        }
        // Short weekday abbreviations (`Mo`, `Do`, `So`) are too ambiguous on their own.
        if tokens[i].kind == Kind::Word && tokens[i].norm.chars().count() <= 3 {
            return None;
        }
        let date = reference.map(|r| r.add_days(-i64::from((r.weekday() + 7 - weekday) % 7)).to_string());
        return Some(DateExpr { start: i, end: i + len, date });
    }
    for (phrases, month) in [(&lv.year_end, 12), (&lv.year_start, 1)] {
        if let Some((len, _)) = match_longest(tokens, i, phrases) {
            if let Some(y) = tokens.get(i + len).and_then(year_of) {
                return Some(DateExpr { start: i, end: i + len + 1, date: ym(y, month) });
            }
        }
    }
    absolute(tokens, i, lv, reference)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::test_lexicon;
    use crate::tokens::tokenize;

    fn date(text: &str, lang: &str, reference: Option<&str>) -> Option<(Option<String>, usize)> {
        let lex = test_lexicon();
        let t = tokenize(text);
        let r = reference.and_then(CivilDate::parse_iso_prefix);
        parse_date(&t, 0, lex.lang(lang), r).map(|d| (d.date, d.end))
    }

    fn d(text: &str, lang: &str) -> Option<String> {
        date(text, lang, Some("2025-11-04")).and_then(|(d, _)| d)
    }

    #[test]
    fn absolute_and_partial_dates() {
        assert_eq!(d("3. November 2025", "de").as_deref(), Some("2025-11-03"));
        assert_eq!(d("Nov. 3, 2025", "en").as_deref(), Some("2025-11-03"));
        assert_eq!(d("November 3rd, 2025", "en").as_deref(), Some("2025-11-03"));
        assert_eq!(d("november 2025", "nl").as_deref(), Some("2025-11"));
        assert_eq!(d("2025年8月", "ja").as_deref(), Some("2025-08"));
        assert_eq!(d("2025年11月3日", "ja").as_deref(), Some("2025-11-03"));
        // A bare day is in the publication month, or the month before if still to come.
        assert_eq!(d("3日", "ja").as_deref(), Some("2025-11-03"));
        assert_eq!(d("12日", "ja").as_deref(), Some("2025-10-12"));
        assert_eq!(d("5日間", "ja"), None);
        assert_eq!(d("2025-12-17", "nl").as_deref(), Some("2025-12-17"));
        assert_eq!(d("13.5.2015", "en").as_deref(), Some("2015-05-13"));
        assert_eq!(d("3 de noviembre de 2025", "es").as_deref(), Some("2025-11-03"));
        assert_eq!(d("12 maart", "nl").as_deref(), Some("2025-03-12"));
        assert_eq!(d("twee oktober", "nl").as_deref(), Some("2025-10-02"));
        assert_eq!(d("eergisteren", "nl").as_deref(), Some("2025-11-02"));
    }

    #[test]
    fn period_ends() {
        assert_eq!(d("end of 2026", "en").as_deref(), Some("2026-12"));
        assert_eq!(d("Ende 2026", "de").as_deref(), Some("2026-12"));
        assert_eq!(d("eind 2026", "nl").as_deref(), Some("2026-12"));
        assert_eq!(d("2026 年末", "ja").as_deref(), Some("2026-12"));
        assert_eq!(d("finales de 2026", "es").as_deref(), Some("2026-12"));
    }

    #[test]
    fn relative_dates_resolve_against_the_reference_or_stay_null() {
        // 2025-11-04 is a Tuesday.
        assert_eq!(d("Monday", "en").as_deref(), Some("2025-11-03"));
        assert_eq!(d("Montag", "de").as_deref(), Some("2025-11-03"));
        assert_eq!(d("last week", "en").as_deref(), Some("2025-10-27"));
        assert_eq!(d("vorige maand", "nl").as_deref(), Some("2025-10"));
        assert_eq!(d("先週", "ja").as_deref(), Some("2025-10-27"));
        assert_eq!(d("earlier this year", "en").as_deref(), Some("2025"));
        assert_eq!(date("yesterday", "en", None), Some((None, 1)));
        assert_eq!(d("Monday, November 3, 2025", "en").as_deref(), Some("2025-11-03"));
    }

    #[test]
    fn not_dates() {
        assert_eq!(d("May 3", "en"), None);
        assert_eq!(d("3 companies", "en"), None);
        assert_eq!(d("Mo", "de"), None);
    }
}
