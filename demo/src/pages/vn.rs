//! The Vietnamese-data inputs with valid, invalid and edge examples, each in a small form
//! so "Kiểm tra" shows the kit's message.

use crate::example::{Example, WhenToUse};
use dvc_ui::prelude::*;
use leptos::prelude::*;

fn filled(text: &str) -> RwSignal<String> {
    RwSignal::new(text.to_string())
}

pub fn citizen_id() -> AnyView {
    view! {
        <h1>"Số định danh cá nhân (CitizenIdInput)"</h1>
        <WhenToUse>
            <p>"Dùng để hỏi số định danh cá nhân 12 chữ số. Người dùng có thể gõ hoặc dán kèm dấu cách. Dòng dưới ô đọc lại số đã nhập theo nhóm, cùng nơi đăng ký khai sinh, giới tính và năm sinh mà số đó mã hoá, để người dùng tự kiểm tra. Không có chữ số kiểm tra: bộ công cụ không tự đặt ra."</p>
        </WhenToUse>
        <Example title="Hợp lệ (dán kèm dấu cách)">
            <Form id="f-id-ok"><CitizenIdInput name="id_ok" value=filled("001 203 456 789")/><Button>"Kiểm tra"</Button></Form>
        </Example>
        <Example title="Sai: 11 chữ số">
            <Form id="f-id-short"><CitizenIdInput name="id_short" value=filled("00120345678")/><Button>"Kiểm tra"</Button></Form>
        </Example>
        <Example title="Sai: mã nơi đăng ký không tồn tại">
            <Form id="f-id-place"><CitizenIdInput name="id_place" value=filled("003 190 000 001")/><Button>"Kiểm tra"</Button></Form>
        </Example>
        <Example title="Số chứng minh nhân dân 9 số (khi được phép)">
            <Form id="f-id-old"><CitizenIdInput name="id_old" allow_old_card=true value=filled("123 456 789")/><Button>"Kiểm tra"</Button></Form>
        </Example>
    }
    .into_any()
}

pub fn phone() -> AnyView {
    view! {
        <h1>"Số điện thoại (PhoneInput)"</h1>
        <WhenToUse>
            <p>"Nhận mọi cách viết quen thuộc: 0912345678, +84 912 345 678, 84912345678, 0084…, có dấu chấm hoặc gạch ngang. Lưu dạng +84; đọc lại dạng 0912 345 678. Số máy bàn chỉ nhận khi dịch vụ cho phép."</p>
        </WhenToUse>
        <Example title="Hợp lệ (+84 có dấu chấm)">
            <Form id="f-ph-ok"><PhoneInput name="ph_ok" value=filled("+84 912.345.678")/><Button>"Kiểm tra"</Button></Form>
        </Example>
        <Example title="Sai: đầu số không phải di động">
            <Form id="f-ph-bad"><PhoneInput name="ph_bad" value=filled("0612 345 678")/><Button>"Kiểm tra"</Button></Form>
        </Example>
        <Example title="Máy bàn, khi được phép">
            <Form id="f-ph-land"><PhoneInput name="ph_land" label="Số điện thoại liên hệ" allow_landline=true value=filled("024 3825 4321")/><Button>"Kiểm tra"</Button></Form>
        </Example>
    }
    .into_any()
}

pub fn tax_code() -> AnyView {
    view! {
        <h1>"Mã số thuế (TaxCodeInput)"</h1>
        <WhenToUse>
            <p>"Kiểm tra chữ số kiểm tra của mã 10 số (Thông tư 86/2024/TT-BTC), mã chi nhánh 13 số và, từ 01/7/2025, số định danh cá nhân dùng làm mã số thuế của cá nhân."</p>
        </WhenToUse>
        <Example title="Hợp lệ">
            <Form id="f-tax-ok"><TaxCodeInput name="tax_ok" value=filled("0100109106")/><Button>"Kiểm tra"</Button></Form>
        </Example>
        <Example title="Chi nhánh">
            <Form id="f-tax-branch"><TaxCodeInput name="tax_branch" value=filled("0100109106-001")/><Button>"Kiểm tra"</Button></Form>
        </Example>
        <Example title="Sai chữ số kiểm tra">
            <Form id="f-tax-bad"><TaxCodeInput name="tax_bad" value=filled("0100109107")/><Button>"Kiểm tra"</Button></Form>
        </Example>
    }
    .into_any()
}

pub fn name() -> AnyView {
    view! {
        <h1>"Họ và tên (NameInput)"</h1>
        <WhenToUse>
            <p>"Nhận chữ tiếng Việt có dấu và chữ của các tiếng dân tộc Tây Nguyên (ƀ č ñ ĕ ĭ ŏ ŭ, và ô ê â ơ ư có dấu trăng), dấu nháy (H'Hen Niê) và gạch ngang. Lưu ở dạng chuẩn NFC, gộp dấu cách thừa. Chữ số và ký hiệu bị từ chối, kèm tên ký tự sai."</p>
        </WhenToUse>
        <Example title="Hợp lệ: tên Ê Đê">
            <Form id="f-name-ok"><NameInput name="name_ok" value=filled("H’Hen Niê")/><Button>"Kiểm tra"</Button></Form>
        </Example>
        <Example title="Sai: có chữ số">
            <Form id="f-name-bad"><NameInput name="name_bad" value=filled("Nguyễn Văn 2")/><Button>"Kiểm tra"</Button></Form>
        </Example>
    }
    .into_any()
}

pub fn money() -> AnyView {
    view! {
        <h1>"Số tiền (MoneyInput)"</h1>
        <WhenToUse>
            <p>"Nhận “1.234.567”, “1234567” và “1 234 567”. Dưới ô hiện số tiền theo định dạng “1.234.567 ₫” và bằng chữ, để người dùng đối chiếu. Đồng không có đơn vị lẻ."</p>
        </WhenToUse>
        <Example title="Hợp lệ">
            <Form id="f-money-ok"><MoneyInput name="money_ok" label="Số tiền đề nghị hỗ trợ" value=filled("1234567")/><Button>"Kiểm tra"</Button></Form>
        </Example>
        <Example title="Sai: có phần lẻ">
            <Form id="f-money-bad"><MoneyInput name="money_bad" label="Số tiền đề nghị hỗ trợ" value=filled("12,5")/><Button>"Kiểm tra"</Button></Form>
        </Example>
        <Example title="Số lớn">
            <Form id="f-money-big"><MoneyInput name="money_big" label="Vốn điều lệ" value=filled("1 000 000 000 005")/><Button>"Kiểm tra"</Button></Form>
        </Example>
    }
    .into_any()
}

pub fn address() -> AnyView {
    let province = RwSignal::new(String::new());
    let commune = RwSignal::new(String::new());
    let chosen = move || {
        let p = dvc_rules::divisions::provinces().iter().find(|p| p.code == province.get()).map(|p| p.name);
        let c = dvc_rules::divisions::commune(&commune.get()).map(|c| c.name);
        match (c, p) {
            (Some(c), Some(p)) => format!("Đã chọn: {c}, {p} (mã {} – {})", commune.get(), province.get()),
            (None, Some(p)) => format!("Đã chọn: {p} (mã {})", province.get()),
            _ => String::new(),
        }
    };
    view! {
        <h1>"Địa chỉ (AddressInput)"</h1>
        <WhenToUse>
            <p>"Địa chỉ theo địa giới hai cấp từ ngày 01/7/2025: tỉnh, thành phố (34), rồi xã, phường hoặc đặc khu (3.321), rồi số nhà và đường. Ô chọn tìm được khi gõ không dấu và viết tắt (“ha noi”, “hn”, “tp hcm”, “thu duc”). Dùng phím mũi tên để đi trong danh sách, Enter để chọn, Esc để đóng. Khi trang hiển thị từ máy chủ mà chưa có WebAssembly, mỗi ô là một danh sách chọn thông thường."</p>
        </WhenToUse>
        <Example title="Trống">
            <Form id="f-address">
                <AddressInput prefix="residence" province=province commune=commune/>
                <p class="demo-output" aria-live="polite">{chosen}</p>
                <Button>"Kiểm tra"</Button>
            </Form>
        </Example>
    }
    .into_any()
}
