//! The screens' words in Polish, the default language.

use super::*;

pub(super) fn text() -> Text {
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
        activities: ACTIVITIES,
        psu: PSU,
        card: CARD,
        contract: CONTRACT,
        reports: REPORTS,
        intake: INTAKE,
    }
}

// ---- section: activities ----

const ACTIVITIES: ActivitiesText = ActivitiesText {};

// ---- end of section: activities ----

// ---- section: psu ----

const PSU: PsuText = PsuText {};

// ---- end of section: psu ----

// ---- section: card ----

const CARD: CardText = CardText {};

// ---- end of section: card ----

// ---- section: contract ----

const CONTRACT: ContractText = ContractText {};

// ---- end of section: contract ----

// ---- section: reports ----

const REPORTS: ReportsText = ReportsText {};

// ---- end of section: reports ----

// ---- section: intake ----

const INTAKE: IntakeText = IntakeText {};

// ---- end of section: intake ----
