//! VietQR: the payload of a bank-transfer QR code as NAPAS defines it on EMVCo's merchant QR
//! format, which every Vietnamese bank app reads. Building one for a transfer (to an account
//! or a card, with or without an amount, with a transfer content), and reading one back with
//! a named [`QrDefect`] for each thing wrong with it. Owns the payload text only; drawing the
//! code is the component's job.
//!
//! The payload is a list of fields, each `tag` (2 digits) + `length` (2 digits) + value:
//!
//! | tag | what | value |
//! |---|---|---|
//! | 00 | payload format | `01` |
//! | 01 | initiation | `11` static (the payer types the amount), `12` with an amount |
//! | 38 | beneficiary | 00 = `A000000727` (NAPAS); 01 = (00 bank BIN, 01 account or card number); 02 = `QRIBFTTA` (account) or `QRIBFTTC` (card) |
//! | 53 | currency | `704` (đồng) |
//! | 54 | amount | digits only, at most 13 |
//! | 58 | country | `VN` |
//! | 62 | additional data | 08 = purpose (the transfer content) |
//! | 63 | CRC | CRC-16/CCITT-FALSE of everything before it, `6304` included, 4 hex digits |
//!
//! ```
//! use dvc_rules::vietqr::{Service, Transfer};
//! let transfer = Transfer::new("970416", "257678859", Service::Account).with_amount(10_000).with_purpose("Chuyen tien");
//! let payload = transfer.payload().unwrap();
//! assert_eq!(payload, "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6");
//! assert_eq!(Transfer::parse(&payload), Ok(transfer));
//! ```

use crate::messages::Locale;

/// NAPAS's application identifier in field 38.00.
pub const NAPAS_GUID: &str = "A000000727";
/// The currency code of the đồng (ISO 4217).
pub const CURRENCY_VND: &str = "704";
/// The longest transfer content (EMVCo's purpose of transaction, field 62.08).
pub const MAX_PURPOSE: usize = 25;
/// The longest account or card number.
pub const MAX_NUMBER: usize = 19;
/// The most digits an amount may have.
pub const MAX_AMOUNT_DIGITS: usize = 13;

/// Where the money goes: an account or a card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Service {
    /// To an account number (`QRIBFTTA`).
    Account,
    /// To a card number (`QRIBFTTC`).
    Card,
}

impl Service {
    /// The service code in field 38.02.
    pub fn code(self) -> &'static str {
        match self {
            Service::Account => "QRIBFTTA",
            Service::Card => "QRIBFTTC",
        }
    }
}

/// One bank transfer a QR code asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transfer {
    /// The receiving bank's 6-digit BIN ("970416").
    pub bank_bin: String,
    /// The account or card number (letters and digits, at most 19).
    pub number: String,
    pub service: Service,
    /// The amount in đồng; none: the payer types it.
    pub amount: Option<u64>,
    /// The transfer content as the code carries it (see [`transfer_content`]); "" for none.
    pub purpose: String,
}

/// What is wrong with a payload, or with a transfer that cannot be written as one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QrDefect {
    /// A letter outside printable ASCII.
    NotAscii,
    /// A field's tag or length is not two digits, or its value runs past the end.
    Malformed { at: usize },
    /// The same field twice.
    Repeated(String),
    /// A field the format requires is missing ("38.01.00" is the bank BIN inside 38.01).
    Missing(&'static str),
    /// The CRC field is not the last, or not 4 hexadecimal digits.
    CrcNotLast,
    /// The CRC does not match the payload: something was changed or misread.
    CrcMismatch { expected: String, found: String },
    /// Field 00 is not `01`.
    FormatIndicator(String),
    /// Field 01 is neither `11` nor `12`.
    Initiation(String),
    /// Field 38.00 is not NAPAS's identifier: not a VietQR transfer code.
    NotVietQr(String),
    /// Field 38.02 is neither `QRIBFTTA` nor `QRIBFTTC`.
    UnknownService(String),
    /// The bank BIN is not 6 digits.
    BankBin(String),
    /// The account or card number is empty, too long or has characters other than letters and digits.
    Number(String),
    /// Field 53 is not `704` (đồng).
    Currency(String),
    /// Field 58 is not `VN`.
    Country(String),
    /// The amount is not whole đồng in at most 13 digits (or is zero).
    Amount(String),
    /// A static code (`11`) carries an amount, or a code with an amount (`12`) has none.
    InitiationAndAmount,
    /// The transfer content is longer than 25 characters or not plain letters, digits and spaces.
    Purpose(String),
}

impl QrDefect {
    /// The defect as a sentence for a developer or an official (never shown to a payer as is).
    pub fn message(&self, locale: Locale) -> String {
        let vi = locale == Locale::Vi;
        let say = |v: String, e: String| if vi { v } else { e };
        match self {
            QrDefect::NotAscii => say(
                "Mã chứa ký tự ngoài bảng ASCII in được".into(),
                "The payload has characters outside printable ASCII".into(),
            ),
            QrDefect::Malformed { at } => say(
                format!("Trường ở vị trí {at} có thẻ hoặc độ dài sai"),
                format!("The field at position {at} has a bad tag or length"),
            ),
            QrDefect::Repeated(tag) => say(
                format!("Trường {tag} xuất hiện hai lần"),
                format!("Field {tag} appears twice"),
            ),
            QrDefect::Missing(tag) => say(
                format!("Thiếu trường {tag}"),
                format!("Field {tag} is missing"),
            ),
            QrDefect::CrcNotLast => say(
                "Trường kiểm tra 63 phải ở cuối, gồm 4 chữ số hệ 16".into(),
                "The check field 63 must come last, as 4 hexadecimal digits".into(),
            ),
            QrDefect::CrcMismatch { expected, found } => say(
                format!("Mã kiểm tra sai: tính được {expected}, trong mã là {found}"),
                format!("Wrong check code: computed {expected}, the payload says {found}"),
            ),
            QrDefect::FormatIndicator(v) => say(
                format!("Trường 00 phải là 01, không phải {v}"),
                format!("Field 00 must be 01, not {v}"),
            ),
            QrDefect::Initiation(v) => say(
                format!("Trường 01 phải là 11 hoặc 12, không phải {v}"),
                format!("Field 01 must be 11 or 12, not {v}"),
            ),
            QrDefect::NotVietQr(v) => say(
                format!("Không phải mã VietQR: định danh {v}"),
                format!("Not a VietQR code: identifier {v}"),
            ),
            QrDefect::UnknownService(v) => say(
                format!("Mã dịch vụ không biết: {v}"),
                format!("Unknown service code: {v}"),
            ),
            QrDefect::BankBin(v) => say(
                format!("Mã BIN ngân hàng phải có 6 chữ số: {v}"),
                format!("The bank BIN must be 6 digits: {v}"),
            ),
            QrDefect::Number(v) => say(
                format!("Số tài khoản hoặc số thẻ phải gồm 1 đến 19 chữ cái hoặc chữ số: {v}"),
                format!("The account or card number must be 1 to 19 letters or digits: {v}"),
            ),
            QrDefect::Currency(v) => say(
                format!("Tiền tệ phải là 704 (đồng), không phải {v}"),
                format!("The currency must be 704 (đồng), not {v}"),
            ),
            QrDefect::Country(v) => say(
                format!("Quốc gia phải là VN, không phải {v}"),
                format!("The country must be VN, not {v}"),
            ),
            QrDefect::Amount(v) => say(
                format!("Số tiền phải là số đồng nguyên dương, tối đa 13 chữ số: {v}"),
                format!("The amount must be whole đồng above zero, at most 13 digits: {v}"),
            ),
            QrDefect::InitiationAndAmount => say(
                "Mã tĩnh (11) không được có số tiền; mã có số tiền phải là 12".into(),
                "A static code (11) has no amount; a code with an amount is 12".into(),
            ),
            QrDefect::Purpose(v) => say(
                format!("Nội dung chuyển khoản tối đa 25 chữ cái, chữ số, dấu cách: {v}"),
                format!("The transfer content is at most 25 letters, digits and spaces: {v}"),
            ),
        }
    }
}

/// A transfer content a bank app accepts, from any text: Vietnamese letters without their
/// marks ("Lệ phí" → "Le phi", đ → d), only letters, digits, spaces, `-` and `.`, single
/// spaces, cut at a word boundary to at most 25 characters.
///
/// ```
/// use dvc_rules::vietqr::transfer_content;
/// assert_eq!(transfer_content("Lệ phí đăng ký hộ kinh doanh"), "Le phi dang ky ho kinh");
/// // A dossier code fits exactly:
/// assert_eq!(transfer_content("000.00.12.H62-201105-0004"), "000.00.12.H62-201105-0004");
/// ```
pub fn transfer_content(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    for c in crate::latin::nfd(text).chars() {
        match c {
            '\u{300}'..='\u{36f}' => {}
            'đ' => plain.push('d'),
            'Đ' => plain.push('D'),
            c if c.is_ascii_alphanumeric() || c == '-' || c == '.' => plain.push(c),
            _ => plain.push(' '),
        }
    }
    let mut out = String::new();
    for word in plain.split_whitespace() {
        let needed = if out.is_empty() {
            word.len()
        } else {
            out.len() + 1 + word.len()
        };
        if needed > MAX_PURPOSE {
            if out.is_empty() {
                out.push_str(&word[..MAX_PURPOSE]);
            }
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR).
///
/// ```
/// assert_eq!(dvc_rules::vietqr::crc16(b"123456789"), 0x29B1);
/// ```
pub fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &b in bytes {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

/// One field: tag, two-digit length, value (values are ASCII and at most 99 long here).
fn field(tag: &str, value: &str) -> String {
    format!("{tag}{:02}{value}", value.len())
}

impl Transfer {
    /// A transfer without an amount or content (a static code: the payer types the amount).
    pub fn new(bank_bin: &str, number: &str, service: Service) -> Transfer {
        Transfer {
            bank_bin: bank_bin.into(),
            number: number.into(),
            service,
            amount: None,
            purpose: String::new(),
        }
    }

    /// The same transfer for `amount` đồng.
    pub fn with_amount(self, amount: u64) -> Transfer {
        Transfer {
            amount: Some(amount),
            ..self
        }
    }

    /// The same transfer with a content made from `text` by [`transfer_content`].
    pub fn with_purpose(self, text: &str) -> Transfer {
        Transfer {
            purpose: transfer_content(text),
            ..self
        }
    }

    /// Checks every part of the transfer against what the format allows.
    fn check(&self) -> Result<(), QrDefect> {
        if self.bank_bin.len() != 6 || !self.bank_bin.bytes().all(|b| b.is_ascii_digit()) {
            return Err(QrDefect::BankBin(self.bank_bin.clone()));
        }
        if self.number.is_empty()
            || self.number.len() > MAX_NUMBER
            || !self.number.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            return Err(QrDefect::Number(self.number.clone()));
        }
        if let Some(amount) = self.amount {
            if amount == 0 || amount.to_string().len() > MAX_AMOUNT_DIGITS {
                return Err(QrDefect::Amount(amount.to_string()));
            }
        }
        if transfer_content(&self.purpose) != self.purpose {
            return Err(QrDefect::Purpose(self.purpose.clone()));
        }
        Ok(())
    }

    /// The payload to draw as a QR code.
    pub fn payload(&self) -> Result<String, QrDefect> {
        self.check()?;
        let bank = field("00", &self.bank_bin) + &field("01", &self.number);
        let beneficiary =
            field("00", NAPAS_GUID) + &field("01", &bank) + &field("02", self.service.code());
        let mut out = field("00", "01");
        out += &field("01", if self.amount.is_some() { "12" } else { "11" });
        out += &field("38", &beneficiary);
        out += &field("53", CURRENCY_VND);
        if let Some(amount) = self.amount {
            out += &field("54", &amount.to_string());
        }
        out += &field("58", "VN");
        if !self.purpose.is_empty() {
            out += &field("62", &field("08", &self.purpose));
        }
        out += "6304";
        out += &format!("{:04X}", crc16(out.as_bytes()));
        Ok(out)
    }

    /// Reads a payload back, or says what is wrong with it.
    pub fn parse(payload: &str) -> Result<Transfer, QrDefect> {
        if !payload.bytes().all(|b| (0x20..0x7f).contains(&b)) {
            return Err(QrDefect::NotAscii);
        }
        let top = fields(payload, 0)?;
        let (crc_at, crc) = top
            .iter()
            .find(|(_, tag, _)| tag == "63")
            .map(|(at, _, v)| (*at, v.clone()))
            .ok_or(QrDefect::Missing("63"))?;
        if crc_at + 8 != payload.len()
            || crc.len() != 4
            || !crc.bytes().all(|b| b.is_ascii_hexdigit())
        {
            return Err(QrDefect::CrcNotLast);
        }
        let expected = format!("{:04X}", crc16(&payload.as_bytes()[..crc_at + 4]));
        if !expected.eq_ignore_ascii_case(&crc) {
            return Err(QrDefect::CrcMismatch {
                expected,
                found: crc,
            });
        }
        let get = |list: &[(usize, String, String)], tag: &str| {
            list.iter()
                .find(|(_, t, _)| t == tag)
                .map(|(_, _, v)| v.clone())
        };
        let need = |list: &[(usize, String, String)], tag: &str, name: &'static str| {
            get(list, tag).ok_or(QrDefect::Missing(name))
        };

        let format = need(&top, "00", "00")?;
        if format != "01" {
            return Err(QrDefect::FormatIndicator(format));
        }
        let initiation = need(&top, "01", "01")?;
        if initiation != "11" && initiation != "12" {
            return Err(QrDefect::Initiation(initiation));
        }
        let beneficiary = need(&top, "38", "38")?;
        let inner = fields(&beneficiary, 0)?;
        let guid = need(&inner, "00", "38.00")?;
        if guid != NAPAS_GUID {
            return Err(QrDefect::NotVietQr(guid));
        }
        let bank = fields(&need(&inner, "01", "38.01")?, 0)?;
        let service = match need(&inner, "02", "38.02")?.as_str() {
            "QRIBFTTA" => Service::Account,
            "QRIBFTTC" => Service::Card,
            other => return Err(QrDefect::UnknownService(other.into())),
        };
        let bank_bin = need(&bank, "00", "38.01.00")?;
        let number = need(&bank, "01", "38.01.01")?;
        let currency = need(&top, "53", "53")?;
        if currency != CURRENCY_VND {
            return Err(QrDefect::Currency(currency));
        }
        let country = need(&top, "58", "58")?;
        if country != "VN" {
            return Err(QrDefect::Country(country));
        }
        let amount = match get(&top, "54") {
            None => None,
            Some(a)
                if !a.is_empty()
                    && a.len() <= MAX_AMOUNT_DIGITS
                    && a.bytes().all(|b| b.is_ascii_digit())
                    && !a.starts_with('0') =>
            {
                a.parse().ok()
            }
            Some(a) => return Err(QrDefect::Amount(a)),
        };
        if amount.is_some() != (initiation == "12") {
            return Err(QrDefect::InitiationAndAmount);
        }
        let purpose = match get(&top, "62") {
            Some(extra) => get(&fields(&extra, 0)?, "08").unwrap_or_default(),
            None => String::new(),
        };
        let transfer = Transfer {
            bank_bin,
            number,
            service,
            amount,
            purpose,
        };
        transfer.check()?;
        Ok(transfer)
    }
}

/// The fields of `text` as (position in the whole payload, tag, value); `offset` is where
/// `text` starts in it (for the position named by [`QrDefect::Malformed`]).
fn fields(text: &str, offset: usize) -> Result<Vec<(usize, String, String)>, QrDefect> {
    let mut out: Vec<(usize, String, String)> = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let head = text
            .get(at..at + 4)
            .filter(|h| h.bytes().all(|b| b.is_ascii_digit()))
            .ok_or(QrDefect::Malformed { at: offset + at })?;
        let (tag, len) = (
            &head[..2],
            head[2..]
                .parse::<usize>()
                .map_err(|_| QrDefect::Malformed { at: offset + at })?,
        );
        let value = text
            .get(at + 4..at + 4 + len)
            .ok_or(QrDefect::Malformed { at: offset + at })?;
        if out.iter().any(|(_, t, _)| t == tag) {
            return Err(QrDefect::Repeated(tag.into()));
        }
        out.push((offset + at, tag.into(), value.into()));
        at += 4 + len;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const STATIC_ACB: &str = "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F";

    #[test]
    fn builds_the_published_static_code() {
        assert_eq!(
            Transfer::new("970416", "257678859", Service::Account)
                .payload()
                .unwrap(),
            STATIC_ACB
        );
        assert_eq!(
            Transfer::parse(STATIC_ACB).unwrap(),
            Transfer::new("970416", "257678859", Service::Account)
        );
    }

    #[test]
    fn names_each_defect() {
        let with = |from: &str, to: &str| {
            let body = STATIC_ACB[..STATIC_ACB.len() - 4].replace(from, to);
            format!("{body}{:04X}", crc16(body.as_bytes()))
        };
        assert_eq!(
            Transfer::parse(&STATIC_ACB.replace("AE9F", "AE9E")),
            Err(QrDefect::CrcMismatch {
                expected: "AE9F".into(),
                found: "AE9E".into()
            })
        );
        assert_eq!(
            Transfer::parse(&with("5303704", "5303840")),
            Err(QrDefect::Currency("840".into()))
        );
        assert_eq!(
            Transfer::parse(&with("5802VN", "5802LA")),
            Err(QrDefect::Country("LA".into()))
        );
        assert_eq!(
            Transfer::parse(&with("A000000727", "A000000775")),
            Err(QrDefect::NotVietQr("A000000775".into()))
        );
        assert_eq!(
            Transfer::parse(&with("QRIBFTTA", "QRPUSHXX")),
            Err(QrDefect::UnknownService("QRPUSHXX".into()))
        );
        assert_eq!(
            Transfer::parse(&with("010211", "010213")),
            Err(QrDefect::Initiation("13".into()))
        );
        assert_eq!(
            Transfer::parse(&with("010211", "010212")),
            Err(QrDefect::InitiationAndAmount)
        );
        assert_eq!(
            Transfer::parse(&with("5303704", "")),
            Err(QrDefect::Missing("53"))
        );
        assert_eq!(
            Transfer::parse(&with("0006970416", "000697041X")),
            Err(QrDefect::BankBin("97041X".into()))
        );
        assert_eq!(
            Transfer::parse(&with("5802VN", "5802VN5802VN")),
            Err(QrDefect::Repeated("58".into()))
        );
        assert_eq!(
            Transfer::parse(&format!("{STATIC_ACB}9900")),
            Err(QrDefect::CrcNotLast)
        );
        assert!(matches!(
            Transfer::parse("0002010102116304"),
            Err(QrDefect::Malformed { .. })
        ));
        assert_eq!(Transfer::parse("000201é"), Err(QrDefect::NotAscii));
        assert!(matches!(
            Transfer::parse(&with("5802VN", "5809VN")),
            Err(QrDefect::Malformed { .. })
        ));
        let amount_zero = "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540105802VN";
        let amount_zero = format!(
            "{amount_zero}6304{:04X}",
            crc16(format!("{amount_zero}6304").as_bytes())
        );
        assert_eq!(
            Transfer::parse(&amount_zero),
            Err(QrDefect::Amount("0".into()))
        );
    }

    #[test]
    fn refuses_to_build_what_a_bank_cannot_read() {
        let base = Transfer::new("970416", "257678859", Service::Account);
        assert_eq!(
            Transfer {
                bank_bin: "97041".into(),
                ..base.clone()
            }
            .payload(),
            Err(QrDefect::BankBin("97041".into()))
        );
        assert_eq!(
            Transfer {
                number: "12345678901234567890".into(),
                ..base.clone()
            }
            .payload(),
            Err(QrDefect::Number("12345678901234567890".into()))
        );
        assert_eq!(
            Transfer {
                number: "123 456".into(),
                ..base.clone()
            }
            .payload(),
            Err(QrDefect::Number("123 456".into()))
        );
        assert_eq!(
            base.clone().with_amount(0).payload(),
            Err(QrDefect::Amount("0".into()))
        );
        assert_eq!(
            base.clone().with_amount(10_000_000_000_000).payload(),
            Err(QrDefect::Amount("10000000000000".into()))
        );
        assert!(base
            .clone()
            .with_amount(9_999_999_999_999)
            .payload()
            .is_ok());
        assert_eq!(
            Transfer {
                purpose: "Lệ phí".into(),
                ..base
            }
            .payload(),
            Err(QrDefect::Purpose("Lệ phí".into()))
        );
    }

    #[test]
    fn transfer_content_keeps_what_banks_accept() {
        assert_eq!(
            transfer_content("  Nộp   lệ phí: hồ sơ #12 "),
            "Nop le phi ho so 12"
        );
        assert_eq!(transfer_content("ĐĂNG KÝ"), "DANG KY");
        assert_eq!(
            transfer_content("Nguyễn Thị Ánh Tuyết Phương Thảo"),
            "Nguyen Thi Anh Tuyet"
        );
        assert_eq!(
            transfer_content("abcdefghijklmnopqrstuvwxyz0123"),
            "abcdefghijklmnopqrstuvwxy"
        );
        assert_eq!(transfer_content("—"), "");
        for message in [
            QrDefect::NotAscii,
            QrDefect::Missing("53"),
            QrDefect::InitiationAndAmount,
        ] {
            assert_ne!(message.message(Locale::Vi), message.message(Locale::En));
        }
    }

    fn transfers() -> impl Strategy<Value = Transfer> {
        (
            "9[0-9]{5}",
            "[0-9A-Z]{1,19}",
            prop::bool::ANY,
            prop::option::of(1u64..=9_999_999_999_999),
            "[A-Za-z0-9 .-]{0,30}",
        )
            .prop_map(|(bin, number, card, amount, purpose)| Transfer {
                bank_bin: bin,
                number,
                service: if card {
                    Service::Card
                } else {
                    Service::Account
                },
                amount,
                purpose: transfer_content(&purpose),
            })
    }

    proptest! {
        #[test]
        fn every_built_payload_reads_back_the_same(t in transfers()) {
            let payload = t.payload().unwrap();
            prop_assert_eq!(Transfer::parse(&payload), Ok(t));
        }

        #[test]
        fn every_single_character_change_is_caught(t in transfers(), pick in any::<prop::sample::Index>(), with in 0x20u8..0x7f) {
            let payload = t.payload().unwrap();
            let at = pick.index(payload.len());
            prop_assume!(payload.as_bytes()[at] != with);
            // A CRC hex digit in the other case is the same number: not a change.
            prop_assume!(!(at >= payload.len() - 4 && payload.as_bytes()[at].eq_ignore_ascii_case(&with)));
            let mut bytes = payload.into_bytes();
            bytes[at] = with;
            let changed = String::from_utf8(bytes).unwrap();
            prop_assert!(Transfer::parse(&changed).is_err(), "{} read as valid", changed);
        }
    }
}
