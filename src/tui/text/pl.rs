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

const CARD: CardText = CardText {
    printout_written: |files| format!("Wydruk zapisany: {files}"),
    new_contract_op: "Nowy kontrakt (projekt)",
    sign_contract_op: |number| format!("Podpisz kontrakt {number}"),
    open_contract_op: |number| format!("Otwórz kontrakt {number}"),
    consultation_op: "Konsultacja (teraz, telefon)",
    end_op: "Zakończ udział",
    certificate_op: "Wydano zaświadczenie (art. 18 ust. 5a)",
    print_contract_op: |number| format!("Drukuj kontrakt {number}"),
    note_op: "Dodaj notatkę",
    person_export_op: "Dane osoby na żądanie (art. 15 RODO)",
    print_certificate_op: "Drukuj zaświadczenie",
    contract_signed: |number| format!("Podpisano kontrakt {number}"),
    ended_with: |outcome| format!("zakończony: {outcome}"),
    interrupted_by: |reason| format!("przerwany: {reason}"),
    end_title: "Zakończenie udziału",
    end_how: "Jak",
    end_date: "Data zakończenia",
    issued_on: "Data wydania",
    note_title: "Notatka",
    note_text: "Treść",
    note_restricted: "Zastrzeżona",
    note_restricted_yes: "tak (autor i koordynatorzy)",
    person_export_written: |base| format!("Zapisano: {base}.json/.txt"),
    no_activities: "najpierw dodaj zajęcia na ekranie Zajęcia",
    no_specialist: "(bez specjalisty)",
    consult_title: "Konsultacja",
    consult_activity: "Zajęcia",
    consult_specialist: "Specjalista",
    consult_date: "Data",
    consult_hours: "Godziny",
    ended: |graduate| {
        let g = if graduate { "tak" } else { "nie" };
        format!("Udział zakończony — absolwent: {g}; wydaj zaświadczenie")
    },
    hours_invalid: "godziny: liczba pełnych lub połówek (1 lub 1,5)",
    consultation_saved: "Zapisano konsultację",
    certificate_recorded: |on| format!("Zapisano zaświadczenie z dnia {on}"),
    notes_hidden: "(niedostępne dla Twojej roli)",
    attended: |present, all| format!("Zajęcia ({present}/{all}):"),
    menu_title: "Co zrobić?",
    hint_actions: "działania",
    hint_contract: "kontrakt",
};

// ---- end of section: card ----

// ---- section: contract ----

const CONTRACT: ContractText = ContractText {
    order_end: "koniec",
    order_number: "numer",
    number: "Numer",
    signed: "Podpisano",
    from: "Od",
    to: "Do",
    worker: "Pracownik",
    situation: "Sytuacja",
    end_with_annexes: "Koniec z aneksami",
    goal_state: |s| {
        use crate::domain::contract::GoalState as G;
        match s {
            G::Open => "otwarty",
            G::Met => "osiągnięty",
            G::NotMet => "nieosiągnięty",
        }
    },
    action_by: |by| {
        use crate::domain::contract::ActionBy as B;
        match by {
            B::Participant => "uczestnik",
            B::Centre => "ośrodek",
        }
    },
    goal: "Cel",
    due: "Termin",
    state: "Stan",
    action: "Działanie",
    by: "Kto",
    done: "Wykonano",
    review: "Ocena realizacji",
    review_text: "Ocena",
    item_date: "Data",
    annex: "Aneks",
    annex_text: "Treść",
    new_end: "Nowy koniec",
    bad_date: |field| format!("{field}: data w postaci dd.mm.rrrr"),
    goals: "Cele",
    actions: "Działania",
    reviews: "Oceny realizacji",
    annexes: "Aneksy",
    add: "dodaj",
    delete: "usuń",
    move_item: "przesuń",
};

// ---- end of section: contract ----

// ---- section: reports ----

const REPORTS: ReportsText = ReportsText {
    title: "Raporty",
    admitted: "przyjęci",
    active: "aktywni w okresie",
    contracts_concluded: "kontrakty zawarte",
    by_group: "Przyjęci według grup",
    endings: "Zakończenia",
    ended: "zakończyli udział",
    interrupted: |reason| format!("przerwane: {reason}"),
    graduates: "absolwenci",
    employed: "zatrudnieni",
    independent: "usamodzielnieni",
    activities: "Zajęcia (godziny, koszt)",
    social: "usługi reintegracji społecznej",
    vocational: "usługi reintegracji zawodowej",
    persons: "osoby",
    positions: "stanowiska",
    hours: "godziny",
    paid: "wypłacono",
    refund: "refundacja z Funduszu Pracy",
    custom_range: "własny zakres",
    period_title: "Okres raportu",
    period: "Okres",
    from_custom: "Od (własny)",
    to_custom: "Do (własny)",
    written: |base| format!("Raport zapisany: {base}.txt/.csv/.xlsx"),
    bad_range: "podaj daty od i do (od ≤ do)",
    report_for: |period| format!("Raport za {period}"),
    total: "razem",
    women: "kobiety",
    men: "mężczyźni",
    hint_who: "kto",
    hint_column: "kolumna",
    hint_period: "okres",
    hint_write: "zapisz pliki",
};

// ---- end of section: reports ----

// ---- section: intake ----

const INTAKE: IntakeText = IntakeText {
    required: "wymagane",
    birth_date_required: "wymagana (dd.mm.rrrr)",
    date_format: "data w postaci dd.mm.rrrr",
    choose_sex: "wybierz K lub M",
    postal_format: "kod w postaci NN-NNN",
    groups_required: "zaznacz co najmniej jedną grupę",
    possible_duplicate: |key| format!("Możliwy duplikat — sprawdź; {key} ponownie zapisze mimo to"),
    discard_question: "Porzucić wpisany wniosek? (t/n)",
    field_date_required: |label| format!("{label}: wymagana data"),
    field_date_format: |label| format!("{label}: data w postaci dd.mm.rrrr"),
    form_hint: "Enter dalej • Ctrl+S zatwierdź • Esc anuluj",
};

// ---- end of section: intake ----
