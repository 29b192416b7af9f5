//! A small form used by both the native (server) and the browser tests, so they can show
//! that the same posted answers give the same problems in both places.
#![allow(dead_code)]

use dvc_rules::date::DateLimits;
use dvc_rules::form::FieldRule;
use dvc_ui::form::{Checkboxes, Choice, DateInput, FormModel, Radios};
use dvc_ui::prelude::*;
use leptos::prelude::*;

pub fn register_form(model: FormModel) -> impl IntoView {
    view! {
        <Form id="t-register" model=model>
            <Field name="full_name" label="Họ và tên" rule=FieldRule::Name><TextInput autocomplete="name"/></Field>
            <Field name="dob" label="Ngày sinh" group=true rule=FieldRule::Date(DateLimits { past: true, ..Default::default() })>
                <DateInput birthday=true/>
            </Field>
            <Field name="sex" label="Giới tính" group=true rule=FieldRule::OneOf(vec!["male".into(), "female".into()])>
                <Radios options=vec![Choice::new("male", "Nam"), Choice::new("female", "Nữ")]/>
            </Field>
            <Field name="phone" label="Số điện thoại di động" rule=FieldRule::Phone { allow_landline: false }>
                <TextInput input_type=TextInputType::Tel/>
            </Field>
            <Field name="email" label="Địa chỉ email" optional=true rule=FieldRule::Email>
                <TextInput input_type=TextInputType::Email/>
            </Field>
            <Field name="declaration" label="Cam đoan" subject="lời cam đoan" group=true rule=FieldRule::MustTick>
                <Checkboxes options=vec![Choice::new("yes", "Tôi cam đoan thông tin trên là đúng")]/>
            </Field>
            <Button>"Gửi"</Button>
        </Form>
    }
}

/// What the citizen typed, as the browser would post it.
pub const POSTED: &str =
    "full_name=Nguy%E1%BB%85n+2&dob-day=31&dob-month=2&dob-year=2020&phone=012345&email=an%40vidu";

/// The problems both sides must give for [`POSTED`], in page order.
pub const EXPECTED: [&str; 6] = [
    "Họ và tên chỉ gồm chữ cái, dấu cách, dấu nháy (') và dấu gạch ngang, không có “2”",
    "Tháng 2 năm 2020 chỉ có 29 ngày: nhập ngày từ 1 đến 29",
    "Chọn giới tính",
    "Số điện thoại di động bắt đầu bằng 03, 05, 07, 08 hoặc 09, như 0912 345 678",
    "Nhập địa chỉ email đúng định dạng, như ten@vidu.vn",
    "Đánh dấu vào ô để xác nhận lời cam đoan",
];
