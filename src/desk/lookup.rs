//! The in-memory search over pre-folded keys: every key press scans it, so it
//! stays a flat vector of strings.

use crate::domain::fold::fold;
use std::collections::HashMap;

#[derive(Default)]
pub struct SearchIndex {
    keys: Vec<(u64, String)>,
    pos: HashMap<u64, usize>,
}

impl SearchIndex {
    pub fn new(keys: Vec<(u64, String)>) -> SearchIndex {
        let pos = keys
            .iter()
            .enumerate()
            .map(|(i, (pk, _))| (*pk, i))
            .collect();
        SearchIndex { keys, pos }
    }

    pub fn upsert(&mut self, pk: u64, key: String) {
        match self.pos.get(&pk) {
            Some(&i) => self.keys[i].1 = key,
            None => {
                self.pos.insert(pk, self.keys.len());
                self.keys.push((pk, key));
            }
        }
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Internal keys of the best `limit` matches: every query word must occur;
    /// a match at the start of the key (the surname) ranks first, then at a word start.
    pub fn search(&self, query: &str, limit: usize) -> Vec<u64> {
        let folded = fold(query);
        let words: Vec<&str> = folded
            .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        if words.is_empty() {
            return vec![];
        }
        let mut hits: Vec<(u8, &str, u64)> = Vec::new();
        for (pk, key) in &self.keys {
            if !words.iter().all(|w| key.contains(w)) {
                continue;
            }
            let rank = if key.starts_with(words[0]) {
                0
            } else if words.iter().any(|w| key.contains(&format!(" {w}"))) {
                1
            } else {
                2
            };
            hits.push((rank, key.as_str(), *pk));
        }
        let cmp = |a: &(u8, &str, u64), b: &(u8, &str, u64)| {
            a.0.cmp(&b.0).then(a.1.cmp(b.1)).then(a.2.cmp(&b.2))
        };
        if hits.len() > limit && limit > 0 {
            hits.select_nth_unstable_by(limit - 1, cmp);
            hits.truncate(limit);
        }
        hits.sort_by(cmp);
        hits.into_iter().map(|h| h.2).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_and_ranked() {
        let ix = SearchIndex::new(vec![
            (1, "kowalska anna 600100200".into()),
            (2, "lodz maria".into()),
            (3, "zolc jan".into()),
            (4, "nowak zofia lodzianka".into()),
        ]);
        assert_eq!(ix.search("Łódź", 10), vec![2, 4]);
        assert_eq!(ix.search("zolc", 10), vec![3]);
        assert_eq!(ix.search("100 200", 10), vec![1]);
        assert_eq!(ix.search("anna kow", 10), vec![1]);
        assert_eq!(ix.search("", 10), Vec::<u64>::new());
        assert_eq!(ix.search("o", 2).len(), 2);
    }
}
