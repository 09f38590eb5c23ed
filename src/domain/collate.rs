//! Polish alphabetical order, in one place: every list sorted by name (the
//! participants, the PSU timesheet, the attendance grid, `kis due`, `kis psu
//! settle`) compares through here. The rules are CLDR's Polish collation as
//! ICU4X compiles them in (`icu_collator`, docs/decisions.md): Ł after L,
//! Ś after S, Ź before Ż, "Cz" no letter of its own, case and accents
//! deciding only between otherwise equal names.

use icu_collator::options::CollatorOptions;
use icu_collator::CollatorBorrowed;
use std::cmp::Ordering;
use std::sync::OnceLock;

fn collator() -> &'static CollatorBorrowed<'static> {
    static POLISH: OnceLock<CollatorBorrowed<'static>> = OnceLock::new();
    POLISH.get_or_init(|| {
        let pl = icu_locale_core::langid!("pl");
        CollatorBorrowed::try_new((&pl).into(), CollatorOptions::default())
            .expect("the Polish collation is compiled in")
    })
}

/// `a` against `b` in Polish alphabetical order.
pub fn polish_cmp(a: &str, b: &str) -> Ordering {
    collator().compare(a, b)
}

/// A key that orders as [`polish_cmp`] does, for `sort_by_cached_key` over
/// long lists (made once per item instead of once per comparison).
pub fn polish_key(s: &str) -> Vec<u8> {
    let mut key = Vec::new();
    let Ok(()) = collator().write_sort_key_to(s, &mut key);
    key
}

/// The key of a person's name: surname first, then the first name.
pub fn name_key(last_name: &str, first_name: &str) -> (Vec<u8>, Vec<u8>) {
    (polish_key(last_name), polish_key(first_name))
}

/// Two names, surname first, then the first name, in Polish order.
pub fn name_cmp(a: (&str, &str), b: (&str, &str)) -> Ordering {
    polish_cmp(a.0, b.0).then_with(|| polish_cmp(a.1, b.1))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SURNAMES: [&str; 13] = [
        "Cebula",
        "Czarnecka",
        "Ćwik",
        "Lewandowska",
        "Lis",
        "Łoś",
        "Łukasik",
        "Sowa",
        "Szczepańska",
        "Śliwa",
        "Zając",
        "Źrebiec",
        "Żak",
    ];

    #[test]
    fn polish_surnames_in_polish_order() {
        let mut names = SURNAMES.to_vec();
        names.reverse();
        names.sort_by(|a, b| polish_cmp(a, b));
        assert_eq!(names, SURNAMES);
        let mut by_key = SURNAMES.to_vec();
        by_key.rotate_left(5);
        by_key.sort_by_cached_key(|s| polish_key(s));
        assert_eq!(by_key, SURNAMES);
    }

    #[test]
    fn every_polish_letter_after_its_base() {
        for (base, letter) in [
            ("A", "Ą"),
            ("C", "Ć"),
            ("E", "Ę"),
            ("L", "Ł"),
            ("N", "Ń"),
            ("O", "Ó"),
            ("S", "Ś"),
            ("Z", "Ź"),
            ("Ź", "Ż"),
        ] {
            // The letter is a letter of its own: after every word on the base.
            let (a, b) = (format!("{base}zzz"), format!("{letter}a"));
            assert_eq!(polish_cmp(&a, &b), Ordering::Less, "{a} < {b}");
            let (a, b) = (format!("{}zzz", base.to_lowercase()), b.to_lowercase());
            assert_eq!(polish_cmp(&a, &b), Ordering::Less, "{a} < {b}");
        }
    }

    #[test]
    fn case_decides_only_between_equal_letters() {
        assert_eq!(polish_cmp("nowak", "Nowakowska"), Ordering::Less);
        assert_eq!(polish_cmp("łoś", "Łukasik"), Ordering::Less);
        assert_ne!(polish_cmp("Nowak", "nowak"), Ordering::Equal);
        assert_eq!(polish_cmp("Nowak", "Nowak"), Ordering::Equal);
    }

    #[test]
    fn names_by_surname_then_first_name() {
        let mut people = vec![
            ("Nowakowska", "Anna"),
            ("Nowak", "Żaneta"),
            ("Nowak", "Zofia"),
            ("Łoś", "Adam"),
            ("Lis", "Zenon"),
        ];
        let want = vec![
            ("Lis", "Zenon"),
            ("Łoś", "Adam"),
            ("Nowak", "Zofia"),
            ("Nowak", "Żaneta"),
            ("Nowakowska", "Anna"),
        ];
        let mut by_key = people.clone();
        people.sort_by(|a, b| name_cmp(*a, *b));
        assert_eq!(people, want);
        by_key.sort_by_cached_key(|(l, f)| name_key(l, f));
        assert_eq!(by_key, want);
    }
}
