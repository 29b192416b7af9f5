//! The page's language, shared with every component through Leptos context, and the words
//! the components themselves show (button texts, counts, summaries) in Vietnamese and
//! English. Problem messages live in `dvc_rules::messages`.

use dvc_rules::Locale;
use leptos::prelude::*;

/// Makes `locale` the language of everything rendered below the caller.
///
/// ```
/// use dvc_ui::prelude::*;
/// use leptos::prelude::*;
///
/// #[component]
/// fn EnglishPage() -> impl IntoView {
///     provide_locale(Locale::En);
///     view! { <p>"Hello"</p> }
/// }
/// ```
pub fn provide_locale(locale: Locale) {
    provide_context(locale);
}

/// The language provided by the nearest [`provide_locale`], Vietnamese when none.
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// Words the components show themselves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ui {
    ErrorSummaryTitle,
    ErrorTitlePrefix,
    Or,
    Show,
    Hide,
    ShowPassword,
    HidePassword,
    PasswordShown,
    PasswordHidden,
    CapsLockOn,
    Day,
    Month,
    Year,
    ChooseFiles,
    DropFilesHere,
    NoFileChosen,
    Remove,
    FilesChosen,
    Select,
    ConsentData,
    ConsentPurpose,
    ConsentController,
    ConsentWithdraw,
}

impl Ui {
    /// The text in `locale`.
    pub fn text(self, locale: Locale) -> &'static str {
        use Ui::*;
        let (vi, en) = match self {
            ErrorSummaryTitle => ("Có lỗi cần sửa", "There is a problem"),
            ErrorTitlePrefix => ("Lỗi: ", "Error: "),
            Or => ("hoặc", "or"),
            Show => ("Hiện", "Show"),
            Hide => ("Ẩn", "Hide"),
            ShowPassword => ("Hiện mật khẩu", "Show password"),
            HidePassword => ("Ẩn mật khẩu", "Hide password"),
            PasswordShown => ("Mật khẩu đang hiện", "Your password is visible"),
            PasswordHidden => ("Mật khẩu đã ẩn", "Your password is hidden"),
            CapsLockOn => ("Cảnh báo: phím Caps Lock đang bật", "Warning: Caps Lock is on"),
            Day => ("Ngày", "Day"),
            Month => ("Tháng", "Month"),
            Year => ("Năm", "Year"),
            ChooseFiles => ("Chọn tệp", "Choose files"),
            DropFilesHere => ("hoặc kéo thả tệp vào đây", "or drop files here"),
            NoFileChosen => ("Chưa chọn tệp nào", "No file chosen"),
            Remove => ("Xoá", "Remove"),
            FilesChosen => ("Tệp đã chọn", "Files chosen"),
            Select => ("Chọn", "Select"),
            ConsentData => ("Dữ liệu nào", "What data"),
            ConsentPurpose => ("Để làm gì", "What for"),
            ConsentController => ("Ai chịu trách nhiệm", "Who is responsible"),
            ConsentWithdraw => ("Cách rút lại đồng ý", "How to withdraw"),
        };
        match locale {
            Locale::Vi => vi,
            Locale::En => en,
        }
    }
}

/// The shown text of `key` in the page's language.
pub fn t(key: Ui) -> &'static str {
    key.text(use_locale())
}

/// "Bạn còn 12 ký tự" / "Bạn đã nhập quá 3 ký tự": the count under a limited text box.
pub fn count_message(locale: Locale, remaining: i64, words: bool) -> String {
    let unit_vi = if words { "từ" } else { "ký tự" };
    let unit_en = match (words, remaining.abs() == 1) {
        (true, true) => "word",
        (true, false) => "words",
        (false, true) => "character",
        (false, false) => "characters",
    };
    match (locale, remaining >= 0) {
        (Locale::Vi, true) => format!("Bạn còn {remaining} {unit_vi}"),
        (Locale::Vi, false) => format!("Bạn đã nhập quá {} {unit_vi}", -remaining),
        (Locale::En, true) => format!("You have {remaining} {unit_en} remaining"),
        (Locale::En, false) => format!("You have {} {unit_en} too many", -remaining),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_naturally() {
        assert_eq!(count_message(Locale::Vi, 12, false), "Bạn còn 12 ký tự");
        assert_eq!(count_message(Locale::Vi, -3, true), "Bạn đã nhập quá 3 từ");
        assert_eq!(count_message(Locale::En, 1, false), "You have 1 character remaining");
        assert_eq!(count_message(Locale::En, -2, true), "You have 2 words too many");
    }
}
