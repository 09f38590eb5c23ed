//! Every field of every record against the limits of `limits.rs`. The desk calls
//! this for each record it commits and import for each line, so a new record
//! type must implement `Validate` to be stored at all.

use super::activation::{Job, Route};
use super::contract::Contract;
use super::limits::{self as lim, Checked, Fields};
use super::person::{Category, Note, Participant};
use super::psu::{Agreement, Assignment, HourRow, Position, Refund, Worksite};
use super::settings::Settings;
use super::staff::Staff;
use super::workshop::{Activity, Attendance, Session, Specialist};

pub trait Validate {
    /// Sizes, characters and ranges of every field; blank required names.
    fn check_fields(&self) -> Checked;
}

/// `goals[3].text`, counted from 1 as a person counts.
fn at(list: &str, i: usize, field: &str) -> String {
    format!("{list}[{}].{field}", i + 1)
}

impl Validate for Settings {
    fn check_fields(&self) -> Checked {
        let mut f = Fields::of("settings");
        f.required("club_name", &self.club_name, lim::NAME)?;
        f.number(
            "graduate_months",
            self.graduate_months,
            lim::GRADUATE_MONTHS,
        )?;
        f.number("max_months", self.max_months, lim::MAX_MONTHS)?;
        f.number(
            "retention_years",
            self.retention_years,
            lim::RETENTION_YEARS,
        )?;
        f.opt("parent_name", self.parent_name.as_deref(), lim::NAME)?;
        f.opt("parent_address", self.parent_address.as_deref(), lim::LINE)?;
        f.opt("register_entry", self.register_entry.as_deref(), lim::NAME)?;
        if let Some(m) = self.min_months {
            f.number("min_months", m, lim::MAX_MONTHS)?;
        }
        f.count(
            "extra_exclusions",
            self.extra_exclusions.len(),
            lim::EXCLUSIONS,
        )
    }
}

impl Validate for Staff {
    fn check_fields(&self) -> Checked {
        let mut f = Fields::of("staff");
        f.line("id", &self.id, lim::ID)?;
        f.required("login", &self.login, lim::ID)?;
        f.required("name", &self.name, lim::NAME)?;
        if let Some(h) = self.hours_per_week {
            f.hours("hours_per_week", h, lim::STAFF_HOURS)?;
        }
        Ok(())
    }
}

impl Validate for Category {
    fn check_fields(&self) -> Checked {
        let mut f = Fields::of("category");
        f.required("code", &self.code, lim::ID)?;
        f.required("name", &self.name, lim::NAME)
    }
}

impl Validate for Participant {
    fn check_fields(&self) -> Checked {
        let mut f = Fields::of("participant");
        f.line("id", &self.id, lim::ID)?;
        f.required("first_name", &self.first_name, lim::NAME)?;
        f.required("last_name", &self.last_name, lim::NAME)?;
        f.date("birth_date", self.birth_date)?;
        if let Some(a) = &self.address {
            f.opt("address.street", a.street.as_deref(), lim::NAME)?;
            f.opt(
                "address.postal_code",
                a.postal_code.as_deref(),
                lim::POSTAL_CODE,
            )?;
            f.opt("address.city", a.city.as_deref(), lim::NAME)?;
        }
        f.opt("phone", self.phone.as_deref(), lim::PHONE)?;
        f.opt("email", self.email.as_deref(), lim::EMAIL)?;
        f.count("categories", self.categories.len(), lim::CATEGORIES)?;
        for (i, c) in self.categories.iter().enumerate() {
            f.line(&format!("categories[{}]", i + 1), c, lim::ID)?;
        }
        f.count("exclusions", self.exclusions.len(), lim::EXCLUSIONS)?;
        f.opt("referrer", self.referrer.as_deref(), lim::NAME)?;
        for (name, d) in [
            ("applied_on", self.applied_on),
            ("interview_on", self.interview_on),
            ("consent_on", self.consent_on),
            ("ended_on", self.ended_on),
            ("certificate_on", self.certificate_on),
        ] {
            f.opt_date(name, d)?;
        }
        f.opt("reason", self.reason.as_deref(), lim::ID)?;
        f.text("notes", &self.notes)
    }
}

impl Validate for Contract {
    fn check_fields(&self) -> Checked {
        let mut f = Fields::of("contract");
        f.line("id", &self.id, lim::ID)?;
        f.line("participant_id", &self.participant_id, lim::ID)?;
        f.required("number", &self.number, lim::NAME)?;
        f.opt_date("signed_on", self.signed_on)?;
        f.opt_date("starts_on", self.starts_on)?;
        f.opt_date("ends_on", self.ends_on)?;
        f.opt("worker", self.worker.as_deref(), lim::NAME)?;
        f.text("situation", &self.situation)?;
        f.count("goals", self.goals.len(), lim::GOALS)?;
        for (i, g) in self.goals.iter().enumerate() {
            f.text(&at("goals", i, "text"), &g.text)?;
            f.opt_date(&at("goals", i, "due_on"), g.due_on)?;
        }
        f.count("actions", self.actions.len(), lim::ACTIONS)?;
        for (i, a) in self.actions.iter().enumerate() {
            f.text(&at("actions", i, "text"), &a.text)?;
            f.opt_date(&at("actions", i, "due_on"), a.due_on)?;
            f.opt_date(&at("actions", i, "done_on"), a.done_on)?;
        }
        f.count("reviews", self.reviews.len(), lim::REVIEWS)?;
        for (i, r) in self.reviews.iter().enumerate() {
            f.date(&at("reviews", i, "on"), r.on)?;
            f.text(&at("reviews", i, "text"), &r.text)?;
        }
        f.count("annexes", self.annexes.len(), lim::ANNEXES)?;
        for (i, a) in self.annexes.iter().enumerate() {
            f.date(&at("annexes", i, "on"), a.on)?;
            f.text(&at("annexes", i, "text"), &a.text)?;
            f.opt_date(&at("annexes", i, "new_ends_on"), a.new_ends_on)?;
        }
        Ok(())
    }
}

impl Validate for Agreement {
    fn check_fields(&self) -> Checked {
        let mut f = Fields::of("agreement");
        f.line("id", &self.id, lim::ID)?;
        f.required("number", &self.number, lim::NAME)?;
        f.opt_date("signed_on", self.signed_on)?;
        f.date("starts_on", self.starts_on)?;
        f.date("ends_on", self.ends_on)?;
        f.number("slots", self.slots, lim::SLOTS)?;
        f.hours("weekly_limit_h", self.weekly_limit_h, lim::WEEK_HOURS)?;
        f.hours("monthly_limit_h", self.monthly_limit_h, lim::MONTH_HOURS)?;
        f.number("refund_percent", self.refund_percent, lim::PERCENT)?;
        f.count("rates", self.rates.len(), lim::RATES)?;
        for (i, r) in self.rates.iter().enumerate() {
            f.date(&at("rates", i, "from"), r.from)?;
            f.money(&at("rates", i, "zl_per_hour"), r.zl_per_hour, lim::RATE)?;
        }
        Ok(())
    }
}

impl Validate for Worksite {
    fn check_fields(&self) -> Checked {
        let mut f = Fields::of("worksite");
        f.line("id", &self.id, lim::ID)?;
        f.required("name", &self.name, lim::NAME)?;
        f.opt("address", self.address.as_deref(), lim::LINE)
    }
}

impl Validate for Position {
    fn check_fields(&self) -> Checked {
        let mut f = Fields::of("position");
        f.line("id", &self.id, lim::ID)?;
        f.required("name", &self.name, lim::NAME)
    }
}

impl Validate for Assignment {
    fn check_fields(&self) -> Checked {
        let mut f = Fields::of("assignment");
        f.line("id", &self.id, lim::ID)?;
        for (name, v) in [
            ("participant_id", &self.participant_id),
            ("agreement_id", &self.agreement_id),
            ("worksite_id", &self.worksite_id),
            ("position_id", &self.position_id),
        ] {
            f.line(name, v, lim::ID)?;
        }
        f.opt(
            "referral_number",
            self.referral_number.as_deref(),
            lim::NAME,
        )?;
        f.date("from", self.from)?;
        f.date("to", self.to)?;
        f.opt_date("resigned_on", self.resigned_on)?;
        f.opt("resign_reason", self.resign_reason.as_deref(), lim::LINE)
    }
}

impl Validate for HourRow {
    fn check_fields(&self) -> Checked {
        let mut f = Fields::of("hours");
        f.line("assignment_id", &self.assignment_id, lim::ID)?;
        f.date("date", self.date)?;
        f.hours("hours", self.hours, lim::DAY_HOURS)
    }
}

impl Validate for Specialist {
    fn check_fields(&self) -> Checked {
        let mut f = Fields::of("specialist");
        f.line("id", &self.id, lim::ID)?;
        f.required("name", &self.name, lim::NAME)?;
        f.line("role", &self.role, lim::NAME)?;
        f.money("zl_per_hour", self.zl_per_hour, lim::RATE)
    }
}

impl Validate for Activity {
    fn check_fields(&self) -> Checked {
        let mut f = Fields::of("activity");
        f.line("id", &self.id, lim::ID)?;
        f.required("name", &self.name, lim::NAME)
    }
}

impl Validate for Session {
    fn check_fields(&self) -> Checked {
        let mut f = Fields::of("session");
        f.line("id", &self.id, lim::ID)?;
        f.line("activity_id", &self.activity_id, lim::ID)?;
        f.date("date", self.date)?;
        f.hours("hours", self.hours, lim::DAY_HOURS)?;
        f.opt("specialist_id", self.specialist_id.as_deref(), lim::ID)?;
        f.money("zl_per_hour", self.zl_per_hour, lim::RATE)?;
        f.opt("topic", self.topic.as_deref(), lim::LINE)?;
        f.opt("place", self.place.as_deref(), lim::NAME)?;
        f.number("guests", self.guests, lim::GUESTS)
    }
}

impl Validate for Attendance {
    fn check_fields(&self) -> Checked {
        let mut f = Fields::of("attendance");
        f.line("session_id", &self.session_id, lim::ID)?;
        f.line("participant_id", &self.participant_id, lim::ID)
    }
}

impl Validate for Note {
    fn check_fields(&self) -> Checked {
        let mut f = Fields::of("note");
        f.line("id", &self.id, lim::ID)?;
        f.line("participant_id", &self.participant_id, lim::ID)?;
        f.line("author", &self.author, lim::ID)?;
        f.date("on", self.on)?;
        f.text("text", &self.text)
    }
}

impl Validate for Job {
    fn check_fields(&self) -> Checked {
        let mut f = Fields::of("job");
        f.line("id", &self.id, lim::ID)?;
        f.line("participant_id", &self.participant_id, lim::ID)?;
        f.date("from", self.from)?;
        f.opt_date("to", self.to)?;
        f.line("employer", &self.employer, lim::NAME)
    }
}

impl Validate for Route {
    fn check_fields(&self) -> Checked {
        let mut f = Fields::of("route");
        f.line("id", &self.id, lim::ID)?;
        f.line("participant_id", &self.participant_id, lim::ID)?;
        f.date("from", self.from)?;
        f.opt_date("to", self.to)?;
        f.line("name", &self.name, lim::NAME)?;
        f.text("note", &self.note)
    }
}

impl Validate for Refund {
    fn check_fields(&self) -> Checked {
        let mut f = Fields::of("refund");
        f.line("agreement_id", &self.agreement_id, lim::ID)?;
        f.date("month", self.month)?;
        f.date("received_on", self.received_on)?;
        f.money("amount", self.amount, lim::REFUND)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::limits::Problem;

    #[test]
    fn fields_are_named() {
        let mut p = crate::domain::person::tests::sample();
        p.check_fields().unwrap();
        p.last_name = "Łęcki\u{202E}".into();
        let e = p.check_fields().unwrap_err();
        assert_eq!((e.record, e.field.as_str()), ("participant", "last_name"));
        let mut c = crate::domain::contract::tests::sample();
        c.check_fields().unwrap();
        c.goals.push(crate::domain::contract::Goal {
            text: "a\tb".into(),
            due_on: None,
            state: crate::domain::contract::GoalState::Open,
        });
        let n = c.goals.len();
        let e = c.check_fields().unwrap_err();
        assert_eq!(e.field, format!("goals[{n}].text"));
        let w = Worksite {
            id: "w1".into(),
            name: "  ".into(),
            address: None,
        };
        let e = w.check_fields().unwrap_err();
        assert_eq!((e.field.as_str(), e.problem), ("name", Problem::Empty));
    }

    #[test]
    fn settings_ranges() {
        let s = Settings {
            retention_years: 357_913_942,
            ..Settings::default()
        };
        let e = s.check_fields().unwrap_err();
        assert_eq!(e.field, "retention_years");
        Settings::default().check_fields().unwrap();
    }
}
