//! A person's data on request (art. 15 RODO): everything stored about them,
//! and who read their record.

use super::{Actor, Desk, DeskError, Result};
use crate::domain::contract::Contract;
use crate::domain::person::Participant;
use crate::domain::psu::{Assignment, HourRow};
use crate::domain::workshop::{Attendance, Session};
use crate::store::Kind;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct PersonExport {
    pub participant: Participant,
    pub contracts: Vec<Contract>,
    pub assignments: Vec<Assignment>,
    pub hours: Vec<HourRow>,
    pub attendance: Vec<(Attendance, Option<Session>)>,
    /// Every note, restricted ones included.
    pub notes: Vec<crate::domain::person::Note>,
    /// Jobs taken and activation routes.
    pub jobs: Vec<crate::domain::activation::Job>,
    pub routes: Vec<crate::domain::activation::Route>,
    /// Who was shown the person's data, and when (RFC 3339, UTC).
    pub reads: Vec<(String, String)>,
}

impl Desk {
    pub(super) fn person_export(&self, actor: &Actor, id: &str) -> Result<PersonExport> {
        let participant = self
            .store
            .get::<Participant>(id)?
            .ok_or_else(|| DeskError::NotFound {
                kind: Kind::Participant,
                id: id.to_string(),
            })?
            .value;
        let contracts = self
            .store
            .contracts_of(id)?
            .into_iter()
            .map(|c| c.value)
            .collect();
        let assignments: Vec<Assignment> = self
            .store
            .assignments_of(id)?
            .into_iter()
            .map(|a| a.value)
            .collect();
        let mut hours = Vec::new();
        for a in &assignments {
            hours.extend(self.store.hours_of_assignment(&a.id)?);
        }
        let mut attendance = Vec::new();
        for a in self.store.attendance_of_participant(id)? {
            let s = self.store.get::<Session>(&a.session_id)?.map(|s| s.value);
            attendance.push((a, s));
        }
        let reads = self
            .store
            .audit_reads()?
            .into_iter()
            .filter(|r| r.participants().contains(&id))
            .map(|r| (r.actor, r.at))
            .collect();
        let notes = self
            .store
            .notes_of(id)?
            .into_iter()
            .map(|n| n.value)
            .collect();
        let jobs = self
            .store
            .list::<crate::domain::activation::Job>()?
            .into_iter()
            .map(|j| j.value)
            .filter(|j| j.participant_id == id)
            .collect();
        let routes = self
            .store
            .list::<crate::domain::activation::Route>()?
            .into_iter()
            .map(|r| r.value)
            .filter(|r| r.participant_id == id)
            .collect();
        // The export itself is a read of the record.
        self.store.audit_read(&actor.login, Kind::Participant, id)?;
        Ok(PersonExport {
            participant,
            contracts,
            assignments,
            hours,
            attendance,
            notes,
            jobs,
            routes,
            reads,
        })
    }
}

impl PersonExport {
    /// A plain-text summary for the person (Polish, as handed over).
    pub fn to_text(&self) -> String {
        use crate::domain::dates::pl;
        use crate::text::catalog::catalog;
        use crate::text::clean::{clean_block, clean_line};
        use crate::text::Lang;
        use std::fmt::Write;
        let t = &catalog(Lang::Pl).desk;
        let p = &self.participant;
        let mut o = String::new();
        let _ = writeln!(
            o,
            "{}",
            (t.person_data_title)(
                &clean_line(&p.first_name),
                &clean_line(&p.last_name),
                &clean_line(&p.id)
            )
        );
        let _ = writeln!(o, "{}\n", t.person_data_subtitle);
        let json = serde_json::to_value(p).unwrap_or_default();
        if let Some(map) = json.as_object() {
            for (k, v) in map {
                match v {
                    serde_json::Value::Null => {}
                    serde_json::Value::String(t) => {
                        let _ = writeln!(o, "  {k}: {}", clean_block(t));
                    }
                    v => {
                        let _ = writeln!(o, "  {k}: {}", clean_line(&v.to_string()));
                    }
                }
            }
        }
        let _ = writeln!(o, "\n{}", (t.person_data_contracts)(self.contracts.len()));
        for c in &self.contracts {
            let _ = writeln!(
                o,
                "  {} ({}) {}–{}",
                clean_line(&c.number),
                c.state,
                c.starts_on.map(pl).unwrap_or_default(),
                c.effective_end().map(pl).unwrap_or_default()
            );
        }
        let _ = writeln!(o, "\n{}", (t.person_data_jobs)(self.jobs.len()));
        for j in &self.jobs {
            let _ = writeln!(
                o,
                "  {}–{} {} ({})",
                pl(j.from),
                j.to.map(pl).unwrap_or_default(),
                clean_line(&j.employer),
                j.basis
            );
        }
        let _ = writeln!(o, "\n{}", (t.person_data_routes)(self.routes.len()));
        for r in &self.routes {
            let _ = writeln!(
                o,
                "  {}–{} {}: {} {}",
                pl(r.from),
                r.to.map(pl).unwrap_or_default(),
                r.kind,
                clean_line(&r.name),
                clean_block(&r.note)
            );
        }
        let _ = writeln!(
            o,
            "\n{}",
            (t.person_data_psu)(self.assignments.len(), self.hours.len())
        );
        for h in &self.hours {
            let what = h
                .absence
                .map(|a| a.code().to_string())
                .unwrap_or_else(|| h.hours.to_pl());
            let _ = writeln!(o, "  {} {}", pl(h.date), what);
        }
        let _ = writeln!(o, "\n{}", (t.person_data_activities)(self.attendance.len()));
        for (a, s) in &self.attendance {
            let date = s.as_ref().map(|s| pl(s.date)).unwrap_or_default();
            let _ = writeln!(o, "  {date} {} ({})", clean_line(&a.session_id), a.state);
        }
        let _ = writeln!(o, "\n{}", (t.person_data_notes)(self.notes.len()));
        for n in &self.notes {
            let r = if n.restricted {
                format!(" {}", t.person_data_note_restricted)
            } else {
                String::new()
            };
            let _ = writeln!(
                o,
                "  {} {}{r}: {}",
                pl(n.on),
                clean_line(&n.author),
                clean_block(&n.text)
            );
        }
        let _ = writeln!(o, "\n{}", t.person_data_reads);
        for (who, at) in &self.reads {
            let _ = writeln!(o, "  {at} {}", clean_line(who));
        }
        // A second line of defence for anything written above unclean.
        clean_block(&o).into_owned()
    }
}
