//! `dvc-procedure check FILE…`: checks procedure files (`dvc_procedure::read`), for a
//! portal's build or a province's editor. Exit status 1 when a file has a problem.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some("check"), files) = (args.first().map(String::as_str), &args[1.min(args.len())..])
    else {
        eprintln!("usage: dvc-procedure check FILE…");
        return ExitCode::from(2);
    };
    if files.is_empty() {
        eprintln!("usage: dvc-procedure check FILE…");
        return ExitCode::from(2);
    }
    let paths: Vec<std::path::PathBuf> = files.iter().map(Into::into).collect();
    if dvc_procedure::check_files(&paths, &mut std::io::stdout()) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
