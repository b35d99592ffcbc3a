//! Span-level evaluation of entity and value mentions (the NER held-out set).
//!
//! Gold files hold one sentence per line with spans marked inline as `[[surface|LABEL]]`
//! (`#` starts a comment line). A predicted span counts only when start, end and label all
//! match (span-exact, as in CoNLL scoring). Reported per language (the file stem) and per label.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::EvalError;

/// One gold sentence: plain text and its labelled spans (char offsets).
#[derive(Debug, Clone, PartialEq)]
pub struct GoldSentence {
    pub lang: String,
    pub line: usize,
    pub text: String,
    pub spans: Vec<LabelledSpan>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LabelledSpan {
    pub start: usize,
    pub end: usize,
    pub label: String,
}

/// Parses one marked-up line.
pub fn parse_marked(line: &str) -> Result<(String, Vec<LabelledSpan>), String> {
    let mut text = String::new();
    let mut chars = 0usize;
    let mut spans = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find("[[") {
        let before = &rest[..open];
        text.push_str(before);
        chars += before.chars().count();
        let after = &rest[open + 2..];
        let close = after.find("]]").ok_or_else(|| format!("unclosed [[ at {:?}", &rest[open..]))?;
        let inner = &after[..close];
        let (surface, label) = inner.rsplit_once('|').ok_or_else(|| format!("[[{inner}]] has no |LABEL"))?;
        if surface.is_empty() || surface.trim() != surface {
            return Err(format!("[[{inner}]]: the surface must be non-empty with no outer spaces"));
        }
        if label.is_empty() || !label.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(format!("[[{inner}]]: bad label {label:?}"));
        }
        let n = surface.chars().count();
        spans.push(LabelledSpan { start: chars, end: chars + n, label: label.to_string() });
        text.push_str(surface);
        chars += n;
        rest = &after[close + 2..];
    }
    if rest.contains("]]") {
        return Err("]] without [[".into());
    }
    text.push_str(rest);
    Ok((text, spans))
}

/// Reads every `*.txt` in `dir` (sorted); the file stem is the language.
pub fn load_marked_dir(dir: &Path) -> Result<Vec<GoldSentence>, EvalError> {
    let io = |path: &Path, source| EvalError::Io { path: path.to_path_buf(), source };
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let lang = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let content = std::fs::read_to_string(&path).map_err(|e| io(&path, e))?;
        for (i, line) in content.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (text, spans) =
                parse_marked(line).map_err(|message| EvalError::Parse { path: path.clone(), line: i + 1, message })?;
            out.push(GoldSentence { lang: lang.clone(), line: i + 1, text, spans });
        }
    }
    Ok(out)
}

#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn finish(mut self) -> Self {
        self.precision = ratio(self.tp, self.tp + self.fp);
        self.recall = ratio(self.tp, self.tp + self.fn_);
        self.f1 = if self.precision + self.recall > 0.0 {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        } else {
            0.0
        };
        self
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct SpanReport {
    pub sentences: usize,
    pub overall: Prf,
    /// Entities (ORG PER LOC PRODUCT EVENT MISC) and values, pooled.
    pub entities: Prf,
    pub values: Prf,
    pub by_lang: BTreeMap<String, Prf>,
    pub by_label: BTreeMap<String, Prf>,
    /// lang -> label -> scores.
    pub by_lang_label: BTreeMap<String, BTreeMap<String, Prf>>,
    /// Up to a few errors per language, `line: -missed +spurious`.
    pub errors: Vec<String>,
}

const ENTITY_LABELS: [&str; 6] = ["ORG", "PER", "LOC", "PRODUCT", "EVENT", "MISC"];

/// Scores predictions (one list per gold sentence, same order).
pub fn score_spans(gold: &[GoldSentence], predicted: &[Vec<LabelledSpan>]) -> SpanReport {
    let mut r = SpanReport { sentences: gold.len(), ..Default::default() };
    let mut add = |lang: &str, label: &str, f: fn(&mut Prf)| {
        f(&mut r.overall);
        f(if ENTITY_LABELS.contains(&label) { &mut r.entities } else { &mut r.values });
        f(r.by_lang.entry(lang.to_string()).or_default());
        f(r.by_label.entry(label.to_string()).or_default());
        f(r.by_lang_label.entry(lang.to_string()).or_default().entry(label.to_string()).or_default());
    };
    let mut errors_per_lang: BTreeMap<String, usize> = BTreeMap::new();
    let mut errors = Vec::new();
    for (g, p) in gold.iter().zip(predicted) {
        let chars: Vec<char> = g.text.chars().collect();
        let show = |s: &LabelledSpan| {
            format!("{}={}", s.label, chars[s.start..s.end.min(chars.len())].iter().collect::<String>())
        };
        let mut missed = Vec::new();
        let mut spurious = Vec::new();
        for s in &g.spans {
            if p.contains(s) {
                add(&g.lang, &s.label, |x| x.tp += 1);
            } else {
                add(&g.lang, &s.label, |x| x.fn_ += 1);
                missed.push(show(s));
            }
        }
        for s in p {
            if !g.spans.contains(s) {
                add(&g.lang, &s.label, |x| x.fp += 1);
                spurious.push(show(s));
            }
        }
        if !(missed.is_empty() && spurious.is_empty()) {
            let n = errors_per_lang.entry(g.lang.clone()).or_default();
            *n += 1;
            if *n <= 12 {
                errors.push(format!("{}:{}: -[{}] +[{}]", g.lang, g.line, missed.join(", "), spurious.join(", ")));
            }
        }
    }
    r.errors = errors;
    r.overall = r.overall.finish();
    r.entities = r.entities.finish();
    r.values = r.values.finish();
    for m in [&mut r.by_lang, &mut r.by_label] {
        for v in m.values_mut() {
            *v = v.finish();
        }
    }
    for m in r.by_lang_label.values_mut() {
        for v in m.values_mut() {
            *v = v.finish();
        }
    }
    r
}

/// The report as text tables.
pub fn render_spans(r: &SpanReport) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let line = |s: &mut String, name: &str, p: &Prf| {
        let _ = writeln!(
            s,
            "{name:<10} {:>6.3} {:>6.3} {:>6.3} {:>5} {:>5} {:>5}",
            p.precision, p.recall, p.f1, p.tp, p.fp, p.fn_
        );
    };
    let _ = writeln!(s, "{} sentences, span-exact scoring", r.sentences);
    let _ = writeln!(s, "{:<10} {:>6} {:>6} {:>6} {:>5} {:>5} {:>5}", "", "P", "R", "F1", "tp", "fp", "fn");
    line(&mut s, "overall", &r.overall);
    line(&mut s, "entities", &r.entities);
    line(&mut s, "values", &r.values);
    let _ = writeln!(s, "\nby language");
    for (k, v) in &r.by_lang {
        line(&mut s, k, v);
    }
    let _ = writeln!(s, "\nby label");
    for (k, v) in &r.by_label {
        line(&mut s, k, v);
    }
    let _ = writeln!(s, "\nF1 by language and label (ORG PER LOC | values pooled)");
    for (lang, labels) in &r.by_lang_label {
        let f = |l: &str| labels.get(l).map_or("   -  ".to_string(), |p| format!("{:.3}", p.f1));
        let mut pooled = Prf::default();
        for (l, p) in labels {
            if !ENTITY_LABELS.contains(&l.as_str()) {
                pooled.tp += p.tp;
                pooled.fp += p.fp;
                pooled.fn_ += p.fn_;
            }
        }
        let _ = writeln!(
            s,
            "{lang:<4} ORG {}  PER {}  LOC {}  | values {:.3}",
            f("ORG"),
            f("PER"),
            f("LOC"),
            pooled.finish().f1
        );
    }
    if !r.errors.is_empty() {
        let _ = writeln!(s, "\nerrors (missed -, spurious +), first per language:");
        for e in &r.errors {
            let _ = writeln!(s, "  {e}");
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_markup_with_char_offsets() {
        let (text, spans) = parse_marked("[[アマゾン|ORG]]は[[$38 billion|MONEY]]").unwrap();
        assert_eq!(text, "アマゾンは$38 billion");
        assert_eq!(spans[0], LabelledSpan { start: 0, end: 4, label: "ORG".into() });
        assert_eq!(spans[1], LabelledSpan { start: 5, end: 16, label: "MONEY".into() });
    }

    #[test]
    fn rejects_broken_markup() {
        assert!(parse_marked("[[Amazon ORG]]").is_err());
        assert!(parse_marked("[[Amazon|ORG").is_err());
        assert!(parse_marked("[[ Amazon|ORG]]").is_err());
        assert!(parse_marked("Amazon|ORG]]").is_err());
    }

    #[test]
    fn scoring_is_span_exact() {
        let (text, spans) = parse_marked("[[Sam Altman|PER]] of [[OpenAI|ORG]] paid [[$5|MONEY]]").unwrap();
        let gold = vec![GoldSentence { lang: "en".into(), line: 1, text, spans: spans.clone() }];
        let mut pred = spans.clone();
        pred[0].end -= 1; // "Sam Altma": a boundary error is both a miss and a spurious span
        pred.push(LabelledSpan { start: 0, end: 3, label: "LOC".into() });
        let r = score_spans(&gold, &[pred]);
        assert_eq!((r.overall.tp, r.overall.fp, r.overall.fn_), (2, 2, 1));
        assert_eq!(r.by_label["PER"].f1, 0.0);
        assert_eq!(r.values.f1, 1.0);
        assert!(r.errors[0].contains("-[PER=Sam Altman]"));
    }
}
