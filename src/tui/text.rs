//! Every string the screens show, one catalog per language.

use super::action::Action;
use crate::domain::person::{Exclusion, InterruptReason, Outcome, ReferredBy, Sex, Status};
use crate::text::Lang;

pub struct Text {
    pub lang: Lang,
    pub app_title: &'static str,
    pub tab_today: &'static str,
    pub tab_participants: &'static str,
    pub tab_contracts: &'static str,
    pub help_title: &'static str,
    pub help_hint: &'static str,
    pub too_small: &'static str,
    pub quit_question: &'static str,
    pub yes_key: char,
    pub no_key: char,
    pub saved: &'static str,
    pub lookup_title: &'static str,
    pub lookup_prompt: &'static str,
    pub no_results: &'static str,
    pub type_to_search: &'static str,
    pub col_name: &'static str,
    pub col_pesel: &'static str,
    pub col_phone: &'static str,
    pub col_status: &'static str,
    pub col_id: &'static str,
    pub filter_all: &'static str,
    pub filter_label: &'static str,
    pub sort_label: &'static str,
    pub sort_name: &'static str,
    pub sort_newest: &'static str,
    pub participants_title: &'static str,
    pub card_title: &'static str,
    pub f_first_name: &'static str,
    pub f_last_name: &'static str,
    pub f_pesel: &'static str,
    pub f_birth_date: &'static str,
    pub f_sex: &'static str,
    pub f_street: &'static str,
    pub f_postal: &'static str,
    pub f_city: &'static str,
    pub f_phone: &'static str,
    pub f_email: &'static str,
    pub f_groups: &'static str,
    pub f_exclusions: &'static str,
    pub f_referred: &'static str,
    pub f_referrer: &'static str,
    pub f_pup: &'static str,
    pub f_applied: &'static str,
    pub f_interview: &'static str,
    pub f_consent: &'static str,
    pub f_notes: &'static str,
    pub f_address: &'static str,
    pub f_status: &'static str,
    pub f_admitted: &'static str,
    pub f_ended: &'static str,
    pub f_certificate: &'static str,
    pub f_graduate: &'static str,
    pub f_contract: &'static str,
    pub f_jobs: &'static str,
    pub f_routes: &'static str,
    pub f_outcome: &'static str,
    pub none: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub intake_title: &'static str,
    pub intake_hint: &'static str,
    pub intake_toggle_hint: &'static str,
    pub duplicates_title: &'static str,
    pub rejected: &'static str,
    pub fix_first: &'static str,
    pub pesel_fills: &'static str,
    pub welcome_title: &'static str,
    pub welcome_empty: &'static str,
    pub welcome_admin: &'static str,
    pub welcome_demo: &'static str,
    pub welcome_import: &'static str,
    pub demo_loaded: &'static str,
    pub unexpected_answer: &'static str,
    pub today_title: &'static str,
    pub nothing_due: &'static str,
    pub contracts_title: &'static str,
    pub graduate_yes: &'static str,
    pub graduate_not_yet: &'static str,
    pub graduate_no: &'static str,
    pub restricted_note: &'static str,
    pub keymap_warning: &'static str,
    pub hint_help: &'static str,
    pub hint_lookup: &'static str,
    pub hint_new: &'static str,
    pub hint_save: &'static str,
    pub hint_quit: &'static str,
    pub hint_open: &'static str,
    pub hint_filter: &'static str,
    pub hint_sort: &'static str,
    pub hint_back: &'static str,
    pub hint_choose: &'static str,
    pub hint_field: &'static str,
    pub hint_demo: &'static str,
    pub hint_print: &'static str,
    pub hint_groups: &'static str,
}

impl Text {
    pub fn new(lang: Lang) -> Text {
        match lang {
            Lang::Pl => Text::pl(),
            Lang::En => Text::en(),
        }
    }

    fn pl() -> Text {
        Text {
            lang: Lang::Pl,
            app_title: "KIS",
            tab_today: "Dziś",
            tab_participants: "Uczestnicy",
            tab_contracts: "Kontrakty",
            help_title: "Pomoc",
            help_hint: "Esc zamyka",
            too_small: "Terminal za mały: potrzeba co najmniej 80×24",
            quit_question: "Masz niezapisane zmiany. Wyjść bez zapisu? (t/n)",
            yes_key: 't',
            no_key: 'n',
            saved: "Zapisano",
            lookup_title: "Szukaj osoby",
            lookup_prompt: "Nazwisko, imię, PESEL lub telefon: ",
            no_results: "Brak wyników",
            type_to_search: "Pisz, aby szukać (polskie litery niepotrzebne)",
            col_name: "Nazwisko i imię",
            col_pesel: "PESEL",
            col_phone: "Telefon",
            col_status: "Status",
            col_id: "Id",
            filter_all: "wszyscy",
            filter_label: "Filtr",
            sort_label: "Sortuj",
            sort_name: "nazwisko",
            sort_newest: "najnowsi",
            participants_title: "Uczestnicy",
            card_title: "Karta uczestnika",
            f_first_name: "Imię",
            f_last_name: "Nazwisko",
            f_pesel: "PESEL",
            f_birth_date: "Data urodzenia",
            f_sex: "Płeć (K/M)",
            f_street: "Ulica",
            f_postal: "Kod pocztowy",
            f_city: "Miejscowość",
            f_phone: "Telefon",
            f_email: "E-mail",
            f_groups: "Grupy",
            f_exclusions: "Świadczenia",
            f_referred: "Skierowany przez",
            f_referrer: "Kto skierował",
            f_pup: "Rejestracja w PUP",
            f_applied: "Data wniosku",
            f_interview: "Wywiad środowiskowy",
            f_consent: "Klauzula RODO",
            f_notes: "Notatki",
            f_address: "Adres",
            f_status: "Status",
            f_admitted: "Przyjęty",
            f_ended: "Zakończenie",
            f_certificate: "Zaświadczenie",
            f_graduate: "Absolwent",
            f_contract: "Kontrakt",
            f_jobs: "Zatrudnienie",
            f_routes: "Ścieżki aktywizacji",
            f_outcome: "Efekt",
            none: "—",
            yes: "tak",
            no: "nie",
            intake_title: "Nowy wniosek",
            intake_hint: "Tab/↑↓ pola • Spacja zaznacza • Ctrl+S zapisuje • Esc anuluje",
            intake_toggle_hint: "Spacja: zaznacz/odznacz, ←→ wybór",
            duplicates_title: "Możliwy duplikat",
            rejected: "Wniosek odrzucony",
            fix_first: "Popraw błędy przed zapisem",
            pesel_fills: "data urodzenia i płeć z numeru PESEL",
            welcome_title: "Witaj w kis",
            welcome_empty: "Baza danych jest pusta.",
            welcome_admin: "Administrator (pierwsze logowanie)",
            welcome_demo: "wczytaj klub demonstracyjny (dane zmyślone)",
            welcome_import: "albo w powłoce: kis import PLIK.jsonl",
            demo_loaded: "Wczytano klub demonstracyjny",
            unexpected_answer: "Błąd programu: nieoczekiwana odpowiedź",
            today_title: "Do zrobienia",
            nothing_due: "Nic pilnego. Dobrej pracy!",
            contracts_title: "Kontrakty",
            graduate_yes: "tak",
            graduate_not_yet: "jeszcze nie, od",
            graduate_no: "nie (wymagany okres do",
            restricted_note: "(notatka zastrzeżona)",
            keymap_warning: "Plik klawiszy pominięty",
            hint_help: "pomoc",
            hint_lookup: "szukaj",
            hint_new: "nowy",
            hint_save: "zapisz",
            hint_quit: "wyjście",
            hint_open: "otwórz",
            hint_filter: "filtr",
            hint_sort: "sortuj",
            hint_back: "wróć",
            hint_choose: "wybierz",
            hint_field: "pole",
            hint_demo: "demo",
            hint_print: "drukuj",
            hint_groups: "grupy",
        }
    }

    fn en() -> Text {
        Text {
            lang: Lang::En,
            app_title: "KIS",
            tab_today: "Today",
            tab_participants: "Participants",
            tab_contracts: "Contracts",
            help_title: "Help",
            help_hint: "Esc closes",
            too_small: "Terminal too small: 80×24 needed",
            quit_question: "You have unsaved changes. Quit without saving? (y/n)",
            yes_key: 'y',
            no_key: 'n',
            saved: "Saved",
            lookup_title: "Find a person",
            lookup_prompt: "Surname, name, PESEL or phone: ",
            no_results: "No results",
            type_to_search: "Type to search (Polish letters optional)",
            col_name: "Surname and name",
            col_pesel: "PESEL",
            col_phone: "Phone",
            col_status: "Status",
            col_id: "Id",
            filter_all: "all",
            filter_label: "Filter",
            sort_label: "Sort",
            sort_name: "surname",
            sort_newest: "newest",
            participants_title: "Participants",
            card_title: "Participant's card",
            f_first_name: "First name",
            f_last_name: "Surname",
            f_pesel: "PESEL",
            f_birth_date: "Birth date",
            f_sex: "Sex (K/M)",
            f_street: "Street",
            f_postal: "Postal code",
            f_city: "City",
            f_phone: "Phone",
            f_email: "E-mail",
            f_groups: "Groups",
            f_exclusions: "Benefits",
            f_referred: "Referred by",
            f_referrer: "Referrer",
            f_pup: "PUP registered",
            f_applied: "Applied on",
            f_interview: "Home interview",
            f_consent: "GDPR notice",
            f_notes: "Notes",
            f_address: "Address",
            f_status: "Status",
            f_admitted: "Admitted",
            f_ended: "Ended",
            f_certificate: "Certificate",
            f_graduate: "Graduate",
            f_contract: "Contract",
            f_jobs: "Jobs",
            f_routes: "Activation routes",
            f_outcome: "Outcome",
            none: "—",
            yes: "yes",
            no: "no",
            intake_title: "New application",
            intake_hint: "Tab/↑↓ fields • Space ticks • Ctrl+S saves • Esc cancels",
            intake_toggle_hint: "Space: tick/untick, ←→ choose",
            duplicates_title: "Possible duplicate",
            rejected: "Application rejected",
            fix_first: "Fix the errors before saving",
            pesel_fills: "birth date and sex from the PESEL",
            welcome_title: "Welcome to kis",
            welcome_empty: "The database is empty.",
            welcome_admin: "Administrator (first login)",
            welcome_demo: "load the demo club (made-up data)",
            welcome_import: "or in a shell: kis import FILE.jsonl",
            demo_loaded: "Demo club loaded",
            unexpected_answer: "Program error: an unexpected answer",
            today_title: "What is due",
            nothing_due: "Nothing due. Have a good day!",
            contracts_title: "Contracts",
            graduate_yes: "yes",
            graduate_not_yet: "not yet, from",
            graduate_no: "no (the period runs to",
            restricted_note: "(restricted note)",
            keymap_warning: "Key file ignored",
            hint_help: "help",
            hint_lookup: "find",
            hint_new: "new",
            hint_save: "save",
            hint_quit: "quit",
            hint_open: "open",
            hint_filter: "filter",
            hint_sort: "sort",
            hint_back: "back",
            hint_choose: "choose",
            hint_field: "field",
            hint_demo: "demo",
            hint_print: "print",
            hint_groups: "groups",
        }
    }

    fn pick(&self, pl: &'static str, en: &'static str) -> &'static str {
        self.lang.pick(pl, en)
    }

    pub fn too_small_size(&self, w: u16, h: u16) -> String {
        format!("{} ({w}×{h})", self.too_small)
    }

    /// The footer's mark of where the data comes from (none when local).
    pub fn link(&self, link: crate::desk::door::Link) -> &'static str {
        use crate::desk::door::Link;
        match link {
            Link::Local => "",
            Link::Server => self.pick("serwer", "server"),
            Link::Lost => self.pick("brak serwera", "no server"),
        }
    }

    pub fn server_lost(&self) -> &'static str {
        self.pick(
            "Utracono połączenie z serwerem kis — ponawiam…",
            "Lost the kis server — reconnecting…",
        )
    }

    pub fn server_regained(&self) -> &'static str {
        self.pick(
            "Połączono ponownie z serwerem kis; dane odświeżone",
            "Reconnected to the kis server; data refreshed",
        )
    }

    pub fn changed_by(&self, name: &str) -> String {
        match self.lang {
            Lang::Pl => format!("{name} zapisał(a) zmiany — widok odświeżony"),
            Lang::En => format!("{name} saved changes — view refreshed"),
        }
    }

    pub fn refreshed(&self) -> &'static str {
        self.pick("Odświeżono", "Refreshed")
    }

    pub fn status(&self, s: Status) -> &'static str {
        match s {
            Status::Applicant => self.pick("kandydat", "applicant"),
            Status::Active => self.pick("aktywny", "active"),
            Status::Finished => self.pick("zakończony", "finished"),
            Status::Interrupted => self.pick("przerwany", "interrupted"),
            Status::Rejected => self.pick("odrzucony", "rejected"),
        }
    }

    pub fn job_basis(&self, b: crate::domain::activation::JobBasis) -> &'static str {
        use crate::domain::activation::JobBasis as B;
        match b {
            B::EmploymentContract => self.pick("umowa o pracę", "employment contract"),
            B::CivilLaw => self.pick("umowa cywilnoprawna", "civil-law contract"),
            B::SelfEmployment => self.pick("własna działalność", "self-employment"),
            B::Cooperative => self.pick("spółdzielnia socjalna", "social cooperative"),
        }
    }

    pub fn route_kind(&self, k: crate::domain::activation::RouteKind) -> &'static str {
        use crate::domain::activation::RouteKind as K;
        match k {
            K::Internship => self.pick("staż", "internship"),
            K::PublicWorks => self.pick("roboty publiczne", "public works"),
            K::InterventionWorks => self.pick("prace interwencyjne", "intervention works"),
            K::SupportedEmployment => self.pick("zatrudnienie wspierane", "supported employment"),
            K::Cis => self.pick("CIS", "CIS"),
            K::Zaz => self.pick("ZAZ", "ZAZ"),
            K::Pai => self.pick("Program Aktywizacja i Integracja", "PAI programme"),
            K::Project => self.pick("projekt", "project"),
            K::Training => self.pick("szkolenie PUP", "PUP training"),
            K::Other => self.pick("inna", "other"),
        }
    }

    pub fn contract_state(&self, s: crate::domain::contract::ContractState) -> &'static str {
        use crate::domain::contract::ContractState as C;
        match s {
            C::Draft => self.pick("projekt", "draft"),
            C::Active => self.pick("w realizacji", "active"),
            C::Completed => self.pick("zrealizowany", "completed"),
            C::Broken => self.pick("zerwany", "broken"),
            C::Ended => self.pick("zakończony", "ended"),
        }
    }

    pub fn sex(&self, s: Sex) -> &'static str {
        match s {
            Sex::K => self.pick("kobieta", "woman"),
            Sex::M => self.pick("mężczyzna", "man"),
        }
    }

    pub fn outcome(&self, o: Outcome) -> &'static str {
        match o {
            Outcome::Employed => self.pick("zatrudnienie", "employed"),
            Outcome::SelfEmployed => self.pick("działalność gospodarcza", "self-employed"),
            Outcome::Independent => self.pick("usamodzielnienie", "independent"),
            Outcome::Cis => self.pick("skierowanie do CIS", "referred to a CIS"),
            Outcome::Other => self.pick("inny", "other"),
        }
    }

    pub fn reason(&self, r: InterruptReason) -> &'static str {
        match r {
            InterruptReason::ContractBreach => {
                self.pick("niewywiązywanie się z kontraktu", "contract breach")
            }
            InterruptReason::Health => self.pick("stan zdrowia", "health"),
            InterruptReason::Addiction => self.pick("uzależnienie", "addiction"),
            InterruptReason::Moved => self.pick("przeprowadzka", "moved"),
            InterruptReason::Childcare => self.pick("opieka nad dzieckiem", "childcare"),
            InterruptReason::TookJob => self.pick("podjęcie pracy", "took a job"),
            InterruptReason::Other => self.pick("inna", "other"),
        }
    }

    pub fn referred(&self, r: ReferredBy) -> &'static str {
        match r {
            ReferredBy::SocialWorker => self.pick("pracownik socjalny", "social worker"),
            ReferredBy::SelfReferred => self.pick("z własnej inicjatywy", "self"),
            ReferredBy::Pup => self.pick("PUP", "PUP"),
            ReferredBy::Other => self.pick("inny", "other"),
        }
    }

    pub fn exclusion(&self, e: Exclusion) -> &'static str {
        match self.lang {
            Lang::Pl => crate::text::errors::exclusion_pl(e),
            Lang::En => match e {
                Exclusion::UnemploymentBenefit => "unemployment benefit",
                Exclusion::PreRetirementAllowance => "pre-retirement allowance",
                Exclusion::PreRetirementBenefit => "pre-retirement benefit",
                Exclusion::StructuralPension => "structural pension",
                Exclusion::RetirementPension => "retirement pension",
                Exclusion::TeacherCompensation => "teachers' compensation benefit",
                Exclusion::DisabilityPension => "disability pension",
                Exclusion::Employed => "employed",
                Exclusion::SocialPension => "social pension",
                Exclusion::OtherBenefit => "other benefit",
            },
        }
    }

    pub fn group(&self, code: &str) -> String {
        let en = |c: &str| -> Option<&'static str> {
            Some(match c {
                "homeless" => "homeless (programme)",
                "alcohol" => "alcohol addiction",
                "drugs" => "drug addiction",
                "mental" => "mental illness",
                "long_term_unemployed" => "long-term unemployed",
                "prison" => "released from prison",
                "refugee" => "refugee (programme)",
                "disabled" => "disabled",
                _ => return None,
            })
        };
        let pl = |c: &str| -> Option<&'static str> {
            Some(match c {
                "homeless" => "bezdomni (program)",
                "alcohol" => "uzależnieni od alkoholu",
                "drugs" => "uzależnieni od narkotyków",
                "mental" => "chorzy psychicznie",
                "long_term_unemployed" => "długotrwale bezrobotni",
                "prison" => "po zakładzie karnym",
                "refugee" => "uchodźcy (program)",
                "disabled" => "niepełnosprawni",
                _ => return None,
            })
        };
        match self.lang {
            Lang::Pl => pl(code),
            Lang::En => en(code),
        }
        .map(str::to_string)
        .unwrap_or_else(|| code.to_string())
    }

    pub fn action(&self, a: Action) -> &'static str {
        use Action::*;
        match a {
            Quit => self.pick("wyjście z programu", "quit"),
            Help => self.pick("ta pomoc", "this help"),
            Lookup => self.pick(
                "szukaj osoby (z każdego miejsca)",
                "find a person (from anywhere)",
            ),
            Save => self.pick("zapisz", "save"),
            New => self.pick("nowy wniosek / nowy rekord", "new application / record"),
            Close => self.pick("zamknij okno, wróć", "close, go back"),
            Up => self.pick("w górę", "up"),
            Down => self.pick("w dół", "down"),
            Left => self.pick("w lewo / poprzednia wartość", "left / previous value"),
            Right => self.pick("w prawo / następna wartość", "right / next value"),
            PageUp => self.pick("strona w górę", "page up"),
            PageDown => self.pick("strona w dół", "page down"),
            Top => self.pick("na początek", "to the top"),
            Bottom => self.pick("na koniec", "to the bottom"),
            NextScreen => self.pick("następny ekran", "next screen"),
            PrevScreen => self.pick("poprzedni ekran", "previous screen"),
            Screen1 => self.pick("ekran 1", "screen 1"),
            Screen2 => self.pick("ekran 2", "screen 2"),
            Screen3 => self.pick("ekran 3", "screen 3"),
            Screen4 => self.pick("ekran 4", "screen 4"),
            Screen5 => self.pick("ekran 5", "screen 5"),
            Screen6 => self.pick("ekran 6", "screen 6"),
            Screen7 => self.pick("ekran 7", "screen 7"),
            Confirm => self.pick("otwórz / zatwierdź", "open / confirm"),
            Toggle => self.pick("zaznacz / przełącz", "tick / toggle"),
            Delete => self.pick("usuń", "delete"),
            Refresh => self.pick("odśwież", "refresh"),
            NextField => self.pick("następne pole", "next field"),
            PrevField => self.pick("poprzednie pole", "previous field"),
            Filter => self.pick("filtr statusu", "status filter"),
            Sort => self.pick("zmień sortowanie", "change the order"),
            Print => self.pick("drukuj dokument", "print a document"),
            Edit => self.pick("edytuj", "edit"),
            Demo => self.pick(
                "wczytaj klub demonstracyjny (pusta baza)",
                "load the demo club (empty database)",
            ),
            MoveUp => self.pick("przesuń pozycję w górę", "move the item up"),
            MoveDown => self.pick("przesuń pozycję w dół", "move the item down"),
            Consult => self.pick("szybka konsultacja (karta)", "quick consultation (card)"),
        }
    }
}
