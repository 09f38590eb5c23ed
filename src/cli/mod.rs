//! The command line: `kis` opens the TUI; subcommands serve scripts and admins.

mod args;
mod bench;
mod bench_serve;
mod door;
mod plain;

use crate::desk::door::Door;
use crate::desk::{Actor, Desk, DeskError, LookupHit, Request, Response};
use crate::domain::settings::Settings;
use crate::domain::staff::{Role, StaffBasis};
use crate::export::TableFormat;
use crate::store::{Options, Store};
use crate::text::catalog::{catalog, CliText};
use crate::text::Lang;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use std::io::{Read, Write};
use std::path::PathBuf;

/// The command line. Its help and its refusals of what was typed are in the
/// user's language (`args.rs`): `Cli::parse()` words them so.
#[derive(Args, Debug)]
#[command(version, about = "Front desk of a Social Integration Club (KIS)")]
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

impl CommandFactory for Cli {
    /// As the declarations below give it, in English; `args::command` words it.
    fn command() -> clap::Command {
        Cli::augment_args(clap::Command::new("kis"))
    }

    fn command_for_update() -> clap::Command {
        Cli::augment_args_for_update(clap::Command::new("kis"))
    }
}

impl Parser for Cli {
    /// The process's arguments, with help and refusals in the user's language.
    fn parse() -> Cli {
        args::parse()
    }
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
        /// Put the main figures of the same period in the N previous years beside this one.
        #[arg(long, value_name = "N", default_value_t = 0)]
        compare: u32,
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
    /// The club's settings: show them, or `kis settings set KEY VALUE`.
    Settings {
        #[command(subcommand)]
        action: Option<SettingsCommand>,
        #[arg(long, value_enum, default_value = "txt")]
        format: Format,
    },
    /// The groups of participants: the eight statutory ones and the club's own.
    #[command(subcommand)]
    Category(CategoryCommand),
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
        /// The employment basis: employment_contract, civil_law, volunteer or other.
        #[arg(long, value_parser = basis_codes())]
        basis: Option<String>,
        /// Working time, hours a week (e.g. 40 or 20,5).
        #[arg(long)]
        hours: Option<String>,
    },
    /// List staff accounts: login, role, name with basis and hours a week.
    List {
        #[arg(long, value_enum, default_value = "txt")]
        format: Format,
    },
    /// Change a staff account: name, role, employment basis, hours a week (admins).
    Set {
        login: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_parser = parse_role)]
        role: Option<Role>,
        /// employment_contract, civil_law, volunteer or other; an empty value clears it.
        #[arg(long)]
        basis: Option<String>,
        /// Hours a week (e.g. 40 or 20,5); an empty value clears it.
        #[arg(long)]
        hours: Option<String>,
    },
    /// Change a staff member's role.
    Role {
        login: String,
        #[arg(value_parser = parse_role)]
        role: Role,
    },
}

/// The codes `--basis` takes, as the domain lists them.
fn basis_codes() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(StaffBasis::ALL.iter().map(|b| b.code()))
}

#[derive(Subcommand, Debug)]
pub enum SettingsCommand {
    /// Set one field of the settings line: club_name, parent_name, parent_address,
    /// register_entry, min_months, graduate_months, max_months, graduate_rule
    /// (six_months|finished_only), exclude_employed (true/false, tak/nie), extra_exclusions
    /// (comma-separated benefit codes), retention_years. An empty VALUE (or null) clears an
    /// optional field.
    Set {
        /// A field of the settings line, as listed above.
        key: String,
        /// The new value; empty (or null) clears an optional field.
        #[arg(allow_hyphen_values = true)]
        value: String,
        /// A shorter retention that makes people due for anonymisation: their number,
        /// as the refusal states it.
        #[arg(long, value_name = "N")]
        confirm: Option<usize>,
    },
}

#[derive(Subcommand, Debug)]
pub enum CategoryCommand {
    /// Every group: code, name, sensitive, retired, statutory or the club's own.
    List {
        #[arg(long, value_enum, default_value = "txt")]
        format: Format,
    },
    /// Add a club's own group (code: a-z, 0-9 and _).
    Add {
        code: String,
        name: String,
        /// Special-category data (health, addiction, convictions).
        #[arg(long)]
        sensitive: bool,
    },
    /// Rename a club's own group (the statutory eight do not change).
    Rename { code: String, name: String },
    /// Retire a group: no longer offered at intake, kept on the people who have it.
    Retire { code: String },
    /// Offer a retired group again.
    Restore { code: String },
    /// Delete a group nobody has (a group in use is retired instead).
    Delete { code: String },
}

fn parse_role(s: &str) -> Result<Role, String> {
    Role::from_code(s).ok_or_else(|| (catalog(args::arg_lang()).args.bad_role)(s))
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
    crate::domain::dates::parse_typed(s, crate::desk::today())
        .ok_or_else(|| (catalog(args::arg_lang()).args.bad_date)(s))
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
        .ok_or_else(|| (catalog(args::arg_lang()).args.bad_month)(s))
}

#[derive(Subcommand, Debug)]
pub enum PrintWhat {
    /// A social contract, by its number (KS/12/2024) or its id.
    Contract { id: String },
    /// The certificate of a participant whose participation has ended, by PESEL or id.
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
    let opts = match &cli.command {
        Some(c) if only_reads(c) || matches!(c, Command::Import { .. }) => Options::one_pass(),
        _ => Options::default(),
    };
    let store = Store::open(&data_dir(cli), &opts).map_err(|e| Failure::new(e.message(lang)))?;
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
    let opened = open_door(cli)?;
    let door = opened.as_ref();
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
            // For people, one more than shown tells whether there are more; the
            // json asks for exactly the limit, as it always did.
            let asked = match format {
                Format::Txt if *limit > 0 => *limit + 1,
                _ => *limit,
            };
            let mut hits = ask_for!(door, Request::Lookup {
                    query: query.clone(),
                    limit: asked,
                }, Response::Hits(hits) => hits)?;
            let more = *limit > 0 && hits.len() > *limit;
            hits.truncate(if *limit > 0 { *limit } else { hits.len() });
            print_hits(&hits, *format, door.lang());
            if *format == Format::Txt {
                if hits.is_empty() {
                    eprintln!(
                        "{}",
                        crate::text::clean::clean_line(&(t.lookup_none)(query))
                    );
                } else if more {
                    let req = Request::LookupCount {
                        query: query.clone(),
                    };
                    let found = ask_for!(door, req, Response::Count(n) => n)?;
                    eprintln!("{}", (t.lookup_more)(*limit, found));
                }
            }
        }
        Command::Demo => {
            let s = ask_for!(door, Request::LoadDemo, Response::Imported(s) => s)?;
            println!("{}", (t.demo_loaded)(s.records));
        }
        Command::Due { within, format } => match format {
            // JSON keeps the ids (a contract); the text names people and contracts.
            Format::Json => {
                let items = ask_for!(door, Request::Due { within: *within }, Response::Due(items) => items)?;
                print_due(&items, *format, door.lang(), None);
            }
            Format::Txt => {
                let req = Request::DueList { within: *within };
                let lines = ask_for!(door, req, Response::DueList(lines) => lines)?;
                let labels = DueLabels::of(&lines);
                let items: Vec<_> = lines.into_iter().map(|l| l.item).collect();
                print_due(&items, *format, door.lang(), Some(&labels));
            }
        },
        Command::Print { what, format } => {
            let html = *format == DocFormat::Html;
            let text = match what {
                PrintWhat::Contract { id } => print_contract(door, id, html)?,
                PrintWhat::Certificate { participant } => {
                    let which =
                        crate::desk::DocumentKind::Certificate(participant_id(door, participant)?);
                    ask_for!(door, Request::Document { which, html }, Response::Document(text) => text)?
                }
            };
            plain::print_block(&text);
        }
        Command::Report {
            from,
            to,
            format,
            output,
            compare,
        } => {
            if to < from {
                return Err(Failure::new(t.to_before_from));
            }
            let req = match compare {
                0 => Request::Report {
                    from: *from,
                    to: *to,
                },
                years => Request::CompareReports {
                    from: *from,
                    to: *to,
                    years: *years,
                },
            };
            let r = ask_for!(door, req, Response::Report(r) => r)?;
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
            // People read names and numbers; JSON keeps the ids for programs.
            let mut labels = crate::export::settlement::Labels::default();
            if *format != TableFormat::Json && !s.persons.is_empty() {
                let ids = s.persons.iter().map(|p| p.participant_id.clone());
                labels.people = people_named(door, ids)?;
                let agreements = ask_for!(door, Request::PsuLists,
                    Response::PsuLists { agreements, .. } => agreements)?;
                labels.agreements = agreements
                    .into_iter()
                    .map(|a| (a.value.id, a.value.number))
                    .collect();
            }
            print!(
                "{}",
                crate::export::settlement::render_with(&s, *month, *format, door.lang(), &labels)
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
                Format::Txt => print_audit(door, &lines)?,
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
                Format::Txt => plain::print_block(&x.to_text(door.lang())),
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
            UserCommand::Add {
                login,
                name,
                role,
                basis,
                hours,
            } => {
                let staff = crate::domain::staff::Staff {
                    id: String::new(),
                    login: login.clone(),
                    name: name.clone(),
                    role: *role,
                    basis: basis.as_deref().and_then(StaffBasis::from_code),
                    hours_per_week: hours.as_deref().map(|h| hours_per_week(h, t)).transpose()?,
                };
                let req = Request::SaveStaff {
                    staff: Box::new(staff),
                    expected_rev: None,
                };
                ask_for!(door, req, Response::Saved { .. } => ())?;
            }
            UserCommand::List { format } => {
                let staff = ask_for!(door, Request::ListStaff, Response::Staff(staff) => staff)?;
                match format {
                    Format::Json => println!(
                        "{}",
                        crate::text::clean::json(
                            &serde_json::to_string(&staff).expect("staff serialise")
                        )
                    ),
                    // Three columns, as scripts read them; the basis and the hours go with the name.
                    Format::Txt => {
                        let names = &catalog(door.lang()).names;
                        for s in staff {
                            let name = (t.staff_name_and_terms)(&s.name, s.basis, s.hours_per_week);
                            println!("{}", plain::row(&[&s.login, (names.role)(s.role), &name]));
                        }
                    }
                }
            }
            UserCommand::Set {
                login,
                name,
                role,
                basis,
                hours,
            } => {
                let setup = ask_for!(door, Request::ClubSetup, Response::ClubSetup(s) => s)?;
                let Some(stored) = setup.staff.into_iter().find(|s| &s.value.login == login) else {
                    return Err(Failure::new((t.no_such_account)(login)));
                };
                let mut staff = stored.value;
                if let Some(n) = name {
                    staff.name = n.clone();
                }
                if let Some(r) = role {
                    staff.role = *r;
                }
                if let Some(b) = basis {
                    staff.basis = match b.trim() {
                        "" => None,
                        code => Some(
                            StaffBasis::from_code(code)
                                .ok_or_else(|| Failure::new((t.bad_basis)(code)))?,
                        ),
                    };
                }
                if let Some(h) = hours {
                    staff.hours_per_week = match h.trim() {
                        "" => None,
                        h => Some(hours_per_week(h, t)?),
                    };
                }
                let req = Request::SaveStaff {
                    staff: Box::new(staff),
                    expected_rev: Some(stored.stamp.rev),
                };
                ask_for!(door, req, Response::Saved { .. } => ())?;
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
        Command::Settings { action, format } => match action {
            None => {
                let settings = ask_for!(door, Request::Settings, Response::Settings(s) => s)?;
                print_settings(&settings, *format, t);
            }
            Some(SettingsCommand::Set {
                key,
                value,
                confirm,
            }) => set_setting(door, key, value, *confirm)?,
        },
        Command::Category(c) => match c {
            CategoryCommand::List { format } => {
                let all = ask_for!(door, Request::Categories, Response::Categories(c) => c)?;
                print_categories(&all, *format, t);
            }
            CategoryCommand::Add {
                code,
                name,
                sensitive,
            } => {
                let all = ask_for!(door, Request::Categories, Response::Categories(c) => c)?;
                // A statutory code is the desk's to refuse, in its words.
                if !crate::domain::person::is_statutory_group(code)
                    && all.iter().any(|c| &c.code == code)
                {
                    return Err(Failure::new((t.group_exists)(code)));
                }
                let group = crate::domain::person::Category {
                    code: code.clone(),
                    name: name.clone(),
                    sensitive: *sensitive,
                    retired: false,
                };
                let req = Request::Save {
                    record: Box::new(crate::domain::record::Record::Category(group)),
                    expected_rev: None,
                };
                ask_for!(door, req, Response::Saved { .. } => ())?;
            }
            CategoryCommand::Rename { code, .. }
            | CategoryCommand::Retire { code }
            | CategoryCommand::Restore { code }
            | CategoryCommand::Delete { code } => {
                let setup = ask_for!(door, Request::ClubSetup, Response::ClubSetup(s) => s)?;
                let Some(g) = setup.groups.into_iter().find(|g| &g.category.code == code) else {
                    return Err(Failure::new((t.no_such_group)(code)));
                };
                let Some(rev) = g.rev.filter(|_| !g.statutory) else {
                    return Err(Failure::new(t.statutory_group_fixed));
                };
                let mut group = g.category;
                let req = match c {
                    CategoryCommand::Delete { .. } => Request::DeleteRecord {
                        kind: crate::domain::record::Kind::Category,
                        id: code.clone(),
                        expected_rev: rev,
                    },
                    other => {
                        match other {
                            CategoryCommand::Rename { name, .. } => group.name = name.clone(),
                            CategoryCommand::Retire { .. } => group.retired = true,
                            _ => group.retired = false,
                        }
                        Request::Save {
                            record: Box::new(crate::domain::record::Record::Category(group)),
                            expected_rev: Some(rev),
                        }
                    }
                };
                ask(door, req)?;
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
    if only_reads(command) {
        // sled is whole on disk at every moment and the journal holds every
        // change: a command that only read ends without sled's closing flush,
        // an fsync of unchanged files that costs tens of ms on a busy disk.
        std::mem::forget(opened);
    }
    Ok(())
}

/// The commands a person runs to look something up: they write to the read
/// audit (fsync'd before the answer) and never to the database.
fn only_reads(command: &Command) -> bool {
    matches!(
        command,
        Command::Lookup { .. }
            | Command::Due { .. }
            | Command::Report { .. }
            | Command::Psu(PsuCommand::Settle { .. })
    )
}

/// The fields of the settings line, in the order `kis settings` shows them;
/// `kis settings set` takes exactly these keys.
const SETTING_KEYS: [&str; 11] = [
    "club_name",
    "parent_name",
    "parent_address",
    "register_entry",
    "min_months",
    "graduate_months",
    "max_months",
    "graduate_rule",
    "exclude_employed",
    "extra_exclusions",
    "retention_years",
];

fn setting_label(key: &str, t: &CliText) -> &'static str {
    match key {
        "club_name" => t.setting_club_name,
        "parent_name" => t.setting_parent_name,
        "parent_address" => t.setting_parent_address,
        "register_entry" => t.setting_register_entry,
        "min_months" => t.setting_min_months,
        "graduate_months" => t.setting_graduate_months,
        "max_months" => t.setting_max_months,
        "graduate_rule" => t.setting_graduate_rule,
        "exclude_employed" => t.setting_exclude_employed,
        "extra_exclusions" => t.setting_extra_exclusions,
        _ => t.setting_retention_years,
    }
}

/// A field's value for people, in their language.
fn setting_shown(s: &Settings, key: &str, t: &CliText) -> String {
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| t.not_set.to_string());
    let yes_no = |b: bool| if b { t.yes } else { t.no }.to_string();
    match key {
        "club_name" => s.club_name.clone(),
        "parent_name" => opt(&s.parent_name),
        "parent_address" => opt(&s.parent_address),
        "register_entry" => opt(&s.register_entry),
        "min_months" => opt(&s.min_months.map(|m| m.to_string())),
        "graduate_months" => s.graduate_months.to_string(),
        "max_months" if s.max_months == 0 => t.no_limit.to_string(),
        "max_months" => s.max_months.to_string(),
        "graduate_rule" => (t.graduate_rule)(s.graduate_rule).to_string(),
        "exclude_employed" => yes_no(s.exclude_employed),
        "extra_exclusions" if s.extra_exclusions.is_empty() => t.not_set.to_string(),
        "extra_exclusions" => s
            .extra_exclusions
            .iter()
            .map(|e| (t.exclusion)(*e))
            .collect::<Vec<_>>()
            .join(", "),
        _ => s.retention_years.to_string(),
    }
}

fn print_settings(s: &Settings, format: Format, t: &CliText) {
    match format {
        // The fields of the interchange `settings` line, defaults included.
        Format::Json => println!(
            "{}",
            crate::text::clean::json(&serde_json::to_string(s).expect("settings serialise"))
        ),
        Format::Txt => {
            for key in SETTING_KEYS {
                let value = setting_shown(s, key, t);
                let line = (t.setting_line)(setting_label(key, t), key, &value);
                println!("{}", crate::text::clean::clean_line(&line));
            }
        }
    }
}

/// Why a value does not fit its key.
#[derive(Debug, PartialEq, Eq)]
enum BadSetting {
    UnknownKey,
    Required,
    Number,
    YesNo,
    Rule,
    Exclusion(String),
}

impl BadSetting {
    fn message(&self, key: &str, value: &str, t: &CliText) -> String {
        let codes =
            |all: &mut dyn Iterator<Item = &'static str>| all.collect::<Vec<_>>().join(", ");
        match self {
            BadSetting::UnknownKey => (t.unknown_setting)(key, &SETTING_KEYS.join(", ")),
            BadSetting::Required => (t.setting_required)(key),
            BadSetting::Number => (t.setting_needs_number)(key, value),
            BadSetting::YesNo => (t.setting_needs_yes_no)(key, value),
            BadSetting::Rule => (t.setting_needs_rule)(
                key,
                value,
                &codes(
                    &mut crate::domain::settings::GraduateRule::ALL
                        .iter()
                        .map(|r| r.code()),
                ),
            ),
            BadSetting::Exclusion(code) => (t.setting_unknown_exclusion)(
                key,
                code,
                &codes(
                    &mut crate::domain::person::Exclusion::ALL
                        .iter()
                        .map(|e| e.code()),
                ),
            ),
        }
    }
}

/// Sets one field from what was typed: an empty value (or `null`) clears an
/// optional field; the desk then checks the whole as it checks an imported line.
fn apply_setting(s: &mut Settings, key: &str, value: &str) -> Result<(), BadSetting> {
    let v = value.trim();
    let empty = v.is_empty() || v == "null";
    let text = || (!empty).then(|| v.to_string());
    let number = || v.parse::<u32>().map_err(|_| BadSetting::Number);
    let required = || {
        if empty {
            Err(BadSetting::Required)
        } else {
            Ok(())
        }
    };
    match key {
        "club_name" => {
            required()?;
            s.club_name = v.to_string();
        }
        "parent_name" => s.parent_name = text(),
        "parent_address" => s.parent_address = text(),
        "register_entry" => s.register_entry = text(),
        "min_months" => s.min_months = if empty { None } else { Some(number()?) },
        "graduate_months" => {
            required()?;
            s.graduate_months = number()?;
        }
        "max_months" => {
            required()?;
            s.max_months = number()?;
        }
        "retention_years" => {
            required()?;
            s.retention_years = number()?;
        }
        "graduate_rule" => {
            required()?;
            s.graduate_rule =
                crate::domain::settings::GraduateRule::from_code(v).ok_or(BadSetting::Rule)?;
        }
        "exclude_employed" => {
            required()?;
            s.exclude_employed = match v.to_lowercase().as_str() {
                "true" | "tak" | "yes" => true,
                "false" | "nie" | "no" => false,
                _ => return Err(BadSetting::YesNo),
            };
        }
        "extra_exclusions" => {
            let mut codes = Vec::new();
            if !empty {
                for code in v.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                    let e = crate::domain::person::Exclusion::from_code(code)
                        .ok_or_else(|| BadSetting::Exclusion(code.to_string()))?;
                    if !codes.contains(&e) {
                        codes.push(e);
                    }
                }
            }
            s.extra_exclusions = codes;
        }
        _ => return Err(BadSetting::UnknownKey),
    }
    Ok(())
}

/// `kis settings set KEY VALUE [--confirm N]`: the settings as stored, one field
/// changed, saved whole; nothing is saved when the key or the value is wrong.
fn set_setting(
    door: &dyn Door,
    key: &str,
    value: &str,
    confirm: Option<usize>,
) -> Result<(), Failure> {
    let t = &catalog(door.lang()).cli;
    let mut settings = ask_for!(door, Request::Settings, Response::Settings(s) => s)?;
    apply_setting(&mut settings, key, value).map_err(|e| Failure::new(e.message(key, value, t)))?;
    let years = settings.retention_years;
    let req = Request::SaveSettings {
        settings,
        confirm_due: confirm,
    };
    match ask_for!(door, req, Response::Done => ()) {
        Err(f) if key == "retention_years" => Err(with_confirm_hint(door, f, years)),
        other => other,
    }
}

/// The desk asks for a shorter retention to be confirmed with the number of
/// people it makes due; on the command line that is `--confirm N`, so say so.
fn with_confirm_hint(door: &dyn Door, f: Failure, years: u32) -> Failure {
    let lang = door.lang();
    let Ok(Response::Stats(stats)) = ask(door, Request::Stats) else {
        return f;
    };
    let newly = (1..=stats.participants)
        .find(|n| f.message == (catalog(lang).desk.retention_confirm)(years, *n));
    match newly {
        Some(n) => Failure::new(format!(
            "{}\n{}",
            f.message,
            (catalog(lang).cli.add_confirm)(years, n)
        )),
        None => f,
    }
}

fn print_categories(all: &[crate::domain::person::Category], format: Format, t: &CliText) {
    match format {
        Format::Json => println!(
            "{}",
            crate::text::clean::json(&serde_json::to_string(all).expect("groups serialise"))
        ),
        Format::Txt => {
            for c in all {
                let statutory = crate::domain::person::is_statutory_group(&c.code);
                let name = match statutory {
                    true => (t.statutory_group_name)(&c.code).unwrap_or(c.name.as_str()),
                    false => c.name.as_str(),
                };
                println!(
                    "{}",
                    plain::row(&[
                        &c.code,
                        name,
                        if c.sensitive {
                            t.group_sensitive
                        } else {
                            t.group_not_sensitive
                        },
                        if c.retired {
                            t.group_retired
                        } else {
                            t.group_offered
                        },
                        if statutory {
                            t.group_statutory
                        } else {
                            t.group_own
                        },
                    ])
                );
            }
        }
    }
}

/// Hours a week as typed: `40`, `20,5`.
fn hours_per_week(text: &str, t: &CliText) -> Result<crate::domain::hours::Hours, Failure> {
    crate::domain::hours::Hours::parse(text)
        .map_err(|_| Failure::new((t.hours_per_week_invalid)(text)))
}

/// A contract's printout, the contract given by its id or else by its number
/// (`KS/12/2024`). By id it is one request, as it always was; only a number
/// lists the contracts to find it (and the read audit says so).
fn print_contract(door: &dyn Door, given: &str, html: bool) -> Result<String, Failure> {
    let document = |id: &str| Request::Document {
        which: crate::desk::DocumentKind::Contract(id.to_string()),
        html,
    };
    let by_id = match ask(door, document(given)) {
        Ok(Response::Document(text)) => return Ok(text),
        Ok(other) => return Err(unexpected(&other, door.lang())),
        Err(e) => e,
    };
    let all = ask_for!(door, Request::ListContracts, Response::Contracts(c) => c)?;
    let Some(found) = all.iter().find(|c| c.value.number == given) else {
        // A contract with that id that did not print: the desk's reason.
        if all.iter().any(|c| c.value.id == given) {
            return Err(by_id);
        }
        let t = &catalog(door.lang()).cli;
        return Err(Failure::new((t.no_contract_numbered)(given)));
    };
    ask_for!(door, document(&found.value.id), Response::Document(text) => text)
}

/// The id of a participant given by their id or their PESEL. A viewer sees
/// masked numbers, so a PESEL finds nobody for them: they give the id.
fn participant_id(door: &dyn Door, given: &str) -> Result<String, Failure> {
    if given.len() != 11 || !given.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(given.to_string());
    }
    let req = Request::Lookup {
        query: given.to_string(),
        limit: 20,
    };
    let hits = ask_for!(door, req, Response::Hits(h) => h)?;
    if let Some(h) = hits.iter().find(|h| h.pesel.as_deref() == Some(given)) {
        return Ok(h.participant_id.clone());
    }
    // An id may look like a PESEL.
    let req = Request::Names {
        ids: vec![given.to_string()],
    };
    let names = ask_for!(door, req, Response::Names(n) => n)?;
    match names.is_empty() {
        false => Ok(given.to_string()),
        true => Err(Failure::new((catalog(door.lang())
            .cli
            .no_participant_pesel)(given))),
    }
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

/// Names and numbers for the text of `kis due`, by id.
struct DueLabels {
    /// Participant id → (surname, first name).
    people: std::collections::HashMap<String, (String, String)>,
    /// Contract id → its number.
    contracts: std::collections::HashMap<String, String>,
}

/// The surname and first name of each of `ids` (not of everyone).
fn people_named(
    door: &dyn Door,
    ids: impl IntoIterator<Item = String>,
) -> Result<std::collections::HashMap<String, (String, String)>, Failure> {
    let mut ids: Vec<String> = ids.into_iter().collect();
    ids.sort();
    ids.dedup();
    let req = Request::PersonNames { ids };
    let people = ask_for!(door, req, Response::PersonNames(ps) => ps)?;
    Ok(people
        .into_iter()
        .map(|(id, last, first)| (id, (last, first)))
        .collect())
}

impl DueLabels {
    fn of(lines: &[crate::desk::DueLine]) -> DueLabels {
        let mut labels = DueLabels {
            people: Default::default(),
            contracts: Default::default(),
        };
        for l in lines.iter().filter(|l| !l.last_name.is_empty()) {
            labels
                .people
                .entry(l.item.participant_id.clone())
                .or_insert_with(|| (l.last_name.clone(), l.first_name.clone()));
        }
        for l in lines {
            if let Some(c) = &l.item.contract_id {
                labels
                    .contracts
                    .entry(c.clone())
                    .or_insert_with(|| l.number.clone());
            }
        }
        labels
    }
}

/// The text: a line a thing due, grouped by kind (in the order Dziś shows them),
/// then the person's name in Polish alphabetical order, then the date: each
/// kind is a list to work through person by person, as the files are kept.
fn print_due(
    items: &[crate::domain::due::DueItem],
    format: Format,
    lang: Lang,
    labels: Option<&DueLabels>,
) {
    match format {
        Format::Json => println!(
            "{}",
            crate::text::clean::json(&serde_json::to_string(items).expect("due items serialise"))
        ),
        Format::Txt => {
            // A person has many items: their name's sort key is made once.
            let mut name_keys = std::collections::HashMap::new();
            let mut rows: Vec<_> = items
                .iter()
                .map(|i| {
                    let (last, first) = labels
                        .and_then(|l| l.people.get(&i.participant_id))
                        .map(|(l, f)| (l.as_str(), f.as_str()))
                        .unwrap_or((i.participant_id.as_str(), ""));
                    let contract = i.contract_id.as_deref().map(|c| {
                        labels
                            .and_then(|l| l.contracts.get(c))
                            .filter(|n| !n.trim().is_empty())
                            .map_or(c, String::as_str)
                    });
                    let name_key = name_keys
                        .entry(i.participant_id.as_str())
                        .or_insert_with(|| crate::domain::collate::name_key(last, first))
                        .clone();
                    let key = (
                        i.kind,
                        name_key,
                        i.date,
                        contract.map(crate::domain::collate::polish_key),
                    );
                    let name = format!("{last} {first}").trim().to_string();
                    (key, i, name, contract.unwrap_or("-"))
                })
                .collect();
            rows.sort_by(|a, b| a.0.cmp(&b.0));
            for (_, i, name, contract) in rows {
                println!(
                    "{}",
                    plain::row(&[
                        &crate::domain::dates::pl(i.date),
                        crate::text::due_kind(lang, i.kind),
                        &name,
                        contract,
                    ])
                );
            }
        }
    }
}

fn print_hits(hits: &[LookupHit], format: Format, lang: Lang) {
    match format {
        Format::Json => println!(
            "{}",
            crate::text::clean::json(&serde_json::to_string(hits).expect("hits serialise"))
        ),
        Format::Txt => {
            let status = catalog(lang).names.status;
            for h in hits {
                let name = format!("{} {}", h.last_name, h.first_name);
                println!(
                    "{}",
                    plain::row(&[
                        &h.participant_id,
                        &name,
                        h.pesel.as_deref().unwrap_or("-"),
                        h.phone.as_deref().unwrap_or("-"),
                        status(h.status),
                    ])
                );
            }
        }
    }
}

/// `kis audit` for people: local times, staff names for their logins, what
/// was done and to what in words, the reason of a correction. Four columns.
fn print_audit(door: &dyn Door, lines: &[crate::desk::AuditLine]) -> Result<(), Failure> {
    let c = catalog(door.lang());
    // Someone who may read the audit may list the staff; if not, logins it is.
    let staff = match ask(door, Request::ListStaff) {
        Ok(Response::Staff(staff)) => staff,
        _ => Vec::new(),
    };
    let who = |login: &str| {
        staff
            .iter()
            .find(|s| s.login == login && !s.name.trim().is_empty())
            .map_or_else(|| login.to_string(), |s| s.name.clone())
    };
    for l in lines {
        let action = (c.names.audit_action)(&l.action).unwrap_or(&l.action);
        let kind = crate::text::catalog::record_name(&c.names, &l.kind);
        let mut what = (c.cli.audit_record)(kind, &l.id);
        if let Some(r) = l.reason.as_deref().filter(|r| !r.trim().is_empty()) {
            what = (c.cli.audit_reason)(&what, r);
        }
        println!(
            "{}",
            plain::row(&[&local_time(&l.at), &who(&l.actor), action, &what])
        );
    }
    Ok(())
}

/// A stored RFC 3339 time (UTC) on this machine's clock: `DD.MM.YYYY HH:MM:SS`;
/// a time that does not read is shown as stored.
fn local_time(at: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(at)
        .map(|t| {
            t.with_timezone(&chrono::Local)
                .format("%d.%m.%Y %H:%M:%S")
                .to_string()
        })
        .unwrap_or_else(|_| at.to_string())
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
    let (keymap, warning) = Keymap::load(&keymap_name, user_file.as_deref(), lang);
    let ui = Ui {
        theme: Theme::from_env(cli.ascii),
        text: Text::new(lang),
        keymap,
    };
    let mut app = App::opening(door.as_ref(), ui);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_of_the_settings_line_has_its_key() {
        let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(Settings::default())
        else {
            panic!("settings serialise to an object")
        };
        let mut names: Vec<&str> = fields.keys().map(String::as_str).collect();
        let mut keys = SETTING_KEYS.to_vec();
        names.sort_unstable();
        keys.sort_unstable();
        assert_eq!(keys, names);
        for key in SETTING_KEYS {
            let mut s = Settings::default();
            assert_ne!(
                apply_setting(&mut s, key, "x"),
                Err(BadSetting::UnknownKey),
                "{key}"
            );
        }
        assert_eq!(
            apply_setting(&mut Settings::default(), "colour", "red"),
            Err(BadSetting::UnknownKey)
        );
    }
}
