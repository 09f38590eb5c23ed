//! Every string the screens show. The words live in `pl.rs` and `en.rs`, one file per
//! language; this file declares what a catalog holds. A message with values in it is a
//! `fn` field, so that each language orders the words its own way.

mod en;
mod pl;

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
    /// Dziś's list is read just after the first frame.
    pub due_loading: &'static str,
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
    pub names: Names,
    pub corrections: CorrectionsText,
    pub settings: SettingsText,
    pub activation: ActivationText,
    pub activities: ActivitiesText,
    pub psu: PsuText,
    pub card: CardText,
    pub contract: ContractText,
    pub reports: ReportsText,
    pub intake: IntakeText,
    pub keymap: KeymapText,
    /// The title of the question asked before quitting with unsaved input.
    pub quit_title: &'static str,
    /// The help's heading over the keys of the screen in front.
    pub help_here: &'static str,
    /// The help's heading over every action, wherever it works.
    pub help_everywhere: &'static str,
}

/// The names of codes and the few sentences that go with them.
pub struct Names {
    pub link: fn(crate::desk::door::Link) -> &'static str,
    pub status: fn(Status) -> &'static str,
    pub job_basis: fn(crate::domain::activation::JobBasis) -> &'static str,
    pub route_kind: fn(crate::domain::activation::RouteKind) -> &'static str,
    pub contract_state: fn(crate::domain::contract::ContractState) -> &'static str,
    pub sex: fn(Sex) -> &'static str,
    pub outcome: fn(Outcome) -> &'static str,
    pub reason: fn(InterruptReason) -> &'static str,
    pub referred: fn(ReferredBy) -> &'static str,
    pub action: fn(Action) -> &'static str,
    pub server_lost: &'static str,
    pub server_regained: &'static str,
    pub changed_by: fn(&str) -> String,
    pub refreshed: &'static str,
    pub exclusion: fn(Exclusion) -> &'static str,
    /// The name of a statutory group; `None` for a club's own code.
    pub group: fn(&str) -> Option<&'static str>,
}

impl Text {
    pub fn new(lang: Lang) -> Text {
        match lang {
            Lang::Pl => pl::text(),
            Lang::En => en::text(),
        }
    }

    pub fn too_small_size(&self, w: u16, h: u16) -> String {
        format!("{} ({w}×{h})", self.too_small)
    }

    /// The footer's mark of where the data comes from (none when local).
    pub fn link(&self, link: crate::desk::door::Link) -> &'static str {
        (self.names.link)(link)
    }

    pub fn status(&self, s: Status) -> &'static str {
        (self.names.status)(s)
    }

    pub fn job_basis(&self, b: crate::domain::activation::JobBasis) -> &'static str {
        (self.names.job_basis)(b)
    }

    pub fn route_kind(&self, k: crate::domain::activation::RouteKind) -> &'static str {
        (self.names.route_kind)(k)
    }

    pub fn contract_state(&self, s: crate::domain::contract::ContractState) -> &'static str {
        (self.names.contract_state)(s)
    }

    pub fn sex(&self, s: Sex) -> &'static str {
        (self.names.sex)(s)
    }

    pub fn outcome(&self, o: Outcome) -> &'static str {
        (self.names.outcome)(o)
    }

    pub fn reason(&self, r: InterruptReason) -> &'static str {
        (self.names.reason)(r)
    }

    pub fn referred(&self, r: ReferredBy) -> &'static str {
        (self.names.referred)(r)
    }

    pub fn action(&self, a: Action) -> &'static str {
        (self.names.action)(a)
    }

    pub fn server_lost(&self) -> &'static str {
        self.names.server_lost
    }

    pub fn server_regained(&self) -> &'static str {
        self.names.server_regained
    }

    pub fn changed_by(&self, name: &str) -> String {
        (self.names.changed_by)(name)
    }

    pub fn refreshed(&self) -> &'static str {
        self.names.refreshed
    }

    pub fn exclusion(&self, e: Exclusion) -> &'static str {
        (self.names.exclusion)(e)
    }

    /// A group's name: the catalog's for a statutory group, else the club's own `name`.
    pub fn group_named(&self, code: &str, name: &str) -> String {
        (self.names.group)(code).map_or_else(|| name.to_string(), str::to_string)
    }

    /// A group's name; a club's own group is shown by its code.
    pub fn group(&self, code: &str) -> String {
        (self.names.group)(code)
            .map(str::to_string)
            .unwrap_or_else(|| code.to_string())
    }
}

// ---- section: activities ----

/// The words of the "Zajęcia" screen: the attendance grid, its forms and lists.
pub struct ActivitiesText {
    pub guests_title: fn(&str) -> String,
    pub default_role: &'static str,
    pub guests_label: &'static str,
    pub guests_invalid: &'static str,
    pub not_counted_legend: &'static str,
    /// The screen's name in the tabs.
    pub title: &'static str,
    /// The grid's frame: activity name, month (`MM.YYYY`).
    pub grid_title: fn(&str, &str) -> String,
    /// No activity yet; the key that adds one.
    pub no_activities: fn(&str) -> String,
    pub participant_col: &'static str,
    pub mark_present: &'static str,
    pub mark_excused: &'static str,
    pub mark_absent: &'static str,
    /// The row of totals under the grid.
    pub present_total: &'static str,
    /// The month's line: sessions, hours, persons (total, women, men), cost.
    pub month_summary: fn(usize, &str, u32, u32, u32, &str) -> String,
    pub add_person_title: &'static str,
    pub specialists_list_title: &'static str,
    pub activities_list_title: &'static str,
    /// The keys under the lists; the key that adds.
    pub list_keys: fn(&str) -> String,
    /// The period summary's frame: from, to.
    pub summary_title: fn(&str, &str) -> String,
    pub persons_col: &'static str,
    pub cost_col: &'static str,
    pub social_services: &'static str,
    pub vocational_services: &'static str,
    pub activity_form_title: &'static str,
    pub name_label: &'static str,
    pub kind_label: &'static str,
    pub area_label: &'static str,
    /// The areas, in the order of `Area::ALL`.
    pub area_names: &'static [&'static str],
    /// The specialist form's title and the session form's choice.
    pub specialist: &'static str,
    pub specialist_name_label: &'static str,
    pub role_label: &'static str,
    pub rate_label: &'static str,
    pub no_specialist: &'static str,
    pub session_form_title: &'static str,
    pub date_label: &'static str,
    pub hours_label: &'static str,
    pub topic_label: &'static str,
    pub place_label: &'static str,
    pub remote_label: &'static str,
    pub weeks_label: &'static str,
    pub period_form_title: &'static str,
    pub from_label: &'static str,
    pub to_label: &'static str,
    pub hours_invalid: &'static str,
    pub weeks_invalid: &'static str,
    pub sessions_added: fn(usize) -> String,
    pub name_empty: &'static str,
    pub rate_invalid: &'static str,
    pub end_before_start: &'static str,
    pub hint_mark: &'static str,
    pub hint_session: &'static str,
    pub hint_add_person: &'static str,
    pub hint_activity: &'static str,
    pub hint_month: &'static str,
    pub hint_period: &'static str,
    pub hint_lists: &'static str,
    /// The help's line for Enter on the grid: a session's guests.
    pub help_guests: &'static str,
}

// ---- end of section: activities ----

// ---- section: psu ----

/// The words of the PSU timesheet and of its lists.
pub struct PsuText {
    /// The timesheet's frame: agreement number, ` — worksite` or nothing, month.
    pub sheet_title: fn(&str, &str, &str) -> String,
    pub no_agreements: &'static str,
    /// Monday to Sunday, one letter each.
    pub weekday_letters: &'static str,
    pub person_col: &'static str,
    pub week_col: &'static str,
    pub month_col: &'static str,
    pub weekend: &'static str,
    /// The day's line: date, ` — holiday` or nothing, weekly and monthly limit, rate.
    pub day_line: fn(&str, &str, &str, &str, &str) -> String,
    pub sheet_keys: &'static str,
    /// A day saved: who, date.
    pub hours_saved: fn(&str, &str) -> String,
    /// What was typed is not hours (shown quoted).
    pub hours_invalid: fn(&str) -> String,
    /// The printout's files.
    pub printout_written: fn(&str) -> String,
    pub hint_agreement: &'static str,
    pub hint_month: &'static str,
    pub hint_worksite: &'static str,
    pub hint_lists: &'static str,
    /// The lists' tabs: agreements, worksites, positions, referrals.
    pub list_tabs: &'static [&'static str],
    pub end_how_label: &'static str,
    pub end_by_resignation: &'static str,
    pub end_by_deletion: &'static str,
    pub refund_line: fn(&str, &str, &str, &str) -> String,
    pub refund_received: fn(&str, &str) -> String,
    pub refund_not_received: &'static str,
    pub refund_form_title: fn(&str) -> String,
    pub refund_received_on_label: &'static str,
    pub refund_amount_label: &'static str,
    /// The keys under the lists: the key that adds, the key that records a resignation.
    pub list_keys: fn(&str, &str) -> String,
    /// An agreement in the list: number, from, to, slots, its rates.
    pub agreement_line: fn(&str, &str, &str, u32, &str) -> String,
    /// A dated rate: amount, from.
    pub rate_from: fn(&str, &str) -> String,
    /// A referral's resignation: date.
    pub resigned: fn(&str) -> String,
    pub agreement_form_title: &'static str,
    pub number_label: &'static str,
    pub signed_label: &'static str,
    pub from_label: &'static str,
    pub to_label: &'static str,
    pub slots_label: &'static str,
    pub weekly_limit_label: &'static str,
    pub monthly_limit_label: &'static str,
    pub refund_label: &'static str,
    pub new_rate_from_label: &'static str,
    pub new_rate_label: &'static str,
    pub worksite_form_title: &'static str,
    pub name_label: &'static str,
    pub referral_form_title: &'static str,
    pub participant_label: &'static str,
    /// The referral's choice of worksite.
    pub worksite_label: &'static str,
    /// The position form's title and the referral's choice.
    pub position: &'static str,
    pub referral_no_label: &'static str,
    pub resign_form_title: &'static str,
    pub resigned_on_label: &'static str,
    pub reason_label: &'static str,
    /// A refused form: what to fix.
    pub fix: fn(&str) -> String,
    pub numbers_invalid: &'static str,
    pub rate_invalid: &'static str,
    pub name_missing: &'static str,
    pub choose_person_title: &'static str,
    pub worksite_and_position_first: &'static str,
    /// Saved over the agreement's slots: taken, slots.
    pub slots_full: fn(u32, u32) -> String,
    /// The timesheet's typed keys, for the help: (keys, what they do).
    pub help_keys: &'static [(&'static str, &'static str)],
}

// ---- end of section: psu ----

// ---- section: card ----

/// The participant's card (`screens/card.rs`).
pub struct CardText {
    /// The status line after a printout: the files written.
    pub printout_written: fn(&str) -> String,
    pub new_contract_op: &'static str,
    /// The menu line for signing a draft: its number.
    pub sign_contract_op: fn(&str) -> String,
    pub open_contract_op: fn(&str) -> String,
    pub consultation_op: &'static str,
    pub end_op: &'static str,
    pub certificate_op: &'static str,
    pub print_contract_op: fn(&str) -> String,
    pub note_op: &'static str,
    pub person_export_op: &'static str,
    pub print_certificate_op: &'static str,
    pub contract_signed: fn(&str) -> String,
    /// One choice of how the participation ended: the outcome's name.
    pub ended_with: fn(&str) -> String,
    /// One choice of how the participation ended: the reason of the interruption.
    pub interrupted_by: fn(&str) -> String,
    pub end_title: &'static str,
    pub end_how: &'static str,
    pub end_date: &'static str,
    pub issued_on: &'static str,
    pub note_title: &'static str,
    pub note_text: &'static str,
    pub note_restricted: &'static str,
    pub note_restricted_yes: &'static str,
    /// After the person's data are written (art. 15): the files' path without extension.
    pub person_export_written: fn(&str) -> String,
    pub no_activities: &'static str,
    pub no_specialist: &'static str,
    pub consult_title: &'static str,
    pub consult_activity: &'static str,
    pub consult_specialist: &'static str,
    pub consult_date: &'static str,
    pub consult_hours: &'static str,
    /// After ending the participation: whether the person is a graduate.
    pub ended: fn(bool) -> String,
    pub hours_invalid: &'static str,
    pub consultation_saved: &'static str,
    pub certificate_recorded: fn(&str) -> String,
    pub notes_hidden: &'static str,
    /// The heading over the attended sessions: present of all.
    pub attended: fn(usize, usize) -> String,
    pub menu_title: &'static str,
    pub hint_actions: &'static str,
    pub hint_contract: &'static str,
    /// The footer's word for ↑↓ on the card.
    pub hint_scroll: &'static str,
    /// Below a card longer than the screen: the first and last line shown, of all.
    pub lines_shown: fn(usize, usize, usize) -> String,
    /// The footer's word for F7 on the card: a quick consultation.
    pub hint_consult: &'static str,
    /// The consultation form's field for what was discussed.
    pub consult_topic: &'static str,
    /// The card's heading over the PSU referrals.
    pub f_psu: &'static str,
    /// A PSU referral on the card: the agreement, worksite and position, the
    /// hours worked (in words already) and the absences logged.
    pub psu_line: fn(&str, &str, &str, &str, u32) -> String,
    /// After a PSU referral that ended by resignation: its date.
    pub psu_resigned: fn(&str) -> String,
    /// The menu line that opens a note in full: its date and author.
    pub read_note_op: fn(&str, &str) -> String,
}

// ---- end of section: card ----

// ---- section: contract ----

/// The contracts list and the contract editor (`screens/contracts.rs`, `screens/contract.rs`).
pub struct ContractText {
    pub order_end: &'static str,
    pub order_number: &'static str,
    pub number: &'static str,
    pub signed: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub worker: &'static str,
    pub situation: &'static str,
    pub end_with_annexes: &'static str,
    pub goal_state: fn(crate::domain::contract::GoalState) -> &'static str,
    pub action_by: fn(crate::domain::contract::ActionBy) -> &'static str,
    pub goal: &'static str,
    pub due: &'static str,
    pub state: &'static str,
    pub action: &'static str,
    pub by: &'static str,
    pub done: &'static str,
    pub review: &'static str,
    pub review_text: &'static str,
    pub item_date: &'static str,
    pub annex: &'static str,
    pub annex_text: &'static str,
    pub new_end: &'static str,
    /// A header date that does not parse: the field's name.
    pub bad_date: fn(&str) -> String,
    pub goals: &'static str,
    pub actions: &'static str,
    pub reviews: &'static str,
    pub annexes: &'static str,
    pub add: &'static str,
    pub delete: &'static str,
    pub move_item: &'static str,
    /// Esc in the contract editor with changes not saved.
    pub discard_question: &'static str,
}

// ---- end of section: contract ----

// ---- section: reports ----

/// The report screen (`screens/reports.rs`).
pub struct ReportsText {
    pub continuing: &'static str,
    pub by_group_active: &'static str,
    pub routes: &'static str,
    pub served: &'static str,
    pub guests: &'static str,
    pub psu_referred: &'static str,
    pub psu_resigned: &'static str,
    pub refund_received: &'static str,
    pub staff: &'static str,
    pub compare: &'static str,
    pub hint_compare: &'static str,
    pub compare_line: fn(u32, u32, u32, u32, u32, u32, &str) -> String,
    pub comparing: fn(u32) -> String,
    pub title: &'static str,
    pub admitted: &'static str,
    pub active: &'static str,
    pub contracts_concluded: &'static str,
    pub by_group: &'static str,
    pub endings: &'static str,
    pub ended: &'static str,
    /// An interruption's line: the reason.
    pub interrupted: fn(&str) -> String,
    pub graduates: &'static str,
    pub employed: &'static str,
    pub independent: &'static str,
    pub activities: &'static str,
    pub social: &'static str,
    pub vocational: &'static str,
    pub persons: &'static str,
    pub positions: &'static str,
    pub hours: &'static str,
    pub paid: &'static str,
    pub refund: &'static str,
    pub custom_range: &'static str,
    pub period_title: &'static str,
    pub period: &'static str,
    pub from_custom: &'static str,
    pub to_custom: &'static str,
    /// After the files are written: their path without extension.
    pub written: fn(&str) -> String,
    pub bad_range: &'static str,
    /// The screen's title: the period, or nothing before one is chosen.
    pub report_for: fn(&str) -> String,
    pub total: &'static str,
    pub women: &'static str,
    pub men: &'static str,
    pub hint_who: &'static str,
    pub hint_column: &'static str,
    pub hint_period: &'static str,
    pub hint_write: &'static str,
}

// ---- end of section: reports ----

// ---- section: intake ----

/// The intake form and the small forms (`screens/intake.rs`, `form.rs`).
pub struct IntakeText {
    pub interview_before_application: &'static str,
    pub required: &'static str,
    pub birth_date_required: &'static str,
    pub date_format: &'static str,
    pub choose_sex: &'static str,
    pub postal_format: &'static str,
    pub groups_required: &'static str,
    /// A likely duplicate before saving: the key that saves anyway.
    pub possible_duplicate: fn(&str) -> String,
    pub discard_question: &'static str,
    /// A small form's empty required date: the field's label.
    pub field_date_required: fn(&str) -> String,
    /// A small form's date that does not parse: the field's label.
    pub field_date_format: fn(&str) -> String,
    pub form_hint: &'static str,
    /// Esc while correcting a participant's data with changes not saved.
    pub discard_changes: &'static str,
    /// The PESEL typed is someone's already: the question's title, and the
    /// question naming the PESEL and the person.
    pub same_pesel_title: &'static str,
    pub same_pesel_question: fn(&str, &str) -> String,
}

// ---- end of section: intake ----

// ---- section: corrections ----

/// Corrections of what was entered: the edit form, endings, rejections, closed contracts.
pub struct CorrectionsText {
    pub edit_title: fn(&str) -> String,
    pub reverse_title: fn(&str) -> String,
    pub reason_title: &'static str,
    pub reason_label: &'static str,
    pub reason_required: &'static str,
    pub reason_hint: &'static str,
    pub corrected: fn(&str) -> String,
    pub reversed: fn(&str) -> String,
    pub edit_op: &'static str,
    pub undo_ending_op: &'static str,
    pub redate_ending_op: &'static str,
    pub reverse_rejection_op: &'static str,
    pub undo_ending_title: &'static str,
    pub redate_title: &'static str,
    pub end_date_label: &'static str,
    pub ending_undone: &'static str,
    pub ending_redated: fn(&str) -> String,
    pub no_contract_rejected: &'static str,
    pub no_contract_ended: &'static str,
    pub contract_closed: fn(&str, &str) -> String,
    pub reopen_title: &'static str,
    pub reopened: &'static str,
    pub reopen_hint: &'static str,
    pub read_only: &'static str,
    pub in_correction: &'static str,
    pub drop_edits_question: &'static str,
    pub changed_while_editing: fn(&str, &str, &str) -> String,
    pub signed_on_label: &'static str,
    pub confirm_again: fn(&str, &str) -> String,
}

// ---- end of section: corrections ----

// ---- section: settings ----

/// The club's settings screen: the settings, the groups, the staff (`screens/settings.rs`).
pub struct SettingsText {
    pub title: &'static str,
    pub tabs: [&'static str; 3],
    pub club_name: &'static str,
    pub parent_name: &'static str,
    pub parent_address: &'static str,
    pub register_entry: &'static str,
    pub min_months: &'static str,
    pub graduate_months: &'static str,
    pub max_months: &'static str,
    pub graduate_rule: &'static str,
    pub rule_names: [&'static str; 2],
    pub exclude_employed: &'static str,
    pub extra_bars: fn(&str) -> String,
    pub retention_years: &'static str,
    pub none: &'static str,
    pub edit_hint: fn(&str) -> String,
    pub form_title: &'static str,
    pub number_expected: fn(&str) -> String,
    pub retention_question: fn(u32, usize) -> String,
    pub statutory: &'static str,
    pub sensitive: &'static str,
    pub retired: &'static str,
    pub holders: fn(usize) -> String,
    pub group_code: &'static str,
    pub group_name: &'static str,
    pub group_new_title: &'static str,
    pub group_edit_title: fn(&str) -> String,
    pub statutory_fixed: &'static str,
    pub group_retired: fn(&str) -> String,
    pub group_restored: fn(&str) -> String,
    pub groups_keys: fn(&str, &str, &str) -> String,
    pub login: &'static str,
    pub staff_name: &'static str,
    pub role: &'static str,
    pub basis: &'static str,
    pub hours: &'static str,
    pub hours_a_week: fn(&str) -> String,
    pub hours_expected: &'static str,
    pub staff_new_title: &'static str,
    pub staff_edit_title: fn(&str) -> String,
    pub staff_keys: fn(&str, &str) -> String,
    pub set_club_name: fn(&str) -> String,
    pub welcome_setup: &'static str,
    pub welcome_first_intake: fn(&str, &str) -> String,
    pub hint_settings: &'static str,
    /// The title of the question before a shorter retention is saved.
    pub retention_title: &'static str,
}

// ---- end of section: settings ----

// ---- section: activation ----

/// Jobs taken and activation routes on the card.
pub struct ActivationText {
    pub add_job_op: &'static str,
    pub edit_job_op: fn(&str) -> String,
    pub delete_job_op: fn(&str) -> String,
    pub add_route_op: &'static str,
    pub edit_route_op: fn(&str) -> String,
    pub delete_route_op: fn(&str) -> String,
    pub job_title: &'static str,
    pub route_title: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub basis: &'static str,
    pub employer: &'static str,
    pub kind: &'static str,
    pub name: &'static str,
    pub note: &'static str,
    pub deleted: &'static str,
}

// ---- end of section: activation ----

// ---- section: keymap ----

/// What is wrong with the user's key file (`~/.config/kis/keymap.toml`).
pub struct KeymapText {
    /// The file, the line, what is wrong there.
    pub at_line: fn(&str, usize, &str) -> String,
    /// The TOML parser's own reason.
    pub not_toml: fn(&str) -> String,
    pub unknown_section: fn(&str) -> String,
    pub keys_not_a_table: &'static str,
    /// The action's name as written.
    pub unknown_action: fn(&str) -> String,
    pub not_a_list: fn(&str) -> String,
    pub keys_are_strings: fn(&str) -> String,
    /// The key as written.
    pub unknown_key: fn(&str) -> String,
    /// The keymap's name given (`--keymap`).
    pub unknown_keymap: fn(&str) -> String,
    /// The space bar, as the key labels name it.
    pub space: &'static str,
}

// ---- end of section: keymap ----
