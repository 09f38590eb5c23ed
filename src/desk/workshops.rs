//! Workshops and consultations: sessions (one or a weekly series), attendance,
//! and the quick consultation of a phone call.

use super::{Actor, Desk, DeskError, Response, Result};
use crate::domain::person::Participant;
use crate::domain::workshop::{Activity, Attendance, AttendanceState, Session, Specialist};
use crate::store::{Change, Kind, Record, RecordRef};
use chrono::{Days, NaiveDate};

/// Participants × sessions of one activity in a month.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct AttendanceGrid {
    pub activity: Activity,
    pub sessions: Vec<Session>,
    /// Each session's revision, for an edit of it (its guests).
    pub session_revs: Vec<u64>,
    pub participants: Vec<Participant>,
    /// `marks[p][s]` for participant p and session s.
    pub marks: Vec<Vec<Option<AttendanceState>>>,
    /// `counts[p][s]`: p is a participant on session s's day, so a presence counts in
    /// the reports (anyone may be marked).
    pub counts: Vec<Vec<bool>>,
    /// The specialist of the activity's last session up to the grid's end (this
    /// month's, else within the year before): a new session is offered the same one.
    #[serde(default)]
    pub last_specialist: Option<String>,
}

impl Desk {
    fn session_template(&self, s: &mut Session) -> Result<()> {
        if !self.store.exists(Kind::Activity, &s.activity_id)? {
            return Err(DeskError::Missing {
                kind: Kind::Activity,
                id: s.activity_id.clone(),
            });
        }
        if s.hours.is_zero() {
            return Err(DeskError::said(|c| c.desk.session_too_short));
        }
        if let Some(sp) = &s.specialist_id {
            // A new session copies the specialist's current rate: later changes never rewrite past costs.
            let specialist =
                self.store
                    .get::<Specialist>(sp)?
                    .ok_or_else(|| DeskError::Missing {
                        kind: Kind::Specialist,
                        id: sp.clone(),
                    })?;
            s.zl_per_hour = specialist.value.zl_per_hour;
        }
        Ok(())
    }

    /// Creates a session, or `weeks` of them a week apart, in one change.
    pub(super) fn create_sessions(
        &self,
        actor: &Actor,
        mut template: Session,
        weeks: u32,
    ) -> Result<Response> {
        // Checked before the dates of the series are computed from them.
        crate::domain::validate::Validate::check_fields(&template)?;
        crate::domain::limits::check_number(
            "session",
            "weeks",
            weeks.max(1),
            crate::domain::limits::SERIES_WEEKS,
        )?;
        self.session_template(&mut template)?;
        let mut change = Change::default();
        let mut ids = Vec::new();
        let mut n = self.store.count(Kind::Session) + 1;
        for w in 0..weeks.max(1) {
            let mut s = template.clone();
            loop {
                let id = format!("{}{n}", Kind::Session.id_prefix());
                n += 1;
                if !self.store.exists(Kind::Session, &id)? {
                    s.id = id;
                    break;
                }
            }
            s.date = template.date + Days::new(7 * w as u64);
            ids.push(s.id.clone());
            change.push(Record::Session(s));
        }
        let rev = self.commit(actor, change)?;
        Ok(Response::Sessions { ids, rev })
    }

    /// Sets (or with `None` clears) one attendance mark.
    pub(super) fn set_attendance(
        &self,
        actor: &Actor,
        session_id: String,
        participant_id: String,
        state: Option<AttendanceState>,
    ) -> Result<Response> {
        if !self.store.exists(Kind::Session, &session_id)? {
            return Err(DeskError::NotFound {
                kind: Kind::Session,
                id: session_id,
            });
        }
        if !self.store.exists(Kind::Participant, &participant_id)? {
            return Err(DeskError::NotFound {
                kind: Kind::Participant,
                id: participant_id,
            });
        }
        let change = match state {
            Some(state) => Change::put(Record::Attendance(Attendance {
                session_id,
                participant_id,
                state,
            })),
            None => Change::delete(RecordRef::Attendance {
                session_id,
                participant_id,
            }),
        };
        let rev = self.commit(actor, change)?;
        Ok(Response::Saved {
            id: String::new(),
            rev,
            rejected: None,
            warnings: vec![],
        })
    }

    /// The phone-call case: a one-person session (F7 on the card) with that
    /// person present; `s` is the session, its id and rate filled in here.
    pub(super) fn quick_consultation(
        &self,
        actor: &Actor,
        participant_id: String,
        mut s: Session,
    ) -> Result<Response> {
        if !self.store.exists(Kind::Participant, &participant_id)? {
            return Err(DeskError::NotFound {
                kind: Kind::Participant,
                id: participant_id,
            });
        }
        s.id = self.new_id(Kind::Session)?;
        self.session_template(&mut s)?;
        let id = s.id.clone();
        let mut change = Change::put(Record::Session(s));
        change.push(Record::Attendance(Attendance {
            session_id: id.clone(),
            participant_id,
            state: AttendanceState::Present,
        }));
        let rev = self.commit(actor, change)?;
        Ok(Response::Sessions { ids: vec![id], rev })
    }

    pub(super) fn attendance_grid(
        &self,
        activity_id: &str,
        from: NaiveDate,
        to: NaiveDate,
        extra: &[String],
    ) -> Result<AttendanceGrid> {
        let activity = self
            .store
            .get::<Activity>(activity_id)?
            .ok_or_else(|| DeskError::NotFound {
                kind: Kind::Activity,
                id: activity_id.to_string(),
            })?
            .value;
        let stored: Vec<_> = self
            .store
            .sessions_between(from, to)?
            .into_iter()
            .filter(|s| s.value.activity_id == activity_id)
            .collect();
        let session_revs = stored.iter().map(|s| s.stamp.rev).collect();
        let sessions: Vec<Session> = stored.into_iter().map(|s| s.value).collect();
        let mut people: Vec<String> = Vec::new();
        let mut all_marks = Vec::new();
        for s in &sessions {
            for a in self.store.attendance_of_session(&s.id)? {
                if !people.contains(&a.participant_id) {
                    people.push(a.participant_id.clone());
                }
                all_marks.push(a);
            }
        }
        for e in activity.enrolled.iter().chain(extra) {
            if !people.contains(e) {
                people.push(e.clone());
            }
        }
        let mut participants = Vec::new();
        for id in &people {
            if let Some(p) = self.store.get::<Participant>(id)? {
                participants.push(p.value);
            }
        }
        participants.sort_by_cached_key(|p| {
            (
                crate::domain::collate::name_key(&p.last_name, &p.first_name),
                p.id.clone(),
            )
        });
        let marks = participants
            .iter()
            .map(|p| {
                sessions
                    .iter()
                    .map(|s| {
                        all_marks
                            .iter()
                            .find(|a| a.session_id == s.id && a.participant_id == p.id)
                            .map(|a| a.state)
                    })
                    .collect()
            })
            .collect();
        let mut counts = Vec::with_capacity(participants.len());
        for p in &participants {
            let admitted = self.admitted(&p.id)?;
            counts.push(
                sessions
                    .iter()
                    .map(|s| crate::domain::participation::participant_on(admitted, p, s.date))
                    .collect(),
            );
        }
        let last_specialist = match sessions.last() {
            Some(s) => s.specialist_id.clone(),
            None => self
                .store
                .sessions_between(from - chrono::Days::new(366), from - chrono::Days::new(1))?
                .into_iter()
                .rev()
                .find(|s| s.value.activity_id == activity_id)
                .and_then(|s| s.value.specialist_id),
        };
        Ok(AttendanceGrid {
            activity,
            sessions,
            session_revs,
            participants,
            marks,
            counts,
            last_specialist,
        })
    }
}
