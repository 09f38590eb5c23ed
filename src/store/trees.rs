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
    /// participant + contract → ()
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
}

impl Ix {
    pub const ALL: [Ix; 13] = [
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
