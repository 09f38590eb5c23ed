//! The desk: the only door to the data. Every use case is a `Request` answered
//! by a `Response`; the desk checks the role, validates with the domain rules,
//! and hands a `Change` to the store.

pub mod anonymise;
mod audit;
pub mod backup;
mod contracts;
mod corrections;
pub mod door;
mod error;
mod export;
mod gate;
mod import;
mod lookup;
mod participants;
mod person_export;
mod psu;
mod records;
mod reports;
mod request;
mod rules;
pub mod settings;
mod shield;
mod staff;
mod workshops;

pub use audit::AuditLine;
pub use error::DeskError;
pub use import::plan_import;
pub use lookup::SearchIndex;
pub use person_export::PersonExport;
pub use psu::{RefundMonth, SheetOf, Timesheet, TimesheetLine};
pub use request::*;
pub use workshops::AttendanceGrid;

use crate::domain::staff::{Permission, Role, Staff};
use crate::store::{Change, Kind, Op, Record, Store};
use crate::text::Lang;
use chrono::NaiveDate;
use std::sync::{Mutex, OnceLock, RwLock};

pub type Result<T> = std::result::Result<T, DeskError>;

/// Who asks: the OS login, and whether they own the data files (then they could
/// read them anyway, so they act as admin when no staff account names them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    pub login: String,
    pub owner: bool,
}

impl Actor {
    pub fn local() -> Actor {
        Actor {
            login: crate::login::current_login(),
            owner: true,
        }
    }
}

/// A day fixed in this process by `fix_today` (tests), before `KIS_TODAY`.
static FIXED_TODAY: RwLock<Option<NaiveDate>> = RwLock::new(None);

/// Today: a day fixed with `fix_today`, else `KIS_TODAY=YYYY-MM-DD` (scripts and
/// reminders), else the local date.
pub fn today() -> NaiveDate {
    if let Some(d) = *FIXED_TODAY.read().unwrap_or_else(|p| p.into_inner()) {
        return d;
    }
    std::env::var("KIS_TODAY")
        .ok()
        .and_then(|v| crate::domain::dates::parse(&v))
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// Fixes today's date for this process: the clock tests inject, without touching
/// the environment (which other threads may be reading).
pub fn fix_today(day: NaiveDate) {
    *FIXED_TODAY.write().unwrap_or_else(|p| p.into_inner()) = Some(day);
}

/// Told of every committed change (`kis serve` pushes it to the clients).
pub type ChangeObserver = Box<dyn Fn(ChangeNote) + Send + Sync>;

pub struct Desk {
    store: Store,
    /// Loaded by the first lookup (`with_search`): a command that finds nobody
    /// does not pay for it. `None` until then, and again after an import or a rebuild.
    search: RwLock<Option<SearchIndex>>,
    /// Writes one at a time: a revision check and its commit must not interleave
    /// with another writer's (reads go on in parallel under `kis serve`).
    writing: Mutex<()>,
    /// Rebuild and import take it whole; every other request shares it.
    gate: gate::Gate,
    observer: OnceLock<ChangeObserver>,
    pub lang: Lang,
}

impl Desk {
    pub fn new(store: Store, lang: Lang) -> Result<Desk> {
        Ok(Desk {
            store,
            search: RwLock::new(None),
            writing: Mutex::new(()),
            gate: gate::Gate::default(),
            observer: OnceLock::new(),
            lang,
        })
    }

    /// Sets who hears of committed changes (once).
    pub fn on_change(&self, f: ChangeObserver) {
        let _ = self.observer.set(f);
    }

    fn announce(&self, actor: &Actor, seq: u64, changes: &[Change]) {
        let Some(observer) = self.observer.get() else {
            return;
        };
        let name = self
            .store
            .staff_by_login(&actor.login)
            .ok()
            .flatten()
            .map(|s| s.value.name)
            .unwrap_or_else(|| actor.login.clone());
        let records = changes
            .iter()
            .flat_map(|c| &c.ops)
            .map(|op| {
                let (_, kind, id, participant_id) = audit::describe(op);
                Touched {
                    kind: kind.to_string(),
                    id,
                    participant_id,
                }
            })
            .collect();
        observer(ChangeNote {
            seq,
            login: actor.login.clone(),
            name,
            at: chrono::Utc::now().timestamp(),
            records,
        });
    }

    /// For tests and benchmarks that look underneath.
    pub fn store(&self) -> &Store {
        &self.store
    }

    fn role_of(&self, actor: &Actor) -> Result<(Role, bool)> {
        if let Some(s) = self.store.staff_by_login(&actor.login)? {
            return Ok((s.value.role, true));
        }
        // Only whoever owns the data files acts without an account: they could
        // read the files anyway. Clients of `kis serve` need one.
        if actor.owner {
            return Ok((Role::Admin, false));
        }
        Err(DeskError::NotStaff {
            login: actor.login.clone(),
        })
    }

    fn need(&self, actor: &Actor, p: Permission) -> Result<Role> {
        let (role, _) = self.role_of(actor)?;
        if role.allows(p) {
            Ok(role)
        } else {
            Err(DeskError::Forbidden {
                login: actor.login.clone(),
                role,
            })
        }
    }

    pub fn handle(&self, actor: &Actor, req: Request) -> Result<Response> {
        use Request as R;
        let perm = req.permission();
        // Before the role: a rebuild clears the staff accounts too.
        let whole = match &req {
            R::Rebuild => Some(gate::Busy::Rebuild),
            R::Import { .. } | R::LoadDemo => Some(gate::Busy::Import),
            _ => None,
        };
        let _gate = match whole {
            Some(why) => {
                // Nobody waits for a request that is then refused.
                drop((self.gate.share(gate::BUSY_WAIT)?, self.need(actor, perm)?));
                self.gate.take_whole(why)
            }
            None => self.gate.share(gate::BUSY_WAIT)?,
        };
        let role = self.need(actor, perm)?;
        let _writing = req
            .is_exclusive()
            .then(|| self.writing.lock().unwrap_or_else(|p| p.into_inner()));
        let shows = audit::shows(&req);
        let answer = match req {
            R::Whoami => {
                let name = self
                    .store
                    .staff_by_login(&actor.login)?
                    .map(|s| s.value.name)
                    .unwrap_or_else(|| actor.login.clone());
                Ok(Response::Me(Me {
                    login: actor.login.clone(),
                    name,
                    role,
                }))
            }
            R::Settings => Ok(Response::Settings(self.store.settings()?)),
            R::SaveSettings {
                settings,
                confirm_due,
            } => self.save_settings(actor, role, settings, confirm_due),
            R::Categories => Ok(Response::Categories(self.categories()?)),
            R::ClubSetup => Ok(Response::ClubSetup(Box::new(self.club_setup()?))),
            R::RetentionImpact { years } => Ok(Response::Count(self.retention_impact(years)?)),
            R::Lookup { query, limit } => Ok(Response::Hits(self.lookup(&query, limit)?)),
            R::LookupCount { query } => Ok(Response::Count(
                self.with_search(|ix| ix.search(&query, 0).len())?,
            )),
            R::Names { ids } => {
                let mut out = Vec::with_capacity(ids.len());
                for id in ids {
                    if let Some(p) = self.store.get::<crate::domain::person::Participant>(&id)? {
                        out.push((id, p.value.full_name()));
                    }
                }
                Ok(Response::Names(out))
            }
            R::PersonNames { ids } => {
                let mut out = Vec::with_capacity(ids.len());
                for id in ids {
                    if let Some(p) = self.store.get::<crate::domain::person::Participant>(&id)? {
                        out.push((id, p.value.last_name, p.value.first_name));
                    }
                }
                Ok(Response::PersonNames(out))
            }
            R::ListParticipants { status } => {
                Ok(Response::Participants(self.list_participants(status)?))
            }
            R::Card { id } => Ok(Response::Card(Box::new(self.card(actor, &id)?))),
            R::CheckIntake(p) => Ok(Response::IntakeCheck(self.check_intake(&p)?)),
            R::Intake(p) => self.intake(actor, *p),
            R::UpdateParticipant {
                participant,
                expected_rev,
            } => self.update_participant(actor, *participant, expected_rev),
            R::SaveContract {
                contract,
                expected_rev,
            } => self.save_contract(actor, *contract, expected_rev),
            R::CorrectContract {
                contract,
                expected_rev,
                reason,
            } => self.correct_contract(actor, *contract, &reason, expected_rev),
            R::CorrectEnding {
                participant_id,
                correction,
                reason,
                expected_rev,
            } => self.correct_ending(actor, &participant_id, correction, &reason, expected_rev),
            R::ReverseRejection {
                participant,
                reason,
                expected_rev,
            } => self.reverse_rejection(actor, *participant, &reason, expected_rev),
            R::NextContractNumber { year } => self.next_contract_number(year),
            R::LogHours { row, expected_rev } => self.log_hours(actor, row, expected_rev),
            R::EndParticipation {
                participant_id,
                ending,
                on,
                expected_rev,
            } => self.end_participation(actor, &participant_id, ending, on, expected_rev),
            R::RecordCertificate { participant_id, on } => {
                self.record_certificate(actor, &participant_id, on)
            }
            R::Due { within } => Ok(Response::Due(self.due(within)?)),
            R::DueList { within } => Ok(Response::DueList(self.due_list(within)?)),
            R::Contract { id } => {
                let c = self.store.get(&id)?;
                let c = c.ok_or(DeskError::NotFound {
                    kind: Kind::Contract,
                    id,
                })?;
                Ok(Response::Contract(Box::new(c)))
            }
            R::ListContracts => Ok(Response::Contracts(self.store.list()?)),
            R::Settle { month } => Ok(Response::Settlement(self.settle(month)?)),
            R::SaveAssignment {
                assignment,
                expected_rev,
            } => self.save_assignment(actor, *assignment, expected_rev),
            R::Resign {
                assignment_id,
                on,
                reason,
            } => self.resign(actor, &assignment_id, on, reason),
            R::Timesheet { of, month } => Ok(Response::Timesheet(self.timesheet(of, month)?)),
            R::CreateSessions { template, weeks } => self.create_sessions(actor, *template, weeks),
            R::SetAttendance {
                session_id,
                participant_id,
                state,
            } => self.set_attendance(actor, session_id, participant_id, state),
            R::QuickConsultation {
                participant_id,
                activity_id,
                specialist_id,
                date,
                hours,
                topic,
            } => self.quick_consultation(
                actor,
                participant_id,
                crate::domain::workshop::Session {
                    id: String::new(),
                    activity_id,
                    date,
                    hours,
                    specialist_id,
                    zl_per_hour: crate::domain::money::Money::ZERO,
                    topic: topic
                        .map(|t| t.trim().to_string())
                        .filter(|t| !t.is_empty()),
                    place: None,
                    remote: false,
                    guests: 0,
                },
            ),
            R::Referrals { agreement_id } => self.referrals(&agreement_id),
            R::RefundMonths { agreement_id } => {
                Ok(Response::RefundMonths(self.refund_months(&agreement_id)?))
            }
            R::PsuLists => Ok(Response::PsuLists {
                agreements: self.store.list()?,
                worksites: self.store.list()?.into_iter().map(|s| s.value).collect(),
                positions: self.store.list()?.into_iter().map(|s| s.value).collect(),
            }),
            R::PsuPrintouts {
                agreement_id,
                month,
                html,
            } => {
                let sheet = self.timesheet(SheetOf::Agreement(agreement_id), month)?;
                let settlement = self.settle(month)?;
                let worksites: Vec<_> = self.store.list()?.into_iter().map(|s| s.value).collect();
                let club = self.store.settings()?.club_name;
                Ok(Response::Document(crate::export::psu::printouts(
                    &club,
                    &sheet,
                    &worksites,
                    &settlement,
                    html,
                )))
            }
            R::AddNote {
                participant_id,
                text,
                restricted,
            } => self.add_note(actor, participant_id, text, restricted),
            R::Audit {
                participant,
                user,
                from,
                to,
            } => Ok(Response::Audit(self.audit(
                participant.as_deref(),
                user.as_deref(),
                from,
                to,
            )?)),
            R::PersonExport { id } => Ok(Response::PersonExport(Box::new(
                self.person_export(actor, &id)?,
            ))),
            R::Workshops => Ok(Response::Workshops {
                activities: self.store.list()?,
                specialists: self.store.list()?,
            }),
            R::AttendanceGrid {
                activity_id,
                from,
                to,
                extra,
            } => Ok(Response::AttendanceGrid(self.attendance_grid(
                &activity_id,
                from,
                to,
                &extra,
            )?)),
            R::Report { from, to } => Ok(Response::Report(Box::new(self.report(from, to)?))),
            R::CompareReports { from, to, years } => Ok(Response::Report(Box::new(
                self.compare_reports(from, to, years)?,
            ))),
            R::ReportPeople {
                from,
                to,
                figure,
                sex,
            } => Ok(Response::Hits(self.report_people(from, to, &figure, sex)?)),
            R::Activities { from, to } => Ok(Response::Activities(self.activities(from, to)?)),
            R::Document { which, html } => {
                Ok(Response::Document(self.document(actor, which, html)?))
            }
            R::Save {
                record,
                expected_rev,
            } => self.save_record(actor, *record, expected_rev),
            R::DeleteRefund {
                agreement_id,
                month,
                expected_rev,
            } => self.delete_refund(actor, agreement_id, month, expected_rev),
            R::DeleteRecord {
                kind,
                id,
                expected_rev,
            } => self.delete_record(actor, kind, &id, expected_rev),
            R::ListStaff => Ok(Response::Staff(
                self.store
                    .list::<Staff>()?
                    .into_iter()
                    .map(|s| s.value)
                    .collect(),
            )),
            R::AddStaff { login, name, role } => self.add_staff(actor, login, name, role),
            R::SaveStaff {
                staff,
                expected_rev,
            } => self.save_staff(actor, *staff, expected_rev),
            R::SetRole { login, role } => self.set_role(actor, login, role),
            R::Import { text } => self.import(actor, text),
            R::LoadDemo => {
                let text = crate::demo::to_text(&crate::demo::generate(
                    crate::demo::Scale::demo(today()),
                    today(),
                ));
                self.import(actor, text)
            }
            R::Export => Ok(Response::Exported(self.export()?)),
            R::Check => Ok(Response::Checked(self.store.check(self.lang)?)),
            R::Rebuild => {
                let last_seq = self.store.rebuild()?;
                *self.search.write().unwrap_or_else(|p| p.into_inner()) = None;
                Ok(Response::Rebuilt { last_seq })
            }
            R::AnonymisationDue => Ok(Response::AnonymisationDue(self.anonymisation_due(actor)?)),
            R::ClubEmpty => Ok(Response::ClubEmpty(
                self.store.is_empty(Kind::Participant)? && self.store.is_empty(Kind::Contract)?,
            )),
            R::Stats => Ok(Response::Stats(Stats {
                participants: self.store.count(Kind::Participant),
                contracts: self.store.count(Kind::Contract),
                staff: self.store.count(Kind::Staff),
                size_on_disk: self.store.size_on_disk()?,
            })),
        }?;
        let answer = self.shield_answer(role, answer);
        // Personal data leave the desk only once their read is in the audit file.
        self.audit_answer(actor, shows, &answer)?;
        Ok(answer)
    }

    /// Commits a change; on a database with no staff yet, the first login to
    /// write becomes its admin in the same change.
    fn commit(&self, actor: &Actor, mut change: Change) -> Result<u64> {
        debug_assert!(
            self.writing.try_lock().is_err(),
            "a write outside Request::is_exclusive"
        );
        // Every record any request writes keeps the limits: nothing unreadable is journalled.
        rules::change_fields(&change)?;
        if self.store.count(Kind::Staff) == 0
            && !change
                .ops
                .iter()
                .any(|o| matches!(o, Op::Put(Record::Staff(_))))
        {
            let admin = Staff {
                id: self.new_id(Kind::Staff)?,
                login: actor.login.clone(),
                name: actor.login.clone(),
                role: Role::Admin,
                basis: None,
                hours_per_week: None,
            };
            change.ops.insert(0, Op::Put(Record::Staff(admin)));
        }
        let seq = self.store.commit(&actor.login, change.clone())?;
        self.reindex(&change)?;
        self.announce(actor, seq, std::slice::from_ref(&change));
        Ok(seq)
    }

    /// Keeps the in-memory search in step with what was written.
    fn reindex(&self, change: &Change) -> Result<()> {
        let people: Vec<_> = change
            .ops
            .iter()
            .filter_map(|op| match op {
                Op::Put(Record::Participant(p)) => Some(p),
                _ => None,
            })
            .collect();
        if people.is_empty() {
            // Taking the lock would wait for every lookup in flight.
            return Ok(());
        }
        let mut search = self.search.write().unwrap_or_else(|p| p.into_inner());
        // Not loaded yet: it will be read from the store, which already has them.
        let Some(search) = search.as_mut() else {
            return Ok(());
        };
        for p in people {
            if let Some(pk) = self.store.pk(Kind::Participant, &p.id)? {
                search.upsert(pk, p.search_key());
            }
        }
        Ok(())
    }

    /// Runs `f` on the search index, reading it from the store on first use
    /// (the store keeps it up to date in each change's transaction).
    fn with_search<R>(&self, f: impl FnOnce(&SearchIndex) -> R) -> Result<R> {
        if let Some(ix) = self
            .search
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
        {
            return Ok(f(ix));
        }
        let mut slot = self.search.write().unwrap_or_else(|p| p.into_inner());
        match slot.as_ref() {
            Some(ix) => Ok(f(ix)),
            None => {
                let (pks, keys) = self.store.search_keys()?;
                let ix = SearchIndex::from_lines(pks, keys);
                let out = f(&ix);
                *slot = Some(ix);
                Ok(out)
            }
        }
    }

    /// A fresh id such as `p17`, not used by any record of that kind.
    fn new_id(&self, kind: Kind) -> Result<String> {
        let mut n = self.store.next_pk(kind)?;
        loop {
            let id = format!("{}{n}", kind.id_prefix());
            if !self.store.exists(kind, &id)? {
                return Ok(id);
            }
            n += 1;
        }
    }

    fn categories(&self) -> Result<Vec<crate::domain::person::Category>> {
        let mut all = crate::domain::person::statutory_categories();
        all.extend(
            self.store
                .list::<crate::domain::person::Category>()?
                .into_iter()
                .map(|c| c.value),
        );
        Ok(all)
    }
}
