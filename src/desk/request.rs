//! Every use case as a Request and its Response.

use crate::domain::contract::Contract;
use crate::domain::due::DueItem;
use crate::domain::participation::Ending;
use crate::domain::person::{Category, Exclusion, Participant, Status};
use crate::domain::psu::HourRow;
use crate::domain::record::{Record, Stored};
use crate::domain::settings::Settings;
use crate::domain::staff::{Permission, Role, Staff};
use crate::store::check::Report;
use chrono::NaiveDate;

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub enum Request {
    Whoami,
    Settings,
    /// `confirm_due`: a retention change that makes people due for anonymisation
    /// is refused unless it repeats their number, as the refusal states it.
    SaveSettings {
        settings: Settings,
        confirm_due: Option<usize>,
    },
    Categories,
    /// The settings, the groups (with revisions and holders) and the staff, for setting up.
    ClubSetup,
    /// People a retention of `years` would newly make due for anonymisation.
    RetentionImpact {
        years: u32,
    },
    Lookup {
        query: String,
        limit: usize,
    },
    /// How many people a lookup finds, however many it would show.
    LookupCount {
        query: String,
    },
    /// Display names of participants (no card is opened, so no audit entry).
    Names {
        ids: Vec<String>,
    },
    ListParticipants {
        status: Option<Status>,
    },
    /// Surnames and first names of participants, apart (a list sorted and shown
    /// by surname), without reading everyone; audited as `Names` is.
    PersonNames {
        ids: Vec<String>,
    },
    /// Opening a card writes a read-audit entry.
    Card {
        id: String,
    },
    /// Inline checks and likely duplicates, before saving.
    CheckIntake(Box<Participant>),
    /// A new applicant; an empty id gets a new one. A barred person is kept as rejected.
    Intake(Box<Participant>),
    UpdateParticipant {
        participant: Box<Participant>,
        expected_rev: u64,
    },
    SaveContract {
        contract: Box<Contract>,
        expected_rev: Option<u64>,
    },
    /// A closed contract corrected: journalled with the reason.
    CorrectContract {
        contract: Box<Contract>,
        expected_rev: u64,
        reason: String,
    },
    /// An ending undone or re-dated, with the reason.
    CorrectEnding {
        participant_id: String,
        correction: crate::domain::participation::EndingCorrection,
        reason: String,
        expected_rev: u64,
    },
    /// A rejection reversed: the corrected record, no longer barred, becomes an applicant.
    ReverseRejection {
        participant: Box<Participant>,
        reason: String,
        expected_rev: u64,
    },
    NextContractNumber {
        year: i32,
    },
    /// One day's hours; `expected_rev` is the row's revision as read (`None`: the day was
    /// empty), so two people on the same day cannot overwrite each other silently.
    LogHours {
        row: HourRow,
        expected_rev: Option<u64>,
    },
    /// Ends an active participation; the active contract follows.
    EndParticipation {
        participant_id: String,
        ending: Ending,
        on: NaiveDate,
        expected_rev: u64,
    },
    /// The certificate (zaświadczenie, art. 18 ust. 5a) was issued on this day.
    RecordCertificate {
        participant_id: String,
        on: NaiveDate,
    },
    /// What is due today and within `within` days.
    Due {
        within: u32,
    },
    /// What is due, each item with what a person reads beside it (the name, the
    /// contract's number, the overdue text); names are audited as `Names` are.
    DueList {
        within: u32,
    },
    Contract {
        id: String,
    },
    /// A printable document: text for a printer, or HTML for a browser.
    Document {
        which: DocumentKind,
        html: bool,
    },
    ListContracts,
    /// A new PSU referral, or an edit of one.
    SaveAssignment {
        assignment: Box<crate::domain::psu::Assignment>,
        expected_rev: Option<u64>,
    },
    Resign {
        assignment_id: String,
        on: NaiveDate,
        reason: String,
    },
    Timesheet {
        of: crate::desk::psu::SheetOf,
        month: NaiveDate,
    },
    /// A session, or a weekly series of `weeks` sessions (the specialist's rate is copied in).
    CreateSessions {
        template: Box<crate::domain::workshop::Session>,
        weeks: u32,
    },
    SetAttendance {
        session_id: String,
        participant_id: String,
        state: Option<crate::domain::workshop::AttendanceState>,
    },
    QuickConsultation {
        participant_id: String,
        activity_id: String,
        specialist_id: Option<String>,
        date: NaiveDate,
        hours: crate::domain::hours::Hours,
        /// What was discussed: the session's topic.
        #[serde(default)]
        topic: Option<String>,
    },
    AttendanceGrid {
        activity_id: String,
        from: NaiveDate,
        to: NaiveDate,
        extra: Vec<String>,
    },
    /// Activities and specialists, for choosing.
    Workshops,
    /// Agreements, worksites and positions, for choosing.
    PsuLists,
    /// The referrals of an agreement, with the participant's name.
    Referrals {
        agreement_id: String,
    },
    /// PSU printouts of a month and agreement: attendance lists, payroll, refund, absences.
    PsuPrintouts {
        agreement_id: String,
        month: NaiveDate,
        html: bool,
    },
    /// Who read and who changed what, filtered.
    Audit {
        participant: Option<String>,
        user: Option<String>,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    },
    /// A note about a participant, restricted to its author and coordinators or not.
    AddNote {
        participant_id: String,
        text: String,
        restricted: bool,
    },
    /// Everything stored about a person (art. 15 RODO), with who read their record.
    PersonExport {
        id: String,
    },
    /// The club's report for a period.
    Report {
        from: NaiveDate,
        to: NaiveDate,
    },
    /// The report with the main figures of the same period in the `years` before it
    /// (`kis report --compare N`, the comparison on Raporty).
    CompareReports {
        from: NaiveDate,
        to: NaiveDate,
        years: u32,
    },
    /// The people behind a figure of the report (drill-down).
    ReportPeople {
        from: NaiveDate,
        to: NaiveDate,
        figure: crate::domain::report::Figure,
        sex: Option<crate::domain::person::Sex>,
    },
    /// Activities and specialists: sessions, hours, persons, cost.
    Activities {
        from: NaiveDate,
        to: NaiveDate,
    },
    /// The PSU settlement of the month holding this date.
    Settle {
        month: NaiveDate,
    },
    /// Generic save of a list record (worksite, position, specialist, activity, ...).
    Save {
        record: Box<Record>,
        expected_rev: Option<u64>,
    },
    /// Deletes a job, an activation route, or a PSU referral without hours,
    /// entered in error (a referral with hours can only be resigned).
    DeleteRecord {
        kind: crate::domain::record::Kind,
        id: String,
        expected_rev: u64,
    },
    /// The months of an agreement: the refund to request beside the refund received.
    RefundMonths {
        agreement_id: String,
    },
    /// Deletes a refund entered in error (one agreement's month).
    DeleteRefund {
        agreement_id: String,
        month: NaiveDate,
        expected_rev: u64,
    },
    ListStaff,
    AddStaff {
        login: String,
        name: String,
        role: Role,
    },
    /// A new staff account (`expected_rev` None) or an edit of one, found by login.
    SaveStaff {
        staff: Box<Staff>,
        expected_rev: Option<u64>,
    },
    SetRole {
        login: String,
        role: Role,
    },
    Import {
        text: String,
    },
    /// Fills an empty database with the synthetic demo club.
    LoadDemo,
    Export,
    Check,
    Rebuild,
    Stats,
    /// Whether the club has no participant and no contract yet (Dziś's welcome),
    /// without counting them.
    ClubEmpty,
    /// Who is past the retention period (admins).
    AnonymisationDue,
}

impl Request {
    /// Writes, or reads that must not see another write half-way (a whole
    /// export, a check, a rebuild): these run one at a time.
    pub fn is_exclusive(&self) -> bool {
        use Request as R;
        // No wildcard: a new request must say whether it runs alone.
        match self {
            R::Intake(_)
            | R::UpdateParticipant { .. }
            | R::SaveContract { .. }
            | R::CorrectContract { .. }
            | R::CorrectEnding { .. }
            | R::ReverseRejection { .. }
            | R::LogHours { .. }
            | R::EndParticipation { .. }
            | R::RecordCertificate { .. }
            | R::SetAttendance { .. }
            | R::AddNote { .. }
            | R::QuickConsultation { .. }
            | R::SaveSettings { .. }
            | R::Save { .. }
            | R::DeleteRecord { .. }
            | R::DeleteRefund { .. }
            | R::SaveAssignment { .. }
            | R::CreateSessions { .. }
            | R::Resign { .. }
            | R::AddStaff { .. }
            | R::SaveStaff { .. }
            | R::SetRole { .. }
            | R::Import { .. }
            | R::LoadDemo
            | R::Export
            | R::Check
            | R::Rebuild => true,
            R::Whoami
            | R::Settings
            | R::Categories
            | R::ClubSetup
            | R::RetentionImpact { .. }
            | R::Lookup { .. }
            | R::LookupCount { .. }
            | R::Names { .. }
            | R::PersonNames { .. }
            | R::ListParticipants { .. }
            | R::Card { .. }
            | R::CheckIntake(_)
            | R::NextContractNumber { .. }
            | R::ListStaff
            | R::Due { .. }
            | R::DueList { .. }
            | R::Contract { .. }
            | R::ListContracts
            | R::Document { .. }
            | R::Activities { .. }
            | R::Timesheet { .. }
            | R::AttendanceGrid { .. }
            | R::Workshops
            | R::PsuLists
            | R::Referrals { .. }
            | R::RefundMonths { .. }
            | R::Stats
            | R::ClubEmpty
            | R::Settle { .. }
            | R::PsuPrintouts { .. }
            | R::Report { .. }
            | R::CompareReports { .. }
            | R::ReportPeople { .. }
            | R::PersonExport { .. }
            | R::AnonymisationDue
            | R::Audit { .. } => false,
        }
    }

    /// The permission a request needs. No wildcard: a new request must say.
    pub fn permission(&self) -> Permission {
        use Permission::*;
        use Request as R;
        match self {
            R::Whoami
            | R::Settings
            | R::Categories
            | R::ClubSetup
            | R::RetentionImpact { .. }
            | R::Lookup { .. }
            | R::LookupCount { .. }
            | R::Names { .. }
            | R::PersonNames { .. }
            | R::ListParticipants { .. }
            | R::Card { .. }
            | R::CheckIntake(_)
            | R::NextContractNumber { .. }
            | R::ListStaff
            | R::Due { .. }
            | R::DueList { .. }
            | R::Contract { .. }
            | R::ListContracts
            | R::Document { .. }
            | R::Activities { .. }
            | R::Timesheet { .. }
            | R::AttendanceGrid { .. }
            | R::Workshops
            | R::PsuLists
            | R::Referrals { .. }
            | R::RefundMonths { .. }
            | R::Stats
            | R::ClubEmpty => Read,
            R::Intake(_)
            | R::UpdateParticipant { .. }
            | R::SaveContract { .. }
            | R::CorrectContract { .. }
            | R::CorrectEnding { .. }
            | R::ReverseRejection { .. }
            | R::LogHours { .. }
            | R::EndParticipation { .. }
            | R::RecordCertificate { .. }
            | R::SetAttendance { .. }
            | R::AddNote { .. }
            | R::QuickConsultation { .. } => EditCases,
            R::SaveSettings { .. }
            | R::Save { .. }
            | R::DeleteRecord { .. }
            | R::DeleteRefund { .. }
            | R::Settle { .. }
            | R::PsuPrintouts { .. }
            | R::Report { .. }
            | R::CompareReports { .. }
            | R::ReportPeople { .. }
            | R::SaveAssignment { .. }
            | R::CreateSessions { .. }
            | R::Resign { .. } => Coordinate,
            R::AddStaff { .. }
            | R::SaveStaff { .. }
            | R::SetRole { .. }
            | R::Import { .. }
            | R::LoadDemo
            | R::Export
            | R::Check
            | R::Rebuild
            | R::PersonExport { .. }
            | R::AnonymisationDue => Administer,
            // Who looked at whom: admins and coordinators.
            R::Audit { .. } => Coordinate,
        }
    }
}

/// One lookup result; its JSON form is the `kis lookup --format json` contract.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LookupHit {
    pub participant_id: String,
    pub first_name: String,
    pub last_name: String,
    pub pesel: Option<String>,
    pub phone: Option<String>,
    pub status: Status,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Card {
    pub participant: Stored<Participant>,
    /// The PESEL as this user may see it: whole, masked (`44051*****8`) or none.
    pub pesel_shown: Option<String>,
    /// Notes exist but this user's role may not read them.
    pub notes_hidden: bool,
    /// Notes about the person, newest first; `text` is None where this user may not read it.
    pub notes: Vec<NoteView>,
    pub contracts: Vec<Stored<Contract>>,
    /// (code, the club's name) of each of the person's groups.
    pub group_names: Vec<(String, String)>,
    /// Jobs taken and activation routes, oldest first.
    pub jobs: Vec<Stored<crate::domain::activation::Job>>,
    pub routes: Vec<Stored<crate::domain::activation::Route>>,
    pub admitted: Option<NaiveDate>,
    /// The day participation reaches `graduate_months`.
    pub graduate_on: Option<NaiveDate>,
    pub graduate: bool,
    /// What the person attended: (date, activity name, hours, state), newest first.
    pub attended: Vec<(
        NaiveDate,
        String,
        crate::domain::hours::Hours,
        crate::domain::workshop::AttendanceState,
    )>,
    /// PSU referrals, oldest first, with the hours worked on each.
    #[serde(default)]
    pub psu: Vec<PsuOnCard>,
}

/// A PSU referral as the card shows it: where, and the hours and absences logged.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PsuOnCard {
    pub referral: crate::domain::psu::Assignment,
    pub agreement: String,
    pub worksite: String,
    pub position: String,
    pub hours: crate::domain::hours::Hours,
    pub absences: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NoteView {
    pub id: String,
    pub on: NaiveDate,
    pub author: String,
    pub restricted: bool,
    pub text: Option<String>,
}

#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct IntakeCheck {
    pub problems: Vec<String>,
    pub barred: Option<Exclusion>,
    pub duplicates: Vec<LookupHit>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ImportSummary {
    pub lines: usize,
    pub records: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DocumentKind {
    Contract(String),
    Certificate(String),
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Me {
    pub login: String,
    pub name: String,
    pub role: Role,
}

/// A due item as Dziś and `kis due` show it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DueLine {
    pub item: DueItem,
    pub first_name: String,
    pub last_name: String,
    /// The contract's number, or empty.
    pub number: String,
    /// The overdue actions' or goals' texts (`domain::due::overdue_text`), or empty.
    pub what: String,
}

#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Stats {
    pub participants: usize,
    pub contracts: usize,
    pub staff: usize,
    pub size_on_disk: u64,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub enum Response {
    Me(Me),
    Settings(Settings),
    Categories(Vec<Category>),
    Hits(Vec<LookupHit>),
    Names(Vec<(String, String)>),
    Participants(Vec<Stored<Participant>>),
    /// (id, surname, first name) for `PersonNames`.
    PersonNames(Vec<(String, String, String)>),
    Card(Box<Card>),
    IntakeCheck(IntakeCheck),
    /// Saved with its id and new revision. `rejected` names the barring exclusion.
    Saved {
        id: String,
        rev: u64,
        rejected: Option<Exclusion>,
        /// Saved, but worth a second look (`text::catalog` words them).
        warnings: Vec<crate::domain::warnings::Warning>,
    },
    ContractNumber(String),
    Ended {
        rev: u64,
        graduate: bool,
        graduate_on: Option<NaiveDate>,
    },
    Due(Vec<DueItem>),
    DueList(Vec<DueLine>),
    Document(String),
    Settlement(crate::domain::settlement::Settlement),
    Report(Box<crate::domain::report::Report>),
    /// A referral saved; `slots_full` warns that the agreement's slots were already taken.
    Assigned {
        id: String,
        rev: u64,
        slots_full: bool,
        taken: u32,
        slots: u32,
        warnings: Vec<crate::domain::warnings::Warning>,
    },
    Timesheet(crate::desk::psu::Timesheet),
    Referrals(Vec<(Stored<crate::domain::psu::Assignment>, String)>),
    PersonExport(Box<crate::desk::PersonExport>),
    Audit(Vec<crate::desk::AuditLine>),
    PsuLists {
        agreements: Vec<Stored<crate::domain::psu::Agreement>>,
        worksites: Vec<crate::domain::psu::Worksite>,
        positions: Vec<crate::domain::psu::Position>,
    },
    Workshops {
        activities: Vec<Stored<crate::domain::workshop::Activity>>,
        specialists: Vec<Stored<crate::domain::workshop::Specialist>>,
    },
    Sessions {
        ids: Vec<String>,
        rev: u64,
    },
    AttendanceGrid(crate::desk::workshops::AttendanceGrid),
    Activities(crate::domain::report::ActivitiesSummary),
    Contract(Box<Stored<Contract>>),
    Contracts(Vec<Stored<Contract>>),
    Staff(Vec<Staff>),
    ClubSetup(Box<crate::desk::settings::ClubSetup>),
    RefundMonths(Vec<crate::desk::RefundMonth>),
    Count(usize),
    Imported(ImportSummary),
    Exported(String),
    Checked(Report),
    Rebuilt {
        last_seq: u64,
    },
    Stats(Stats),
    ClubEmpty(bool),
    AnonymisationDue(Vec<crate::desk::anonymise::DueForAnonymisation>),
    Done,
}

impl Response {
    /// The answer's variant name, for a program error that names what came back.
    pub fn variant(&self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::String(s)) => s,
            Ok(serde_json::Value::Object(o)) => o.keys().next().cloned().unwrap_or_default(),
            _ => String::new(),
        }
    }
}

/// A committed change, as `kis serve` pushes it to every client.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ChangeNote {
    pub seq: u64,
    pub login: String,
    /// The staff member's name (or the login).
    pub name: String,
    /// Unix seconds.
    pub at: i64,
    /// Empty when too much changed to list (an import): read everything again.
    pub records: Vec<Touched>,
}

/// One record a change touched.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Touched {
    pub kind: String,
    pub id: String,
    /// The participant it is about, where there is one.
    pub participant_id: Option<String>,
}
