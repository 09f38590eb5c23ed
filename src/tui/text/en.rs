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

const ACTIVITIES: ActivitiesText = ActivitiesText {
    title: "Activities",
    grid_title: |name, month| format!("Activity — {name} {month}"),
    no_activities: |key| format!("No activities yet. Add one: {key}"),
    participant_col: "Participant",
    mark_present: "pres.",
    mark_excused: "exc.",
    mark_absent: "abs.",
    present_total: "present",
    month_summary: |sessions, hours, people, women, men, cost| {
        format!(
            "This month: {} • {hours} • present: {people} ({women} K, {men} M) • cost {cost}",
            crate::text::plural::SPOTKANIE.with(sessions as u64),
        )
    },
    add_person_title: "Add a person to the grid",
    specialists_list_title: "Specialists (Tab: activities)",
    activities_list_title: "Activities (Tab: specialists)",
    list_keys: |new| format!("{new} add • Enter edit • Esc"),
    summary_title: |from, to| format!("Summary {from} – {to}"),
    persons_col: "pers.",
    cost_col: "cost",
    social_services: "social services",
    vocational_services: "vocational services",
    activity_form_title: "Activity",
    name_label: "Name",
    kind_label: "Kind",
    area_label: "Area",
    area_names: &["social", "vocational"],
    specialist: "Specialist",
    specialist_name_label: "Name",
    role_label: "Role",
    rate_label: "Rate zł/h (new sessions)",
    no_specialist: "(no specialist)",
    session_form_title: "New session (one or weekly)",
    date_label: "Date",
    hours_label: "Hours",
    topic_label: "Topic",
    place_label: "Place",
    remote_label: "Remote",
    weeks_label: "Repeat for weeks",
    period_form_title: "Summary for a period",
    from_label: "From",
    to_label: "To",
    hours_invalid: "hours: whole or half",
    weeks_invalid: "weeks: 1 or more",
    sessions_added: |n| format!("Sessions added: {n}"),
    name_empty: "the name is empty",
    rate_invalid: "a rate in zł, e.g. 60.00",
    end_before_start: "the end is before the start",
    hint_mark: "mark",
    hint_session: "session",
    hint_add_person: "add person",
    hint_activity: "activity",
    hint_month: "month",
    hint_period: "period",
    hint_lists: "lists",
};

// ---- end of section: activities ----

// ---- section: psu ----

const PSU: PsuText = PsuText {
    sheet_title: |number, site, month| format!("PSU — agreement {number}{site} — {month}"),
    no_agreements: "No PSU agreement yet",
    weekday_letters: "MTWTFSS",
    person_col: "Person",
    week_col: "week",
    month_col: "month",
    weekend: "weekend",
    day_line: |date, note, week, month, rate| {
        format!("Day {date}{note} • limits: {week} / {month} • rate {rate}")
    },
    sheet_keys: "digits+Enter hours • c sick • u excused • n unexcused • Delete clears",
    hours_saved: |who, date| format!("Saved — {who} on {date}"),
    hours_invalid: |typed| format!("whole or half hours, not {typed:?}"),
    printout_written: |files| format!("Printout written: {files}"),
    hint_agreement: "agreement",
    hint_month: "month",
    hint_worksite: "worksite",
    hint_lists: "lists",
    list_tabs: &["Agreements", "Worksites", "Positions", "Referrals"],
    list_keys: |new, delete| {
        format!("Tab list • {new} add • Enter edit • {delete} resignation (referrals)")
    },
    agreement_line: |number, from, to, slots, rates| {
        format!("{number} {from}–{to} • {slots} slots • {rates}")
    },
    // The rates are still joined with the Polish "od" in English.
    rate_from: |rate, from| format!("{rate} od {from}"),
    resigned: |on| format!("resigned {on}"),
    agreement_form_title: "Agreement",
    number_label: "Number",
    signed_label: "Signed",
    from_label: "From",
    to_label: "To",
    slots_label: "Slots",
    weekly_limit_label: "Weekly limit h",
    monthly_limit_label: "Monthly limit h",
    refund_label: "Refund %",
    new_rate_from_label: "New rate from",
    new_rate_label: "New rate zł/h",
    worksite_form_title: "Worksite",
    name_label: "Name",
    referral_form_title: "PSU referral",
    participant_label: "Participant (surname)",
    worksite_label: "Worksite",
    position: "Position",
    referral_no_label: "Referral no.",
    resign_form_title: "Resignation",
    resigned_on_label: "Resigned on",
    reason_label: "Reason",
    fix: |what| format!("Fix: {what}"),
    numbers_invalid: "slots, limits and refund are numbers",
    rate_invalid: "a rate in zł, e.g. 9.00",
    name_missing: "the name",
    no_such_participant: "no such participant",
    worksite_and_position_first: "add a worksite and a position first",
    slots_full: |taken, slots| {
        format!("Saved, but the agreement's slots are full ({taken}/{slots})")
    },
};

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
