//! Named examples of `PaymentMethodChooser`: the single source of its demo page (each
//! example live, with this code and its server-rendered HTML), of the markup test over
//! every example, of its rustdoc page and of the end-to-end crawl. Each example is one
//! function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::payment::PaymentMethodChooser;
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `PaymentMethodChooser`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "payment-method-chooser",
    component: "PaymentMethodChooser",
    title: "Chọn cách thanh toán",
    title_en: "Choosing how to pay",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[Example {
        name: "chua_chon",
        title: "Chưa chọn",
        title_en: "Nothing chosen",
        render: chua_chon,
        whole_page: false,
    }],
};

fn when_to_use() -> AnyView {
    view! { <p>"Một câu hỏi trên một trang, sau phần phí phải nộp. Không chọn sẵn cách nào: người dân tự chọn. Mỗi lựa chọn nói trước điều gì xảy ra tiếp theo, để người dân không bất ngờ khi rời cổng sang trang của cổng thanh toán."</p> }.into_any()
}

fn chua_chon() -> AnyView {
    view! {
        <Form id="cach-thanh-toan">
            <PaymentMethodChooser gateway_name="VNPAY"/>
            <Button>"Tiếp tục"</Button>
        </Form>
    }
    .into_any()
}
