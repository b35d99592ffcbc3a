//! Disjoint sets over `0..n`, shared by the stages that cluster: entity canonicalization,
//! wire-copy detection, conflict groups of reconciliation and of the report.
//!
//! Path halving in [`UnionFind::find`] and union by size, with each set's member list kept at
//! its root, so [`UnionFind::members`] costs the size of the set (never a scan of all `n`) and
//! all unions together move O(n log n) members. The root of a merged set depends only on the
//! sizes and indices involved, so results are deterministic.

/// Disjoint sets of the indices `0..n`.
#[derive(Debug, Clone)]
pub struct UnionFind {
    parent: Vec<usize>,
    /// At a root: the members of its set; elsewhere empty.
    members: Vec<Vec<usize>>,
}

impl UnionFind {
    /// `n` singleton sets.
    pub fn new(n: usize) -> Self {
        UnionFind { parent: (0..n).collect(), members: (0..n).map(|i| vec![i]).collect() }
    }

    /// The root of `x`'s set.
    pub fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins the sets of `a` and `b`; false when they were one set already. The larger set's
    /// root stays the root (ties: the smaller index).
    pub fn union(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        let (na, nb) = (self.members[ra].len(), self.members[rb].len());
        let (root, child) = if na > nb || (na == nb && ra < rb) { (ra, rb) } else { (rb, ra) };
        self.parent[child] = root;
        let moved = std::mem::take(&mut self.members[child]);
        self.members[root].extend(moved);
        true
    }

    /// The members of `x`'s set, in the order they joined it.
    pub fn members(&mut self, x: usize) -> &[usize] {
        let r = self.find(x);
        &self.members[r]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unions_join_sets_and_members_follow() {
        let mut uf = UnionFind::new(6);
        assert!(uf.union(0, 1));
        assert!(uf.union(2, 3));
        assert!(uf.union(1, 3));
        assert!(!uf.union(0, 2));
        assert_eq!(uf.find(0), uf.find(3));
        assert_ne!(uf.find(0), uf.find(4));
        let mut m = uf.members(2).to_vec();
        m.sort_unstable();
        assert_eq!(m, [0, 1, 2, 3]);
        assert_eq!(uf.members(5), [5]);
    }

    #[test]
    fn a_long_chain_of_unions_stays_fast_and_flat() {
        let n = 100_000;
        let mut uf = UnionFind::new(n);
        for i in 1..n {
            uf.union(i - 1, i);
        }
        assert_eq!(uf.members(n / 2).len(), n);
    }
}
