//! Per-language value vocabulary, read at run time from `data/lang/<code>.toml` (sections
//! `numbers`, `money`, `percent`, `bounds`, `units`, `durations`, `dates`, `counts`,
//! `calendar`) and `data/values/common.toml` (symbols and codes shared by all languages).
//! Every phrase is stored tokenized ([`crate::tokens::phrase`]) so matching is token-exact.

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::tokens::{phrase, phrase_exact};

#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: {message}")]
    Parse { path: PathBuf, message: String },
}

pub type Phrases<T> = crate::tokens::PhraseSet<T>;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct LangFile {
    calendar: CalendarFile,
    numbers: NumbersFile,
    money: MoneyFile,
    percent: PercentFile,
    bounds: BoundsFile,
    units: UnitsFile,
    durations: DurationsFile,
    dates: DatesFile,
    counts: CountsFile,
    langid: LangidFile,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CalendarFile {
    months: Vec<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct NumbersFile {
    decimal: Option<String>,
    groups: Vec<String>,
    words: BTreeMap<String, f64>,
    articles: Vec<String>,
    joiners: Vec<String>,
    scales: BTreeMap<String, f64>,
    vague: BTreeMap<String, [f64; 2]>,
    vague_prefix: Option<String>,
    /// Between two vague quantities that multiply: `of` (`tens of billions`), `von`, `de`.
    vague_joiners: Vec<String>,
    range_words: Vec<String>,
    range_starts: Vec<String>,
    /// Adjectives between a count and its noun: `new` (2,000 new jobs), `neue`, `weitere`.
    count_modifiers: Vec<String>,
    negative: Vec<String>,
    /// Fractions that multiply a following scale word: `half` (a million), `quarter`.
    fractions: BTreeMap<String, f64>,
    /// Number words valid only inside a compound, never first: `einhalb` (`zweieinhalb`).
    compound_parts: BTreeMap<String, f64>,
    /// Words that start spelled-out decimals: `point` (`five point five`), `Komma`.
    decimal_words: Vec<String>,
    /// After these a lone "one" is a pronoun (`the one you mentioned`), not a number.
    one_is_pronoun_after: Vec<String>,
    /// Before these a lone "one" is no count: `one of the largest deals`.
    one_is_pronoun_before: Vec<String>,
    /// A small number after a capitalized word mid-sentence is part of a name (`Trainium 2`,
    /// `Chapter 11`, `Fortune 500`); off where every noun is capitalized (German).
    numbers_after_names: bool,
    /// Denominators after a spelled number: `drei Viertel` = 0.75, `zwei Drittel`.
    denominators: BTreeMap<String, f64>,
    /// Numbers spelled in kana syllables (`にせんにひゃく`): digits, 十百千, 万億兆.
    kana: BTreeMap<String, f64>,
    /// Separator of spelled-out decimals between numerals (`四・八`), and between digits
    /// before a percent, currency or scale (`1・5%`, `1・5兆円`).
    numeral_decimal: Option<String>,
    /// Spelled numerals and scales count only inside a number that starts with digits
    /// (`5천300억`): alone they are syllables of everyday words (Korean `천연`, `조사`).
    numerals_after_digits: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct MoneyFile {
    currencies: BTreeMap<String, String>,
    prefixes: BTreeMap<String, String>,
    /// Subunits written after a main amount, as a fraction of it: `角` = 0.1, `分` = 0.01.
    minor: BTreeMap<String, f64>,
    /// Words between a main amount and its subunits: `and`, `und`, `en`, `と`.
    minor_joiners: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct PercentFile {
    words: Vec<String>,
    prefix: Vec<String>,
    ratio: BTreeMap<String, f64>,
    ratio_minor: BTreeMap<String, f64>,
    ratio_half: Vec<String>,
    ratio_after: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct BoundsFile {
    at_least: Vec<String>,
    at_most: Vec<String>,
    approx: Vec<String>,
    after: Vec<String>,
    not_with_durations: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct UnitsFile {
    words: BTreeMap<String, (String, f64)>,
    /// Units outside the contract's SI bases (`ミリリットル`): a number before one measures
    /// something, so it is no plain number, but it gets no quantity value.
    other: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct DurationsFile {
    words: BTreeMap<String, String>,
    suffixes: BTreeMap<String, String>,
    not_after: Vec<String>,
    not_before: Vec<String>,
    ago: Vec<String>,
    /// After a duration: a date that far after the reference (`two weeks from now`, `2日後`).
    later: Vec<String>,
    /// After a duration and before a relative day: `from` = 1 (`two days from tomorrow`),
    /// `before` = -1 (`two days before yesterday`).
    shift: BTreeMap<String, f64>,
    /// Before a duration: a date that far after the reference (`over 2 weken`).
    later_before: Vec<String>,
    /// Between the parts of a compound duration: `1 month and 21 days`, `2年と21日`.
    compound_joiners: Vec<String>,
    ago_before: Vec<String>,
    phrases: BTreeMap<String, (f64, String)>,
    /// Words before a duration that belong to it (`another`, `nog een`, `まる`, `もう`);
    /// without a number they stand for one (`another week`).
    lead: Vec<String>,
    /// Unit words valid only after a lead word (`まる1日`: a bare `1日` is a date).
    lead_units: BTreeMap<String, String>,
    /// A half after the unit (`3年半` = 3.5 years).
    half_after: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct DatesFile {
    month_first: bool,
    weekdays: Vec<Vec<String>>,
    relative: BTreeMap<String, String>,
    year_end: Vec<String>,
    year_start: Vec<String>,
    year_prefix: Vec<String>,
    /// Words before a month written alone ("in June", "seit Juni", "a giugno").
    #[serde(default)]
    month_prefix: Vec<String>,
    year_end_suffix: Vec<String>,
    year_start_suffix: Vec<String>,
    /// Written after a day number: `st`, `nd`, `rd`, `th`; `e`, `ste`, `de`.
    ordinal_suffixes: Vec<String>,
    /// Ordinal words for days: `first` = 1, `twenty-second` = 22, `tweeëntwintigste`.
    ordinals: BTreeMap<String, u32>,
    /// Articles before a day ordinal: `the 27th`, `de 15e`, `am 15.`.
    day_articles: Vec<String>,
    /// Between a day and its month or a day and a relative month: `of`, `van`, `の`.
    day_of: Vec<String>,
    /// Also between an nth weekday and its month: `the second Monday in March`, `im März`.
    weekday_in: Vec<String>,
    /// Before a weekday: `this` = this week's, `next` = next week's, `last` = last week's.
    weekday_modifiers: BTreeMap<String, i64>,
    /// Between a relative week and a weekday: `next week on Friday`, `来週の日曜日`.
    week_weekday_joiners: Vec<String>,
    /// Japanese eras: name = the year before its first year (平成 = 1988, so 平成2年 = 1990).
    eras: BTreeMap<String, i32>,
    /// Before these a numeric day-month is something else: `at 4-22` (a time or a score).
    numeric_not_after: Vec<String>,
    /// A duration counted from a relative day: `明日から二日で`, `今から2週間後` — the words
    /// for "from", for "now", and the words that may close the count.
    from_base: Vec<String>,
    now_words: Vec<String>,
    count_end: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CountsFile {
    counters: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct LangidFile {
    stopwords: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CommonFile {
    currency_symbols: BTreeMap<String, String>,
    currency_prefixes: BTreeMap<String, String>,
    currency_codes: CodesFile,
    /// Letter prefixes of ISO codes meaning a scale: `M` + `USD` = million dollars (`30 MUSD`).
    code_scales: BTreeMap<String, f64>,
    percent: CommonPercent,
    unit_symbols: BTreeMap<String, (String, f64)>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CodesFile {
    codes: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CommonPercent {
    symbols: Vec<String>,
}

/// Bound kinds a phrase can express.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    AtLeast,
    AtMost,
    Approx,
}

/// A relative date expression: an offset in days, weeks, months or years from the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    Day(i64),
    Week(i64),
    Month(i64),
    Year(i64),
}

fn parse_relative(spec: &str) -> Option<Relative> {
    let (unit, n) = spec.split_at(spec.find(['+', '-'])?);
    let n: i64 = n.trim_start_matches('+').parse().ok()?;
    match unit {
        "day" => Some(Relative::Day(n)),
        "week" => Some(Relative::Week(n)),
        "month" => Some(Relative::Month(n)),
        "year" => Some(Relative::Year(n)),
        _ => None,
    }
}

/// Everything the recognizers know about one language (merged with the common symbols).
#[derive(Debug, Clone, Default)]
pub struct LangValues {
    pub decimal: char,
    pub groups: Vec<char>,
    /// Number words (lower-case) for spelled-out numbers and compound splitting.
    pub words: HashMap<String, f64>,
    /// First chars of number words and scales: a cheap filter before compound splitting.
    pub number_initials: HashSet<char>,
    pub articles: HashSet<String>,
    pub joiners: HashSet<String>,
    pub scales: Phrases<f64>,
    pub scale_words: HashMap<String, f64>,
    pub vague: Phrases<(f64, f64)>,
    pub vague_prefix: Option<String>,
    pub vague_joiners: HashSet<String>,
    pub range_words: HashSet<String>,
    pub range_starts: HashSet<String>,
    /// Adjectives a count's noun may follow (`1.200 neue Stellen` counts `Stellen`).
    pub count_modifiers: HashSet<String>,
    /// Words (besides `-`, `−`) that make the following number negative: `minus`, `マイナス`.
    pub negative: Phrases<()>,
    pub currencies: Phrases<String>,
    /// Case-insensitive currency phrases written before the number ("us $", "c $").
    pub currency_prefixes: Phrases<String>,
    /// Symbols and ISO codes, tokenized case-sensitively (match with `match_longest_exact`).
    pub currency_symbols: Phrases<String>,
    /// Scaled ISO codes (`MUSD`, `MEUR`): (code, factor), matched case-insensitively.
    pub scaled_codes: Phrases<(String, f64)>,
    /// Subunits after a main amount (`5元3角`) as a fraction of the main unit.
    pub minor_units: Phrases<f64>,
    pub minor_joiners: HashSet<String>,
    /// Fraction words valid before a scale (`half million`, `three quarters billion`).
    pub fractions: HashMap<String, f64>,
    /// Number words valid only inside a compound after its first part (`einhalb`).
    pub compound_parts: HashMap<String, f64>,
    pub decimal_words: HashSet<String>,
    pub one_is_pronoun_after: HashSet<String>,
    pub one_is_pronoun_before: HashSet<String>,
    pub numbers_after_names: bool,
    pub kana_numbers: Phrases<f64>,
    pub denominators: HashMap<String, f64>,
    pub numeral_decimal: Option<String>,
    pub numerals_after_digits: bool,
    pub other_units: Phrases<()>,
    pub percent_after: Phrases<()>,
    pub percent_before: Phrases<()>,
    /// Ratio units in percent points (`割` = 10), their smaller units after them (`分` = 1,
    /// `厘` = 0.1, `半` = 5), which of those stand without a digit (`半`), and a word that may
    /// close the ratio (`引`, a discount).
    pub percent_ratio: Phrases<f64>,
    pub percent_ratio_minor: Phrases<f64>,
    pub percent_ratio_half: HashSet<String>,
    pub percent_ratio_after: HashSet<String>,
    pub bounds: Phrases<Bound>,
    pub bounds_after: Phrases<Bound>,
    /// Bound phrases that mean "during" before a duration ("over seven years").
    pub bounds_not_with_durations: Phrases<()>,
    pub unit_words: Phrases<(String, f64)>,
    /// Case-sensitive unit symbols (original spelling) -> (base unit, factor).
    pub unit_symbols: HashMap<String, (String, f64)>,
    pub duration_words: Phrases<String>,
    pub duration_suffixes: Vec<(String, String)>,
    pub duration_not_after: HashSet<String>,
    pub duration_not_before: HashSet<String>,
    /// A duration followed (or, for `ago_before`, preceded) by these is a past date.
    pub ago_after: HashSet<String>,
    pub ago_before: HashSet<String>,
    /// Fixed-length phrases ("all week", "a couple of days", "半年") -> (amount, unit).
    pub duration_phrases: Phrases<(f64, String)>,
    pub duration_lead: Phrases<()>,
    pub duration_lead_units: Phrases<String>,
    pub duration_half_after: Phrases<()>,
    pub months: HashMap<String, u32>,
    /// Numeric dates are written month first (`02/22/2016`).
    pub month_first: bool,
    pub weekdays: Phrases<u32>,
    pub relative: Phrases<Relative>,
    pub year_end: Phrases<()>,
    pub year_start: Phrases<()>,
    pub year_prefix: HashSet<String>,
    pub month_prefix: Phrases<()>,
    pub year_end_suffix: Phrases<()>,
    pub year_start_suffix: Phrases<()>,
    pub ordinal_suffixes: HashSet<String>,
    pub ordinals: Phrases<u32>,
    pub day_articles: HashSet<String>,
    pub day_of: Phrases<()>,
    pub weekday_in: Phrases<()>,
    pub weekday_modifiers: Phrases<i64>,
    pub week_weekday_joiners: Phrases<()>,
    pub eras: Phrases<i32>,
    pub numeric_not_after: HashSet<String>,
    pub from_base: Phrases<()>,
    pub now_words: Phrases<()>,
    pub count_end: Phrases<()>,
    pub later: Phrases<()>,
    pub duration_shift: Phrases<f64>,
    pub later_before: HashSet<String>,
    pub compound_joiners: Phrases<()>,
    pub counters: Phrases<String>,
    pub stopwords: HashSet<String>,
}

/// All languages' value vocabularies.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    langs: HashMap<String, LangValues>,
    fallback: LangValues,
}

fn phrases<T: Clone>(items: impl IntoIterator<Item = (String, T)>) -> Phrases<T> {
    items.into_iter().map(|(p, v)| (phrase(&p), v)).filter(|(p, _)| !p.is_empty()).collect()
}

fn read(path: &Path) -> Result<String, LexiconError> {
    std::fs::read_to_string(path).map_err(|source| LexiconError::Io { path: path.to_path_buf(), source })
}

impl Lexicon {
    /// Loads `<data>/lang/*.toml` and `<data>/values/common.toml`.
    pub fn load(data_dir: &Path) -> Result<Self, LexiconError> {
        let common_path = data_dir.join("values/common.toml");
        let common: CommonFile = toml::from_str(&read(&common_path)?)
            .map_err(|e| LexiconError::Parse { path: common_path.clone(), message: e.to_string() })?;
        let lang_dir = data_dir.join("lang");
        let entries =
            std::fs::read_dir(&lang_dir).map_err(|source| LexiconError::Io { path: lang_dir.clone(), source })?;
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        paths.sort();
        let mut langs = HashMap::default();
        for path in paths {
            let code = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
            let file: LangFile = toml::from_str(&read(&path)?)
                .map_err(|e| LexiconError::Parse { path: path.clone(), message: e.to_string() })?;
            langs.insert(code, build(file, &common));
        }
        let fallback = build(LangFile::default(), &common);
        Ok(Lexicon { langs, fallback })
    }

    /// The vocabulary of `lang`; languages without a file get symbols and digits only.
    pub fn lang(&self, lang: &str) -> &LangValues {
        self.langs.get(lang).unwrap_or(&self.fallback)
    }
}

fn build(f: LangFile, common: &CommonFile) -> LangValues {
    let lower = |v: &[String]| v.iter().map(|s| s.to_lowercase()).collect::<HashSet<_>>();
    let n = &f.numbers;
    let decimal = n.decimal.as_deref().and_then(|d| d.chars().next()).unwrap_or('.');
    let mut groups: Vec<char> = n.groups.iter().filter_map(|g| g.chars().next()).collect();
    if groups.is_empty() {
        groups = vec![if decimal == '.' { ',' } else { '.' }];
    }
    let mut currency_symbols: Vec<(String, String)> = common.currency_symbols.clone().into_iter().collect();
    currency_symbols.extend(common.currency_codes.codes.iter().map(|c| (c.clone(), c.clone())));
    let all_bounds: Vec<(String, Bound)> =
        [(&f.bounds.at_least, Bound::AtLeast), (&f.bounds.at_most, Bound::AtMost), (&f.bounds.approx, Bound::Approx)]
            .into_iter()
            .flat_map(|(list, b)| list.iter().map(move |p| (p.clone(), b)))
            .collect();
    let after: HashSet<String> = f.bounds.after.iter().cloned().collect();
    let (bounds_after, bounds): (Vec<_>, Vec<_>) = all_bounds.into_iter().partition(|(p, _)| after.contains(p));
    let mut percent_after: Vec<(String, ())> = f.percent.words.iter().map(|w| (w.clone(), ())).collect();
    percent_after.extend(common.percent.symbols.iter().map(|s| (s.clone(), ())));
    let mut months = HashMap::default();
    for (i, spellings) in f.calendar.months.iter().enumerate() {
        for s in spellings {
            months.insert(s.to_lowercase(), i as u32 + 1);
        }
    }
    let weekdays =
        f.dates.weekdays.iter().enumerate().flat_map(|(i, names)| names.iter().map(move |n| (n.clone(), i as u32)));
    let scales = phrases(n.scales.clone());
    LangValues {
        decimal,
        groups,
        words: n.words.iter().map(|(k, v)| (k.to_lowercase(), *v)).collect(),
        number_initials: n
            .words
            .keys()
            .chain(n.scales.keys())
            .chain(n.compound_parts.keys())
            .filter_map(|k| k.to_lowercase().chars().next())
            .collect(),
        articles: lower(&n.articles),
        joiners: lower(&n.joiners),
        scale_words: n.scales.iter().map(|(k, v)| (k.to_lowercase(), *v)).collect(),
        scales,
        vague: phrases(n.vague.iter().map(|(k, [lo, hi])| (k.clone(), (*lo, *hi)))),
        vague_prefix: n.vague_prefix.clone(),
        vague_joiners: lower(&n.vague_joiners),
        range_words: lower(&n.range_words),
        range_starts: lower(&n.range_starts),
        count_modifiers: lower(&n.count_modifiers),
        negative: phrases(
            n.negative.iter().map(|w| (w.clone(), ())).chain(["-", "−", "－"].map(|w| (w.to_string(), ()))),
        ),
        currencies: phrases(f.money.currencies.clone()),
        currency_prefixes: phrases(f.money.prefixes.clone().into_iter().chain(common.currency_prefixes.clone())),
        currency_symbols: currency_symbols.into_iter().map(|(p, c)| (phrase_exact(&p), c)).collect(),
        scaled_codes: phrases(common.code_scales.iter().flat_map(|(prefix, factor)| {
            common.currency_codes.codes.iter().map(move |c| (format!("{prefix}{c}"), (c.clone(), *factor)))
        })),
        minor_units: phrases(f.money.minor.clone()),
        minor_joiners: lower(&f.money.minor_joiners),
        fractions: n.fractions.iter().map(|(k, v)| (k.to_lowercase(), *v)).collect(),
        compound_parts: n.compound_parts.iter().map(|(k, v)| (k.to_lowercase(), *v)).collect(),
        decimal_words: lower(&n.decimal_words),
        one_is_pronoun_after: lower(&n.one_is_pronoun_after),
        one_is_pronoun_before: lower(&n.one_is_pronoun_before),
        numbers_after_names: n.numbers_after_names,
        kana_numbers: phrases(n.kana.clone()),
        denominators: n.denominators.iter().map(|(k, v)| (k.to_lowercase(), *v)).collect(),
        numeral_decimal: n.numeral_decimal.clone(),
        numerals_after_digits: n.numerals_after_digits,
        other_units: phrases(f.units.other.iter().map(|u| (u.clone(), ()))),
        percent_after: phrases(percent_after),
        percent_before: phrases(f.percent.prefix.iter().map(|w| (w.clone(), ()))),
        percent_ratio: phrases(f.percent.ratio.clone()),
        percent_ratio_minor: phrases(f.percent.ratio_minor.clone()),
        percent_ratio_half: lower(&f.percent.ratio_half),
        percent_ratio_after: lower(&f.percent.ratio_after),
        bounds: phrases(bounds),
        bounds_after: phrases(bounds_after),
        bounds_not_with_durations: phrases(f.bounds.not_with_durations.iter().map(|p| (p.clone(), ()))),
        unit_words: phrases(f.units.words.clone()),
        unit_symbols: common.unit_symbols.clone().into_iter().collect(),
        duration_words: phrases(f.durations.words.clone()),
        duration_suffixes: f.durations.suffixes.iter().map(|(k, v)| (k.to_lowercase(), v.clone())).collect(),
        duration_not_after: lower(&f.durations.not_after),
        duration_not_before: lower(&f.durations.not_before),
        ago_after: lower(&f.durations.ago),
        ago_before: lower(&f.durations.ago_before),
        duration_phrases: phrases(f.durations.phrases.clone()),
        duration_lead: phrases(f.durations.lead.iter().map(|w| (w.clone(), ()))),
        duration_lead_units: phrases(f.durations.lead_units.clone()),
        duration_half_after: phrases(f.durations.half_after.iter().map(|w| (w.clone(), ()))),
        months,
        month_first: f.dates.month_first,
        weekdays: phrases(weekdays),
        relative: phrases(f.dates.relative.iter().filter_map(|(k, v)| parse_relative(v).map(|r| (k.clone(), r)))),
        year_end: phrases(f.dates.year_end.iter().map(|p| (p.clone(), ()))),
        year_start: phrases(f.dates.year_start.iter().map(|p| (p.clone(), ()))),
        year_prefix: lower(&f.dates.year_prefix),
        month_prefix: phrases(f.dates.month_prefix.iter().map(|p| (p.to_lowercase(), ()))),
        year_end_suffix: phrases(f.dates.year_end_suffix.iter().map(|p| (p.clone(), ()))),
        year_start_suffix: phrases(f.dates.year_start_suffix.iter().map(|p| (p.clone(), ()))),
        ordinal_suffixes: lower(&f.dates.ordinal_suffixes),
        ordinals: phrases(f.dates.ordinals.clone()),
        day_articles: lower(&f.dates.day_articles),
        day_of: phrases(f.dates.day_of.iter().map(|p| (p.clone(), ()))),
        weekday_in: phrases(f.dates.weekday_in.iter().map(|p| (p.clone(), ()))),
        weekday_modifiers: phrases(f.dates.weekday_modifiers.clone()),
        week_weekday_joiners: phrases(f.dates.week_weekday_joiners.iter().map(|p| (p.clone(), ()))),
        eras: phrases(f.dates.eras.clone()),
        numeric_not_after: lower(&f.dates.numeric_not_after),
        from_base: phrases(f.dates.from_base.iter().map(|p| (p.clone(), ()))),
        now_words: phrases(f.dates.now_words.iter().map(|p| (p.clone(), ()))),
        count_end: phrases(f.dates.count_end.iter().map(|p| (p.clone(), ()))),
        later: phrases(f.durations.later.iter().map(|p| (p.clone(), ()))),
        duration_shift: phrases(f.durations.shift.clone()),
        later_before: lower(&f.durations.later_before),
        compound_joiners: phrases(f.durations.compound_joiners.iter().map(|p| (p.clone(), ()))),
        counters: phrases(f.counts.counters.iter().map(|c| (c.clone(), c.clone()))),
        stopwords: lower(&f.langid.stopwords),
    }
}

#[cfg(test)]
pub(crate) fn test_lexicon() -> Lexicon {
    Lexicon::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")).expect("repo data loads")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_the_repository_data() {
        let lex = test_lexicon();
        let de = lex.lang("de");
        assert_eq!(de.decimal, ',');
        assert_eq!(de.scale_words["milliarden"], 1e9);
        assert_eq!(de.words["fünf"], 5.0);
        assert!(de.currencies.iter().any(|(p, c)| p == &["us", "-", "dollar"] && c == "USD"));
        assert_eq!(lex.lang("ja").scale_words["億"], 1e8);
        assert_eq!(lex.lang("xx").decimal, '.');
        assert_eq!(parse_relative("week-1"), Some(Relative::Week(-1)));
    }
}
