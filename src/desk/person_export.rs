//! A person's data on request (art. 15 RODO): everything stored about them,
//! and who read their record.

use super::{Actor, Desk, DeskError, Result};
use crate::domain::contract::Contract;
use crate::domain::person::{Category, Participant};
use crate::domain::psu::{Assignment, HourRow, Position, Worksite};
use crate::domain::workshop::{Activity, Attendance, Session};
use crate::store::Kind;
use crate::text::Lang;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// What the club holds about a person. The JSON form (for programs) keeps the
/// codes; `to_text` is the citizen's copy, every code in words.
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
    /// What each of `reads` did, in the same order: the audit's action and kind
    /// codes (`read`/`participant`, `lookup`/`participant`, …).
    pub read_actions: Vec<(String, String)>,
    /// The club that holds the data (its settings' name).
    pub club_name: String,
    /// The day the export was made (the desk's local date).
    pub made_on: NaiveDate,
    /// The names of the staff the export mentions (readers, notes' authors), by login.
    pub staff_names: BTreeMap<String, String>,
    /// The names of the club's own groups the person is in, by code (the
    /// statutory groups are named by the catalogs and the Act's list).
    pub group_names: BTreeMap<String, String>,
    /// The names of the PSU referrals' worksites and positions, by id.
    pub worksites: BTreeMap<String, String>,
    pub positions: BTreeMap<String, String>,
    /// The names of the activities attended, by id.
    pub activities: BTreeMap<String, String>,
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
        let read_entries: Vec<_> = self
            .store
            .audit_reads()?
            .into_iter()
            .filter(|r| r.participants().contains(&id))
            .collect();
        let read_actions = read_entries
            .iter()
            .map(|r| (r.action.clone(), r.kind.clone()))
            .collect();
        let reads: Vec<(String, String)> =
            read_entries.into_iter().map(|r| (r.actor, r.at)).collect();
        let notes: Vec<crate::domain::person::Note> = self
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
        let mut staff_names = BTreeMap::new();
        let logins = reads
            .iter()
            .map(|(who, _)| who)
            .chain(notes.iter().map(|n| &n.author));
        for login in logins {
            if staff_names.contains_key(login) {
                continue;
            }
            if let Some(s) = self.store.staff_by_login(login)? {
                staff_names.insert(login.clone(), s.value.name);
            }
        }
        let mut group_names = BTreeMap::new();
        for code in &participant.categories {
            if let Some(c) = self.store.get::<Category>(code)? {
                group_names.insert(code.clone(), c.value.name);
            }
        }
        let (mut worksites, mut positions) = (BTreeMap::new(), BTreeMap::new());
        for a in &assignments {
            if let Some(w) = self.store.get::<Worksite>(&a.worksite_id)? {
                worksites.insert(a.worksite_id.clone(), w.value.name);
            }
            if let Some(p) = self.store.get::<Position>(&a.position_id)? {
                positions.insert(a.position_id.clone(), p.value.name);
            }
        }
        let mut activities = BTreeMap::new();
        for s in attendance.iter().filter_map(|(_, s)| s.as_ref()) {
            if activities.contains_key(&s.activity_id) {
                continue;
            }
            if let Some(a) = self.store.get::<Activity>(&s.activity_id)? {
                activities.insert(s.activity_id.clone(), a.value.name);
            }
        }
        let club_name = self.store.settings()?.club_name;
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
            read_actions,
            club_name,
            made_on: super::today(),
            staff_names,
            group_names,
            worksites,
            positions,
            activities,
        })
    }
}

impl PersonExport {
    /// The citizen's copy, to attach to a letter: every label and value in
    /// words, dates as `DD.MM.YYYY`, the reads in local time with the staff's names.
    pub fn to_text(&self, lang: Lang) -> String {
        self.to_text_in(lang, &chrono::Local)
    }

    /// `to_text` with the reads' times shown in `tz` (tests fix it).
    pub fn to_text_in<Tz: chrono::TimeZone>(&self, lang: Lang, tz: &Tz) -> String
    where
        Tz::Offset: std::fmt::Display,
    {
        use crate::domain::dates::{month_start, pl};
        use crate::domain::person::{Exclusion, InterruptReason, Status};
        use crate::text::catalog::catalog;
        use crate::text::clean::{clean_block, clean_line};
        use std::fmt::Write;
        let c = catalog(lang);
        let t = &c.person_export;
        let p = &self.participant;
        let line = |s: &str| clean_line(s).into_owned();
        let mut o = String::new();

        let _ = writeln!(o, "{}", t.title);
        if !self.club_name.trim().is_empty() {
            let _ = writeln!(o, "{}", line(&self.club_name));
        }
        let _ = writeln!(o, "{}", (t.made_on)(self.made_on));
        let _ = writeln!(o, "{}", (t.about)(&line(&p.full_name())));

        // The record.
        let mut fields: Vec<(&str, String)> = vec![
            (t.first_name, line(&p.first_name)),
            (t.last_name, line(&p.last_name)),
        ];
        if let Some(pesel) = &p.pesel {
            fields.push((t.pesel, line(&pesel.to_string())));
        }
        fields.push((t.birth_date, pl(p.birth_date)));
        fields.push((t.sex, (t.sex_name)(p.sex).to_string()));
        if let Some(a) = p.address.as_ref().and_then(address) {
            fields.push((t.address, line(&a)));
        }
        let some = |v: &Option<String>| v.as_deref().filter(|s| !s.trim().is_empty()).map(line);
        if let Some(v) = some(&p.phone) {
            fields.push((t.phone, v));
        }
        if let Some(v) = some(&p.email) {
            fields.push((t.email, v));
        }
        let groups: Vec<String> = p
            .categories
            .iter()
            .map(|code| line(&self.group_name(lang, code)))
            .collect();
        fields.push((t.groups, list(&groups, t.none)));
        let benefits: Vec<String> = p
            .exclusions
            .iter()
            .map(|e| (t.exclusion)(*e).to_string())
            .collect();
        fields.push((t.benefits, list(&benefits, t.none)));
        let referrer = some(&p.referrer);
        match (p.referred_by, referrer) {
            (Some(by), Some(r)) => {
                fields.push((t.referral, format!("{} ({r})", (t.referred_by)(by))))
            }
            (Some(by), None) => fields.push((t.referral, (t.referred_by)(by).to_string())),
            (None, Some(r)) => fields.push((t.referral, r)),
            (None, None) => {}
        }
        let yes_no = if p.pup_registered {
            c.cli.yes
        } else {
            c.cli.no
        };
        fields.push((t.pup_registered, yes_no.to_string()));
        for (label, day) in [
            (t.applied_on, p.applied_on),
            (t.interview_on, p.interview_on),
            (t.consent_on, p.consent_on),
        ] {
            if let Some(d) = day {
                fields.push((label, pl(d)));
            }
        }
        fields.push((t.status, (t.status_name)(p.status).to_string()));
        if let Some(d) = crate::domain::participation::admission(&self.contracts) {
            fields.push((t.admitted_on, pl(d)));
        }
        if let Some(d) = p.ended_on {
            fields.push((t.ended_on, pl(d)));
        }
        if let Some(x) = p.outcome {
            fields.push((t.outcome, (c.report.outcome)(x).to_string()));
        }
        if let Some(r) = p.reason.as_deref().filter(|r| !r.trim().is_empty()) {
            let named = match p.status {
                Status::Rejected if r == InterruptReason::Other.code() => Some(t.other_reason),
                Status::Rejected => Exclusion::from_code(r).map(t.exclusion),
                _ => InterruptReason::from_code(r).map(c.report.reason),
            };
            fields.push((t.reason, named.map_or_else(|| line(r), str::to_string)));
        }
        if let Some(d) = p.certificate_on {
            fields.push((t.certificate_on, pl(d)));
        }
        if !p.notes.trim().is_empty() {
            fields.push((t.remarks, clean_block(p.notes.trim()).into_owned()));
        }
        let width = fields
            .iter()
            .map(|(l, _)| l.chars().count() + 1)
            .max()
            .unwrap_or(0);
        let _ = writeln!(o, "\n{}", t.personal);
        for (label, value) in &fields {
            let label = format!("{label}:");
            let _ = writeln!(
                o,
                "  {label:<width$} {}",
                indent(value, &" ".repeat(width + 3))
            );
        }

        // Social contracts.
        let _ = writeln!(o, "\n{}", t.contracts);
        let mut contracts: Vec<&Contract> = self.contracts.iter().collect();
        contracts.sort_by(|a, b| (a.starts_on, &a.number).cmp(&(b.starts_on, &b.number)));
        if contracts.is_empty() {
            let _ = writeln!(o, "  {}", t.none);
        }
        for k in contracts {
            let state = (t.contract_state)(k.state);
            let _ = writeln!(o, "  {}", (t.contract)(&line(&k.number), state));
            if let Some(d) = k.signed_on {
                let _ = writeln!(o, "    {}: {}", t.signed_on, pl(d));
            }
            let period = (t.from_to)(k.starts_on, k.effective_end());
            let _ = writeln!(o, "    {}: {period}", t.period);
            if let Some(w) = some(&k.worker) {
                let _ = writeln!(o, "    {}: {w}", t.worker);
            }
            if !k.situation.trim().is_empty() {
                let s = clean_block(k.situation.trim());
                let under = " ".repeat(6 + t.situation.chars().count());
                let _ = writeln!(o, "    {}: {}", t.situation, indent(&s, &under));
            }
            let goals: Vec<String> = k
                .goals
                .iter()
                .map(|g| (t.goal)(&line(&g.text), g.due_on, (t.goal_state)(g.state)))
                .collect();
            let actions: Vec<String> = k
                .actions
                .iter()
                .map(|a| (t.action)((t.action_by)(a.by), &line(&a.text), a.due_on, a.done_on))
                .collect();
            let reviews: Vec<String> = k
                .reviews
                .iter()
                .map(|r| format!("{}: {}", pl(r.on), clean_block(r.text.trim())))
                .collect();
            let annexes: Vec<String> = k
                .annexes
                .iter()
                .map(|a| {
                    let text = clean_block(a.text.trim());
                    format!("{}: {}", pl(a.on), (t.annex)(&text, a.new_ends_on))
                })
                .collect();
            for (label, items) in [
                (t.goals, goals),
                (t.actions, actions),
                (t.reviews, reviews),
                (t.annexes, annexes),
            ] {
                if items.is_empty() {
                    continue;
                }
                let _ = writeln!(o, "    {label}:");
                for i in items {
                    let _ = writeln!(o, "      – {}", indent(&i, "        "));
                }
            }
        }

        // Socially useful work.
        let _ = writeln!(o, "\n{}", t.psu);
        let mut assignments: Vec<&Assignment> = self.assignments.iter().collect();
        assignments.sort_by(|a, b| (a.from, &a.id).cmp(&(b.from, &b.id)));
        if assignments.is_empty() {
            let _ = writeln!(o, "  {}", t.none);
        }
        for a in assignments {
            let named = |names: &BTreeMap<String, String>, id: &str| {
                names.get(id).map_or_else(|| "—".to_string(), |n| line(n))
            };
            let number = some(&a.referral_number);
            let _ = writeln!(
                o,
                "  {}",
                (t.psu_referral)(
                    number.as_deref(),
                    &named(&self.worksites, &a.worksite_id),
                    &named(&self.positions, &a.position_id),
                    &(t.from_to)(Some(a.from), Some(a.to))
                )
            );
            if let Some(on) = a.resigned_on {
                let why = some(&a.resign_reason);
                let _ = writeln!(o, "    {}", (t.psu_resigned)(on, why.as_deref()));
            }
            type Month = (
                crate::domain::hours::Hours,
                BTreeMap<crate::domain::psu::Absence, usize>,
            );
            let mut months: BTreeMap<NaiveDate, Month> = BTreeMap::new();
            for h in self.hours.iter().filter(|h| h.assignment_id == a.id) {
                let m = months.entry(month_start(h.date)).or_default();
                match h.absence {
                    Some(x) => *m.1.entry(x).or_default() += 1,
                    None => m.0 += h.hours,
                }
            }
            for (month, (worked, absences)) in months {
                let absences: Vec<_> = absences.into_iter().collect();
                let _ = writeln!(o, "    {}", (t.psu_month)(month, worked, &absences));
            }
        }

        // Activities.
        let _ = writeln!(o, "\n{}", t.attendance);
        let mut attendance: Vec<&(Attendance, Option<Session>)> = self.attendance.iter().collect();
        attendance.sort_by_key(|(a, s)| (s.as_ref().map(|s| s.date), a.session_id.clone()));
        if attendance.is_empty() {
            let _ = writeln!(o, "  {}", t.none);
        }
        for (a, s) in attendance {
            let date = s.as_ref().map_or_else(|| "—".to_string(), |s| pl(s.date));
            let mut what = s
                .as_ref()
                .and_then(|s| self.activities.get(&s.activity_id))
                .map_or_else(|| "—".to_string(), |n| line(n));
            if let Some(topic) = s.as_ref().and_then(|s| some(&s.topic)) {
                what = format!("{what} ({topic})");
            }
            let state = (t.attendance_state)(a.state);
            let _ = writeln!(o, "  {date}  {what} — {state}");
        }

        // Jobs and activation routes.
        let _ = writeln!(o, "\n{}", t.activation);
        if self.jobs.is_empty() && self.routes.is_empty() {
            let _ = writeln!(o, "  {}", t.none);
        }
        let mut jobs: Vec<_> = self.jobs.iter().collect();
        jobs.sort_by_key(|j| j.from);
        for j in jobs {
            let period = (t.from_to)(Some(j.from), j.to);
            let basis = (t.job_basis)(j.basis);
            let _ = writeln!(o, "  {}", (t.job)(&period, &line(&j.employer), basis));
        }
        let mut routes: Vec<_> = self.routes.iter().collect();
        routes.sort_by_key(|r| r.from);
        for r in routes {
            let period = (t.from_to)(Some(r.from), r.to);
            let kind = (c.report.route_kind)(r.kind);
            let _ = writeln!(o, "  {}", (t.route)(&period, kind, &line(&r.name)));
            if !r.note.trim().is_empty() {
                let note = clean_block(r.note.trim());
                let _ = writeln!(o, "    {}", indent(&note, "    "));
            }
        }

        // Notes.
        let _ = writeln!(o, "\n{}", t.notes);
        let mut notes: Vec<_> = self.notes.iter().collect();
        notes.sort_by(|a, b| (a.on, &a.id).cmp(&(b.on, &b.id)));
        if notes.is_empty() {
            let _ = writeln!(o, "  {}", t.none);
        }
        for n in notes {
            let restricted = if n.restricted {
                format!(" {}", t.note_restricted)
            } else {
                String::new()
            };
            let text = clean_block(n.text.trim());
            let _ = writeln!(
                o,
                "  {}, {}{restricted}: {}",
                pl(n.on),
                self.staff_name(&n.author),
                indent(&text, "    ")
            );
        }

        // Who read the record.
        let _ = writeln!(o, "\n{}", t.reads);
        if self.reads.is_empty() {
            let _ = writeln!(o, "  {}", t.none);
        }
        for (i, (who, at)) in self.reads.iter().enumerate() {
            let what = self
                .read_actions
                .get(i)
                .map_or(("", ""), |(a, k)| (a.as_str(), k.as_str()));
            let _ = writeln!(
                o,
                "  {}  {} — {}",
                local_time(at, tz),
                self.staff_name(who),
                (t.read_action)(what.0, what.1)
            );
        }
        // A second line of defence for anything written above unclean.
        clean_block(&o).into_owned()
    }

    /// A staff member's name, or the login when the club has no such account.
    fn staff_name(&self, login: &str) -> String {
        let name = self.staff_names.get(login).map_or(login, String::as_str);
        crate::text::clean::clean_line(name).into_owned()
    }

    /// A group's name: the statutory name in the language, else the club's name
    /// for it, else its code.
    fn group_name(&self, lang: Lang, code: &str) -> String {
        use crate::domain::person::STATUTORY_GROUPS;
        let catalog = crate::text::catalog::catalog(lang);
        (catalog.cli.statutory_group_name)(code)
            .map(str::to_string)
            .or_else(|| self.group_names.get(code).cloned())
            .or_else(|| {
                STATUTORY_GROUPS
                    .iter()
                    .find(|(c, _, _)| *c == code)
                    .map(|(_, name, _)| name.to_string())
            })
            .unwrap_or_else(|| code.to_string())
    }
}

/// "ul. Polna 3, 47-200 Kędzierzyn-Koźle": no comma between the postal code and
/// the town.
fn address(a: &crate::domain::person::Address) -> Option<String> {
    fn part(s: &Option<String>) -> Option<&str> {
        s.as_deref().map(str::trim).filter(|s| !s.is_empty())
    }
    let town: Vec<&str> = [part(&a.postal_code), part(&a.city)]
        .into_iter()
        .flatten()
        .collect();
    let town = town.join(" ");
    let parts: Vec<&str> = part(&a.street)
        .into_iter()
        .chain((!town.is_empty()).then_some(town.as_str()))
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// Items joined with commas, or `none`.
fn list(items: &[String], none: &str) -> String {
    if items.is_empty() {
        none.to_string()
    } else {
        items.join(", ")
    }
}

/// A text's later lines indented to stay under its first.
fn indent(text: &str, by: &str) -> String {
    text.lines().collect::<Vec<_>>().join(&format!("\n{by}"))
}

/// An RFC 3339 time as `DD.MM.YYYY HH:MM` in `tz`; anything else as it is.
fn local_time<Tz: chrono::TimeZone>(at: &str, tz: &Tz) -> String
where
    Tz::Offset: std::fmt::Display,
{
    match chrono::DateTime::parse_from_rfc3339(at) {
        Ok(t) => t.with_timezone(tz).format("%d.%m.%Y %H:%M").to_string(),
        Err(_) => crate::text::clean::clean_line(at).into_owned(),
    }
}
