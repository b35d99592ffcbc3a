//! Markdown to plain text: markup characters go, the words and line structure stay.
//!
//! Handles what news exports use: YAML front matter (`title:`, `date:`), ATX headings,
//! emphasis, inline code, links and images, block quotes, list markers, fences, rules and
//! link reference definitions. Inline HTML is left to the HTML sniffing of the caller.

/// Text and hints from a Markdown document.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct MarkdownText {
    pub text: String,
    pub title: Option<String>,
    pub published_hint: Option<String>,
}

pub fn markdown_to_text(md: &str) -> MarkdownText {
    let mut result = MarkdownText::default();
    let mut lines = md.lines().peekable();
    // YAML front matter.
    if lines.peek().is_some_and(|l| l.trim_end() == "---") {
        lines.next();
        for line in lines.by_ref() {
            if line.trim_end() == "---" || line.trim_end() == "..." {
                break;
            }
            if let Some((key, value)) = line.split_once(':') {
                let value = value.trim().trim_matches(|c| c == '"' || c == '\'').to_string();
                match key.trim().to_ascii_lowercase().as_str() {
                    "title" if !value.is_empty() => result.title = Some(value),
                    "date" | "published" | "pubdate" if !value.is_empty() => result.published_hint = Some(value),
                    _ => {}
                }
            }
        }
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

/// Removes emphasis, code ticks and link syntax from one line.
fn strip_inline(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // Images and links: ![alt](url) / [text](url) -> alt / text.
        if c == '[' || (c == '!' && chars.get(i + 1) == Some(&'[')) {
            let open = if c == '!' { i + 1 } else { i };
            if let Some(close) = find_from(&chars, open + 1, ']') {
                if chars.get(close + 1) == Some(&'(') {
                    if let Some(paren) = find_from(&chars, close + 2, ')') {
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

fn find_from(chars: &[char], from: usize, target: char) -> Option<usize> {
    chars.get(from..)?.iter().position(|&c| c == target).map(|p| from + p)
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
}
