//! Everything a key can do, named in the keymap files.

macro_rules! actions {
    ($($var:ident = $name:literal),+ $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Action { $($var),+ }

        impl Action {
            pub const ALL: &'static [Action] = &[$(Action::$var),+];

            pub fn name(self) -> &'static str {
                match self { $(Action::$var => $name),+ }
            }

            pub fn from_name(name: &str) -> Option<Action> {
                match name { $($name => Some(Action::$var),)+ _ => None }
            }
        }
    };
}

actions! {
    Quit = "quit",
    Help = "help",
    Lookup = "lookup",
    Save = "save",
    New = "new",
    Close = "close",
    Up = "up",
    Down = "down",
    Left = "left",
    Right = "right",
    PageUp = "page_up",
    PageDown = "page_down",
    Top = "top",
    Bottom = "bottom",
    NextScreen = "next_screen",
    PrevScreen = "prev_screen",
    Screen1 = "screen_1",
    Screen2 = "screen_2",
    Screen3 = "screen_3",
    Screen4 = "screen_4",
    Screen5 = "screen_5",
    Screen6 = "screen_6",
    Confirm = "confirm",
    Toggle = "toggle",
    Delete = "delete",
    Refresh = "refresh",
    NextField = "next_field",
    PrevField = "prev_field",
    Filter = "filter",
    Sort = "sort",
    Print = "print",
    Edit = "edit",
    Demo = "demo",
    MoveUp = "move_up",
    MoveDown = "move_down",
    Consult = "consultation",
    AddPerson = "add_person",
    ChoosePeriod = "choose_period",
    WorksiteFilter = "worksite_filter",
    CompareYears = "compare_years",
}

impl Action {
    /// An action of one screen, named after what it does there: it may share a
    /// key with a general action (Ctrl+O adds a person on Zajęcia and changes
    /// the order on a list), and is offered to the screen first.
    pub fn of_one_screen(self) -> bool {
        use Action::*;
        matches!(
            self,
            AddPerson | ChoosePeriod | WorksiteFilter | CompareYears
        )
    }

    /// The screen number a `screen_N` action switches to.
    pub fn screen_index(self) -> Option<usize> {
        use Action::*;
        Some(match self {
            Screen1 => 0,
            Screen2 => 1,
            Screen3 => 2,
            Screen4 => 3,
            Screen5 => 4,
            Screen6 => 5,
            _ => return None,
        })
    }
}
