//! JSON Lines: one object per row, keys in column order.

use std::io::{self, Write};

use crate::table::{Cell, Table};

/// `YYYY-MM-DD` of a count of days since 1970-01-01 (Howard Hinnant's `civil_from_days`).
pub(crate) fn iso_date(days: i32) -> String {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

fn cell_json(cell: &Cell) -> serde_json::Value {
    match cell {
        Cell::Null => serde_json::Value::Null,
        Cell::Str(s) => s.as_str().into(),
        Cell::Int(i) => (*i).into(),
        Cell::Float(f) => serde_json::Number::from_f64(*f).map_or(serde_json::Value::Null, Into::into),
        Cell::Bool(b) => (*b).into(),
        Cell::List(items) => items.iter().map(|s| serde_json::Value::from(s.as_str())).collect(),
        Cell::Date(d) => iso_date(*d).into(),
    }
}

pub(crate) fn write(table: &Table, w: &mut impl Write) -> io::Result<()> {
    let mut line = String::new();
    for row in &table.rows {
        line.clear();
        line.push('{');
        for (i, (cell, col)) in row.iter().zip(table.columns).enumerate() {
            if i > 0 {
                line.push(',');
            }
            line.push_str(&serde_json::Value::from(col.name).to_string());
            line.push(':');
            line.push_str(&cell_json(cell).to_string());
        }
        line.push_str("}\n");
        w.write_all(line.as_bytes())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_round_trip() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(11_017), "2000-03-01");
        for s in ["2024-02-29", "2026-12-31", "1999-01-01"] {
            assert_eq!(iso_date(crate::day_range(s).unwrap().0), s);
        }
    }
}
