//! The model's label set: `O` plus `B-`/`I-` for each type of the output contract.

/// Mention labels of the contract, in the model's order.
pub const TYPES: [&str; 12] =
    ["ORG", "PER", "LOC", "PRODUCT", "EVENT", "MISC", "MONEY", "PERCENT", "DATE", "DURATION", "QUANTITY", "COUNT"];

/// True for labels that name an entity (the rest are value spans).
pub fn is_entity_type(kind: usize) -> bool {
    kind < 6
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Outside,
    /// Index into [`TYPES`].
    Begin(usize),
    Inside(usize),
}

/// The label list a model was trained with (from its manifest), parsed once.
#[derive(Debug, Clone)]
pub struct LabelSet {
    names: Vec<String>,
    tags: Vec<Tag>,
    /// For each type, the label indices of its B- and I- labels.
    by_type: Vec<(Option<usize>, Option<usize>)>,
}

impl LabelSet {
    /// Parses `O`, `B-X`, `I-X` names; `X` must be one of [`TYPES`].
    pub fn new(names: &[String]) -> Result<Self, String> {
        let mut tags = Vec::with_capacity(names.len());
        let mut by_type = vec![(None, None); TYPES.len()];
        for (i, name) in names.iter().enumerate() {
            let tag = if name == "O" {
                Tag::Outside
            } else {
                let (prefix, kind) =
                    name.split_once('-').ok_or_else(|| format!("label {name:?} is not O, B-X or I-X"))?;
                let k = TYPES.iter().position(|t| *t == kind).ok_or_else(|| format!("label {name:?}: unknown type"))?;
                match prefix {
                    "B" => {
                        by_type[k].0 = Some(i);
                        Tag::Begin(k)
                    }
                    "I" => {
                        by_type[k].1 = Some(i);
                        Tag::Inside(k)
                    }
                    _ => return Err(format!("label {name:?} is not O, B-X or I-X")),
                }
            };
            tags.push(tag);
        }
        if !tags.contains(&Tag::Outside) {
            return Err("the label list has no O".into());
        }
        Ok(LabelSet { names: names.to_vec(), tags, by_type })
    }

    /// `O` + B/I for every type, in [`TYPES`] order (what the recipe trains).
    pub fn standard() -> Self {
        let mut names = vec!["O".to_string()];
        for t in TYPES {
            names.push(format!("B-{t}"));
            names.push(format!("I-{t}"));
        }
        Self::new(&names).expect("standard labels parse")
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    pub fn tag(&self, index: usize) -> Tag {
        self.tags[index]
    }

    pub fn index(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n == name)
    }

    /// Probability mass of a type in one softmax row: p(B-X) + p(I-X).
    pub fn type_mass(&self, row: &[f32], kind: usize) -> f32 {
        let (b, i) = self.by_type[kind];
        b.map_or(0.0, |b| row[b]) + i.map_or(0.0, |i| row[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_standard_set_and_rejects_unknown_types() {
        let l = LabelSet::standard();
        assert_eq!(l.len(), 25);
        assert_eq!(l.tag(l.index("I-COUNT").unwrap()), Tag::Inside(11));
        assert!(LabelSet::new(&["O".into(), "B-WEAPON".into()]).is_err());
        assert!(LabelSet::new(&["B-ORG".into()]).is_err());
    }
}
