//! The screens' words in English.

use super::*;

pub(super) fn text() -> Text {
    Text {
        names: NAMES,
        corrections: CORRECTIONS,
        settings: SETTINGS,
        activation: ACTIVATION,
        lang: Lang::En,
        app_title: "KIS",
        tab_today: "Today",
        tab_participants: "Participants",
        tab_contracts: "Contracts",
        help_title: "Help",
        help_hint: "Esc closes",
        too_small: "Terminal too small: 80×23 needed",
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
        f_sex: "Sex (W/M)",
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
        intake_toggle_hint: "Space ticks • ←→ or a letter chooses • ↑↓ along the list",
        duplicates_title: "Possible duplicate",
        rejected: "Application rejected",
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
        due_loading: "Reading what is due…",
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
        keymap: KEYMAP,
        quit_title: "Quit",
        help_here: "On this screen",
        help_everywhere: "All keys",
    }
}

// ---- section: activities ----

const ACTIVITIES: ActivitiesText = ActivitiesText {
    guests_title: |date| format!("Session {date}: guests without a record"),
    default_role: "psychologist",
    guests_label: "Guests without a record (children, families)",
    guests_invalid: "guests: a whole number, 0 or more",
    not_counted_legend: "* not a participant on the day — not counted in the reports",
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
            "This month: {sessions} {} • {hours} • present: {people} ({women} W, {men} M) • cost {cost}",
            if sessions == 1 { "session" } else { "sessions" },
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
    help_guests: "the session's guests (without a record)",
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
    list_tabs: &[
        "Agreements",
        "Worksites",
        "Positions",
        "Referrals",
        "Refunds",
    ],
    end_how_label: "What to do",
    end_by_resignation: "resignation (from the day)",
    end_by_deletion: "delete — entered in error (only without hours)",
    refund_line: |month, paid, requested, received| {
        format!("{month}  paid {paid}  requested {requested}  {received}")
    },
    refund_received: |amount, _on| format!("received {amount}"),
    refund_not_received: "nothing received",
    refund_form_title: |month| format!("Refund for {month}"),
    refund_received_on_label: "Received on",
    refund_amount_label: "Amount received (zł)",
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
    choose_person_title: "Choose the person to refer (surname, name, PESEL or phone)",
    worksite_and_position_first: "add a worksite and a position first",
    slots_full: |taken, slots| {
        format!("Saved, but the agreement's slots are full ({taken}/{slots})")
    },
    help_keys: &[
        (
            "0–9 , .",
            "the day's hours (4, 7,5), saved by Enter or an arrow",
        ),
        ("c", "absent, sick"),
        ("u", "absent, excused"),
        ("n", "absent, unexcused"),
        ("Delete", "clears the day"),
    ],
};

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
    hint_scroll: "scroll",
    lines_shown: |from, to, all| format!("lines {from}–{to} of {all}"),
    hint_consult: "consultation",
    consult_topic: "What was discussed",
    f_psu: "Socially useful work (PSU)",
    psu_line: |agreement, worksite, position, hours, absences| {
        format!("{worksite}, {position} (agreement {agreement}): {hours}, absences: {absences}")
    },
    psu_resigned: |on| format!("resigned {on}"),
    read_note_op: |on, author| format!("Read the note of {on} ({author})"),
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
    discard_question: "Discard your changes to this contract? (y/n)",
};

// ---- end of section: contract ----

// ---- section: reports ----

const REPORTS: ReportsText = ReportsText {
    continuing: "still taking part (last day)",
    by_group_active: "Participants by group (everyone in the period)",
    routes: "Activation routes",
    served: "present at sessions and events (everyone)",
    guests: "guests without a record",
    psu_referred: "referred in the period",
    psu_resigned: "resignations",
    refund_received: "refund received",
    staff: "Staff",
    compare: "Compared with earlier years",
    hint_compare: "compare",
    compare_line: |active, admitted, graduates, employed, independent, psu, paid| {
        format!("act. {active}, adm. {admitted}, grad. {graduates}, empl. {employed}, indep. {independent}, PSU {psu} ({paid})")
    },
    comparing: |n| {
        if n == 0 {
            "No comparison".to_string()
        } else {
            format!("Compared with {n} earlier years")
        }
    },
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
    interview_before_application: "the home interview is before the application — sure?",
    required: "required",
    birth_date_required: "required (dd.mm.yyyy)",
    date_format: "a date as dd.mm.yyyy",
    choose_sex: "choose W (woman) or M (man)",
    postal_format: "a code as NN-NNN",
    groups_required: "tick at least one group",
    possible_duplicate: |key| format!("Possible duplicate — check; {key} again saves anyway"),
    discard_question: "Discard this application? (y/n)",
    field_date_required: |label| format!("{label}: a date is required"),
    field_date_format: |label| format!("{label}: a date as dd.mm.yyyy"),
    form_hint: "Enter next • Ctrl+S confirm • Esc cancel",
    discard_changes: "Discard the changes you typed? (y/n)",
    same_pesel_title: "This person is already in kis",
    same_pesel_question: |pesel, who| {
        format!("PESEL {pesel} already belongs to {who}. Open their card instead of a new application? (y/n)")
    },
};

// ---- end of section: intake ----

// ---- section: corrections ----

const CORRECTIONS: CorrectionsText = CorrectionsText {
    edit_title: |name| format!("Correct the record: {name}"),
    reverse_title: |name| format!("Reversing the rejection: {name}"),
    reason_title: "Reason for the correction (kept in the journal)",
    reason_label: "Reason",
    reason_required: "Give the reason for the correction",
    reason_hint: "Enter saves • Esc goes back to the form",
    corrected: |name| format!("Record corrected: {name}"),
    reversed: |name| format!("Rejection reversed — {name} is an applicant again"),
    edit_op: "Correct the person's data",
    undo_ending_op: "Undo the ending (entered in error)",
    redate_ending_op: "Change the end date",
    reverse_rejection_op: "Reverse the rejection (correct the benefits)",
    undo_ending_title: "Undoing the ending",
    redate_title: "New end date",
    end_date_label: "End date",
    ending_undone: "Ending undone — the participation goes on, the contract is in force again",
    ending_redated: |date| format!("End date changed to {date}"),
    no_contract_rejected:
        "A rejected applicant cannot have a contract (reverse the rejection first)",
    no_contract_ended:
        "The participation has ended; a return with a new contract is not supported yet",
    contract_closed: |state, key| {
        format!("The contract is closed ({state}) — read-only; {key} opens it for correction")
    },
    reopen_title: "Open the contract for correction",
    reopened: "Contract open for correction — the save is recorded with the reason",
    reopen_hint: "correct",
    read_only: "read-only",
    in_correction: "being corrected",
    drop_edits_question: "Drop your unsaved edits and show what is saved? (y/n)",
    changed_while_editing: |who, save, refresh| {
        format!("{who} saved changes; you have unsaved input — {save} saves yours (refused if they conflict), {refresh} shows what is saved")
    },
    signed_on_label: "Signed on",
    confirm_again: |warning, key| format!("{warning} — are you sure? {key} again saves"),
};

// ---- end of section: corrections ----

// ---- section: settings ----

const SETTINGS: SettingsText = SettingsText {
    title: "Club settings",
    tabs: ["Club", "Groups", "Staff"],
    club_name: "Club name",
    parent_name: "Run by (welfare centre)",
    parent_address: "Centre's address",
    register_entry: "Voivode's register entry",
    min_months: "Contract at least (months)",
    graduate_months: "Graduate after (months)",
    max_months: "Participation at most (months)",
    graduate_rule: "Who is a graduate",
    rule_names: ["anyone past the period", "only those who finished"],
    exclude_employed: "Employment bars participation",
    extra_bars: |benefit| format!("Also bars: {benefit}"),
    retention_years: "Keep records (years)",
    none: "—",
    edit_hint: |key| format!("{key} changes the settings"),
    form_title: "Club settings",
    number_expected: |field| format!("{field}: a whole number (empty: none)"),
    retention_question: |years, n| {
        format!("{years} years: {n} people become due for anonymisation (for good) at once. Save? (y/n)")
    },
    statutory: "statutory",
    sensitive: "sensitive",
    retired: "retired",
    holders: |n| format!("{n} people"),
    group_code: "Code (a–z, 0–9, _)",
    group_name: "Name",
    group_new_title: "A new group of the club",
    group_edit_title: |code| format!("Group {code}"),
    statutory_fixed: "The statutory groups do not change",
    group_retired: |name| {
        format!("Group {name} retired: no longer offered at intake, kept on the people who have it")
    },
    group_restored: |name| format!("Group {name} restored"),
    groups_keys: |new, edit, retire| format!("{new} new • {edit} rename • {retire} retire/restore"),
    login: "Login (system account)",
    staff_name: "Name",
    role: "Role",
    basis: "Employment basis",
    hours: "Hours a week",
    hours_a_week: |h| format!("{h} h/week"),
    hours_expected: "hours a week: a number such as 40 or 20.5 (empty: none)",
    staff_new_title: "A new staff account",
    staff_edit_title: |login| format!("Account {login}"),
    staff_keys: |new, edit| format!("{new} new account • {edit} change (administrator)"),
    set_club_name: |key| format!("Set the club's name: {key}"),
    welcome_setup: "set up the club: its name, centre, groups, staff",
    welcome_first_intake: |screen, new| format!("{screen}, then {new}: the first application"),
    hint_settings: "settings",
    retention_title: "A shorter retention",
};

// ---- end of section: settings ----

// ---- section: activation ----

const ACTIVATION: ActivationText = ActivationText {
    add_job_op: "Add a job taken",
    edit_job_op: |what| format!("Correct the job: {what}"),
    delete_job_op: |what| format!("Delete the job entered in error: {what}"),
    add_route_op: "Add an activation route (internship, public works, CIS…)",
    edit_route_op: |what| format!("Correct the route: {what}"),
    delete_route_op: |what| format!("Delete the route entered in error: {what}"),
    job_title: "Job",
    route_title: "Activation route",
    from: "From",
    to: "To (empty: ongoing)",
    basis: "Basis",
    employer: "Employer",
    kind: "Kind",
    name: "Name (e.g. of the project)",
    note: "Note",
    deleted: "Deleted",
};

// ---- end of section: activation ----

// ---- names of codes ----

const NAMES: Names = Names {
    link,
    // One name per code: those the command line and the report show too.
    status: |s| {
        (crate::text::catalog::catalog(crate::text::Lang::En)
            .names
            .status)(s)
    },
    job_basis: |b| {
        (crate::text::catalog::catalog(crate::text::Lang::En)
            .person_export
            .job_basis)(b)
    },
    route_kind: |k| {
        (crate::text::catalog::catalog(crate::text::Lang::En)
            .report
            .route_kind)(k)
    },
    contract_state: |c| {
        (crate::text::catalog::catalog(crate::text::Lang::En)
            .person_export
            .contract_state)(c)
    },
    sex,
    outcome: |o| {
        (crate::text::catalog::catalog(crate::text::Lang::En)
            .report
            .outcome)(o)
    },
    reason: |r| {
        (crate::text::catalog::catalog(crate::text::Lang::En)
            .report
            .reason)(r)
    },
    referred,
    action,
    server_lost: "Lost the kis server — reconnecting…",
    server_regained: "Reconnected to the kis server; data refreshed",
    changed_by: |name| format!("{name} saved changes — view refreshed"),
    refreshed: "Refreshed",
    exclusion: |e| match e {
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
    group: |code| {
        (crate::text::catalog::catalog(crate::text::Lang::En)
            .report
            .group)(code)
    },
};

fn link(link: crate::desk::door::Link) -> &'static str {
    use crate::desk::door::Link;
    match link {
        Link::Local => "",
        Link::Server => "server",
        Link::Lost => "no server",
    }
}

fn sex(s: Sex) -> &'static str {
    match s {
        Sex::K => "woman",
        Sex::M => "man",
    }
}

fn referred(r: ReferredBy) -> &'static str {
    match r {
        ReferredBy::SocialWorker => "social worker",
        ReferredBy::SelfReferred => "self",
        ReferredBy::Pup => "PUP",
        ReferredBy::Other => "other",
    }
}

fn action(a: Action) -> &'static str {
    use Action::*;
    match a {
        Quit => "quit",
        Help => "this help",
        Lookup => "find a person (from anywhere)",
        Save => "save",
        New => "new application / record",
        Close => "close, go back",
        Up => "up",
        Down => "down",
        Left => "left / previous value",
        Right => "right / next value",
        PageUp => "page up",
        PageDown => "page down",
        Top => "to the top",
        Bottom => "to the bottom",
        NextScreen => "next screen",
        PrevScreen => "previous screen",
        Screen1 => "screen 1",
        Screen2 => "screen 2",
        Screen3 => "screen 3",
        Screen4 => "screen 4",
        Screen5 => "screen 5",
        Screen6 => "screen 6",
        Confirm => "open / confirm",
        Toggle => "tick / toggle",
        Delete => "delete",
        Refresh => "refresh",
        NextField => "next field",
        PrevField => "previous field",
        Filter => "list filter (status, state)",
        Sort => "change the order",
        Print => "print a document",
        Edit => "edit",
        Demo => "load the demo club (empty database)",
        MoveUp => "move the item up",
        MoveDown => "move the item down",
        Consult => "quick consultation (card)",
        AddPerson => "add a person to the attendance grid (Activities)",
        ChoosePeriod => "choose a period (Activities: summary, Reports)",
        WorksiteFilter => "the persons of one worksite (PSU)",
        CompareYears => "compare with earlier years (Reports)",
    }
}

const KEYMAP: KeymapText = KeymapText {
    at_line: |file, line, reason| format!("{file}, line {line}: {reason}"),
    not_toml: |why| why.to_string(),
    unknown_section: |s| format!("unknown section [{s}]; use [keys]"),
    keys_not_a_table: "[keys] must be a table",
    unknown_action: |a| format!("unknown action {a:?}"),
    not_a_list: |a| format!("{a} must be a list of keys, e.g. [\"ctrl-q\"]"),
    keys_are_strings: |a| format!("{a}: keys are strings"),
    unknown_key: |k| format!("unknown key {k:?}"),
    unknown_keymap: |name| format!("unknown keymap {name:?}: default, vim"),
    space: "Space",
};
