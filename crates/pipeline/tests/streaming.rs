//! The streamed reduce (`Reduce::streaming` + `finish_streaming`) writes the entities and
//! claims of the in-memory one (`Reduce::new` + `finish`), byte for byte, at any spill
//! threshold: none, a few runs, one run per candidate (merged in levels of `FAN_IN`), and
//! with the candidates read back from record files split like shards.

use std::io::Write;
use std::path::{Path, PathBuf};

use polyfact_claims::fx::Rates;
use polyfact_claims::Candidate;
use polyfact_ingest::{CivilDate, InputItem, InputReader, Limits};
use polyfact_pipeline::{
    CandidateSource, Pipeline, RecordFiles, Reduce, ReduceRecord, SpillOptions, SpillPoint, DEFAULT_SPILL_MB,
};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn records(pipeline: &Pipeline) -> Vec<ReduceRecord> {
    let inputs =
        ["data/corpus", "data/fixtures/default/docs", "data/fixtures/news/dev/docs", "data/fixtures/news/test/docs"]
            .map(|p| root().join(p));
    let mut out = Vec::new();
    let mut seq = 0;
    for item in InputReader::new(&inputs, Limits { max_doc_bytes: 20_000_000 }) {
        if let InputItem::Doc(raw) = item {
            if let Ok(mut p) = pipeline.process(raw) {
                out.push(ReduceRecord::of(seq, &mut p));
            }
            seq += 1;
        }
    }
    out
}

#[test]
fn the_streamed_reduce_writes_the_bytes_of_the_in_memory_one_at_any_threshold() {
    let today = CivilDate::parse_iso_prefix("2026-11-23").unwrap();
    let pipeline = Pipeline::builder(&root().join("data")).today(today).build().unwrap();
    let rates = Rates::load(&root().join("crates/claims/tests/fixtures/fx/eurofxref-hist.csv")).unwrap();
    let records = records(&pipeline);
    let candidates: Vec<Candidate> = records.iter().flat_map(|r| r.candidates.clone()).collect();
    assert!(candidates.len() > 100, "{} candidates", candidates.len());
    let mut memory = Reduce::new(&pipeline);
    for r in records.clone() {
        memory.add_record(r).unwrap();
    }
    let expected = memory.finish(Some(&rates));
    let expected_claims: Vec<String> = expected.claims.iter().map(|c| serde_json::to_string(c).unwrap()).collect();
    let expected_entities: Vec<String> =
        expected.canonical.records.iter().map(|r| serde_json::to_string(r).unwrap()).collect();
    assert!(expected_claims.len() > 40, "{} claims", expected_claims.len());

    // Record files as two shards would hold them (every other document), merged by `seq`.
    let tmp = tempfile::tempdir().unwrap();
    let shard_files: Vec<PathBuf> = (0..2).map(|i| tmp.path().join(format!("reduce-{i}.jsonl"))).collect();
    for (i, path) in shard_files.iter().enumerate() {
        let mut file = std::fs::File::create(path).unwrap();
        for r in records.iter().skip(i).step_by(2) {
            writeln!(file, "{}", serde_json::to_string(r).unwrap()).unwrap();
        }
    }
    // (threshold in MB, candidates from memory or from the record files, spilled)
    let cases: [(f64, bool, bool); 5] = [
        (DEFAULT_SPILL_MB, false, false),
        (DEFAULT_SPILL_MB, true, false),
        (0.02, false, true),
        (0.002, true, true),
        // One candidate a run: more runs than FAN_IN, merged in levels.
        (1e-9, true, true),
    ];
    for (mb, from_files, spilled) in cases {
        let context = format!("--spill-mb {mb}, from files: {from_files}");
        let mut streaming = Reduce::streaming(&pipeline);
        for r in records.clone() {
            streaming.add_record(r).unwrap();
        }
        let mut points: Vec<(SpillPoint, u64)> = Vec::new();
        let mut hook = |p: SpillPoint, n: u64| points.push((p, n));
        let dir = tmp.path().join("spill");
        let mut spill = SpillOptions::new(dir.clone(), mb, &mut hook);
        let mut memory_source = candidates.clone();
        let mut file_source = RecordFiles { paths: shard_files.clone() };
        let source: &mut dyn CandidateSource = if from_files { &mut file_source } else { &mut memory_source };
        let streamed = streaming.finish_streaming(Some(&rates), source, &mut spill).unwrap();
        let claims: Vec<String> = streamed.claims.lines().unwrap().collect::<Result<_, _>>().unwrap();
        assert!(claims == expected_claims, "{context}: claims differ");
        let entities: Vec<String> =
            streamed.canonical.records.iter().map(|r| serde_json::to_string(r).unwrap()).collect();
        assert!(entities == expected_entities, "{context}: entities differ");
        assert_eq!(streamed.stats, expected.stats, "{context}");
        assert_eq!(streamed.copies, expected.copies, "{context}");
        assert_eq!(streamed.spill_runs > 0, spilled, "{context}: {} runs", streamed.spill_runs);
        if mb < 1e-6 {
            assert!(streamed.spill_runs <= polyfact_pipeline::spill::FAN_IN, "{context}");
        }
        let spills = points.iter().filter(|(p, _)| *p == SpillPoint::MidSpill).count();
        assert_eq!(spills > 0, spilled, "{context}");
        assert!(points.iter().any(|(p, _)| *p == SpillPoint::MidMerge), "{context}");
        // Only the unsorted claims are left, for the caller to write and remove.
        let left: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left, ["claims.unsorted.jsonl"], "{context}");
        streamed.claims.remove().unwrap();
    }
}

#[test]
fn a_journal_that_lost_candidates_is_an_error_naming_the_count() {
    let pipeline = Pipeline::builder(&root().join("data")).build().unwrap();
    let records = records(&pipeline);
    let mut streaming = Reduce::streaming(&pipeline);
    for r in records.clone() {
        streaming.add_record(r).unwrap();
    }
    let tmp = tempfile::tempdir().unwrap();
    let mut hook = |_: SpillPoint, _: u64| {};
    let mut spill = SpillOptions::new(tmp.path().join("spill"), 1.0, &mut hook);
    let with = records.iter().position(|r| !r.candidates.is_empty()).expect("a document with claims");
    let mut fewer: Vec<Candidate> =
        records.iter().enumerate().filter(|(i, _)| *i != with).flat_map(|(_, r)| r.candidates.clone()).collect();
    let error = streaming.finish_streaming(None, &mut fewer, &mut spill).err().expect("an error");
    assert!(error.to_string().contains("read back"), "{error}");
    // A missing record file is named.
    let mut streaming = Reduce::streaming(&pipeline);
    streaming.add_record(records[0].clone()).unwrap();
    let missing = tmp.path().join("no-such-reduce.jsonl");
    let mut source = RecordFiles { paths: vec![missing] };
    let error = streaming.finish_streaming(None, &mut source, &mut spill).err().expect("an error");
    assert!(error.to_string().contains("no-such-reduce.jsonl"), "{error}");
}
