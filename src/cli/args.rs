//! The command line's own words: `kis --help` and the refusals of what was
//! typed, in the user's language (`text::catalog`, section `args`), in place of
//! clap's English. The flags, the commands and their names stay as they are:
//! scripts use them. The language must be known before parsing, so it is read
//! from `--lang` by hand, else from `KIS_LANG`.

use super::Cli;
use crate::text::catalog::{catalog, ArgsText};
use crate::text::Lang;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory, FromArgMatches};
use std::ffi::OsString;
use std::sync::OnceLock;

/// The language of the arguments being parsed, for the value parsers' refusals.
static ARG_LANG: OnceLock<Lang> = OnceLock::new();

/// `--lang X` or `--lang=X` among the arguments (the last one wins, as clap
/// takes it), else `KIS_LANG`, else Polish.
pub fn early_lang(args: &[OsString]) -> Lang {
    let mut given = None;
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            given = it.next().map(|v| v.into_owned());
        } else if let Some(v) = a.strip_prefix("--lang=") {
            given = Some(v.to_string());
        }
    }
    given
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_else(Lang::from_env)
}

/// The language of the value parsers' refusals: that of the arguments parsed.
pub(super) fn arg_lang() -> Lang {
    *ARG_LANG.get_or_init(|| early_lang(&std::env::args_os().collect::<Vec<_>>()))
}

/// Parses the process's arguments; help, the version and refusals are printed
/// in the user's language and end the process (refusals with code 2, as clap's).
pub fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = early_lang(&args);
    let _ = ARG_LANG.set(lang);
    let mut cmd = command(lang);
    let matches = cmd.try_get_matches_from_mut(&args);
    let parsed = matches.and_then(|mut m| Cli::from_arg_matches_mut(&mut m));
    match parsed {
        Ok(cli) => cli,
        Err(e) => match e.kind() {
            ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => e.exit(),
            _ => {
                let refused = command_of_args(&cmd, &args);
                eprintln!("{}", refusal(&e, refused, &catalog(lang).args));
                std::process::exit(e.exit_code());
            }
        },
    }
}

/// The (sub)command the arguments name: each word that names a subcommand of
/// the one before it, whatever stands between (options and their values).
fn command_of_args<'a>(root: &'a Command, args: &[OsString]) -> Vec<&'a Command> {
    let mut path = vec![root];
    for a in args.iter().skip(1).map(|a| a.to_string_lossy()) {
        if a == "--" {
            break;
        }
        let here = path[path.len() - 1];
        if let Some(sub) = here.find_subcommand(a.as_ref()) {
            path.push(sub);
        }
    }
    path
}

/// A refusal's text: what is wrong, the usage of the command refused (its
/// path from `kis`), where to read more.
fn refusal(e: &clap::Error, refused: Vec<&Command>, t: &ArgsText) -> String {
    let s = |kind| match e.get(kind) {
        Some(ContextValue::String(v)) => Some(v.clone()),
        _ => None,
    };
    let list = |kind| match e.get(kind) {
        Some(ContextValue::Strings(v)) => Some(v.clone()),
        _ => None,
    };
    let arg = s(ContextKind::InvalidArg);
    let value = s(ContextKind::InvalidValue);
    let mut out = format!("{}: ", t.error);
    let said = match (e.kind(), arg.as_deref(), value.as_deref()) {
        (ErrorKind::UnknownArgument, Some(a), _) => Some((t.unknown_argument)(a)),
        (ErrorKind::InvalidSubcommand, _, _) => {
            s(ContextKind::InvalidSubcommand).map(|c| (t.unknown_command)(&c))
        }
        (ErrorKind::InvalidValue, Some(a), Some("")) => Some((t.value_required)(a)),
        (ErrorKind::InvalidValue, Some(a), Some(v)) => {
            let mut m = (t.invalid_value)(v, a);
            if let Some(valid) = list(ContextKind::ValidValue).filter(|l| !l.is_empty()) {
                m += &format!("; {}", (t.possible_values)(&valid.join(", ")));
            }
            Some(m)
        }
        (ErrorKind::ValueValidation, Some(a), Some(v)) => {
            let mut m = (t.invalid_value)(v, a);
            if let Some(why) = std::error::Error::source(e) {
                m += &format!(": {why}");
            }
            Some(m)
        }
        (ErrorKind::MissingRequiredArgument, _, _) => list(ContextKind::InvalidArg)
            .map(|missing| format!("{} {}", t.missing_arguments, missing.join(", "))),
        (ErrorKind::MissingSubcommand, _, _) => s(ContextKind::InvalidSubcommand).map(|c| {
            let subs = list(ContextKind::ValidSubcommand).unwrap_or_default();
            (t.missing_command)(&c, &subs.join(", "))
        }),
        (ErrorKind::TooManyValues, Some(a), Some(v)) => Some((t.unexpected_value)(v, a)),
        (ErrorKind::ArgumentConflict, Some(a), _) => match e.get(ContextKind::PriorArg) {
            Some(ContextValue::String(p)) if p == a => Some((t.used_twice)(a)),
            Some(ContextValue::String(p)) => Some((t.conflict)(a, p)),
            Some(ContextValue::Strings(ps)) => Some((t.conflict)(a, &ps.join(", "))),
            _ => Some((t.used_twice)(a)),
        },
        (
            ErrorKind::NoEquals | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues,
            Some(a),
            _,
        ) => Some((t.value_required)(a)),
        _ => None,
    };
    out += said.as_deref().unwrap_or(t.bad_arguments);
    let suggested = s(ContextKind::SuggestedArg)
        .or_else(|| s(ContextKind::SuggestedSubcommand))
        .or_else(|| s(ContextKind::SuggestedValue))
        .or_else(|| list(ContextKind::SuggestedSubcommand).and_then(|l| l.first().cloned()));
    if let Some(x) = suggested {
        out += &format!("\n\n  {}", (t.did_you_mean)(&x));
    }
    let command: Vec<&str> = refused.iter().map(|c| c.get_name()).collect();
    // Its usage as its help gives it (set by `finish`).
    let mut last = refused[refused.len() - 1].clone();
    let usage = last.render_usage().to_string();
    let usage = usage.trim();
    let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim_start();
    out += &format!("\n\n{}: {usage}", t.usage);
    out += &format!("\n\n{}", (t.more)(&command.join(" ")));
    out
}

/// `kis`'s command line with its help in `lang`, built (so that the help flags,
/// the `help` subcommand and the usage lines exist to be worded).
pub fn command(lang: Lang) -> Command {
    let t = &catalog(lang).args;
    let mut cmd = localise(Cli::command(), "", t);
    cmd.build();
    finish(cmd, t)
}

/// The descriptions, the arguments' help, value names and headings, before the
/// command is built: the global arguments are copied into every subcommand then.
fn localise(mut cmd: Command, path: &str, t: &ArgsText) -> Command {
    if let Some(about) = (t.about)(path) {
        cmd = cmd.about(about).long_about(None);
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(&id, |a| localise_arg(a, path, t));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = match path {
            "" => name.clone(),
            p => format!("{p} {name}"),
        };
        cmd = cmd.mut_subcommand(&name, |s| localise(s, &sub_path, t));
    }
    cmd.subcommand_help_heading(t.commands)
        .subcommand_value_name(t.command_tag)
}

fn localise_arg(mut a: Arg, path: &str, t: &ArgsText) -> Arg {
    let id = a.get_id().to_string();
    let mut help = match (t.arg)(path, &id) {
        Some(h) => h.to_string(),
        None => a.get_help().map(|h| h.to_string()).unwrap_or_default(),
    };
    if let Some(v) = (t.value_name)(path, &id) {
        if a.get_action().takes_values() {
            a = a.value_name(v);
        }
    }
    // What clap adds after the help in its own words: said here in ours.
    let mut extra = Vec::new();
    if a.get_action().takes_values() {
        let defaults: Vec<String> = a
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() && !a.is_hide_default_value_set() {
            extra.push((t.default)(&defaults.join(", ")));
        }
        let values: Vec<String> = a
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        if !values.is_empty() && !a.is_hide_possible_values_set() {
            extra.push((t.values)(&values.join(", ")));
        }
    }
    if let Some(env) = a.get_env().filter(|_| !a.is_hide_env_set()) {
        extra.push((t.env)(&env.to_string_lossy()));
    }
    for e in extra {
        if !help.is_empty() {
            help.push(' ');
        }
        help += &e;
    }
    let heading = if a.is_positional() {
        t.arguments
    } else {
        t.options
    };
    // clap checks that only what takes a value hides its values.
    if a.get_action().takes_values() {
        a = a.hide_default_value(true).hide_possible_values(true);
    }
    if a.get_env().is_some() {
        a = a.hide_env(true);
    }
    a.help(help).long_help(None).help_heading(heading)
}

/// What exists only once the command is built: the help and version flags, the
/// `help` subcommand, the usage lines.
fn finish(mut cmd: Command, t: &ArgsText) -> Command {
    let has = |cmd: &Command, id: &str| cmd.get_arguments().any(|a| a.get_id() == id);
    if has(&cmd, "help") {
        cmd = cmd.mut_arg("help", |a| {
            a.help(t.help_flag).long_help(None).help_heading(t.options)
        });
    }
    if has(&cmd, "version") {
        cmd = cmd.mut_arg("version", |a| {
            a.help(t.version_flag).help_heading(t.options)
        });
    }
    if has(&cmd, "subcommand") && cmd.get_name() == "help" {
        cmd = cmd.mut_arg("subcommand", |a| {
            a.help(t.help_command_arg)
                .value_name(t.command_tag)
                .help_heading(t.arguments)
        });
    }
    cmd = cmd
        .subcommand_help_heading(t.commands)
        .subcommand_value_name(t.command_tag);
    let usage = cmd.render_usage().to_string();
    let usage = usage.trim();
    let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim_start();
    cmd = cmd.override_usage(usage.replace("[OPTIONS]", t.options_tag));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |mut s| {
            if name == "help" {
                s = s.about(t.help_command);
            }
            finish(s, t)
        });
    }
    cmd.help_template(format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        t.usage
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<OsString> {
        a.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_is_read_before_parsing() {
        assert_eq!(
            early_lang(&args(&["kis", "--lang", "en", "check"])),
            Lang::En
        );
        assert_eq!(early_lang(&args(&["kis", "check", "--lang=pl"])), Lang::Pl);
        assert_eq!(
            early_lang(&args(&["kis", "--lang", "en", "--lang", "pl"])),
            Lang::Pl
        );
    }

    #[test]
    fn the_help_is_polish_and_the_names_stay() {
        let mut cmd = command(Lang::Pl);
        let help = cmd.render_help().to_string();
        for word in [
            "Użycie:",
            "Polecenia:",
            "Opcje:",
            "Pokaż pomoc",
            "lookup",
            "--data",
        ] {
            assert!(help.contains(word), "{word}:\n{help}");
        }
        for word in ["Usage", "Options", "Commands", "Print help", "[default"] {
            assert!(!help.contains(word), "{word}:\n{help}");
        }
        let lookup = cmd.find_subcommand_mut("lookup").unwrap();
        let help = lookup.render_help().to_string();
        assert!(help.contains("<ZAPYTANIE>"), "{help}");
        assert!(help.contains("[domyślnie: txt]"), "{help}");
        assert!(help.contains("[wartości: json, txt]"), "{help}");
        assert!(!help.contains("[OPTIONS]"), "{help}");
    }

    #[test]
    fn every_subcommand_has_a_polish_description() {
        fn walk(cmd: &Command, path: &str, t: &ArgsText) {
            for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                let p = match path {
                    "" => sub.get_name().to_string(),
                    p => format!("{p} {}", sub.get_name()),
                };
                assert!((t.about)(&p).is_some(), "{p} has no Polish description");
                walk(sub, &p, t);
            }
        }
        let t = &catalog(Lang::Pl).args;
        assert!((t.about)("").is_some());
        walk(&Cli::command(), "", t);
    }
}
