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

/// A year at `k`: four digits, or spelled out after a day (`two thousand and eighteen`,
/// `tweeduizend achttien`, `nineteen seventy eight` read as 19|78). Returns (year, end).
fn year_at(tokens: &[Token], k: usize, lv: &LangValues) -> Option<(i32, usize)> {
    let t = tokens.get(k)?;
    if let Some(y) = year_of(t) {
        return Some((y, k + 1));
    }
    if t.kind != Kind::Word {
        return None;
    }
    let n = crate::numbers::parse_number(tokens, k, lv).filter(|n| !n.vague && n.low.fract() == 0.0)?;
    if (1000.0..3000.0).contains(&n.low) {
        return Some((n.low as i32, n.end));
    }
    // Two-digit halves: the first word alone (19), then the rest (78, or "zero one" = 1).
    let century = lv.words.get(&t.norm).filter(|v| (10.0..100.0).contains(*v))?;
    let rest = crate::numbers::parse_number(tokens, k + 1, lv)
        .filter(|n| !n.vague && n.low < 100.0 && n.low.fract() == 0.0)?;
    Some((*century as i32 * 100 + rest.low as i32, rest.end))
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
    // February 29 in a common year: the last leap year's.
    let Some(this) = CivilDate::new(r.year, m, d) else {
        return (1..8).find_map(|back| ymd(r.year - back, m, d));
    };
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

/// The date near the reference (a month before to two weeks after) that falls on `weekday`
/// (0 = Monday) and is day `d` of its month, the nearest one; else day `d` as a bare day.
fn weekday_with_day(weekday: u32, d: u32, reference: Option<CivilDate>) -> Option<String> {
    let r = reference?;
    // Nearest first; at equal distance the earlier day (news reports the past).
    (-31..=14i64)
        .map(|n| (n.abs(), n))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .map(|(_, n)| r.add_days(n))
        .find(|c| c.day == d && c.weekday() == weekday)
        .map(|c| c.to_string())
        .or_else(|| day_of_month(d, reference))
}

/// A day of the month at `k`: digits (`21`), digits with an ordinal suffix (`21st`, `21e`,
/// `27ste`) or an ordinal word (`twenty-first`, `eerste`). Returns (day, token after, ordinal).
fn day_at(tokens: &[Token], k: usize, lv: &LangValues) -> Option<(u32, usize, bool)> {
    if let Some(d) = small(tokens.get(k), 31) {
        let suffix = tokens.get(k + 1).filter(|t| !t.space_before && lv.ordinal_suffixes.contains(&t.norm));
        return Some(if suffix.is_some() { (d, k + 2, true) } else { (d, k + 1, false) });
    }
    let (len, d) = match_longest(tokens, k, &lv.ordinals)?;
    (1..=31).contains(d).then_some((*d, k + len, true))
}

/// A Japanese number in a date: digits or kanji numerals (`二〇〇九`, `十二`, `一`).
fn japanese_number(tokens: &[Token], k: usize, lv: &LangValues) -> Option<(i64, usize)> {
    let t = tokens.get(k)?;
    if t.kind == Kind::Num {
        return t.norm.chars().all(|c| c.is_ascii_digit()).then(|| t.norm.parse().ok().map(|v| (v, k + 1))).flatten();
    }
    if t.kind != Kind::Cjk || !lv.words.contains_key(&t.norm) {
        return None;
    }
    if let Some(n) = crate::numbers::parse_number(tokens, k, lv).filter(|n| !n.vague && n.low.fract() == 0.0) {
        return Some((n.low as i64, n.end));
    }
    // A lone digit or 十, which are no numbers of their own before a kanji (一月, 十月).
    lv.words.get(&t.norm).filter(|d| **d <= 10.0).map(|d| (*d as i64, k + 1))
}

/// The end of a weekday that follows a Japanese date and joins its span (`21日木曜日`,
/// `23日の土曜日`, `10月12日、月曜日`), or `k` when none follows.
fn with_weekday(tokens: &[Token], k: usize, lv: &LangValues) -> usize {
    let w = if tokens.get(k).is_some_and(|t| matches!(t.norm.as_str(), "の" | "、" | ",")) { k + 1 } else { k };
    match_longest(tokens, w, &lv.weekdays).map_or(k, |(len, _)| w + len)
}

/// Japanese dates with digits or kanji and optional eras and の: `2018年一月十二日`,
/// `二〇〇九年十月十二日`, `平成22年1月29日`, `10月の2日`, `一月十九日`.
fn japanese(tokens: &[Token], i: usize, lv: &LangValues, reference: Option<CivilDate>) -> Option<DateExpr> {
    let marker = |k: usize, m: &str| is(tokens.get(k), m);
    let skip_no = |k: usize| if marker(k, "の") { k + 1 } else { k };
    let mut k = i;
    let mut year = None;
    if let Some((len, base)) = match_longest(tokens, k, &lv.eras) {
        let (n, after) = if marker(k + len, "元") { (1, k + len + 1) } else { japanese_number(tokens, k + len, lv)? };
        if !marker(after, "年") {
            return None;
        }
        year = Some(*base + n as i32);
        k = skip_no(after + 1);
    } else if let Some((y, after)) = japanese_number(tokens, k, lv).filter(|(y, a)| marker(*a, "年") && *y >= 1000) {
        year = Some(y as i32);
        k = skip_no(after + 1);
    }
    let (m, after) = japanese_number(tokens, k, lv).filter(|(m, a)| marker(*a, "月") && (1..=12).contains(m))?;
    let k = skip_no(after + 1);
    let day = japanese_number(tokens, k, lv).filter(|(d, a)| marker(*a, "日") && (1..=31).contains(d));
    let (m, end) = (m as u32, day.map_or(after + 1, |(_, a)| with_weekday(tokens, a + 1, lv)));
    let date = match (year, day) {
        (Some(y), Some((d, _))) => ymd(y, m, d as u32),
        (Some(y), None) => ym(y, m),
        (None, Some((d, _))) => infer_year(m, d as u32, reference),
        (None, None) => return None,
    };
    date.map(|d| DateExpr { start: i, end, date: Some(d) })
}

/// The Monday-based week `n` weeks from the reference's, at `weekday` (0 = Monday).
fn weekday_of_week(n: i64, weekday: u32, reference: Option<CivilDate>) -> Option<String> {
    let r = reference?;
    Some(r.add_days(7 * n - i64::from(r.weekday()) + i64::from(weekday)).to_string())
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
            // 2015.5.13
            if d.len() == 4 && m.len() <= 2 && y.len() <= 2 {
                return expr(i + 1, ymd(d.parse().ok()?, m.parse().ok()?, y.parse().ok()?));
            }
        }
        // 15.1. / 28.10. where a dot is no decimal separator (German): day and month.
        if let [d, m] = parts.as_slice() {
            let closed = tokens.get(i + 1).is_some_and(|n| n.norm == "." && !n.space_before);
            if lv.decimal != '.' && closed && d.len() <= 2 && (1..=2).contains(&m.len()) {
                let (d, m) = (d.parse().ok()?, m.parse().ok()?);
                return infer_year(m, d, reference).map(|date| DateExpr { start: i, end: i + 2, date: Some(date) });
            }
        }
    }
    // 02/22/2016 (en: month first), 21/04/2016, 21-04-2016, 21/04/16
    let glued = |k: usize| tokens.get(k).is_some_and(|t| !t.space_before);
    if let (Some(a), true) = (small(Some(t), 31), is(tokens.get(i + 1), "/") || is(tokens.get(i + 1), "-")) {
        let sep = tokens[i + 1].norm.clone();
        let order = |a: u32, b: u32| if (lv.month_first && a <= 12) || b > 12 { (a, b) } else { (b, a) };
        // 08/12,2015: the day and the year were read as one number token.
        if let Some((b, y)) = tokens.get(i + 2).filter(|t| t.kind == Kind::Num).and_then(|t| t.norm.split_once(',')) {
            let year = match y.len() {
                4 => y.parse::<i32>().ok(),
                2 => y.parse::<i32>().ok().map(|y| if y < 50 { 2000 + y } else { 1900 + y }),
                _ => None,
            };
            if let (Some(b), Some(year)) =
                (b.parse::<u32>().ok().filter(|v| b.len() <= 2 && (1..=31).contains(v)), year)
            {
                let (m, d) = order(a, b);
                return expr(i + 3, ymd(year, m, d));
            }
        }
        if let Some(b) = small(tokens.get(i + 2), 31) {
            if is(tokens.get(i + 3), &sep) || is(tokens.get(i + 3), ",") {
                // Two-digit years: 05/05/89 is 1989, 21/04/16 is 2016.
                let y = tokens.get(i + 4).and_then(|t| {
                    year_of(t).or_else(|| {
                        (t.kind == Kind::Num && t.norm.len() == 2)
                            .then(|| t.norm.parse::<i32>().ok().map(|y| if y < 50 { 2000 + y } else { 1900 + y }))
                            .flatten()
                    })
                });
                if let Some(y) = y {
                    let (m, d) = order(a, b);
                    return expr(i + 5, ymd(y, m, d));
                }
            }
            // 22/04, 4/22, 22-4 without a year: a slash, or a dash with a day above 12 (so
            // "4-5%" stays a range); never before another number or a unit.
            let more = tokens.get(i + 3).is_some_and(|t| matches!(t.norm.as_str(), "/" | "-" | "%" | "." | ","))
                && glued(i + 3)
                && tokens.get(i + 4).is_some_and(|t| t.kind == Kind::Num);
            let next_word = match_longest(tokens, i + 3, &lv.unit_words).is_some()
                || match_longest(tokens, i + 3, &lv.currencies).is_some()
                || match_longest(tokens, i + 3, &lv.percent_after).is_some();
            let after_at = i > 0 && lv.numeric_not_after.contains(&tokens[i - 1].norm);
            let shaped = glued(i + 1) && glued(i + 2) && (sep == "/" || a > 12 || b > 12) && !after_at;
            if shaped && !more && !next_word && !is(tokens.get(i + 3), "%") {
                let (m, d) = order(a, b);
                if m <= 12 {
                    return infer_year(m, d, reference).map(|date| DateExpr { start: i, end: i + 3, date: Some(date) });
                }
            }
        }
    }
    // Japanese year-month-day in digits or kanji; a year alone or with a period end (2026年末)
    // falls through to the year branch below.
    if let Some(d) = japanese(tokens, i, lv, reference) {
        return Some(d);
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
        // 2019-sep-1, 2019/sep/01
        if (is(tokens.get(i + 1), "-") || is(tokens.get(i + 1), "/")) && glued(i + 1) {
            if let (Some(m), true) = (month(i + 2), is(tokens.get(i + 3), &tokens[i + 1].norm)) {
                if let Some(d) = small(tokens.get(i + 4), 31) {
                    return expr(i + 5, ymd(y, m, d));
                }
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
    // 23年12月15日, 23年12月: Japanese papers shorten the year to two digits when a month
    // follows (a bare 23年 is a duration). The century is the reference's when that does not
    // put the year more than one past the reference, else the one before; 20xx without one.
    let two_digit = (t.kind == Kind::Num && t.norm.len() == 2 && t.norm.chars().all(|c| c.is_ascii_digit()))
        .then(|| t.norm.parse::<i32>().ok())
        .flatten();
    if let (Some(yy), true) = (two_digit, is(tokens.get(i + 1), "年")) {
        if let Some(m) = small(tokens.get(i + 2), 12).filter(|_| is(tokens.get(i + 3), "月")) {
            let r = reference.map_or(2000 + yy, |r| r.year);
            let mut y = r - r.rem_euclid(100) + yy;
            if y > r + 1 {
                y -= 100;
            }
            if let Some(d) = small(tokens.get(i + 4), 31).filter(|_| is(tokens.get(i + 5), "日")) {
                return expr(i + 6, ymd(y, m, d));
            }
            return expr(i + 4, ym(y, m));
        }
    }
    // 11月3日 (no year)
    if let Some(m) = small(Some(t), 12).filter(|_| is(tokens.get(i + 1), "月")) {
        if let Some(d) = small(tokens.get(i + 2), 31).filter(|_| is(tokens.get(i + 3), "日")) {
            return infer_year(m, d, reference).map(|date| DateExpr { start: i, end: i + 4, date: Some(date) });
        }
    }
    // 12日 alone: a day of the publication month (Japanese news dates events this way,
    // "関東電子は12日、…発表した"); not 12日間 (a duration) nor 2日前/2日後 (days before or
    // after). Kept with no date without a reference.
    // Kanji days too (十二日); 22日目 (the 22nd day) keeps its 目.
    const NOT_A_DAY_AFTER: [&str; 6] = ["間", "あたり", "当たり", "前", "後", "先"];
    let bare_day = japanese_number(tokens, i, lv).filter(|(d, after)| {
        (1..=31).contains(d)
            && is(tokens.get(*after), "日")
            && !NOT_A_DAY_AFTER.iter().any(|w| is(tokens.get(after + 1), w))
    });
    if let Some((d, after)) = bare_day {
        if i == 0 || !is(tokens.get(i - 1), "月") {
            let k = if is(tokens.get(after + 1), "目") { after + 2 } else { after + 1 };
            let end = with_weekday(tokens, k, lv);
            return Some(DateExpr { start: i, end, date: day_of_month(d as u32, reference) });
        }
    }
    // Month-first: November 3, 2025 / Nov. 3rd 2025 / November 2025 / Nov 3
    if let Some(m) = month(i) {
        let mut k = skip(i + 1, &["."]);
        // Oct-2, Oct/2 (glued separators)
        let separated = (is(tokens.get(k), "-") || is(tokens.get(k), "/")) && glued(k) && glued(k + 1);
        if separated {
            k += 1;
        }
        let the = tokens.get(k).is_some_and(|t| lv.day_articles.contains(&t.norm)) && !separated;
        if let Some((d, after, ordinal)) = day_at(tokens, k + usize::from(the), lv) {
            k = after;
            let k2 = skip(k, &[","]);
            if let Some((y, end)) = year_at(tokens, k2, lv) {
                return expr(end, ymd(y, m, d));
            }
            // "Nov 3", "Feb 29"; but "May 3" needs an ordinal or a dot ("may" is a verb too).
            let dotted = is(tokens.get(i + 1), ".");
            let marked = dotted || ordinal || separated || glued(i + 1);
            if tokens[i].norm != "may" || ordinal || (marked && !glued(i + 1)) {
                return infer_year(m, d, reference).map(|date| DateExpr { start: i, end: k, date: Some(date) });
            }
            return None;
        }
        // "jan twenty two, 2018", "jan twenty one two thousand and eighteen": a spelled
        // cardinal day (its shortest reading of one to three words, on a cut slice so the year is not
        // swallowed) only with a year after it.
        if tokens.get(k).is_some_and(|t| t.kind == Kind::Word) {
            for len in (1..=3).filter(|len| k + len <= tokens.len()) {
                let day = crate::numbers::parse_number(&tokens[..k + len], k, lv)
                    .filter(|n| n.end == k + len && n.low.fract() == 0.0 && (1.0..=31.0).contains(&n.low));
                if let Some(n) = day {
                    if let Some((y, end)) = year_at(tokens, skip(n.end, &[","]), lv) {
                        return expr(end, ymd(y, m, n.low as u32));
                    }
                }
            }
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
    let day = day_at(tokens, i, lv).map(|(d, k, _)| (d, k)).or(spelled_day.map(|d| (d, i + 1)));
    if let Some((d, after)) = day {
        let mut k = skip(after, &["."]);
        k = skip(k, &["de", "del"]);
        if let Some((len, _)) = match_longest(tokens, k, &lv.day_of) {
            k += len;
        }
        // 2-okt, 1-jan, 01/sep/2019
        let separated = (is(tokens.get(k), "-") || is(tokens.get(k), "/")) && glued(k) && glued(k + 1);
        if separated {
            k += 1;
        }
        if let Some(m) = month(k) {
            let mut k2 = skip(k + 1, &["."]);
            if separated && (is(tokens.get(k2), "-") || is(tokens.get(k2), "/")) {
                k2 += 1;
            }
            k2 = skip(k2, &["de", "del"]);
            k2 = skip(k2, &[","]);
            if let Some((y, end)) = year_at(tokens, k2, lv) {
                return expr(end, ymd(y, m, d));
            }
            let end = if is(tokens.get(k + 1), ".") && tokens[k].norm.chars().count() <= 4 { k + 2 } else { k + 1 };
            return infer_year(m, d, reference).map(|date| DateExpr { start: i, end, date: Some(date) });
        }
    }
    None
}

/// An article and a day ordinal: `the 27th`, `de 15e`, `the 20th of next month`, `am
/// ersten Januar`. Without a month, the ordinal must be marked (`27th`, `second`) or end the
/// clause (`the 27.`), so `the second quarter` and `the 27 members` stay no dates.
fn day_with_article(
    tokens: &[Token],
    i: usize,
    lv: &LangValues,
    reference: Option<CivilDate>,
    after_weekday: bool,
) -> Option<DateExpr> {
    if !tokens.get(i).is_some_and(|t| lv.day_articles.contains(&t.norm)) {
        return None;
    }
    let (d, after, ordinal) = day_at(tokens, i + 1, lv).or_else(|| {
        // "Friday the fifteen": after a weekday a cardinal word is a day too.
        let n = crate::numbers::parse_number(tokens, i + 1, lv)
            .filter(|n| after_weekday && tokens[i + 1].kind == Kind::Word && n.low.fract() == 0.0)?;
        (1.0..=31.0).contains(&n.low).then_some((n.low as u32, n.end, true))
    })?;
    let digit_ordinal = ordinal && tokens[i + 1].kind == Kind::Num;
    // With a month name a word ordinal leaves the article outside ("on the tenth of
    // September"), a digit ordinal keeps it ("de 1e van januari").
    if let Some(abs) = absolute(tokens, i + 1, lv, reference) {
        return Some(if digit_ordinal { DateExpr { start: i, ..abs } } else { abs });
    }
    let k = match_longest(tokens, after, &lv.day_of).map_or(after, |(len, _)| after + len);
    if let Some((end, date)) = day_of_relative_month(tokens, k, d, lv, reference) {
        return Some(DateExpr { start: i, end, date });
    }
    // A digit ordinal is a day anywhere (`de 27ste terug`), so is any ordinal after a weekday
    // (`vrijdag de tweeëntwintigste`); an ordinal word otherwise only at a clause end (`the
    // second quarter` is no date).
    let clause_end = tokens.get(after).is_none_or(|t| t.kind == Kind::Punct);
    let german_dot = is(tokens.get(after), ".") && tokens.get(after + 1).is_none_or(|t| t.kind != Kind::Num);
    let day = digit_ordinal
        || (after_weekday && ordinal)
        || (clause_end && (ordinal || !is(tokens.get(after), "%")))
        || (german_dot && ordinal);
    day.then(|| DateExpr { start: i, end: after, date: day_of_month(d, reference) })
}

/// Day `d` of a relative month at `k` (`next month`, `deze maand`): (end, date).
fn day_of_relative_month(
    tokens: &[Token],
    k: usize,
    d: u32,
    lv: &LangValues,
    reference: Option<CivilDate>,
) -> Option<(usize, Option<String>)> {
    match match_longest(tokens, k, &lv.relative)? {
        (len, Relative::Month(n)) => {
            let date = reference.and_then(|r| {
                let (y, m) = r.add_months(*n);
                ymd(y, m, d)
            });
            Some((k + len, date))
        }
        _ => None,
    }
}

/// A marked ordinal day without an article: `20th of next month`, `2nd of June`.
fn ordinal_day(tokens: &[Token], i: usize, lv: &LangValues, reference: Option<CivilDate>) -> Option<DateExpr> {
    let (d, after, _) = day_at(tokens, i, lv).filter(|(_, _, ordinal)| *ordinal)?;
    let k = match_longest(tokens, after, &lv.day_of).map_or(after, |(len, _)| after + len);
    day_of_relative_month(tokens, k, d, lv, reference).map(|(end, date)| DateExpr { start: i, end, date })
}

/// The `n`th weekday of a month: `the first Friday of July`, `second Monday of next month`,
/// `third Tuesday` (this month), `de eerste vrijdag van juli`.
fn nth_weekday(tokens: &[Token], i: usize, lv: &LangValues, reference: Option<CivilDate>) -> Option<DateExpr> {
    let r = reference?;
    let k = if tokens.get(i).is_some_and(|t| lv.day_articles.contains(&t.norm)) { i + 1 } else { i };
    let (len, n) = match_longest(tokens, k, &lv.ordinals).filter(|(_, n)| (1..=5).contains(*n))?;
    let (wlen, weekday) = match_longest(tokens, k + len, &lv.weekdays)?;
    let mut end = k + len + wlen;
    let of = match_longest(tokens, end, &lv.day_of)
        .map(|(l, _)| end + l)
        .or_else(|| match_longest(tokens, end, &lv.weekday_in).map(|(l, _)| end + l));
    let (mut y, mut m) = (r.year, r.month);
    if let Some(of_end) = of {
        if let Some(month) = tokens.get(of_end).filter(|t| t.kind == Kind::Word).and_then(|t| lv.months.get(&t.norm)) {
            y = CivilDate::parse_iso_prefix(&infer_year(*month, 1, reference)?)?.year;
            m = *month;
            end = of_end + 1;
        } else if let Some((rlen, Relative::Month(shift))) = match_longest(tokens, of_end, &lv.relative) {
            (y, m) = r.add_months(*shift);
            end = of_end + rlen;
        }
    }
    nth_weekday_in(y, m, *n, *weekday).map(|date| DateExpr { start: i, end, date: Some(date) })
}

/// Day of the `n`th `weekday` (0 = Monday) in month `m` of `y`, if the month has one.
fn nth_weekday_in(y: i32, m: u32, n: u32, weekday: u32) -> Option<String> {
    let first = CivilDate::new(y, m, 1)?;
    ymd(y, m, 1 + (weekday + 7 - first.weekday()) % 7 + 7 * (n - 1))
}

/// The Japanese order of the same: `7月の第1金曜日`, `来月の第2月曜日`, `第三火曜日` (this
/// month), `第２の日曜日`.
fn japanese_nth_weekday(tokens: &[Token], i: usize, lv: &LangValues, reference: Option<CivilDate>) -> Option<DateExpr> {
    let r = reference?;
    let (mut y, mut m, mut k) = (r.year, r.month, i);
    if let Some((month, after)) =
        japanese_number(tokens, k, lv).filter(|(m, a)| is(tokens.get(*a), "月") && (1..=12).contains(m))
    {
        m = month as u32;
        y = CivilDate::parse_iso_prefix(&infer_year(m, 1, reference)?)?.year;
        k = after + 1;
    } else if let Some((len, Relative::Month(shift))) = match_longest(tokens, k, &lv.relative) {
        (y, m) = r.add_months(*shift);
        k += len;
    }
    if is(tokens.get(k), "の") && k > i {
        k += 1;
    }
    // 第1, 第一 or an ordinal word (最初の)
    let (n, after) = if is(tokens.get(k), "第") {
        japanese_number(tokens, k + 1, lv).filter(|(n, _)| (1..=5).contains(n))?
    } else {
        match_longest(tokens, k, &lv.ordinals)
            .map(|(len, n)| (i64::from(*n), k + len))
            .filter(|(n, _)| (1..=5).contains(n))?
    };
    let w = if is(tokens.get(after), "の") { after + 1 } else { after };
    let (wlen, weekday) = match_longest(tokens, w, &lv.weekdays)?;
    nth_weekday_in(y, m, n as u32, *weekday).map(|date| DateExpr { start: i, end: w + wlen, date: Some(date) })
}

/// A duration counted from a relative day: `今から2週間後`, `明日から二日で`, `昨日から4日`.
fn from_relative_day(tokens: &[Token], i: usize, lv: &LangValues, reference: Option<CivilDate>) -> Option<DateExpr> {
    let (len, base) = match match_longest(tokens, i, &lv.relative) {
        Some((len, Relative::Day(n))) => (len, *n),
        _ => (match_longest(tokens, i, &lv.now_words)?.0, 0),
    };
    let (from_len, _) = match_longest(tokens, i + len, &lv.from_base)?;
    let (amount, after) = japanese_number(tokens, i + len + from_len, lv)?;
    let (unit_len, unit) = match_longest(tokens, after, &lv.duration_words)
        .or_else(|| match_longest(tokens, after, &lv.duration_lead_units))?;
    let end = after + unit_len;
    let end = match_longest(tokens, end, &lv.count_end).map_or(end, |(l, _)| end + l);
    let date = reference.and_then(|r| ago(-(amount as f64), unit, Some(r.add_days(base))));
    Some(DateExpr { start: i, end, date })
}

/// The date expression starting at token `i`, if any.
pub fn parse_date(tokens: &[Token], i: usize, lv: &LangValues, reference: Option<CivilDate>) -> Option<DateExpr> {
    let weekday_after = |k: usize| {
        let k = match_longest(tokens, k, &lv.week_weekday_joiners).map_or(k, |(len, _)| k + len);
        match_longest(tokens, k, &lv.weekdays).map(|(len, w)| (k + len, *w))
    };
    // "the first Friday of July", "来月の第2月曜日" (before the relative phrase it starts with)
    if let Some(d) = nth_weekday(tokens, i, lv, reference)
        .or_else(|| japanese_nth_weekday(tokens, i, lv, reference))
        .or_else(|| from_relative_day(tokens, i, lv, reference))
    {
        return Some(d);
    }
    if let Some((len, rel)) = match_longest(tokens, i, &lv.relative) {
        match *rel {
            // "next week Sunday", "volgende week op vrijdag", "来週の日曜日"
            Relative::Week(n) => {
                if let Some((end, weekday)) = weekday_after(i + len) {
                    return Some(DateExpr { start: i, end, date: weekday_of_week(n, weekday, reference) });
                }
            }
            // 今月の27日, 来月の二十日
            Relative::Month(n) => {
                let k = if is(tokens.get(i + len), "の") { i + len + 1 } else { i + len };
                if let Some((d, after)) = japanese_number(tokens, k, lv).filter(|(_, a)| is(tokens.get(*a), "日")) {
                    let date = reference.and_then(|r| {
                        let (y, m) = r.add_months(n);
                        ymd(y, m, u32::try_from(d).ok()?)
                    });
                    return Some(DateExpr { start: i, end: after + 1, date });
                }
            }
            // 今年6月, 去年6月15日, 明年の3月: the relative year dates the month (and day) after it.
            Relative::Year(n) => {
                let k = if is(tokens.get(i + len), "の") { i + len + 1 } else { i + len };
                if let Some((m, after)) = cjk_month(tokens, k, lv) {
                    let y = reference.map(|r| r.year + n as i32);
                    let day = japanese_number(tokens, after, lv)
                        .filter(|(d, a)| is(tokens.get(*a), "日") && (1..=31).contains(d))
                        .map(|(d, a)| (d as u32, a + 1));
                    return Some(match day {
                        Some((d, end)) => DateExpr { start: i, end, date: y.and_then(|y| ymd(y, m, d)) },
                        None => DateExpr { start: i, end: after, date: y.and_then(|y| ym(y, m)) },
                    });
                }
            }
            _ => {}
        }
        return Some(DateExpr { start: i, end: i + len, date: resolve(*rel, reference) });
    }
    // "this Friday", "next Sunday", "last Sunday", "vorige zondag", "次の日曜日"
    if let Some((len, n)) = match_longest(tokens, i, &lv.weekday_modifiers) {
        if let Some((wlen, weekday)) = match_longest(tokens, i + len, &lv.weekdays) {
            return Some(DateExpr { start: i, end: i + len + wlen, date: weekday_of_week(*n, *weekday, reference) });
        }
    }
    // "last July", "next March", "im vergangenen Juli", "afgelopen september": the nearest
    // such month before (after, or in) the reference's; with a day or year after the month
    // the written date wins ("last March 3" is read by `absolute`).
    if let Some((len, n)) = match_longest(tokens, i, &lv.weekday_modifiers) {
        let month = tokens.get(i + len).filter(|t| t.kind == Kind::Word).and_then(|t| lv.months.get(&t.norm).copied());
        let written_on = tokens.get(i + len + 1).is_some_and(|t| t.kind == Kind::Num);
        if let (Some(m), false) = (month, written_on) {
            let date = reference.and_then(|r| {
                let y = match n.signum() {
                    -1 if m < r.month => r.year,
                    -1 => r.year - 1,
                    1 if m > r.month => r.year,
                    1 => r.year + 1,
                    _ => r.year,
                };
                ym(y, m)
            });
            return Some(DateExpr { start: i, end: i + len + 1, date });
        }
    }
    // "the first Friday of July", "the 27th", "de 15e", "the 20th of next month"
    if let Some(d) = day_with_article(tokens, i, lv, reference, false).or_else(|| ordinal_day(tokens, i, lv, reference))
    {
        return Some(d);
    }
    if let Some((len, weekday)) = match_longest(tokens, i, &lv.weekdays) {
        // "Friday next week", "Sunday of next week"
        let k = match_longest(tokens, i + len, &lv.day_of).map_or(i + len, |(l, _)| i + len + l);
        if let Some((rlen, Relative::Week(n))) = match_longest(tokens, k, &lv.relative) {
            return Some(DateExpr { start: i, end: k + rlen, date: weekday_of_week(*n, *weekday, reference) });
        }
        // "Thursday the 21st", "vrijdag de 15de"
        let k = if is(tokens.get(i + len), ",") { i + len + 1 } else { i + len };
        if let Some(d) = day_with_article(tokens, k, lv, reference, true) {
            return Some(DateExpr { start: i, end: d.end, date: d.date });
        }
        // "Monday, November 3, 2025": the written date wins and the weekday joins the span.
        let after = if is(tokens.get(i + len), ",") { i + len + 1 } else { i + len };
        if let Some(abs) = tokens.get(after).and_then(|_| absolute(tokens, after, lv, reference)) {
            return Some(DateExpr { start: i, end: abs.end, date: abs.date });
        }
        // "sexta-feira (17)": Brazilian news writes the day of the month in parentheses after
        // the weekday; the day joins the span and dates it.
        if is(tokens.get(i + len), "(") && is(tokens.get(i + len + 2), ")") {
            if let Some(d) = small(tokens.get(i + len + 1), 31) {
                return Some(DateExpr { start: i, end: i + len + 3, date: weekday_with_day(*weekday, d, reference) });
            }
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
    if let Some(d) = month_alone(tokens, i, lv, reference) {
        return Some(d);
    }
    absolute(tokens, i, lv, reference)
}

/// A month written without day or year after a word that makes it a time ("in June", "seit
/// Juni", "en junio", "a giugno", "fin juin"; a bare `May` or `march` may be a verb, so the
/// word is required), or `6月` in Japanese and Chinese when no day follows. The span is the
/// month; the year is the one that puts the month nearest the reference (as for a day-month
/// without a year), and without a reference the date stays null. A year or day after the
/// month is left to `absolute` ("in June 2025", "in June 3").
fn month_alone(tokens: &[Token], i: usize, lv: &LangValues, reference: Option<CivilDate>) -> Option<DateExpr> {
    let resolve = |m: u32| infer_year(m, 15, reference).map(|d| d[..7].to_string());
    if let Some((len, _)) = match_longest(tokens, i, &lv.month_prefix) {
        let k = i + len;
        let m = tokens.get(k).filter(|t| t.kind == Kind::Word).and_then(|t| lv.months.get(&t.norm).copied())?;
        let joiner = |k: usize| {
            let j = if tokens.get(k).is_some_and(|t| matches!(t.norm.as_str(), "de" | "del" | "of" | "," | "di")) {
                k + 1
            } else {
                k
            };
            tokens.get(j).is_some_and(|t| t.kind == Kind::Num)
        };
        if joiner(k + 1) {
            return None;
        }
        return Some(DateExpr { start: k, end: k + 1, date: resolve(m) });
    }
    // 6月 / 六月 without 日 after it, not part of a year-month (`2025年6月` is read by
    // `japanese`, which runs first at the year) and no duration (`6か月`, `6个月` are other
    // characters).
    let (m, after) = cjk_month(tokens, i, lv)?;
    let before_year = i > 0 && is(tokens.get(i - 1), "年");
    let day_follows = japanese_number(tokens, after, lv).is_some() || is(tokens.get(after), "の");
    if before_year || day_follows {
        return None;
    }
    Some(DateExpr { start: i, end: after, date: resolve(m) })
}

/// `6月` / `六月` at token `k`: the month and the token after `月`. `6か月` and `6个月` are
/// durations, other characters.
fn cjk_month(tokens: &[Token], k: usize, lv: &LangValues) -> Option<(u32, usize)> {
    japanese_number(tokens, k, lv)
        .filter(|(m, a)| is(tokens.get(*a), "月") && (1..=12).contains(m))
        .map(|(m, a)| (m as u32, a + 1))
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
        // Two-digit years before a month (23年12月15日); a bare 23年 stays a duration.
        assert_eq!(d("23年12月15日", "ja").as_deref(), Some("2023-12-15"));
        assert_eq!(d("24年5月", "ja").as_deref(), Some("2024-05"));
        assert_eq!(d("99年3月", "ja").as_deref(), Some("1999-03"));
        assert_eq!(d("23年", "ja"), None);
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
    fn a_relative_year_dates_the_month_after_it() {
        assert_eq!(d("今年6月", "zh").as_deref(), Some("2025-06"));
        assert_eq!(d("去年6月15日", "zh").as_deref(), Some("2024-06-15"));
        assert_eq!(d("昨年の3月", "ja").as_deref(), Some("2024-03"));
        assert_eq!(d("来年3月末", "ja").as_deref(), Some("2026-03"));
        // No month after it: the year alone; a duration is no month (`今年6か月`).
        assert_eq!(d("今年", "zh").as_deref(), Some("2025"));
        let year_alone = date("今年", "zh", Some("2025-11-04")).map(|d| d.1);
        assert_eq!(date("今年6个月", "zh", Some("2025-11-04")).map(|d| d.1), year_alone);
        // Without a reference the span is still the whole date, its value unknown.
        assert_eq!(date("今年6月", "zh", None), Some((None, year_alone.unwrap() + 2)));
    }

    #[test]
    fn a_weekday_with_its_day_in_parentheses() {
        // 2025-11-04 is a Tuesday: the Friday the 31st before it, the Thursday the 6th after.
        assert_eq!(date("sexta-feira (31) passada", "pt", Some("2025-11-04")), Some((Some("2025-10-31".into()), 6)));
        assert_eq!(d("quinta-feira (6)", "pt").as_deref(), Some("2025-11-06"));
        // No parentheses, or no day in them: the weekday alone.
        assert_eq!(date("sexta-feira 31", "pt", Some("2025-11-04")), Some((Some("2025-10-31".into()), 3)));
        assert_eq!(date("sexta-feira (B3)", "pt", Some("2025-11-04")).map(|d| d.1), Some(3));
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
    fn months_with_a_relative_modifier() {
        assert_eq!(
            date("Last July, the talks broke off", "en", Some("2025-03-19")).map(|d| d.0),
            Some(Some("2024-07".into()))
        );
        assert_eq!(date("last February", "en", Some("2025-03-19")).map(|d| d.0), Some(Some("2025-02".into())));
        assert_eq!(date("next March", "en", Some("2025-03-19")).map(|d| d.0), Some(Some("2026-03".into())));
        assert_eq!(date("vergangenen Juli", "de", Some("2025-03-19")).map(|d| d.0), Some(Some("2024-07".into())));
        assert_eq!(date("last July", "en", None).map(|d| d.0), Some(None));
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
    fn ordinals_weekday_weeks_and_numeric_days() {
        // 2025-11-04 is a Tuesday.
        assert_eq!(d("March 3rd", "en").as_deref(), Some("2025-03-03"));
        assert_eq!(d("the 27th", "en").as_deref(), Some("2025-10-27"));
        assert_eq!(d("the twenty-second of June", "en").as_deref(), Some("2025-06-22"));
        assert_eq!(d("the 20th of next month", "en").as_deref(), Some("2025-12-20"));
        assert_eq!(d("de eerste van januari", "nl").as_deref(), Some("2025-01-01"));
        assert_eq!(d("next Sunday", "en").as_deref(), Some("2025-11-16"));
        assert_eq!(d("this Friday", "en").as_deref(), Some("2025-11-07"));
        assert_eq!(d("volgende week zondag", "nl").as_deref(), Some("2025-11-16"));
        assert_eq!(d("Friday next week", "en").as_deref(), Some("2025-11-14"));
        assert_eq!(d("来週の日曜日", "ja").as_deref(), Some("2025-11-16"));
        assert_eq!(d("22/04", "nl").as_deref(), Some("2025-04-22"));
        assert_eq!(d("Oct-2", "en").as_deref(), Some("2025-10-02"));
        assert_eq!(d("05/05/89", "en").as_deref(), Some("1989-05-05"));
        assert_eq!(d("2019-sep-1", "en").as_deref(), Some("2019-09-01"));
        assert_eq!(d("28.10.", "de").as_deref(), Some("2025-10-28"));
        assert_eq!(d("二〇〇九年十月十二日", "ja").as_deref(), Some("2009-10-12"));
        assert_eq!(d("平成22年1月29日", "ja").as_deref(), Some("2010-01-29"));
        assert_eq!(d("2018年一月十二日", "ja").as_deref(), Some("2018-01-12"), "digit year, kanji month and day");
        assert_eq!(d("2024年", "ja").as_deref(), Some("2024"));
        assert_eq!(d("今月の十日", "ja").as_deref(), Some("2025-11-10"));
        assert_eq!(d("the first Friday of July", "en").as_deref(), Some("2025-07-04"));
        assert_eq!(d("second Monday of next month", "en").as_deref(), Some("2025-12-08"));
        assert_eq!(d("the second Monday in March", "en").as_deref(), Some("2025-03-10"), "weekday_in from data");
        assert_eq!(d("来月の第2月曜日", "ja").as_deref(), Some("2025-12-08"));
        assert_eq!(d("20th of next month", "en").as_deref(), Some("2025-12-20"));
        assert_eq!(d("20 of next month", "en"), None, "an unmarked number needs an article");
        assert_eq!(d("de 27ste terug", "nl").as_deref(), Some("2025-10-27"), "a digit ordinal needs no clause end");
        assert_eq!(d("aanstaande vrijdag", "nl").as_deref(), Some("2025-11-07"));
        assert_eq!(d("22/4 terug", "nl").as_deref(), Some("2025-04-22"));
        assert_eq!(d("22/4 procent", "nl"), None);
        assert_eq!(d("十二日", "ja").as_deref(), Some("2025-10-12"), "a kanji day of the month");
        assert_eq!(d("二日間", "ja"), None);
        assert_eq!(
            date("2018年1月22日月曜日", "ja", Some("2025-11-04")).map(|(_, end)| end),
            Some(9),
            "the weekday joins (9 tokens)"
        );
        assert_eq!(d("明日から二日で", "ja").as_deref(), Some("2025-11-07"));
        assert_eq!(d("来月の最初の金曜日", "ja").as_deref(), Some("2025-12-05"));
        assert_eq!(d("10/2", "ja").as_deref(), Some("2025-10-02"), "Japanese writes month first");
        assert_eq!(d("September the twenty-first nineteen seventy eight", "en").as_deref(), Some("1978-09-21"));
        assert_eq!(d("jan twenty one two thousand and eighteen", "en").as_deref(), Some("2018-01-21"));
        assert_eq!(d("eenentwintig januari tweeduizend achttien", "nl").as_deref(), Some("2018-01-21"));
        assert_eq!(date("June 5, twenty companies", "en", Some("2025-11-04")).map(|(_, end)| end), Some(2));
        assert_eq!(d("the third Wednesday of previous month", "en").as_deref(), Some("2025-10-15"));
        assert_eq!(date("Feb 29", "en", Some("2017-03-22")).and_then(|(d, _)| d).as_deref(), Some("2016-02-29"));
        assert_eq!(d("08/12,2015", "en").as_deref(), Some("2015-08-12"));
        assert_eq!(d("vrijdag de tweeëntwintigste", "nl").as_deref(), Some("2025-10-22"));
        assert_eq!(d("Friday the fifteen", "en").as_deref(), Some("2025-10-15"));
        assert_eq!(d("de tweede keer", "nl"), None, "an ordinal word mid-clause is no day");
        let t = tokenize("at 4-22");
        assert_eq!(
            parse_date(&t, 1, test_lexicon().lang("en"), CivilDate::new(2025, 11, 4)),
            None,
            "a time or a score"
        );
        // Regression: a spelled number ending the text made the year look-ahead index past it.
        assert_eq!(d("June 5, twenty", "en").as_deref(), Some("2025-06-05"));
        assert_eq!(d("the", "en"), None);
        assert_eq!(d("Friday the", "en").as_deref(), Some("2025-10-31"));
        assert_eq!(d("4-5", "en"), None, "a range, not April 5");
        assert_eq!(d("the second quarter", "en"), None);
        assert_eq!(d("the 27 members", "en"), None);
    }

    #[test]
    fn a_month_alone_after_a_time_word() {
        // Reference 2025-11-04: the nearest such month (June 2025, December 2025).
        assert_eq!(d("in June", "en").as_deref(), Some("2025-06"));
        assert_eq!(date("in June", "en", Some("2025-11-04")).map(|d| d.1), Some(2), "the span ends at the month");
        assert_eq!(d("since December", "en").as_deref(), Some("2025-12"));
        assert_eq!(d("seit Juni", "de").as_deref(), Some("2025-06"));
        assert_eq!(d("in juni", "nl").as_deref(), Some("2025-06"));
        assert_eq!(d("desde junio", "es").as_deref(), Some("2025-06"));
        assert_eq!(d("en juin", "fr").as_deref(), Some("2025-06"));
        assert_eq!(d("ad aprile", "it").as_deref(), Some("2025-04"));
        assert_eq!(d("em junho", "pt").as_deref(), Some("2025-06"));
        assert_eq!(d("6月に", "ja").as_deref(), Some("2025-06"));
        assert_eq!(d("6月", "zh").as_deref(), Some("2025-06"));
        // Early in a year, a late month is last year's.
        assert_eq!(date("in December", "en", Some("2025-01-20")).map(|d| d.0), Some(Some("2024-12".into())));
        // A year or a day after the month is the written date's.
        assert_eq!(d("in June 2024", "en"), None, "read at the month by `absolute`");
        assert_eq!(d("June 2024", "en").as_deref(), Some("2024-06"));
        assert_eq!(d("en junio de 2024", "es"), None);
        assert_eq!(d("6月3日", "ja").as_deref(), Some("2025-06-03"));
        // Negative: no time word, a modal verb, durations.
        assert_eq!(d("May", "en"), None);
        assert_eq!(d("in may", "en").as_deref(), Some("2025-05"));
        assert_eq!(d("they may", "en"), None);
        assert_eq!(d("6か月", "ja"), None);
        assert_eq!(d("6个月", "zh"), None);
    }

    #[test]
    fn not_dates() {
        assert_eq!(d("May 3", "en"), None);
        assert_eq!(d("3 companies", "en"), None);
        assert_eq!(d("Mo", "de"), None);
    }
}
