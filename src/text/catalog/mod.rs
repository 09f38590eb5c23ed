//! The messages of the command line, the store, the exports, the desk and the
//! server, one file per language: `pl.rs` (the default) and `en.rs`. This file only
//! declares what a catalog holds, one struct per area, so the compiler makes both
//! languages complete. Plain text is a `&'static str`; text with values in it is a
//! `fn` field, called as `(c.cli.anonymised)(n)`, so each language orders its words
//! its own way. The fields take plain values (numbers, `&str`, paths, dates, domain
//! types), never the types of the layers above.
//!
//! The screens' words live in `tui::text`; the domain's refusals in `text::errors`.

mod en;
mod pl;

use super::Lang;
use crate::domain::activation::RouteKind;
use crate::domain::hours::Hours;
use crate::domain::money::Money;
use crate::domain::person::{Exclusion, InterruptReason, Outcome, Status};
use crate::domain::record::Kind;
use crate::domain::report::{
    ActivityLine, Count, Psu, Report, Served, Share, SpecialistLine, StaffLine, WorksiteLine,
};
use crate::domain::settings::GraduateRule;
use crate::domain::staff::{Role, StaffBasis};
use crate::domain::workshop::{ActivityKind, Area};
use chrono::NaiveDate;
use std::fmt::Display;
use std::path::Path;

pub struct Catalog {
    pub cli: CliText,
    pub store: StoreText,
    pub export: ExportText,
    pub desk: DeskText,
    pub remote: RemoteText,
    pub domain: DomainText,
    pub due: DueText,
    pub report: ReportText,
    pub person_export: PersonExportText,
    pub names: NamesText,
    pub args: ArgsText,
}

/// The catalog of a language.
pub fn catalog(lang: Lang) -> &'static Catalog {
    match lang {
        Lang::Pl => &pl::CATALOG,
        Lang::En => &en::CATALOG,
    }
}

/// One text in both languages, Polish first: for what carries both (a refusal
/// on the wire, an error that keeps either).
pub fn both<T>(text: impl Fn(&'static Catalog) -> T) -> (T, T) {
    (text(&pl::CATALOG), text(&en::CATALOG))
}

/// The command line (`kis …`): what its commands say and refuse.
pub struct CliText {
    pub no_such_account: fn(&str) -> String,
    pub bad_basis: fn(&str) -> String,
    pub no_such_group: fn(&str) -> String,
    pub statutory_group_fixed: &'static str,
    /// A door answered with a response of another kind: the variant's name.
    pub unexpected_answer: fn(&str) -> String,
    /// A command that needs the data alone, while `kis serve` runs on it.
    pub stop_the_server_first: fn(&Path) -> String,
    /// A command that needs the data alone, while a TUI holds it: the data, the holder.
    pub close_the_tui_first: fn(&Path, &str) -> String,
    /// A server (or TUI) holds the data, but its socket stayed silent: the holder, seconds.
    pub socket_did_not_answer: fn(&str, u64) -> String,
    /// `--as` given with no server on the data.
    pub as_needs_a_server: fn(&Path) -> String,
    /// Who holds the data, as the door's messages name it: pid, login, same user.
    pub holder: fn(Option<u32>, Option<&str>, bool) -> String,
    pub not_a_terminal: &'static str,
    pub nobody_due: &'static str,
    /// The question before anonymising: how many persons.
    pub anonymise_for_good: fn(usize) -> String,
    pub nothing_changed: &'static str,
    pub anonymised: fn(usize) -> String,
    pub removed_older_backup: fn(&Path) -> String,
    pub new_backup: fn(&Path) -> String,
    pub removed_recovery_files: fn(&Path) -> String,
    pub set_aside_may_name_anonymised: fn(&Path) -> String,
    pub printout_names_anonymised: fn(&Path) -> String,
    /// The change restored up to, into the data directory.
    pub restored: fn(u64, &Path) -> String,
    /// Records, from the file.
    pub imported: fn(usize, &str) -> String,
    /// Records, the journal's last change.
    pub check_ok: fn(usize, u64) -> String,
    pub problems_found: fn(usize) -> String,
    pub rebuilt: fn(u64) -> String,
    pub demo_loaded: fn(usize) -> String,
    pub to_before_from: &'static str,
    pub xlsx_needs_output: &'static str,
    /// The TUI could not serve its socket: why.
    pub commands_shut_out: fn(&str) -> String,

    // kis settings
    /// One field of the settings, for people: its label, its key, its value as shown.
    pub setting_line: fn(&str, &str, &str) -> String,
    pub setting_club_name: &'static str,
    pub setting_parent_name: &'static str,
    pub setting_parent_address: &'static str,
    pub setting_register_entry: &'static str,
    pub setting_min_months: &'static str,
    pub setting_graduate_months: &'static str,
    pub setting_max_months: &'static str,
    pub setting_graduate_rule: &'static str,
    pub setting_exclude_employed: &'static str,
    pub setting_extra_exclusions: &'static str,
    pub setting_retention_years: &'static str,
    /// A value left empty (null).
    pub not_set: &'static str,
    /// `max_months` of 0.
    pub no_limit: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    /// The rule in words, with its code.
    pub graduate_rule: fn(GraduateRule) -> &'static str,
    /// The benefit in words, with its code.
    pub exclusion: fn(Exclusion) -> String,
    /// The key given, the keys there are.
    pub unknown_setting: fn(&str, &str) -> String,
    /// The key, the value given.
    pub setting_needs_number: fn(&str, &str) -> String,
    pub setting_needs_yes_no: fn(&str, &str) -> String,
    /// The key, the value given, the codes there are.
    pub setting_needs_rule: fn(&str, &str, &str) -> String,
    pub setting_unknown_exclusion: fn(&str, &str, &str) -> String,
    /// The key.
    pub setting_required: fn(&str) -> String,
    /// After the desk's refusal of a shorter retention: the years, how many people.
    pub add_confirm: fn(u32, usize) -> String,

    // kis category
    pub group_sensitive: &'static str,
    pub group_not_sensitive: &'static str,
    pub group_retired: &'static str,
    pub group_offered: &'static str,
    pub group_statutory: &'static str,
    pub group_own: &'static str,
    /// A statutory group's name in this language (None: its stored, Polish name).
    pub statutory_group_name: fn(&str) -> Option<&'static str>,
    /// The code of a club's group that exists already.
    pub group_exists: fn(&str) -> String,

    // kis user
    /// The name, with the employment basis and the hours a week where known.
    pub staff_name_and_terms: fn(&str, Option<StaffBasis>, Option<Hours>) -> String,
    /// The value given to --hours.
    pub hours_per_week_invalid: fn(&str) -> String,

    // kis print
    /// What was given: a contract's number or id.
    pub no_contract_numbered: fn(&str) -> String,
    /// What was given: a PESEL or a participant's id.
    pub no_participant_pesel: fn(&str) -> String,

    // kis lookup, kis audit (txt)
    /// What was typed, when it found nobody.
    pub lookup_none: fn(&str) -> String,
    /// The limit, when more people were found than it lets show.
    /// More found than shown: how many are shown, how many were found.
    pub lookup_more: fn(usize, usize) -> String,
    /// A record in the audit: its kind's name (`NamesText`), its id (`*`: every
    /// record of the kind; empty: the only one, as the settings).
    pub audit_record: fn(&str, &str) -> String,
    /// The record as `audit_record` names it, why it was corrected.
    pub audit_reason: fn(&str, &str) -> String,
}

/// The store: its errors, what opening and `kis repair` did, damaged backups.
pub struct StoreText {
    /// Who holds the data, after "by": pid, login, same user.
    pub holder: fn(Option<u32>, Option<&str>, bool) -> String,
    /// The holder, as `holder` names it.
    pub already_open: fn(&str) -> String,
    pub cannot_create_lock_file: fn(&str, &dyn Display) -> String,
    pub cannot_create_data_dir: fn(&Path, &dyn Display) -> String,
    pub read_audit_failed: fn(&Path, &dyn Display) -> String,
    /// The format found, the newest this kis understands.
    pub database_too_new: fn(u32, u32) -> String,
    pub database_failed: fn(&dyn Display) -> String,
    pub journal_failed: fn(&Path, &dyn Display) -> String,
    /// The journal, the line, what is wrong with it.
    pub journal_line_damaged: fn(&Path, usize, &str) -> String,
    /// The tree, the key, the reason.
    pub damaged_value: fn(&str, &str, &str) -> String,
    pub change_does_not_apply: fn(u64, &str) -> String,
    /// The change, why; writing stops until `kis repair`.
    pub writing_stopped: fn(u64, &str) -> String,
    /// The journal's last change, the database's.
    pub journal_behind: fn(u64, u64) -> String,
    /// What `unfit_missing` or `unfit_too_large` said.
    pub refused_before_saving: fn(&str) -> String,
    /// The kind of record, its id.
    pub unfit_missing: fn(&str, &str) -> String,
    /// The kind of record, its id, its size, the limit.
    pub unfit_too_large: fn(&str, &str, usize, usize) -> String,
    pub disk_full: &'static str,
    pub not_saved: fn(&str) -> String,
    /// sled's reason, the change replayed up to, where the broken files went.
    pub recovered: fn(&str, u64, &Path) -> String,
    /// The change, its journal line, the set-aside file, why.
    pub repair_set_aside: fn(u64, usize, &str, &str) -> String,
    /// Bytes of an unfinished last write.
    pub repair_torn_write: fn(usize) -> String,
    pub repair_nothing_set_aside: fn(u64) -> String,
    pub repair_rebuilt: fn(u64) -> String,
    /// The parts of a backup file, as the messages below name them.
    pub backup_part_export: &'static str,
    pub backup_part_journal: &'static str,
    pub backup_part_audit: &'static str,
    pub backup_not_kis: &'static str,
    /// The backup's version, the newest this kis reads.
    pub backup_too_new: fn(u32, u32) -> String,
    pub backup_part_missing: fn(&str) -> String,
    pub backup_part_short: fn(&str) -> String,
    pub backup_size_inside_character: fn(&str) -> String,
    pub backup_checksum_differs: fn(&str) -> String,
    pub backup_data_after_last_part: &'static str,
    /// `kis check`: the journal's last change, the last one the database applied.
    pub check_applied_differs: fn(u64, u64) -> String,
    /// `kis check`, of a record: its kind (a code, `record_name` names it) and id.
    pub check_missing_in_database: fn(&str, &str) -> String,
    pub check_differs_from_journal: fn(&str, &str) -> String,
    pub check_not_in_journal: fn(&str, &str) -> String,
    pub check_id_map_wrong: fn(&str, &str) -> String,
    pub check_id_map_orphan: fn(&str, &str) -> String,
    pub check_settings_differ: &'static str,
    /// A record (kind code, id) whose index entries cannot be made: the kind
    /// and id of the record it names that does not exist.
    pub check_names_missing: fn(&str, &str, &str, &str) -> String,
    /// Hours, a refund or a mark (a code, `record_name` names it) and its two keys.
    pub check_row_differs: fn(&str, &str, &str) -> String,
    pub check_row_wrong_key: fn(&str, &str, &str) -> String,
    pub check_row_names_missing: fn(&str, &str, &str) -> String,
    /// The key of a month of hours.
    pub check_hours_out_of_order: fn(&str) -> String,
    /// Hours, refunds or marks (a code): how many are stored, how many the journal has.
    pub check_count_differs: fn(&str, usize, usize) -> String,
    /// An index tree and a key.
    pub check_index_lacks: fn(&str, &str) -> String,
    pub check_index_stale: fn(&str, &str) -> String,
}

/// The tables of `kis psu settle` and `kis activities`.
pub struct ExportText {
    pub settlement_title: &'static str,
    pub settlement_person: &'static str,
    pub settlement_agreement: &'static str,
    pub settlement_hours: &'static str,
    pub settlement_sick: &'static str,
    pub settlement_excused: &'static str,
    pub settlement_unexcused: &'static str,
    pub settlement_amount: &'static str,
    pub settlement_hours_total: &'static str,
    pub settlement_paid: &'static str,
    pub settlement_refund_requested: &'static str,
    pub settlement_refund_received: &'static str,
    pub activities: &'static str,
    pub specialists: &'static str,
    pub social_reintegration: &'static str,
    pub vocational: &'static str,
    /// The columns of the settlement's csv (person, agreement, hours, the three
    /// kinds of absence, amount), and its summary table.
    pub settlement_columns: [&'static str; 7],
    pub settlement_summary: &'static str,
    pub settlement_month: &'static str,
}

/// The desk's own errors (the domain's refusals are in `text::errors`).
pub struct DeskText {
    pub compare_years_max: fn(u32) -> String,
    pub group_code_format: fn(&str) -> String,
    pub group_in_use: fn(&str, usize) -> String,
    pub last_admin: &'static str,
    pub login_changed: &'static str,
    pub settings_order: fn(&str, u32, &str, u32) -> String,
    pub not_staff: fn(&str) -> String,
    pub forbidden: fn(&str, Role) -> String,
    /// The kind of record, its id.
    pub not_found: fn(&str, &str) -> String,
    /// The PESEL, whom it belongs to.
    pub duplicate_pesel: fn(&str, &str) -> String,
    pub duplicate_contract_number: fn(&str) -> String,
    /// The kind of record, its id.
    pub duplicate_id: fn(&str, &str) -> String,
    /// What, its key.
    pub duplicate: fn(&str, &str) -> String,
    /// The kind of record, its id.
    pub missing: fn(&str, &str) -> String,
    /// Who, at what time (HH:MM).
    pub conflict: fn(&str, &str) -> String,
    pub import_needs_empty_database: fn(usize) -> String,

    // Files (anonymise, backup): a path and the system's reason.
    pub path_failed: fn(&Path, &dyn Display) -> String,

    // anonymise
    /// The problems of the database rebuilt after an anonymisation.
    pub rebuilt_database_problems: fn(&[String]) -> String,

    // backup
    /// The problems, joined.
    pub replayed_journal_does_not_check: fn(&str) -> String,
    pub no_export: &'static str,
    pub keep_zero: &'static str,
    /// The data directory.
    pub restore_needs_empty_directory: fn(&Path) -> String,
    pub backup_journal_not_its_export: &'static str,
    pub restored_data_differ: &'static str,

    // contracts, corrections
    pub only_active_participation_ends: fn(Status) -> String,
    /// The end date, the admission.
    pub end_before_admission: fn(NaiveDate, NaiveDate) -> String,
    pub certificate_after_ending: &'static str,
    /// The certificate's date, the end.
    pub certificate_before_end: fn(NaiveDate, NaiveDate) -> String,
    pub correction_needs_reason: &'static str,
    pub participation_not_ended: fn(Status) -> String,
    pub application_not_rejected: fn(Status) -> String,

    // gate
    pub rebuild_in_progress: &'static str,
    pub import_in_progress: &'static str,
    pub anonymisation_in_progress: &'static str,

    // import
    /// serde's reason.
    pub not_json: fn(&str) -> String,
    pub no_type_field: &'static str,
    pub unknown_type: fn(&str) -> String,
    /// The file's format, the newest this kis reads.
    pub format_too_new: fn(u32, u32) -> String,
    pub second_header: &'static str,
    pub header_first: &'static str,
    pub file_empty: &'static str,
    /// The group's code.
    pub group_is_statutory: fn(&str) -> String,
    pub job_ends_before_start: &'static str,
    pub route_ends_before_start: &'static str,
    pub assignment_ends_before_start: &'static str,
    pub empty_id: &'static str,

    // participants
    pub rejection_reversal_needs_reason: &'static str,

    // person_export: the printout of a person's data (art. 15 RODO)
    /// First name, last name, id.
    pub person_data_title: fn(&str, &str, &str) -> String,
    pub person_data_subtitle: &'static str,
    pub person_data_contracts: fn(usize) -> String,
    pub person_data_jobs: fn(usize) -> String,
    pub person_data_routes: fn(usize) -> String,
    /// Referrals, days recorded.
    pub person_data_psu: fn(usize, usize) -> String,
    pub person_data_activities: fn(usize) -> String,
    pub person_data_notes: fn(usize) -> String,
    pub person_data_note_restricted: &'static str,
    pub person_data_reads: &'static str,

    // psu
    /// The first day with hours after it.
    pub hours_after_resignation: fn(NaiveDate) -> String,

    // records
    pub note_empty: &'static str,
    pub no_record: &'static str,
    pub saved_through_own_form: &'static str,
    /// The first day with hours.
    pub referral_has_hours: fn(NaiveDate) -> String,
    /// The kind of record.
    pub not_deleted: fn(&str) -> String,
    /// The agreement, the month.
    pub no_refund: fn(&str, NaiveDate) -> String,

    // settings: a retention that makes more people due (years, how many more)
    pub retention_admin_only: fn(u32, usize) -> String,
    pub retention_confirm: fn(u32, usize) -> String,

    // staff
    pub login_one_word: &'static str,

    // workshops
    pub session_too_short: &'static str,
}

/// `kis serve` and its clients: refusals travel in both languages.
pub struct RemoteText {
    /// The data directory, the socket.
    pub already_serving: fn(&Path, &Path) -> String,
    pub cannot_connect: fn(&Path, &dyn Display) -> String,
    pub connection_broke: &'static str,
    pub server_not_answering: &'static str,
    pub no_greeting: fn(&dyn Display) -> String,
    /// The request's MiB, the most the server takes.
    pub request_too_big: fn(usize, u32) -> String,
    pub unreadable_answer: fn(&dyn Display) -> String,
    pub not_a_kis_socket: &'static str,
    /// This account's connections, the most one account may have.
    pub too_many_from_account: fn(usize, usize) -> String,
    /// Connections now, the most the server takes.
    pub too_many_connections: fn(usize, usize) -> String,
    /// The login whose TUI serves the data.
    pub personal_server: fn(&str) -> String,
    pub no_thread: fn(&dyn Display) -> String,
    pub server_stopping: &'static str,
    /// The client's protocol, the server's.
    pub server_is_newer: fn(u32, u32) -> String,
    pub server_is_older: fn(u32, u32) -> String,
    /// The login, whom it asked to act as.
    pub may_not_act_as: fn(&str, &str) -> String,
}

/// Refusals of domain rules that are not in `text::errors`.
pub struct DomainText {
    /// The refund's month, the agreement's first and last day.
    pub refund_outside_agreement: fn(NaiveDate, NaiveDate, NaiveDate) -> String,
    /// What was saved but deserves a second look.
    pub warning: fn(&crate::domain::warnings::Warning) -> String,
}

/// The kinds of due items.
pub struct DueText {
    pub contract_ending: &'static str,
    pub contract_overdue: &'static str,
    pub action_overdue: &'static str,
    pub goal_overdue: &'static str,
    pub graduate_reached: &'static str,
    pub over_max: &'static str,
    pub certificate_missing: &'static str,
}

/// The club's report (`kis report`, the Raporty screen's files): the prose of the
/// txt, the tables of the csv and the xlsx, and the names of every code they show.
pub struct ReportText {
    // Names of codes: a person never reads a code.
    /// A statutory group's name; `None` for a club's own group (the report holds
    /// only its code, which is shown then).
    pub group: fn(&str) -> Option<&'static str>,
    pub outcome: fn(Outcome) -> &'static str,
    pub reason: fn(InterruptReason) -> &'static str,
    pub activity_kind: fn(ActivityKind) -> &'static str,
    pub area: fn(Area) -> &'static str,
    /// A specialist's role when it is a known code; else the role is shown as typed.
    pub specialist_role: fn(&str) -> Option<&'static str>,
    pub route_kind: fn(RouteKind) -> &'static str,
    pub staff_basis: fn(StaffBasis) -> &'static str,

    // The prose of the txt.
    /// The period in a table's cell: a year, a half-year, or from – to.
    pub period: fn(NaiveDate, NaiveDate) -> String,
    pub title: fn(NaiveDate, NaiveDate) -> String,
    /// The opening sentence, as the clubs write it.
    pub headline: fn(&Report) -> String,
    /// Admitted, active.
    pub participants: fn(&Count, &Count) -> String,
    /// The period's last day, who still takes part on it.
    pub continuing: fn(NaiveDate, &Count) -> String,
    pub contracts: fn(u32) -> String,
    pub groups_admitted: &'static str,
    pub groups_active: &'static str,
    /// One line of a list: a name and its people, zeros kept ("niepełnosprawni – 0").
    pub line: fn(&str, &Count) -> String,
    pub ended: fn(&Count) -> String,
    pub interrupted: &'static str,
    pub graduates: fn(&Share) -> String,
    /// The employed, the independent, and how many of the independent work.
    pub employed: fn(&Share, &Share, u32) -> String,
    pub routes: &'static str,
    pub no_routes: &'static str,
    pub activities: &'static str,
    /// An activity, its kind's name, its area's name.
    pub activity: fn(&ActivityLine, &str, &str) -> String,
    pub specialists: &'static str,
    /// A specialist, the role's name.
    pub specialist: fn(&SpecialistLine, &str) -> String,
    /// Social, vocational.
    pub services: fn(&Count, &Count) -> String,
    pub served: fn(&Served) -> String,
    pub psu: fn(&Psu) -> String,
    pub no_psu: &'static str,
    /// Referred, resigned.
    pub psu_referred: fn(u32, u32) -> String,
    /// Requested (computed), received.
    pub refund: fn(Money, Money) -> String,
    pub worksites: &'static str,
    pub worksite: fn(&WorksiteLine) -> String,
    pub staff: &'static str,
    pub no_staff: &'static str,
    /// A staff member, the role's name, the basis's name.
    pub staff_member: fn(&StaffLine, &str, Option<&str>) -> String,
    pub compare: &'static str,

    // The tables of the csv and the xlsx. A table's title names its sheet and
    // heads its first column; the other columns follow.
    pub sheet_period: &'static str,
    /// From, to.
    pub period_columns: [&'static str; 2],
    pub sheet_participants: &'static str,
    /// Total, women, men.
    pub count_columns: [&'static str; 3],
    pub row_admitted: &'static str,
    pub row_active: &'static str,
    pub row_continuing: &'static str,
    pub sheet_groups: &'static str,
    /// The admitted: total, women, men; the active: total, women, men.
    pub groups_columns: [&'static str; 6],
    pub sheet_endings: &'static str,
    pub row_ended: &'static str,
    /// An outcome's name.
    pub row_outcome: fn(&str) -> String,
    /// A reason's name.
    pub row_interrupted: fn(&str) -> String,
    pub sheet_results: &'static str,
    /// Count, percent, women, men.
    pub results_columns: [&'static str; 4],
    pub row_contracts: &'static str,
    pub row_graduates: &'static str,
    pub row_employed: &'static str,
    pub row_independent: &'static str,
    pub row_independent_working: &'static str,
    pub sheet_routes: &'static str,
    pub sheet_activities: &'static str,
    /// Kind, area, sessions, hours, persons, women, men, cost.
    pub activities_columns: [&'static str; 8],
    pub sheet_specialists: &'static str,
    /// Role, hours, persons, women, men, cost.
    pub specialists_columns: [&'static str; 6],
    pub sheet_services: &'static str,
    pub row_social: &'static str,
    pub row_vocational: &'static str,
    pub sheet_served: &'static str,
    pub row_served: &'static str,
    pub row_guests: &'static str,
    pub sheet_psu: &'static str,
    pub psu_value: &'static str,
    pub row_psu_persons: &'static str,
    pub row_psu_women: &'static str,
    pub row_psu_men: &'static str,
    pub row_psu_positions: &'static str,
    pub row_psu_hours: &'static str,
    pub row_psu_paid: &'static str,
    pub row_psu_refund: &'static str,
    pub row_psu_refund_received: &'static str,
    pub row_psu_referred: &'static str,
    pub row_psu_resigned: &'static str,
    pub sheet_worksites: &'static str,
    /// Persons, hours, paid.
    pub worksites_columns: [&'static str; 3],
    pub sheet_staff: &'static str,
    /// Role, basis, hours a week.
    pub staff_columns: [&'static str; 3],
    pub sheet_compare: &'static str,
    /// From, to, active, admitted, graduates, employed, independent, PSU persons, PSU paid.
    pub compare_columns: [&'static str; 9],
}

/// What the club holds about a person, given on request (art. 15 RODO): the
/// attachment to a letter to the citizen, every code in words. `none` stands
/// where nothing is recorded; dates and times are the local ones.
pub struct PersonExportText {
    pub title: &'static str,
    /// The day it was made.
    pub made_on: fn(NaiveDate) -> String,
    /// Whom it is about: the full name.
    pub about: fn(&str) -> String,
    pub none: &'static str,

    // The record: a section and its labels.
    pub personal: &'static str,
    pub first_name: &'static str,
    pub last_name: &'static str,
    pub pesel: &'static str,
    pub birth_date: &'static str,
    pub sex: &'static str,
    pub address: &'static str,
    pub phone: &'static str,
    pub email: &'static str,
    pub groups: &'static str,
    pub benefits: &'static str,
    pub referral: &'static str,
    pub pup_registered: &'static str,
    pub applied_on: &'static str,
    pub interview_on: &'static str,
    pub consent_on: &'static str,
    pub status: &'static str,
    pub admitted_on: &'static str,
    pub ended_on: &'static str,
    pub outcome: &'static str,
    pub reason: &'static str,
    pub certificate_on: &'static str,
    pub remarks: &'static str,
    pub sex_name: fn(crate::domain::person::Sex) -> &'static str,
    pub status_name: fn(Status) -> &'static str,
    pub referred_by: fn(crate::domain::person::ReferredBy) -> &'static str,
    pub exclusion: fn(Exclusion) -> &'static str,
    /// The reason of a rejection that names no benefit (`other`).
    pub other_reason: &'static str,

    // Social contracts.
    pub contracts: &'static str,
    /// Its number, its state's name.
    pub contract: fn(&str, &str) -> String,
    pub signed_on: &'static str,
    pub period: &'static str,
    pub worker: &'static str,
    pub situation: &'static str,
    pub goals: &'static str,
    pub actions: &'static str,
    pub reviews: &'static str,
    pub annexes: &'static str,
    pub contract_state: fn(crate::domain::contract::ContractState) -> &'static str,
    pub goal_state: fn(crate::domain::contract::GoalState) -> &'static str,
    pub action_by: fn(crate::domain::contract::ActionBy) -> &'static str,
    /// A goal: its text, its due day, its state's name.
    pub goal: fn(&str, Option<NaiveDate>, &str) -> String,
    /// An action: who takes it, its text, its due day, the day it was done.
    pub action: fn(&str, &str, Option<NaiveDate>, Option<NaiveDate>) -> String,
    /// An annex: its text, the contract's new end.
    pub annex: fn(&str, Option<NaiveDate>) -> String,
    /// A period: from, to (either may be missing).
    pub from_to: fn(Option<NaiveDate>, Option<NaiveDate>) -> String,

    // Socially useful work (PSU).
    pub psu: &'static str,
    /// A referral: its number, the worksite, the position, the period.
    pub psu_referral: fn(Option<&str>, &str, &str, &str) -> String,
    /// The resignation: its day, its reason.
    pub psu_resigned: fn(NaiveDate, Option<&str>) -> String,
    /// A month (its first day): the hours worked, the days of each absence.
    pub psu_month: fn(NaiveDate, Hours, &[(crate::domain::psu::Absence, usize)]) -> String,
    pub absence: fn(crate::domain::psu::Absence) -> &'static str,

    // Activities.
    pub attendance: &'static str,
    pub attendance_state: fn(crate::domain::workshop::AttendanceState) -> &'static str,

    // Jobs and activation routes.
    pub activation: &'static str,
    /// A job: the period, the employer, the basis's name.
    pub job: fn(&str, &str, &str) -> String,
    pub job_basis: fn(crate::domain::activation::JobBasis) -> &'static str,
    /// A route: the period, its kind's name, its name.
    pub route: fn(&str, &str, &str) -> String,

    // Notes.
    pub notes: &'static str,
    pub note_restricted: &'static str,

    // The read audit.
    pub reads: &'static str,
    /// What a read did, from its action and kind codes.
    pub read_action: fn(&str, &str) -> &'static str,
}

/// The names of the codes the command line and the desk's messages would
/// otherwise show: a person never reads `active`, `worker` or `contract`.
pub struct NamesText {
    pub status: fn(Status) -> &'static str,
    pub role: fn(Role) -> &'static str,
    /// A kind of record, in the nominative ("kontrakt").
    pub kind: fn(Kind) -> &'static str,
    /// What else the audit and the messages name by a code, not a `Kind`:
    /// `hours`, `attendance`, `settings`, `refund`, `club`, `login`.
    pub other_record: fn(&str) -> Option<&'static str>,
    /// What the audit says someone did, by its code: `read`, `changed`,
    /// `deleted`, `lookup`, `list`, `names`, `print`, `export`, `backup`, …
    pub audit_action: fn(&str) -> Option<&'static str>,
}

/// The name of a record's kind given by its code (`contract`, `hours`); an
/// unknown code is shown as it is.
pub fn record_name<'a>(n: &NamesText, code: &'a str) -> &'a str {
    match Kind::ALL.iter().find(|k| k.name() == code) {
        Some(k) => (n.kind)(*k),
        None => (n.other_record)(code).unwrap_or(code),
    }
}

/// The command line's help and its refusals of what was typed, in place of
/// clap's English. Commands and arguments are named by their path: `""` is kis
/// itself, `"user add"` a subcommand; an argument by its id (`format`, `as_user`).
pub struct ArgsText {
    /// A command's description; `None`: the one the command line declares (English).
    pub about: fn(&str) -> Option<&'static str>,
    /// An argument's help: the command's path, the argument's id.
    pub arg: fn(&str, &str) -> Option<&'static str>,
    /// The name of an argument's value in the usage (`<ZAPYTANIE>`): path, id.
    pub value_name: fn(&str, &str) -> Option<&'static str>,
    /// The headings of the help.
    pub usage: &'static str,
    pub commands: &'static str,
    pub arguments: &'static str,
    pub options: &'static str,
    /// What stands in the usage for the options and for a subcommand.
    pub options_tag: &'static str,
    pub command_tag: &'static str,
    pub help_flag: &'static str,
    pub version_flag: &'static str,
    /// The `help` subcommand and its argument.
    pub help_command: &'static str,
    pub help_command_arg: &'static str,
    /// After an argument's help: its default, its values, its variable.
    pub default: fn(&str) -> String,
    pub values: fn(&str) -> String,
    pub env: fn(&str) -> String,
    /// The last line of a refusal: the command whose help says more.
    pub more: fn(&str) -> String,
    /// Before a refusal.
    pub error: &'static str,
    /// The argument given.
    pub unknown_argument: fn(&str) -> String,
    pub unknown_command: fn(&str) -> String,
    /// What was perhaps meant.
    pub did_you_mean: fn(&str) -> String,
    /// The value, the argument.
    pub invalid_value: fn(&str, &str) -> String,
    /// The argument.
    pub value_required: fn(&str) -> String,
    /// The values there are, joined.
    pub possible_values: fn(&str) -> String,
    /// Before the list of what is missing.
    pub missing_arguments: &'static str,
    /// The command, the subcommands it has.
    pub missing_command: fn(&str, &str) -> String,
    /// The value, the argument.
    pub unexpected_value: fn(&str, &str) -> String,
    pub used_twice: fn(&str) -> String,
    /// The argument, what it cannot go with.
    pub conflict: fn(&str, &str) -> String,
    pub bad_arguments: &'static str,
    // What the value parsers refuse: the value given.
    pub bad_role: fn(&str) -> String,
    pub bad_date: fn(&str) -> String,
    pub bad_month: fn(&str) -> String,
}

/// What a report's period is, for the words that name it.
#[derive(Clone, Copy)]
enum PeriodKind {
    Year(i32),
    FirstHalf(i32),
    SecondHalf(i32),
    Range,
}

fn period_kind(from: NaiveDate, to: NaiveDate) -> PeriodKind {
    use chrono::Datelike;
    let (f, t) = ((from.month(), from.day()), (to.month(), to.day()));
    if from.year() != to.year() {
        PeriodKind::Range
    } else if f == (1, 1) && t == (12, 31) {
        PeriodKind::Year(from.year())
    } else if f == (1, 1) && t == (6, 30) {
        PeriodKind::FirstHalf(from.year())
    } else if f == (7, 1) && t == (12, 31) {
        PeriodKind::SecondHalf(from.year())
    } else {
        PeriodKind::Range
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_catalog() {
        assert_eq!(
            catalog(Lang::Pl).cli.nobody_due,
            "nikt nie podlega anonimizacji"
        );
        assert_eq!(catalog(Lang::En).cli.nobody_due, "nobody is due");
        assert_eq!((catalog(Lang::Pl).cli.anonymised)(3), "zanonimizowano: 3");
        let (pl, en) = both(|c| c.remote.server_stopping);
        assert_ne!(pl, en);
    }

    #[test]
    fn messages_name_kinds_statuses_and_roles_in_words() {
        let pl = catalog(Lang::Pl);
        let en = catalog(Lang::En);
        assert_eq!(
            (pl.desk.not_found)("contract", "c9"),
            "nie ma rekordu: kontrakt o id c9"
        );
        assert_eq!(
            (en.desk.not_found)("contract", "c9"),
            "no contract with id c9"
        );
        assert_eq!(
            (pl.desk.forbidden)("ala", Role::Worker),
            "ala (rola: pracownik) nie ma do tego uprawnień"
        );
        assert_eq!(
            (pl.desk.only_active_participation_ends)(Status::Applicant),
            "zakończyć można tylko trwający udział (status: kandydat)"
        );
        assert_eq!(
            (pl.desk.duplicate)("settings", ""),
            "wpis występuje dwa razy: ustawienia"
        );
        assert_eq!(
            (pl.store.unfit_missing)("participant", "p1"),
            "nie istnieje rekord: uczestnik p1"
        );
        assert_eq!(
            (pl.cli.check_ok)(1234, 34),
            "w porządku: 1234 rekordy, dziennik zawiera zmiany do nr 34"
        );
        assert_eq!(
            (pl.cli.rebuilt)(34),
            "odbudowano bazę z dziennika (zmiany do nr 34)"
        );
        // Every kind and every code the audit shows has a name in both languages.
        for c in [pl, en] {
            for code in ["hours", "attendance", "settings", "refund", "club", "login"] {
                assert!((c.names.other_record)(code).is_some(), "{code}");
            }
            for code in [
                "read",
                "changed",
                "deleted",
                "lookup",
                "list",
                "names",
                "print",
                "export",
                "backup",
                "report-people",
            ] {
                assert!((c.names.audit_action)(code).is_some(), "{code}");
            }
        }
        for k in Kind::ALL {
            assert_ne!((pl.names.kind)(k), k.name(), "{k:?} has a Polish name");
        }
    }
}
