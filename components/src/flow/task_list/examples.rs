//! Named examples of `TaskList`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example, of
//! its rustdoc page and of the end-to-end crawl. Each example is one function; its body is
//! the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::flow::{Task, TaskList, TaskStatus};
use leptos::prelude::*;

/// What the demo says about `TaskList`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "task-list",
    component: "TaskList",
    title: "Danh sách việc cần làm",
    title_en: "Task list",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "dang_lam",
            title: "Đang làm dở, một phần có lỗi",
            title_en: "Half done, one part with an error",
            render: dang_lam,
            whole_page: false,
        },
        Example {
            name: "xong_het",
            title: "Xong, sẵn sàng nộp",
            title_en: "Done, ready to send",
            render: xong_het,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Cho hồ sơ dài, nhiều phần, mà người dân có thể làm theo thứ tự tuỳ ý và quay lại sau. Mỗi phần nói rõ trạng thái; phần chưa thể bắt đầu không phải là đường dẫn."</p> }.into_any()
}

fn dang_lam() -> AnyView {
    view! {
        <TaskList id="dang-lam" tasks=vec![
            Task::new("Thông tin người đăng ký", "?phan=nguoi-dang-ky", TaskStatus::Completed),
            Task::new("Nơi thường trú mới", "?phan=noi-thuong-tru", TaskStatus::InProgress).hint("Địa chỉ và chủ hộ"),
            Task::new("Giấy tờ chứng minh chỗ ở", "?phan=giay-to", TaskStatus::HasErrors),
            Task::new("Kiểm tra và nộp hồ sơ", "?phan=kiem-tra", TaskStatus::CannotStart),
        ]/>
    }
    .into_any()
}

fn xong_het() -> AnyView {
    view! {
        <TaskList id="xong-het" tasks=vec![
            Task::new("Thông tin người đăng ký", "?phan=nguoi-dang-ky", TaskStatus::Completed),
            Task::new("Nơi thường trú mới", "?phan=noi-thuong-tru", TaskStatus::Completed),
            Task::new("Kiểm tra và nộp hồ sơ", "?phan=kiem-tra", TaskStatus::InProgress),
        ]/>
    }
    .into_any()
}
