//! Markdown to plain text: markup characters go, the words and line structure stay.
//!
//! Handles what news exports use: YAML front matter (`title:`, `date:`), ATX headings,
//! emphasis, inline code, links and images, block quotes, list markers, fences, rules and
//! link reference definitions. Inline HTML is left to the HTML sniffing of the caller.

use crate::work;

/// Text and hints from a Markdown document.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct MarkdownText {
    pub text: String,
    pub title: Option<String>,
    pub published_hint: Option<String>,
}

/// How many lines YAML front matter may span (fences included) before a leading `---` is
/// read as a rule instead.
const MAX_FRONT_MATTER_LINES: usize = 100;

pub fn markdown_to_text(md: &str) -> MarkdownText {
    let mut result = MarkdownText::default();
    let all: Vec<&str> = md.lines().collect();
    let mut lines = all.iter().copied();
    // YAML front matter: only a `---` closed within the first lines, with YAML lines between;
    // otherwise the `---` is a rule and nothing is lost.
    if let Some(close) = front_matter_end(&all) {
        for line in &all[1..close] {
            if let Some((key, value)) = line.split_once(':') {
                let value = value.trim().trim_matches(|c| c == '"' || c == '\'').to_string();
                match key.trim().to_ascii_lowercase().as_str() {
                    "title" if !value.is_empty() => result.title = Some(value),
                    "date" | "published" | "pubdate" if !value.is_empty() => result.published_hint = Some(value),
                    _ => {}
                }
            }
        }
        lines.nth(close);
    }
    let mut out = Vec::new();
    let mut in_fence = false;
    for line in lines {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.to_string());
            continue;
        }
        if is_rule(trimmed) || is_reference_definition(trimmed) {
            out.push(String::new());
            continue;
        }
        let mut body = trimmed;
        while let Some(rest) = body.strip_prefix('>') {
            body = rest.trim_start();
        }
        let heading = body.starts_with('#') && body.trim_start_matches('#').starts_with([' ', '\t']);
        if heading {
            body = body.trim_start_matches('#').trim().trim_end_matches('#').trim_end();
        } else {
            body = strip_list_marker(body);
        }
        let plain = strip_inline(body);
        if heading && result.title.is_none() && !plain.is_empty() {
            result.title = Some(plain.clone());
        }
        out.push(plain);
    }
    result.text = out.join("\n");
    result
}

/// The index of the line that closes the front matter opened by a `---` first line, if the
/// lines between are YAML (`key: value`, list items, indented continuations, comments).
fn front_matter_end(lines: &[&str]) -> Option<usize> {
    if lines.first()?.trim_end() != "---" {
        return None;
    }
    for (i, line) in lines.iter().enumerate().skip(1).take(MAX_FRONT_MATTER_LINES - 1) {
        let line = line.trim_end();
        if line == "---" || line == "..." {
            return Some(i);
        }
        if !is_yaml_line(line) {
            return None;
        }
    }
    None
}

/// A line that can stand inside YAML front matter.
fn is_yaml_line(line: &str) -> bool {
    if line.is_empty() || line.starts_with([' ', '\t', '#']) || line == "-" || line.starts_with("- ") {
        return true;
    }
    let Some((key, _)) = line.split_once(':') else { return false };
    let rest = &line[key.len() + 1..];
    let quoted = key.len() >= 2
        && ((key.starts_with('"') && key.ends_with('"')) || (key.starts_with('\'') && key.ends_with('\'')));
    let plain = !key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
    (quoted || plain) && (rest.is_empty() || rest.starts_with([' ', '\t']))
}

fn is_rule(line: &str) -> bool {
    let l: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    l.len() >= 3 && (l.chars().all(|c| c == '-') || l.chars().all(|c| c == '*') || l.chars().all(|c| c == '_'))
}

fn is_reference_definition(line: &str) -> bool {
    line.starts_with('[') && line.find("]:").is_some_and(|p| !line[1..p].contains(']'))
}

fn strip_list_marker(line: &str) -> &str {
    for marker in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return rest;
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits < 4 {
        let rest = &line[digits..];
        if let Some(r) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return r;
        }
    }
    line
}

/// Removes emphasis, code ticks and link syntax from one line. Linear: the closing `]` and
/// `)` of a link are found by forward-only searches that remember their last answer, so a
/// line of unclosed brackets is not rescanned for every bracket.
fn strip_inline(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut close_bracket = NextChar::new(']');
    let mut close_paren = NextChar::new(')');
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // Images and links: ![alt](url) / [text](url) -> alt / text.
        if c == '[' || (c == '!' && chars.get(i + 1) == Some(&'[')) {
            let open = if c == '!' { i + 1 } else { i };
            if let Some(close) = close_bracket.find(&chars, open + 1) {
                if chars.get(close + 1) == Some(&'(') {
                    if let Some(paren) = close_paren.find(&chars, close + 2) {
                        // The link text holds no `]`, so this inner pass finds no link: each
                        // char is stripped at most twice.
                        out.push_str(&strip_inline(&chars[open + 1..close].iter().collect::<String>()));
                        i = paren + 1;
                        continue;
                    }
                }
            }
        }
        if c == '`' {
            i += 1;
            continue;
        }
        if (c == '*' || c == '_') && chars.get(i + 1) == Some(&c) {
            i += 2; // strong emphasis markers
            continue;
        }
        if c == '*' {
            let opens =
                chars.get(i + 1).is_some_and(|n| !n.is_whitespace()) && (i == 0 || !chars[i - 1].is_alphanumeric());
            let closes =
                i > 0 && !chars[i - 1].is_whitespace() && chars.get(i + 1).is_none_or(|n| !n.is_alphanumeric());
            if opens || closes {
                i += 1;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// The next position of one char at or after a position, for searches whose start never
/// moves back: an answer stays valid until the start passes it, so the line is scanned once.
struct NextChar {
    target: char,
    /// The last search: its start and its answer (`None`: no target from there on).
    last: Option<(usize, Option<usize>)>,
}

impl NextChar {
    fn new(target: char) -> Self {
        NextChar { target, last: None }
    }

    fn find(&mut self, chars: &[char], from: usize) -> Option<usize> {
        if let Some((start, answer)) = self.last {
            if from >= start && answer.is_none_or(|a| from <= a) {
                return answer;
            }
        }
        let scanned = chars.get(from..).map_or(0, <[char]>::len);
        let answer = chars.get(from..)?.iter().position(|&c| c == self.target).map(|p| from + p);
        work::tick(answer.map_or(scanned, |a| a + 1 - from));
        self.last = Some((from, answer));
        answer
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_headings_lists_links_and_emphasis() {
        let md = "---\ntitle: \"Front Title\"\ndate: 2025-11-03\n---\n# Heading One\n\n> Quoted **bold** and *it* text.\n\n- item with [a link](http://x.y) and `code`\n2. second ![alt text](i.png)\n\n---\n[1]: http://ref\n3 * 4 = 12";
        let out = markdown_to_text(md);
        assert_eq!(out.title.as_deref(), Some("Front Title"));
        assert_eq!(out.published_hint.as_deref(), Some("2025-11-03"));
        assert_eq!(
            out.text,
            "Heading One\n\nQuoted bold and it text.\n\nitem with a link and code\nsecond alt text\n\n\n\n3 * 4 = 12"
        );
    }

    #[test]
    fn first_heading_is_the_title_without_front_matter() {
        let out = markdown_to_text("## OpenAI signs ##\nBody.");
        assert_eq!(out.title.as_deref(), Some("OpenAI signs"));
        assert_eq!(out.text, "OpenAI signs\nBody.");
    }

    #[test]
    fn a_leading_rule_without_front_matter_keeps_the_body() {
        // No closing `---`: the body was swallowed as front matter.
        let out = markdown_to_text("---\nNordlicht raised €2 billion.\n\nMore text.");
        assert_eq!(out.text, "\nNordlicht raised €2 billion.\n\nMore text.");
        // A closing `---`, but prose between: a rule, a paragraph, a rule.
        let out = markdown_to_text("---\nNordlicht said: it raised €2 billion.\n---\nBody.");
        assert_eq!(out.text, "\nNordlicht said: it raised €2 billion.\n\nBody.");
        assert_eq!(out.title, None);
        // The closing `---` too far down: not front matter.
        let far = format!("---\n{}---\nBody.", "key: value\n".repeat(MAX_FRONT_MATTER_LINES));
        assert!(markdown_to_text(&far).text.ends_with("key: value\n\nBody."));
        // Real front matter, with YAML lists, comments, quoted keys and continuations.
        let fm = "---\n# comment\ntitle: T\ntags:\n  - a\n- b\n\"published\": x\nsummary: >\n  long\n...\nBody: text.";
        let out = markdown_to_text(fm);
        assert_eq!((out.title.as_deref(), out.text.as_str()), (Some("T"), "Body: text."));
    }

    #[test]
    fn a_line_of_open_brackets_is_stripped_in_linear_work() {
        // 320k `[` took 32 s: each one searched the rest of the line for `]`.
        let work = |line: &str| work::count(|| strip_inline(line)).1;
        for unit in ["[", "![", "[](", "[a](b) [c]("] {
            let (small, large) = (unit.repeat(5_000), unit.repeat(20_000));
            let (w_small, w_large) = (work(&small), work(&large));
            assert!(w_large <= 5 * w_small.max(1), "{unit:?}: work {w_small} -> {w_large}");
            assert!(w_large <= 2 * large.chars().count() as u64, "{unit:?}: work {w_large}");
        }
        // Same links as before: the first `]` closes, the first `)` after it ends the URL.
        assert_eq!(strip_inline("[a [b](u) c](v) [x] (y) [z](w"), "a [b c](v) [x] (y) [z](w");
    }
}
