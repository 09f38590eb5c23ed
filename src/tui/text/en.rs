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

const CARD: CardText = CardText {
    printout_written: |files| format!("Printout written: {files}"),
    new_contract_op: "New contract (draft)",
    sign_contract_op: |number| format!("Sign contract {number}"),
    open_contract_op: |number| format!("Open contract {number}"),
    consultation_op: "Consultation (now, by phone)",
    end_op: "End the participation",
    certificate_op: "Certificate issued (art. 18(5a))",
    print_contract_op: |number| format!("Print contract {number}"),
    note_op: "Add a note",
    person_export_op: "The person's data on request (GDPR art. 15)",
    print_certificate_op: "Print the certificate",
    contract_signed: |number| format!("Contract signed {number}"),
    ended_with: |outcome| format!("finished: {outcome}"),
    interrupted_by: |reason| format!("interrupted: {reason}"),
    end_title: "End of participation",
    end_how: "How",
    end_date: "Ended on",
    issued_on: "Issued on",
    note_title: "Note",
    note_text: "Text",
    note_restricted: "Restricted",
    note_restricted_yes: "yes (author and coordinators)",
    person_export_written: |base| format!("Written: {base}.json/.txt"),
    no_activities: "add an activity on the Activities screen first",
    no_specialist: "(no specialist)",
    consult_title: "Consultation",
    consult_activity: "Activity",
    consult_specialist: "Specialist",
    consult_date: "Date",
    consult_hours: "Hours",
    ended: |graduate| {
        let g = if graduate { "yes" } else { "no" };
        format!("Participation ended — graduate: {g}; issue the certificate")
    },
    hours_invalid: "hours: whole or half (1 or 1.5)",
    consultation_saved: "Consultation saved",
    certificate_recorded: |on| format!("Certificate recorded on {on}"),
    notes_hidden: "(not available to your role)",
    attended: |present, all| format!("Attended ({present}/{all}):"),
    menu_title: "What to do?",
    hint_actions: "actions",
    hint_contract: "contract",
};

// ---- end of section: card ----

// ---- section: contract ----

const CONTRACT: ContractText = ContractText {
    order_end: "end",
    order_number: "number",
    number: "Number",
    signed: "Signed",
    from: "From",
    to: "To",
    worker: "Worker",
    situation: "Situation",
    end_with_annexes: "End with annexes",
    goal_state: |s| {
        use crate::domain::contract::GoalState as G;
        match s {
            G::Open => "open",
            G::Met => "met",
            G::NotMet => "not met",
        }
    },
    action_by: |by| {
        use crate::domain::contract::ActionBy as B;
        match by {
            B::Participant => "participant",
            B::Centre => "centre",
        }
    },
    goal: "Goal",
    due: "Due",
    state: "State",
    action: "Action",
    by: "By",
    done: "Done",
    review: "Review",
    review_text: "Text",
    item_date: "On",
    annex: "Annex",
    annex_text: "Text",
    new_end: "New end",
    bad_date: |field| format!("{field}: a date as dd.mm.yyyy"),
    goals: "Goals",
    actions: "Actions",
    reviews: "Reviews",
    annexes: "Annexes",
    add: "add",
    delete: "delete",
    move_item: "move",
};

// ---- end of section: contract ----

// ---- section: reports ----

const REPORTS: ReportsText = ReportsText {
    title: "Reports",
    admitted: "admitted",
    active: "active in the period",
    contracts_concluded: "contracts concluded",
    by_group: "Admitted by group",
    endings: "Endings",
    ended: "ended",
    interrupted: |reason| format!("interrupted: {reason}"),
    graduates: "graduates",
    employed: "employed",
    independent: "independent",
    activities: "Activities (hours, cost)",
    social: "social reintegration",
    vocational: "vocational reintegration",
    persons: "persons",
    positions: "positions",
    hours: "hours",
    paid: "paid",
    refund: "refund from the Labour Fund",
    custom_range: "custom range",
    period_title: "Report period",
    period: "Period",
    from_custom: "From (custom)",
    to_custom: "To (custom)",
    written: |base| format!("Report written: {base}.txt/.csv/.xlsx"),
    bad_range: "give both dates (from ≤ to)",
    report_for: |period| format!("Report for {period}"),
    total: "total",
    women: "women",
    men: "men",
    hint_who: "who",
    hint_column: "column",
    hint_period: "period",
    hint_write: "write files",
};

// ---- end of section: reports ----

// ---- section: intake ----

const INTAKE: IntakeText = IntakeText {
    required: "required",
    birth_date_required: "required (dd.mm.yyyy)",
    date_format: "a date as dd.mm.yyyy",
    choose_sex: "choose K or M",
    postal_format: "a code as NN-NNN",
    groups_required: "tick at least one group",
    possible_duplicate: |key| format!("Possible duplicate — check; {key} again saves anyway"),
    discard_question: "Discard this application? (y/n)",
    field_date_required: |label| format!("{label}: a date is required"),
    field_date_format: |label| format!("{label}: a date as dd.mm.yyyy"),
    form_hint: "Enter next • Ctrl+S confirm • Esc cancel",
};

// ---- end of section: intake ----
