//! A chosen file as the server lists it and its size as a citizen reads it. The browser's
//! list (`enhance.js`: which files join, what each refusal says) writes sizes the same way.

use crate::i18n::Ui;
use dvc_rules::Locale;

/// A chosen file, as listed under the box.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChosenFile {
    pub name: String,
    pub bytes: u64,
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

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(human_size(2_400_000, Locale::Vi), "2,4 MB");
        assert_eq!(human_size(2_400_000, Locale::En), "2.4 MB");
        assert_eq!(human_size(350_001, Locale::Vi), "351 KB");
    }
}
