//! The participant, their statutory groups, exclusions and status lifecycle.

use super::fold::{digits, fold};
use super::pesel::Pesel;
use super::settings::Settings;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Declares a code enum: snake_case codes in JSON and in the text catalog,
/// stable variant order for bincode (never reorder, only append).
macro_rules! code_enum {
    ($(#[$m:meta])* $name:ident { $($var:ident = $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, ::serde::Serialize, ::serde::Deserialize)]
        pub enum $name {
            $(#[serde(rename = $code)] $var),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$var),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$var => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<$name> {
                match code { $($code => Some($name::$var),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}
pub(crate) use code_enum;

code_enum!(
    /// `K` (kobieta, woman) or `M` (mężczyzna, man).
    Sex { K = "K", M = "M" }
);

code_enum!(Status {
    Applicant = "applicant",
    Active = "active",
    Finished = "finished",
    Interrupted = "interrupted",
    Rejected = "rejected",
});

code_enum!(Outcome {
    Employed = "employed",
    SelfEmployed = "self_employed",
    Independent = "independent",
    Cis = "cis",
    Other = "other",
});

code_enum!(InterruptReason {
    ContractBreach = "contract_breach",
    Health = "health",
    Addiction = "addiction",
    Moved = "moved",
    Childcare = "childcare",
    TookJob = "took_job",
    Other = "other",
});

code_enum!(ReferredBy {
    SocialWorker = "social_worker",
    SelfReferred = "self",
    Pup = "pup",
    Other = "other",
});

code_enum!(
    /// Benefit rights and situations that art. 1 ust. 3 (and club rules) weigh at intake.
    Exclusion {
        UnemploymentBenefit = "unemployment_benefit",
        PreRetirementAllowance = "pre_retirement_allowance",
        PreRetirementBenefit = "pre_retirement_benefit",
        StructuralPension = "structural_pension",
        RetirementPension = "retirement_pension",
        TeacherCompensation = "teacher_compensation",
        DisabilityPension = "disability_pension",
        Employed = "employed",
        SocialPension = "social_pension",
        OtherBenefit = "other_benefit",
    }
);

impl Exclusion {
    /// Whether this right bars participation under the club's settings. The Act's
    /// benefits always bar; a disability pension (art. 1 ust. 3a), a social pension
    /// and other benefits only when the club's rules list them (`extra_exclusions`);
    /// employment only by club rule.
    /// The benefits the Act does not list but a club's rules may (`extra_exclusions`).
    pub const CLUB_MAY_BAR: [Exclusion; 3] = [
        Exclusion::DisabilityPension,
        Exclusion::SocialPension,
        Exclusion::OtherBenefit,
    ];

    /// Whether a barring benefit bars by the club's rules rather than the Act.
    pub fn barring_basis_is_club(self) -> bool {
        Self::CLUB_MAY_BAR.contains(&self) || self == Exclusion::Employed
    }

    /// Barring only because the club's own rules say so.
    pub fn barred_by_club(self, settings: &Settings) -> bool {
        Self::CLUB_MAY_BAR.contains(&self) && settings.extra_exclusions.contains(&self)
    }

    pub fn bars(self, settings: &Settings) -> bool {
        match self {
            Exclusion::DisabilityPension | Exclusion::SocialPension | Exclusion::OtherBenefit => {
                settings.extra_exclusions.contains(&self)
            }
            Exclusion::Employed => settings.exclude_employed,
            Exclusion::UnemploymentBenefit
            | Exclusion::PreRetirementAllowance
            | Exclusion::PreRetirementBenefit
            | Exclusion::StructuralPension
            | Exclusion::RetirementPension
            | Exclusion::TeacherCompensation => true,
        }
    }
}

/// The first exclusion that bars this person, if any.
pub fn barring_exclusion(exclusions: &[Exclusion], settings: &Settings) -> Option<Exclusion> {
    exclusions.iter().copied().find(|e| e.bars(settings))
}

/// The reason of a rejected application that gives none: the first barring
/// exclusion's code, or `other`.
pub fn rejection_reason(exclusions: &[Exclusion], settings: &Settings) -> String {
    barring_exclusion(exclusions, settings)
        .map_or("other", Exclusion::code)
        .to_string()
}

/// A statutory or local group. The list is data; the eight statutory ones are seeded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    pub code: String,
    pub name: String,
    /// Special-category data under the GDPR (health, addiction, convictions).
    pub sensitive: bool,
    /// No longer offered at intake; kept on the people who have it and in past reports.
    #[serde(default)]
    pub retired: bool,
}

pub const STATUTORY_GROUPS: [(&str, &str, bool); 8] = [
    (
        "homeless",
        "bezdomni realizujący indywidualny program wychodzenia z bezdomności",
        false,
    ),
    ("alcohol", "uzależnieni od alkoholu", true),
    ("drugs", "uzależnieni od narkotyków", true),
    ("mental", "chorzy psychicznie", true),
    ("long_term_unemployed", "długotrwale bezrobotni", false),
    ("prison", "zwalniani z zakładów karnych", true),
    (
        "refugee",
        "uchodźcy realizujący indywidualny program integracji",
        false,
    ),
    ("disabled", "osoby niepełnosprawne", true),
];

pub fn is_statutory_group(code: &str) -> bool {
    STATUTORY_GROUPS.iter().any(|(c, _, _)| *c == code)
}

/// A club's own group code: lower-case letters a–z, digits and `_` (it is written in
/// files and typed in commands).
pub fn valid_group_code(code: &str) -> bool {
    !code.is_empty()
        && code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

pub fn statutory_categories() -> Vec<Category> {
    STATUTORY_GROUPS
        .iter()
        .map(|(code, name, sensitive)| Category {
            code: code.to_string(),
            name: name.to_string(),
            sensitive: *sensitive,
            retired: false,
        })
        .collect()
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    #[serde(default)]
    pub street: Option<String>,
    #[serde(default)]
    pub postal_code: Option<String>,
    #[serde(default)]
    pub city: Option<String>,
}

fn applicant() -> Status {
    Status::Applicant
}

impl Address {
    /// `ul. Polna 3, 47-200 Kędzierzyn-Koźle` (no comma between the postal code and
    /// the town, as Polish addresses are written), or None when empty.
    pub fn one_line(&self) -> Option<String> {
        fn some(v: &Option<String>) -> Option<&str> {
            v.as_deref().map(str::trim).filter(|s| !s.is_empty())
        }
        let town: Vec<&str> = [some(&self.postal_code), some(&self.city)]
            .into_iter()
            .flatten()
            .collect();
        let parts: Vec<String> = [some(&self.street).map(str::to_string)]
            .into_iter()
            .flatten()
            .chain((!town.is_empty()).then(|| town.join(" ")))
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

/// A participant. Field order is the interchange order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub id: String,
    pub first_name: String,
    pub last_name: String,
    #[serde(default)]
    pub pesel: Option<Pesel>,
    pub birth_date: NaiveDate,
    pub sex: Sex,
    #[serde(default)]
    pub address: Option<Address>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub exclusions: Vec<Exclusion>,
    #[serde(default)]
    pub referred_by: Option<ReferredBy>,
    #[serde(default)]
    pub referrer: Option<String>,
    #[serde(default)]
    pub pup_registered: bool,
    #[serde(default)]
    pub applied_on: Option<NaiveDate>,
    #[serde(default)]
    pub interview_on: Option<NaiveDate>,
    #[serde(default)]
    pub consent_on: Option<NaiveDate>,
    #[serde(default = "applicant")]
    pub status: Status,
    #[serde(default)]
    pub outcome: Option<Outcome>,
    /// The interruption reason; for a rejected application, the barring exclusion's code.
    #[serde(default)]
    pub reason: Option<String>,
    #[serde(default)]
    pub ended_on: Option<NaiveDate>,
    #[serde(default)]
    pub certificate_on: Option<NaiveDate>,
    #[serde(default)]
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParticipantError {
    #[error("{0} is empty")]
    Empty(&'static str),
    #[error(transparent)]
    Pesel(#[from] super::pesel::PeselError),
    #[error("birth date {given} does not match PESEL {pesel} (which gives {from_pesel})")]
    BirthDateMismatch {
        pesel: String,
        given: NaiveDate,
        from_pesel: NaiveDate,
    },
    #[error("sex {given} does not match PESEL {pesel} (which gives {from_pesel})")]
    SexMismatch {
        pesel: String,
        given: Sex,
        from_pesel: Sex,
    },
    #[error("postal code {0:?} is not of the form NN-NNN")]
    PostalCode(String),
    #[error("at least one group is required")]
    NoCategory,
    #[error("unknown group {0:?}")]
    UnknownCategory(String),
    #[error("{0} is excluded: the right to {1} bars participation ({basis})", basis = if .1.barring_basis_is_club() { "the club's rules" } else { "art. 1 ust. 3" })]
    Excluded(String, Exclusion),
    #[error("status finished needs an outcome")]
    MissingOutcome,
    #[error("status interrupted needs a reason")]
    MissingReason,
    #[error("unknown interruption reason {0:?}")]
    UnknownReason(String),
    #[error("status {0} needs ended_on")]
    MissingEnd(Status),
    #[error("status {0} cannot have ended_on, outcome or a certificate")]
    UnexpectedEnd(Status),
    #[error("a rejected application needs the reason that bars it")]
    RejectedWithoutReason,
    #[error("{what} {date} is before the birth date {birth}")]
    BeforeBirth {
        what: &'static str,
        date: NaiveDate,
        birth: NaiveDate,
    },
    #[error("certificate date {cert} is before ended_on {ended}")]
    CertificateBeforeEnd { cert: NaiveDate, ended: NaiveDate },
}

pub fn valid_postal_code(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 6
        && b[2] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
}

impl Participant {
    pub fn full_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
    }

    /// The pre-folded search key over name, PESEL and phone.
    pub fn search_key(&self) -> String {
        let mut k = fold(&format!("{} {}", self.last_name, self.first_name));
        if let Some(p) = &self.pesel {
            k.push(' ');
            k.push_str(p.as_str());
        }
        if let Some(ph) = &self.phone {
            k.push(' ');
            k.push_str(&digits(ph));
        }
        k
    }

    pub fn is_ended(&self) -> bool {
        matches!(self.status, Status::Finished | Status::Interrupted)
    }

    /// What the report's figures read of a participant, the rest left empty:
    /// the store keeps it beside the record, so a report decodes a few bytes
    /// per person. A figure that reads another field adds it here (the
    /// desk's report tests compare reports over these and over the records).
    pub fn for_figures(&self) -> Participant {
        Participant {
            id: self.id.clone(),
            first_name: String::new(),
            last_name: String::new(),
            pesel: None,
            birth_date: self.birth_date,
            sex: self.sex,
            address: None,
            phone: None,
            email: None,
            categories: self.categories.clone(),
            exclusions: vec![],
            referred_by: None,
            referrer: None,
            pup_registered: false,
            applied_on: None,
            interview_on: None,
            consent_on: None,
            status: self.status,
            outcome: self.outcome,
            reason: self.reason.clone(),
            ended_on: self.ended_on,
            certificate_on: None,
            notes: String::new(),
        }
    }

    /// Every rule a single record must keep, whatever else is stored.
    pub fn validate(
        &self,
        settings: &Settings,
        known_categories: &dyn Fn(&str) -> bool,
    ) -> Result<(), ParticipantError> {
        if self.first_name.trim().is_empty() {
            return Err(ParticipantError::Empty("first_name"));
        }
        if self.last_name.trim().is_empty() {
            return Err(ParticipantError::Empty("last_name"));
        }
        if let Some(p) = &self.pesel {
            if p.birth_date() != self.birth_date {
                return Err(ParticipantError::BirthDateMismatch {
                    pesel: p.to_string(),
                    given: self.birth_date,
                    from_pesel: p.birth_date(),
                });
            }
            if p.sex() != self.sex {
                return Err(ParticipantError::SexMismatch {
                    pesel: p.to_string(),
                    given: self.sex,
                    from_pesel: p.sex(),
                });
            }
        }
        if let Some(pc) = self.address.as_ref().and_then(|a| a.postal_code.as_ref()) {
            if !pc.is_empty() && !valid_postal_code(pc) {
                return Err(ParticipantError::PostalCode(pc.clone()));
            }
        }
        if self.categories.is_empty() {
            return Err(ParticipantError::NoCategory);
        }
        if let Some(c) = self.categories.iter().find(|c| !known_categories(c)) {
            return Err(ParticipantError::UnknownCategory(c.clone()));
        }
        for (what, date) in [
            ("applied_on", self.applied_on),
            ("interview_on", self.interview_on),
            ("consent_on", self.consent_on),
            ("ended_on", self.ended_on),
        ] {
            if let Some(date) = date {
                if date < self.birth_date {
                    return Err(ParticipantError::BeforeBirth {
                        what,
                        date,
                        birth: self.birth_date,
                    });
                }
            }
        }
        match self.status {
            Status::Rejected => {
                if self.reason.is_none() {
                    return Err(ParticipantError::RejectedWithoutReason);
                }
            }
            _ => {
                if let Some(e) = barring_exclusion(&self.exclusions, settings) {
                    return Err(ParticipantError::Excluded(self.full_name(), e));
                }
            }
        }
        match self.status {
            Status::Finished | Status::Interrupted => {
                if self.ended_on.is_none() {
                    return Err(ParticipantError::MissingEnd(self.status));
                }
                if self.status == Status::Finished && self.outcome.is_none() {
                    return Err(ParticipantError::MissingOutcome);
                }
                if self.status == Status::Interrupted {
                    match &self.reason {
                        None => return Err(ParticipantError::MissingReason),
                        Some(r) if InterruptReason::from_code(r).is_none() => {
                            return Err(ParticipantError::UnknownReason(r.clone()))
                        }
                        _ => {}
                    }
                }
                if let (Some(c), Some(e)) = (self.certificate_on, self.ended_on) {
                    if c < e {
                        return Err(ParticipantError::CertificateBeforeEnd { cert: c, ended: e });
                    }
                }
            }
            s => {
                if self.ended_on.is_some()
                    || self.outcome.is_some()
                    || self.certificate_on.is_some()
                {
                    return Err(ParticipantError::UnexpectedEnd(s));
                }
            }
        }
        Ok(())
    }

    pub fn interrupt_reason(&self) -> Option<InterruptReason> {
        if self.status == Status::Interrupted {
            self.reason.as_deref().and_then(InterruptReason::from_code)
        } else {
            None
        }
    }
}

/// Whether two records likely describe one person: the same PESEL, or the
/// same folded name and birth date.
pub fn likely_same_person(a: &Participant, b: &Participant) -> bool {
    if let (Some(x), Some(y)) = (&a.pesel, &b.pesel) {
        if x == y {
            return true;
        }
    }
    a.birth_date == b.birth_date
        && fold(a.first_name.trim()) == fold(b.first_name.trim())
        && fold(a.last_name.trim()) == fold(b.last_name.trim())
}

/// The day a finished participation's personal data fall due for anonymisation.
pub fn retention_ends(p: &Participant, retention_years: u32) -> Option<NaiveDate> {
    p.ended_on
        .filter(|_| p.is_ended())
        .map(|e| super::dates::add_months(e, retention_years.saturating_mul(12)))
}

/// Replaces the personal fields; keeps what reports count (sex, birth year,
/// groups, dates, status, outcome, reason).
pub fn anonymise(p: &mut Participant) {
    use chrono::Datelike;
    p.first_name = "—".into();
    p.last_name = format!("Zanonimizowany {}", p.id);
    p.pesel = None;
    p.birth_date = NaiveDate::from_ymd_opt(p.birth_date.year(), 1, 1).unwrap_or(p.birth_date);
    p.address = None;
    p.phone = None;
    p.email = None;
    p.referrer = None;
    p.notes.clear();
}

/// A note about a participant. A restricted one is read only by its author
/// and coordinators; others see that it exists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub id: String,
    pub participant_id: String,
    /// The staff login that wrote it.
    pub author: String,
    pub on: NaiveDate,
    #[serde(default)]
    pub restricted: bool,
    pub text: String,
}

impl Note {
    /// Who may read the text: the author, coordinators and admins; nobody
    /// else, and a viewer no note at all.
    pub fn readable_by(&self, login: &str, role: super::staff::Role) -> bool {
        use super::staff::Role;
        match role {
            Role::Viewer => false,
            Role::Admin | Role::Coordinator => true,
            Role::Worker => !self.restricted || self.author == login,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    #[test]
    fn an_address_reads_as_polish_addresses_are_written() {
        let a = |street: Option<&str>, postal: Option<&str>, city: Option<&str>| Address {
            street: street.map(Into::into),
            postal_code: postal.map(Into::into),
            city: city.map(Into::into),
        };
        assert_eq!(
            a(
                Some("ul. Polna 3"),
                Some("47-200"),
                Some("Kędzierzyn-Koźle")
            )
            .one_line(),
            Some("ul. Polna 3, 47-200 Kędzierzyn-Koźle".into())
        );
        assert_eq!(
            a(None, None, Some("Przykładowo")).one_line(),
            Some("Przykładowo".into())
        );
        assert_eq!(a(Some(" "), None, None).one_line(), None);
    }

    use super::*;

    pub fn sample() -> Participant {
        let pesel = Pesel::parse("44051401458").unwrap();
        Participant {
            id: "p1".into(),
            first_name: "Żelisław".into(),
            last_name: "Łęcki".into(),
            birth_date: pesel.birth_date(),
            sex: pesel.sex(),
            pesel: Some(pesel),
            address: Some(Address {
                street: Some("ul. Polna 3".into()),
                postal_code: Some("47-200".into()),
                city: Some("Kędzierzyn-Koźle".into()),
            }),
            phone: Some("600 100 200".into()),
            email: None,
            categories: vec!["long_term_unemployed".into()],
            exclusions: vec![],
            referred_by: Some(ReferredBy::SocialWorker),
            referrer: Some("Anna Nowak".into()),
            pup_registered: true,
            applied_on: NaiveDate::from_ymd_opt(2021, 1, 12),
            interview_on: None,
            consent_on: None,
            status: Status::Applicant,
            outcome: None,
            reason: None,
            ended_on: None,
            certificate_on: None,
            notes: String::new(),
        }
    }

    fn known(c: &str) -> bool {
        is_statutory_group(c)
    }

    #[test]
    fn valid_sample() {
        sample().validate(&Settings::default(), &known).unwrap();
        assert_eq!(
            sample().search_key(),
            "lecki zelislaw 44051401458 600100200"
        );
    }

    #[test]
    fn exclusions_bar_except_disability_pension() {
        let s = Settings::default();
        let mut p = sample();
        p.exclusions = vec![Exclusion::DisabilityPension];
        p.validate(&s, &known).unwrap();
        p.exclusions = vec![Exclusion::Employed];
        p.validate(&s, &known).unwrap();
        let strict = Settings {
            exclude_employed: true,
            ..Settings::default()
        };
        assert!(matches!(
            p.validate(&strict, &known),
            Err(ParticipantError::Excluded(_, Exclusion::Employed))
        ));
        // A club's own rules may bar a disability pension, a social pension or another benefit.
        let club_rules = Settings {
            extra_exclusions: vec![Exclusion::SocialPension, Exclusion::DisabilityPension],
            ..Settings::default()
        };
        p.exclusions = vec![Exclusion::SocialPension];
        p.validate(&s, &known).unwrap();
        assert!(matches!(
            p.validate(&club_rules, &known),
            Err(ParticipantError::Excluded(_, Exclusion::SocialPension))
        ));
        p.exclusions = vec![Exclusion::OtherBenefit];
        p.validate(&club_rules, &known).unwrap();
        p.exclusions = vec![Exclusion::DisabilityPension];
        assert!(p.validate(&club_rules, &known).is_err());
        for e in Exclusion::ALL.iter().filter(|e| {
            !matches!(
                e,
                Exclusion::DisabilityPension
                    | Exclusion::Employed
                    | Exclusion::SocialPension
                    | Exclusion::OtherBenefit
            )
        }) {
            p.exclusions = vec![*e];
            assert!(
                matches!(p.validate(&s, &known), Err(ParticipantError::Excluded(_, x)) if x == *e)
            );
            p.status = Status::Rejected;
            p.reason = Some(e.code().into());
            p.validate(&s, &known).unwrap();
            p.status = Status::Applicant;
            p.reason = None;
        }
    }

    #[test]
    fn pesel_must_agree() {
        let mut p = sample();
        p.sex = Sex::K;
        assert!(matches!(
            p.validate(&Settings::default(), &known),
            Err(ParticipantError::SexMismatch { .. })
        ));
        let mut p = sample();
        p.birth_date = NaiveDate::from_ymd_opt(1944, 5, 15).unwrap();
        assert!(matches!(
            p.validate(&Settings::default(), &known),
            Err(ParticipantError::BirthDateMismatch { .. })
        ));
    }

    #[test]
    fn lifecycle_fields() {
        let s = Settings::default();
        let mut p = sample();
        p.status = Status::Finished;
        assert!(matches!(
            p.validate(&s, &known),
            Err(ParticipantError::MissingEnd(_))
        ));
        p.ended_on = NaiveDate::from_ymd_opt(2021, 9, 30);
        assert!(matches!(
            p.validate(&s, &known),
            Err(ParticipantError::MissingOutcome)
        ));
        p.outcome = Some(Outcome::Employed);
        p.validate(&s, &known).unwrap();
        p.status = Status::Interrupted;
        p.outcome = None;
        p.reason = Some("bored".into());
        assert!(matches!(
            p.validate(&s, &known),
            Err(ParticipantError::UnknownReason(_))
        ));
        p.reason = Some("health".into());
        p.validate(&s, &known).unwrap();
    }

    #[test]
    fn postal_codes() {
        assert!(valid_postal_code("47-200"));
        assert!(!valid_postal_code("47200"));
        assert!(!valid_postal_code("4-7200"));
    }
}

#[cfg(test)]
mod anonymise_tests {
    use super::tests::sample;
    use super::*;

    #[test]
    fn personal_fields_go_statistics_stay() {
        let mut p = sample();
        p.status = Status::Finished;
        p.outcome = Some(Outcome::Employed);
        p.ended_on = NaiveDate::from_ymd_opt(2015, 3, 31);
        assert_eq!(retention_ends(&p, 10), NaiveDate::from_ymd_opt(2025, 3, 31));
        let before = p.clone();
        anonymise(&mut p);
        let text = serde_json::to_string(&p).unwrap();
        for personal in [
            "Żelisław",
            "Łęcki",
            "44051401458",
            "Polna",
            "600 100 200",
            "Anna Nowak",
        ] {
            assert!(!text.contains(personal), "{personal} in {text}");
        }
        assert_eq!(
            (p.sex, p.status, p.outcome, p.ended_on, &p.categories),
            (
                before.sex,
                before.status,
                before.outcome,
                before.ended_on,
                &before.categories
            )
        );
        assert_eq!(chrono::Datelike::year(&p.birth_date), 1944);
    }
}
