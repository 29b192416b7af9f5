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
    FilesChooseAgain,
    Select,
    ConsentData,
    ConsentPurpose,
    ConsentController,
    ConsentWithdraw,
    AddressProvince,
    AddressProvinceHint,
    AddressProvinceSubject,
    AddressCommune,
    AddressCommuneHint,
    AddressCommuneSubject,
    AddressStreet,
    OldAddressSummary,
    OldAddressIntro,
    OldProvince,
    OldDistrict,
    OldCommune,
    ChooseProvince,
    ChooseDistrict,
    ChooseCommune,
    OldAddressOne,
    OldAddressSplit,
    OldAddressUse,
    OldAddressUsed,
    OldAddressLoadFailed,
    IdLabel,
    IdHint,
    PhoneLabel,
    PhoneHint,
    TaxLabel,
    TaxHint,
    NameLabel,
    NameHint,
    MoneyLabel,
    MoneyHint,
    YouEntered,
    BirthRegisteredIn,
    Male,
    Female,
    BornIn,
    OldCardEntered,
    TaxMain,
    TaxBranch,
    TaxPersonal,
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
            FilesChooseAgain => ("Trang có lỗi nên các tệp bạn đã chọn chưa được lưu. Hãy chọn lại: ", "Because the page had a problem, the files you chose were not kept. Choose them again: "),
            Select => ("Chọn", "Select"),
            ConsentData => ("Dữ liệu nào", "What data"),
            ConsentPurpose => ("Để làm gì", "What for"),
            ConsentController => ("Ai chịu trách nhiệm", "Who is responsible"),
            ConsentWithdraw => ("Cách rút lại đồng ý", "How to withdraw"),
            AddressProvince => ("Tỉnh, thành phố", "Province or city"),
            AddressProvinceHint => ("Gõ vài chữ, ví dụ “ha noi”, “hcm”, rồi chọn trong danh sách", "Type a few letters, for example “ha noi” or “hcm”, then choose from the list"),
            AddressProvinceSubject => ("tỉnh, thành phố", "your province or city"),
            AddressCommune => ("Xã, phường hoặc đặc khu", "Commune, ward or special zone"),
            AddressCommuneHint => ("Theo địa giới mới từ ngày 01/7/2025. Chọn tỉnh, thành phố trước", "As in force since 1 July 2025. Choose the province or city first"),
            AddressCommuneSubject => ("xã, phường hoặc đặc khu", "your commune, ward or special zone"),
            AddressStreet => ("Số nhà, đường, thôn hoặc tổ dân phố", "House number, street, village or residential group"),
            OldAddressSummary => ("Thẻ căn cước của tôi ghi địa chỉ cũ (trước ngày 01/7/2025)", "My identity card shows an old address (before 1 July 2025)"),
            OldAddressIntro => ("Chọn địa chỉ cũ như trên thẻ: chúng tôi tìm xã, phường mới tương ứng.", "Choose the old address shown on your card: we find the commune or ward it is in now."),
            OldProvince => ("Tỉnh, thành phố (cũ)", "Province or city (old)"),
            OldDistrict => ("Quận, huyện, thị xã hoặc thành phố thuộc tỉnh (cũ)", "District (old)"),
            OldCommune => ("Xã, phường hoặc thị trấn (cũ)", "Commune, ward or township (old)"),
            ChooseProvince => ("Chọn tỉnh, thành phố", "Choose a province or city"),
            ChooseDistrict => ("Chọn quận, huyện", "Choose a district"),
            ChooseCommune => ("Chọn xã, phường", "Choose a commune or ward"),
            OldAddressOne => ("Địa chỉ này nay thuộc:", "This address is now in:"),
            OldAddressSplit => ("Xã cũ của bạn đã được chia cho nhiều xã, phường mới. Chọn nơi bạn ở:", "Your old commune was split between several new ones. Choose where you live:"),
            OldAddressUse => ("Dùng: ", "Use: "),
            OldAddressUsed => ("Đã điền: ", "Filled in: "),
            IdLabel => ("Số định danh cá nhân", "Personal ID number"),
            IdHint => ("12 chữ số in trên thẻ căn cước, ví dụ 001 203 456 789", "The 12 digits on your identity card, for example 001 203 456 789"),
            PhoneLabel => ("Số điện thoại di động", "Mobile phone number"),
            PhoneHint => ("Ví dụ: 0912 345 678", "For example: 0912 345 678"),
            TaxLabel => ("Mã số thuế", "Tax code"),
            TaxHint => ("10 chữ số, ví dụ 0100109106; chi nhánh: 0100109106-001; cá nhân: số định danh 12 chữ số", "10 digits, for example 0100109106; a branch: 0100109106-001; a person: the 12-digit personal ID number"),
            NameLabel => ("Họ và tên", "Full name"),
            NameHint => ("Ghi đầy đủ, có dấu, như trên thẻ căn cước", "In full, with its accents, as on your identity card"),
            MoneyLabel => ("Số tiền", "Amount"),
            MoneyHint => ("Ví dụ: 1.500.000", "For example: 1.500.000"),
            YouEntered => ("Bạn đã nhập: ", "You entered: "),
            BirthRegisteredIn => ("nơi đăng ký khai sinh: ", "birth registered in: "),
            Male => ("nam", "male"),
            Female => ("nữ", "female"),
            BornIn => ("sinh năm ", "born in "),
            OldCardEntered => ("Bạn đã nhập số chứng minh nhân dân cũ: ", "You entered an old ID card number: "),
            TaxMain => ("Bạn đã nhập mã số thuế: ", "You entered the tax code: "),
            TaxBranch => ("Bạn đã nhập mã số thuế chi nhánh: ", "You entered a branch tax code: "),
            TaxPersonal => ("Bạn đã nhập mã số thuế cá nhân (số định danh): ", "You entered a personal tax code (ID number): "),
            OldAddressLoadFailed => ("Không tải được danh sách địa giới cũ. Kiểm tra kết nối mạng rồi chọn lại tỉnh.", "The old address list could not be loaded. Check your connection and choose the province again."),
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
