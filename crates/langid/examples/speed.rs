use lingua::LanguageDetectorBuilder;
use std::time::Instant;
fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let mode = std::env::args().nth(2).unwrap_or_default();
    let sents: Vec<&str> = if mode == "para" {
        text.split("\n\n").collect()
    } else if mode == "big" {
        text.as_bytes().chunks(20000).map(|c| std::str::from_utf8(c).unwrap_or("")).collect()
    } else {
        text.split(['.', '\n']).filter(|s| s.len() > 3).collect()
    };
    let bytes: usize = sents.iter().map(|s| s.len()).sum();
    let langs: Vec<_> = polyfact_langid::SUPPORTED.iter().map(|(_, l)| *l).collect();
    for low in [false, true] {
        let mut b = LanguageDetectorBuilder::from_languages(&langs);
        b.with_preloaded_language_models();
        if low {
            b.with_low_accuracy_mode();
        }
        let d = b.build();
        let t = Instant::now();
        let mut n = 0;
        for s in &sents {
            n += d.compute_language_confidence_values(*s).len();
        }
        let e = t.elapsed().as_secs_f64();
        println!("low={low} {:.2} MB/s ({n})", bytes as f64 / 1e6 / e);
        let t = Instant::now();
        for s in &sents {
            n += d.detect_language_of(*s).is_some() as usize;
        }
        let e = t.elapsed().as_secs_f64();
        println!("low={low} detect {:.2} MB/s ({n})", bytes as f64 / 1e6 / e);
    }
}
