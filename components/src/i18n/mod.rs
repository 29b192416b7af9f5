//! The page's language, shared with every component through Leptos context, and the words
//! the components themselves show (button texts, counts, summaries) in Vietnamese and
//! English. Problem messages live in `dvc_rules::messages`.

use dvc_rules::Locale;
#[cfg(feature = "markup")]
use leptos::prelude::*;

#[cfg(feature = "markup")]
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

#[cfg(feature = "markup")]
/// The language provided by the nearest [`provide_locale`], Vietnamese when none.
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// Declares the keys of the components' words once: the enum and the list of every key
/// (which the catalogue tests walk).
macro_rules! words {
    ($($key:ident),* $(,)?) => {
        /// Words the components show themselves. Each key's Vietnamese text is in [`vi`] (the
        /// compiler keeps it complete); other languages may start small and fall back to it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Ui { $($key),* }

        impl Ui {
            /// Every key, in declaration order.
            pub const ALL: &'static [Ui] = &[$(Ui::$key),*];
        }
    };
}

words! {
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
    DropFilesHere,
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
    AddressCommune,
    AddressCommuneHint,
    AddressShowCommunes,
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
    OldAddressLoadFailed,
    CommunesLoading,
    CommunesLoadFailed,
    SkipToMain,
    LanguageSwitch,
    PaymentStatusTitle,
    PaymentPending,
    PaymentPendingNext,
    PaymentPaid,
    PaymentPaidNext,
    PaymentFailed,
    PaymentFailedNext,
    PaymentExpired,
    PaymentExpiredNext,
    CheckAgain,
    PaymentMethodQuestion,
    PaymentMethodSubject,
    PayByVietQr,
    PayByVietQrNext,
    PayByGateway,
    PayByGatewayNext,
    FeesToPay,
    Receiver,
    Total,
    InWords,
    VietQrTitle,
    VietQrImage,
    VietQrScan,
    VietQrByHand,
    VietQrCannotDraw,
    VietQrTypeAmount,
    Bank,
    AccountHolder,
    AccountNumber,
    CardNumber,
    Amount,
    TransferContent,
    ReceiptTitle,
    DossierCode,
    Payer,
    PaidAt,
    TransactionReference,
    PaidThrough,
    Collector,
    ItemsPaid,
    Item,
    PrintReceipt,
    ReceiptKeep,
    StepCount,
    StepDone,
    StepCurrent,
    StepTodo,
    TaskCompleted,
    TaskInProgress,
    TaskHasErrors,
    TaskCannotStart,
    Change,
    WarningPrefix,
    BannerImportant,
    BannerSuccess,
    BreadcrumbsLabel,
    ServiceInformation,
    ServiceMenu,
    FilterTitle,
    FilterSelected,
    FilterClearAll,
    FilterRemove,
    FilterApply,
    FilterAny,
    PaginationLabel,
    SortBy,
    PreviousPage,
    NextPage,
    PageNumber,
    NotAnswered,
    YourDossierCode,
    Back,
    Copy,
    Copied,
    CopyFailed,
    NoResults,
    ResultsFirstShown,
    Results,
    FilesChosenCount,
    FileRemoved,
    DecimalSeparator,
    MaxChars,
    MaxWords,
    CharsLeft,
    CharLeft,
    WordsLeft,
    WordLeft,
    CharsOver,
    CharOver,
    WordsOver,
    WordOver,
    SignInWithVneid,
    SignInWithAccount,
    SignInLevelTwo,
    SignInLevelTwoHow,
    SignedInAs,
    SignOut,
    TimeoutTitle,
    TimeoutSaid,
    TimeoutEndsIn,
    TimeoutKept,
    TimeoutContinue,
    TimeoutOffline,
    NotSentRetrying,
    NotSentFailed,
    TryAgain,
    Minutes,
    OneMinute,
    Seconds,
    OneSecond,
    OtpLabel,
    OtpHint,
    OtpHintSentTo,
    OtpWait,
    OtpCanResend,
    OtpResend,
    OtpConfirm,
    ForgotPassword,
    PasswordLabel,
    SignIn,
}

/// The Vietnamese catalogue: complete by construction (an exhaustive match).
pub fn vi(key: Ui) -> &'static str {
    use Ui::*;
    match key {
        ErrorSummaryTitle => "Có lỗi cần sửa",
        ErrorTitlePrefix => "Lỗi: ",
        Or => "hoặc",
        Show => "Hiện",
        Hide => "Ẩn",
        ShowPassword => "Hiện mật khẩu",
        HidePassword => "Ẩn mật khẩu",
        PasswordShown => "Mật khẩu đang hiện",
        PasswordHidden => "Mật khẩu đã ẩn",
        CapsLockOn => "Cảnh báo: phím Caps Lock đang bật",
        Day => "Ngày",
        Month => "Tháng",
        Year => "Năm",
        DropFilesHere => "hoặc kéo thả tệp vào đây",
        Remove => "Xoá",
        FilesChosen => "Tệp đã chọn",
        FilesChooseAgain => "Trang có lỗi nên các tệp bạn đã chọn chưa được lưu. Hãy chọn lại: ",
        Select => "Chọn",
        ConsentData => "Dữ liệu nào",
        ConsentPurpose => "Để làm gì",
        ConsentController => "Ai chịu trách nhiệm",
        ConsentWithdraw => "Cách rút lại đồng ý",
        AddressProvince => "Tỉnh, thành phố",
        AddressProvinceHint => "Chọn trong danh sách, hoặc gõ vài chữ để tìm, ví dụ “ha noi”, “hcm”",
        AddressCommune => "Xã, phường hoặc đặc khu",
        AddressCommuneHint => "Theo địa giới mới từ ngày 01/7/2025. Chọn tỉnh, thành phố trước",
        AddressShowCommunes => "Xem xã, phường của tỉnh, thành phố này",
        AddressStreet => "Số nhà, đường, thôn hoặc tổ dân phố",
        OldAddressSummary => "Thẻ căn cước của tôi ghi địa chỉ cũ (trước ngày 01/7/2025)",
        OldAddressIntro => "Chọn địa chỉ cũ như trên thẻ: chúng tôi tìm xã, phường mới tương ứng.",
        OldProvince => "Tỉnh, thành phố (cũ)",
        OldDistrict => "Quận, huyện, thị xã hoặc thành phố thuộc tỉnh (cũ)",
        OldCommune => "Xã, phường hoặc thị trấn (cũ)",
        ChooseProvince => "Chọn tỉnh, thành phố",
        ChooseDistrict => "Chọn quận, huyện",
        ChooseCommune => "Chọn xã, phường",
        OldAddressOne => "Địa chỉ này nay thuộc:",
        OldAddressSplit => "Xã cũ của bạn đã được chia cho nhiều xã, phường mới. Chọn nơi bạn ở:",
        OldAddressUse => "Dùng: ",
        OldAddressUsed => "Đã điền: ",
        IdLabel => "Số định danh cá nhân",
        IdHint => "12 chữ số in trên thẻ căn cước, ví dụ 001 203 456 789",
        PhoneLabel => "Số điện thoại di động",
        PhoneHint => "Ví dụ: 0912 345 678",
        TaxLabel => "Mã số thuế",
        TaxHint => "10 chữ số, ví dụ 0100109106; chi nhánh: 0100109106-001; cá nhân: số định danh 12 chữ số",
        NameLabel => "Họ và tên",
        NameHint => "Ghi đầy đủ, có dấu, như trên thẻ căn cước",
        MoneyLabel => "Số tiền",
        MoneyHint => "Ví dụ: 1.500.000",
        YouEntered => "Bạn đã nhập: ",
        BirthRegisteredIn => "nơi đăng ký khai sinh: ",
        Male => "nam",
        Female => "nữ",
        BornIn => "sinh năm ",
        OldCardEntered => "Bạn đã nhập số chứng minh nhân dân cũ: ",
        TaxMain => "Bạn đã nhập mã số thuế: ",
        TaxBranch => "Bạn đã nhập mã số thuế chi nhánh: ",
        TaxPersonal => "Bạn đã nhập mã số thuế cá nhân (số định danh): ",
        OldAddressLoadFailed => "Không tải được danh sách địa giới cũ. Kiểm tra kết nối mạng rồi chọn lại tỉnh.",
        CommunesLoading => "Đang tải danh sách xã, phường của tỉnh đã chọn…",
        CommunesLoadFailed => "Không tải được danh sách xã, phường của tỉnh đã chọn. Kiểm tra kết nối mạng rồi bấm “Thử lại”; những gì bạn đã điền vẫn còn nguyên.",
        SkipToMain => "Bỏ qua để đến nội dung chính",
        LanguageSwitch => "Ngôn ngữ",
        PaymentStatusTitle => "Trạng thái thanh toán",
        PaymentPending => "Đang chờ xác nhận",
        PaymentPendingNext => "Chúng tôi chưa nhận được xác nhận của ngân hàng. Nếu bạn đã trả tiền, đừng trả lần nữa: trang này tự cập nhật khi có xác nhận, thường trong vài phút.",
        PaymentPaid => "Đã thanh toán",
        PaymentPaidNext => "Ngân hàng đã xác nhận khoản thanh toán. Hồ sơ của bạn được chuyển đi xử lý; bạn không cần làm gì thêm.",
        PaymentFailed => "Chưa thanh toán được",
        PaymentFailedNext => "Giao dịch không thành công hoặc đã bị huỷ, và bạn chưa bị trừ tiền. Bạn có thể thanh toán lại.",
        PaymentExpired => "Đã hết hạn thanh toán",
        PaymentExpiredNext => "Thời hạn thanh toán đã qua và bạn chưa bị trừ tiền. Hãy tạo lại yêu cầu thanh toán.",
        CheckAgain => "Kiểm tra lại",
        PaymentMethodQuestion => "Bạn muốn thanh toán bằng cách nào?",
        PaymentMethodSubject => "cách thanh toán",
        PayByVietQr => "Chuyển khoản bằng mã VietQR",
        PayByVietQrNext => "Trang sau hiện mã QR và thông tin tài khoản. Bạn quét mã bằng ứng dụng ngân hàng bất kỳ; hồ sơ ghi nhận đã nộp khi ngân hàng báo về, thường trong vài phút.",
        PayByGateway => "Thẻ, ngân hàng điện tử hoặc ví điện tử",
        PayByGatewayNext => "Bạn sẽ sang trang của cổng thanh toán {gateway} để trả tiền, rồi quay lại đây. Cổng dịch vụ công không nhận và không lưu số thẻ của bạn.",
        FeesToPay => "Phí, lệ phí phải nộp",
        Receiver => "Nơi nhận",
        Total => "Tổng cộng",
        InWords => "Bằng chữ",
        VietQrTitle => "Chuyển khoản bằng mã VietQR",
        VietQrImage => "Mã VietQR chứa các thông tin chuyển khoản ghi bên cạnh",
        VietQrScan => "Mở ứng dụng ngân hàng và quét mã này: số tài khoản, số tiền và nội dung đã có sẵn trong mã.",
        VietQrByHand => "Không quét được mã, hoặc đang dùng chính điện thoại này? Nhập các thông tin dưới đây vào ứng dụng ngân hàng.",
        VietQrCannotDraw => "Chưa tạo được mã VietQR ({why}). Hãy báo cho cơ quan giải quyết hồ sơ.",
        VietQrTypeAmount => "Bạn tự nhập trong ứng dụng ngân hàng",
        Bank => "Ngân hàng",
        AccountHolder => "Chủ tài khoản",
        AccountNumber => "Số tài khoản",
        CardNumber => "Số thẻ",
        Amount => "Số tiền",
        TransferContent => "Nội dung chuyển khoản",
        ReceiptTitle => "Biên lai điện tử",
        DossierCode => "Mã hồ sơ",
        Payer => "Người nộp tiền",
        PaidAt => "Thời gian nộp",
        TransactionReference => "Mã giao dịch",
        PaidThrough => "Hình thức thanh toán",
        Collector => "Đơn vị thu",
        ItemsPaid => "Các khoản đã nộp",
        Item => "Khoản",
        PrintReceipt => "In biên lai",
        ReceiptKeep => "Biên lai này có giá trị như biên lai giấy. Bạn có thể in hoặc lưu thành tệp PDF; trang này mở lại được từ trang trạng thái thanh toán.",
        StepCount => "Bước {n} trên {total}",
        StepDone => "đã xong",
        StepCurrent => "bước hiện tại",
        StepTodo => "chưa làm",
        TaskCompleted => "Hoàn thành",
        TaskInProgress => "Chưa xong",
        TaskHasErrors => "Có lỗi cần sửa",
        TaskCannotStart => "Chưa thể bắt đầu",
        Change => "Thay đổi",
        WarningPrefix => "Cảnh báo:",
        BannerImportant => "Thông báo quan trọng",
        BannerSuccess => "Thành công",
        BreadcrumbsLabel => "Đường dẫn",
        ServiceInformation => "Thông tin dịch vụ",
        ServiceMenu => "Trình đơn",
        FilterTitle => "Bộ lọc",
        FilterSelected => "Đang lọc theo",
        FilterClearAll => "Xoá tất cả bộ lọc",
        FilterRemove => "Bỏ lọc",
        FilterApply => "Áp dụng bộ lọc",
        FilterAny => "Tất cả",
        PaginationLabel => "Phân trang",
        SortBy => "Sắp xếp theo",
        PreviousPage => "Trước",
        NextPage => "Sau",
        PageNumber => "Trang {n}",
        NotAnswered => "Chưa trả lời",
        YourDossierCode => "Mã hồ sơ của bạn",
        Back => "Quay lại",
        Copy => "Sao chép",
        Copied => "Đã sao chép {what}",
        CopyFailed => "Không sao chép được. Hãy chọn chữ và sao chép bằng tay.",
        NoResults => "Không có kết quả phù hợp",
        ResultsFirstShown => "{total} kết quả, hiện {shown} kết quả đầu; gõ thêm để thu hẹp",
        Results => "{total} kết quả",
        FilesChosenCount => "Đã chọn {count} tệp.",
        FileRemoved => "Đã xoá tệp {name}.",
        DecimalSeparator => ",",
        MaxChars => "Bạn có thể nhập tối đa {max} ký tự",
        MaxWords => "Bạn có thể nhập tối đa {max} từ",
        CharsLeft => "Bạn còn {n} ký tự",
        CharLeft => "Bạn còn {n} ký tự",
        WordsLeft => "Bạn còn {n} từ",
        WordLeft => "Bạn còn {n} từ",
        CharsOver => "Bạn đã nhập quá {n} ký tự",
        CharOver => "Bạn đã nhập quá {n} ký tự",
        WordsOver => "Bạn đã nhập quá {n} từ",
        WordOver => "Bạn đã nhập quá {n} từ",
        SignInWithVneid => "Đăng nhập bằng tài khoản định danh điện tử (VNeID)",
        SignInWithAccount => "Đăng nhập bằng tài khoản của cổng dịch vụ công",
        SignInLevelTwo => "Thủ tục này cần tài khoản định danh điện tử mức độ 2.",
        SignInLevelTwoHow => "Nếu tài khoản của bạn mới ở mức độ 1, hãy mang thẻ căn cước đến Công an cấp xã để nâng lên mức độ 2, hoặc nộp hồ sơ trực tiếp tại Bộ phận Một cửa.",
        SignedInAs => "Đã đăng nhập: ",
        SignOut => "Đăng xuất",
        TimeoutTitle => "Bạn sắp bị đăng xuất",
        TimeoutSaid => "Để bảo vệ thông tin của bạn, phiên làm việc sẽ kết thúc sau {time}. Những gì bạn đã điền vẫn được lưu.",
        TimeoutEndsIn => "Để bảo vệ thông tin của bạn, phiên làm việc sẽ kết thúc sau",
        TimeoutKept => "Những gì bạn đã điền vẫn được lưu.",
        TimeoutContinue => "Tiếp tục phiên làm việc",
        TimeoutOffline => "Chưa kết nối được với máy chủ. Kiểm tra mạng rồi bấm lại “Tiếp tục phiên làm việc”.",
        NotSentRetrying => "Chưa gửi được: mất kết nối mạng. Những gì bạn đã điền vẫn còn nguyên trên trang này. Đang tự gửi lại…",
        NotSentFailed => "Vẫn chưa gửi được: mất kết nối mạng. Những gì bạn đã điền vẫn còn nguyên trên trang này. Kiểm tra kết nối rồi bấm “Thử lại”.",
        TryAgain => "Thử lại",
        Minutes => "{n} phút",
        OneMinute => "1 phút",
        Seconds => "{n} giây",
        OneSecond => "1 giây",
        OtpLabel => "Mã xác thực",
        OtpHint => "Mã gồm {digits} chữ số, vừa được gửi qua tin nhắn.",
        OtpHintSentTo => "Mã gồm {digits} chữ số, vừa được gửi qua tin nhắn tới số {to}.",
        OtpWait => "Bạn có thể yêu cầu gửi lại mã sau {seconds} giây.",
        OtpCanResend => "Bạn có thể yêu cầu gửi lại mã.",
        OtpResend => "Gửi lại mã",
        OtpConfirm => "Xác nhận",
        ForgotPassword => "Quên mật khẩu?",
        PasswordLabel => "Mật khẩu",
        SignIn => "Đăng nhập",
    }
}

/// The English catalogue: a partial catalogue's shape (a key it lacks falls back to
/// Vietnamese), kept complete by the test `the_english_catalogue_is_complete`.
pub fn en(key: Ui) -> Option<&'static str> {
    use Ui::*;
    Some(match key {
        ErrorSummaryTitle => "There is a problem",
        ErrorTitlePrefix => "Error: ",
        Or => "or",
        Show => "Show",
        Hide => "Hide",
        ShowPassword => "Show password",
        HidePassword => "Hide password",
        PasswordShown => "Your password is visible",
        PasswordHidden => "Your password is hidden",
        CapsLockOn => "Warning: Caps Lock is on",
        Day => "Day",
        Month => "Month",
        Year => "Year",
        DropFilesHere => "or drop files here",
        Remove => "Remove",
        FilesChosen => "Files chosen",
        FilesChooseAgain => "Because the page had a problem, the files you chose were not kept. Choose them again: ",
        Select => "Select",
        ConsentData => "What data",
        ConsentPurpose => "What for",
        ConsentController => "Who is responsible",
        ConsentWithdraw => "How to withdraw",
        AddressProvince => "Province or city",
        AddressProvinceHint => "Choose from the list, or type a few letters to find it, for example “ha noi” or “hcm”",
        AddressCommune => "Commune, ward or special zone",
        AddressCommuneHint => "As in force since 1 July 2025. Choose the province or city first",
        AddressShowCommunes => "Show the communes of this province or city",
        AddressStreet => "House number, street, village or residential group",
        OldAddressSummary => "My identity card shows an old address (before 1 July 2025)",
        OldAddressIntro => "Choose the old address shown on your card: we find the commune or ward it is in now.",
        OldProvince => "Province or city (old)",
        OldDistrict => "District (old)",
        OldCommune => "Commune, ward or township (old)",
        ChooseProvince => "Choose a province or city",
        ChooseDistrict => "Choose a district",
        ChooseCommune => "Choose a commune or ward",
        OldAddressOne => "This address is now in:",
        OldAddressSplit => "Your old commune was split between several new ones. Choose where you live:",
        OldAddressUse => "Use: ",
        OldAddressUsed => "Filled in: ",
        IdLabel => "Personal ID number",
        IdHint => "The 12 digits on your identity card, for example 001 203 456 789",
        PhoneLabel => "Mobile phone number",
        PhoneHint => "For example: 0912 345 678",
        TaxLabel => "Tax code",
        TaxHint => "10 digits, for example 0100109106; a branch: 0100109106-001; a person: the 12-digit personal ID number",
        NameLabel => "Full name",
        NameHint => "In full, with its accents, as on your identity card",
        MoneyLabel => "Amount",
        MoneyHint => "For example: 1.500.000",
        YouEntered => "You entered: ",
        BirthRegisteredIn => "birth registered in: ",
        Male => "male",
        Female => "female",
        BornIn => "born in ",
        OldCardEntered => "You entered an old ID card number: ",
        TaxMain => "You entered the tax code: ",
        TaxBranch => "You entered a branch tax code: ",
        TaxPersonal => "You entered a personal tax code (ID number): ",
        OldAddressLoadFailed => "The old address list could not be loaded. Check your connection and choose the province again.",
        CommunesLoading => "Loading the communes of the chosen province…",
        CommunesLoadFailed => "The communes of the chosen province could not be loaded. Check your connection and press “Try again”; everything you entered is still here.",
        SkipToMain => "Skip to main content",
        LanguageSwitch => "Language",
        PaymentStatusTitle => "Payment status",
        PaymentPending => "Waiting for confirmation",
        PaymentPendingNext => "We have not had the bank's confirmation yet. If you have paid, do not pay again: this page updates itself when it comes, usually within minutes.",
        PaymentPaid => "Paid",
        PaymentPaidNext => "The bank has confirmed your payment. Your dossier goes on to be handled; there is nothing more to do.",
        PaymentFailed => "Not paid",
        PaymentFailedNext => "The payment did not go through or was cancelled, and no money was taken. You can pay again.",
        PaymentExpired => "Payment time has run out",
        PaymentExpiredNext => "The time to pay has passed and no money was taken. Ask for a new payment.",
        CheckAgain => "Check again",
        PaymentMethodQuestion => "How do you want to pay?",
        PaymentMethodSubject => "how to pay",
        PayByVietQr => "Bank transfer with a VietQR code",
        PayByVietQrNext => "The next page shows the QR code and the account details. Scan the code with any banking app; your dossier is marked paid when the bank tells us, usually within minutes.",
        PayByGateway => "Card, internet banking or e-wallet",
        PayByGatewayNext => "You go to the {gateway} payment gateway's pages to pay, then come back here. The public-service portal never receives or keeps your card number.",
        FeesToPay => "Fees to pay",
        Receiver => "Received by",
        Total => "Total",
        InWords => "In words",
        VietQrTitle => "Pay by bank transfer with VietQR",
        VietQrImage => "VietQR code holding the transfer details listed beside it",
        VietQrScan => "Open your banking app and scan this code: the account number, amount and content are in it.",
        VietQrByHand => "Cannot scan the code, or using this very phone? Type the details below into your banking app.",
        VietQrCannotDraw => "The VietQR code could not be made ({why}). Tell the office handling your dossier.",
        VietQrTypeAmount => "You type it in your banking app",
        Bank => "Bank",
        AccountHolder => "Account holder",
        AccountNumber => "Account number",
        CardNumber => "Card number",
        Amount => "Amount",
        TransferContent => "Transfer content",
        ReceiptTitle => "Electronic receipt",
        DossierCode => "Dossier code",
        Payer => "Paid by",
        PaidAt => "Paid at",
        TransactionReference => "Transaction reference",
        PaidThrough => "Paid through",
        Collector => "Collected by",
        ItemsPaid => "Items paid",
        Item => "Item",
        PrintReceipt => "Print the receipt",
        ReceiptKeep => "This receipt counts as a paper one. You can print it or save it as a PDF; you can open it again from the payment status page.",
        StepCount => "Step {n} of {total}",
        StepDone => "done",
        StepCurrent => "current step",
        StepTodo => "not started",
        TaskCompleted => "Completed",
        TaskInProgress => "Incomplete",
        TaskHasErrors => "There is a problem",
        TaskCannotStart => "Cannot start yet",
        Change => "Change",
        WarningPrefix => "Warning:",
        BannerImportant => "Important",
        BannerSuccess => "Success",
        BreadcrumbsLabel => "Breadcrumb",
        ServiceInformation => "Service information",
        ServiceMenu => "Menu",
        FilterTitle => "Filter",
        FilterSelected => "Selected filters",
        FilterClearAll => "Clear filters",
        FilterRemove => "Remove filter",
        FilterApply => "Apply filters",
        FilterAny => "All",
        PaginationLabel => "Pagination",
        SortBy => "Sort by",
        PreviousPage => "Previous",
        NextPage => "Next",
        PageNumber => "Page {n}",
        NotAnswered => "Not answered",
        YourDossierCode => "Your dossier code",
        Back => "Back",
        Copy => "Copy",
        Copied => "Copied the {what}",
        CopyFailed => "Could not copy. Select the text and copy it by hand.",
        NoResults => "No results",
        ResultsFirstShown => "{total} results, showing the first {shown}; type more to narrow them",
        Results => "{total} results",
        FilesChosenCount => "Files chosen: {count}.",
        FileRemoved => "Removed {name}.",
        DecimalSeparator => ".",
        MaxChars => "You can enter up to {max} characters",
        MaxWords => "You can enter up to {max} words",
        CharsLeft => "You have {n} characters remaining",
        CharLeft => "You have {n} character remaining",
        WordsLeft => "You have {n} words remaining",
        WordLeft => "You have {n} word remaining",
        CharsOver => "You have {n} characters too many",
        CharOver => "You have {n} character too many",
        WordsOver => "You have {n} words too many",
        WordOver => "You have {n} word too many",
        SignInWithVneid => "Sign in with your electronic identity (VNeID)",
        SignInWithAccount => "Sign in with your public-service portal account",
        SignInLevelTwo => "This procedure needs a level 2 electronic identity account.",
        SignInLevelTwoHow => "If your account is still level 1, take your citizen identity card to the commune police to raise it to level 2, or apply in person at the one-stop office.",
        SignedInAs => "Signed in as: ",
        SignOut => "Sign out",
        TimeoutTitle => "You are about to be signed out",
        TimeoutSaid => "To protect your information, your session will end in {time}. What you have entered is still saved.",
        TimeoutEndsIn => "To protect your information, your session will end in",
        TimeoutKept => "What you have entered is still saved.",
        TimeoutContinue => "Stay signed in",
        TimeoutOffline => "The server cannot be reached. Check your connection, then press “Stay signed in” again.",
        NotSentRetrying => "Not sent: the network connection was lost. Everything you entered is still on this page. Sending again…",
        NotSentFailed => "Still not sent: the network connection was lost. Everything you entered is still on this page. Check your connection, then press “Try again”.",
        TryAgain => "Try again",
        Minutes => "{n} minutes",
        OneMinute => "1 minute",
        Seconds => "{n} seconds",
        OneSecond => "1 second",
        OtpLabel => "Security code",
        OtpHint => "The code has {digits} digits and was just sent by text message.",
        OtpHintSentTo => "The code has {digits} digits and was just sent by text message to {to}.",
        OtpWait => "You can ask for a new code in {seconds} seconds.",
        OtpCanResend => "You can ask for a new code.",
        OtpResend => "Send a new code",
        OtpConfirm => "Confirm",
        ForgotPassword => "Forgotten your password?",
        PasswordLabel => "Password",
        SignIn => "Sign in",
    })
}

impl Ui {
    /// The text in `locale`; Vietnamese when that language's catalogue lacks the key.
    pub fn text(self, locale: Locale) -> &'static str {
        match locale {
            Locale::Vi => vi(self),
            Locale::En => en(self).unwrap_or_else(|| vi(self)),
        }
    }

    /// The text in `locale` with each `{name}` replaced by its value.
    pub fn fill(self, locale: Locale, values: &[(&str, &dyn std::fmt::Display)]) -> String {
        let mut text = self.text(locale).to_string();
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), &value.to_string());
        }
        text
    }
}

#[cfg(feature = "markup")]
/// The shown text of `key` in the page's language.
pub fn t(key: Ui) -> &'static str {
    key.text(use_locale())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_catalogue_is_complete() {
        let missing: Vec<&Ui> = Ui::ALL.iter().filter(|k| en(**k).is_none()).collect();
        assert!(missing.is_empty(), "English lacks {missing:?}");
    }

    #[test]
    fn every_key_is_non_empty_and_keeps_its_placeholders_in_every_language() {
        let holes = |s: &str| {
            let mut h: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}'))
                .map(|(n, _)| n.to_string())
                .collect();
            h.sort();
            h
        };
        for key in Ui::ALL {
            assert!(!vi(*key).trim().is_empty(), "{key:?}");
            if let Some(text) = en(*key) {
                assert!(!text.trim().is_empty(), "{key:?}");
                assert_eq!(
                    holes(text),
                    holes(vi(*key)),
                    "{key:?}: the same {{placeholders}} in both"
                );
            }
        }
    }

    #[test]
    fn a_key_a_catalogue_lacks_falls_back_to_vietnamese() {
        // A small catalogue, as a new language would start.
        let small = |key: Ui| (key == Ui::Remove).then_some("Tshem");
        let text = |key: Ui| small(key).unwrap_or_else(|| vi(key));
        assert_eq!(text(Ui::Remove), "Tshem");
        assert_eq!(text(Ui::Select), "Chọn");
        assert_eq!(Ui::Results.fill(Locale::Vi, &[("total", &3)]), "3 kết quả");
    }

    #[test]
    fn every_key_is_used_by_a_component() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut sources = String::new();
        fn read(dir: &std::path::Path, out: &mut String) {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    read(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("i18n/mod.rs") {
                    out.push_str(&std::fs::read_to_string(&p).unwrap());
                } else if p.extension().is_some_and(|x| x == "js") {
                    // A behaviour in JavaScript names a key as a quoted literal.
                    let text = std::fs::read_to_string(&p).unwrap();
                    for key in text.split('\'').skip(1) {
                        if key.chars().all(|c| c.is_ascii_alphanumeric()) {
                            out.push_str(&format!(" Ui::{key} "));
                        }
                    }
                }
            }
        }
        read(std::path::Path::new(root), &mut sources);
        let unused: Vec<String> = Ui::ALL
            .iter()
            .map(|k| format!("{k:?}"))
            .filter(|k| !sources.contains(&format!("Ui::{k}")))
            .collect();
        assert!(unused.is_empty(), "remove unused words: {unused:?}");
    }
}
