use clap::Parser;
use kis::cli::{run_command, Cli};

fn main() {
    // Printing into a closed pipe (`kis due | head`) ends quietly, as other tools do.
    // SAFETY: restoring the default disposition of one signal at start-up.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let _ = color_eyre::install();
    let cli = Cli::parse();
    // Whatever kis or sled creates is private (or shared with the group of a setgid data directory).
    kis::files::set_umask(kis::files::Access::of(&kis::cli::data_dir(&cli)));
    let result = match &cli.command {
        Some(cmd) => run_command(&cli, cmd),
        None => kis::cli::run_tui(&cli),
    };
    if let Err(f) = result {
        eprintln!("kis: {}", kis::text::clean::clean_block(&f.message));
        std::process::exit(f.code);
    }
}
