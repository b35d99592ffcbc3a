//! Escaping for the HTML report.
//!
//! One escaper serves both contexts the report writes article text into: element text and
//! double-quoted attribute values. It replaces `&`, `<`, `>`, `"` and `'`, which is enough
//! for both (an attribute value is always written inside `"..."`; no text ever goes into an
//! unquoted attribute, a URL, a `style` or an event-handler attribute, or a `<script>`).
//! [`script_json`] is for data embedded in a `<script>` element: it escapes `<`, `>`, `&` and
//! U+2028/U+2029 as JSON `\u` escapes, so no `</script>` or `<!--` can appear in it.

use sha2::{Digest, Sha256};

/// Escapes `text` for HTML element content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    escape_into(&mut out, text);
    out
}

/// [`escape`], appending to `out`.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // NUL is not allowed in HTML text; the replacement character is what a parser
            // would make of it anyway.
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

/// Serializes `value` as JSON safe to place inside `<script type="application/json">`.
pub fn script_json(value: &serde_json::Value) -> String {
    let json = value.to_string();
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// `'sha256-...'` source expression of a Content-Security-Policy for an inline element.
pub fn csp_hash(content: &str) -> String {
    format!("'sha256-{}'", base64(&Sha256::digest(content.as_bytes())))
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A token safe in a class name or `data-` value list: ASCII letters, digits, `-`, `_`, `.`;
/// anything else becomes `_`.
pub fn token(text: &str) -> String {
    text.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_is_inert() {
        assert_eq!(escape("<script>window.__pwned=1</script>"), "&lt;script&gt;window.__pwned=1&lt;/script&gt;");
        assert_eq!(
            escape("\"><img src=x onerror=\"window.__pwned=2\">"),
            "&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;"
        );
        assert_eq!(escape("O'Neil & Söhne 「約」"), "O&#39;Neil &amp; Söhne 「約」");
    }

    #[test]
    fn script_json_cannot_close_the_script() {
        let v = serde_json::json!({"q": "</script><!-- & \u{2028}"});
        let s = script_json(&v);
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&') && !s.contains('\u{2028}'));
        assert_eq!(serde_json::from_str::<serde_json::Value>(&s).unwrap(), v);
    }

    #[test]
    fn base64_and_csp_hash() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(csp_hash("alert(1)"), "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    }

    #[test]
    fn tokens_are_class_safe() {
        assert_eq!(token("deal.value"), "deal.value");
        assert_eq!(token("a\"b c"), "a_b_c");
    }
}
