//! Every kind of bad input is named (file, and line for JSONL), counted, and does not stop
//! the run; `--strict` turns skips into a failing exit status.

mod common;

use std::io::Write;

use common::*;

fn good(dir: &std::path::Path) {
    std::fs::write(dir.join("good.txt"), "Parsec Robotics said on Tuesday it would cut about 1,150 jobs.").unwrap();
}

/// Runs on a folder holding one good document plus `bad`; returns (exit code, stderr, doc ids).
fn run_with(bad: impl FnOnce(&std::path::Path), extra: &[&str]) -> (i32, String, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    good(dir.path());
    bad(dir.path());
    let result = run(&[dir.path()], out.path(), extra);
    let ids = read_jsonl(&out.path().join("documents.jsonl"))
        .iter()
        .map(|d| d["doc_id"].as_str().unwrap().to_string())
        .collect();
    (result.status.code().unwrap(), stderr(&result), ids)
}

fn assert_skipped(bad: impl FnOnce(&std::path::Path), file: &str, message: &str) {
    let (code, err, ids) = run_with(bad, &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(ids, ["good"], "the good document must survive");
    let line =
        err.lines().find(|l| l.starts_with("polyfact: skipped")).unwrap_or_else(|| panic!("no skip reported:\n{err}"));
    assert!(line.contains(file) && line.contains(message), "unexpected report: {line}");
    assert!(err.contains("skipped:    1"), "summary must count the skip:\n{err}");
}

#[test]
fn unreadable_file() {
    assert_skipped(
        |d| std::os::unix::fs::symlink(d.join("gone.txt"), d.join("dangling.txt")).unwrap(),
        "dangling.txt",
        "cannot read",
    );
}

#[test]
fn invalid_utf8() {
    assert_skipped(
        |d| std::fs::write(d.join("latin1.txt"), b"Gr\xfc\xdfe aus K\xf6ln").unwrap(),
        "latin1.txt",
        "not valid UTF-8",
    );
}

#[test]
fn empty_file() {
    assert_skipped(|d| std::fs::write(d.join("empty.md"), "\n  \n").unwrap(), "empty.md", "empty");
}

#[test]
fn markup_only_html_is_empty() {
    assert_skipped(
        |d| std::fs::write(d.join("shell.html"), "<html><script>app()</script></html>").unwrap(),
        "shell.html",
        "empty",
    );
}

#[test]
fn binary_file() {
    assert_skipped(
        |d| {
            std::fs::write(d.join("photo.txt"), [0xffu8, 0xd8, 0xff, 0xe0, 0, 0x10, b'J', b'F', b'I', b'F', 0]).unwrap()
        },
        "photo.txt",
        "binary",
    );
}

#[test]
fn fifty_megabyte_document() {
    assert_skipped(
        |d| {
            let mut f = std::fs::File::create(d.join("huge.txt")).unwrap();
            let para = "The company said revenue rose. ".repeat(1000) + "\n\n";
            for _ in 0..(50_000_000 / para.len() + 1) {
                f.write_all(para.as_bytes()).unwrap();
            }
        },
        "huge.txt",
        "over the 20.0 MB limit",
    );
}

#[test]
fn malformed_jsonl_lines_are_named_with_their_line_and_the_rest_is_kept() {
    let (code, err, ids) = run_with(
        |d| {
            let lines = [
                r#"{"id": "j1", "text": "Nordlicht Energie agreed to buy VoltaCell for 2.4 billion euros."}"#,
                r#"{"id": "j2", "text": "unterminated"#,
                r#"["not", "an", "object"]"#,
                r#"{"id": "j4", "title": "no text field"}"#,
                r#"{"id": "j5", "html": "<p>Die Aktie fiel um elf Prozent.</p>"}"#,
            ];
            std::fs::write(d.join("dump.jsonl"), lines.join("\n")).unwrap();
        },
        &[],
    );
    assert_eq!(code, 0);
    assert_eq!(ids, ["j1", "j5", "good"]);
    for line in [2, 3, 4] {
        assert!(err.contains(&format!("dump.jsonl:{line}: malformed JSONL line")), "line {line} not reported:\n{err}");
    }
    assert!(err.contains("skipped:    3 (malformed JSONL 3)"), "{err}");
}

#[test]
fn strict_mode_fails_when_anything_was_skipped() {
    let (code, _, ids) = run_with(|d| std::fs::write(d.join("empty.txt"), "").unwrap(), &["--strict"]);
    assert_eq!(code, 1);
    assert_eq!(ids, ["good"], "output is still written in strict mode");
}

#[test]
fn duplicate_doc_ids_keep_the_first_and_name_it() {
    // A real duplicate: one JSONL id twice. Files in different folders are different documents
    // (`good`, `sub/good`: the id is the path relative to the input folder).
    let (code, err, ids) = run_with(
        |d| {
            std::fs::create_dir(d.join("sub")).unwrap();
            std::fs::write(d.join("sub/good.md"), "# Another good\nA second document in another folder.").unwrap();
            std::fs::write(
                d.join("dump.jsonl"),
                "{\"id\": \"j1\", \"text\": \"First record with the id.\"}\n{\"id\": \"j1\", \"text\": \"Second record with the id.\"}\n",
            )
            .unwrap();
        },
        &[],
    );
    assert_eq!(code, 0);
    assert_eq!(ids, ["j1", "good", "sub/good"]);
    assert!(err.contains("duplicate doc_id (first read from"), "{err}");
}

#[test]
fn no_readable_document_is_a_failure() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let result = run(&[dir.path()], out.path(), &[]);
    assert_eq!(result.status.code(), Some(1));
    assert!(stderr(&result).contains("no document could be read"));
}
