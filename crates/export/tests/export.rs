//! Row building and determinism on a small run folder written by the test: a claim in the
//! contract's old shape (no as_of, consistent_with, conflict_kind, preferred) and one in the
//! new shape.

use std::path::Path;

use polyfact_export::{build_table, export, load_run, report, ExportError, Format, ReportOptions, TableKind};

const OLD: &str = r#"{"claim_id":"6fcc292a7ed6af02","predicate":"buyback.amount","subject":{"id":"lumio","name":"Lumio","type":"ORG"},"object":null,"value":{"type":"money","amount":15000000000.0,"unit":"USD","low":null,"high":null,"approx":false,"date":null},"qualifiers":{"hedge":"plans to"},"status":"single_source","conflicts_with":[],"confidence":0.42,"languages":["en"],"sources":[{"doc_id":"en_lumio","lang":"en","start":307,"end":411,"quote":"Lumio plans to spend $18 billion on content this year and authorized a new share buyback of $15 billion.","value_text":"$15 billion","score":1.0}]}"#;
const NEW: &str = r#"{"claim_id":"a1","predicate":"stock.change","subject":{"id":"amazon","name":"Amazon","type":"ORG"},"object":null,"value":{"type":"percent","amount":-4.0,"unit":"%","low":-4.0,"high":null,"approx":false,"date":null},"qualifiers":{"period":"2025-11"},"status":"conflicting","conflicts_with":["a2"],"confidence":0.8,"languages":["de","ja"],"sources":[{"doc_id":"de_a","lang":"de","start":0,"end":31,"quote":"Die Aktie fiel um mehr als 4 %.","value_text":"mehr als 4 %","score":1.0},{"doc_id":"ja_a","lang":"ja","start":5,"end":18,"quote":"株価は4％以上下落した。","value_text":"4％以上","score":0.9}],"as_of":"2025-11-03","consistent_with":[],"conflict_kind":"rounding","preferred":false}"#;
const DOCS: &str = r#"{"doc_id":"en_lumio","source":"data/corpus/en_lumio.txt","lang":"en","lang_confidence":1.0,"title":"Lumio","published":"2026-02-10","text":"..."}
{"doc_id":"de_a","source":"https://example.de/a","lang":"de","lang_confidence":1.0,"title":"Amazon-Aktie","published":null,"text":"..."}
"#;

fn run_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("claims.jsonl"), format!("{OLD}\n{NEW}\n")).unwrap();
    std::fs::write(dir.path().join("documents.jsonl"), DOCS).unwrap();
    std::fs::write(
        dir.path().join("entities.jsonl"),
        r#"{"id":"amazon","name":"Amazon","type":"ORG","names":{"en":["Amazon"],"ja":["アマゾン"]},"links":[]}"#,
    )
    .unwrap();
    dir
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn old_and_new_claims_read_with_defaults() {
    let dir = run_dir();
    let run = load_run(dir.path()).unwrap();
    assert_eq!(run.claims.len(), 2);
    let old = &run.claims[0];
    assert!(old.preferred && old.as_of.is_none() && old.consistent_with.is_empty() && old.conflict_kind.is_none());
    assert!(!run.claims[1].preferred);
    assert_eq!(build_table(&run, TableKind::ClaimsSources).rows.len(), 3);
    assert_eq!(build_table(&run, TableKind::Claims).rows.len(), 2);
    assert_eq!(build_table(&run, TableKind::Entities).rows.len(), 1);
}

#[test]
fn jsonl_rows_snapshot() {
    let dir = run_dir();
    let (path, rows) = export(dir.path(), Format::Jsonl, TableKind::ClaimsSources, None).unwrap();
    assert_eq!((path.file_name().unwrap().to_str().unwrap(), rows), ("claims_sources.jsonl", 3));
    insta::assert_snapshot!("claims_sources_jsonl", String::from_utf8(read(&path)).unwrap());
    let (path, _) = export(dir.path(), Format::Csv, TableKind::Claims, None).unwrap();
    insta::assert_snapshot!("claims_table_csv", String::from_utf8(read(&path)).unwrap());
}

#[test]
fn every_format_is_byte_identical_across_runs() {
    let dir = run_dir();
    for format in [Format::Jsonl, Format::Csv, Format::Parquet] {
        for table in [TableKind::ClaimsSources, TableKind::Claims, TableKind::Entities] {
            let a = dir.path().join(format!("a.{}", format.extension()));
            let b = dir.path().join(format!("b.{}", format.extension()));
            export(dir.path(), format, table, Some(&a)).unwrap();
            export(dir.path(), format, table, Some(&b)).unwrap();
            assert_eq!(read(&a), read(&b), "{format:?} {table:?}");
        }
    }
    let (a, b) = (dir.path().join("a.html"), dir.path().join("b.html"));
    report(dir.path(), &a, &ReportOptions::default()).unwrap();
    report(dir.path(), &b, &ReportOptions::default()).unwrap();
    assert_eq!(read(&a), read(&b));
}

#[test]
fn errors_name_the_path() {
    let empty = tempfile::tempdir().unwrap();
    let err = export(empty.path(), Format::Csv, TableKind::ClaimsSources, None).unwrap_err();
    assert!(matches!(err, ExportError::MissingClaims { .. }));
    assert!(err.to_string().contains(&empty.path().display().to_string()));
    let dir = run_dir();
    let bad = dir.path().join("missing/folder/x.parquet");
    let err = export(dir.path(), Format::Parquet, TableKind::ClaimsSources, Some(&bad)).unwrap_err();
    assert!(err.to_string().contains(&bad.display().to_string()), "{err}");
    let own = dir.path().join("claims.jsonl");
    let err = export(dir.path(), Format::Jsonl, TableKind::Claims, Some(&own)).unwrap_err();
    assert!(matches!(err, ExportError::WouldOverwriteInput { .. }));
    assert!("xlsx".parse::<Format>().is_err());
}

#[test]
fn readme_documents_every_column() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let mut readme = std::fs::read_to_string(&path).unwrap();
    let kinds = [
        (TableKind::ClaimsSources, "COLUMNS_CLAIMS_SOURCES"),
        (TableKind::Claims, "COLUMNS_CLAIMS"),
        (TableKind::Entities, "COLUMNS_ENTITIES"),
    ];
    // `UPDATE_README=1 cargo test -p polyfact-export readme` fills the placeholders.
    if std::env::var_os("UPDATE_README").is_some() {
        for (kind, placeholder) in kinds {
            readme = readme.replace(&format!("{placeholder}\n"), &polyfact_export::columns_markdown(kind));
        }
        std::fs::write(&path, &readme).unwrap();
    }
    for (kind, _) in kinds {
        let table = polyfact_export::columns_markdown(kind);
        assert!(readme.contains(&table), "README.md lacks the current column table of {kind:?}:\n{table}");
    }
}
