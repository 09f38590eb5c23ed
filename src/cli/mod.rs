//! The command line: `kis` opens the TUI; subcommands serve scripts and admins.

mod bench;
mod bench_serve;
mod door;
mod plain;

use crate::desk::door::Door;
use crate::desk::{Actor, Desk, DeskError, LookupHit, Request, Response};
use crate::domain::staff::Role;
use crate::export::TableFormat;
use crate::store::{Options, Store};
use crate::text::catalog::{catalog, CliText};
use crate::text::Lang;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{Read, Write};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "kis",
    version,
    about = "Front desk of a Social Integration Club (KIS)"
)]
pub struct Cli {
    /// The data directory (database, journal, lock).
    #[arg(long, global = true, env = "KIS_DATA")]
    pub data: Option<PathBuf>,
    /// Language of messages and screens: pl (default) or en.
    #[arg(long, global = true, env = "KIS_LANG")]
    pub lang: Option<String>,
    /// Plain ASCII borders, for the Linux console and old terminals (or KIS_ASCII=1).
    #[arg(long, global = true)]
    pub ascii: bool,
    /// Key map: default or vim (a user file ~/.config/kis/keymap.toml goes over it).
    #[arg(long, global = true, env = "KIS_KEYMAP")]
    pub keymap: Option<String>,
    /// Through `kis serve`, act as this staff login (only the account that runs
    /// the server, or root, may: it can read the data files anyway).
    #[arg(long = "as", global = true, env = "KIS_AS", value_name = "LOGIN")]
    pub as_user: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Share the data with several staff: serve it on the socket `kis.sock` in the data directory.
    Serve,
    /// Import a file in the interchange format (JSON Lines) into an empty database.
    Import {
        /// The file, or - for standard input.
        file: String,
    },
    /// Export everything in the interchange format.
    Export {
        /// The file, or - for standard output.
        file: String,
    },
    /// Verify that the database matches the journal and every index its records.
    Check,
    /// Rebuild the database from the journal.
    Rebuild,
    /// Find participants by name, PESEL or phone (Polish letters optional).
    Lookup {
        query: String,
        #[arg(long, value_enum, default_value = "txt")]
        format: Format,
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Fill an empty database with a synthetic demo club.
    Demo,
    /// What is due: contracts ending, overdue actions and goals, graduates, certificates.
    Due {
        /// Look this many days ahead.
        #[arg(long, default_value_t = 14)]
        within: u32,
        #[arg(long, value_enum, default_value = "txt")]
        format: Format,
    },
    /// Print a document: a social contract or a certificate (zaświadczenie).
    Print {
        #[command(subcommand)]
        what: PrintWhat,
        /// txt for a printer, html for a browser.
        #[arg(long, value_enum, default_value = "txt", global = true)]
        format: DocFormat,
    },
    /// The club's report for a period (a year, a half-year, any range).
    Report {
        #[arg(long, value_parser = parse_date)]
        from: chrono::NaiveDate,
        #[arg(long, value_parser = parse_date)]
        to: chrono::NaiveDate,
        #[arg(long, value_enum, default_value = "txt")]
        format: ReportFormat,
        /// Write to this file instead of standard output (xlsx needs a file).
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Activities and specialists in a period: sessions, hours, persons by sex, cost.
    Activities {
        #[arg(long, value_parser = parse_date)]
        from: chrono::NaiveDate,
        #[arg(long, value_parser = parse_date)]
        to: chrono::NaiveDate,
        #[arg(long, value_enum, default_value = "txt")]
        format: TableFormat,
    },
    /// Socially useful work (PSU).
    #[command(subcommand)]
    Psu(PsuCommand),
    /// Write a dated, consistent backup (works while kis or kis serve is running).
    Backup {
        /// The directory for backups (default: `backups` in the data directory).
        #[arg(long)]
        to: Option<PathBuf>,
        /// Keep only the newest N backups there.
        #[arg(long)]
        keep: Option<usize>,
    },
    /// Fill an empty data directory from a backup file.
    Restore { file: PathBuf },
    /// Set aside journal entries that do not read or do not apply (into
    /// journal.set-aside.jsonl), then rebuild the database from the journal.
    Repair,
    /// Personal data past the retention period (club setting, years after the end): list or anonymise.
    Anonymise {
        /// Only those due (required: there is no other mode).
        #[arg(long, required = true)]
        due: bool,
        /// Anonymise them (admins); without it, only the list.
        #[arg(long)]
        apply: bool,
        /// Do not ask for confirmation (scripts).
        #[arg(long)]
        yes: bool,
    },
    /// Who read and who changed what, and when (admins and coordinators).
    Audit {
        #[arg(long)]
        participant: Option<String>,
        #[arg(long)]
        user: Option<String>,
        #[arg(long, value_parser = parse_date)]
        from: Option<chrono::NaiveDate>,
        #[arg(long, value_parser = parse_date)]
        to: Option<chrono::NaiveDate>,
        #[arg(long, value_enum, default_value = "txt")]
        format: Format,
    },
    /// Everything stored about a person, for a request under art. 15 RODO (admins).
    PersonExport {
        participant: String,
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
    },
    /// Staff accounts (admins only).
    #[command(subcommand)]
    User(UserCommand),
    /// Measure import, lookup, memory and size on generated data.
    Bench {
        #[arg(long, default_value_t = 100_000)]
        participants: usize,
        #[arg(long, default_value_t = 1_000_000)]
        hours: usize,
        #[arg(long, default_value_t = 2000)]
        lookups: usize,
        /// Measure lookups on an existing benchmark directory (internal).
        #[arg(long, hide = true)]
        reuse: Option<PathBuf>,
        /// Measure the terminal UI instead: bytes per key at 80×24, time to first frame
        /// (on the demo club, or with --reuse DIR on a big database).
        #[arg(long)]
        ui: bool,
        /// Measure `kis serve` instead: lookups, card reads and small writes per
        /// second through the socket, and their round-trip latency.
        #[arg(long)]
        serve: bool,
        /// Clients at once (with --serve).
        #[arg(long, default_value_t = 10)]
        clients: usize,
    },
}

#[derive(Subcommand, Debug)]
pub enum UserCommand {
    /// Add a staff account for an OS login.
    Add {
        login: String,
        #[arg(long)]
        name: String,
        #[arg(long, value_parser = parse_role)]
        role: Role,
    },
    /// List staff accounts.
    List,
    /// Change a staff member's role.
    Role {
        login: String,
        #[arg(value_parser = parse_role)]
        role: Role,
    },
}

fn parse_role(s: &str) -> Result<Role, String> {
    Role::from_code(s)
        .ok_or_else(|| format!("unknown role {s:?}: admin, coordinator, worker or viewer"))
}

#[derive(Subcommand, Debug)]
pub enum PsuCommand {
    /// Printouts of a month: attendance lists per worksite, payroll, refund request, unexcused absences.
    Print {
        #[arg(long, value_parser = parse_month)]
        month: chrono::NaiveDate,
        /// The agreement's id.
        #[arg(long)]
        agreement: String,
        #[arg(long, value_enum, default_value = "txt")]
        format: DocFormat,
    },
    /// The monthly settlement: hours, amounts at each day's rate, refund.
    Settle {
        /// The month, YYYY-MM.
        #[arg(long, value_parser = parse_month)]
        month: chrono::NaiveDate,
        #[arg(long, value_enum, default_value = "txt")]
        format: TableFormat,
    },
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    crate::domain::dates::parse(s)
        .ok_or_else(|| format!("{s:?} is not a date (YYYY-MM-DD or dd.mm.rrrr)"))
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ReportFormat {
    Json,
    Txt,
    Csv,
    Xlsx,
}

fn parse_month(s: &str) -> Result<chrono::NaiveDate, String> {
    crate::domain::dates::parse_month(s)
        .ok_or_else(|| format!("{s:?} is not a month of the form YYYY-MM"))
}

#[derive(Subcommand, Debug)]
pub enum PrintWhat {
    /// A social contract by its id.
    Contract { id: String },
    /// The certificate of a participant whose participation has ended.
    Certificate { participant: String },
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum DocFormat {
    Txt,
    Html,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Json,
    Txt,
}

/// What went wrong, already in words for the user, and the exit code.
pub struct Failure {
    pub message: String,
    pub code: i32,
}

impl Failure {
    fn new(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            code: 1,
        }
    }
}

pub fn data_dir(cli: &Cli) -> PathBuf {
    cli.data.clone().unwrap_or_else(|| {
        directories::ProjectDirs::from("", "", "kis")
            .map(|d| d.data_dir().to_path_buf())
            .unwrap_or_else(|| PathBuf::from(".kis"))
    })
}

pub fn lang(cli: &Cli) -> Lang {
    cli.lang
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_default()
}

pub fn open_desk(cli: &Cli) -> Result<Desk, Failure> {
    let lang = lang(cli);
    let store = Store::open(&data_dir(cli), &Options::default())
        .map_err(|e| Failure::new(e.message(lang)))?;
    // What opening found is said on stderr (the server's log) before anything else.
    if let Some(r) = store.recovered() {
        eprintln!("kis: {}", r.message(lang));
    }
    if let Some(b) = store.blocked() {
        let e = crate::store::StoreError::Blocked {
            seq: b.seq,
            reason: b.reason,
        };
        eprintln!("kis: {}", e.message(lang));
    }
    Desk::new(store, lang).map_err(|e| Failure::new(e.message(lang)))
}

/// The server on this data directory if one runs (or a TUI that serves its
/// own user), else the database itself.
pub fn open_door(cli: &Cli) -> Result<Box<dyn Door>, Failure> {
    door::for_command(cli)
}

/// Asks for an answer of one shape; any other is a program error, said, not ignored.
macro_rules! ask_for {
    ($door:expr, $req:expr, $pat:pat => $out:expr) => {
        match ask($door, $req) {
            Ok($pat) => Ok($out),
            Ok(other) => Err(unexpected(&other, $door.lang())),
            Err(e) => Err(e),
        }
    };
}

fn unexpected(answer: &Response, lang: Lang) -> Failure {
    Failure::new((catalog(lang).cli.unexpected_answer)(&answer.variant()))
}

fn ask(door: &dyn Door, req: Request) -> Result<Response, Failure> {
    door.ask(req)
        .map_err(|e: DeskError| Failure::new(e.message(door.lang())))
}

/// Refuses what needs the data to itself while `kis serve` holds it.
fn need_no_server(cli: &Cli) -> Result<(), Failure> {
    door::need_it_alone(cli)?;
    let data = data_dir(cli);
    if std::os::unix::net::UnixStream::connect(crate::remote::socket_path(&data)).is_ok() {
        return Err(Failure::new(
            (catalog(lang(cli)).cli.stop_the_server_first)(&data),
        ));
    }
    Ok(())
}

fn read_input(file: &str) -> Result<String, Failure> {
    let mut text = String::new();
    let res = if file == "-" {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::read_to_string(file).map(|t| text = t)
    };
    res.map_err(|e| Failure::new(format!("{file}: {e}")))?;
    Ok(text)
}

fn write_output(file: &str, text: &str) -> Result<(), Failure> {
    write_bytes(file, text.as_bytes())
}

fn write_bytes(file: &str, bytes: &[u8]) -> Result<(), Failure> {
    let res = if file == "-" {
        let mut out = std::io::stdout().lock();
        out.write_all(bytes).and_then(|_| out.flush())
    } else {
        // An exclusive temporary file beside it, then rename: a crash never
        // leaves half a file, and no planted symlink is followed.
        crate::files::write_file_atomically(
            std::path::Path::new(file),
            bytes,
            crate::files::Access::PRIVATE,
        )
    };
    res.map_err(|e| Failure::new(format!("{file}: {e}")))
}

pub fn run_command(cli: &Cli, command: &Command) -> Result<(), Failure> {
    if let Command::Bench {
        participants,
        hours,
        lookups,
        reuse,
        ui,
        serve,
        clients,
    } = command
    {
        if *serve {
            return bench_serve::run(*participants, *hours, *clients, *lookups)
                .map_err(Failure::new);
        }
        if *ui {
            return bench::ui(reuse.as_deref()).map_err(Failure::new);
        }
        return bench::run(*participants, *hours, *lookups, reuse.as_deref()).map_err(Failure::new);
    }
    match command {
        Command::Serve => {
            door::need_it_alone(cli)?;
            return crate::remote::server::serve(&data_dir(cli), lang(cli), || {
                // Commands that find the data locked by a server wait for its socket.
                crate::store::lock::set_role(crate::store::lock::HolderRole::Serve);
                open_desk(cli).map_err(|f| f.message)
            })
            .map_err(Failure::new);
        }
        Command::Backup { to, keep } => {
            let data = data_dir(cli);
            // When nobody holds the data, opening it first refuses a journal that is
            // missing or cut short (a backup of it would look fine and hold nothing).
            match Store::open(&data, &Options::default()) {
                Ok(_) | Err(crate::store::StoreError::Locked(_)) => {}
                Err(e) => return Err(Failure::new(e.message(lang(cli)))),
            }
            let to = to.clone().unwrap_or_else(|| data.join("backups"));
            let path = crate::desk::backup::take(&data, &to, *keep)
                .map_err(|e| Failure::new(e.message(lang(cli))))?;
            println!("{}", path.display());
            return Ok(());
        }
        Command::Anonymise {
            apply: true, yes, ..
        } => {
            need_no_server(cli)?;
            let data = data_dir(cli);
            let t = &catalog(lang(cli)).cli;
            if !yes {
                use std::io::IsTerminal;
                if !std::io::stdin().is_terminal() {
                    return Err(Failure::new(t.not_a_terminal));
                }
                let due = {
                    let desk = open_desk(cli)?;
                    desk.anonymisation_due(&Actor::local())
                        .map_err(|e| Failure::new(e.message(desk.lang)))?
                };
                if due.is_empty() {
                    println!("{}", t.nobody_due);
                    return Ok(());
                }
                eprint!("{}", (t.anonymise_for_good)(due.len()));
                let mut answer = String::new();
                let _ = std::io::stdin().read_line(&mut answer);
                if !matches!(
                    answer.trim().to_lowercase().as_str(),
                    "t" | "y" | "tak" | "yes"
                ) {
                    return Err(Failure::new(t.nothing_changed));
                }
            }
            let (done, left) = crate::desk::anonymise::anonymise_and_clean(
                &data,
                &Actor::local(),
                lang(cli),
                &crate::files::print_dir(),
            )
            .map_err(|e| Failure::new(e.message(lang(cli))))?;
            for d in &done {
                println!(
                    "{}",
                    plain::row(&[&d.participant_id, &d.ended_on.to_string()])
                );
            }
            print_leftovers(&left, t);
            println!("{}", (t.anonymised)(done.len()));
            return Ok(());
        }
        Command::Repair => {
            need_no_server(cli)?;
            let data = data_dir(cli);
            let lang = lang(cli);
            let report = crate::store::repair::repair(&data, &Options::default())
                .map_err(|e| Failure::new(e.message(lang)))?;
            print!("{}", report.message(lang));
            return Ok(());
        }
        Command::Restore { file } => {
            need_no_server(cli)?;
            let data = data_dir(cli);
            let seq = crate::desk::backup::restore(file, &data)
                .map_err(|e| Failure::new(e.message(lang(cli))))?;
            println!("{}", (catalog(lang(cli)).cli.restored)(seq, &data));
            return Ok(());
        }
        _ => {}
    }
    let door = open_door(cli)?;
    let door = door.as_ref();
    let t = &catalog(door.lang()).cli;
    match command {
        Command::Import { file } => {
            let text = read_input(file)?;
            let s = ask_for!(door, Request::Import { text }, Response::Imported(s) => s)?;
            eprintln!("{}", (t.imported)(s.records, file));
        }
        Command::Export { file } => {
            let text = ask_for!(door, Request::Export, Response::Exported(text) => text)?;
            write_output(file, &text)?;
        }
        Command::Check => {
            let r = ask_for!(door, Request::Check, Response::Checked(r) => r)?;
            for p in &r.problems {
                println!("{}", crate::text::clean::clean_line(p));
            }
            if r.ok() {
                println!("{}", (t.check_ok)(r.records, r.journal_entries));
            } else {
                return Err(Failure::new((t.problems_found)(r.problems.len())));
            }
        }
        Command::Rebuild => {
            let last_seq =
                ask_for!(door, Request::Rebuild, Response::Rebuilt { last_seq } => last_seq)?;
            println!("{}", (t.rebuilt)(last_seq));
        }
        Command::Lookup {
            query,
            format,
            limit,
        } => {
            let hits = ask_for!(door, Request::Lookup {
                    query: query.clone(),
                    limit: *limit,
                }, Response::Hits(hits) => hits)?;
            print_hits(&hits, *format);
        }
        Command::Demo => {
            let s = ask_for!(door, Request::LoadDemo, Response::Imported(s) => s)?;
            println!("{}", (t.demo_loaded)(s.records));
        }
        Command::Due { within, format } => {
            let items =
                ask_for!(door, Request::Due { within: *within }, Response::Due(items) => items)?;
            print_due(&items, *format, door.lang());
        }
        Command::Print { what, format } => {
            let which = match what {
                PrintWhat::Contract { id } => crate::desk::DocumentKind::Contract(id.clone()),
                PrintWhat::Certificate { participant } => {
                    crate::desk::DocumentKind::Certificate(participant.clone())
                }
            };
            let text = ask_for!(door, Request::Document {
                    which,
                    html: *format == DocFormat::Html,
                }, Response::Document(text) => text)?;
            plain::print_block(&text);
        }
        Command::Report {
            from,
            to,
            format,
            output,
        } => {
            if to < from {
                return Err(Failure::new(t.to_before_from));
            }
            let r = ask_for!(door, Request::Report {
                    from: *from,
                    to: *to,
                }, Response::Report(r) => r)?;
            let bytes = match format {
                ReportFormat::Json => crate::export::report::to_json(&r).into_bytes(),
                ReportFormat::Txt => crate::export::report::to_text(&r, door.lang()).into_bytes(),
                ReportFormat::Csv => crate::export::report::to_csv(&r, door.lang()).into_bytes(),
                ReportFormat::Xlsx => {
                    crate::export::report::to_xlsx(&r, door.lang()).map_err(Failure::new)?
                }
            };
            match output {
                Some(path) => write_bytes(&path.to_string_lossy(), &bytes)?,
                None if *format == ReportFormat::Xlsx => {
                    return Err(Failure::new(t.xlsx_needs_output))
                }
                None => write_bytes("-", &bytes)?,
            }
        }
        Command::Activities { from, to, format } => {
            let a = ask_for!(door, Request::Activities {
                    from: *from,
                    to: *to,
                }, Response::Activities(a) => a)?;
            print!(
                "{}",
                crate::export::activities::render(&a, *format, door.lang())
            );
        }
        Command::Psu(PsuCommand::Print {
            month,
            agreement,
            format,
        }) => {
            let req = Request::PsuPrintouts {
                agreement_id: agreement.clone(),
                month: *month,
                html: *format == DocFormat::Html,
            };
            let text = ask_for!(door, req, Response::Document(text) => text)?;
            plain::print_block(&text);
        }
        Command::Psu(PsuCommand::Settle { month, format }) => {
            let s =
                ask_for!(door, Request::Settle { month: *month }, Response::Settlement(s) => s)?;
            print!(
                "{}",
                crate::export::settlement::render(&s, *month, *format, door.lang())
            );
        }
        Command::Audit {
            participant,
            user,
            from,
            to,
            format,
        } => {
            let req = Request::Audit {
                participant: participant.clone(),
                user: user.clone(),
                from: *from,
                to: *to,
            };
            let lines = ask_for!(door, req, Response::Audit(lines) => lines)?;
            match format {
                Format::Json => println!(
                    "{}",
                    crate::text::clean::json(
                        &serde_json::to_string(&lines).expect("audit lines serialise")
                    )
                ),
                Format::Txt => {
                    for l in lines {
                        let mut what = format!("{} {}", l.kind, l.id);
                        if let Some(r) = &l.reason {
                            what = format!("{what} — {r}");
                        }
                        println!("{}", plain::row(&[&l.at, &l.actor, &l.action, &what]));
                    }
                }
            }
        }
        Command::PersonExport {
            participant,
            format,
        } => {
            let x = ask_for!(door, Request::PersonExport {
                    id: participant.clone(),
                }, Response::PersonExport(x) => x)?;
            match format {
                Format::Json => println!(
                    "{}",
                    crate::text::clean::json(
                        &serde_json::to_string_pretty(&*x).expect("exports serialise")
                    )
                ),
                Format::Txt => plain::print_block(&x.to_text()),
            }
        }
        Command::Anonymise { .. } => {
            let Response::AnonymisationDue(due) = ask(door, Request::AnonymisationDue)? else {
                return Ok(());
            };
            for d in &due {
                let (ended, due) = (d.ended_on.to_string(), d.due_on.to_string());
                println!("{}", plain::row(&[&d.participant_id, &ended, &due]));
            }
            if due.is_empty() {
                eprintln!("{}", t.nobody_due);
            }
        }
        Command::User(u) => match u {
            UserCommand::Add { login, name, role } => {
                ask(
                    door,
                    Request::AddStaff {
                        login: login.clone(),
                        name: name.clone(),
                        role: *role,
                    },
                )?;
            }
            UserCommand::List => {
                let staff = ask_for!(door, Request::ListStaff, Response::Staff(staff) => staff)?;
                for s in staff {
                    println!("{}", plain::row(&[&s.login, s.role.code(), &s.name]));
                }
            }
            UserCommand::Role { login, role } => {
                ask(
                    door,
                    Request::SetRole {
                        login: login.clone(),
                        role: *role,
                    },
                )?;
            }
        },
        Command::Bench { .. }
        | Command::Backup { .. }
        | Command::Restore { .. }
        | Command::Repair
        | Command::Serve => {
            unreachable!("handled above")
        }
    }
    Ok(())
}

/// What the anonymisation did about backups, and the printouts left to the admin.
fn print_leftovers(left: &crate::desk::anonymise::Leftovers, t: &CliText) {
    for b in &left.removed_backups {
        println!("{}", (t.removed_older_backup)(b));
    }
    if let Some(b) = &left.new_backup {
        println!("{}", (t.new_backup)(b));
    }
    for c in &left.removed_copies {
        println!("{}", (t.removed_recovery_files)(c));
    }
    if let Some(a) = &left.set_aside {
        println!("{}", (t.set_aside_may_name_anonymised)(a));
    }
    for p in &left.printouts {
        println!("{}", (t.printout_names_anonymised)(p));
    }
}

fn print_due(items: &[crate::domain::due::DueItem], format: Format, lang: Lang) {
    match format {
        Format::Json => println!(
            "{}",
            crate::text::clean::json(&serde_json::to_string(items).expect("due items serialise"))
        ),
        Format::Txt => {
            for i in items {
                println!(
                    "{}",
                    plain::row(&[
                        &crate::domain::dates::pl(i.date),
                        crate::text::due_kind(lang, i.kind),
                        &i.participant_id,
                        i.contract_id.as_deref().unwrap_or("-"),
                    ])
                );
            }
        }
    }
}

fn print_hits(hits: &[LookupHit], format: Format) {
    match format {
        Format::Json => println!(
            "{}",
            crate::text::clean::json(&serde_json::to_string(hits).expect("hits serialise"))
        ),
        Format::Txt => {
            for h in hits {
                let name = format!("{} {}", h.last_name, h.first_name);
                println!(
                    "{}",
                    plain::row(&[
                        &h.participant_id,
                        &name,
                        h.pesel.as_deref().unwrap_or("-"),
                        h.phone.as_deref().unwrap_or("-"),
                        &h.status.to_string(),
                    ])
                );
            }
        }
    }
}

/// Opens the terminal UI on the local database.
pub fn run_tui(cli: &Cli) -> Result<(), Failure> {
    use crate::tui::{app::App, app::Ui, keymap::Keymap, text::Text, theme::Theme};
    // Holding the data, the TUI serves its own user on the socket, so that
    // commands work while it is open.
    let (door, unshared): (Box<dyn Door>, _) =
        match door::connect_or_open(door::Opening { cli, tui: true })? {
            Ok(remote) => (remote, None),
            Err(desk) => {
                let (host, why) = crate::remote::personal::HostDoor::serve(desk, Actor::local());
                (Box::new(host), why)
            }
        };
    let lang = door.lang();
    let keymap_name = cli.keymap.clone().unwrap_or_else(|| "default".into());
    let user_file =
        directories::BaseDirs::new().map(|d| d.config_dir().join("kis").join("keymap.toml"));
    let (keymap, warning) = Keymap::load(&keymap_name, user_file.as_deref());
    let ui = Ui {
        theme: Theme::from_env(cli.ascii),
        text: Text::new(lang),
        keymap,
    };
    let mut app = App::new(door.as_ref(), ui);
    if let Some(w) = warning {
        let msg = format!("{}: {w}", app.ui.text.keymap_warning);
        app.set_status(msg, crate::tui::app::Severity::Error);
    }
    if let Some(why) = unshared {
        let msg = (catalog(lang).cli.commands_shut_out)(&why);
        app.set_status(msg, crate::tui::app::Severity::Error);
    }
    crate::tui::terminal::run(&mut app).map_err(|e| Failure::new(format!("terminal: {e}")))
}
