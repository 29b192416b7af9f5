//! Button in every kind and state, including the double-submit guard.

use crate::example::{Example, WhenToUse};
use dvc_ui::prelude::*;
use leptos::prelude::*;

pub fn render() -> AnyView {
    let sending = RwSignal::new(false);
    let presses = RwSignal::new(0u32);
    view! {
        <h1>"Nút bấm (Button)"</h1>
        <WhenToUse>
            <p>"Dùng nút để người dùng thực hiện một hành động: tiếp tục, gửi hồ sơ, lưu nháp. Mỗi trang chỉ có một nút chính. Dùng liên kết, không dùng nút, để chuyển sang trang khác."</p>
        </WhenToUse>
        <Example title="Nút chính">
            <Button submit=false>"Tiếp tục"</Button>
        </Example>
        <Example title="Nút phụ">
            <Button kind=ButtonKind::Secondary submit=false>"Lưu nháp"</Button>
        </Example>
        <Example title="Nút cảnh báo">
            <Button kind=ButtonKind::Warning submit=false>"Xoá hồ sơ"</Button>
        </Example>
        <Example title="Nút dạng liên kết">
            <Button kind=ButtonKind::Link submit=false>"Thay đổi"</Button>
        </Example>
        <Example title="Đang xử lý (chống gửi hai lần)">
            <p>"Bấm nút: trong khi đang gửi, nút hiện “Đang gửi…” và bỏ qua mọi lần bấm tiếp theo."</p>
            <Button submit=false busy=sending busy_label="Đang gửi…" on_click=move |_| {
                presses.update(|n| *n += 1);
                sending.set(true);
            }>"Gửi hồ sơ"</Button>
            <Button kind=ButtonKind::Secondary submit=false on_click=move |_| sending.set(false)>"Kết thúc gửi"</Button>
            <p class="demo-output" aria-live="polite">"Số lần đã gửi: "{move || presses.get()}</p>
        </Example>
        <Example title="Bị vô hiệu hoá">
            <p class="dvc-body-secondary">"Nên tránh: hãy giải thích vì sao chưa làm được hành động này."</p>
            <Button submit=false disabled=true>"Thanh toán"</Button>
        </Example>
    }
    .into_any()
}
