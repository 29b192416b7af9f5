//! The page for an unknown address.

use crate::language::{href, say};
use leptos::prelude::*;

pub fn render() -> AnyView {
    view! {
        <h1>{say("Không tìm thấy trang", "Page not found")}</h1>
        <p>
            {say("Địa chỉ bạn nhập có thể bị sai. Hãy kiểm tra lại, hoặc về ", "The address you typed may be wrong. Check it, or go to ")}
            <a href=href("/")>{say("trang giới thiệu", "the introduction")}</a>"."
        </p>
    }
    .into_any()
}
