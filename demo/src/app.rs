//! The demo's page table and body: skip link, header, navigation, main, footer, and which
//! page each path shows. The server renders it (inside [`crate::shell`]) and the browser
//! hydrates the same tree. Pages are plain links (full loads), so every page has a real URL
//! that the end-to-end crawl can discover. Owns no component behaviour.

use crate::pages;
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// One page of the demo: its path, its title in the navigation, and how to render it.
pub struct Page {
    pub path: &'static str,
    pub title: &'static str,
    pub render: fn() -> AnyView,
}

/// Every page, in navigation order. A new component page is one line here.
pub const PAGES: &[Page] = &[
    Page { path: "/", title: "Giới thiệu", render: pages::home::render },
    Page { path: "/components/button", title: "Nút bấm (Button)", render: pages::button::render },
    Page { path: "/components/text-input", title: "Ô nhập chữ (TextInput)", render: pages::text_input::render },
    Page { path: "/components/textarea", title: "Ô nhập nhiều dòng (Textarea)", render: pages::text_more::textarea },
    Page { path: "/components/password-input", title: "Mật khẩu (PasswordInput)", render: pages::text_more::password },
    Page { path: "/components/date-input", title: "Ngày tháng (DateInput)", render: pages::text_more::date },
    Page { path: "/components/radios", title: "Nút chọn một (Radios)", render: pages::choices::radios },
    Page { path: "/components/checkboxes", title: "Ô đánh dấu (Checkboxes)", render: pages::choices::checkboxes },
    Page { path: "/components/select", title: "Danh sách chọn (Select)", render: pages::choices::select },
    Page { path: "/components/file-upload", title: "Tải tệp lên (FileUpload)", render: pages::more::file_upload },
    Page { path: "/components/consent", title: "Đồng ý dữ liệu cá nhân (Consent)", render: pages::more::consent },
    Page { path: "/components/error-summary", title: "Tóm tắt lỗi (ErrorSummary)", render: pages::more::error_summary },
    Page { path: "/components/citizen-id-input", title: "Số định danh cá nhân (CitizenIdInput)", render: pages::vn::citizen_id },
    Page { path: "/components/phone-input", title: "Số điện thoại (PhoneInput)", render: pages::vn::phone },
    Page { path: "/components/tax-code-input", title: "Mã số thuế (TaxCodeInput)", render: pages::vn::tax_code },
    Page { path: "/components/name-input", title: "Họ và tên (NameInput)", render: pages::vn::name },
    Page { path: "/components/money-input", title: "Số tiền (MoneyInput)", render: pages::vn::money },
    Page { path: "/components/address-input", title: "Địa chỉ (AddressInput)", render: pages::vn::address },
    Page { path: "/components/layout", title: "Khung trang (SkipLink, Header, Footer)", render: pages::layout::render },
    Page { path: "/examples/dang-ky-thong-tin-ca-nhan", title: "Ví dụ: Đăng ký thông tin cá nhân", render: pages::register::render },
];

/// Pages reached from another page, not from the navigation.
pub const OTHER_PAGES: &[Page] = &[Page { path: crate::pages::register::SENT_PATH, title: "Đã gửi đăng ký", render: pages::register::sent }];

/// Pages for `cargo xtask bench` only: reachable by address, not in the navigation.
pub const BENCH_PAGES: &[Page] = &[Page { path: "/bench/communes", title: "Bench: communes", render: pages::bench::communes }];

/// The address of the page being rendered, provided by the server; the browser reads its
/// own location.
#[derive(Clone, Debug)]
pub struct PagePath(pub String);

/// The path of the current page without a trailing slash ("/" for the home page).
pub fn current_path() -> String {
    let path = match use_context::<PagePath>() {
        Some(PagePath(p)) => p,
        None => window().location().pathname().unwrap_or_else(|_| "/".into()),
    };
    normalise(&path)
}

pub fn normalise(path: &str) -> String {
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() { "/".into() } else { trimmed.to_string() }
}

/// The page at a path, if any (navigation pages, then pages reached another way).
pub fn page(path: &str) -> Option<&'static Page> {
    PAGES.iter().chain(OTHER_PAGES).chain(BENCH_PAGES).find(|p| p.path == path)
}

/// The title of the page at `path`, as the shell writes it.
pub fn title(path: &str) -> &'static str {
    page(path).map(|p| p.title).unwrap_or("Không tìm thấy trang")
}

#[component]
pub fn App() -> impl IntoView {
    provide_locale(Locale::Vi);
    let path = current_path();
    let content = match page(&path) {
        Some(p) => (p.render)(),
        None => pages::not_found::render(),
    };

    view! {
        <SkipLink/>
        <Header portal_name="dvc-ui · Bộ giao diện dịch vụ công" home_href="/">
            <span class="demo-province">"Bản trình diễn"</span>
        </Header>
        <div class="dvc-width-container demo-layout">
            <nav class="demo-nav" aria-label="Các thành phần">
                <ul class="demo-nav__list">
                    {PAGES.iter().map(|p| {
                        let current = (p.path == path).then_some("page");
                        view! { <li><a class="demo-nav__link" href=p.path aria-current=current>{p.title}</a></li> }
                    }).collect_view()}
                </ul>
            </nav>
            <main class="dvc-main demo-main" id="main-content" tabindex="-1">
                {content}
            </main>
        </div>
        <Footer>
            <p>"dvc-ui: bộ thành phần giao diện dùng chung cho cổng dịch vụ công cấp tỉnh."</p>
        </Footer>
    }
}
