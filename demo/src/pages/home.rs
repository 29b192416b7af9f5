//! The demo's home page: what the kit is and where to look.

use crate::app::pages;
use crate::language::{href, say};
use dvc_ui::prelude::*;
use leptos::prelude::*;

pub fn render() -> AnyView {
    let locale = use_locale();
    view! {
        <h1>{say("dvc-ui: giao diện dùng chung cho dịch vụ công", "dvc-ui: one interface for public services")}</h1>
        <p>{say(
            "Bộ thành phần giúp mọi cổng dịch vụ công cấp tỉnh có cùng một giao diện dễ dùng, tiếp cận được với người dùng trình đọc màn hình, và chạy nhanh trên điện thoại phổ thông.",
            "A kit of components that gives every provincial public-service portal the same easy interface, usable with a screen reader and fast on an inexpensive phone.",
        )}</p>
        <p>{say(
            "Mỗi trang dưới đây trình bày một thành phần ở mọi trạng thái: trống, đã nhập, có gợi ý, có lỗi, bị vô hiệu hoá.",
            "Each page below shows one component in every state: empty, filled in, with a hint, with an error, disabled.",
        )}</p>
        <h2>{say("Thủ tục chạy từ tệp", "Procedures run from files")}</h2>
        <p>{say(
            "Mỗi thủ tục là một tệp mô tả; một bộ máy chung trong bộ giao diện chạy mọi tệp giống nhau. ",
            "Each procedure is one description file; one engine in the kit runs every file the same way. ",
        )}<a href=href("/thu-tuc")>{say("Xem các thủ tục", "See the procedures")}</a></p>
        <h2>{say("Các thành phần", "Components")}</h2>
        <ul>
            {pages().into_iter().filter(|p| p.in_navigation).skip(1).map(|p| view! { <li><a href=href(&p.path)>{p.title(locale)}</a></li> }).collect_view()}
        </ul>
    }
    .into_any()
}
