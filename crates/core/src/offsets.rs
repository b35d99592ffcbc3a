//! Char <-> byte offset conversion.
//!
//! The contract speaks char offsets (what Python and most annotation tools use); Rust slices
//! by bytes. `CharIndex` stores the byte position of every char boundary that is not at
//! `char_index == byte_index` — for pure ASCII text it stores nothing and is O(1).

/// Maps char offsets of one string to byte offsets and back.
#[derive(Debug, Clone, Default)]
pub struct CharIndex {
    /// `byte_of[i]` is the byte offset of char `i`; empty when the text is ASCII.
    byte_of: Vec<usize>,
    byte_len: usize,
    char_len: usize,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let char_len = text.chars().count();
        let byte_of = if char_len == text.len() { Vec::new() } else { text.char_indices().map(|(b, _)| b).collect() };
        CharIndex { byte_of, byte_len: text.len(), char_len }
    }

    /// Number of chars in the text.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// Byte offset of char offset `c` (`c == char_len` maps to the end). Clamps past the end.
    pub fn byte(&self, c: usize) -> usize {
        if c >= self.char_len {
            self.byte_len
        } else if self.byte_of.is_empty() {
            c
        } else {
            self.byte_of[c]
        }
    }

    /// Char offset of byte offset `b`, which must be a char boundary (else the next boundary).
    pub fn char(&self, b: usize) -> usize {
        if b >= self.byte_len {
            self.char_len
        } else if self.byte_of.is_empty() {
            b
        } else {
            self.byte_of.partition_point(|&x| x < b)
        }
    }

    /// `text[start..end]` in char offsets.
    pub fn slice<'a>(&self, text: &'a str, start: usize, end: usize) -> &'a str {
        &text[self.byte(start)..self.byte(end.max(start))]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_and_multibyte_round_trip() {
        for text in ["plain ascii", "Amazons Übernahme: 380 億ドル", ""] {
            let idx = CharIndex::new(text);
            for (c, (b, _)) in text.char_indices().enumerate() {
                assert_eq!(idx.byte(c), b);
                assert_eq!(idx.char(b), c);
            }
            assert_eq!(idx.byte(idx.char_len()), text.len());
        }
    }

    #[test]
    fn slice_uses_char_offsets() {
        let text = "OpenAI とアマゾン";
        let idx = CharIndex::new(text);
        assert_eq!(idx.slice(text, 7, 11), "とアマゾ");
    }
}
