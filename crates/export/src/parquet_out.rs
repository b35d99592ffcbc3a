//! Parquet through the Arrow writer: one row group per 65,536 rows, snappy pages.
//!
//! Types follow [`Kind`]: `Utf8`, `Dictionary<Int32, Utf8>`, `Int64`, `Float64`, `Boolean`,
//! `List<Utf8>` and `Date32`. The Arrow schema is embedded (the writer's default), so pyarrow
//! reads dictionary columns back as dictionaries; DuckDB and Spark read them as strings.

use std::path::Path;
use std::sync::Arc;

use arrow_array::builder::{ListBuilder, StringBuilder, StringDictionaryBuilder};
use arrow_array::types::Int32Type;
use arrow_array::{ArrayRef, BooleanArray, Date32Array, Float64Array, Int64Array, RecordBatch};
use arrow_schema::{Field, Schema};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use crate::table::{Cell, Kind, Table};
use crate::{create, ExportError, Result};

const ROW_GROUP: usize = 65_536;

fn column_array(rows: &[Vec<Cell>], index: usize, kind: Kind) -> ArrayRef {
    let cells = rows.iter().map(|r| &r[index]);
    match kind {
        Kind::Str => {
            let mut b = StringBuilder::new();
            for c in cells {
                match c {
                    Cell::Str(s) => b.append_value(s),
                    _ => b.append_null(),
                }
            }
            Arc::new(b.finish())
        }
        Kind::Dict => {
            let mut b = StringDictionaryBuilder::<Int32Type>::new();
            for c in cells {
                match c {
                    Cell::Str(s) => {
                        b.append_value(s);
                    }
                    _ => b.append_null(),
                }
            }
            Arc::new(b.finish())
        }
        // Primitive columns: a cell of another kind is null.
        Kind::Int => {
            Arc::new(cells.map(|c| if let Cell::Int(i) = c { Some(*i) } else { None }).collect::<Int64Array>())
        }
        Kind::Float => {
            Arc::new(cells.map(|c| if let Cell::Float(f) = c { Some(*f) } else { None }).collect::<Float64Array>())
        }
        Kind::Bool => {
            Arc::new(cells.map(|c| if let Cell::Bool(v) = c { Some(*v) } else { None }).collect::<BooleanArray>())
        }
        Kind::Date => {
            Arc::new(cells.map(|c| if let Cell::Date(d) = c { Some(*d) } else { None }).collect::<Date32Array>())
        }
        Kind::List => {
            let mut b = ListBuilder::new(StringBuilder::new());
            for c in cells {
                if let Cell::List(items) = c {
                    for item in items {
                        b.values().append_value(item);
                    }
                }
                b.append(true);
            }
            Arc::new(b.finish())
        }
    }
}

/// Writes `table` to `out` as Parquet.
pub(crate) fn write(table: &Table, out: &Path) -> Result<()> {
    let err = |e: &dyn std::fmt::Display| ExportError::Parquet { path: out.to_path_buf(), message: e.to_string() };
    let mut file = create(out)?;
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_max_row_group_row_count(Some(ROW_GROUP))
        .build();
    let fields: Vec<Field> = table
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| Field::new(c.name, column_array(&[], i, c.kind).data_type().clone(), true))
        .collect();
    let schema = Arc::new(Schema::new(fields));
    let mut writer = ArrowWriter::try_new(&mut file, schema.clone(), Some(props)).map_err(|e| err(&e))?;
    for chunk in table.rows.chunks(ROW_GROUP) {
        let arrays: Vec<ArrayRef> =
            table.columns.iter().enumerate().map(|(i, c)| column_array(chunk, i, c.kind)).collect();
        let batch = RecordBatch::try_new(schema.clone(), arrays).map_err(|e| err(&e))?;
        writer.write(&batch).map_err(|e| err(&e))?;
    }
    writer.close().map_err(|e| err(&e))?;
    std::io::Write::flush(&mut file).map_err(|source| ExportError::Write { path: out.to_path_buf(), source })
}
