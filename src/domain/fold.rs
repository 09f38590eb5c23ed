//! The pre-folded search key: lower case with an explicit Polish map.
//! `ł` has no Unicode decomposition, so generic accent stripping misses it.

pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        let c = match ch {
            'ą' | 'Ą' => 'a',
            'ć' | 'Ć' => 'c',
            'ę' | 'Ę' => 'e',
            'ł' | 'Ł' => 'l',
            'ń' | 'Ń' => 'n',
            'ó' | 'Ó' => 'o',
            'ś' | 'Ś' => 's',
            'ź' | 'Ź' | 'ż' | 'Ż' => 'z',
            c if c.is_ascii() => c.to_ascii_lowercase(),
            c => {
                let mut lower = c.to_lowercase();
                match (lower.next(), lower.next()) {
                    (Some(l), None) => l,
                    _ => c,
                }
            }
        };
        out.push(c);
    }
    out
}

/// Digits only, so `600 100 200` and `+48600100200` match typed digits.
pub fn digits(text: &str) -> String {
    text.chars().filter(|c| c.is_ascii_digit()).collect()
}

/// A query typed as a phone number, reduced to the digits the search key holds:
/// `+48 600 100 200`, `0048-600-100-200` and `(600) 100 200` give `600100200`.
/// A query is a phone number when it holds digits and nothing but digits,
/// spaces, dashes, dots, brackets and a leading `+`; the country code `+48` or
/// `0048` goes (a bare `48…` stays: a PESEL may start so). Any other query is
/// `None` and is searched as typed.
pub fn phone_query(query: &str) -> Option<String> {
    let q = query.trim();
    let rest = q.strip_prefix('+');
    let body = rest.unwrap_or(q);
    let phone_like = body.chars().any(|c| c.is_ascii_digit())
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')'));
    if !phone_like {
        return None;
    }
    let all = digits(body);
    let national = match rest {
        Some(_) => all.strip_prefix("48"),
        None => all.strip_prefix("0048"),
    };
    Some(
        national
            .filter(|n| !n.is_empty())
            .unwrap_or(&all)
            .to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_query_loses_the_country_code_and_the_spaces() {
        for typed in [
            "+48 600 100 200",
            "+48600100200",
            "0048 600-100-200",
            "600 100 200",
            "600-100-200",
            "(600) 100.200",
            " 600100200 ",
        ] {
            assert_eq!(phone_query(typed).as_deref(), Some("600100200"), "{typed}");
        }
        // A PESEL starting with 48 keeps its digits; a foreign code stays as typed.
        assert_eq!(phone_query("48010112345").as_deref(), Some("48010112345"));
        assert_eq!(phone_query("+49 30 1234").as_deref(), Some("49301234"));
        // Names, mixed queries and signs alone are no phone numbers.
        for typed in ["Nowak", "Nowak 600", "+", "-", "", "+48+600"] {
            assert_eq!(phone_query(typed), None, "{typed}");
        }
    }

    #[test]
    fn folds_polish_letters() {
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Żółć"), "zolc");
        assert_eq!(fold("ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż"), "acelnoszz acelnoszz");
        assert_eq!(digits("+48 600-100-200"), "48600100200");
    }
}
