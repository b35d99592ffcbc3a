//! Calendar dates without a time zone library: validation, ISO form, today's date (UTC).

use std::fmt;

/// A proleptic Gregorian calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl CivilDate {
    /// A valid date, or `None` (`2025-02-30`, month 13, years outside 1000..=9999).
    pub fn new(year: i32, month: u32, day: u32) -> Option<CivilDate> {
        ((1000..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month)).then_some(CivilDate {
            year,
            month,
            day,
        })
    }

    /// Parses `YYYY-MM-DD` or `YYYY/MM/DD` at the start of `s` (`2025-11-04T08:00:00Z` works).
    pub fn parse_iso_prefix(s: &str) -> Option<CivilDate> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 10 || !(b[4] == b'-' || b[4] == b'/') || b[7] != b[4] {
            return None;
        }
        if b.len() > 10 && b[10].is_ascii_digit() {
            return None;
        }
        let num = |r: std::ops::Range<usize>| s.get(r).filter(|t| t.bytes().all(|c| c.is_ascii_digit()))?.parse().ok();
        CivilDate::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }

    /// Date of a count of days since 1970-01-01 (Howard Hinnant's `civil_from_days`).
    pub fn from_unix_days(days: i64) -> CivilDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        CivilDate { year, month, day }
    }
}

impl CivilDate {
    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn unix_days(&self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn add_days(&self, n: i64) -> CivilDate {
        CivilDate::from_unix_days(self.unix_days() + n)
    }

    /// 0 = Monday ... 6 = Sunday.
    pub fn weekday(&self) -> u32 {
        (self.unix_days() + 3).rem_euclid(7) as u32
    }

    /// `(year, month)` moved by `n` months.
    pub fn add_months(&self, n: i64) -> (i32, u32) {
        let idx = i64::from(self.year) * 12 + i64::from(self.month) - 1 + n;
        (idx.div_euclid(12) as i32, (idx.rem_euclid(12) + 1) as u32)
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Today's date in UTC, from the system clock.
pub fn today_utc() -> CivilDate {
    let secs =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    CivilDate::from_unix_days(secs.div_euclid(86_400))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_calendar_dates() {
        assert!(CivilDate::new(2024, 2, 29).is_some());
        assert!(CivilDate::new(2025, 2, 29).is_none());
        assert!(CivilDate::new(2025, 13, 1).is_none());
        assert!(CivilDate::new(2025, 4, 31).is_none());
    }

    #[test]
    fn parses_iso_prefixes() {
        assert_eq!(CivilDate::parse_iso_prefix("2025-11-04T08:00:00Z").unwrap().to_string(), "2025-11-04");
        assert_eq!(CivilDate::parse_iso_prefix("2025/12/17").unwrap().to_string(), "2025-12-17");
        assert!(CivilDate::parse_iso_prefix("2025-11-4").is_none());
        assert!(CivilDate::parse_iso_prefix("2025-11-041").is_none());
        assert!(CivilDate::parse_iso_prefix("yesterday").is_none());
    }

    #[test]
    fn arithmetic_round_trips() {
        let d = CivilDate::new(2025, 11, 4).unwrap();
        assert_eq!(d.unix_days(), 20_396);
        assert_eq!(d.weekday(), 1, "2025-11-04 was a Tuesday");
        assert_eq!(d.add_days(-2).to_string(), "2025-11-02");
        assert_eq!(d.add_months(-11), (2024, 12));
        assert_eq!(
            CivilDate::from_unix_days(CivilDate::new(2000, 2, 29).unwrap().unix_days()).to_string(),
            "2000-02-29"
        );
    }

    #[test]
    fn unix_days_to_civil() {
        assert_eq!(CivilDate::from_unix_days(0).to_string(), "1970-01-01");
        assert_eq!(CivilDate::from_unix_days(20_396).to_string(), "2025-11-04");
        assert_eq!(CivilDate::from_unix_days(11_016).to_string(), "2000-02-29");
    }
}
