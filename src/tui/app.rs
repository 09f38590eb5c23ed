//! The application: screens in tabs, popups stacked over them, a footer.

use super::action::Action;
use super::keymap::{Chord, KeyCodeOrd, Keymap, Resolved, Resolver};
use super::popups::confirm::Confirm;
use super::text::Text;
use super::theme::Theme;
use super::widgets::{centered, fit, wrapped_lines};
use super::{Door, DoorEvent};
use crate::desk::{Me, Request, Response};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use ratatui::Frame;

/// What drawing needs besides the state.
pub struct Ui {
    pub theme: Theme,
    pub text: Text,
    pub keymap: Keymap,
}

/// How a layer takes typed characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextMode {
    /// Keys are only actions.
    None,
    /// A text field has focus: typed characters go to it before the keymap.
    TextFirst,
    /// Type-to-filter: bound keys act, other characters go to the filter.
    KeysFirst,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Ok,
    Error,
    Info,
}

/// What a layer asks of the app.
pub enum Cmd {
    Push(Box<dyn Layer>),
    Close,
    Status(String, Severity),
    /// Records changed: screens reload.
    Reload,
    OpenCard(String),
    Tab(usize),
    /// Quit now, without asking.
    Quit,
}

pub struct Ctx<'a> {
    pub door: &'a dyn Door,
    pub ui: &'a Ui,
    cmds: Vec<Cmd>,
}

impl<'a> Ctx<'a> {
    pub fn push(&mut self, layer: Box<dyn Layer>) {
        self.cmds.push(Cmd::Push(layer));
    }
    pub fn close(&mut self) {
        self.cmds.push(Cmd::Close);
    }
    pub fn ok(&mut self, msg: impl Into<String>) {
        self.cmds.push(Cmd::Status(msg.into(), Severity::Ok));
    }
    pub fn error(&mut self, msg: impl Into<String>) {
        self.cmds.push(Cmd::Status(msg.into(), Severity::Error));
    }
    pub fn info(&mut self, msg: impl Into<String>) {
        self.cmds.push(Cmd::Status(msg.into(), Severity::Info));
    }
    /// "Saved", or "Saved — and what deserves a second look".
    pub fn saved_with(
        &mut self,
        msg: impl Into<String>,
        warnings: &[crate::domain::warnings::Warning],
    ) {
        let msg = msg.into();
        if warnings.is_empty() {
            return self.ok(msg);
        }
        let words = crate::text::catalog::catalog(self.ui.text.lang);
        let notes: Vec<String> = warnings.iter().map(|w| (words.domain.warning)(w)).collect();
        self.info(format!("{msg} — {}", notes.join("; ")));
    }
    pub fn reload(&mut self) {
        self.cmds.push(Cmd::Reload);
    }
    pub fn open_card(&mut self, id: &str) {
        self.cmds.push(Cmd::OpenCard(id.to_string()));
    }
    pub fn tab(&mut self, i: usize) {
        self.cmds.push(Cmd::Tab(i));
    }
    pub fn quit(&mut self) {
        self.cmds.push(Cmd::Quit);
    }
    /// Asks the desk for an answer of one shape: `take` picks it out. Any other
    /// answer is a program error, said in the status line rather than ignored.
    pub fn ask_for<T>(
        &mut self,
        req: Request,
        take: impl FnOnce(Response) -> Result<T, Box<Response>>,
    ) -> Option<T> {
        match take(self.ask(req)?) {
            Ok(v) => Some(v),
            Err(other) => {
                let what = other.variant();
                self.error(format!("{} ({what})", self.ui.text.unexpected_answer));
                None
            }
        }
    }

    /// Asks the desk; an error goes to the status line and gives `None`.
    pub fn ask(&mut self, req: Request) -> Option<Response> {
        match self.door.ask(req) {
            Ok(r) => Some(r),
            Err(e) => {
                self.error(e.message(self.door.lang()));
                None
            }
        }
    }
}

/// `ctx.ask_for` with a pattern: `ask_for!(ctx, Request::Stats, Response::Stats(s) => s)`.
macro_rules! ask_for {
    ($ctx:expr, $req:expr, $pat:pat => $out:expr) => {
        $ctx.ask_for($req, |r| match r {
            $pat => Ok($out),
            other => Err(Box::new(other)),
        })
    };
}
pub(crate) use ask_for;

/// A screen or a popup.
pub trait Layer {
    fn text_mode(&self) -> TextMode {
        TextMode::None
    }
    /// A key for a text field (characters, Backspace, arrows): true if taken.
    fn key(&mut self, _key: &Chord, _ctx: &mut Ctx) -> bool {
        false
    }
    /// An action: true if taken.
    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool;
    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui);
    /// The most useful keys, for the footer.
    fn hints(&self, ui: &Ui) -> Vec<(Action, &'static str)>;
    /// The keys of this layer with what they do here, for the help (F1): the
    /// footer's, unless the layer has more to say (keys that are not actions).
    fn help(&self, ui: &Ui) -> Vec<super::popups::help::KeyHelp> {
        super::popups::help::Help::from_hints(&self.hints(ui), ui)
    }
    /// Unsaved input that quitting would lose.
    fn dirty(&self) -> bool {
        false
    }
    /// Popups covering the whole main area hide what is under them.
    fn full(&self) -> bool {
        false
    }
    /// Records changed somewhere: read them again.
    fn reload(&mut self, _ctx: &mut Ctx) {}
    /// The one participant this layer shows, if so: a pushed change about
    /// somebody else leaves it alone (reading a card again is audited).
    fn watches(&self) -> Option<&str> {
        None
    }
    /// What the layer put off until the first frame was on screen (a read that
    /// grows with the club); true if it read anything.
    fn after_first_frame(&mut self, _ctx: &mut Ctx) -> bool {
        false
    }
}

pub trait Screen: Layer {
    fn title(&self, text: &Text) -> &'static str;
}

pub struct App<'d> {
    door: &'d dyn Door,
    pub ui: Ui,
    resolver: Resolver,
    screens: Vec<Box<dyn Screen>>,
    /// Screens whose records changed while out of view.
    stale: Vec<bool>,
    tab: usize,
    popups: Vec<Box<dyn Layer>>,
    status: Option<(String, Severity)>,
    pub me: Option<Me>,
    pub quit: bool,
    /// The terminal's size at the last frame: below the minimum only quitting acts,
    /// since nothing else can be seen.
    drawn_size: std::cell::Cell<(u16, u16)>,
}

/// The most lines a status message takes at the foot (at 80×23 the screen keeps 16).
const STATUS_LINES: usize = 6;

/// The smallest terminal kis lays out for: 80×24 less a tmux or screen status line.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 23;

fn too_small((w, h): (u16, u16)) -> bool {
    w < MIN_WIDTH || h < MIN_HEIGHT
}

impl<'d> App<'d> {
    /// The program's window with every screen read, as tests and benchmarks see it.
    pub fn new(door: &'d dyn Door, ui: Ui) -> App<'d> {
        let mut app = App::opening(door, ui);
        app.after_first_frame();
        app
    }

    /// As `new`, but what the screen in view puts off is left for
    /// `after_first_frame`: the terminal draws the first frame before it.
    pub fn opening(door: &'d dyn Door, ui: Ui) -> App<'d> {
        let me = match door.ask(Request::Whoami) {
            Ok(Response::Me(me)) => Some(me),
            _ => None,
        };
        let mut app = App {
            drawn_size: std::cell::Cell::new((MIN_WIDTH, MIN_HEIGHT)),
            door,
            ui,
            resolver: Resolver::default(),
            screens: Vec::new(),
            stale: Vec::new(),
            tab: 0,
            popups: Vec::new(),
            status: None,
            me,
            quit: false,
        };
        use super::screens::{activities, contracts, participants, psu, reports, today};
        app.screens = vec![
            Box::new(today::Today::default()),
            Box::new(participants::Participants::default()),
            Box::new(contracts::Contracts::default()),
            Box::new(psu::Psu::default()),
            Box::new(activities::Activities::default()),
            Box::new(reports::Reports::default()),
        ];
        app.stale = vec![true; app.screens.len()];
        app.reload_all();
        app
    }

    /// Reads what the screen in view put off; true if the frame must be drawn again.
    pub fn after_first_frame(&mut self) -> bool {
        let tab = self.tab;
        let (mut ctx, screens, _, _) = self.split();
        let read = screens[tab].after_first_frame(&mut ctx);
        let cmds = ctx.cmds;
        self.apply(cmds);
        read
    }

    pub fn set_status(&mut self, msg: String, sev: Severity) {
        self.status = Some((msg, sev));
    }

    pub fn tab(&self) -> usize {
        self.tab
    }

    /// A fresh context for the layers, and the layers, borrowed apart.
    #[allow(clippy::type_complexity)]
    fn split(
        &mut self,
    ) -> (
        Ctx<'_>,
        &mut Vec<Box<dyn Screen>>,
        &mut Vec<Box<dyn Layer>>,
        &mut Vec<bool>,
    ) {
        let ctx = Ctx {
            door: self.door,
            ui: &self.ui,
            cmds: Vec::new(),
        };
        (ctx, &mut self.screens, &mut self.popups, &mut self.stale)
    }

    fn run<R>(&mut self, f: impl FnOnce(&mut dyn Layer, &mut Ctx) -> R) -> R {
        let tab = self.tab;
        let (mut ctx, screens, popups, _) = self.split();
        let r = match popups.last_mut() {
            Some(p) => f(p.as_mut(), &mut ctx),
            None => f(screens[tab].as_mut(), &mut ctx),
        };
        let cmds = ctx.cmds;
        self.apply(cmds);
        r
    }

    fn apply(&mut self, cmds: Vec<Cmd>) {
        for c in cmds {
            match c {
                Cmd::Push(p) => self.popups.push(p),
                Cmd::Close => {
                    self.popups.pop();
                }
                Cmd::Status(m, s) => self.status = Some((m, s)),
                Cmd::Reload => self.reload_all(),
                Cmd::OpenCard(id) => self.open_card(&id),
                Cmd::Tab(i) if i < self.screens.len() => {
                    self.popups.clear();
                    self.show(i);
                }
                Cmd::Tab(_) => {}
                Cmd::Quit => self.quit = true,
            }
        }
    }

    fn reload_all(&mut self) {
        self.reload_where(|_| true);
    }

    /// Reloads the screen in view and the popups `concerned` says are touched.
    fn reload_where(&mut self, concerned: impl Fn(Option<&str>) -> bool) {
        let tab = self.tab;
        let (mut ctx, screens, popups, stale) = self.split();
        // Only the screen in view reads now; the others when they come into view.
        for (i, s) in screens.iter_mut().enumerate() {
            if i == tab {
                s.reload(&mut ctx);
            }
            stale[i] = i != tab;
        }
        for p in popups.iter_mut() {
            if concerned(p.watches()) {
                p.reload(&mut ctx);
            }
        }
        let cmds: Vec<Cmd> = ctx
            .cmds
            .into_iter()
            .filter(|c| !matches!(c, Cmd::Reload))
            .collect();
        self.apply(cmds);
    }

    /// Brings a screen into view, reading its records if they changed meanwhile.
    fn show(&mut self, i: usize) {
        self.tab = i;
        if self.stale[i] {
            self.stale[i] = false;
            let (mut ctx, screens, _, _) = self.split();
            screens[i].reload(&mut ctx);
            let cmds = ctx.cmds;
            self.apply(cmds);
        }
    }

    pub fn open_card(&mut self, id: &str) {
        let (mut ctx, _, _, _) = self.split();
        if let Some(card) = super::screens::card::CardView::open(id, &mut ctx) {
            ctx.push(Box::new(card));
        }
        let cmds = ctx.cmds;
        self.apply(cmds);
    }

    fn dirty(&self) -> bool {
        self.popups.iter().any(|p| p.dirty()) || self.screens.iter().any(|s| s.dirty())
    }

    fn top_text_mode(&self) -> TextMode {
        match self.popups.last() {
            Some(p) => p.text_mode(),
            None => self.screens[self.tab].text_mode(),
        }
    }

    /// Takes in what the door heard (pushed changes, a lost or regained
    /// server); true if the screen must be drawn again.
    pub fn pump(&mut self) -> bool {
        let events = self.door.poll();
        let mut changed = false;
        for e in events {
            changed = true;
            match e {
                DoorEvent::Changed(note) => {
                    let everything = note.records.is_empty();
                    self.reload_where(|watched| {
                        everything
                            || watched.is_none_or(|id| {
                                note.records
                                    .iter()
                                    .any(|r| r.participant_id.as_deref() == Some(id))
                            })
                    });
                    if self.status.is_none() {
                        // Unsaved input stays on screen: say so rather than "refreshed".
                        let msg = if self.dirty() {
                            let t = &self.ui.text;
                            (t.corrections.changed_while_editing)(
                                &note.name,
                                &self.ui.keymap.first_label(Action::Save),
                                &self.ui.keymap.first_label(Action::Refresh),
                            )
                        } else {
                            self.ui.text.changed_by(&note.name)
                        };
                        self.status = Some((msg, Severity::Info));
                    }
                }
                DoorEvent::Lost => {
                    self.status = Some((self.ui.text.server_lost().into(), Severity::Error));
                }
                DoorEvent::Regained => {
                    self.reload_all();
                    self.status = Some((self.ui.text.server_regained().into(), Severity::Ok));
                }
            }
        }
        changed
    }

    /// Handles one key press; true if the screen must be drawn again.
    pub fn handle_key(&mut self, chord: Chord) -> bool {
        // Too small to see anything: every key but quitting waits.
        if too_small(self.drawn_size.get()) {
            let ctrl_c = chord.ctrl && chord.code == KeyCodeOrd::Char('c');
            let quit = ctrl_c
                || match self.resolver.feed(&self.ui.keymap, chord) {
                    Resolved::Action(a) => a == Action::Quit,
                    Resolved::Either(all) => all.contains(&Action::Quit),
                    _ => false,
                };
            return quit && self.global(Action::Quit);
        }
        // A status message lasts until the next key.
        let had_status = self.status.take().is_some();
        let mode = self.top_text_mode();
        if mode == TextMode::TextFirst && self.run(|l, ctx| l.key(&chord, ctx)) {
            self.resolver.clear();
            return true;
        }
        let mut actions = match self.resolver.feed(&self.ui.keymap, chord) {
            Resolved::Action(a) => vec![a],
            Resolved::Either(all) => all,
            Resolved::Pending => return had_status,
            Resolved::Unbound => vec![],
        };
        // Ctrl+C arrives as a key in raw mode: it quits like F10.
        if actions.is_empty() && chord.ctrl && chord.code == KeyCodeOrd::Char('c') {
            actions.push(Action::Quit);
        }
        if actions.is_empty() {
            let taken = mode == TextMode::KeysFirst && self.run(|l, ctx| l.key(&chord, ctx));
            return taken || had_status;
        }
        // The screen's own action first, then the general one.
        for &action in &actions {
            if self.run(|l, ctx| l.action(action, ctx)) {
                return true;
            }
        }
        actions.into_iter().any(|a| self.global(a)) || had_status
    }

    /// Actions that work anywhere a layer did not take them.
    fn global(&mut self, a: Action) -> bool {
        match a {
            Action::Quit => {
                if self.dirty() {
                    let t = &self.ui.text;
                    let ask = Confirm::new(t.quit_title, t.quit_question, |ctx| ctx.quit());
                    self.popups.push(Box::new(ask.or_again(Action::Quit)));
                } else {
                    self.quit = true;
                }
            }
            Action::Help => {
                let here = match self.popups.last() {
                    Some(p) => p.help(&self.ui),
                    None => self.screens[self.tab].help(&self.ui),
                };
                let help = super::popups::help::Help::new(here);
                self.popups.push(Box::new(help));
            }
            Action::Refresh => {
                self.reload_all();
                self.status = Some((self.ui.text.refreshed().into(), Severity::Ok));
            }
            Action::Lookup => self
                .popups
                .push(Box::new(super::popups::lookup::Lookup::default())),
            Action::Close if !self.popups.is_empty() => {
                self.popups.pop();
            }
            Action::NextScreen if self.popups.is_empty() => {
                self.show((self.tab + 1) % self.screens.len())
            }
            Action::PrevScreen if self.popups.is_empty() => {
                self.show((self.tab + self.screens.len() - 1) % self.screens.len())
            }
            a => match a.screen_index() {
                Some(i) if i < self.screens.len() => {
                    if self.popups.iter().any(|p| p.dirty()) {
                        return false;
                    }
                    self.popups.clear();
                    self.show(i);
                }
                _ => return false,
            },
        }
        true
    }

    pub fn draw(&self, f: &mut Frame) {
        let area = f.area();
        let (theme, text) = (&self.ui.theme, &self.ui.text);
        self.drawn_size.set((area.width, area.height));
        if too_small((area.width, area.height)) {
            let msg = text.too_small_size(area.width, area.height);
            let r = centered(area, area.width, 1);
            f.render_widget(
                Paragraph::new(fit(&msg, area.width as usize, theme)).style(theme.error()),
                r,
            );
            return;
        }
        // A message longer than a line takes the lines it needs rather than being cut.
        let foot_h = match &self.status {
            Some((msg, _)) => wrapped_lines(msg, area.width as usize).min(STATUS_LINES) as u16,
            None => 1,
        };
        let [top, main, foot] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(foot_h),
        ])
        .areas(area);
        self.draw_tabs(f, top);
        let full_popup = self.popups.iter().rposition(|p| p.full());
        if full_popup.is_none() {
            self.screens[self.tab].draw(f, main, &self.ui);
        }
        for p in &self.popups[full_popup.unwrap_or(0)..] {
            if !p.full() {
                // a small popup keeps what is under it visible
            } else {
                f.render_widget(Clear, main);
            }
            p.draw(f, main, &self.ui);
        }
        self.draw_footer(f, foot);
        if theme.ascii {
            super::theme::asciify(f.buffer_mut());
        }
    }

    /// The tabs, and the login on the right. The first that fits: full labels,
    /// then compact ones, then with plain separators; the login with its role,
    /// then alone, so that it shows at 80 columns too.
    fn draw_tabs(&self, f: &mut Frame, area: Rect) {
        let (theme, text) = (&self.ui.theme, &self.ui.text);
        let width = area.width as usize;
        let titles: Vec<&str> = self.screens.iter().map(|s| s.title(text)).collect();
        let tabs = |level: u8| -> Vec<Span<'static>> {
            let mut spans = Vec::new();
            if level == 0 {
                spans.push(Span::styled(format!(" {} ", text.app_title), theme.title()));
            }
            let sep = theme.sep();
            let sep = match level {
                0 | 1 => sep.trim_end(),
                _ => sep.trim(),
            };
            for (i, t) in titles.iter().enumerate() {
                let label = if level == 0 {
                    format!(" {} {t} ", i + 1)
                } else {
                    format!("{} {t}", i + 1)
                };
                let style = if i == self.tab {
                    theme.active_tab()
                } else {
                    theme.label()
                };
                if level == 0 || i > 0 {
                    spans.push(Span::raw(sep.to_string()));
                }
                spans.push(Span::styled(label, style));
            }
            spans
        };
        let width_of = |spans: &[Span]| spans.iter().map(|s| s.content.chars().count()).sum();
        let who: Vec<String> = match &self.me {
            Some(me) => vec![
                format!(" {} ({}) ", me.login, me.role),
                format!(" {} ", me.login),
            ],
            None => vec![],
        };
        let mut chosen = None;
        'levels: for (level, who_at) in [(0, 0), (1, 0), (1, 1), (2, 0), (2, 1)] {
            let spans = tabs(level);
            let used: usize = width_of(&spans);
            match who.get(who_at) {
                Some(w) if used + w.chars().count() <= width => {
                    chosen = Some((spans, Some(w.clone())));
                    break 'levels;
                }
                None if used <= width => {
                    chosen = Some((spans, None));
                    break 'levels;
                }
                _ => {}
            }
        }
        let (mut spans, who) = chosen.unwrap_or_else(|| {
            let full = tabs(0);
            if width_of(&full) <= width {
                (full, None)
            } else {
                (tabs(1), None)
            }
        });
        if let Some(who) = who {
            let used: usize = width_of(&spans);
            let room = width - used;
            // The login's leading space is part of the padding.
            spans.push(Span::raw(" ".repeat(room + 1 - who.chars().count())));
            spans.push(Span::styled(who.trim_start().to_string(), theme.dim()));
        }
        f.render_widget(Paragraph::new(Line::from(spans)), area);
    }

    fn draw_footer(&self, f: &mut Frame, area: Rect) {
        let (theme, keymap) = (&self.ui.theme, &self.ui.keymap);
        let mut spans = Vec::new();
        if let Some((msg, sev)) = &self.status {
            let style = match sev {
                Severity::Ok => theme.ok(),
                Severity::Error => theme.error(),
                Severity::Info => theme.warn(),
            };
            let clean = if wrapped_lines(msg, area.width as usize) > STATUS_LINES {
                fit(msg, STATUS_LINES * area.width as usize, theme)
            } else {
                fit(msg, usize::MAX, theme)
            };
            spans.push(Span::styled(clean, style));
            f.render_widget(
                Paragraph::new(Line::from(spans)).wrap(ratatui::widgets::Wrap { trim: false }),
                area,
            );
            return;
        }
        let hints = match self.popups.last() {
            Some(p) => p.hints(&self.ui),
            None => self.screens[self.tab].hints(&self.ui),
        };
        let link = self.door.link();
        let mark = self.ui.text.link(link);
        let [area, mark_area] = Layout::horizontal([
            Constraint::Min(1),
            Constraint::Length(if mark.is_empty() {
                0
            } else {
                mark.chars().count() as u16 + 2
            }),
        ])
        .areas(area);
        if !mark.is_empty() {
            let style = if link == super::Link::Lost {
                theme.error()
            } else {
                theme.dim()
            };
            f.render_widget(
                Paragraph::new(Line::from(Span::styled(format!("[{mark}]"), style))),
                mark_area,
            );
        }
        let mut used = 0usize;
        for (i, (action, label)) in hints.iter().enumerate() {
            let key = keymap.first_label(*action);
            if key.is_empty() {
                continue;
            }
            let sep = if i == 0 { "" } else { theme.sep() };
            let len = sep.chars().count() + key.chars().count() + 1 + label.chars().count();
            if used + len > area.width as usize {
                break;
            }
            used += len;
            spans.push(Span::raw(sep.to_string()));
            spans.push(Span::styled(key, theme.key()));
            spans.push(Span::raw(format!(" {label}")));
        }
        f.render_widget(Paragraph::new(Line::from(spans)), area);
    }
}

/// For the layers' unit tests: a context over a door that answers nothing,
/// and the names of the commands a call queued.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use crate::desk::DeskError;
    use crate::text::Lang;

    struct Nobody;

    impl Door for Nobody {
        fn ask(&self, _req: Request) -> Result<Response, DeskError> {
            Err(DeskError::said_in(|_| "no desk in a unit test".into()))
        }
        fn lang(&self) -> Lang {
            Lang::En
        }
    }

    pub fn ui() -> Ui {
        Ui {
            theme: Theme {
                color: false,
                ascii: false,
            },
            text: Text::new(Lang::En),
            keymap: Keymap::builtin("default").expect("the default keymap"),
        }
    }

    /// Runs `f` with a context; gives its result and the commands it queued.
    pub fn with_ctx<R>(ui: &Ui, f: impl FnOnce(&mut Ctx) -> R) -> (R, Vec<&'static str>) {
        let mut ctx = Ctx {
            door: &Nobody,
            ui,
            cmds: Vec::new(),
        };
        let r = f(&mut ctx);
        let names = ctx
            .cmds
            .iter()
            .map(|c| match c {
                Cmd::Push(_) => "push",
                Cmd::Close => "close",
                Cmd::Status(..) => "status",
                Cmd::Reload => "reload",
                Cmd::OpenCard(_) => "open_card",
                Cmd::Tab(_) => "tab",
                Cmd::Quit => "quit",
            })
            .collect();
        (r, names)
    }
}
