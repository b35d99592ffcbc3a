//! Chinese script variants: Traditional and Simplified spellings of one name are one name.
//!
//! Conversion uses OpenCC's dictionaries through `ferrous-opencc` (pure Rust, Apache-2.0,
//! dictionaries embedded at build time), phrase-level as OpenCC does it. Converters are built
//! once per process on first use; text without Han characters is returned as is, so Latin,
//! kana and hangul names cost nothing.

use std::sync::OnceLock;

use ferrous_opencc::config::BuiltinConfig;
use ferrous_opencc::OpenCC;

pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Whether a text holds at least one Han character.
pub fn has_han(text: &str) -> bool {
    text.chars().any(is_han)
}

fn converter(cell: &'static OnceLock<Option<OpenCC>>, config: BuiltinConfig) -> Option<&'static OpenCC> {
    cell.get_or_init(|| OpenCC::from_config(config).ok()).as_ref()
}

/// The Simplified spelling (`微軟` -> `微软`, `輝達` -> `辉达`); other text unchanged.
pub fn to_simplified(text: &str) -> String {
    static T2S: OnceLock<Option<OpenCC>> = OnceLock::new();
    match converter(&T2S, BuiltinConfig::T2s).filter(|_| has_han(text)) {
        Some(cc) => cc.convert(text),
        None => text.to_string(),
    }
}

/// The one spelling of Han characters across Japanese, Traditional and Simplified Chinese, for
/// matching keys: Japanese Shinjitai forms are first written as their Traditional forms
/// (`日本製鉄` -> `日本製鐵`), then everything as Simplified (`日本制铁`, the Chinese spelling
/// of the same name). Characters outside OpenCC's Japanese tables (most Chinese text) pass the
/// first step unchanged; kana and Latin letters are never touched.
pub fn fold_han(text: &str) -> String {
    static JP2T: OnceLock<Option<OpenCC>> = OnceLock::new();
    match converter(&JP2T, BuiltinConfig::Jp2t).filter(|_| has_han(text)) {
        Some(cc) => to_simplified(&cc.convert(text)),
        None => to_simplified(text),
    }
}

/// The Traditional spelling (`微软` -> `微軟`); other text unchanged.
pub fn to_traditional(text: &str) -> String {
    static S2T: OnceLock<Option<OpenCC>> = OnceLock::new();
    match converter(&S2T, BuiltinConfig::S2t).filter(|_| has_han(text)) {
        Some(cc) => cc.convert(text),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_and_simplified_meet() {
        assert_eq!(to_simplified("微軟"), "微软");
        assert_eq!(to_traditional("微软"), "微軟");
        assert_eq!(to_simplified("亞馬遜"), "亚马逊");
        assert_eq!(to_simplified("Amazon アマゾン"), "Amazon アマゾン");
    }

    #[test]
    fn japanese_shinjitai_meets_chinese() {
        // Japanese, Simplified and Traditional spellings of one name share a key.
        assert_eq!(fold_han("日本製鉄"), "日本制铁");
        assert_eq!(fold_han("日本製鐵"), "日本制铁");
        assert_eq!(fold_han("日本制铁"), "日本制铁");
        assert_eq!(fold_han("三菱商事"), fold_han("三菱商事"));
        assert_eq!(fold_han("広島銀行"), "广岛银行");
        // Simplified text is unchanged; kana stay kana.
        assert_eq!(fold_han("美国钢铁"), "美国钢铁");
        assert_eq!(fold_han("トヨタ自動車"), "トヨタ自动车");
        // Different names stay different.
        assert_ne!(fold_han("日本製鉄"), fold_han("日本製紙"));
    }
}
