//! Money in two currencies across documents, through claim assembly and reconciliation with
//! the shipped `data/` files and the ECB-format rates fixture (`tests/fixtures/fx`). The
//! companies are invented (`tests/fixtures/entities`): they come in as names a model found.

use std::path::Path;

use polyfact_claims::fx::Rates;
use polyfact_claims::{
    assemble_document, reconcile, Candidate, EntityLookup, ReconcileOptions, Schema, SentenceMentions,
};
use polyfact_entities::EntityTable;
use polyfact_values::Recognizer;

fn here() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Candidates of a one-sentence document published on 2025-11-03 (a Monday).
fn candidates(doc: &str, lang: &str, text: &str) -> Vec<Candidate> {
    let data = here().join("../../data");
    let schema = Schema::load(&data.join("schema")).expect("schema");
    let table = EntityTable::load(&data.join("entities")).expect("entities");
    let invented = EntityTable::load(&here().join("tests/fixtures/entities")).expect("invented entities");
    let values = Recognizer::load(&data).expect("values");
    let sentences = [SentenceMentions {
        start: 0,
        end: text.chars().count(),
        text,
        lang,
        entities: table.find(text),
        model_entities: invented.find(text),
        values: values.recognize(text, lang, polyfact_core::CivilDate::parse_iso_prefix("2025-11-03")),
    }];
    let roots = |id: &str| table.root(id).to_string();
    let authority = |id: &str| table.is_authority(id);
    assemble_document(
        &schema,
        doc,
        &sentences,
        Some("2025-11-03"),
        &EntityLookup { roots: &roots, authority: &authority },
    )
}

#[test]
fn a_stated_conversion_stays_one_claim_and_another_sources_euros_are_consistent() {
    let en = candidates("en", "en", "Nordlicht Energie agreed to buy VoltaCell for $38 billion (€33 billion).");
    assert_eq!(en.len(), 1, "the conversion in parentheses is no claim of its own: {en:?}");
    assert!(en[0].qualifiers.contains_key("converted"));
    let de = candidates("de", "de", "Nordlicht Energie übernimmt VoltaCell für 33 Milliarden Euro.");
    let fr = candidates("fr", "fr", "Nordlicht Energie rachète VoltaCell pour 3,3 milliards d'euros.");
    assert_eq!((de.len(), fr.len()), (1, 1), "{de:?} {fr:?}");
    let table = EntityTable::load(&here().join("tests/fixtures/entities")).expect("invented entities");
    let rates = Rates::load(&here().join("tests/fixtures/fx/eurofxref-hist.csv")).expect("rates");
    let tv = |_: &str| false;
    let origin = |d: &str| d.to_string();
    let options = ReconcileOptions { table: &table, time_varying: &tv, origin: &origin, rates: Some(&rates) };
    let all: Vec<Candidate> = en.into_iter().chain(de).chain(fr).collect();
    let (claims, stats) = reconcile(all, &options);
    assert_eq!(claims.len(), 3);
    let by = |unit: &str, a: f64| {
        claims
            .iter()
            .find(|c| c.value.unit.as_deref() == Some(unit) && c.value.amount == Some(a))
            .unwrap_or_else(|| panic!("{unit} {a}: {claims:#?}"))
    };
    let (usd, eur, slip) = (by("USD", 38e9), by("EUR", 33e9), by("EUR", 3.3e9));
    assert_eq!(usd.consistent_with, vec![eur.claim_id.clone()]);
    assert!(usd.conflicts_with.iter().all(|id| *id != eur.claim_id));
    assert_eq!(slip.conflict_kind.as_deref(), Some("magnitude"));
    assert!(!slip.preferred);
    assert_eq!((stats.cross_currency_pairs, stats.fx_compared), (2, 2));
}
