//! Work grows linearly with the input, counted in instructions (`valgrind --tool=callgrind`,
//! repeatable, unlike wall-clock time): runs of text without a sentence end, as flattened
//! tables, lists, Japanese without `。` or hostile input give them. Each case runs the whole
//! pipeline (`--no-ner`) at n and 4n chars and fails when the work beyond an empty run grows
//! by more than 5x. Before the segmenter's sentence limit, claim assembly was cubic in a
//! sentence's length: 19 KB took 3.7 s and 76 KB 213 s.

mod common;

use std::process::Command;

use common::*;

/// One long run of English prose with values and cues, and no sentence end.
fn english(chars: usize) -> String {
    let mut s = String::new();
    let mut i = 0;
    while s.len() < chars {
        s.push_str(&format!(
            "Amazon agreed to buy Microsoft for ${i} billion and shares of Nvidia rose {}% on Monday while the \
             company said it would hire {},000 employees in {} and Intel invested €{i}.5 million with Oracle ",
            i % 40,
            i % 90 + 1,
            2020 + i % 9
        ));
        i += 1;
    }
    s
}

/// The same in Japanese, without `。` and without spaces.
fn japanese(chars: usize) -> String {
    let mut s = String::new();
    let mut i = 0;
    while s.chars().count() < chars {
        s.push_str(&format!(
            "アマゾンはマイクロソフトを{i}億ドルで買収すると発表し株価は{}％上昇し従業員{}人を採用する",
            i % 40,
            i % 90 + 100
        ));
        i += 1;
    }
    s
}

/// Instructions of one `polyfact run --no-ner` over a folder holding `text` as `a.txt`.
fn instructions(text: &str) -> u64 {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), text).unwrap();
    let cg = out.path().join("callgrind.out");
    let run_out = out.path().join("run");
    let result = Command::new("valgrind")
        .args(["--tool=callgrind", &format!("--callgrind-out-file={}", cg.display())])
        .arg(env!("CARGO_BIN_EXE_polyfact"))
        .args(["run", &dir.path().display().to_string(), "--out", &run_out.display().to_string()])
        .args(["--no-ner", "--threads", "1", "--today", "2026-11-23"])
        .env_remove("POLYFACT_DATA")
        .output()
        .expect("valgrind runs (it is on every machine of ours: apt package valgrind)");
    assert!(result.status.success(), "{}", stderr(&result));
    let log = stderr(&result);
    let collected =
        log.lines().find_map(|l| l.split("Collected :").nth(1)).unwrap_or_else(|| panic!("no count:\n{log}"));
    collected.trim().parse().unwrap()
}

fn assert_linear(name: &str, make: fn(usize) -> String, n: usize) {
    let base = instructions("Acme rose 4% on Monday.");
    let small = instructions(&make(n)) - base;
    let large = instructions(&make(4 * n)) - base;
    let ratio = large as f64 / small as f64;
    eprintln!("{name}: {small} instructions at {n} chars, {large} at {} chars: {ratio:.2}x", 4 * n);
    assert!(ratio <= 5.0, "{name}: work grew {ratio:.2}x for 4x the input");
}

#[test]
fn a_long_run_of_prose_without_a_sentence_end_is_linear() {
    assert_linear("english", english, 16_000);
}

#[test]
fn japanese_without_sentence_ends_is_linear() {
    assert_linear("japanese", japanese, 8_000);
}

/// A megabyte in one sentence finishes, with its claims, and the summary counts the cuts.
#[test]
fn a_one_megabyte_sentence_finishes_and_counts_its_cuts() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), english(1 << 20)).unwrap();
    let result = run(&[dir.path()], out.path(), &["--no-ner"]);
    let err = stderr(&result);
    assert!(result.status.success(), "{err}");
    let cuts = err.lines().find(|l| l.contains("cut at the")).unwrap_or_else(|| panic!("no cut count:\n{err}"));
    assert!(!cuts.contains("; 0 cut"), "{cuts}");
    assert!(!read_jsonl(&out.path().join("claims.jsonl")).is_empty());
}
