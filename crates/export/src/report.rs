//! `polyfact report`: one self-contained HTML page of a run's claims.
//!
//! # Design choices
//! * **Readable without JavaScript.** Every claim is rendered on the server side as HTML:
//!   claims grouped by subject, status badges, conflict groups side by side, each source with
//!   its language, title, date and quote. The inline script only adds filters (predicate,
//!   entity, language, status) and sorting; the controls stay `hidden` until it runs.
//! * **Self-contained and locked down.** No network, CDN, font or image. A
//!   Content-Security-Policy meta allows exactly the one inline `<style>` and `<script>` by
//!   their SHA-256 hashes and nothing else (`default-src 'none'`), so even text that escaped
//!   the escaper could not run or load anything.
//! * **All article text is escaped** with [`crate::html::escape`] (text and double-quoted
//!   attribute contexts); document sources (paths, URLs) are shown as text, never as links.
//!   No article text enters the script or the style.
//! * **Fast with 10,000 claims.** The server-rendered claims sit inside `<noscript
//!   id="static">`: without scripting the browser shows them as the page; with scripting it
//!   keeps them as raw text, which costs a scan instead of building 300,000 elements. The
//!   script splits that text at `<!--i-->` markers into one HTML string per item (a claim or
//!   a conflict group), filters and sorts with a compact index (`<script type=
//!   "application/json" id="index">`: per card predicate, entity text, languages, status,
//!   sources, confidence; JSON-escaped with [`crate::html::script_json`]) and inserts 150
//!   items at a time, more on scrolling (or "Show more"). A filter touches arrays and one
//!   page of DOM, never all claims. The language filter hides other languages' sources by a
//!   body class and per-language CSS rules. The item HTML the script inserts is the
//!   server's own escaped markup, never text assembled in JavaScript. Cost: the browser's
//!   find-in-page sees only the claims shown so far.
//! * **The value in its quote.** `value_text` is highlighted inside the quote at the offset of
//!   the value mention of `mentions.jsonl` that lies inside the evidence span; without one,
//!   at its first occurrence in the quote.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::html::{csp_hash, escape, escape_into, token};
use crate::{create, load_run, read_jsonl, Claim, Evidence, ExportError, MentionRecord, Result, Run};

/// Options of [`report`].
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    /// Page title (default: "polyfact report: <folder name>").
    pub title: Option<String>,
}

/// What [`report`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportSummary {
    pub path: PathBuf,
    pub claims: usize,
    pub subjects: usize,
}

/// Value mentions by document: `(start, end, text)`, for placing `value_text` in quotes.
pub type ValueMentions = HashMap<String, Vec<(usize, usize, String)>>;

/// Reads the value mentions of `mentions.jsonl` (empty when the file is missing).
pub fn load_value_mentions(dir: &Path) -> Result<ValueMentions> {
    let path = dir.join("mentions.jsonl");
    let mut out: ValueMentions = HashMap::new();
    if path.is_file() {
        for m in read_jsonl::<MentionRecord>(&path)? {
            if m.value.is_some() {
                out.entry(m.doc_id).or_default().push((m.start, m.end, m.text));
            }
        }
    }
    Ok(out)
}

/// Reads the run in `dir` and writes the report to `out`.
pub fn report(dir: &Path, out: &Path, options: &ReportOptions) -> Result<ReportSummary> {
    let run = load_run(dir)?;
    crate::check_output_path(dir, out)?;
    let mentions = load_value_mentions(dir)?;
    let title = options.title.clone().unwrap_or_else(|| {
        let name = std::fs::canonicalize(dir)
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| dir.display().to_string());
        format!("polyfact report: {name}")
    });
    let page = render(&run, &mentions, &title);
    let mut w = create(out)?;
    w.write_all(page.html.as_bytes())
        .and_then(|_| w.flush())
        .map_err(|source| ExportError::Write { path: out.to_path_buf(), source })?;
    Ok(ReportSummary { path: out.to_path_buf(), claims: run.claims.len(), subjects: page.subjects })
}

/// A rendered page.
#[derive(Debug, Clone)]
pub struct Page {
    pub html: String,
    pub subjects: usize,
}

const SCRIPT: &str = include_str!("report.js");
const STYLE: &str = include_str!("report.css");

/// The char offset of `value_text` inside the quote of `e`, if it can be found.
pub fn value_offset(e: &Evidence, mentions: &ValueMentions) -> Option<usize> {
    if e.value_text.is_empty() {
        return None;
    }
    let vlen = e.value_text.chars().count();
    let quote_len = e.quote.chars().count();
    let from_mentions = mentions.get(&e.doc_id).and_then(|ms| {
        ms.iter()
            .filter(|(s, end, text)| *s >= e.start && *end <= e.end && *text == e.value_text)
            .map(|(s, _, _)| s - e.start)
            .find(|rel| rel + vlen <= quote_len && quote_slice(&e.quote, *rel, vlen) == Some(e.value_text.as_str()))
    });
    from_mentions.or_else(|| {
        let byte = e.quote.find(&e.value_text)?;
        Some(e.quote[..byte].chars().count())
    })
}

/// `quote[start..start+len]` in chars.
fn quote_slice(quote: &str, start: usize, len: usize) -> Option<&str> {
    let mut idx = quote.char_indices().map(|(i, _)| i).chain(std::iter::once(quote.len()));
    let a = idx.nth(start)?;
    let b = if len == 0 { a } else { idx.nth(len - 1)? };
    quote.get(a..b)
}

/// `12.5 billion USD`, `more than 4 %`, `≈ 7 year`, `2026-12`.
pub fn format_value(c: &Claim) -> String {
    let v = &c.value;
    let unit = v.unit.as_deref().map(|u| if u == "%" { " %".to_string() } else { format!(" {u}") });
    let unit = unit.unwrap_or_default();
    let num = |x: f64| human_number(x);
    let core = match (v.amount, v.low, v.high) {
        _ if v.kind == "date" && v.date.is_some() => v.date.clone().unwrap_or_default(),
        (_, Some(lo), Some(hi)) if lo != hi => format!("{}–{}{unit}", num(lo), num(hi)),
        (Some(a), Some(lo), None) if lo == a => format!("more than {}{unit}", num(a)),
        (Some(a), None, Some(hi)) if hi == a => format!("up to {}{unit}", num(a)),
        (Some(a), _, _) => format!("{}{unit}", num(a)),
        (None, Some(lo), _) => format!("more than {}{unit}", num(lo)),
        (None, None, Some(hi)) => format!("up to {}{unit}", num(hi)),
        (None, None, None) => v.date.clone().unwrap_or_else(|| "?".into()),
    };
    if v.approx {
        format!("≈ {core}")
    } else {
        core
    }
}

/// `38 billion`, `1.3 trillion`, `14,000`, `4.5`.
pub fn human_number(x: f64) -> String {
    let trim = |s: String| {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        }
    };
    let a = x.abs();
    for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if a >= scale {
            return format!("{} {word}", trim(format!("{:.3}", x / scale)));
        }
    }
    if a >= 1000.0 && x.fract() == 0.0 {
        let digits = format!("{}", a as u64);
        let mut out = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(ch);
        }
        return if x < 0.0 { format!("-{out}") } else { out };
    }
    trim(format!("{x:.4}"))
}

/// Groups of claims connected by `conflicts_with`: each claim's group, as the index of the
/// group's first claim.
fn conflict_groups(claims: &[Claim]) -> Vec<usize> {
    let index: HashMap<&str, usize> = claims.iter().enumerate().map(|(i, c)| (c.claim_id.as_str(), i)).collect();
    let mut groups = polyfact_core::UnionFind::new(claims.len());
    for (i, c) in claims.iter().enumerate() {
        for other in &c.conflicts_with {
            if let Some(&j) = index.get(other.as_str()) {
                groups.union(i, j);
            }
        }
    }
    // Each group is named by its first claim in file order.
    let mut first = vec![usize::MAX; claims.len()];
    for i in 0..claims.len() {
        let root = groups.find(i);
        first[root] = first[root].min(i);
    }
    (0..claims.len()).map(|i| first[groups.find(i)]).collect()
}

struct Ctx<'a> {
    run: &'a Run,
    mentions: &'a ValueMentions,
    by_id: HashMap<&'a str, &'a Claim>,
}

fn push_attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    escape_into(out, value);
    out.push('"');
}

fn claim_langs(c: &Claim) -> Vec<String> {
    let mut langs: BTreeSet<String> = c.languages.iter().cloned().collect();
    langs.extend(c.sources.iter().map(|s| s.lang.clone()).filter(|l| !l.is_empty()));
    langs.into_iter().collect()
}

/// Renders one claim card and appends its filter data (`[predicate, entity text, languages,
/// status, sources, confidence]`) to `cards`; returns the card's index.
fn render_claim(
    out: &mut String,
    ctx: &Ctx,
    c: &Claim,
    in_conflict: bool,
    cards: &mut Vec<serde_json::Value>,
) -> usize {
    let langs = claim_langs(c);
    let mut entity_key = format!("{} {}", c.subject.id, c.subject.name);
    if let Some(o) = &c.object {
        entity_key.push_str(&format!(" {} {}", o.id, o.name));
    }
    let lang_tokens = langs.iter().map(|l| token(l)).collect::<Vec<_>>().join(" ");
    cards.push(serde_json::json!([
        c.predicate,
        entity_key.to_lowercase(),
        lang_tokens,
        c.status,
        c.sources.len(),
        c.confidence
    ]));
    out.push_str("<article class=\"claim");
    if c.preferred && in_conflict {
        out.push_str(" preferred");
    }
    out.push('"');
    push_attr(out, "id", &format!("c-{}", c.claim_id));
    push_attr(out, "data-p", &c.predicate);
    push_attr(out, "data-l", &lang_tokens);
    out.push_str("><h3><span class=\"pred\">");
    escape_into(out, &c.predicate);
    out.push_str("</span> <span class=\"val\">");
    escape_into(out, &format_value(c));
    out.push_str("</span>");
    if let Some(o) = &c.object {
        out.push_str(" <span class=\"obj\">→ ");
        escape_into(out, &o.name);
        out.push_str("</span>");
    }
    out.push_str("</h3><p class=\"badges\"><span class=\"badge st-");
    out.push_str(&token(&c.status));
    out.push_str("\">");
    escape_into(out, &c.status.replace('_', " "));
    out.push_str("</span>");
    if let Some(kind) = &c.conflict_kind {
        out.push_str(" <span class=\"badge kind\">");
        escape_into(out, &kind.replace('_', " "));
        out.push_str("</span>");
    }
    if in_conflict && c.preferred {
        out.push_str(" <span class=\"badge pref\">preferred</span>");
    }
    if let Some(as_of) = &c.as_of {
        out.push_str(" <span class=\"meta\">as of ");
        escape_into(out, as_of);
        out.push_str("</span>");
    }
    out.push_str(&format!(" <span class=\"meta\">confidence {:.2}</span>", c.confidence));
    for (k, v) in &c.qualifiers {
        let text = match v {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Array(items) if k == "converted" => items
                .iter()
                .filter_map(|i| i.get("value_text").and_then(|t| t.as_str()).map(str::to_string))
                .collect::<Vec<_>>()
                .join(", "),
            other => other.to_string(),
        };
        out.push_str(" <span class=\"meta q\">");
        escape_into(out, k);
        out.push_str(": ");
        escape_into(out, &text);
        out.push_str("</span>");
    }
    out.push_str("</p>");
    if !c.consistent_with.is_empty() {
        out.push_str("<p class=\"meta\">consistent with:");
        for id in &c.consistent_with {
            out.push(' ');
            match ctx.by_id.get(id.as_str()) {
                Some(other) => {
                    out.push_str("<a");
                    push_attr(out, "href", &format!("#c-{id}"));
                    out.push('>');
                    escape_into(out, &format_value(other));
                    out.push_str("</a>");
                }
                None => escape_into(out, id),
            }
        }
        out.push_str("</p>");
    }
    out.push_str("<ol class=\"sources\">");
    for e in &c.sources {
        render_source(out, ctx, e);
    }
    out.push_str("</ol></article>");
    cards.len() - 1
}

fn render_source(out: &mut String, ctx: &Ctx, e: &Evidence) {
    let doc = ctx.run.documents.get(&e.doc_id);
    let lang = if e.lang.is_empty() { doc.map_or("und", |d| d.lang.as_str()) } else { e.lang.as_str() };
    out.push_str("<li class=\"src l-");
    out.push_str(&token(lang));
    out.push_str("\"><p class=\"doc\"><span class=\"lang\">");
    escape_into(out, lang);
    out.push_str("</span> <cite>");
    escape_into(out, doc.and_then(|d| d.title.as_deref()).unwrap_or(&e.doc_id));
    out.push_str("</cite>");
    if let Some(p) = doc.and_then(|d| d.published.as_deref()) {
        out.push_str(" <time>");
        escape_into(out, p);
        out.push_str("</time>");
    }
    out.push_str(" <span class=\"docid\">");
    escape_into(out, doc.map_or(e.doc_id.as_str(), |d| d.source.as_str()));
    out.push_str("</span></p><blockquote");
    push_attr(out, "lang", lang);
    out.push('>');
    match value_offset(e, ctx.mentions) {
        Some(rel) => {
            let vlen = e.value_text.chars().count();
            let split = |n: usize| e.quote.char_indices().nth(n).map_or(e.quote.len(), |(i, _)| i);
            let (a, b) = (split(rel), split(rel + vlen));
            escape_into(out, &e.quote[..a]);
            out.push_str("<mark>");
            escape_into(out, &e.quote[a..b]);
            out.push_str("</mark>");
            escape_into(out, &e.quote[b..]);
        }
        None => escape_into(out, &e.quote),
    }
    out.push_str("</blockquote></li>");
}

/// Renders the page (deterministic: the same run gives the same bytes).
pub fn render(run: &Run, mentions: &ValueMentions, title: &str) -> Page {
    let claims = &run.claims;
    let ctx = Ctx { run, mentions, by_id: claims.iter().map(|c| (c.claim_id.as_str(), c)).collect() };
    let groups = conflict_groups(claims);
    // Subjects sorted by name (case-insensitive), then id; within a subject, items (a claim
    // or a conflict group) by predicate, then file order.
    let mut subjects: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if groups[i] == i {
            subjects.entry((c.subject.name.to_lowercase(), c.subject.id.clone())).or_default().push(i);
        }
    }
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, g) in groups.iter().enumerate() {
        members.entry(*g).or_default().push(i);
    }
    // Counts for the summary and the filter controls.
    let mut predicates: BTreeMap<&str, usize> = BTreeMap::new();
    let mut statuses: BTreeMap<&str, usize> = BTreeMap::new();
    let mut langs: BTreeMap<String, usize> = BTreeMap::new();
    let mut entities: BTreeSet<&str> = BTreeSet::new();
    for c in claims {
        *predicates.entry(&c.predicate).or_default() += 1;
        *statuses.entry(&c.status).or_default() += 1;
        for l in claim_langs(c) {
            *langs.entry(l).or_default() += 1;
        }
        entities.insert(&c.subject.name);
        if let Some(o) = &c.object {
            entities.insert(&o.name);
        }
    }
    let docs: BTreeSet<&str> = claims.iter().flat_map(|c| c.sources.iter().map(|s| s.doc_id.as_str())).collect();

    let mut style = String::from(STYLE);
    style.push_str(".fl .src{display:none}\n");
    for l in langs.keys() {
        let t = token(l);
        style.push_str(&format!(".fl-{t} .src.l-{t}{{display:block}}\n"));
    }
    let csp = format!(
        "default-src 'none'; style-src {}; script-src {}; img-src 'none'; base-uri 'none'; form-action 'none'",
        csp_hash(&style),
        csp_hash(SCRIPT)
    );

    let mut out = String::with_capacity(4096 + claims.len() * 1500);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\"");
    push_attr(&mut out, "content", &csp);
    out.push_str(">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    escape_into(&mut out, title);
    out.push_str("</title>\n<style>");
    out.push_str(&style);
    out.push_str("</style>\n</head>\n<body>\n<header class=\"top\"><h1>");
    escape_into(&mut out, title);
    out.push_str("</h1>\n<p class=\"summary\">");
    out.push_str(&format!(
        "{} claims about {} subjects from {} documents in {} languages: ",
        claims.len(),
        subjects.len(),
        docs.len(),
        langs.len()
    ));
    let status_text: Vec<String> = statuses
        .iter()
        .map(|(s, n)| format!("<span class=\"badge st-{}\">{} {}</span>", token(s), n, escape(&s.replace('_', " "))))
        .collect();
    out.push_str(&status_text.join(" "));
    out.push_str("</p>\n");
    // Controls: hidden until the script runs (they do nothing without it).
    out.push_str(
        "<form id=\"controls\" hidden>\n<label>Predicate <select id=\"f-pred\"><option value=\"\">all</option>",
    );
    for (p, n) in &predicates {
        out.push_str("<option");
        push_attr(&mut out, "value", p);
        out.push('>');
        escape_into(&mut out, &format!("{p} ({n})"));
        out.push_str("</option>");
    }
    out.push_str("</select></label>\n<label>Entity <input id=\"f-ent\" type=\"search\" list=\"entities\" placeholder=\"name or id\"></label><datalist id=\"entities\">");
    for e in &entities {
        out.push_str("<option");
        push_attr(&mut out, "value", e);
        out.push('>');
    }
    out.push_str("</datalist>\n<fieldset id=\"f-lang\"><legend>Language</legend>");
    for (l, n) in &langs {
        out.push_str("<label class=\"chip\"><input type=\"checkbox\"");
        push_attr(&mut out, "value", &token(l));
        out.push_str("> ");
        escape_into(&mut out, &format!("{l} ({n})"));
        out.push_str("</label>");
    }
    out.push_str("</fieldset>\n<fieldset id=\"f-status\"><legend>Status</legend>");
    for (s, n) in &statuses {
        out.push_str("<label class=\"chip\"><input type=\"checkbox\"");
        push_attr(&mut out, "value", s);
        out.push_str("> ");
        escape_into(&mut out, &format!("{} ({n})", s.replace('_', " ")));
        out.push_str("</label>");
    }
    out.push_str(concat!(
        "</fieldset>\n<label>Sort <select id=\"sort\"><option value=\"subject\">subject A–Z</option>",
        "<option value=\"claims\">most claims</option><option value=\"sources\">most sources</option>",
        "<option value=\"confidence\">highest confidence</option></select></label>\n",
        "<output id=\"count\"></output>\n</form>\n</header>\n",
        "<noscript id=\"static\"><main>\n"
    ));
    // Filter data for the script: section headers, items (a claim or a conflict group) with
    // their section and cards, and each card's filter fields.
    let mut index_sections: Vec<serde_json::Value> = Vec::new();
    let mut index_items: Vec<serde_json::Value> = Vec::new();
    let mut cards: Vec<serde_json::Value> = Vec::new();
    for ((_, id), roots) in &subjects {
        let first = &claims[roots[0]];
        let mut head = String::from("<section class=\"subject\"");
        push_attr(&mut head, "id", &format!("s-{id}"));
        push_attr(&mut head, "data-name", &first.subject.name.to_lowercase());
        head.push_str("><h2>");
        escape_into(&mut head, &first.subject.name);
        head.push_str(" <small>");
        escape_into(&mut head, &format!("{} · {}", first.subject.kind, first.subject.id));
        head.push_str("</small></h2>\n");
        out.push_str(&head);
        let section = index_sections.len();
        index_sections.push(serde_json::json!([head, first.subject.name.to_lowercase()]));
        let mut items: Vec<usize> = roots.clone();
        items.sort_by(|a, b| claims[*a].predicate.cmp(&claims[*b].predicate).then(a.cmp(b)));
        for root in items {
            let group = &members[&root];
            if group.len() == 1 {
                out.push_str("<!--i--><div class=\"item\">");
                let card = render_claim(&mut out, &ctx, &claims[root], false, &mut cards);
                out.push_str("</div><!--/i-->\n");
                index_items.push(serde_json::json!([section, [card]]));
                continue;
            }
            let kinds: BTreeSet<&str> = group.iter().filter_map(|i| claims[*i].conflict_kind.as_deref()).collect();
            let preferred = group.iter().find(|i| claims[**i].preferred).map(|i| format_value(&claims[*i]));
            out.push_str("<!--i--><div class=\"item conflict\"><p class=\"conflict-head\">Conflict");
            if !kinds.is_empty() {
                out.push_str(" (");
                escape_into(&mut out, &kinds.iter().map(|k| k.replace('_', " ")).collect::<Vec<_>>().join(", "));
                out.push(')');
            }
            out.push_str(": ");
            escape_into(&mut out, &claims[root].predicate);
            if let Some(p) = preferred {
                out.push_str(" · preferred value <strong>");
                escape_into(&mut out, &p);
                out.push_str("</strong>");
            }
            out.push_str("</p><div class=\"side\">");
            // The preferred value first, then by sources (most first), then file order.
            let mut ordered = group.clone();
            ordered.sort_by_key(|i| (!claims[*i].preferred, std::cmp::Reverse(claims[*i].sources.len()), *i));
            let group_cards: Vec<usize> =
                ordered.into_iter().map(|i| render_claim(&mut out, &ctx, &claims[i], true, &mut cards)).collect();
            out.push_str("</div></div><!--/i-->\n");
            index_items.push(serde_json::json!([section, group_cards]));
        }
        out.push_str("</section>\n");
    }
    out.push_str(concat!(
        "</main></noscript>\n<main id=\"claims\"></main>\n",
        "<p id=\"more\" hidden><button type=\"button\" id=\"more-btn\">Show more claims</button></p>\n",
        "<script type=\"application/json\" id=\"index\">"
    ));
    let index = serde_json::json!({"sections": index_sections, "items": index_items, "cards": cards});
    out.push_str(&crate::html::script_json(&index));
    out.push_str("</script>\n<script>");
    out.push_str(SCRIPT);
    out.push_str("</script>\n</body></html>\n");
    Page { html: out, subjects: subjects.len() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DocumentRecord, Entity, Value};

    fn claim(id: &str, quote: &str, value_text: &str) -> Claim {
        Claim {
            claim_id: id.into(),
            predicate: "deal.value".into(),
            subject: Entity { id: "openai".into(), name: "OpenAI".into(), kind: "ORG".into() },
            object: Some(Entity { id: "amazon".into(), name: "Amazon".into(), kind: "ORG".into() }),
            value: Value {
                kind: "money".into(),
                amount: Some(38e9),
                unit: Some("USD".into()),
                low: None,
                high: None,
                approx: false,
                date: None,
            },
            qualifiers: Default::default(),
            status: "single_source".into(),
            conflicts_with: vec![],
            confidence: 0.5,
            languages: vec!["en".into()],
            sources: vec![Evidence {
                doc_id: "d1".into(),
                lang: "en".into(),
                start: 10,
                end: 10 + quote.chars().count(),
                quote: quote.into(),
                value_text: value_text.into(),
                score: 1.0,
            }],
            as_of: None,
            consistent_with: vec![],
            conflict_kind: None,
            preferred: true,
        }
    }

    #[test]
    fn hostile_quote_and_title_are_escaped() {
        let q = "<script>window.__pwned=1</script> \"><img src=x onerror=\"window.__pwned=2\"> paid $38 billion.";
        let mut run = Run { claims: vec![claim("a", q, "$38 billion")], ..Default::default() };
        run.documents.insert(
            "d1".into(),
            DocumentRecord {
                doc_id: "d1".into(),
                source: "x\"><script>alert(1)</script>.html".into(),
                lang: "en".into(),
                title: Some("<b onmouseover=alert(1)>t</b>".into()),
                published: Some("2025-11-03".into()),
            },
        );
        let html = render(&run, &HashMap::new(), "t<script>").html;
        assert_eq!(html.matches("<script>").count(), 1, "only the report's own script");
        assert!(!html.contains("<img"));
        assert!(!html.contains("<b onmouseover"));
        assert!(html.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"));
        assert!(html.contains("paid <mark>$38 billion</mark>."));
    }

    #[test]
    fn value_is_found_by_mention_offset_before_search() {
        let c = claim("a", "$38 billion now, $38 billion later", "$38 billion");
        let e = &c.sources[0];
        assert_eq!(value_offset(e, &HashMap::new()), Some(0));
        let mut m = ValueMentions::new();
        m.insert("d1".into(), vec![(27, 38, "$38 billion".into())]);
        assert_eq!(value_offset(e, &m), Some(17));
        let ja = claim("b", "アマゾンと380億ドル（約5兆9000億円）の契約", "380億ドル");
        assert_eq!(value_offset(&ja.sources[0], &HashMap::new()), Some(5));
    }

    #[test]
    fn conflicts_are_grouped_side_by_side_with_the_preferred_value() {
        let mut a = claim("a", "paid $38 billion", "$38 billion");
        let mut b = claim("b", "paid $3.8 billion", "$3.8 billion");
        b.value.amount = Some(3.8e9);
        a.status = "conflicting".into();
        b.status = "conflicting".into();
        a.conflicts_with = vec!["b".into()];
        b.conflicts_with = vec!["a".into()];
        a.conflict_kind = Some("magnitude".into());
        b.conflict_kind = Some("magnitude".into());
        b.preferred = false;
        let run = Run { claims: vec![b, a], ..Default::default() };
        let html = render(&run, &HashMap::new(), "t").html;
        assert!(html.contains("Conflict (magnitude): deal.value · preferred value <strong>38 billion USD</strong>"));
        let (pa, pb) = (html.find("id=\"c-a\"").unwrap(), html.find("id=\"c-b\"").unwrap());
        assert!(pa < pb, "preferred first");
        assert_eq!(html.matches("class=\"item conflict\"").count(), 1);
    }

    #[test]
    fn values_read_like_news() {
        let mut c = claim("a", "q", "v");
        assert_eq!(format_value(&c), "38 billion USD");
        c.value.low = Some(38e9);
        assert_eq!(format_value(&c), "more than 38 billion USD");
        c.value = Value {
            kind: "count".into(),
            amount: None,
            unit: None,
            low: Some(1e5),
            high: Some(1e6),
            approx: true,
            date: None,
        };
        assert_eq!(format_value(&c), "≈ 100,000–1 million");
        assert_eq!(human_number(4.5), "4.5");
        assert_eq!(human_number(1.3e12), "1.3 trillion");
    }

    #[test]
    fn render_is_deterministic() {
        let run = Run { claims: vec![claim("a", "q $1", "$1"), claim("b", "r $2", "$2")], ..Default::default() };
        assert_eq!(render(&run, &HashMap::new(), "t").html, render(&run, &HashMap::new(), "t").html);
    }
}
