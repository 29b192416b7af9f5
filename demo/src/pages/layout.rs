//! The page shell pieces: skip link, header with a province's branding, footer.

use crate::example::{Example, WhenToUse};
use leptos::prelude::*;

pub fn render() -> AnyView {
    view! {
        <h1>"Khung trang (SkipLink, Header, Footer)"</h1>
        <WhenToUse>
            <p>"Mọi trang của cổng dùng cùng một khung: liên kết “Bỏ qua để đến nội dung chính” là phần tử đầu tiên nhận tiêu điểm, phần đầu trang mang tên cổng và nhận diện của tỉnh, phần chân trang ghi đơn vị vận hành."</p>
        </WhenToUse>
        <Example title="Liên kết bỏ qua (SkipLink)">
            <p>"Nhấn phím Tab ngay khi trang vừa mở để thấy liên kết này ở đầu trang. Nó đưa tiêu điểm tới nội dung chính, bỏ qua phần đầu trang và danh mục."</p>
        </Example>
        <Example title="Phần đầu trang (Header)">
            <p>"Phần đầu trang của chính trang này là một "<code>"Header"</code>": tên cổng bên trái, nhận diện của tỉnh bên phải. Màu nền lấy từ token "<code>"--dvc-color-brand"</code>" mà mỗi tỉnh có thể thay."</p>
        </Example>
        <Example title="Phần chân trang (Footer)">
            <p>"Phần chân trang của trang này là một "<code>"Footer"</code>"."</p>
        </Example>
    }
    .into_any()
}
