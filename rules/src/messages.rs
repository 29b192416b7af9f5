//! Message catalogues: every [`Problem`] as a specific sentence that says how to fix it,
//! in Vietnamese (the default) and English. Owns wording only; no checking happens here.

use crate::problem::{Problem, ProblemCode};

/// The language of the page. Vietnamese is the default everywhere in the kit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    Vi,
    En,
}

impl Locale {
    /// The BCP 47 tag for the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Vi => "vi",
            Locale::En => "en",
        }
    }

    /// The locale for a `lang` tag such as "vi", "en" or "en-GB"; Vietnamese otherwise.
    pub fn from_tag(tag: &str) -> Self {
        if tag.trim().to_ascii_lowercase().starts_with("en") {
            Locale::En
        } else {
            Locale::Vi
        }
    }

    /// The visually hidden word read before every error message ("Lỗi:").
    pub fn error_prefix(self) -> &'static str {
        match self {
            Locale::Vi => "Lỗi:",
            Locale::En => "Error:",
        }
    }

    /// How the three parts of an address are named inside a message (province, commune,
    /// street): the kit's address question and a procedure's check use the same words.
    pub fn address_subjects(self) -> [&'static str; 3] {
        match self {
            Locale::Vi => [
                "tỉnh, thành phố",
                "xã, phường hoặc đặc khu",
                "số nhà, đường, thôn hoặc tổ dân phố",
            ],
            Locale::En => [
                "your province or city",
                "your commune, ward or special zone",
                "your house number, street, village or residential group",
            ],
        }
    }

    /// The words added to the label of a question that may be left blank.
    pub fn optional_marker(self) -> &'static str {
        match self {
            Locale::Vi => "(không bắt buộc)",
            Locale::En => "(optional)",
        }
    }
}

impl Problem {
    /// The sentence for this problem. `subject` names the question in lower case as it
    /// would be read inside a sentence ("họ và tên", "your full name").
    pub fn message(&self, locale: Locale, subject: &str) -> String {
        match (locale, self.code) {
            (Locale::Vi, ProblemCode::Required) => format!("Nhập {subject}"),
            (Locale::En, ProblemCode::Required) => format!("Enter {subject}"),
            (Locale::Vi, ProblemCode::RequiredChoice) => format!("Chọn {subject}"),
            (Locale::En, ProblemCode::RequiredChoice) => format!("Select {subject}"),
            (Locale::Vi, ProblemCode::TooLong) => format!(
                "{} phải có tối đa {} ký tự (hiện có {})",
                capitalise(subject),
                self.arg("max"),
                self.arg("actual")
            ),
            (Locale::En, ProblemCode::TooLong) => format!(
                "{} must be {} characters or fewer (it has {})",
                capitalise(subject),
                self.arg("max"),
                self.arg("actual")
            ),
            (Locale::Vi, ProblemCode::AmountNotANumber) => format!(
                "{} chỉ được có chữ số, không có “{}”. Ví dụ: 1.234.567",
                capitalise(subject),
                self.arg("chars")
            ),
            (Locale::En, ProblemCode::AmountNotANumber) => format!(
                "{} must contain only digits, not “{}”. For example: 1.234.567",
                capitalise(subject),
                self.arg("chars")
            ),
            (Locale::Vi, ProblemCode::AmountNotWhole) => format!(
                "{} phải là số đồng chẵn, dấu chấm chỉ dùng để tách hàng nghìn, như 1.234.567",
                capitalise(subject)
            ),
            (Locale::En, ProblemCode::AmountNotWhole) => format!(
                "{} must be whole đồng, with dots only between thousands, like 1.234.567",
                capitalise(subject)
            ),
            (Locale::Vi, ProblemCode::AmountTooLarge) => {
                format!("{} phải nhỏ hơn {} đồng", capitalise(subject), self.arg("max"))
            }
            (Locale::En, ProblemCode::AmountTooLarge) => {
                format!("{} must be less than {} đồng", capitalise(subject), self.arg("max"))
            }
            (Locale::Vi, ProblemCode::NumberNotWhole) => format!(
                "{} phải là số nguyên, chỉ gồm chữ số, không có “{}”. Ví dụ: 3",
                capitalise(subject),
                self.arg("chars")
            ),
            (Locale::En, ProblemCode::NumberNotWhole) => format!(
                "{} must be a whole number, digits only, not “{}”. For example: 3",
                capitalise(subject),
                self.arg("chars")
            ),
            (Locale::Vi, ProblemCode::NumberRange) => format!(
                "{} phải từ {} đến {}",
                capitalise(subject),
                self.arg("min"),
                self.arg("max")
            ),
            (Locale::En, ProblemCode::NumberRange) => format!(
                "{} must be between {} and {}",
                capitalise(subject),
                self.arg("min"),
                self.arg("max")
            ),
            (Locale::Vi, ProblemCode::NumberTooSmall) => {
                format!("{} phải từ {} trở lên", capitalise(subject), self.arg("min"))
            }
            (Locale::En, ProblemCode::NumberTooSmall) => {
                format!("{} must be {} or more", capitalise(subject), self.arg("min"))
            }
            (Locale::Vi, ProblemCode::NumberTooLarge) => {
                format!("{} phải từ {} trở xuống", capitalise(subject), self.arg("max"))
            }
            (Locale::En, ProblemCode::NumberTooLarge) => {
                format!("{} must be {} or fewer", capitalise(subject), self.arg("max"))
            }
            (Locale::Vi, ProblemCode::CitizenIdNotDigits) => format!("Số định danh cá nhân chỉ gồm chữ số, không có “{}”", self.arg("chars")),
            (Locale::En, ProblemCode::CitizenIdNotDigits) => format!("The personal ID number must contain only digits, not “{}”", self.arg("chars")),
            (Locale::Vi, ProblemCode::CitizenIdLength) => format!("Nhập số định danh cá nhân gồm 12 chữ số (bạn đã nhập {} chữ số)", self.arg("actual")),
            (Locale::En, ProblemCode::CitizenIdLength) => format!("Enter the 12-digit personal ID number (you entered {} digits)", self.arg("actual")),
            (Locale::Vi, ProblemCode::CitizenIdOldCard) => "Số chứng minh nhân dân 9 số không còn được dùng ở đây. Nhập số định danh cá nhân gồm 12 chữ số in trên thẻ căn cước".into(),
            (Locale::En, ProblemCode::CitizenIdOldCard) => "The old 9-digit ID card number is not accepted here. Enter the 12-digit personal ID number shown on your citizen identity card".into(),
            (Locale::Vi, ProblemCode::CitizenIdPlace) => format!("3 chữ số đầu “{}” không phải mã nơi đăng ký khai sinh. Kiểm tra lại số trên thẻ căn cước", self.arg("code")),
            (Locale::En, ProblemCode::CitizenIdPlace) => format!("The first 3 digits “{}” are not a place-of-registration code. Check the number on your identity card", self.arg("code")),
            (Locale::Vi, ProblemCode::CitizenIdFutureYear) => format!("Số định danh cá nhân cho năm sinh {}, là năm chưa tới. Kiểm tra chữ số thứ 4 đến thứ 6", self.arg("year")),
            (Locale::En, ProblemCode::CitizenIdFutureYear) => format!("The personal ID number gives a birth year of {}, which is in the future. Check digits 4 to 6", self.arg("year")),
            (Locale::Vi, ProblemCode::CitizenIdYearMismatch) => format!("Năm sinh trong số định danh cá nhân là {}, khác với năm sinh {} bạn đã nhập. Kiểm tra lại một trong hai", self.arg("id_year"), self.arg("year")),
            (Locale::En, ProblemCode::CitizenIdYearMismatch) => format!("The personal ID number gives birth year {}, but you entered {}. Check one of them", self.arg("id_year"), self.arg("year")),
            (Locale::Vi, ProblemCode::CitizenIdSexMismatch) => format!("Số định danh cá nhân ghi giới tính {}, khác với giới tính {} bạn đã chọn. Kiểm tra lại một trong hai", sex_vi(self.arg("id_sex")), sex_vi(self.arg("sex"))),
            (Locale::En, ProblemCode::CitizenIdSexMismatch) => format!("The personal ID number records sex as {}, but you chose {}. Check one of them", self.arg("id_sex"), self.arg("sex")),
            (Locale::Vi, ProblemCode::PhoneNotDigits) => format!("Số điện thoại chỉ gồm chữ số, không có “{}”", self.arg("chars")),
            (Locale::En, ProblemCode::PhoneNotDigits) => format!("The phone number must contain only digits, not “{}”", self.arg("chars")),
            (Locale::Vi, ProblemCode::PhoneNotVietnamese) => "Nhập số điện thoại Việt Nam, bắt đầu bằng 0 hoặc +84".into(),
            (Locale::En, ProblemCode::PhoneNotVietnamese) => "Enter a Vietnamese phone number, starting with 0 or +84".into(),
            (Locale::Vi, ProblemCode::PhoneStart) => "Số điện thoại di động bắt đầu bằng 03, 05, 07, 08 hoặc 09, như 0912 345 678".into(),
            (Locale::En, ProblemCode::PhoneStart) => "A mobile number starts with 03, 05, 07, 08 or 09, like 0912 345 678".into(),
            (Locale::Vi, ProblemCode::PhoneLength) => format!("Nhập số điện thoại di động gồm 10 chữ số, như 0912 345 678 (bạn đã nhập {} chữ số)", self.arg("actual")),
            (Locale::En, ProblemCode::PhoneLength) => format!("Enter a 10-digit mobile number, like 0912 345 678 (you entered {} digits)", self.arg("actual")),
            (Locale::Vi, ProblemCode::PhoneLandline) => "Nhập số điện thoại di động, không nhập số máy bàn".into(),
            (Locale::En, ProblemCode::PhoneLandline) => "Enter a mobile number, not a landline".into(),
            (Locale::Vi, ProblemCode::PhoneLandlineLength) => format!("Số máy bàn gồm 11 chữ số kể cả mã vùng, như 024 3825 4321 (bạn đã nhập {} chữ số)", self.arg("actual")),
            (Locale::En, ProblemCode::PhoneLandlineLength) => format!("A landline has 11 digits with the area code, like 024 3825 4321 (you entered {} digits)", self.arg("actual")),
            (Locale::Vi, ProblemCode::TaxCodeNotDigits) => format!("Mã số thuế chỉ gồm chữ số và một dấu gạch ngang trước mã chi nhánh, không có “{}”", self.arg("chars")),
            (Locale::En, ProblemCode::TaxCodeNotDigits) => format!("A tax code has only digits and a dash before the branch number, not “{}”", self.arg("chars")),
            (Locale::Vi, ProblemCode::TaxCodeLength) => format!("Mã số thuế gồm 10 chữ số, 13 chữ số với mã chi nhánh (như 0100109106-001), hoặc là số định danh cá nhân 12 chữ số (bạn đã nhập {} chữ số)", self.arg("actual")),
            (Locale::En, ProblemCode::TaxCodeLength) => format!("A tax code has 10 digits, 13 with a branch (like 0100109106-001), or is a 12-digit personal ID number (you entered {} digits)", self.arg("actual")),
            (Locale::Vi, ProblemCode::TaxCodeCheckDigit) => "Mã số thuế không đúng: chữ số cuối không khớp với 9 chữ số đầu. Kiểm tra lại từng chữ số".into(),
            (Locale::En, ProblemCode::TaxCodeCheckDigit) => "This tax code is not valid: the last digit does not match the first nine. Check each digit".into(),
            (Locale::Vi, ProblemCode::TaxCodeBranch) => "Mã chi nhánh sau dấu gạch ngang phải từ 001 đến 999".into(),
            (Locale::En, ProblemCode::TaxCodeBranch) => "The branch number after the dash must be from 001 to 999".into(),
            (Locale::Vi, ProblemCode::NameCharacters) => format!("{} chỉ gồm chữ cái, dấu cách, dấu nháy (') và dấu gạch ngang, không có “{}”", capitalise(subject), self.arg("chars")),
            (Locale::En, ProblemCode::NameCharacters) => format!("{} can only have letters, spaces, apostrophes (') and hyphens, not “{}”", capitalise(subject), self.arg("chars")),
            (Locale::Vi, ProblemCode::DateMissing) => format!("{} phải có {}", capitalise(subject), parts_vi(self.arg("parts"))),
            (Locale::En, ProblemCode::DateMissing) => format!("{} must include a {}", capitalise(subject), parts_en(self.arg("parts"))),
            (Locale::Vi, ProblemCode::DateNotNumbers) => format!("{} chỉ nhập bằng chữ số: kiểm tra {}", capitalise(subject), parts_vi(self.arg("parts"))),
            (Locale::En, ProblemCode::DateNotNumbers) => format!("{} must be in numbers: check the {}", capitalise(subject), parts_en(self.arg("parts"))),
            (Locale::Vi, ProblemCode::DateYearDigits) => "Năm phải có 4 chữ số, ví dụ 1990".into(),
            (Locale::En, ProblemCode::DateYearDigits) => "The year must have 4 digits, for example 1990".into(),
            (Locale::Vi, ProblemCode::DateMonth) => "Tháng phải là một số từ 1 đến 12".into(),
            (Locale::En, ProblemCode::DateMonth) => "The month must be a number from 1 to 12".into(),
            (Locale::Vi, ProblemCode::DateDay) => format!("Tháng {} năm {} chỉ có {} ngày: nhập ngày từ 1 đến {}", self.arg("month"), self.arg("year"), self.arg("max"), self.arg("max")),
            (Locale::En, ProblemCode::DateDay) => format!("Month {} of {} has only {} days: enter a day from 1 to {}", self.arg("month"), self.arg("year"), self.arg("max"), self.arg("max")),
            (Locale::Vi, ProblemCode::DateNotPast) => format!("{} phải là một ngày trong quá khứ", capitalise(subject)),
            (Locale::En, ProblemCode::DateNotPast) => format!("{} must be in the past", capitalise(subject)),
            (Locale::Vi, ProblemCode::DatePast) => format!("{} phải là hôm nay hoặc một ngày sau này", capitalise(subject)),
            (Locale::En, ProblemCode::DatePast) => format!("{} must be today or in the future", capitalise(subject)),
            (Locale::Vi, ProblemCode::DateMinAge) => format!("Bạn phải đủ {} tuổi trở lên để làm thủ tục này: kiểm tra {}", self.arg("age"), subject),
            (Locale::En, ProblemCode::DateMinAge) => format!("You must be {} or older for this service: check {}", self.arg("age"), subject),
            (Locale::Vi, ProblemCode::EmailFormat) => "Nhập địa chỉ email đúng định dạng, như ten@vidu.vn".into(),
            (Locale::En, ProblemCode::EmailFormat) => "Enter an email address in the correct format, like name@example.com".into(),
            (Locale::Vi, ProblemCode::ChoiceUnknown) => format!("Chọn {} trong các lựa chọn đã cho", subject),
            (Locale::En, ProblemCode::ChoiceUnknown) => format!("Select {} from the options given", subject),
            (Locale::Vi, ProblemCode::CommuneNotInProvince) => format!("Chọn {} thuộc tỉnh, thành phố đã chọn", subject),
            (Locale::En, ProblemCode::CommuneNotInProvince) => format!("Select {} in the province or city you chose", subject),
            (Locale::Vi, ProblemCode::ChoiceExclusive) => "Chọn “Không có” hoặc chọn các mục khác, không chọn cả hai".into(),
            (Locale::En, ProblemCode::ChoiceExclusive) => "Select “None of these” or the other options, not both".into(),
            (Locale::Vi, ProblemCode::NotTicked) => format!("Đánh dấu vào ô để xác nhận {}", subject),
            (Locale::En, ProblemCode::NotTicked) => format!("Tick the box to confirm {}", subject),
            (Locale::Vi, ProblemCode::FileType) => format!("Tệp “{}” không đúng loại: chỉ nhận {}", self.arg("file"), self.arg("types")),
            (Locale::En, ProblemCode::FileType) => format!("“{}” is not an accepted type: only {}", self.arg("file"), self.arg("types")),
            (Locale::Vi, ProblemCode::FileTooLarge) => format!("Tệp “{}” lớn hơn {}: hãy chụp hoặc quét lại với dung lượng nhỏ hơn", self.arg("file"), self.arg("max")),
            (Locale::En, ProblemCode::FileTooLarge) => format!("“{}” is larger than {}: scan or photograph it again at a smaller size", self.arg("file"), self.arg("max")),
            (Locale::Vi, ProblemCode::FileTooMany) => format!("Chỉ chọn tối đa {} tệp", self.arg("max")),
            (Locale::En, ProblemCode::FileTooMany) => format!("Select at most {} files", self.arg("max")),
            (Locale::Vi, ProblemCode::FileEmpty) => format!("Tệp “{}” trống: chọn lại tệp khác", self.arg("file")),
            (Locale::En, ProblemCode::FileEmpty) => format!("“{}” is empty: choose another file", self.arg("file")),
            (Locale::Vi, ProblemCode::FileContent) => format!("Tệp “{}” không phải là tệp {} thật: chọn đúng tệp bản quét hoặc ảnh chụp giấy tờ", self.arg("file"), self.arg("type")),
            (Locale::En, ProblemCode::FileContent) => format!("“{}” is not really a {} file: choose the scan or photo of the document", self.arg("file"), self.arg("type")),
            (Locale::Vi, ProblemCode::OtpNotDigits) => format!("Mã xác thực chỉ gồm chữ số, không có “{}”", self.arg("chars")),
            (Locale::En, ProblemCode::OtpNotDigits) => format!("The code must contain only digits, not “{}”", self.arg("chars")),
            (Locale::Vi, ProblemCode::OtpLength) => format!("Mã xác thực gồm {} chữ số (bạn đã nhập {} chữ số)", self.arg("digits"), self.arg("actual")),
            (Locale::En, ProblemCode::OtpLength) => format!("The code has {} digits (you entered {})", self.arg("digits"), self.arg("actual")),
            (Locale::Vi, ProblemCode::OtpWrong) => "Mã xác thực không đúng. Kiểm tra lại tin nhắn và nhập mã mới nhất".into(),
            (Locale::En, ProblemCode::OtpWrong) => "The code is not right. Check the message and enter the latest code".into(),
            (Locale::Vi, ProblemCode::OtpExpired) => "Mã xác thực đã hết hạn. Bấm “Gửi lại mã” để nhận mã mới".into(),
            (Locale::En, ProblemCode::OtpExpired) => "The code has expired. Press “Send a new code” to get a new one".into(),
            (Locale::Vi, ProblemCode::SignInWrong) => "Số định danh cá nhân hoặc mật khẩu không đúng".into(),
            (Locale::En, ProblemCode::SignInWrong) => "The personal ID number or the password is not right".into(),
            (Locale::Vi, ProblemCode::SignInLocked) => format!("Bạn đã nhập sai nhiều lần. Để bảo vệ tài khoản, hãy thử lại sau {} phút", self.arg("minutes")),
            (Locale::En, ProblemCode::SignInLocked) => format!("There were too many wrong tries. To protect the account, try again in {} minutes", self.arg("minutes")),
            // The portal's own words; the other language's when one is missing.
            (Locale::Vi, ProblemCode::Portal) => [self.arg("vi"), self.arg("en")].into_iter().find(|t| !t.is_empty()).unwrap_or_default().to_string(),
            (Locale::En, ProblemCode::Portal) => [self.arg("en"), self.arg("vi")].into_iter().find(|t| !t.is_empty()).unwrap_or_default().to_string(),
        }
    }
}

/// "day,year" → "ngày và năm".
fn parts_vi(parts: &str) -> String {
    let words: Vec<&str> = parts
        .split(',')
        .map(|p| match p {
            "day" => "ngày",
            "month" => "tháng",
            _ => "năm",
        })
        .collect();
    join_and(&words, "và")
}

fn parts_en(parts: &str) -> String {
    let words: Vec<&str> = parts.split(',').filter(|p| !p.is_empty()).collect();
    join_and(&words, "and")
}

fn join_and(words: &[&str], and: &str) -> String {
    match words {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

fn sex_vi(code: &str) -> &'static str {
    if code == "female" {
        "nữ"
    } else {
        "nam"
    }
}

/// Upper-cases the first letter, keeping Vietnamese diacritics ("họ" → "Họ").
fn capitalise(s: &str) -> String {
    crate::latin::with_first(s, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_long_names_limit_and_count_in_both_languages() {
        let p = Problem::new(ProblemCode::TooLong)
            .with("max", 10)
            .with("actual", 12);
        assert_eq!(
            p.message(Locale::Vi, "họ và tên"),
            "Họ và tên phải có tối đa 10 ký tự (hiện có 12)"
        );
        assert_eq!(
            p.message(Locale::En, "your name"),
            "Your name must be 10 characters or fewer (it has 12)"
        );
    }

    #[test]
    fn locale_from_tag_defaults_to_vietnamese() {
        assert_eq!(Locale::from_tag("en-GB"), Locale::En);
        assert_eq!(Locale::from_tag("vi"), Locale::Vi);
        assert_eq!(Locale::from_tag(""), Locale::Vi);
    }
}
