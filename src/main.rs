use clap::Parser;
use kis::cli::{run_command, Cli};

fn main() {
    let _ = color_eyre::install();
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(cmd) => run_command(&cli, cmd),
        None => kis::cli::run_tui(&cli),
    };
    if let Err(f) = result {
        eprintln!("kis: {}", f.message);
        std::process::exit(f.code);
    }
}
