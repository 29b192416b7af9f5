//! What is wrong with one answer: a code and the numbers or words the message needs.
//! Owns the vocabulary of problems; the sentences live in `messages`.

/// The kind of problem found in an answer. Each code has one message per locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProblemCode {
    /// Nothing was entered for a required question.
    Required,
    /// Nothing was chosen for a required choice or file question.
    RequiredChoice,
    /// The answer is longer than allowed; args: `max`, `actual` (characters).
    TooLong,
    /// An amount of money has characters other than digits and separators; args: `chars`.
    AmountNotANumber,
    /// An amount has a decimal part or badly placed separators (đồng has no minor unit).
    AmountNotWhole,
    /// An amount is larger than the kit can hold; args: `max`.
    AmountTooLarge,
    /// A whole number has characters other than digits; args: `chars`.
    NumberNotWhole,
    /// A whole number outside its limits; args: `min`, `max`.
    NumberRange,
    /// A whole number below its least; args: `min`.
    NumberTooSmall,
    /// A whole number above its most; args: `max`.
    NumberTooLarge,
    /// An ID number has characters other than digits; args: `chars`.
    CitizenIdNotDigits,
    /// An ID number is not 12 digits long; args: `actual`.
    CitizenIdLength,
    /// A 9-digit ID card number where only the 12-digit number is accepted.
    CitizenIdOldCard,
    /// The first three digits are no place code; args: `code`.
    CitizenIdPlace,
    /// The birth year encoded is in the future; args: `year`.
    CitizenIdFutureYear,
    /// The birth year in the ID differs from the date of birth; args: `id_year`, `year`.
    CitizenIdYearMismatch,
    /// The sex in the ID differs from the one given; args: `id_sex`, `sex` ("male"/"female").
    CitizenIdSexMismatch,
    /// A phone number has characters other than digits; args: `chars`.
    PhoneNotDigits,
    /// A phone number with a country code other than +84.
    PhoneNotVietnamese,
    /// A phone number that does not start like a Vietnamese one.
    PhoneStart,
    /// A mobile number of the wrong length; args: `actual` (digits with the leading 0).
    PhoneLength,
    /// A landline where only mobiles are accepted.
    PhoneLandline,
    /// A landline of the wrong length; args: `actual`.
    PhoneLandlineLength,
    /// A tax code has characters other than digits; args: `chars`.
    TaxCodeNotDigits,
    /// A tax code is not 10, 12 or 13 digits; args: `actual`.
    TaxCodeLength,
    /// The 10th digit does not match the first nine.
    TaxCodeCheckDigit,
    /// The branch number is 000.
    TaxCodeBranch,
    /// A name has characters that are not letters, spaces, apostrophes or hyphens; args: `chars`.
    NameCharacters,
    /// Some of day, month, year are missing; args: `parts`.
    DateMissing,
    /// Some parts are not numbers; args: `parts`.
    DateNotNumbers,
    /// The year is not four digits; args: `parts`.
    DateYearDigits,
    /// The month is not 1–12; args: `parts`.
    DateMonth,
    /// The day does not exist in that month; args: `parts`, `max`, `month`, `year`.
    DateDay,
    /// The date must be in the past; args: `parts`.
    DateNotPast,
    /// The date must be today or later; args: `parts`.
    DatePast,
    /// The person must be at least `age` years old; args: `parts`, `age`.
    DateMinAge,
    /// An e-mail address that cannot be right.
    EmailFormat,
    /// A choice that is not one of the options offered.
    ChoiceUnknown,
    /// A commune that is not in the province chosen beside it (the province was changed
    /// after the commune was chosen).
    CommuneNotInProvince,
    /// "None of these" was ticked together with other options.
    ChoiceExclusive,
    /// A box that must be ticked is not (e.g. a declaration).
    NotTicked,
    /// A file of a type not accepted; args: `file`, `types`.
    FileType,
    /// A file larger than allowed; args: `file`, `max` (with its unit, "5 MB").
    FileTooLarge,
    /// Too many files; args: `max`.
    FileTooMany,
    /// An empty file; args: `file`.
    FileEmpty,
    /// A file whose bytes are not what its name says; args: `file`, `type` ("PDF").
    FileContent,
    /// A one-time code has characters other than digits; args: `chars`.
    OtpNotDigits,
    /// A one-time code of the wrong length; args: `digits` (expected), `actual`.
    OtpLength,
    /// The server says the code is not the one it sent.
    OtpWrong,
    /// The server says the code has expired.
    OtpExpired,
    /// The server refuses the ID number and password given together (never says which).
    SignInWrong,
    /// Too many failed attempts: the server asks to wait; args: `minutes`.
    SignInLocked,
    /// A check of the portal's own that a procedure file cannot say (across answers, or
    /// against the portal's records); args: `vi`, `en` (what to say in each language).
    Portal,
}

/// One problem with one answer, ready to be rendered by a message catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub code: ProblemCode,
    /// Named arguments the message uses, e.g. `("max", "100")`.
    pub args: Vec<(&'static str, String)>,
}

impl Problem {
    /// A problem without arguments.
    pub fn new(code: ProblemCode) -> Self {
        Self {
            code,
            args: Vec::new(),
        }
    }

    /// Adds a named argument (builder style).
    pub fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    /// The value of a named argument, or "" when the problem has none by that name.
    pub fn arg(&self, name: &str) -> &str {
        self.args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }
}
