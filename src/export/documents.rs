//! Printable documents: the social contract and the certificate (zaświadczenie).
//! They are official Polish documents, so their text is Polish whatever the UI language.

use crate::domain::contract::{ActionBy, Contract, GoalState};
use crate::domain::dates::pl;
use crate::domain::person::{Outcome, Participant, Sex};
use crate::domain::settings::Settings;
use crate::text::clean::{clean_block, clean_line, html, html_block};

/// A document as a title and sections of lines; rendered as text or HTML.
pub struct Document {
    /// Who issues it: the centre, its address, the club, the register entry.
    pub header: Vec<String>,
    pub title: String,
    pub sections: Vec<(String, Vec<String>)>,
    pub signatures: Vec<String>,
    pub place_date: String,
}

const WIDTH: usize = 72;

fn centre(s: &str) -> String {
    let len = s.chars().count();
    if len >= WIDTH {
        s.to_string()
    } else {
        format!("{}{}", " ".repeat((WIDTH - len) / 2), s)
    }
}

/// Wraps text at word boundaries for a fixed-width printer.
fn wrap(text: &str, indent: &str) -> Vec<String> {
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::from(indent);
        for word in para.split_whitespace() {
            if line.chars().count() + word.chars().count() + 1 > WIDTH && !line.trim().is_empty() {
                out.push(line);
                line = String::from(indent);
            }
            if line.len() > indent.len() {
                line.push(' ');
            }
            line.push_str(word);
        }
        out.push(line);
    }
    out
}

impl Document {
    pub fn to_text(&self) -> String {
        let mut out = Vec::new();
        for l in &self.header {
            out.push(clean_line(l).into_owned());
        }
        out.push(format!("{:>w$}", clean_line(&self.place_date), w = WIDTH));
        out.push(String::new());
        out.push(centre(&clean_line(&self.title)));
        out.push(String::new());
        for (heading, lines) in &self.sections {
            if !heading.is_empty() {
                out.push(clean_line(heading).into_owned());
            }
            for l in lines {
                out.extend(wrap(&clean_block(l), "  "));
            }
            out.push(String::new());
        }
        out.push(String::new());
        out.push(String::new());
        let cols = self.signatures.len().max(1);
        let w = WIDTH / cols;
        out.push(
            self.signatures
                .iter()
                .map(|_| format!("{:<w$}", "......................"))
                .collect::<String>()
                .trim_end()
                .to_string(),
        );
        out.push(
            self.signatures
                .iter()
                .map(|s| format!("{:<w$}", clean_line(s)))
                .collect::<String>()
                .trim_end()
                .to_string(),
        );
        out.join("\n") + "\n"
    }

    pub fn to_html(&self) -> String {
        let mut h = String::from(
            "<!DOCTYPE html>\n<html lang=\"pl\"><head><meta charset=\"utf-8\"><title>",
        );
        h.push_str(&html(&self.title));
        h.push_str("</title><style>body{font-family:serif;max-width:42em;margin:2em auto}h1{text-align:center;font-size:1.3em}.date{text-align:right}.sig{display:flex;justify-content:space-between;margin-top:4em}.sig div{border-top:1px dotted #000;padding-top:.3em;min-width:12em;text-align:center}@media print{body{margin:0}}</style></head><body>\n");
        let header: Vec<String> = self.header.iter().map(|l| html(l)).collect();
        h.push_str(&format!(
            "<p>{}</p>\n<p class=\"date\">{}</p>\n<h1>{}</h1>\n",
            header.join("<br>"),
            html(&self.place_date),
            html(&self.title)
        ));
        for (heading, lines) in &self.sections {
            if !heading.is_empty() {
                h.push_str(&format!("<h2>{}</h2>\n", html(heading)));
            }
            for l in lines {
                h.push_str(&format!("<p>{}</p>\n", html_block(l)));
            }
        }
        h.push_str("<div class=\"sig\">");
        for s in &self.signatures {
            h.push_str(&format!("<div>{}</div>", html(s)));
        }
        h.push_str("</div>\n</body></html>\n");
        h
    }
}

/// The letterhead: the centre that runs the club and its address, the club, its register entry.
fn issuer(settings: &Settings) -> Vec<String> {
    let some = |v: &Option<String>| v.clone().filter(|x| !x.trim().is_empty());
    let mut lines = Vec::new();
    lines.extend(some(&settings.parent_name));
    lines.extend(some(&settings.parent_address));
    lines.push(settings.club_name.clone());
    lines.extend(some(&settings.register_entry).map(|r| format!("wpis do rejestru KIS: {r}")));
    lines
}

/// The club's side of a contract: the centre, with the club as its unit.
fn club_party(settings: &Settings) -> String {
    match settings
        .parent_name
        .as_deref()
        .filter(|x| !x.trim().is_empty())
    {
        Some(centre) => format!("{centre} — {}", settings.club_name),
        None => settings.club_name.clone(),
    }
}

fn address(p: &Participant) -> String {
    p.address
        .as_ref()
        .and_then(|a| a.one_line())
        .unwrap_or_else(|| "—".into())
}

/// `pesel` is the PESEL as the reader may see it (masked for a viewer).
fn person_line(p: &Participant, pesel: Option<&str>) -> String {
    let id = match pesel {
        Some(x) => format!("PESEL {x}"),
        None => format!("ur. {}", pl(p.birth_date)),
    };
    // One line even when a stored field holds a line break.
    clean_line(&format!(
        "{} {}, {id}, zam. {}",
        p.first_name,
        p.last_name,
        address(p)
    ))
    .into_owned()
}

fn opt_date(d: Option<chrono::NaiveDate>) -> String {
    d.map(pl).unwrap_or_else(|| "—".into())
}

pub fn contract(
    settings: &Settings,
    p: &Participant,
    pesel: Option<&str>,
    c: &Contract,
    today: chrono::NaiveDate,
) -> Document {
    let mut sections = vec![(
        String::new(),
        vec![
            format!("zawarty w dniu {}.", opt_date(c.signed_on)),
            format!(
                "Strony: {} oraz {} {}.",
                club_party(settings),
                match p.sex {
                    Sex::K => "Pani",
                    Sex::M => "Pan",
                },
                person_line(p, pesel)
            ),
            format!(
                "Okres obowiązywania: od {} do {}.",
                opt_date(c.starts_on),
                opt_date(c.effective_end())
            ),
            format!(
                "Pracownik socjalny prowadzący: {}.",
                c.worker.as_deref().unwrap_or("—")
            ),
        ],
    )];
    if !c.situation.trim().is_empty() {
        sections.push(("1. Ocena sytuacji".into(), vec![c.situation.clone()]));
    }
    let goals: Vec<String> = c
        .goals
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let state = match g.state {
                GoalState::Open => "",
                GoalState::Met => " (osiągnięty)",
                GoalState::NotMet => " (nieosiągnięty)",
            };
            format!(
                "{}) {}{} — termin: {}",
                i + 1,
                g.text,
                state,
                opt_date(g.due_on)
            )
        })
        .collect();
    sections.push((
        "2. Cele".into(),
        if goals.is_empty() {
            vec!["—".into()]
        } else {
            goals
        },
    ));
    let actions: Vec<String> = c
        .actions
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let by = match a.by {
                ActionBy::Participant => "uczestnik",
                ActionBy::Centre => "ośrodek",
            };
            let done = a
                .done_on
                .map(|d| format!(", wykonano {}", pl(d)))
                .unwrap_or_default();
            format!(
                "{}) [{by}] {} — termin: {}{done}",
                i + 1,
                a.text,
                opt_date(a.due_on)
            )
        })
        .collect();
    sections.push((
        "3. Działania".into(),
        if actions.is_empty() {
            vec!["—".into()]
        } else {
            actions
        },
    ));
    if !c.reviews.is_empty() {
        sections.push((
            "4. Ocena realizacji".into(),
            c.reviews
                .iter()
                .map(|r| format!("{}: {}", pl(r.on), r.text))
                .collect(),
        ));
    }
    if !c.annexes.is_empty() {
        sections.push((
            "5. Aneksy".into(),
            c.annexes
                .iter()
                .map(|a| {
                    let end = a
                        .new_ends_on
                        .map(|d| format!(" (nowy termin zakończenia: {})", pl(d)))
                        .unwrap_or_default();
                    format!("{}: {}{end}", pl(a.on), a.text)
                })
                .collect(),
        ));
    }
    Document {
        header: issuer(settings),
        title: format!("KONTRAKT SOCJALNY nr {}", c.number),
        sections,
        signatures: vec!["uczestnik".into(), "pracownik socjalny".into()],
        place_date: format!("dnia {}", pl(today)),
    }
}

pub fn certificate(
    settings: &Settings,
    p: &Participant,
    pesel: Option<&str>,
    admitted: Option<chrono::NaiveDate>,
    today: chrono::NaiveDate,
) -> Document {
    let (who, title, took, ended) = match p.sex {
        Sex::K => ("Uczestniczka", "Pani", "brała", "zakończyła"),
        Sex::M => ("Uczestnik", "Pan", "brał", "zakończył"),
    };
    let mut lines = vec![format!(
        "Zaświadcza się, że {title} {} {} udział w programie reintegracji społecznej i zawodowej realizowanym przez: {}, w okresie od {} do {}.",
        person_line(p, pesel),
        took,
        club_party(settings),
        opt_date(admitted),
        opt_date(p.ended_on)
    )];
    let how = match (p.status, p.outcome) {
        (crate::domain::person::Status::Finished, Some(o)) => format!(
            "{who} {ended} udział w programie{}.",
            match o {
                Outcome::Employed => " podjęciem zatrudnienia",
                Outcome::SelfEmployed => " podjęciem działalności gospodarczej",
                Outcome::Independent => " usamodzielnieniem się",
                Outcome::Cis => " skierowaniem do Centrum Integracji Społecznej",
                Outcome::Other => "",
            }
        ),
        _ => format!("{who} {ended} udział w programie przed terminem."),
    };
    lines.push(how);
    lines.push("Zaświadczenie wydaje się na podstawie art. 18 ust. 5a ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym.".into());
    Document {
        header: issuer(settings),
        title: "ZAŚWIADCZENIE".into(),
        sections: vec![(String::new(), lines)],
        signatures: vec!["pieczęć klubu".into(), "koordynator KIS".into()],
        place_date: format!("dnia {}", pl(today)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contract::tests::{d, sample as a_contract};
    use crate::domain::person::tests::sample as person;

    fn club() -> Settings {
        Settings {
            club_name: "Klub Integracji Społecznej w Przykładowie".into(),
            parent_name: Some("Miejski Ośrodek Pomocy Społecznej w Przykładowie".into()),
            parent_address: Some("ul. Próbna 1, 00-001 Przykładowo".into()),
            register_entry: Some("nr 12/2016 z 11.04.2016".into()),
            ..Settings::default()
        }
    }

    #[test]
    fn the_contract_is_made_by_the_centre_with_the_club_as_its_unit() {
        let text =
            super::contract(&club(), &person(), None, &a_contract(), d("2026-11-30")).to_text();
        let head: Vec<&str> = text.lines().take(4).collect();
        assert_eq!(
            head,
            [
                "Miejski Ośrodek Pomocy Społecznej w Przykładowie",
                "ul. Próbna 1, 00-001 Przykładowo",
                "Klub Integracji Społecznej w Przykładowie",
                "wpis do rejestru KIS: nr 12/2016 z 11.04.2016",
            ]
        );
        assert!(
            text.contains(
                "Strony: Miejski Ośrodek Pomocy Społecznej w Przykładowie — Klub\n  Integracji Społecznej w Przykładowie oraz"
            ) || text.replace("\n  ", " ").contains(
                "Strony: Miejski Ośrodek Pomocy Społecznej w Przykładowie — Klub Integracji Społecznej w Przykładowie oraz"
            ),
            "{text}"
        );
    }

    #[test]
    fn the_certificate_is_issued_by_the_club_of_the_centre() {
        let mut p = person();
        p.status = crate::domain::person::Status::Finished;
        p.outcome = Some(Outcome::Employed);
        p.ended_on = Some(d("2026-06-30"));
        let text = certificate(&club(), &p, None, Some(d("2026-01-02")), d("2026-11-30")).to_text();
        let flat = text.replace("\n  ", " ");
        assert!(
            flat.contains("realizowanym przez: Miejski Ośrodek Pomocy Społecznej w Przykładowie — Klub Integracji Społecznej w Przykładowie"),
            "{text}"
        );
        // without a centre set, the club alone
        let alone = certificate(&Settings::default(), &p, None, None, d("2026-11-30")).to_text();
        assert!(alone.starts_with("Klub Integracji Społecznej\n"), "{alone}");
    }
}
