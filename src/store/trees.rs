//! The trees: one per record type, one per index, and `meta`.

use super::change::Kind;

/// Index trees, after the kind trees and the id maps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Ix {
    /// month + assignment → that month's hour rows (the primary tree of hours)
    Hours,
    /// assignment + month → ()
    HoursByAssignment,
    /// session + participant → attendance (the primary tree of attendance)
    Attendance,
    /// participant + session → ()
    AttendanceByParticipant,
    /// participant + contract → what the report's figures read of the
    /// contract (`Contract::for_figures`)
    ContractsByParticipant,
    /// participant + assignment → ()
    AssignmentsByParticipant,
    /// date + session → ()
    SessionsByDate,
    /// PESEL → participant
    Pesel,
    /// contract number → contract
    ContractNumber,
    /// login → staff
    StaffLogin,
    /// participant → folded search key
    Search,
    /// participant + note → ()
    NotesByParticipant,
    /// agreement + month → refund received (a primary tree)
    Refund,
    /// participant's end day (`FF FF FF FF` while not ended) + participant →
    /// what the report's figures read of them (`Participant::for_figures`)
    ParticipantsByEnd,
    /// day (a contract's start or signing) + contract → participant
    ContractsByDay,
    /// participant → (those who can be due: `domain::due::participant_may_be_due`)
    DuePeople,
    /// contract → participant (contracts in force: `domain::due::contract_may_be_due`)
    ContractsInForce,
}

impl Ix {
    pub const ALL: [Ix; 17] = [
        Ix::Hours,
        Ix::HoursByAssignment,
        Ix::Attendance,
        Ix::AttendanceByParticipant,
        Ix::ContractsByParticipant,
        Ix::AssignmentsByParticipant,
        Ix::SessionsByDate,
        Ix::Pesel,
        Ix::ContractNumber,
        Ix::StaffLogin,
        Ix::Search,
        Ix::NotesByParticipant,
        Ix::Refund,
        Ix::ParticipantsByEnd,
        Ix::ContractsByDay,
        Ix::DuePeople,
        Ix::ContractsInForce,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Ix::Hours => "hours",
            Ix::HoursByAssignment => "ix/hours_by_assignment",
            Ix::Attendance => "attendance",
            Ix::AttendanceByParticipant => "ix/attendance_by_participant",
            Ix::ContractsByParticipant => "ix/contracts_by_participant",
            Ix::AssignmentsByParticipant => "ix/assignments_by_participant",
            Ix::SessionsByDate => "ix/sessions_by_date",
            Ix::Pesel => "ix/pesel",
            Ix::ContractNumber => "ix/contract_number",
            Ix::StaffLogin => "ix/staff_login",
            Ix::Search => "ix/search",
            Ix::NotesByParticipant => "ix/notes_by_participant",
            Ix::Refund => "refund",
            Ix::ParticipantsByEnd => "ix/participants_by_end",
            Ix::ContractsByDay => "ix/contracts_by_day",
            Ix::DuePeople => "ix/due_people",
            Ix::ContractsInForce => "ix/contracts_in_force",
        }
    }

    /// Primary trees hold records; the others are derived and checked against them.
    pub fn is_primary(self) -> bool {
        matches!(self, Ix::Hours | Ix::Attendance | Ix::Refund)
    }
}

pub const META: usize = 0;

/// Position of a kind's record tree in the tree list.
pub fn kind_tree(k: Kind) -> usize {
    1 + k as usize
}

/// Position of a kind's id map (string id → internal key).
pub fn ids_tree(k: Kind) -> usize {
    1 + Kind::ALL.len() + k as usize
}

pub fn ix_tree(i: Ix) -> usize {
    1 + 2 * Kind::ALL.len() + i as usize
}

pub fn tree_names() -> Vec<String> {
    let mut names = vec!["meta".to_string()];
    names.extend(Kind::ALL.iter().map(|k| k.name().to_string()));
    names.extend(Kind::ALL.iter().map(|k| format!("ids/{}", k.name())));
    names.extend(Ix::ALL.iter().map(|i| i.name().to_string()));
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_match_names() {
        let names = tree_names();
        for k in Kind::ALL {
            assert_eq!(names[kind_tree(k)], k.name());
            assert_eq!(names[ids_tree(k)], format!("ids/{}", k.name()));
        }
        for i in Ix::ALL {
            assert_eq!(names[ix_tree(i)], i.name());
        }
    }
}
