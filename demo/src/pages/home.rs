//! The demo's home page: what the kit is and where to look.

use crate::app::pages;
use leptos::prelude::*;

pub fn render() -> AnyView {
    view! {
        <h1>"dvc-ui: giao diện dùng chung cho dịch vụ công"</h1>
        <p>"Bộ thành phần giúp mọi cổng dịch vụ công cấp tỉnh có cùng một giao diện dễ dùng, tiếp cận được với người dùng trình đọc màn hình, và chạy nhanh trên điện thoại phổ thông."</p>
        <p>"Mỗi trang dưới đây trình bày một thành phần ở mọi trạng thái: trống, đã nhập, có gợi ý, có lỗi, bị vô hiệu hoá."</p>
        <h2>"Các thành phần"</h2>
        <ul>
            {pages().into_iter().filter(|p| p.in_navigation).skip(1).map(|p| view! { <li><a href=p.path>{p.title}</a></li> }).collect_view()}
        </ul>
    }
    .into_any()
}
