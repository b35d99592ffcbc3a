//! `polyfact eval` on the team's fixture set: the report, its JSON form, and the regression
//! gate against the recorded F1.

mod common;

use common::*;

#[test]
fn eval_prints_a_report_and_json_with_the_same_numbers() {
    let fixtures = repo_root().join("data/fixtures/default");
    let text = polyfact(&["eval", fixtures.to_str().unwrap()]);
    assert!(text.status.success(), "{}", stderr(&text));
    let stdout = String::from_utf8_lossy(&text.stdout);
    for section in
        ["overall", "-- by predicate", "-- by value type", "-- by language", "attribution recall", "fragmentation"]
    {
        assert!(stdout.contains(section), "missing {section}:\n{stdout}");
    }
    let json = polyfact(&["eval", fixtures.to_str().unwrap(), "--json"]);
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("valid JSON");
    let f1 = report["overall"]["f1"].as_f64().unwrap();
    assert!(stdout.contains(&format!("{f1:.3}")), "text and JSON disagree on F1 {f1}");
    let gold = std::fs::read_to_string(fixtures.join("gold.jsonl")).unwrap();
    assert_eq!(report["overall"]["gold"], gold.lines().filter(|l| !l.trim().is_empty()).count());
    assert!(report["by_language"]["ja"]["gold"].as_u64().unwrap() > 0);
}

#[test]
fn regression_gate_holds_the_recorded_f1() {
    let fixtures = repo_root().join("data/fixtures/default");
    let baseline = repo_root().join("tests/eval_baseline.json");
    let gate = polyfact(&["eval", fixtures.to_str().unwrap(), "--baseline", baseline.to_str().unwrap()]);
    assert!(gate.status.success(), "F1 dropped below tests/eval_baseline.json:\n{}", stderr(&gate));
    let impossible = polyfact(&["eval", fixtures.to_str().unwrap(), "--min-f1", "1.01"]);
    assert_eq!(impossible.status.code(), Some(1), "--min-f1 must be able to fail");
}
