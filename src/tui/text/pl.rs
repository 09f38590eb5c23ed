//! The screens' words in Polish, the default language.

use super::*;

pub(super) fn text() -> Text {
    Text {
        names: NAMES,
        corrections: CORRECTIONS,
        settings: SETTINGS,
        activation: ACTIVATION,
        lang: Lang::Pl,
        app_title: "KIS",
        tab_today: "Dziś",
        tab_participants: "Uczestnicy",
        tab_contracts: "Kontrakty",
        help_title: "Pomoc",
        help_hint: "Esc zamyka",
        too_small: "Terminal za mały: potrzeba co najmniej 80×23",
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
        intake_toggle_hint: "Spacja zaznacza • ←→ albo litera wybiera • ↑↓ po liście",
        duplicates_title: "Możliwy duplikat",
        rejected: "Wniosek odrzucony",
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
        due_loading: "Wczytuję, co jest do zrobienia…",
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
        keymap: KEYMAP,
        quit_title: "Wyjście",
        help_here: "Na tym ekranie",
        help_everywhere: "Wszystkie klawisze",
    }
}

// ---- section: activities ----

const ACTIVITIES: ActivitiesText = ActivitiesText {
    guests_title: |date| format!("Spotkanie {date}: goście bez karty"),
    default_role: "psycholog",
    guests_label: "Goście bez karty (dzieci, rodziny)",
    guests_invalid: "goście: liczba całkowita, 0 lub więcej",
    not_counted_legend: "* nie był(a) uczestnikiem w dniu zajęć — nie liczy się do sprawozdania",
    title: "Zajęcia",
    grid_title: |name, month| format!("Zajęcia — {name} {month}"),
    no_activities: |key| format!("Brak zajęć. Dodaj rodzaj zajęć: {key}"),
    participant_col: "Uczestnik",
    mark_present: "obec.",
    mark_excused: "uspr.",
    mark_absent: "nieob",
    present_total: "obecnych",
    month_summary: |sessions, hours, people, women, men, cost| {
        use crate::text::plural::{OSOBA, SPOTKANIE};
        format!(
            "W miesiącu: {} • {hours} • obecni: {} ({women} K, {men} M) • koszt {cost}",
            SPOTKANIE.with(sessions as u64),
            OSOBA.with(u64::from(people)),
        )
    },
    add_person_title: "Dodaj osobę do listy",
    specialists_list_title: "Specjaliści (Tab: rodzaje zajęć)",
    activities_list_title: "Rodzaje zajęć (Tab: specjaliści)",
    list_keys: |new| format!("{new} dodaj • Enter edytuj • Esc"),
    summary_title: |from, to| format!("Podsumowanie {from} – {to}"),
    persons_col: "osób",
    cost_col: "koszt",
    social_services: "usługi społeczne",
    vocational_services: "usługi zawodowe",
    activity_form_title: "Rodzaj zajęć",
    name_label: "Nazwa",
    kind_label: "Rodzaj",
    area_label: "Reintegracja",
    area_names: &["społeczna", "zawodowa"],
    specialist: "Specjalista",
    specialist_name_label: "Imię i nazwisko",
    role_label: "Rola",
    rate_label: "Stawka zł/h (nowe zajęcia)",
    no_specialist: "(bez specjalisty)",
    session_form_title: "Nowe zajęcia (jedne lub co tydzień)",
    date_label: "Data",
    hours_label: "Godziny",
    topic_label: "Temat",
    place_label: "Miejsce",
    remote_label: "Zdalnie",
    weeks_label: "Powtórz tygodni",
    period_form_title: "Podsumowanie za okres",
    from_label: "Od",
    to_label: "Do",
    hours_invalid: "godziny: liczba pełnych lub połówek",
    weeks_invalid: "liczba tygodni: 1 lub więcej",
    sessions_added: |n| format!("Dodano zajęć: {n}"),
    name_empty: "nazwa jest pusta",
    rate_invalid: "stawka w zł, np. 60,00",
    end_before_start: "koniec przed początkiem",
    hint_mark: "obecność",
    hint_session: "zajęcia",
    hint_add_person: "dodaj osobę",
    hint_activity: "rodzaj",
    hint_month: "miesiąc",
    hint_period: "okres",
    hint_lists: "listy",
    help_guests: "goście zajęć w kolumnie (bez karty)",
};

// ---- end of section: activities ----

// ---- section: psu ----

const PSU: PsuText = PsuText {
    sheet_title: |number, site, month| format!("PSU — porozumienie {number}{site} — {month}"),
    no_agreements: "Brak porozumień PSU (kis import lub kolejna wersja)",
    weekday_letters: "PWŚCPSN",
    person_col: "Osoba",
    week_col: "tydz.",
    month_col: "mies.",
    weekend: "weekend",
    day_line: |date, note, week, month, rate| {
        format!("Dzień {date}{note} • limity: {week} / {month} • stawka {rate}")
    },
    sheet_keys: "cyfry+Enter godziny • c chory • u uspraw. • n nieuspraw. • Delete czyści",
    hours_saved: |who, date| format!("Zapisano — {who} dnia {date}"),
    hours_invalid: |typed| format!("godziny w pełnych lub połówkach, nie {typed:?}"),
    printout_written: |files| format!("Wydruk zapisany: {files}"),
    hint_agreement: "porozumienie",
    hint_month: "miesiąc",
    hint_worksite: "miejsce",
    hint_lists: "listy",
    list_tabs: &[
        "Porozumienia",
        "Miejsca",
        "Stanowiska",
        "Skierowania",
        "Refundacje",
    ],
    end_how_label: "Co zrobić",
    end_by_resignation: "rezygnacja (od dnia)",
    end_by_deletion: "usuń — wpisane omyłkowo (tylko bez godzin)",
    refund_line: |month, paid, requested, received| {
        format!("{month}  wypłata {paid}  wniosek {requested}  {received}")
    },
    refund_received: |amount, _on| format!("wpływ {amount}"),
    refund_not_received: "brak wpływu",
    refund_form_title: |month| format!("Refundacja za {month}"),
    refund_received_on_label: "Data wpływu",
    refund_amount_label: "Kwota otrzymana (zł)",
    list_keys: |new, delete| {
        format!("Tab lista • {new} dodaj • Enter edytuj • {delete} rezygnacja (skierowania)")
    },
    agreement_line: |number, from, to, slots, rates| {
        format!("{number} {from}–{to} • {slots} miejsc • {rates}")
    },
    rate_from: |rate, from| format!("{rate} od {from}"),
    resigned: |on| format!("rezygnacja {on}"),
    agreement_form_title: "Porozumienie",
    number_label: "Numer",
    signed_label: "Zawarte",
    from_label: "Od",
    to_label: "Do",
    slots_label: "Liczba miejsc",
    weekly_limit_label: "Limit tygodniowy h",
    monthly_limit_label: "Limit miesięczny h",
    refund_label: "Refundacja %",
    new_rate_from_label: "Nowa stawka od",
    new_rate_label: "Nowa stawka zł/h",
    worksite_form_title: "Miejsce pracy",
    name_label: "Nazwa",
    referral_form_title: "Skierowanie do PSU",
    participant_label: "Uczestnik (nazwisko)",
    worksite_label: "Miejsce",
    position: "Stanowisko",
    referral_no_label: "Nr skierowania",
    resign_form_title: "Rezygnacja",
    resigned_on_label: "Data rezygnacji",
    reason_label: "Przyczyna",
    fix: |what| format!("Popraw: {what}"),
    numbers_invalid: "liczba miejsc, limity i refundacja to liczby",
    rate_invalid: "stawka w zł, np. 9,00",
    name_missing: "nazwa",
    choose_person_title: "Wybierz osobę do skierowania (nazwisko, imię, PESEL lub telefon)",
    worksite_and_position_first: "najpierw dodaj miejsce i stanowisko",
    slots_full: |taken, slots| {
        format!("Zapisano, ale miejsca porozumienia są już zajęte ({taken}/{slots})")
    },
    help_keys: &[
        (
            "0–9 , .",
            "godziny dnia (4, 7,5), zapisane Enterem lub strzałką",
        ),
        ("c", "nieobecność chorobowa"),
        ("u", "nieobecność usprawiedliwiona"),
        ("n", "nieobecność nieusprawiedliwiona"),
        ("Delete", "czyści dzień"),
    ],
};

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
    hint_scroll: "przewiń",
    lines_shown: |from, to, all| format!("wiersze {from}–{to} z {all}"),
    hint_consult: "konsultacja",
    consult_topic: "Co omówiono",
    f_psu: "Prace społecznie użyteczne",
    psu_line: |agreement, worksite, position, hours, absences| {
        format!(
            "{worksite}, {position} (porozumienie {agreement}): {hours}, nieobecności: {absences}"
        )
    },
    psu_resigned: |on| format!("rezygnacja {on}"),
    read_note_op: |on, author| format!("Przeczytaj notatkę z {on} ({author})"),
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
    discard_question: "Porzucić zmiany w kontrakcie? (t/n)",
};

// ---- end of section: contract ----

// ---- section: reports ----

const REPORTS: ReportsText = ReportsText {
    continuing: "uczestniczą nadal (ostatni dzień)",
    by_group_active: "Uczestnicy według grup (wszyscy w okresie)",
    routes: "Ścieżki aktywizacji",
    served: "obecni na zajęciach i wydarzeniach (wszyscy)",
    guests: "goście bez karty",
    psu_referred: "skierowani w okresie",
    psu_resigned: "rezygnacje",
    refund_received: "refundacja otrzymana",
    staff: "Kadra",
    compare: "Porównanie z poprzednimi latami",
    hint_compare: "porównanie",
    compare_line: |active, admitted, graduates, employed, independent, psu, paid| {
        format!("akt. {active}, przyj. {admitted}, abs. {graduates}, zatr. {employed}, usam. {independent}, PSU {psu} ({paid})")
    },
    comparing: |n| match n {
        0 => "Bez porównania".to_string(),
        1 => "Porównanie z poprzednim rokiem".to_string(),
        n => format!("Porównanie z {n} poprzednimi latami"),
    },
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
    interview_before_application: "wywiad środowiskowy przed datą wniosku — czy na pewno?",
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
    discard_changes: "Porzucić wpisane zmiany? (t/n)",
    same_pesel_title: "Ta osoba już jest w kis",
    same_pesel_question: |pesel, who| {
        format!(
            "PESEL {pesel} należy już do: {who}. Otworzyć jej kartę zamiast nowego wniosku? (t/n)"
        )
    },
};

// ---- end of section: intake ----

// ---- section: corrections ----

const CORRECTIONS: CorrectionsText = CorrectionsText {
    edit_title: |name| format!("Popraw dane: {name}"),
    reverse_title: |name| format!("Cofnięcie odrzucenia: {name}"),
    reason_title: "Powód poprawki (zapisany w dzienniku)",
    reason_label: "Powód",
    reason_required: "Podaj powód poprawki",
    reason_hint: "Enter zapisuje • Esc wraca do formularza",
    corrected: |name| format!("Poprawiono dane: {name}"),
    reversed: |name| format!("Odrzucenie cofnięte — {name} jest znów kandydatem"),
    edit_op: "Popraw dane osoby",
    undo_ending_op: "Cofnij zakończenie udziału (wpisane omyłkowo)",
    redate_ending_op: "Zmień datę zakończenia udziału",
    reverse_rejection_op: "Cofnij odrzucenie (popraw świadczenia)",
    undo_ending_title: "Cofnięcie zakończenia udziału",
    redate_title: "Nowa data zakończenia udziału",
    end_date_label: "Data zakończenia",
    ending_undone: "Zakończenie cofnięte — udział trwa, kontrakt znów w realizacji",
    ending_redated: |date| format!("Data zakończenia zmieniona na {date}"),
    no_contract_rejected:
        "Osoba z odrzuconym wnioskiem nie może mieć kontraktu (najpierw cofnij odrzucenie)",
    no_contract_ended:
        "Udział jest zakończony; powrót z nowym kontraktem nie jest jeszcze obsługiwany",
    contract_closed: |state, key| {
        format!("Kontrakt zamknięty ({state}) — tylko do odczytu; {key} otwiera go do poprawki")
    },
    reopen_title: "Otwórz kontrakt do poprawki",
    reopened: "Kontrakt otwarty do poprawki — zapis zostanie odnotowany z powodem",
    reopen_hint: "do poprawki",
    read_only: "tylko do odczytu",
    in_correction: "w poprawce",
    drop_edits_question: "Porzucić twoje niezapisane zmiany i pokazać to, co zapisano? (t/n)",
    changed_while_editing: |who, save, refresh| {
        format!("{who} zapisał(a) zmiany; masz niezapisane zmiany — {save} zapisze twoje (zostaną odrzucone, jeśli się kłócą), {refresh} pokaże zapisane")
    },
    signed_on_label: "Data podpisania",
    confirm_again: |warning, key| format!("{warning} — na pewno? {key} ponownie zapisze"),
};

// ---- end of section: corrections ----

// ---- section: settings ----

const SETTINGS: SettingsText = SettingsText {
    title: "Ustawienia klubu",
    tabs: ["Klub", "Grupy", "Pracownicy"],
    club_name: "Nazwa klubu",
    parent_name: "Prowadzi (OPS/MOPS/GOPS)",
    parent_address: "Adres ośrodka",
    register_entry: "Wpis do rejestru wojewody",
    min_months: "Kontrakt co najmniej (mies.)",
    graduate_months: "Absolwent po (mies.)",
    max_months: "Udział najwyżej (mies.)",
    graduate_rule: "Kto jest absolwentem",
    rule_names: ["każdy po upływie okresu", "tylko kończący program"],
    exclude_employed: "Zatrudnienie wyklucza udział",
    extra_bars: |benefit| format!("Wyklucza też: {benefit}"),
    retention_years: "Przechowywanie danych (lata)",
    none: "—",
    edit_hint: |key| format!("{key} zmienia ustawienia"),
    form_title: "Ustawienia klubu",
    number_expected: |field| format!("{field}: podaj liczbę całkowitą (puste: brak)"),
    retention_question: |years, n| {
        use crate::text::plural::Word;
        const PODLEGA: Word = Word(
            "osoba podlegać będzie",
            "osoby podlegać będą",
            "osób podlegać będzie",
        );
        format!(
            "Okres {years} lat: {} od razu anonimizacji (trwałej). Zapisać? (t/n)",
            PODLEGA.with(n as u64)
        )
    },
    statutory: "ustawowa",
    sensitive: "dane wrażliwe",
    retired: "wycofana",
    holders: |n| format!("{n} os."),
    group_code: "Kod (a–z, 0–9, _)",
    group_name: "Nazwa",
    group_new_title: "Nowa grupa klubu",
    group_edit_title: |code| format!("Grupa {code}"),
    statutory_fixed: "Grup ustawowych się nie zmienia",
    group_retired: |name| {
        format!("Wycofano grupę {name}: nie jest już proponowana przy przyjęciu, zostaje u osób, które ją mają")
    },
    group_restored: |name| format!("Przywrócono grupę {name}"),
    groups_keys: |new, edit, retire| {
        format!("{new} nowa • {edit} zmień nazwę • {retire} wycofaj/przywróć")
    },
    login: "Login (konto w systemie)",
    staff_name: "Imię i nazwisko",
    role: "Rola",
    basis: "Podstawa zatrudnienia",
    hours: "Godzin tygodniowo",
    hours_a_week: |h| format!("{h} h/tydz."),
    hours_expected: "godziny tygodniowo: liczba, np. 40 lub 20,5 (puste: brak)",
    staff_new_title: "Nowe konto pracownika",
    staff_edit_title: |login| format!("Konto {login}"),
    staff_keys: |new, edit| format!("{new} nowe konto • {edit} zmień (administrator)"),
    set_club_name: |key| format!("Ustaw nazwę klubu: {key}"),
    welcome_setup: "ustaw klub: nazwa, ośrodek, grupy, pracownicy",
    welcome_first_intake: |screen, new| {
        format!("{screen}, potem {new}: pierwszy wniosek (przyjęcie osoby)")
    },
    hint_settings: "ustawienia",
    retention_title: "Krótsze przechowywanie danych",
};

// ---- end of section: settings ----

// ---- section: activation ----

const ACTIVATION: ActivationText = ActivationText {
    add_job_op: "Dodaj zatrudnienie (podjęcie pracy)",
    edit_job_op: |what| format!("Popraw zatrudnienie: {what}"),
    delete_job_op: |what| format!("Usuń zatrudnienie wpisane omyłkowo: {what}"),
    add_route_op: "Dodaj ścieżkę aktywizacji (staż, roboty publiczne, CIS…)",
    edit_route_op: |what| format!("Popraw ścieżkę: {what}"),
    delete_route_op: |what| format!("Usuń ścieżkę wpisaną omyłkowo: {what}"),
    job_title: "Zatrudnienie",
    route_title: "Ścieżka aktywizacji",
    from: "Od",
    to: "Do (puste: trwa)",
    basis: "Podstawa",
    employer: "Pracodawca",
    kind: "Rodzaj",
    name: "Nazwa (np. projektu)",
    note: "Uwagi",
    deleted: "Usunięto",
};

// ---- end of section: activation ----

// ---- names of codes ----

const NAMES: Names = Names {
    link,
    // One name per code: those the command line and the report show too.
    status: |s| {
        (crate::text::catalog::catalog(crate::text::Lang::Pl)
            .names
            .status)(s)
    },
    job_basis: |b| {
        (crate::text::catalog::catalog(crate::text::Lang::Pl)
            .person_export
            .job_basis)(b)
    },
    route_kind: |k| {
        (crate::text::catalog::catalog(crate::text::Lang::Pl)
            .report
            .route_kind)(k)
    },
    contract_state: |c| {
        (crate::text::catalog::catalog(crate::text::Lang::Pl)
            .person_export
            .contract_state)(c)
    },
    sex,
    outcome: |o| {
        (crate::text::catalog::catalog(crate::text::Lang::Pl)
            .report
            .outcome)(o)
    },
    reason: |r| {
        (crate::text::catalog::catalog(crate::text::Lang::Pl)
            .report
            .reason)(r)
    },
    referred,
    action,
    server_lost: "Utracono połączenie z serwerem kis — ponawiam…",
    server_regained: "Połączono ponownie z serwerem kis; dane odświeżone",
    changed_by: |name| format!("{name} zapisał(a) zmiany — widok odświeżony"),
    refreshed: "Odświeżono",
    exclusion: crate::text::errors::exclusion_pl,
    group: |code| {
        (crate::text::catalog::catalog(crate::text::Lang::Pl)
            .report
            .group)(code)
    },
};

fn link(link: crate::desk::door::Link) -> &'static str {
    use crate::desk::door::Link;
    match link {
        Link::Local => "",
        Link::Server => "serwer",
        Link::Lost => "brak serwera",
    }
}

fn sex(s: Sex) -> &'static str {
    match s {
        Sex::K => "kobieta",
        Sex::M => "mężczyzna",
    }
}

fn referred(r: ReferredBy) -> &'static str {
    match r {
        ReferredBy::SocialWorker => "pracownik socjalny",
        ReferredBy::SelfReferred => "z własnej inicjatywy",
        ReferredBy::Pup => "PUP",
        ReferredBy::Other => "inny",
    }
}

fn action(a: Action) -> &'static str {
    use Action::*;
    match a {
        Quit => "wyjście z programu",
        Help => "ta pomoc",
        Lookup => "szukaj osoby (z każdego miejsca)",
        Save => "zapisz",
        New => "nowy wniosek / nowy rekord",
        Close => "zamknij okno, wróć",
        Up => "w górę",
        Down => "w dół",
        Left => "w lewo / poprzednia wartość",
        Right => "w prawo / następna wartość",
        PageUp => "strona w górę",
        PageDown => "strona w dół",
        Top => "na początek",
        Bottom => "na koniec",
        NextScreen => "następny ekran",
        PrevScreen => "poprzedni ekran",
        Screen1 => "ekran 1",
        Screen2 => "ekran 2",
        Screen3 => "ekran 3",
        Screen4 => "ekran 4",
        Screen5 => "ekran 5",
        Screen6 => "ekran 6",
        Confirm => "otwórz / zatwierdź",
        Toggle => "zaznacz / przełącz",
        Delete => "usuń",
        Refresh => "odśwież",
        NextField => "następne pole",
        PrevField => "poprzednie pole",
        Filter => "filtr listy (status, stan)",
        Sort => "zmień sortowanie",
        Print => "drukuj dokument",
        Edit => "edytuj",
        Demo => "wczytaj klub demonstracyjny (pusta baza)",
        MoveUp => "przesuń pozycję w górę",
        MoveDown => "przesuń pozycję w dół",
        Consult => "szybka konsultacja (karta)",
        AddPerson => "dodaj osobę do listy obecności (Zajęcia)",
        ChoosePeriod => "wybierz okres (Zajęcia: podsumowanie, Raporty)",
        WorksiteFilter => "osoby jednego miejsca pracy (PSU)",
        CompareYears => "porównaj z latami wcześniejszymi (Raporty)",
    }
}

const KEYMAP: KeymapText = KeymapText {
    at_line: |file, line, reason| format!("{file}, wiersz {line}: {reason}"),
    // The parser's own reason is English: the line says where to look.
    not_toml: |_| "niepoprawna składnia TOML".into(),
    unknown_section: |s| format!("nieznana sekcja [{s}]; klawisze wpisuje się w sekcji [keys]"),
    keys_not_a_table: "[keys] musi być tabelą (czynność = [\"klawisz\"])",
    unknown_action: |a| format!("nieznana czynność „{a}”"),
    not_a_list: |a| format!("{a}: klawisze podaje się jako listę, np. [\"ctrl-q\"]"),
    keys_are_strings: |a| format!("{a}: klawisze podaje się w cudzysłowie, np. [\"ctrl-q\"]"),
    unknown_key: |k| format!("nieznany klawisz „{k}”"),
    unknown_keymap: |name| format!("nieznany układ klawiszy „{name}”: default albo vim"),
    space: "Spacja",
};
