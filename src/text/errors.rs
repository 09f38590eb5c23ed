//! The desk's messages in both languages: one place for every error a person reads.

use super::Lang;
use crate::domain::contract::ContractError;
use crate::domain::dates::{pl, pl_short};
use crate::domain::person::ParticipantError;
use crate::domain::pesel::PeselError;
use crate::domain::psu::{AgreementError, HoursRefusal};

pub fn pesel(lang: Lang, e: &PeselError) -> String {
    match (lang, e) {
        (Lang::En, e) => e.to_string(),
        (Lang::Pl, PeselError::Length(p)) => format!("PESEL {p} musi mieć dokładnie 11 cyfr"),
        (Lang::Pl, PeselError::CheckDigit(p)) => format!("PESEL {p} ma błędną cyfrę kontrolną"),
        (Lang::Pl, PeselError::Date(p)) => format!("PESEL {p} zawiera datę, która nie istnieje"),
    }
}

pub fn participant(lang: Lang, e: &ParticipantError) -> String {
    use ParticipantError as E;
    if lang == Lang::En {
        return e.to_string();
    }
    match e {
        E::Empty("first_name") => "imię jest puste".into(),
        E::Empty("last_name") => "nazwisko jest puste".into(),
        E::Empty(f) => format!("pole {f} jest puste"),
        E::Pesel(p) => pesel(lang, p),
        E::BirthDateMismatch {
            pesel,
            given,
            from_pesel,
        } => format!(
            "data urodzenia {} nie zgadza się z PESEL {pesel} (z numeru wynika {})",
            pl(*given),
            pl(*from_pesel)
        ),
        E::SexMismatch {
            pesel,
            given,
            from_pesel,
        } => {
            format!("płeć {given} nie zgadza się z PESEL {pesel} (z numeru wynika {from_pesel})")
        }
        E::PostalCode(c) => format!("kod pocztowy {c:?} nie ma postaci NN-NNN"),
        E::NoCategory => "wymagana jest co najmniej jedna grupa".into(),
        E::UnknownCategory(c) => format!("nieznana grupa {c:?}"),
        E::Excluded(name, ex) => format!(
            "{name} nie może uczestniczyć w KIS: {} wyklucza udział ({})",
            if ex.barring_basis_is_club() {
                exclusion_pl(*ex).to_string()
            } else {
                format!("prawo do świadczenia „{}”", exclusion_pl(*ex))
            },
            if ex.barring_basis_is_club() {
                "regulamin klubu"
            } else {
                "art. 1 ust. 3"
            }
        ),
        E::MissingOutcome => "status „zakończony” wymaga podania efektu".into(),
        E::MissingReason => "status „przerwany” wymaga podania przyczyny".into(),
        E::UnknownReason(r) => format!("nieznana przyczyna przerwania {r:?}"),
        E::MissingEnd(s) => format!("status {s} wymaga daty zakończenia (ended_on)"),
        E::UnexpectedEnd(s) => {
            format!("status {s} nie może mieć daty zakończenia, efektu ani zaświadczenia")
        }
        E::RejectedWithoutReason => "odrzucony wniosek wymaga podania przyczyny".into(),
        E::BeforeBirth { what, date, birth } => {
            format!(
                "{what} {} jest wcześniej niż data urodzenia {}",
                pl(*date),
                pl(*birth)
            )
        }
        E::CertificateBeforeEnd { cert, ended } => {
            format!(
                "data zaświadczenia {} jest wcześniejsza niż zakończenie {}",
                pl(*cert),
                pl(*ended)
            )
        }
    }
}

pub fn exclusion_pl(e: crate::domain::person::Exclusion) -> &'static str {
    use crate::domain::person::Exclusion as X;
    match e {
        X::UnemploymentBenefit => "zasiłek dla bezrobotnych",
        X::PreRetirementAllowance => "zasiłek przedemerytalny",
        X::PreRetirementBenefit => "świadczenie przedemerytalne",
        X::StructuralPension => "renta strukturalna",
        X::RetirementPension => "emerytura",
        X::TeacherCompensation => "nauczycielskie świadczenie kompensacyjne",
        X::DisabilityPension => "renta z tytułu niezdolności do pracy",
        X::Employed => "zatrudnienie",
        X::SocialPension => "renta socjalna",
        X::OtherBenefit => "inne świadczenie",
    }
}

pub fn contract(lang: Lang, e: &ContractError) -> String {
    use ContractError as E;
    if lang == Lang::En {
        return e.to_string();
    }
    match e {
        E::NoNumber => "numer kontraktu jest pusty".into(),
        E::Missing(n, _, field) => format!("kontrakt {n} wymaga pola {field}"),
        E::EndsBeforeStart {
            number,
            starts,
            ends,
        } => {
            format!(
                "kontrakt {number} kończy się {} przed rozpoczęciem {}",
                pl(*ends),
                pl(*starts)
            )
        }
        E::SecondActive {
            participant,
            existing,
        } => {
            format!("uczestnik {participant} ma już aktywny kontrakt {existing}")
        }
        E::Rejected { number } => {
            format!("kontrakt {number}: osoba z odrzuconym wnioskiem nie może mieć kontraktu")
        }
        E::ParticipationEnded(_) => "udział tej osoby jest zakończony; powrót z nowym kontraktem nie jest jeszcze obsługiwany".into(),
        E::Closed { number, state } => format!(
            "kontrakt {number} jest zamknięty ({}); aby go poprawić, otwórz go do poprawki i podaj powód",
            (super::catalog::catalog(Lang::Pl).person_export.contract_state)(*state)
        ),
    }
}

pub fn agreement(lang: Lang, e: &AgreementError) -> String {
    use AgreementError as E;
    if lang == Lang::En {
        return e.to_string();
    }
    match e {
        E::NoNumber => "numer porozumienia jest pusty".into(),
        E::EndsBeforeStart(n) => format!("porozumienie {n} kończy się przed rozpoczęciem"),
        E::NoRate(n) => format!("porozumienie {n} nie ma stawki"),
        E::RateAfterStart(n) => {
            format!("porozumienie {n}: pierwsza stawka musi obowiązywać od początku porozumienia")
        }
        E::RatesOrder(n) => {
            format!("porozumienie {n}: stawki muszą być w kolejności dat, bez powtórzeń")
        }
        E::Refund(n, p) => format!("porozumienie {n}: refundacja {p}% przekracza 100%"),
        E::Limits(n) => format!("porozumienie {n}: limity godzin muszą być dodatnie"),
    }
}

pub fn hours(lang: Lang, e: &HoursRefusal) -> String {
    use HoursRefusal as E;
    if lang == Lang::En {
        return e.to_string();
    }
    match e {
        E::Weekly {
            week_from,
            week_to,
            before,
            adding,
            total,
            limit,
        } => format!(
            "tydzień {}–{}: {} + {} = {} > {}",
            pl_short(*week_from),
            pl_short(*week_to),
            before.to_pl(),
            adding.to_pl(),
            total.to_pl(),
            limit.to_pl()
        ),
        E::Monthly {
            month,
            before,
            adding,
            total,
            limit,
        } => format!(
            "miesiąc {}: {} + {} = {} > {}",
            month.format("%m.%Y"),
            before.to_pl(),
            adding.to_pl(),
            total.to_pl(),
            limit.to_pl()
        ),
        E::OutsideAssignment { date, from, to } => {
            format!(
                "{} jest poza okresem skierowania {}–{}",
                pl(*date),
                pl(*from),
                pl(*to)
            )
        }
        E::OutsideAgreement { date, from, to } => {
            format!(
                "{} jest poza okresem porozumienia {}–{}",
                pl(*date),
                pl(*from),
                pl(*to)
            )
        }
        E::NotParticipating {
            date,
            admitted,
            ended,
        } => format!(
            "{}: osoba nie jest w tym dniu uczestnikiem KIS ({}); godziny PSU wpisuje się tylko w dniach uczestnictwa",
            pl(*date),
            participation_pl(*admitted, *ended)
        ),
        E::AbsenceWithHours => "nieobecność nie może mieć przepracowanych godzin".into(),
        E::NoRate(d) => format!("żadna stawka porozumienia nie obowiązuje {}", pl(*d)),
    }
}

/// "przyjęta 01.02.2026, zakończenie 30.06.2026", or "nie przyjęta".
fn participation_pl(
    admitted: Option<chrono::NaiveDate>,
    ended: Option<chrono::NaiveDate>,
) -> String {
    match (admitted, ended) {
        (None, _) => "nie została przyjęta".into(),
        (Some(a), None) => format!("przyjęta {}", pl(a)),
        (Some(a), Some(e)) => format!("przyjęta {}, zakończenie {}", pl(a), pl(e)),
    }
}

pub fn assignment(lang: Lang, e: &crate::domain::psu::AssignmentError) -> String {
    use crate::domain::psu::AssignmentError as E;
    if lang == Lang::En {
        return e.to_string();
    }
    match e {
        E::NotParticipant {
            from,
            admitted,
            ended,
        } => format!(
            "w dniu {} osoba nie jest uczestnikiem KIS ({}); do PSU kieruje się tylko uczestnika",
            pl(*from),
            participation_pl(*admitted, *ended)
        ),
        E::NotRegistered => "PSU wymaga rejestracji w powiatowym urzędzie pracy".into(),
        E::EndsBeforeStart => "skierowanie kończy się przed rozpoczęciem".into(),
        E::OutsideAgreement {
            from,
            to,
            a_from,
            a_to,
        } => format!(
            "skierowanie {}–{} wykracza poza porozumienie {}–{}",
            pl(*from),
            pl(*to),
            pl(*a_from),
            pl(*a_to)
        ),
        E::ResignOutside(d) => format!("data rezygnacji {} jest poza okresem skierowania", pl(*d)),
    }
}

/// A field over a limit, out of its range, or holding a control character.
pub fn field(lang: Lang, e: &crate::domain::limits::FieldError) -> String {
    use super::plural::Word;
    use crate::domain::limits::Problem as P;
    if lang == Lang::En {
        return e.to_string();
    }
    const ZNAK: Word = Word("znak", "znaki", "znaków");
    const BAJT: Word = Word("bajt", "bajty", "bajtów");
    const POZYCJA: Word = Word("pozycja", "pozycje", "pozycji");
    let what = match &e.problem {
        P::Empty => "jest puste".to_string(),
        P::TooLongChars { len, max } => {
            format!("{}, dopuszczalne najwyżej {max}", ZNAK.with(*len as u64))
        }
        P::TooLongBytes { len, max } => {
            format!("{}, dopuszczalne najwyżej {max}", BAJT.with(*len as u64))
        }
        P::Control { code, at } => {
            format!("znak sterujący U+{code:04X} na pozycji {at} jest niedozwolony")
        }
        P::TooMany { count, max } => {
            format!(
                "{}, dopuszczalne najwyżej {max}",
                POZYCJA.with(*count as u64)
            )
        }
        P::Range { value, min, max } => {
            format!("{value} jest poza zakresem {min}–{max}")
        }
    };
    format!("{}, pole {}: {what}", e.record, e.field)
}

/// A JSON reader's reason (serde's English) in `lang`: what a damaged import
/// line says. The patterns are serde_json's; anything else stays as it is.
pub fn json_reason(lang: Lang, reason: &str) -> String {
    match lang {
        Lang::En => reason.to_string(),
        Lang::Pl => json_reason_pl(reason),
    }
}

pub fn json_reason_pl(reason: &str) -> String {
    // "… at line 1 column 23": the column is worth keeping; the line is the file's.
    let (body, column) = match reason.rsplit_once(" at line ") {
        Some((body, at)) => (
            body,
            at.split_once(" column ")
                .map(|(_, c)| format!(" (kolumna {c})")),
        ),
        None => (reason, None),
    };
    let quoted = |s: &str| s.trim_matches('`').to_string();
    let after = |prefix: &str| body.strip_prefix(prefix);
    let words = if let Some(f) = after("missing field ") {
        format!("brak pola „{}”", quoted(f))
    } else if let Some(f) = after("duplicate field ") {
        format!("pole „{}” powtórzone", quoted(f))
    } else if let Some(rest) = after("unknown field ") {
        let (f, _) = rest.split_once(", expected").unwrap_or((rest, ""));
        format!("nieznane pole „{}”", quoted(f))
    } else if let Some(rest) = after("unknown variant ") {
        match rest.split_once(", expected ") {
            Some((v, allowed)) => format!(
                "nieznana wartość „{}” (dozwolone: {})",
                quoted(v),
                allowed
                    .trim_start_matches("one of ")
                    .replace(" or ", ", ")
                    .replace('`', "")
            ),
            None => format!("nieznana wartość „{}”", quoted(rest)),
        }
    } else if let Some(rest) = after("invalid type: ").or_else(|| after("invalid value: ")) {
        match rest.split_once(", expected ") {
            Some((got, want)) => format!("zła wartość: {got}, oczekiwano: {want}"),
            None => format!("zła wartość: {rest}"),
        }
    } else if let Some(rest) = after("invalid length ") {
        format!("zła liczba elementów: {rest}")
    } else {
        match body {
            "expected value" => "oczekiwano wartości".into(),
            "expected `,` or `}`" => "oczekiwano „,” albo „}”".into(),
            "expected `,` or `]`" => "oczekiwano „,” albo „]”".into(),
            "expected `:`" => "oczekiwano „:”".into(),
            "key must be a string" => "nazwa pola musi być w cudzysłowie".into(),
            "trailing characters" => "znaki po końcu wartości".into(),
            "trailing comma" => "przecinek przed końcem".into(),
            "invalid escape" => "zła sekwencja ucieczki".into(),
            "invalid number" => "zła liczba".into(),
            "number out of range" => "liczba poza zakresem".into(),
            "EOF while parsing a value"
            | "EOF while parsing an object"
            | "EOF while parsing a list"
            | "EOF while parsing a string" => "wiersz urywa się w środku wartości".into(),
            s if s.starts_with("control character") => "znak sterujący w tekście".into(),
            s => s.to_string(),
        }
    };
    format!("{words}{}", column.unwrap_or_default())
}

#[cfg(test)]
mod json_reason_tests {
    use super::json_reason_pl as pl;

    #[test]
    fn serde_reasons_read_in_polish() {
        assert_eq!(pl("missing field `id`"), "brak pola „id”");
        assert_eq!(
            pl("unknown variant `x`, expected `K` or `M` at line 1 column 40"),
            "nieznana wartość „x” (dozwolone: K, M) (kolumna 40)"
        );
        assert_eq!(
            pl("unknown variant `zz`, expected one of `a`, `b`, `c`"),
            "nieznana wartość „zz” (dozwolone: a, b, c)"
        );
        assert_eq!(
            pl("invalid type: string \"abc\", expected u32 at line 1 column 9"),
            "zła wartość: string \"abc\", oczekiwano: u32 (kolumna 9)"
        );
        assert_eq!(
            pl("expected value at line 1 column 1"),
            "oczekiwano wartości (kolumna 1)"
        );
        assert_eq!(pl("something new"), "something new");
    }
}

/// An operating system's reason (the C library's English, as `io::Error`
/// shows it) in Polish, without the `(os error N)` tail; others stay as they are.
pub fn os_pl(reason: &str) -> String {
    let (body, tail) = match reason.find(" (os error ") {
        Some(i) => (&reason[..i], &reason[i..]),
        None => (reason, ""),
    };
    let words = match body {
        "No such file or directory" => "nie ma takiego pliku ani katalogu",
        "Permission denied" => "brak uprawnień",
        "Operation not permitted" => "operacja niedozwolona",
        "No space left on device" => "brak miejsca na dysku",
        "Disk quota exceeded" => "przekroczony przydział miejsca na dysku",
        "File exists" => "plik już istnieje",
        "Is a directory" => "to jest katalog, nie plik",
        "Not a directory" => "to nie jest katalog",
        "Directory not empty" => "katalog nie jest pusty",
        "Read-only file system" => "system plików tylko do odczytu",
        "Too many open files" => "za dużo otwartych plików",
        "Input/output error" => "błąd wejścia-wyjścia (dysk)",
        "Resource temporarily unavailable" => "zasób chwilowo niedostępny",
        "Connection refused" => "połączenie odrzucone",
        "Broken pipe" => "przerwane połączenie",
        "File name too long" => "za długa nazwa pliku",
        _ => return format!("{body}{tail}"),
    };
    words.to_string()
}

#[cfg(test)]
mod os_tests {
    #[test]
    fn the_commonest_system_reasons_read_in_polish() {
        let e = std::io::Error::from_raw_os_error(libc::ENOENT);
        assert_eq!(
            super::os_pl(&e.to_string()),
            "nie ma takiego pliku ani katalogu"
        );
        let e = std::io::Error::from_raw_os_error(libc::EACCES);
        assert_eq!(super::os_pl(&e.to_string()), "brak uprawnień");
        assert_eq!(super::os_pl("something else"), "something else");
    }
}
