//! The screens' words in English.

use super::*;

pub(super) fn text() -> Text {
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
