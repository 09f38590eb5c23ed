//! Languages. Polish is the default; English is an option (`KIS_LANG=en`, `--lang en`).
//! The domain's refusals live in `errors.rs`; the messages of the command line, the
//! store, the exports, the desk and the server in `catalog/` (one file per language);
//! the screens' strings in `tui::text`.

pub mod catalog;
pub mod clean;
pub mod errors;
pub mod plural;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    #[default]
    Pl,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "pl" | "pl_pl" | "polski" => Some(Lang::Pl),
            "en" | "en_gb" | "en_us" | "english" => Some(Lang::En),
            _ => None,
        }
    }

    /// `KIS_LANG`, else Polish.
    pub fn from_env() -> Lang {
        std::env::var("KIS_LANG")
            .ok()
            .and_then(|v| Lang::parse(&v))
            .unwrap_or_default()
    }

    /// Picks the Polish or the English text.
    pub fn pick<'a>(self, pl: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Pl => pl,
            Lang::En => en,
        }
    }
}

/// The name of a kind of due item.
pub fn due_kind(lang: Lang, k: crate::domain::due::DueKind) -> &'static str {
    use crate::domain::due::DueKind as K;
    let t = &catalog::catalog(lang).due;
    match k {
        K::ContractEnding => t.contract_ending,
        K::ContractOverdue => t.contract_overdue,
        K::ActionOverdue => t.action_overdue,
        K::GoalOverdue => t.goal_overdue,
        K::GraduateReached => t.graduate_reached,
        K::OverMax => t.over_max,
        K::CertificateMissing => t.certificate_missing,
    }
}

/// Why a refund does not fit its agreement.
pub fn refund(lang: Lang, e: &crate::domain::psu::RefundError) -> String {
    let crate::domain::psu::RefundError::OutsideAgreement {
        month,
        starts_on,
        ends_on,
    } = e;
    (catalog::catalog(lang).domain.refund_outside_agreement)(*month, *starts_on, *ends_on)
}
