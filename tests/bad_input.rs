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
fn legacy_encodings_are_decoded_and_the_guess_is_counted() {
    // Once skipped as invalid UTF-8: windows-1252 without a declaration is decoded by a guess.
    let (code, err, ids) = run_with(
        |d| {
            std::fs::write(d.join("latin1.txt"), b"Gr\xfc\xdfe aus K\xf6ln: M\xfcller zahlt 5 \x80 f\xfcr den Kaffee.")
                .unwrap()
        },
        &["--no-ner"],
    );
    assert_eq!((code, ids), (0, vec!["good".to_string(), "latin1".to_string()]), "{err}");
    assert!(err.contains("encodings:  1 document decoded by a guessed encoding (windows-1252 1; e.g. "), "{err}");
    assert!(err.contains("skipped:    0"), "{err}");
}

/// A CC-NEWS-style `.warc.gz`: one gzip member per record.
fn warc_gz(records: &[(&str, &str, &str, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    for (kind, id, uri, block) in records {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: {uri}\r\n\
             WARC-Date: 2026-01-05T08:00:00Z\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(&r).unwrap();
        out.extend(gz.finish().unwrap());
    }
    out
}

fn http(headers: &str, body: &[u8]) -> Vec<u8> {
    let mut b = format!("HTTP/1.1 200 OK\r\n{headers}\r\n").into_bytes();
    b.extend_from_slice(body);
    b
}

#[test]
fn warc_archives_are_read_record_by_record() {
    let (code, err, ids) = run_with(
        |d| {
            let page = "<html><head><title>Parsec Robotics cuts jobs</title></head><body><article>\
                        <p>Parsec Robotics said on Tuesday it would cut about 1,150 jobs.</p></article></body></html>";
            let sjis = encoding_rs_page();
            let mut bytes = warc_gz(&[
                ("warcinfo", "00000000-0000-4000-8000-000000000000", "", b"software: test\r\n".to_vec()),
                (
                    "request",
                    "00000000-0000-4000-8000-000000000001",
                    "https://news.example.com/a",
                    b"GET /a HTTP/1.1\r\n\r\n".to_vec(),
                ),
                (
                    "response",
                    "7d6e1a52-8c1b-4f4e-9a61-3c9d2a1b0001",
                    "https://news.example.com/a",
                    http("Content-Type: text/html; charset=UTF-8\r\n", page.as_bytes()),
                ),
                (
                    "response",
                    "7d6e1a52-8c1b-4f4e-9a61-3c9d2a1b0002",
                    "https://news.example.jp/b",
                    http("Content-Type: text/html; charset=shift_jis\r\n", &sjis),
                ),
                (
                    "response",
                    "00000000-0000-4000-8000-000000000002",
                    "https://news.example.com/logo.jpg",
                    http("Content-Type: image/jpeg\r\n", b"\xff\xd8\xff"),
                ),
            ]);
            let last = warc_gz(&[(
                "response",
                "7d6e1a52-8c1b-4f4e-9a61-3c9d2a1b0003",
                "https://news.example.com/c",
                http("Content-Type: text/html\r\n", b"<p>Never complete.</p>"),
            )]);
            bytes.extend_from_slice(&last[..last.len() / 2]);
            std::fs::write(d.join("CC-NEWS-20260105.warc.gz"), bytes).unwrap();
        },
        &["--no-ner"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(ids[..2], ["7d6e1a52-8c1b-4f4e-9a61-3c9d2a1b0001", "7d6e1a52-8c1b-4f4e-9a61-3c9d2a1b0002"], "{err}");
    assert_eq!(ids[2], "good");
    assert!(err.contains("warc:       3 WARC records ignored (non-HTML or non-response)"), "{err}");
    assert!(err.contains("skipped:    1 (corrupt compressed data 1)"), "{err}");
    assert!(err.contains("CC-NEWS-20260105.warc.gz (record 6): corrupt compressed data: gzip data"), "{err}");
}

/// A Japanese page in Shift_JIS (the bytes written out: this crate does not depend on
/// encoding_rs).
fn encoding_rs_page() -> Vec<u8> {
    // "<p>売上高は三兆円。</p>" in Shift_JIS.
    let mut b = b"<p>".to_vec();
    b.extend_from_slice(b"\x94\x84\x8f\xe3\x8d\x82\x82\xcd\x8e\x4f\x92\x9b\x89\x7e\x81\x42");
    b.extend_from_slice(b"</p>");
    b
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

#[test]
fn an_output_folder_inside_an_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    good(dir.path());
    for out in [dir.path().to_path_buf(), dir.path().join("out"), dir.path().join("a/b")] {
        let result = run(&[dir.path()], &out, &["--no-ner"]);
        assert_eq!(result.status.code(), Some(2), "a usage error: {}", stderr(&result));
        assert!(stderr(&result).contains("is inside or contains the input"), "{}", stderr(&result));
    }
    assert!(!dir.path().join("documents.jsonl").exists(), "nothing written into the input folder");
}

#[test]
fn a_huge_thread_count_is_capped_not_spawned() {
    let (code, err, ids) = run_with(|_| {}, &["--no-ner", "--threads", "100000"]);
    assert_eq!((code, ids), (0, vec!["good".to_string()]), "{err}");
    assert!(err.contains("--threads capped at"), "{err}");
}

#[test]
fn values_reads_on_past_invalid_utf8_and_refuses_an_unknown_language() {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_polyfact"))
        .args(["values", "--lang", "en"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"$5 million\n\xff\xfe bad\n12%\n").unwrap();
    let out = child.wait_with_output().unwrap();
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 3, "one output line per input line");
    assert!(lines[2].contains("\"PERCENT\""), "the line after the bad one is read: {}", lines[2]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2: not valid UTF-8"));
    assert_eq!(out.status.code(), Some(1));
    let unknown = polyfact(&["values", "--lang", "xx"]);
    assert_eq!(unknown.status.code(), Some(2), "a usage error");
    assert!(stderr(&unknown).contains("--lang xx"), "{}", stderr(&unknown));
}

#[test]
fn a_killed_rerun_leaves_the_previous_complete_outputs() {
    // The outputs are written as .partial files and renamed only when the run completes: a
    // run killed at any moment leaves the previous complete files, never a torn one.
    let out = tempfile::tempdir().unwrap();
    let corpus = repo_root().join("data/corpus");
    let first = run(&[&corpus], out.path(), &["--no-ner"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let names = ["documents.jsonl", "mentions.jsonl", "entities.jsonl", "claims.jsonl"];
    let before: Vec<Vec<u8>> = names.iter().map(|n| std::fs::read(out.path().join(n)).unwrap()).collect();
    for delay_ms in [0u64, 20, 60, 120] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_polyfact"))
            .args(["run", corpus.to_str().unwrap(), "--out", out.path().to_str().unwrap()])
            .args(["--today", "2026-11-23", "--no-ner", "--quiet"])
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        for (name, old) in names.iter().zip(&before) {
            let now = std::fs::read(out.path().join(name)).unwrap();
            // Same input: the previous output and a completed rerun are the same bytes.
            assert!(now == *old, "{name} torn or changed after a kill at {delay_ms} ms");
        }
    }
}
