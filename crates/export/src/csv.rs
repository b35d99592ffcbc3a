//! CSV per RFC 4180, for spreadsheets.
//!
//! * UTF-8 with a byte-order mark (`EF BB BF`), so Excel and LibreOffice read it as UTF-8.
//! * Records end in CRLF; a field is quoted when it contains `"`, `,`, CR or LF, and quotes
//!   inside are doubled. Tabs need no quoting but are kept verbatim inside fields.
//! * Nulls are empty fields; booleans `true`/`false`; numbers in their shortest round-trip
//!   form (`38000000000`, `-4.5`); dates `YYYY-MM-DD`; lists joined with `; `.
//!
//! # Formula injection
//! A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and, in some, a tab or CR
//! before them) as a formula, and article text is attacker-controlled. **Rule: a cell of a
//! text column ([`Kind::Str`], [`Kind::Dict`], [`Kind::List`]) whose first character is one
//! of `=`, `+`, `-`, `@`, TAB or CR gets a leading `'`** (apostrophe, which spreadsheets show
//! as "text" and hide). Cells of numeric, boolean and date columns ([`Kind::Int`],
//! [`Kind::Float`], [`Kind::Bool`], [`Kind::Date`]) are written by this crate from typed
//! values, so they can only hold a number, `true`/`false` or a date, and are never changed:
//! a negative amount stays `-4.5`. A reader that wants the original text back strips one
//! leading `'` from a text cell whose second character is one of those six.

use std::io::{self, Write};

use crate::table::{format_number, Cell, Kind, Table};

/// The UTF-8 byte-order mark written first.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Characters that make a spreadsheet cell a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The neutralized form of a text cell (see the module docs).
pub fn neutralize(text: &str) -> std::borrow::Cow<'_, str> {
    match text.chars().next() {
        Some(c) if FORMULA_START.contains(&c) => format!("'{text}").into(),
        _ => text.into(),
    }
}

/// A field quoted per RFC 4180 when it needs to be.
pub fn quote(field: &str) -> std::borrow::Cow<'_, str> {
    if field.contains(['"', ',', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\"")).into()
    } else {
        field.into()
    }
}

/// The text of one cell, before quoting.
pub fn cell_text(cell: &Cell, kind: Kind) -> String {
    let text = match cell {
        Cell::Null => return String::new(),
        Cell::Str(s) => s.clone(),
        Cell::List(items) => items.join("; "),
        Cell::Int(i) => return i.to_string(),
        Cell::Float(f) => return format_number(*f),
        Cell::Bool(b) => return b.to_string(),
        Cell::Date(d) => return crate::jsonl::iso_date(*d),
    };
    match kind {
        Kind::Str | Kind::Dict | Kind::List => neutralize(&text).into_owned(),
        _ => text,
    }
}

/// Writes the table: BOM, header, one record per row.
pub fn write(table: &Table, w: &mut impl Write) -> io::Result<()> {
    w.write_all(BOM)?;
    let header: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
    w.write_all(header.join(",").as_bytes())?;
    w.write_all(b"\r\n")?;
    let mut line = String::new();
    for row in &table.rows {
        line.clear();
        for (i, (cell, col)) in row.iter().zip(table.columns).enumerate() {
            if i > 0 {
                line.push(',');
            }
            line.push_str(&quote(&cell_text(cell, col.kind)));
        }
        line.push_str("\r\n");
        w.write_all(line.as_bytes())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralized_in_text_columns_only() {
        assert_eq!(cell_text(&Cell::Str("=HYPERLINK(\"x\")".into()), Kind::Str), "'=HYPERLINK(\"x\")");
        assert_eq!(cell_text(&Cell::Str("+1".into()), Kind::Dict), "'+1");
        assert_eq!(cell_text(&Cell::Str("-4 %".into()), Kind::Str), "'-4 %");
        assert_eq!(cell_text(&Cell::Str("@SUM(A1)".into()), Kind::Str), "'@SUM(A1)");
        assert_eq!(cell_text(&Cell::Str("\tx".into()), Kind::Str), "'\tx");
        assert_eq!(cell_text(&Cell::List(vec!["=a".into(), "b".into()]), Kind::List), "'=a; b");
        assert_eq!(cell_text(&Cell::Str("a=b".into()), Kind::Str), "a=b");
        assert_eq!(cell_text(&Cell::Float(-4.5), Kind::Float), "-4.5");
        assert_eq!(cell_text(&Cell::Int(-3), Kind::Int), "-3");
        assert_eq!(cell_text(&Cell::Float(38e9), Kind::Float), "38000000000");
        assert_eq!(cell_text(&Cell::Null, Kind::Str), "");
    }

    #[test]
    fn fields_are_quoted_per_rfc_4180() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("two\nlines"), "\"two\nlines\"");
        assert_eq!(quote("tab\there"), "tab\there");
        assert_eq!(quote("３８０億ドル、約"), "３８０億ドル、約");
    }
}
