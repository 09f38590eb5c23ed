//! Languages. Polish is the default; English is an option (`KIS_LANG=en`, `--lang en`).
//! Messages of the desk live in `errors.rs`; the screens' strings in `tui::text`.

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
    match k {
        K::ContractEnding => lang.pick("kończy się kontrakt", "contract ending"),
        K::ContractOverdue => lang.pick(
            "kontrakt po terminie — zamknij lub aneksuj",
            "contract overdue — close or annex",
        ),
        K::ActionOverdue => lang.pick("zaległe działanie", "action overdue"),
        K::GoalOverdue => lang.pick("zaległy cel", "goal overdue"),
        K::GraduateReached => lang.pick("absolwent (6 mies.)", "graduate reached"),
        K::OverMax => lang.pick("ponad maksymalny okres", "over the maximum"),
        K::CertificateMissing => lang.pick("brak zaświadczenia", "certificate missing"),
    }
}
