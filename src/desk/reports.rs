//! Reports and summaries: the records a period needs, handed to the domain.

use super::{Desk, Result};
use crate::domain::report::{self, ActivitiesSummary, Records, Report};
use crate::domain::{contract::*, person::*, psu::*, workshop::*};
use chrono::NaiveDate;

/// How many earlier years a comparison may reach back.
const MAX_COMPARE_YEARS: u32 = 20;

/// The records behind one report, owned.
struct Loaded {
    settings: crate::domain::settings::Settings,
    categories: Vec<Category>,
    participants: Vec<Participant>,
    contracts: Vec<Contract>,
    activities: Vec<Activity>,
    specialists: Vec<Specialist>,
    sessions: Vec<(Session, Vec<Attendance>)>,
    agreements: Vec<Agreement>,
    assignments: Vec<Assignment>,
    worksites: Vec<Worksite>,
    hours: Vec<HourRow>,
    jobs: Vec<crate::domain::activation::Job>,
    routes: Vec<crate::domain::activation::Route>,
    refunds: Vec<Refund>,
    staff: Vec<crate::domain::staff::Staff>,
}

impl Loaded {
    fn records(&self) -> Records<'_> {
        Records {
            settings: &self.settings,
            categories: &self.categories,
            participants: &self.participants,
            contracts: &self.contracts,
            activities: &self.activities,
            specialists: &self.specialists,
            sessions: &self.sessions,
            agreements: &self.agreements,
            assignments: &self.assignments,
            worksites: &self.worksites,
            hours: &self.hours,
            today: super::today(),
            jobs: &self.jobs,
            routes: &self.routes,
            refunds: &self.refunds,
            staff: &self.staff,
        }
    }
}

impl Desk {
    fn values<T: crate::store::Entity>(&self) -> Result<Vec<T>> {
        Ok(self
            .store
            .list::<T>()?
            .into_iter()
            .map(|s| s.value)
            .collect())
    }

    fn load(&self, from: NaiveDate, to: NaiveDate, with_psu: bool) -> Result<Loaded> {
        let mut sessions = Vec::new();
        for s in self.store.sessions_between(from, to)? {
            let marks = self.store.attendance_of_session(&s.value.id)?;
            sessions.push((s.value, marks));
        }
        let mut hours = Vec::new();
        if with_psu {
            self.store.hours_between(from, to, |h| {
                hours.push(h);
                Ok(())
            })?;
        }
        Ok(Loaded {
            settings: self.store.settings()?,
            categories: self.categories()?,
            participants: self.values()?,
            contracts: self.values()?,
            activities: self.values()?,
            specialists: self.values()?,
            sessions,
            agreements: if with_psu { self.values()? } else { vec![] },
            assignments: if with_psu { self.values()? } else { vec![] },
            worksites: if with_psu { self.values()? } else { vec![] },
            hours,
            jobs: self.values()?,
            routes: self.values()?,
            refunds: if with_psu {
                self.store.refunds()?
            } else {
                vec![]
            },
            staff: self.values()?,
        })
    }

    pub(super) fn report(&self, from: NaiveDate, to: NaiveDate) -> Result<Report> {
        let loaded = self.load(from, to, true)?;
        Ok(report::report(&loaded.records(), from, to))
    }

    /// The report, and the main figures of the same period in each of the `years` before.
    pub(super) fn compare_reports(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        years: u32,
    ) -> Result<Report> {
        if years > MAX_COMPARE_YEARS {
            return Err(super::DeskError::said(|c| {
                (c.desk.compare_years_max)(MAX_COMPARE_YEARS)
            }));
        }
        let mut r = self.report(from, to)?;
        for k in 1..=years {
            let back = chrono::Months::new(12 * k);
            let (Some(f), Some(t)) = (from.checked_sub_months(back), to.checked_sub_months(back))
            else {
                break;
            };
            // Each year loads its own period: the PSU rows are read per period.
            r.compare.push(report::comparison(&self.report(f, t)?));
        }
        Ok(r)
    }

    /// The people behind one figure of the report (drill-down), optionally of one sex.
    pub(super) fn report_people(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        figure: &report::Figure,
        sex: Option<Sex>,
    ) -> Result<Vec<super::LookupHit>> {
        let loaded = self.load(from, to, true)?;
        let lists = report::people(&loaded.records(), from, to);
        let by_id: std::collections::HashMap<&str, &Participant> = loaded
            .participants
            .iter()
            .map(|p| (p.id.as_str(), p))
            .collect();
        Ok(lists
            .get(figure)
            .into_iter()
            .flatten()
            .filter_map(|id| by_id.get(id.as_str()).copied())
            .filter(|p| sex.is_none_or(|s| s == p.sex))
            .map(Desk::hit)
            .collect())
    }

    pub(super) fn activities(&self, from: NaiveDate, to: NaiveDate) -> Result<ActivitiesSummary> {
        let loaded = self.load(from, to, false)?;
        Ok(report::activities_summary(&loaded.records(), from, to))
    }
}
