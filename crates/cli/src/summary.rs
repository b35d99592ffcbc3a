//! The run summary printed at the end of `polyfact run`.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::PathBuf;
use std::time::Duration;

use polyfact_core::{Claim, Document, Mention};
use polyfact_ingest::Skip;

/// The per-document counters are kept in a resumable run's checkpoint (serde); the corpus
/// counters (`#[serde(skip)]`) are recomputed at the end of every run.
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub struct Summary {
    pub documents: usize,
    pub sentences: usize,
    pub mixed_sentences: usize,
    /// Cuts forced in runs of text longer than the segmenter's sentence limit.
    pub long_sentence_cuts: usize,
    pub input_bytes: u64,
    pub ignored_files: usize,
    /// Documents of the input that belong to other shards (`--shard`).
    pub other_shards: usize,
    pub languages: BTreeMap<String, usize>,
    pub mentions_by_label: BTreeMap<String, usize>,
    #[serde(skip)]
    pub claims: usize,
    /// Canonical entities after the corpus step.
    #[serde(skip)]
    pub entities: usize,
    #[serde(skip)]
    pub corroborated: usize,
    #[serde(skip)]
    pub conflicting: usize,
    /// Claims consistent with another (a bound or range and a figure inside it).
    #[serde(skip)]
    pub consistent: usize,
    /// Conflicting claims by `conflict_kind`.
    #[serde(skip)]
    pub conflict_kinds: BTreeMap<String, usize>,
    /// Documents found to be copies of another (one wire story on several sites).
    #[serde(skip)]
    pub copies: usize,
    /// Fact groups that reconciliation split into several times or episodes.
    #[serde(skip)]
    pub time_splits: usize,
    /// Sorted runs of claim candidates written to disk (`--spill-mb`; 0: all fit in memory).
    #[serde(skip)]
    pub spill_runs: usize,
    /// What reconciliation counted: money pairs in two currencies, compared or not.
    #[serde(skip)]
    pub reconcile: polyfact_claims::ReconcileStats,
    /// The exchange rates in use ("PATH (ECB reference rates, ...)"), or why none were loaded.
    #[serde(skip)]
    pub fx_rates: String,
    /// "predicate subject -> object: value vs value", the groups with most sources first.
    #[serde(skip)]
    pub top_conflicts: Vec<String>,
    pub skips_by_kind: BTreeMap<String, usize>,
    #[serde(skip)]
    pub elapsed: Duration,
    #[serde(skip)]
    pub threads: usize,
    /// The NER model in use (None with --no-ner).
    #[serde(skip)]
    pub model: Option<String>,
    pub ner: polyfact_pipeline::NerCounts,
    /// Guessed encodings and ignored WARC records, from the input reader.
    #[serde(skip)]
    pub input: polyfact_ingest::ReadStats,
    /// Documents of this run processed before it was interrupted (`--resume`).
    #[serde(skip)]
    pub resumed: usize,
}

/// The summary's claim counters, taken one claim at a time as `claims.jsonl` is written (the
/// claims of a streamed reduce are never all in memory).
#[derive(Debug, Default)]
pub struct ClaimTally {
    claims: usize,
    corroborated: usize,
    conflicting: usize,
    consistent: usize,
    conflict_kinds: BTreeMap<String, usize>,
    /// (predicate, subject, object) of conflicting claims -> (best rank, sources, the first
    /// values shown, values).
    groups: BTreeMap<(String, String, String), ConflictGroup>,
}

/// A conflict group of the summary: best rank, sources, the values shown, values.
type ConflictGroup = (usize, usize, Vec<String>, usize);

/// Values of a conflict group kept for the summary line (it shows four and counts the rest).
const SHOWN_VALUES: usize = 4;

impl ClaimTally {
    pub fn add(&mut self, c: &Claim) {
        self.claims += 1;
        self.corroborated += usize::from(c.status == "corroborated");
        self.consistent += usize::from(!c.consistent_with.is_empty());
        if c.status != "conflicting" {
            return;
        }
        self.conflicting += 1;
        *self.conflict_kinds.entry(c.conflict_kind.clone().unwrap_or_default()).or_default() += 1;
        let rank = |kind: Option<&str>| match kind {
            Some("magnitude") => 0,
            Some("different_value") => 1,
            Some("bound") => 2,
            _ => 3,
        };
        let key =
            (c.predicate.clone(), c.subject.name.clone(), c.object.as_ref().map_or(String::new(), |o| o.name.clone()));
        let entry = self.groups.entry(key).or_insert((3, 0, Vec::new(), 0));
        if !c.preferred {
            entry.0 = entry.0.min(rank(c.conflict_kind.as_deref()));
        }
        entry.1 += c.sources.len();
        entry.3 += 1;
        if entry.2.len() < SHOWN_VALUES {
            let kind = if c.preferred { "preferred".to_string() } else { c.conflict_kind.clone().unwrap_or_default() };
            entry.2.push(format!("{} [{kind}]", describe(&c.value)));
        }
    }
}

impl Summary {
    pub fn add_document(&mut self, doc: &Document, mentions: &[Mention]) {
        for m in mentions {
            *self.mentions_by_label.entry(m.label.clone()).or_default() += 1;
        }
        self.documents += 1;
        self.sentences += doc.sentences.len();
        self.mixed_sentences += doc.sentences.iter().filter(|s| s.lang.is_some()).count();
        *self.languages.entry(doc.lang.clone()).or_default() += 1;
    }

    /// The claim counters of the summary, from the tally of the claims as written.
    pub fn add_claims(&mut self, tally: ClaimTally) {
        self.claims = tally.claims;
        self.corroborated = tally.corroborated;
        self.conflicting = tally.conflicting;
        self.consistent = tally.consistent;
        self.conflict_kinds = tally.conflict_kinds;
        // Conflict groups, the real disagreements first: a magnitude slip or a different
        // figure before a bound, a rounding last; then by sources.
        let mut ranked: Vec<_> = tally.groups.into_iter().collect();
        ranked.sort_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)).then_with(|| a.0.cmp(&b.0)));
        self.top_conflicts = ranked
            .into_iter()
            .take(3)
            .map(|((p, s, o), (_, n, values, count))| {
                let arrow = if o.is_empty() { String::new() } else { format!(" -> {o}") };
                let shown: Vec<&str> = values.iter().take(4).map(String::as_str).collect();
                let more = if count > 4 { format!(" and {} more", count - 4) } else { String::new() };
                format!("{p} {s}{arrow}: {}{more} ({n} sources)", shown.join(" vs "))
            })
            .collect();
    }

    /// Money pairs of one fact in two currencies: compared through the rates, or not and why.
    pub fn currency_line(&self) -> String {
        let r = &self.reconcile;
        let mut line = format!("{} value pair(s) of one fact in two currencies", r.cross_currency_pairs);
        if r.cross_currency_pairs == 0 {
            return line;
        }
        let no_rate = r.fx_no_rate_currency.values().sum::<usize>() + r.fx_no_rate_date + r.fx_undated;
        let uncompared = r.cross_currency_pairs - r.fx_compared;
        let _ = write!(line, ": {} compared through exchange rates, {uncompared} not compared", r.fx_compared);
        if no_rate == 0 {
            if uncompared > 0 {
                line.push_str(" (no rates loaded)");
            }
            return line;
        }
        let mut why: Vec<String> = Vec::new();
        if !r.fx_no_rate_currency.is_empty() {
            let by: Vec<String> = r.fx_no_rate_currency.iter().map(|(c, n)| format!("{c} {n}")).collect();
            why.push(format!("{} not quoted by the ECB", by.join(", ")));
        }
        if r.fx_no_rate_date > 0 {
            why.push(format!(
                "{} without a rate within {} days before the claim's date",
                r.fx_no_rate_date,
                polyfact_claims::fx::RATE_WINDOW_DAYS
            ));
        }
        if r.fx_undated > 0 {
            why.push(format!("{} with a claim without any date", r.fx_undated));
        }
        let _ = write!(line, " (no rate: {})", why.join("; "));
        line
    }

    pub fn add_skip(&mut self, skip: &Skip) {
        *self.skips_by_kind.entry(skip.reason.kind().to_string()).or_default() += 1;
    }

    pub fn skipped(&self) -> usize {
        self.skips_by_kind.values().sum()
    }

    pub fn render(&self, outputs: &[PathBuf]) -> String {
        let secs = self.elapsed.as_secs_f64().max(1e-9);
        let mb = self.input_bytes as f64 / 1e6;
        let mut s = String::new();
        let _ = writeln!(
            s,
            "polyfact run: {} documents, {:.2} MB in {:.2} s ({:.2} MB/s, {:.0} docs/s, {} threads)",
            self.documents,
            mb,
            secs,
            mb / secs,
            self.documents as f64 / secs,
            self.threads
        );
        if self.resumed > 0 {
            let _ = writeln!(s, "  resumed:    {} documents from an earlier run (not processed again)", self.resumed);
        }
        let langs: Vec<String> = self.languages.iter().map(|(l, n)| format!("{l} {n}")).collect();
        let _ = writeln!(s, "  languages:  {}", if langs.is_empty() { "-".into() } else { langs.join(", ") });
        let _ = writeln!(
            s,
            "  sentences:  {} ({} in another language than their document; {} cut at the {}-char sentence limit)",
            self.sentences,
            self.mixed_sentences,
            self.long_sentence_cuts,
            polyfact_ingest::MAX_SENTENCE_CHARS
        );
        let skips: Vec<String> = self.skips_by_kind.iter().map(|(k, n)| format!("{k} {n}")).collect();
        let _ = writeln!(
            s,
            "  skipped:    {}{}",
            self.skipped(),
            if skips.is_empty() { String::new() } else { format!(" ({})", skips.join(", ")) }
        );
        if self.ignored_files > 0 {
            let _ = writeln!(s, "  ignored:    {} file(s) in input folders with other extensions", self.ignored_files);
        }
        if self.other_shards > 0 {
            let _ = writeln!(s, "  shards:     {} documents belong to other shards (--shard)", self.other_shards);
        }
        if self.input.warc_ignored > 0 {
            let _ = writeln!(
                s,
                "  warc:       {} WARC {} ignored (non-HTML or non-response)",
                self.input.warc_ignored,
                plural(self.input.warc_ignored as usize, "record")
            );
        }
        if self.input.guessed() > 0 || self.input.wrong_declarations > 0 {
            let by: Vec<String> = self.input.guessed_encodings.iter().map(|(e, n)| format!("{e} {n}")).collect();
            let n = self.input.guessed();
            let mut line = format!("  encodings:  {n} {} decoded by a guessed encoding", plural(n, "document"));
            if !by.is_empty() {
                let _ = write!(line, " ({}; e.g. {})", by.join(", "), self.input.guessed_examples.join(", "));
            }
            if self.input.wrong_declarations > 0 {
                let _ = write!(
                    line,
                    "; {} declared a charset their bytes contradict (decoded as UTF-8 or by detection)",
                    self.input.wrong_declarations
                );
            }
            let _ = writeln!(s, "{line}");
        }
        let total: usize = self.mentions_by_label.values().sum();
        let labels: Vec<String> = self.mentions_by_label.iter().map(|(l, n)| format!("{l} {n}")).collect();
        let _ = writeln!(s, "  mentions:   {total} ({})", labels.join(", "));
        match &self.model {
            Some(model) => {
                let n = &self.ner;
                let _ = writeln!(
                    s,
                    "  ner:        {model}: {} of {} sentences ({} with no value or cue and not before one, \
                     {} past the {}-char model budget of their document: read by tables and rules only), {} tokens, \
                     {} windows ({} long sentences split, none truncated); \
                     added {} entities and {} values the tables and rules missed; {} value spans left out (no rule could normalize them)",
                    n.stats.texts, n.sentences, n.not_read, n.sentences_past_budget,
                    polyfact_pipeline::MODEL_CHARS_PER_DOC, n.stats.tokens, n.stats.windows, n.stats.split_texts,
                    n.entities_added, n.values_added, n.values_unnormalized
                );
            }
            None => {
                let _ = writeln!(s, "  ner:        off (--no-ner): alias tables and value rules only");
            }
        }
        let _ = writeln!(
            s,
            "  claims:     {} ({} corroborated, {} conflicting, {} single-source)",
            self.claims,
            self.corroborated,
            self.conflicting,
            self.claims - self.corroborated - self.conflicting
        );
        if self.conflicting > 0 {
            let kinds: Vec<String> = self.conflict_kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
            let _ = writeln!(s, "    conflict kinds: {}", kinds.join(", "));
        }
        let _ = writeln!(
            s,
            "    {} consistent with another (a bound or range and a figure inside it, or money in two currencies \
             within the exchange-rate tolerance); {} document(s) copies of another; {} fact group(s) split by time",
            self.consistent, self.copies, self.time_splits
        );
        if self.reconcile.values_not_compared > 0 {
            let _ = writeln!(
                s,
                "    {} value(s) of a fact beyond its {} best supported ones kept as claims but compared with none",
                self.reconcile.values_not_compared,
                polyfact_claims::MAX_COMPARED_VALUES
            );
        }
        if self.reconcile.told_apart_pairs > 0 {
            let _ = writeln!(
                s,
                "    {} pair(s) of unequal values of one fact that one document states both of: told apart, no conflict",
                self.reconcile.told_apart_pairs
            );
        }
        let _ = writeln!(s, "    currencies: {}", self.currency_line());
        if self.spill_runs > 0 {
            let _ = writeln!(s, "    {} sorted run(s) of claim candidates spilled to disk and merged", self.spill_runs);
        }
        if self.reconcile.other_unit_pairs > 0 {
            let _ = writeln!(
                s,
                "    units:      {} value pair(s) of one fact in other different units not compared (e.g. months and years)",
                self.reconcile.other_unit_pairs
            );
        }
        for c in &self.top_conflicts {
            let _ = writeln!(s, "    conflict: {c}");
        }
        let _ = writeln!(s, "  fx rates:   {}", self.fx_rates);
        let _ = writeln!(s, "  entities:   {} canonical (entities.jsonl)", self.entities);
        if let Some(kb) = peak_rss_kb() {
            let _ = writeln!(s, "  peak memory: {:.0} MB", kb as f64 / 1024.0);
        }
        let shown: Vec<String> = outputs.iter().map(|p| p.display().to_string()).collect();
        let _ = writeln!(s, "  wrote:      {}", shown.join(", "));
        s
    }
}

/// `document` or `documents`.
fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}

/// Peak resident memory of this process (Linux `VmHWM`), if available.
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// A short human form of a value for the summary.
fn describe(v: &polyfact_core::Value) -> String {
    let unit = v.unit.as_deref().unwrap_or("");
    let num = |x: f64| {
        if x.abs() >= 1e9 {
            format!("{}B", x / 1e9)
        } else if x.abs() >= 1e6 {
            format!("{}M", x / 1e6)
        } else {
            format!("{x}")
        }
    };
    match (v.date.as_deref(), v.amount, v.low, v.high) {
        (Some(d), ..) => d.to_string(),
        (None, Some(a), Some(_), None) => format!(">= {}{unit}", num(a)),
        (None, Some(a), None, Some(_)) => format!("<= {}{unit}", num(a)),
        (None, Some(a), ..) => format!("{}{}{unit}", if v.approx { "~" } else { "" }, num(a)),
        (None, None, Some(l), Some(h)) => format!("{}-{}{unit}", num(l), num(h)),
        _ => "?".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_currency_line_says_what_was_compared_and_why_not() {
        let mut s = Summary::default();
        assert_eq!(s.currency_line(), "0 value pair(s) of one fact in two currencies");
        s.reconcile.cross_currency_pairs = 3;
        assert_eq!(
            s.currency_line(),
            "3 value pair(s) of one fact in two currencies: 0 compared through exchange rates, 3 not compared (no rates loaded)"
        );
        s.reconcile.fx_compared = 2;
        s.reconcile.fx_no_rate_currency.insert("TWD".into(), 3);
        s.reconcile.fx_no_rate_date = 1;
        s.reconcile.fx_undated = 1;
        s.reconcile.cross_currency_pairs = 7;
        assert_eq!(
            s.currency_line(),
            "7 value pair(s) of one fact in two currencies: 2 compared through exchange rates, 5 not compared \
             (no rate: TWD 3 not quoted by the ECB; 1 without a rate within 7 days before the claim's date; \
             1 with a claim without any date)"
        );
    }
}
