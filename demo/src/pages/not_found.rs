//! The page for an unknown address.

use leptos::prelude::*;

pub fn render() -> AnyView {
    view! {
        <h1>"Không tìm thấy trang"</h1>
        <p>"Địa chỉ bạn nhập có thể bị sai. Hãy kiểm tra lại, hoặc về "<a href="/">"trang giới thiệu"</a>"."</p>
    }
    .into_any()
}
