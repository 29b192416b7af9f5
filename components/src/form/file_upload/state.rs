//! The file list's decisions without a DOM: which newly chosen or dropped files join the
//! kept ones (checked by the `dvc-rules` file limits, duplicates skipped), what each refusal
//! says, and what the polite live region announces. The view in `mod.rs` applies them to
//! the real `<input type="file">`; everything here is tested natively.

use crate::i18n::Ui;
use dvc_rules::files::{check_count, check_file, FileLimits};
use dvc_rules::{Locale, ProblemCode};

/// A chosen file, as listed under the box.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChosenFile {
    pub name: String,
    pub bytes: u64,
}

/// What happens to a batch of newly chosen files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Added {
    /// Indexes (into the batch) of the files kept, in order.
    pub accepted: Vec<usize>,
    /// One sentence per refused file, naming it and why.
    pub refused: Vec<String>,
    /// What the live region says: how many files are chosen now, then the refusals.
    pub status: String,
}

/// Checks `batch` against `limits`, after the files already `kept`. A file already kept
/// (same name and size) is skipped silently; one over the count is refused by name.
pub fn add(
    kept: &[ChosenFile],
    batch: &[ChosenFile],
    limits: &FileLimits,
    locale: Locale,
) -> Added {
    let mut now: Vec<&ChosenFile> = kept.iter().collect();
    let (mut accepted, mut refused) = (Vec::new(), Vec::new());
    for (i, file) in batch.iter().enumerate() {
        if now.iter().any(|k| *k == file) {
            continue;
        }
        match check_file(&file.name, file.bytes, None, limits)
            .and_then(|_| check_count(now.len() + 1, limits))
        {
            Err(p) if p.code == ProblemCode::FileTooMany => {
                refused.push(format!("{} ({})", p.message(locale, ""), file.name))
            }
            Err(p) => refused.push(p.message(locale, "")),
            Ok(()) => {
                accepted.push(i);
                now.push(file);
            }
        }
    }
    let count = now.len();
    let chosen = Ui::FilesChosenCount.fill(locale, &[("count", &count)]);
    let status = format!("{chosen} {}", refused.join(". "))
        .trim()
        .to_string();
    Added {
        accepted,
        refused,
        status,
    }
}

/// What the live region says after a file was removed.
pub fn removed(name: &str, locale: Locale) -> String {
    Ui::FileRemoved.fill(locale, &[("name", &name)])
}

/// "2,4 MB", "350 KB": a size as a citizen reads it.
pub fn human_size(bytes: u64, locale: Locale) -> String {
    let sep = Ui::DecimalSeparator.text(locale);
    if bytes >= 1_000_000 {
        format!(
            "{}{sep}{} MB",
            bytes / 1_000_000,
            (bytes % 1_000_000) / 100_000
        )
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, bytes: u64) -> ChosenFile {
        ChosenFile {
            name: name.into(),
            bytes,
        }
    }

    fn limits() -> FileLimits {
        FileLimits::new(&["pdf", "jpg"], 1_000_000, 2)
    }

    #[test]
    fn good_files_join_and_the_count_is_announced() {
        let added = add(
            &[],
            &[file("don.pdf", 1000), file("anh.jpg", 2000)],
            &limits(),
            Locale::Vi,
        );
        assert_eq!(added.accepted, vec![0, 1]);
        assert!(added.refused.is_empty());
        assert_eq!(added.status, "Đã chọn 2 tệp.");
    }

    #[test]
    fn each_refusal_names_its_file_and_reason() {
        let added = add(
            &[],
            &[
                file("virus.exe", 10),
                file("to.pdf", 5_000_000),
                file("ok.pdf", 10),
            ],
            &limits(),
            Locale::Vi,
        );
        assert_eq!(added.accepted, vec![2]);
        assert_eq!(added.refused.len(), 2);
        assert!(
            added.refused[0].contains("virus.exe"),
            "{:?}",
            added.refused
        );
        assert!(added.refused[1].contains("to.pdf"), "{:?}", added.refused);
        assert!(
            added.status.starts_with("Đã chọn 1 tệp. "),
            "{}",
            added.status
        );
    }

    #[test]
    fn a_file_over_the_count_is_refused_by_name_and_duplicates_are_skipped() {
        let kept = [file("a.pdf", 10)];
        let added = add(
            &kept,
            &[file("a.pdf", 10), file("b.pdf", 10), file("c.pdf", 10)],
            &limits(),
            Locale::En,
        );
        assert_eq!(
            added.accepted,
            vec![1],
            "a.pdf is already kept; c.pdf is one too many"
        );
        assert_eq!(added.refused.len(), 1);
        assert!(added.refused[0].ends_with("(c.pdf)"), "{:?}", added.refused);
        assert!(
            added.status.starts_with("Files chosen: 2."),
            "{}",
            added.status
        );
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(human_size(2_400_000, Locale::Vi), "2,4 MB");
        assert_eq!(human_size(2_400_000, Locale::En), "2.4 MB");
        assert_eq!(human_size(350_001, Locale::Vi), "351 KB");
        assert_eq!(removed("don.pdf", Locale::Vi), "Đã xoá tệp don.pdf.");
    }
}
