//! The messages in English.

use super::*;
use crate::domain::dates;
use crate::text::clean::clean_line;

/// Who holds the data: the same words in the store's and the door's messages.
fn holder(pid: Option<u32>, user: Option<&str>, same_user: bool) -> String {
    match (pid, user, same_user) {
        (Some(pid), _, true) => format!("process {pid}"),
        (_, Some(user), false) => format!("another user ({user})"),
        (Some(pid), None, false) => format!("process {pid} of another user"),
        _ => "another process".into(),
    }
}

pub(super) const CATALOG: Catalog = Catalog {
    cli: CliText {
        no_such_account: |login| format!("no staff account {login}"),
        bad_basis: |code| format!("unknown employment basis {code:?}: employment_contract, civil_law, volunteer or other"),
        no_such_group: |code| format!("no group {code}"),
        statutory_group_fixed: "the statutory groups do not change",
        unexpected_answer: |what| format!("program error: an unexpected answer ({what})"),
        stop_the_server_first: |data| {
            format!(
                "kis serve is running on {}: stop it first (systemctl stop kis), then run this again",
                data.display()
            )
        },
        close_the_tui_first: |data, holder| {
            format!(
                "kis is open on {} ({holder}): close it first, then run this again",
                data.display()
            )
        },
        socket_did_not_answer: |holder, secs| {
            format!("kis is open on this data by {holder}, but its socket did not answer within {secs} s; try again")
        },
        as_needs_a_server: |data| {
            format!(
                "--as works only through kis serve, and none runs on {}",
                data.display()
            )
        },
        holder,
        not_a_terminal: "not a terminal: add --yes to anonymise from a script",
        nobody_due: "nobody is due",
        anonymise_for_good: |n| format!("Anonymise {n} persons for good? (y/n) "),
        nothing_changed: "nothing changed",
        anonymised: |n| format!("anonymised: {n}"),
        removed_older_backup: |b| {
            format!(
                "removed a backup older than the anonymisation: {}",
                b.display()
            )
        },
        new_backup: |b| format!("new backup: {}", b.display()),
        removed_recovery_files: |c| {
            format!(
                "removed database files set aside by a recovery: {}",
                c.display()
            )
        },
        set_aside_may_name_anonymised: |a| {
            format!(
                "changes set aside by kis repair may name anonymised people; check and delete: {}",
                a.display()
            )
        },
        printout_names_anonymised: |p| {
            format!(
                "a printout names an anonymised person, delete it: {}",
                p.display()
            )
        },
        restored: |seq, data| format!("restored up to change {seq} into {}", data.display()),
        imported: |records, file| format!("imported {records} records from {file}"),
        check_ok: |records, seq| format!("ok: {records} records, journal at change {seq}"),
        problems_found: |n| format!("{n} problems found"),
        rebuilt: |seq| format!("rebuilt up to change {seq}"),
        demo_loaded: |records| format!("demo club loaded: {records} records"),
        to_before_from: "--to is before --from",
        xlsx_needs_output: "xlsx needs --output FILE",
        commands_shut_out: |why| {
            format!("other kis commands cannot reach the data while this one is open: {why}")
        },
        setting_line: |label, key, value| format!("{label} ({key}): {value}"),
        setting_club_name: "Club name",
        setting_parent_name: "Welfare centre running the club",
        setting_parent_address: "Address of the welfare centre",
        setting_register_entry: "Voivode's register entry",
        setting_min_months: "Shortest contract in months",
        setting_graduate_months: "Months of participation of a graduate",
        setting_max_months: "Longest participation in months",
        setting_graduate_rule: "Who is a graduate",
        setting_exclude_employed: "Employment bars participation",
        setting_extra_exclusions: "Benefits barring under the club's rules",
        setting_retention_years: "Years data are kept after the end",
        not_set: "—",
        no_limit: "0 (no limit)",
        yes: "yes",
        no: "no",
        graduate_rule: |r| match r {
            GraduateRule::SixMonths => {
                "anyone who took part that many months, however it ended (six_months)"
            }
            GraduateRule::FinishedOnly => "only those who finished (finished_only)",
        },
        exclusion: |e| format!("{} ({})", exclusion(e), e.code()),
        unknown_setting: |key, keys| format!("there is no setting “{key}”; the settings are: {keys}"),
        setting_needs_number: |key, v| format!("{key}: “{v}” is not a whole number (0 or more)"),
        setting_needs_yes_no: |key, v| {
            format!("{key}: “{v}” is neither yes nor no (true/false or tak/nie)")
        },
        setting_needs_rule: |key, v, codes| {
            format!("{key}: “{v}” is not a graduate rule; the rules are: {codes}")
        },
        setting_unknown_exclusion: |key, v, codes| {
            format!("{key}: “{v}” is not a benefit code; the codes are: {codes}")
        },
        setting_required: |key| format!("{key} cannot be empty"),
        add_confirm: |years, n| {
            format!("to make this change, repeat the command with --confirm {n}: kis settings set retention_years {years} --confirm {n}")
        },
        group_sensitive: "sensitive",
        group_not_sensitive: "ordinary",
        group_retired: "retired",
        group_offered: "offered",
        group_statutory: "statutory",
        group_own: "club's own",
        statutory_group_name: |code| {
            Some(match code {
                "homeless" => "homeless, following a programme for leaving homelessness",
                "alcohol" => "addicted to alcohol",
                "drugs" => "addicted to drugs",
                "mental" => "mentally ill",
                "long_term_unemployed" => "long-term unemployed",
                "prison" => "released from prison",
                "refugee" => "refugees following an integration programme",
                "disabled" => "disabled people",
                _ => return None,
            })
        },
        group_exists: |code| format!("group {code} exists already (kis category list)"),
        staff_name_and_terms: |name, basis, hours| {
            let mut terms: Vec<String> = Vec::new();
            if let Some(b) = basis {
                terms.push(staff_basis(b).to_string());
            }
            if let Some(h) = hours {
                terms.push(format!("{} h a week", h.to_pl_number()));
            }
            if terms.is_empty() {
                name.to_string()
            } else {
                format!("{name} — {}", terms.join(", "))
            }
        },
        hours_per_week_invalid: |v| {
            format!("--hours: “{v}” is not a number of hours a week (e.g. 40 or 20,5)")
        },
        no_contract_numbered: |x| format!("no contract with the number or id {x}"),
        no_participant_pesel: |x| format!("no participant with the PESEL or id {x}"),
        lookup_none: |q| format!("not found: {q}"),
        lookup_more: |shown, found| {
            format!(
                "{shown} of {found} found are shown ({} more): narrow the search or give --limit 0 to see them all",
                found.saturating_sub(shown)
            )
        },
        audit_record: |kind, id| match id {
            "" => kind.to_string(),
            "*" => format!("{kind} (all records)"),
            id => format!("{kind} {id}"),
        },
        audit_reason: |record, why| format!("{record} — reason for the correction: {why}"),
    },
    store: StoreText {
        holder,
        already_open: |holder| {
            format!("kis is already open on this data by {holder}; use `kis serve` to share it")
        },
        cannot_create_lock_file: |path, source| {
            format!("cannot create the lock file {path}: {source}")
        },
        cannot_create_data_dir: |path, source| {
            format!(
                "cannot create the data directory {}: {source}",
                path.display()
            )
        },
        read_audit_failed: |path, source| format!("read audit {}: {source}", path.display()),
        database_too_new: |found, supported| {
            format!("database format {found} is newer than this kis understands ({supported}); upgrade kis")
        },
        database_failed: |e| format!("database: {e}"),
        journal_failed: |path, source| format!("journal {}: {source}", path.display()),
        journal_line_damaged: |path, line, reason| {
            format!("journal {}, line {line}: {reason}", path.display())
        },
        damaged_value: |tree, key, reason| {
            format!("damaged value in tree {tree}, key {key}: {reason}")
        },
        change_does_not_apply: |seq, reason| format!("change {seq} cannot be applied: {reason}"),
        writing_stopped: |seq, reason| {
            format!("writing is stopped: change {seq} in the journal does not apply ({reason}); run `kis repair` to set it aside in journal.set-aside.jsonl")
        },
        journal_behind: |journal, database| {
            format!("the journal ends at change {journal}, but the database has applied change {database}: the journal is missing or cut short; restore the latest backup (`kis restore`)")
        },
        refused_before_saving: |why| format!("the change was refused before saving: {why}"),
        unfit_missing: |kind, id| format!("{} {id} does not exist", record(kind)),
        unfit_too_large: |kind, id, bytes, max| {
            format!(
                "{} {id} takes {bytes} bytes, over the limit of {max}",
                record(kind)
            )
        },
        disk_full: "disk full: nothing was saved; free some disk space and try again",
        not_saved: |reason| format!("writing to disk failed ({reason}): nothing was saved"),
        recovered: |reason, replayed, moved_to| {
            format!(
                "the database would not open ({reason}); it was rebuilt from the journal (up to change {replayed}) and the damaged files were moved to {}",
                moved_to.display()
            )
        },
        repair_set_aside: |seq, line, file, reason| {
            format!("change {seq} (journal line {line}) set aside in {file}: {reason}\n")
        },
        repair_torn_write: |bytes| {
            format!("an unfinished last write ({bytes} bytes, never acknowledged) was dropped\n")
        },
        repair_nothing_set_aside: |seq| {
            format!("nothing to set aside; the database was rebuilt from the journal (up to change {seq})\n")
        },
        repair_rebuilt: |seq| {
            format!("the database was rebuilt from the repaired journal (up to change {seq})\n")
        },
        backup_part_export: "export",
        backup_part_journal: "journal",
        backup_part_audit: "read audit",
        backup_not_kis: "not a kis backup",
        backup_too_new: |version, reads| {
            format!("backup version {version} is newer than this kis reads ({reads})")
        },
        backup_part_missing: |part| format!("damaged backup: the {part} part is missing"),
        backup_part_short: |part| format!("truncated backup: the {part} part is short"),
        backup_size_inside_character: |part| {
            format!("damaged backup: the manifest's size of the {part} part ends inside a character")
        },
        backup_checksum_differs: |part| {
            format!("damaged backup: the {part}'s checksum does not match")
        },
        backup_data_after_last_part: "damaged backup: there are data after its last part",
        check_applied_differs: |journal, applied| {
            format!("the journal ends at change {journal} but the database applied up to {applied}")
        },
        check_missing_in_database: |kind, id| {
            format!("{} {id} is in the journal but not in the database", record(kind))
        },
        check_differs_from_journal: |kind, id| {
            format!("{} {id} differs from the journal", record(kind))
        },
        check_not_in_journal: |kind, id| {
            format!("{} {id} is in the database but not in the journal", record(kind))
        },
        check_id_map_wrong: |kind, id| {
            format!("the id map of {} {id} does not point at its record", record(kind))
        },
        check_id_map_orphan: |kind, id| {
            format!("the id map names {} {id}, which has no record", record(kind))
        },
        check_settings_differ: "the settings differ from the journal",
        check_names_missing: |kind, id, missing_kind, missing_id| {
            format!(
                "{} {id} names a record that does not exist: {} {missing_id}",
                record(kind),
                record(missing_kind)
            )
        },
        check_row_differs: |what, a, b| format!("{} {a} {b} differ from the journal", record(what)),
        check_row_wrong_key: |what, a, b| format!("{} {a} {b} are stored under a wrong key", record(what)),
        check_row_names_missing: |what, a, b| format!("{} {a} {b} name a missing record", record(what)),
        check_hours_out_of_order: |key| format!("the hours under key {key} are empty or out of order"),
        check_count_differs: |what, stored, journal| {
            format!("{}: {stored} stored, {journal} in the journal", record(what))
        },
        check_index_lacks: |ix, key| format!("index {ix} lacks key {key}"),
        check_index_stale: |ix, key| format!("index {ix} has a stale key {key}"),
    },
    export: ExportText {
        settlement_title: "PSU settlement",
        settlement_person: "person",
        settlement_agreement: "agreement",
        settlement_hours: "hours",
        settlement_sick: "sick",
        settlement_excused: "exc.",
        settlement_unexcused: "unexc.",
        settlement_amount: "amount",
        settlement_hours_total: "hours",
        settlement_paid: "paid",
        settlement_refund_requested: "refund requested",
        settlement_refund_received: "Refund received",
        activities: "Activities",
        specialists: "Specialists",
        social_reintegration: "social reintegration",
        vocational: "vocational",
        settlement_columns: [
            "Person",
            "agreement",
            "hours",
            "sick absences",
            "excused absences",
            "unexcused absences",
            "amount (PLN)",
        ],
        settlement_summary: "Summary",
        settlement_month: "Month",
    },
    desk: DeskText {
        compare_years_max: |max| format!("a comparison reaches back at most {max} years"),
        group_code_format: |code| format!("a group code (“{code}”) may hold only a–z, digits and _"),
        group_in_use: |code, n| format!("group {code} is held by {n} people; it is not deleted — retire it instead"),
        last_admin: "this is the only administrator; give the role to someone else first",
        login_changed: "an account's login does not change; add a new account",
        settings_order: |a, x, b, y| format!("settings: {a} ({x}) cannot be more than {b} ({y})"),
        not_staff: |login| {
            format!("login {login} is not a staff member of this club; an admin adds it with `kis user add {login} --name \"…\" --role worker`")
        },
        forbidden: |login, role| format!("{login} ({}) may not do this", role_name(role)),
        not_found: |kind, id| format!("no {} with id {id}", record(kind)),
        duplicate_pesel: |pesel, other| format!("PESEL {pesel} already belongs to {other}"),
        duplicate_contract_number: |number| format!("contract number {number} is already used"),
        duplicate_id: |kind, id| format!("{} id {id} appears twice", record(kind)),
        duplicate: |what, key| {
            let entry = format!("{} {key}", record(what));
            format!("{} appears twice", entry.trim_end())
        },
        missing: |kind, id| {
            format!(
                "refers to {} {id}, which does not exist",
                record(kind)
            )
        },
        conflict: |by, time| {
            format!("Changed by {by} at {time} — refresh (F5) and enter your changes again")
        },
        import_needs_empty_database: |records| {
            format!("import needs an empty database, this one has {records} records; use another --data directory")
        },
        path_failed: |path, e| format!("{}: {e}", path.display()),
        rebuilt_database_problems: |problems| problems.join("; "),
        replayed_journal_does_not_check: |problems| {
            format!("the replayed journal does not check: {problems}")
        },
        no_export: "no export",
        keep_zero: "--keep 0 would delete every backup, the new one too: give at least 1",
        restore_needs_empty_directory: |data| {
            format!(
                "{} already holds data; restore into an empty directory",
                data.display()
            )
        },
        backup_journal_not_its_export: "damaged backup: its journal does not give its export",
        restored_data_differ: "the restored data differ from the backup",
        only_active_participation_ends: |status| {
            format!(
                "only an active participation can end (status: {})",
                status_name(status)
            )
        },
        end_before_admission: |on, admitted| {
            format!("the end date {on} is before admission {admitted}")
        },
        certificate_after_ending: "a certificate is issued when participation has ended",
        certificate_before_end: |on, ended| {
            format!("the certificate date {on} is before the end {ended}")
        },
        correction_needs_reason: "give the reason for the correction (it is kept in the journal)",
        participation_not_ended: |status| {
            format!(
                "the participation has not ended (status: {}); nothing to correct",
                status_name(status)
            )
        },
        application_not_rejected: |status| {
            format!(
                "the application is not rejected (status: {})",
                status_name(status)
            )
        },
        rebuild_in_progress: "rebuild in progress, try again in a moment",
        import_in_progress: "import in progress, try again in a moment",
        anonymisation_in_progress: "anonymisation in progress, try again in a moment",
        not_json: |m| format!("not valid JSON: {m}"),
        no_type_field: "no \"type\" field",
        unknown_type: |t| format!("unknown type {t:?}"),
        format_too_new: |format, known| {
            format!("format {format} is newer than this kis reads ({known}); upgrade kis")
        },
        second_header: "a second \"kis\" header",
        header_first: "the first line must be the header {\"type\":\"kis\",\"format\":1}",
        file_empty: "the file is empty",
        group_is_statutory: |code| format!("group {code} is statutory"),
        job_ends_before_start: "the job ends before it starts",
        route_ends_before_start: "the activation route ends before it starts",
        assignment_ends_before_start: "the assignment ends before it starts",
        empty_id: "empty id",
        rejection_reversal_needs_reason: "after this edit nothing bars participation: that is reversing the rejection, which needs a reason (“Reverse rejection”)",
        person_data_title: |first, last, id| format!("PERSONAL DATA — {first} {last} ({id})"),
        person_data_subtitle: "(GDPR art. 15: information about the data processed)",
        person_data_contracts: |n| format!("Social contracts: {n}"),
        person_data_jobs: |n| format!("Jobs: {n}"),
        person_data_routes: |n| format!("Activation routes: {n}"),
        person_data_psu: |assignments, days| {
            format!("Socially useful work: {assignments} referrals, {days} days recorded")
        },
        person_data_activities: |n| format!("Activities: {n}"),
        person_data_notes: |n| format!("Notes: {n}"),
        person_data_note_restricted: "(restricted)",
        person_data_reads: "Who opened the card or saw the person's data (search, printouts):",
        hours_after_resignation: |first| {
            format!("hours are logged after the resignation date ({first}); remove them first")
        },
        note_empty: "the note is empty",
        no_record: "no record",
        saved_through_own_form: "this record is saved through its own form",
        referral_has_hours: |first| {
            format!("the referral has hours (from {first}); it can only be resigned")
        },
        not_deleted: |kind| format!("a record of this kind ({}) is not deleted", record(kind)),
        no_refund: |agreement, month| {
            format!(
                "no refund of agreement {agreement} for {}",
                month.format("%m.%Y")
            )
        },
        retention_admin_only: |years, newly| {
            format!(
                "{}; only an admin may make this change",
                retention_newly_due(years, newly)
            )
        },
        retention_confirm: |years, newly| {
            format!(
                "{}; confirm by giving the number {newly}",
                retention_newly_due(years, newly)
            )
        },
        login_one_word: "a login is one word",
        session_too_short: "a session lasts at least half an hour",
    },
    remote: RemoteText {
        already_serving: |data, sock| {
            format!(
                "kis serve is already running on {} (its socket {} answers)",
                data.display(),
                sock.display()
            )
        },
        cannot_connect: |path, e| {
            format!(
                "cannot connect to the kis server ({}): {e}; are you in group kis?",
                path.display()
            )
        },
        connection_broke: "the connection to the kis server broke; whether it was saved is unknown — refresh (F5) and check",
        server_not_answering: "the kis server does not answer; reconnecting — nothing was saved",
        no_greeting: |e| format!("the kis server did not greet us ({e})"),
        request_too_big: |mib, max| {
            format!("the request is {mib} MiB and the server takes at most {max} MiB; do something this big with kis serve stopped")
        },
        unreadable_answer: |e| format!("the kis server answered something unreadable: {e}"),
        not_a_kis_socket: "this socket does not belong to a kis server",
        too_many_from_account: |mine, per_uid| {
            format!("too many connections from this account ({mine}, at most {per_uid}): close kis windows you do not use and try again")
        },
        too_many_connections: |now, total| {
            format!("too many connections to the kis server ({now}, at most {total}): try again in a moment")
        },
        personal_server: |me| {
            format!("the kis opened by {me} shares the data with {me} only; ask for kis serve to be run")
        },
        no_thread: |e| {
            format!("the kis server cannot start a thread for this connection ({e}); try again in a moment")
        },
        server_stopping: "the kis server is stopping; nothing was saved",
        server_is_newer: |v, ours| {
            format!("this kis speaks protocol {v} and the server {ours}: upgrade kis on this machine (the server is newer)")
        },
        server_is_older: |v, ours| {
            format!("this kis speaks protocol {v} and the server {ours}: the server is older; an admin restarts it after the upgrade (systemctl restart kis)")
        },
        may_not_act_as: |login, other| {
            format!("{login} may not act as {other}: only the account that runs kis serve")
        },
    },
    domain: DomainText {
        refund_outside_agreement: |month, from, to| {
            format!(
                "refund for {} lies outside the agreement ({}–{})",
                month.format("%m.%Y"),
                dates::pl(from),
                dates::pl(to)
            )
        },
        warning: |w| {
            use crate::domain::warnings::Warning as W;
            match w {
                W::ShortContract {
                    number,
                    ends,
                    min_months,
                } => format!(
                    "note: contract {number} ends on {ends}, shorter than {min_months} months (the club's minimum)"
                ),
                W::PastMaximum {
                    number,
                    ends,
                    max_on,
                } => format!(
                    "note: after the annex contract {number} runs to {ends}, past the maximum participation (to {max_on})"
                ),
                W::GoalAfterEnd {
                    number,
                    goal,
                    due,
                    ends,
                } => format!(
                    "note: goal “{goal}” is due on {due}, after contract {number} ends ({ends})"
                ),
                W::OverlappingReferral { other, from, to } => format!(
                    "note: this person has another PSU referral over these days ({other}, {from}–{to})"
                ),
                W::DayBeforeGraduate { graduate_on } => format!(
                    "note: the person would have become a graduate on {graduate_on}; the ending is the day before"
                ),
            }
        },
    },
    due: DueText {
        contract_ending: "contract ending",
        contract_overdue: "contract overdue — close or annex",
        action_overdue: "action overdue",
        goal_overdue: "goal overdue",
        graduate_reached: "graduate reached",
        over_max: "over the maximum",
        certificate_missing: "certificate missing",
    },
    report: ReportText {
        group: |code| {
            Some(match code {
                "homeless" => "homeless",
                "alcohol" => "addicted to alcohol",
                "drugs" => "addicted to drugs",
                "mental" => "mentally ill",
                "long_term_unemployed" => "long-term unemployed",
                "prison" => "released from prison",
                "refugee" => "refugees",
                "disabled" => "disabled",
                _ => return None,
            })
        },
        outcome: |o| match o {
            Outcome::Employed => "employment",
            Outcome::SelfEmployed => "self-employment",
            Outcome::Independent => "independence",
            Outcome::Cis => "referral to a CIS",
            Outcome::Other => "other",
        },
        reason: |r| match r {
            InterruptReason::ContractBreach => "not keeping to the social contract",
            InterruptReason::Health => "health",
            InterruptReason::Addiction => "addiction",
            InterruptReason::Moved => "moved away",
            InterruptReason::Childcare => "childcare",
            InterruptReason::TookJob => "took a job",
            InterruptReason::Other => "another reason",
        },
        activity_kind: |k| match k {
            ActivityKind::Workshop => "workshop",
            ActivityKind::Training => "skills training",
            ActivityKind::SelfHelpGroup => "self-help group",
            ActivityKind::Course => "course",
            ActivityKind::Consultation => "individual consultations",
            ActivityKind::JobFair => "job fair",
            ActivityKind::CommunityEvent => "community event",
        },
        area: |a| match a {
            Area::Social => "social reintegration",
            Area::Vocational => "vocational reintegration",
        },
        specialist_role: |role| {
            Some(match role {
                "psychologist" => "psychologist",
                "career_advisor" => "career advisor",
                "lawyer" => "lawyer",
                "therapist" => "addiction therapist",
                "trainer" => "trainer",
                _ => return None,
            })
        },
        route_kind: |k| match k {
            RouteKind::Internship => "internship",
            RouteKind::PublicWorks => "public works",
            RouteKind::InterventionWorks => "intervention works",
            RouteKind::SupportedEmployment => "supported employment",
            RouteKind::Cis => "Social Integration Centre (CIS)",
            RouteKind::Zaz => "vocational activity establishment (ZAZ)",
            RouteKind::Pai => "Activation and Integration Programme (PAI)",
            RouteKind::Project => "project",
            RouteKind::Training => "labour office course",
            RouteKind::Other => "other",
        },
        staff_basis: |b| match b {
            StaffBasis::EmploymentContract => "employment contract",
            StaffBasis::CivilLaw => "civil-law contract",
            StaffBasis::Volunteer => "volunteer",
            StaffBasis::Other => "another basis",
        },
        period: |from, to| match period_kind(from, to) {
            PeriodKind::Year(y) => y.to_string(),
            PeriodKind::FirstHalf(y) => format!("H1 {y}"),
            PeriodKind::SecondHalf(y) => format!("H2 {y}"),
            PeriodKind::Range => format!("{} – {}", dates::pl(from), dates::pl(to)),
        },
        title: |from, to| {
            format!(
                "Report on the activity of the KIS for {} – {}",
                dates::pl(from),
                dates::pl(to)
            )
        },
        headline: |r| {
            let mut s = format!(
                "{}, {} came to the KIS; {} graduated ({}%), {} took up work ({}%) and {} became independent ({}%)",
                period_phrase(r.period.from, r.period.to),
                people(r.participants.active.total),
                people(r.graduates.count),
                r.graduates.percent,
                people(r.employed.count),
                r.employed.percent,
                people(r.independent.count),
                r.independent.percent
            );
            if r.psu.persons > 0 {
                s += &format!(
                    "; {} did PSU on {}, costing {}",
                    people(r.psu.persons),
                    positions(r.psu.positions),
                    r.psu.paid.to_pl()
                );
                if r.psu.refund_received.grosze() > 0 {
                    s += &format!(
                        ", with {} refunded from the Labour Fund",
                        r.psu.refund_received.to_pl()
                    );
                }
            }
            if let Some(c) = r.ended.interrupted.get("contract_breach") {
                s += &format!(
                    "; the programme of {} was interrupted for not keeping to the social contract",
                    people(c.total)
                );
            }
            s + "."
        },
        participants: |admitted, active| {
            format!(
                "{} {} referred. {} took part in the period.",
                persons(admitted),
                were(admitted.total),
                persons(active)
            )
        },
        continuing: |on, c| {
            format!(
                "On {}, {} {} still taking part.",
                dates::pl(on),
                persons(c),
                were(c.total)
            )
        },
        contracts: |n| {
            if n == 1 {
                "1 social contract was concluded.".into()
            } else {
                format!("{n} social contracts were concluded.")
            }
        },
        groups_admitted: "Admitted by group (one person may belong to several):",
        groups_active: "Participants in the period by group (one person may belong to several):",
        line: |name, c| {
            let who = if c.total == 0 { "0".into() } else { persons(c) };
            format!("  {} – {who}", clean_line(name))
        },
        ended: |c| format!("{} ended their participation.", persons(c)),
        interrupted: "Participation interrupted:",
        graduates: |g| {
            format!(
                "{} graduated ({}%): {}.",
                people(g.count),
                g.percent,
                sexes(g.women, g.men)
            )
        },
        employed: |e, i, working| {
            let mut s = format!(
                "{} took up work ({}%): {}; {} became independent ({}%: {})",
                people(e.count),
                e.percent,
                sexes(e.women, e.men),
                people(i.count),
                i.percent,
                sexes(i.women, i.men)
            );
            if i.count > 0 {
                s += &match working {
                    0 => ", none of whom works".to_string(),
                    1 => ", of whom 1 works".to_string(),
                    w => format!(", of whom {w} work"),
                };
            }
            s + "."
        },
        routes: "Activation routes started in the period:",
        no_routes: "No activation route (internship, public works, CIS, PAI, project…) started in the period.",
        activities: "Activities:",
        activity: |a, kind, area| {
            format!(
                "  {} ({kind}, {area}) – {}, {}, {}; cost {}",
                clean_line(&a.name),
                sessions(a.sessions),
                hours(a.hours),
                persons(&a.persons),
                a.cost.to_pl()
            )
        },
        specialists: "Specialists:",
        specialist: |sp, role| {
            format!(
                "  {} ({}) – {}, {}; cost {}",
                clean_line(&sp.name),
                clean_line(role),
                hours(sp.hours),
                persons(&sp.persons),
                sp.cost.to_pl()
            )
        },
        services: |social, vocational| {
            format!(
                "Social reintegration services: {}; vocational: {}.",
                persons(social),
                persons(vocational)
            )
        },
        served: |s| {
            let c = Count {
                total: s.total,
                women: s.women,
                men: s.men,
            };
            let mut out = format!("{} took part in events and activities", persons(&c));
            if s.guests > 0 {
                let guests = if s.guests == 1 { "guest" } else { "guests" };
                out += &format!(
                    ", and {} {guests} (children, families)",
                    s.guests
                );
            }
            out + "."
        },
        psu: |p| {
            let c = Count {
                total: p.persons,
                women: p.women,
                men: p.men,
            };
            format!(
                "{} did PSU on {}: {} of work, {} paid.",
                persons(&c),
                positions(p.positions),
                hours(p.hours),
                p.paid.to_pl()
            )
        },
        no_psu: "Nobody did socially useful work (PSU) in the period.",
        psu_referred: |referred, resigned| {
            let resigned = match resigned {
                0 => "nobody resigned".to_string(),
                n => format!("{} resigned", people(n)),
            };
            format!(
                "{} {} referred to PSU in the period; {resigned}.",
                people(referred),
                were(referred)
            )
        },
        refund: |requested, received| {
            format!(
                "Refund from the Labour Fund: {} requested, {} received.",
                requested.to_pl(),
                received.to_pl()
            )
        },
        worksites: "PSU worksites:",
        worksite: |w| {
            format!(
                "  {} – {}, {}, {}",
                clean_line(&w.name),
                people(w.persons),
                hours(w.hours),
                w.paid.to_pl()
            )
        },
        staff: "Staff:",
        no_staff: "Staff: no staff recorded.",
        staff_member: |s, role, basis| {
            let mut out = format!("  {} – {role}", clean_line(&s.name));
            if let Some(b) = basis {
                out += ", ";
                out += b;
            }
            if let Some(h) = s.hours_per_week {
                out += &format!(", {} a week", hours(h));
            }
            out
        },
        compare: "The same period in earlier years:",
        sheet_period: "Period",
        period_columns: ["from", "to"],
        sheet_participants: "Participants",
        count_columns: ["total", "women", "men"],
        row_admitted: "admitted",
        row_active: "participants in the period",
        row_continuing: "still taking part at the end",
        sheet_groups: "Groups",
        groups_columns: [
            "admitted total",
            "admitted women",
            "admitted men",
            "participants total",
            "participants women",
            "participants men",
        ],
        sheet_endings: "Endings",
        row_ended: "ended in total",
        row_outcome: |name| format!("finished: {name}"),
        row_interrupted: |name| format!("interrupted: {name}"),
        sheet_results: "Results",
        results_columns: ["number", "%", "women", "men"],
        row_contracts: "social contracts concluded",
        row_graduates: "graduates",
        row_employed: "took up work",
        row_independent: "became independent",
        row_independent_working: "independent and working",
        sheet_routes: "Activation routes",
        sheet_activities: "Activities",
        activities_columns: [
            "kind",
            "area",
            "sessions",
            "hours",
            "persons",
            "women",
            "men",
            "cost (zł)",
        ],
        sheet_specialists: "Specialists",
        specialists_columns: ["role", "hours", "persons", "women", "men", "cost (zł)"],
        sheet_services: "Services",
        row_social: "social reintegration",
        row_vocational: "vocational reintegration",
        sheet_served: "Present",
        row_served: "people present at activities and events",
        row_guests: "guests (children, families)",
        sheet_psu: "PSU",
        psu_value: "number / amount",
        row_psu_persons: "persons doing PSU",
        row_psu_women: "of whom women",
        row_psu_men: "of whom men",
        row_psu_positions: "positions",
        row_psu_hours: "hours",
        row_psu_paid: "paid (zł)",
        row_psu_refund: "refund requested (zł)",
        row_psu_refund_received: "refund received (zł)",
        row_psu_referred: "referred in the period",
        row_psu_resigned: "resigned in the period",
        sheet_worksites: "PSU worksites",
        worksites_columns: ["persons", "hours", "paid (zł)"],
        sheet_staff: "Staff",
        staff_columns: ["role", "employment basis", "hours a week"],
        sheet_compare: "Comparison",
        compare_columns: [
            "from",
            "to",
            "participants",
            "admitted",
            "graduates",
            "employed",
            "independent",
            "PSU: persons",
            "PSU: paid (zł)",
        ],
    },
    person_export: PersonExportText {
        title: "Information on the personal data processed — GDPR art. 15",
        made_on: |on| format!("Made on: {}", dates::pl(on)),
        about: |name| format!("About: {name}"),
        none: "none",
        personal: "Personal data",
        first_name: "First name",
        last_name: "Last name",
        pesel: "PESEL",
        birth_date: "Date of birth",
        sex: "Sex",
        address: "Address",
        phone: "Phone",
        email: "E-mail",
        groups: "Groups",
        benefits: "Benefits",
        referral: "Referred by",
        pup_registered: "Labour office registration",
        applied_on: "Application made",
        interview_on: "Community interview",
        consent_on: "Data protection notice",
        status: "Status",
        admitted_on: "Admitted",
        ended_on: "Ended",
        outcome: "Outcome",
        reason: "Reason",
        certificate_on: "Certificate",
        remarks: "Remarks",
        sex_name: |s| {
            use crate::domain::person::Sex;
            match s {
                Sex::K => "woman",
                Sex::M => "man",
            }
        },
        status_name: |s| match s {
            Status::Applicant => "application made, not yet admitted",
            Status::Active => "taking part",
            Status::Finished => "participation finished",
            Status::Interrupted => "participation interrupted",
            Status::Rejected => "application rejected",
        },
        referred_by: |r| {
            use crate::domain::person::ReferredBy as R;
            match r {
                R::SocialWorker => "a social worker",
                R::SelfReferred => "on their own initiative",
                R::Pup => "the district labour office",
                R::Other => "another body",
            }
        },
        exclusion,
        other_reason: "another reason",
        contracts: "Social contracts",
        contract: |number, state| format!("Contract no. {number} — {state}"),
        signed_on: "Signed",
        period: "Period",
        worker: "Case worker",
        situation: "Situation",
        goals: "Goals",
        actions: "Actions",
        reviews: "Reviews",
        annexes: "Annexes",
        contract_state: |s| {
            use crate::domain::contract::ContractState as C;
            match s {
                C::Draft => "draft",
                C::Active => "in progress",
                C::Completed => "fulfilled",
                C::Broken => "broken off",
                C::Ended => "ended",
            }
        },
        goal_state: |s| {
            use crate::domain::contract::GoalState as G;
            match s {
                G::Open => "open",
                G::Met => "met",
                G::NotMet => "not met",
            }
        },
        action_by: |b| {
            use crate::domain::contract::ActionBy as B;
            match b {
                B::Participant => "the participant",
                B::Centre => "the club",
            }
        },
        goal: |text, due, state| match due {
            Some(d) => format!("{text} (due {}) — {state}", dates::pl(d)),
            None => format!("{text} — {state}"),
        },
        action: |by, text, due, done| {
            let when: Vec<String> = [
                due.map(|d| format!("due {}", dates::pl(d))),
                done.map(|d| format!("done {}", dates::pl(d))),
            ]
            .into_iter()
            .flatten()
            .collect();
            if when.is_empty() {
                format!("{by}: {text}")
            } else {
                format!("{by}: {text} ({})", when.join("; "))
            }
        },
        annex: |text, new_end| match new_end {
            Some(d) => format!("{text} (new end: {})", dates::pl(d)),
            None => text.to_string(),
        },
        from_to: |from, to| match (from, to) {
            (Some(f), Some(t)) => format!("{} – {}", dates::pl(f), dates::pl(t)),
            (Some(f), None) => format!("from {}", dates::pl(f)),
            (None, Some(t)) => format!("until {}", dates::pl(t)),
            (None, None) => "—".to_string(),
        },
        psu: "Socially useful work",
        psu_referral: |number, worksite, position, period| match number {
            Some(n) => format!("Referral no. {n}: {worksite}, position: {position}, {period}"),
            None => format!("Referral: {worksite}, position: {position}, {period}"),
        },
        psu_resigned: |on, reason| match reason {
            Some(r) => format!("Resigned: {} ({r})", dates::pl(on)),
            None => format!("Resigned: {}", dates::pl(on)),
        },
        psu_month: |month, worked, absences| {
            let mut s = format!("{}: {} worked", month.format("%m.%Y"), hours(worked));
            for (a, days) in absences {
                let unit = if *days == 1 { "day" } else { "days" };
                s += &format!("; {}: {days} {unit}", person_export_absence(*a));
            }
            s
        },
        absence: person_export_absence,
        attendance: "Activities attended",
        attendance_state: |s| {
            use crate::domain::workshop::AttendanceState as A;
            match s {
                A::Present => "present",
                A::Excused => "excused absence",
                A::Absent => "absent",
            }
        },
        activation: "Jobs and activation routes",
        job: |period, employer, basis| format!("Job: {period}, {employer} ({basis})"),
        job_basis: |b| {
            use crate::domain::activation::JobBasis as B;
            match b {
                B::EmploymentContract => "employment contract",
                B::CivilLaw => "civil-law contract",
                B::SelfEmployment => "self-employment",
                B::Cooperative => "social cooperative",
            }
        },
        route: |period, kind, name| format!("Activation route: {period}, {kind}: {name}"),
        notes: "Notes",
        note_restricted: "(restricted note)",
        reads: "Who viewed the data",
        read_action: |action, kind| match (action, kind) {
            ("read", "contract") => "viewed the social contract",
            ("read", _) => "viewed the person's record or printed a document of theirs",
            ("lookup", _) => "a search that found the person",
            ("report-people", _) => "a list of people for the report",
            ("names", _) => "the name shown in a list",
            ("list", _) => "the list of participants",
            ("export", _) => "an export of the club's data",
            ("backup", _) => "a backup of the data",
            ("print", _) => "printouts for socially useful work",
            _ => "viewed the data",
        },
    },
    names: NamesText {
        status: status_name,
        role: role_name,
        kind: kind_name,
        other_record: |code| {
            Some(match code {
                "hours" => "PSU hours",
                "attendance" => "attendance",
                "settings" => "settings",
                "refund" => "refund",
                "club" => "club",
                "login" => "login",
                _ => return None,
            })
        },
        audit_action: |code| {
            Some(match code {
                "read" => "read",
                "changed" => "change",
                "deleted" => "deletion",
                "lookup" => "search",
                "list" => "list",
                "names" => "names",
                "print" => "printout",
                "export" => "export",
                "backup" => "backup",
                "report-people" => "people of a report",
                _ => return None,
            })
        },
    },
    // The help and the descriptions are the command line's own (its doc comments).
    args: ArgsText {
        about: |_| None,
        arg: |_, _| None,
        value_name: |_, _| None,
        usage: "Usage",
        commands: "Commands",
        arguments: "Arguments",
        options: "Options",
        options_tag: "[OPTIONS]",
        command_tag: "COMMAND",
        help_flag: "Print help",
        version_flag: "Print version",
        help_command: "Print this message or the help of the given subcommand(s)",
        help_command_arg: "Print help for the subcommand(s)",
        default: |v| format!("[default: {v}]"),
        values: |v| format!("[possible values: {v}]"),
        env: |v| format!("[env: {v}]"),
        more: |command| format!("For more information, try '{command} --help'."),
        error: "error",
        unknown_argument: |arg| format!("unexpected argument '{arg}' found"),
        unknown_command: |cmd| format!("unrecognized subcommand '{cmd}'"),
        did_you_mean: |x| format!("a similar one exists: '{x}'"),
        invalid_value: |value, arg| format!("invalid value '{value}' for '{arg}'"),
        value_required: |arg| format!("a value is required for '{arg}' but none was supplied"),
        possible_values: |values| format!("possible values: {values}"),
        missing_arguments: "the following required arguments were not provided:",
        missing_command: |cmd, subs| {
            format!("'{cmd}' requires a subcommand but one was not provided: {subs}")
        },
        unexpected_value: |value, arg| {
            format!("unexpected value '{value}' for '{arg}' found; no more were expected")
        },
        used_twice: |arg| format!("the argument '{arg}' cannot be used multiple times"),
        conflict: |arg, other| format!("the argument '{arg}' cannot be used with {other}"),
        bad_arguments: "the arguments are not valid",
        bad_role: |v| format!("unknown role {v:?}: admin, coordinator, worker or viewer"),
        bad_date: |v| format!("{v:?} is not a date (YYYY-MM-DD or dd.mm.yyyy)"),
        bad_month: |v| format!("{v:?} is not a month of the form YYYY-MM"),
    },
};

/// "In 2021", "In the first half of 2021", "From … to …".
fn period_phrase(from: NaiveDate, to: NaiveDate) -> String {
    match period_kind(from, to) {
        PeriodKind::Year(y) => format!("In {y}"),
        PeriodKind::FirstHalf(y) => format!("In the first half of {y}"),
        PeriodKind::SecondHalf(y) => format!("In the second half of {y}"),
        PeriodKind::Range => format!("From {} to {}", dates::pl(from), dates::pl(to)),
    }
}

/// "1 person", "5 people".
fn people(n: u32) -> String {
    if n == 1 {
        "1 person".into()
    } else {
        format!("{n} people")
    }
}

fn were(n: u32) -> &'static str {
    if n == 1 {
        "was"
    } else {
        "were"
    }
}

/// "44 people (27 women, 17 men)".
fn persons(c: &Count) -> String {
    format!("{} ({})", people(c.total), sexes(c.women, c.men))
}

/// "27 women and 17 men".
fn sexes(women: u32, men: u32) -> String {
    let w = if women == 1 { "woman" } else { "women" };
    let m = if men == 1 { "man" } else { "men" };
    format!("{women} {w} and {men} {m}")
}

fn positions(n: u32) -> String {
    if n == 1 {
        "1 position".into()
    } else {
        format!("{n} positions")
    }
}

fn sessions(n: u32) -> String {
    if n == 1 {
        "1 session".into()
    } else {
        format!("{n} sessions")
    }
}

/// "1 hour", "9,5 hours": the decimal comma of the rest of kis.
fn hours(h: crate::domain::hours::Hours) -> String {
    if h.halves() == 2 {
        "1 hour".into()
    } else {
        format!("{} hours", h.to_pl_number())
    }
}

/// Before the refusals of a retention that makes more people due.
fn retention_newly_due(years: u32, newly: usize) -> String {
    let who = if newly == 1 { "person" } else { "people" };
    format!("with a retention of {years} years, {newly} more {who} fall due for anonymisation")
}

fn staff_basis(b: StaffBasis) -> &'static str {
    match b {
        StaffBasis::EmploymentContract => "employment contract",
        StaffBasis::CivilLaw => "civil-law contract",
        StaffBasis::Volunteer => "volunteer",
        StaffBasis::Other => "other basis",
    }
}

fn exclusion(e: Exclusion) -> &'static str {
    match e {
        Exclusion::UnemploymentBenefit => "unemployment benefit",
        Exclusion::PreRetirementAllowance => "pre-retirement allowance",
        Exclusion::PreRetirementBenefit => "pre-retirement benefit",
        Exclusion::StructuralPension => "structural pension",
        Exclusion::RetirementPension => "retirement pension",
        Exclusion::TeacherCompensation => "teachers' compensation benefit",
        Exclusion::DisabilityPension => "disability pension",
        Exclusion::Employed => "employment",
        Exclusion::SocialPension => "social pension",
        Exclusion::OtherBenefit => "other benefit",
    }
}

fn person_export_absence(a: crate::domain::psu::Absence) -> &'static str {
    use crate::domain::psu::Absence as A;
    match a {
        A::Sick => "sick",
        A::Excused => "excused absence",
        A::Unexcused => "unexcused absence",
    }
}

/// A record's kind by its code, as the messages name it.
fn record(code: &str) -> &str {
    record_name(&CATALOG.names, code)
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Applicant => "applicant",
        Status::Active => "active",
        Status::Finished => "finished",
        Status::Interrupted => "interrupted",
        Status::Rejected => "rejected",
    }
}

fn role_name(r: Role) -> &'static str {
    match r {
        Role::Admin => "administrator",
        Role::Coordinator => "coordinator",
        Role::Worker => "worker",
        Role::Viewer => "viewer",
    }
}

fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Staff => "staff account",
        Kind::Category => "group",
        Kind::Participant => "participant",
        Kind::Contract => "contract",
        Kind::Agreement => "agreement",
        Kind::Worksite => "worksite",
        Kind::Position => "position",
        Kind::Assignment => "assignment",
        Kind::Specialist => "specialist",
        Kind::Activity => "activity",
        Kind::Session => "session",
        Kind::Note => "note",
        Kind::Job => "job",
        Kind::Route => "route",
    }
}
