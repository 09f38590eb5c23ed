//! Polish plural forms: "1 osoba", "2–4 osoby", "5 osób", "12 osób", "22 osoby".

/// Which form a number takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    One,
    Few,
    Many,
}

pub fn form(n: u64) -> Form {
    if n == 1 {
        Form::One
    } else if (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100)) {
        Form::Few
    } else {
        Form::Many
    }
}

/// The three forms of a word after a number.
#[derive(Clone, Copy, Debug)]
pub struct Word(pub &'static str, pub &'static str, pub &'static str);

impl Word {
    pub fn pick(self, n: u64) -> &'static str {
        match form(n) {
            Form::One => self.0,
            Form::Few => self.1,
            Form::Many => self.2,
        }
    }

    /// `5 osób`.
    pub fn with(self, n: u64) -> String {
        format!("{n} {}", self.pick(n))
    }
}

pub const OSOBA: Word = Word("osoba", "osoby", "osób");
/// After a verb that takes the accusative ("skierowano"): 1 osobę, 2 osoby, 5 osób.
pub const OSOBA_ACC: Word = Word("osobę", "osoby", "osób");
/// After "z" (instrumental): z 1 osobą, z 2 osobami, z 5 osobami.
pub const OSOBA_INS: Word = Word("osobą", "osobami", "osobami");
/// After a noun (genitive): lista 1 osoby, 2 osób, 5 osób.
pub const OSOBA_GEN: Word = Word("osoby", "osób", "osób");
pub const KOBIETA: Word = Word("kobieta", "kobiety", "kobiet");
pub const MEZCZYZNA: Word = Word("mężczyzna", "mężczyzn", "mężczyzn");
pub const GODZINA: Word = Word("godzina", "godziny", "godzin");
pub const SPOTKANIE: Word = Word("spotkanie", "spotkania", "spotkań");
pub const KONTRAKT_SOCJALNY: Word = Word(
    "kontrakt socjalny",
    "kontrakty socjalne",
    "kontraktów socjalnych",
);
/// After "na" (locative): na 1 stanowisku, na 20 stanowiskach.
pub const STANOWISKO_LOC: Word = Word("stanowisku", "stanowiskach", "stanowiskach");
pub const STANOWISKO: Word = Word("stanowisko", "stanowiska", "stanowisk");
/// People without a record at an event: 1 gość, 2 gości, 5 gości.
pub const GOSC: Word = Word("gość", "gości", "gości");
/// The present tense after "z których N": 1 pracuje, 2 pracują, 5 pracuje.
pub const PRACUJE: Word = Word("pracuje", "pracują", "pracuje");

/// A past-tense verb agreeing with "N osób/osoby/osoba": odwiedziła, odwiedziły, odwiedziło.
pub fn verb(n: u64, stem: &str) -> String {
    match form(n) {
        Form::One => format!("{stem}ła"),
        Form::Few => format!("{stem}ły"),
        Form::Many => format!("{stem}ło"),
    }
}

/// Hours with a decimal comma: a half hour takes the genitive singular ("7,5 godziny").
pub fn hours(h: crate::domain::hours::Hours) -> String {
    if h.halves() % 2 == 1 {
        format!("{} godziny", h.to_pl_number())
    } else {
        GODZINA.with(h.halves() as u64 / 2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_of_forms() {
        let expect = |n: u64| -> &str {
            match n {
                1 => "osoba",
                _ if (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100)) => "osoby",
                _ => "osób",
            }
        };
        for n in 0..=200 {
            assert_eq!(OSOBA.pick(n), expect(n), "{n}");
        }
        assert_eq!(OSOBA.with(1), "1 osoba");
        assert_eq!(OSOBA.with(3), "3 osoby");
        assert_eq!(OSOBA.with(5), "5 osób");
        assert_eq!(OSOBA.with(12), "12 osób");
        assert_eq!(OSOBA.with(13), "13 osób");
        assert_eq!(OSOBA.with(14), "14 osób");
        assert_eq!(OSOBA.with(22), "22 osoby");
        assert_eq!(OSOBA.with(25), "25 osób");
        assert_eq!(OSOBA.with(112), "112 osób");
        assert_eq!(OSOBA.with(122), "122 osoby");
        assert_eq!(KOBIETA.with(1), "1 kobieta");
        assert_eq!(KOBIETA.with(2), "2 kobiety");
        assert_eq!(KOBIETA.with(27), "27 kobiet");
        assert_eq!(MEZCZYZNA.with(1), "1 mężczyzna");
        assert_eq!(MEZCZYZNA.with(17), "17 mężczyzn");
        assert_eq!(MEZCZYZNA.with(3), "3 mężczyzn");
        assert_eq!(verb(29, "odwiedzi"), "odwiedziło");
        assert_eq!(verb(4, "podję"), "podjęły");
        assert_eq!(verb(1, "podję"), "podjęła");
        assert_eq!(OSOBA_ACC.with(1), "1 osobę");
        assert_eq!(OSOBA_ACC.with(44), "44 osoby");
        assert_eq!(GOSC.with(1), "1 gość");
        assert_eq!(GOSC.with(21), "21 gości");
        assert_eq!(PRACUJE.pick(1), "pracuje");
        assert_eq!(PRACUJE.pick(4), "pracują");
        assert_eq!(PRACUJE.pick(5), "pracuje");
        assert_eq!(PRACUJE.pick(22), "pracują");
        assert_eq!(STANOWISKO.with(20), "20 stanowisk");
        assert_eq!(
            hours(crate::domain::hours::Hours::from_halves(15)),
            "7,5 godziny"
        );
        assert_eq!(hours(crate::domain::hours::Hours::whole(62)), "62 godziny");
        assert_eq!(hours(crate::domain::hours::Hours::whole(60)), "60 godzin");
    }
}
