//! The in-memory search over pre-folded keys. Every key press scans it, so the
//! keys sit in one contiguous buffer and one `memmem` pass finds candidates.

use crate::domain::fold::{fold, phone_query};
use memchr::memmem;
use std::collections::HashMap;

#[derive(Default)]
pub struct SearchIndex {
    /// Every key, each followed by `\n` (never part of a folded key).
    buf: String,
    /// (internal key, start, end) in `buf`, in buffer order.
    spans: Vec<(u64, usize, usize)>,
    /// Internal key → position in `spans`.
    pos: HashMap<u64, usize>,
    /// Bytes of keys replaced by newer ones; compacted when it grows.
    dead: usize,
}

impl SearchIndex {
    pub fn new(keys: Vec<(u64, String)>) -> SearchIndex {
        let mut ix = SearchIndex::default();
        ix.buf.reserve(keys.iter().map(|k| k.1.len() + 1).sum());
        ix.spans.reserve(keys.len());
        ix.pos.reserve(keys.len());
        for (pk, key) in keys {
            ix.upsert(pk, key);
        }
        ix
    }

    /// The index over `keys`, one per line, the `i`th line of `pks[i]` (as the
    /// store keeps them: no key is copied, and the map from internal key to
    /// position is only built by the first `upsert`).
    pub fn from_lines(pks: Vec<u64>, keys: String) -> SearchIndex {
        let mut spans = Vec::with_capacity(pks.len());
        let mut start = 0;
        for (pk, end) in pks
            .into_iter()
            .zip(memchr::memchr_iter(b'\n', keys.as_bytes()))
        {
            spans.push((pk, start, end));
            start = end + 1;
        }
        let mut buf = keys;
        buf.truncate(start);
        SearchIndex {
            buf,
            spans,
            pos: HashMap::new(),
            dead: 0,
        }
    }

    /// Builds `pos` if `from_lines` left it out.
    fn index_positions(&mut self) {
        if self.pos.len() != self.spans.len() {
            self.pos = self
                .spans
                .iter()
                .enumerate()
                .map(|(i, (pk, _, _))| (*pk, i))
                .collect();
        }
    }

    pub fn upsert(&mut self, pk: u64, key: String) {
        self.index_positions();
        let key = if key.contains('\n') {
            key.replace('\n', " ")
        } else {
            key
        };
        let start = self.buf.len();
        self.buf.push_str(&key);
        let end = self.buf.len();
        self.buf.push('\n');
        match self.pos.get(&pk) {
            Some(&i) => {
                // The span moves to the end of the buffer; keep `spans` sorted by start.
                let (_, s, e) = self.spans.remove(i);
                self.dead += e - s + 1;
                for v in self.pos.values_mut() {
                    if *v > i {
                        *v -= 1;
                    }
                }
                self.pos.insert(pk, self.spans.len());
                self.spans.push((pk, start, end));
                if self.dead > self.buf.len() / 2 {
                    self.compact();
                }
            }
            None => {
                self.pos.insert(pk, self.spans.len());
                self.spans.push((pk, start, end));
            }
        }
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.buf);
        let spans = std::mem::take(&mut self.spans);
        self.pos.clear();
        self.dead = 0;
        for (pk, s, e) in spans {
            self.upsert(pk, old[s..e].to_string());
        }
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Internal keys of the best `limit` matches: every query word must occur;
    /// a match at the start of the key (the surname) ranks first, then at a word start.
    /// A phone number is searched by its digits, without `+48` (`fold::phone_query`).
    pub fn search(&self, query: &str, limit: usize) -> Vec<u64> {
        let folded = phone_query(query).unwrap_or_else(|| fold(query));
        let mut words: Vec<&str> = folded
            .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        if words.is_empty() {
            return vec![];
        }
        let first = words[0];
        // Scan for the longest word: it has the fewest false candidates.
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let finder = memmem::Finder::new(words[0].as_bytes());
        let bytes = self.buf.as_bytes();
        let mut hits: Vec<(u8, &str, u64)> = Vec::new();
        let mut last_span = usize::MAX;
        for at in finder.find_iter(bytes) {
            // A match before the first live key lies in a replaced key's old text.
            let Some(i) = self
                .spans
                .partition_point(|(_, s, _)| *s <= at)
                .checked_sub(1)
            else {
                continue;
            };
            if i == last_span {
                continue;
            }
            let (pk, s, e) = self.spans[i];
            // With no key replaced yet every span is live (and `pos` may be unbuilt).
            if at + words[0].len() > e || (self.dead > 0 && self.pos.get(&pk) != Some(&i)) {
                continue;
            }
            last_span = i;
            let key = &self.buf[s..e];
            if !words[1..].iter().all(|w| key.contains(w)) {
                continue;
            }
            hits.push((rank(key, first, &words), key, pk));
        }
        let cmp = |a: &(u8, &str, u64), b: &(u8, &str, u64)| {
            a.0.cmp(&b.0).then(a.1.cmp(b.1)).then(a.2.cmp(&b.2))
        };
        if limit > 0 && hits.len() > limit {
            hits.select_nth_unstable_by(limit - 1, cmp);
            hits.truncate(limit);
        }
        hits.sort_by(cmp);
        hits.into_iter().map(|h| h.2).collect()
    }
}

/// 0: the key starts with the first word typed (the surname); 1: some word
/// starts a word of the key; 2: matches inside words only.
fn rank(key: &str, first: &str, words: &[&str]) -> u8 {
    if key.starts_with(first) {
        return 0;
    }
    let starts_word = |w: &str| {
        key.match_indices(w)
            .any(|(i, _)| i == 0 || key.as_bytes()[i - 1] == b' ')
    };
    if words.iter().any(|w| starts_word(w)) {
        1
    } else {
        2
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_replaced_first_key_finds_nobody() {
        let mut ix = super::SearchIndex::new(vec![
            (1, "nowak anna 600100200".into()),
            (2, "kowalski jan 500100100".into()),
        ]);
        ix.upsert(1, "nowak anna 601234567".into());
        assert!(ix.search("600100200", 10).is_empty());
        assert_eq!(ix.search("601234567", 10), vec![1]);
        assert_eq!(ix.search("kowalski", 10), vec![2]);
    }

    use super::*;

    #[test]
    fn from_lines_finds_as_new_does_and_takes_changes() {
        let mut ix = SearchIndex::from_lines(
            vec![7, 9, 12],
            "nowak anna 600100200\nkowalski jan\nnowakowska ewa\n".into(),
        );
        assert_eq!(ix.len(), 3);
        assert_eq!(ix.search("nowak", 10), vec![7, 12]);
        assert_eq!(ix.search("jan", 10), vec![9]);
        ix.upsert(7, "zielinska anna".into());
        assert_eq!(ix.search("nowak", 10), vec![12]);
        assert_eq!(ix.search("anna", 10), vec![7]);
        ix.upsert(15, "nowak piotr".into());
        assert_eq!(ix.search("nowak", 10), vec![15, 12]);
        assert_eq!(ix.len(), 4);
    }

    #[test]
    fn folded_and_ranked() {
        let mut ix = SearchIndex::new(vec![
            (1, "kowalska anna 600100200".into()),
            (2, "lodz maria".into()),
            (3, "zolc jan".into()),
            (4, "nowak zofia lodzianka".into()),
        ]);
        assert_eq!(ix.search("Łódź", 10), vec![2, 4]);
        assert_eq!(ix.search("zolc", 10), vec![3]);
        assert_eq!(ix.search("100 200", 10), vec![1]);
        assert_eq!(ix.search("+48 600 100 200", 10), vec![1]);
        assert_eq!(ix.search("0048-600-100-200", 10), vec![1]);
        assert_eq!(ix.search("anna kow", 10), vec![1]);
        assert_eq!(ix.search("", 10), Vec::<u64>::new());
        assert_eq!(ix.search("o", 2).len(), 2);
        // a word may not span two keys
        assert_eq!(ix.search("200\nlodz", 10), Vec::<u64>::new());
        assert_eq!(ix.search("200 lodz", 10), Vec::<u64>::new());
        // replacing a key forgets the old one
        ix.upsert(3, "zolc janina".into());
        assert_eq!(ix.search("janina", 10), vec![3]);
        ix.upsert(3, "kruk jan".into());
        assert_eq!(ix.search("zolc", 10), Vec::<u64>::new());
        assert_eq!(ix.search("kruk", 10), vec![3]);
        for n in 0..10 {
            ix.upsert(2, format!("lodz maria {n}"));
        }
        assert_eq!(ix.search("lodz", 10), vec![2, 4]);
        assert_eq!(ix.len(), 4);
    }

    #[test]
    fn matches_like_a_plain_scan() {
        let keys: Vec<(u64, String)> = (0..500)
            .map(|i| {
                (
                    i,
                    format!("nazwisko{} imie{} {}", i % 37, i % 11, 500_000 + i * 7),
                )
            })
            .collect();
        let ix = SearchIndex::new(keys.clone());
        for q in ["nazwisko3", "imie1 500", "7", "nazwisko36 imie10"] {
            let mut want: Vec<u64> = keys
                .iter()
                .filter(|(_, k)| q.split(' ').all(|w| k.contains(w)))
                .map(|(pk, _)| *pk)
                .collect();
            let mut got = ix.search(q, 0);
            want.sort();
            got.sort();
            assert_eq!(got, want, "{q}");
        }
    }
}
