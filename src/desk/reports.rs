//! Reports and summaries: the records a period needs, handed to the domain.

use super::{Desk, Result};
use crate::domain::report::{self, ActivitiesSummary, Records, Report};
use crate::domain::{contract::*, person::*, psu::*, workshop::*};
use chrono::NaiveDate;

/// How many earlier years a comparison may reach back.
const MAX_COMPARE_YEARS: u32 = 20;

/// Whose records a report reads.
#[derive(Clone, Copy)]
enum Scope {
    /// Those the period can count (see `period_refs`): what a report reads.
    Period,
    /// Everyone: what the period's scope must give the same report as.
    #[cfg_attr(not(test), allow(dead_code))]
    Everyone,
}

/// Participants a period's records name, who may have ended before it: those
/// marked at its sessions, with hours in it, referred to PSU or resigning in
/// it, and with a job or a route starting in it. Everyone else a report counts
/// either has not ended before the period (an applicant or a rejected person
/// only with a contract: admission rests on one) or has a contract starting or
/// signed in it: the store finds those by its indexes.
fn period_refs<'a>(
    from: NaiveDate,
    to: NaiveDate,
    sessions: &'a [(Session, Vec<Attendance>)],
    hours: &'a [HourRow],
    assignments: &'a [Assignment],
    jobs: &'a [crate::domain::activation::Job],
    routes: &'a [crate::domain::activation::Route],
) -> Vec<&'a str> {
    let within = |d: NaiveDate| d >= from && d <= to;
    let worked: std::collections::HashSet<&str> =
        hours.iter().map(|h| h.assignment_id.as_str()).collect();
    let marked = sessions
        .iter()
        .flat_map(|(_, marks)| marks.iter().map(|a| a.participant_id.as_str()));
    let psu = assignments
        .iter()
        .filter(|a| {
            within(a.from) || a.resigned_on.is_some_and(within) || worked.contains(a.id.as_str())
        })
        .map(|a| a.participant_id.as_str());
    let jobs = jobs
        .iter()
        .filter(|j| within(j.from))
        .map(|j| j.participant_id.as_str());
    let routes = routes
        .iter()
        .filter(|r| within(r.from))
        .map(|r| r.participant_id.as_str());
    marked.chain(psu).chain(jobs).chain(routes).collect()
}

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
    pub(super) fn values<T: crate::store::Entity>(&self) -> Result<Vec<T>> {
        Ok(self
            .store
            .list::<T>()?
            .into_iter()
            .map(|s| s.value)
            .collect())
    }

    fn load(&self, from: NaiveDate, to: NaiveDate, with_psu: bool) -> Result<Loaded> {
        self.load_scoped(from, to, with_psu, Scope::Period)
    }

    fn load_scoped(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        with_psu: bool,
        scope: Scope,
    ) -> Result<Loaded> {
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
        let assignments: Vec<Assignment> = if with_psu { self.values()? } else { vec![] };
        let jobs: Vec<crate::domain::activation::Job> = self.values()?;
        let routes: Vec<crate::domain::activation::Route> = self.values()?;
        let people = match scope {
            Scope::Everyone => crate::store::period::People {
                participants: self.values()?,
                contracts: self.values()?,
            },
            Scope::Period => {
                let named = period_refs(from, to, &sessions, &hours, &assignments, &jobs, &routes);
                let named = self.store.participant_keys(named)?;
                self.store.people_of_period(from, to, named)?
            }
        };
        Ok(Loaded {
            settings: self.store.settings()?,
            categories: self.categories()?,
            participants: people.participants,
            contracts: people.contracts,
            activities: self.values()?,
            specialists: self.values()?,
            sessions,
            agreements: if with_psu { self.values()? } else { vec![] },
            assignments,
            worksites: if with_psu { self.values()? } else { vec![] },
            hours,
            jobs,
            routes,
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
        let ids = lists.get(figure).map_or(&[][..], Vec::as_slice);
        // The figures' facts carry no names: the listed people are read whole.
        let pks = self
            .store
            .participant_keys(ids.iter().map(String::as_str))?;
        let people = self.store.keyed_values::<Participant>(&pks)?;
        let by_id: std::collections::HashMap<&str, &Participant> =
            people.iter().map(|(_, p)| (p.id.as_str(), p)).collect();
        Ok(ids
            .iter()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desk::{Actor, Request, Response};
    use crate::domain::participation::{Ending, EndingCorrection};
    use crate::domain::person::{InterruptReason, Outcome, Status};
    use crate::store::Store;
    use crate::text::Lang;
    use chrono::Datelike;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// A generated club of several years, with endings, an undone ending and
    /// certificates changed through the desk after the import.
    fn club(dir: &std::path::Path) -> Desk {
        let today = crate::desk::today();
        let scale = crate::demo::Scale {
            participants: 400,
            psu_years: 3,
            assignments_per_year: 40,
            last_year: today.year(),
        };
        let text = crate::demo::to_text(&crate::demo::generate(scale, today));
        let desk = Desk::new(Store::open(dir, &Default::default()).unwrap(), Lang::En).unwrap();
        let me = Actor::local();
        desk.handle(&me, Request::Import { text }).unwrap();
        let people: Vec<_> = desk.store.list::<Participant>().unwrap();
        let active: Vec<_> = people
            .iter()
            .filter(|p| p.value.status == Status::Active)
            .collect();
        for (i, p) in active.iter().take(6).enumerate() {
            let ending = if i % 2 == 0 {
                Ending::Finished(Outcome::Employed)
            } else {
                Ending::Interrupted(InterruptReason::TookJob)
            };
            desk.handle(
                &me,
                Request::EndParticipation {
                    participant_id: p.value.id.clone(),
                    ending,
                    on: today,
                    expected_rev: p.stamp.rev,
                },
            )
            .unwrap();
        }
        let ended = desk
            .store
            .get::<Participant>(&active[0].value.id)
            .unwrap()
            .unwrap();
        desk.handle(
            &me,
            Request::CorrectEnding {
                participant_id: ended.value.id.clone(),
                correction: EndingCorrection::Undo,
                reason: "entered in error".into(),
                expected_rev: ended.stamp.rev,
            },
        )
        .unwrap();
        desk.handle(
            &me,
            Request::RecordCertificate {
                participant_id: active[1].value.id.clone(),
                on: today,
            },
        )
        .unwrap();
        let Ok(Response::Checked(r)) = desk.handle(&me, Request::Check) else {
            panic!("check")
        };
        assert!(r.ok(), "{:?}", r.problems);
        desk
    }

    #[test]
    fn the_period_s_people_give_the_report_of_everyone() {
        let dir = tempfile::tempdir().unwrap();
        let desk = club(dir.path());
        let last = crate::desk::today().year() + 1;
        let mut periods = vec![];
        for y in last - 8..=last {
            periods.push((d(y, 1, 1), d(y, 12, 31)));
            periods.push((d(y, 1, 1), d(y, 6, 30)));
            periods.push((d(y, 7, 1), d(y, 7, 31)));
        }
        let mut fewer = 0;
        for (from, to) in periods {
            let scoped = desk.load_scoped(from, to, true, Scope::Period).unwrap();
            let all = desk.load_scoped(from, to, true, Scope::Everyone).unwrap();
            assert!(scoped.participants.len() <= all.participants.len());
            fewer += (scoped.participants.len() < all.participants.len()) as u32;
            let (a, b) = (scoped.records(), all.records());
            assert_eq!(
                serde_json::to_string(&report::report(&a, from, to)).unwrap(),
                serde_json::to_string(&report::report(&b, from, to)).unwrap(),
                "{from}..{to}"
            );
            assert_eq!(
                report::people(&a, from, to),
                report::people(&b, from, to),
                "{from}..{to}"
            );
            let scoped = desk.load_scoped(from, to, false, Scope::Period).unwrap();
            let all = desk.load_scoped(from, to, false, Scope::Everyone).unwrap();
            assert_eq!(
                serde_json::to_string(&report::activities_summary(&scoped.records(), from, to))
                    .unwrap(),
                serde_json::to_string(&report::activities_summary(&all.records(), from, to))
                    .unwrap(),
            );
        }
        // Not a test of nothing: most periods read fewer people than the club.
        assert!(fewer >= 5, "{fewer}");
    }

    #[test]
    fn those_who_can_be_due_give_the_due_list_of_everyone() {
        let dir = tempfile::tempdir().unwrap();
        let desk = club(dir.path());
        for within in [0, 14, 90, 4000] {
            let due = desk.due(within).unwrap();
            assert_eq!(due, desk.due_reading_everyone(within).unwrap());
            if within == 14 {
                assert!(!due.is_empty());
            }
        }
    }
}
