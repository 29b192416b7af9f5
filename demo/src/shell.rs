//! The HTML document around the demo's body, written by the server only: language, title
//! (with "Lỗi: " after a failed post), the stylesheet, the font the first paint uses, and
//! the one external script that loads the WebAssembly after the page has loaded. No inline
//! script or style: the Content-Security-Policy of `dvc_server::security` holds.

use crate::app::App;
use dvc_server::assets::Manifest;
use leptos::prelude::*;

/// The font files the first paint uses (regular weight, Vietnamese and Latin subsets).
const FIRST_PAINT_FONTS: &[&str] = &["fonts/be-vietnam-pro-vietnamese-400-normal.woff2", "fonts/be-vietnam-pro-latin-400-normal.woff2"];

/// The whole page for `path`. `failed`: the page answers a post that had problems.
pub fn shell(assets: &Manifest, path: &str, failed: bool) -> impl IntoView {
    let prefix = if failed { "Lỗi: " } else { "" };
    let title = format!("{prefix}{} – dvc-ui", crate::app::title(path));
    let fonts = FIRST_PAINT_FONTS.iter().map(|f| assets.path(f)).collect::<Vec<_>>();
    view! {
        <!DOCTYPE html>
        <html lang="vi">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="description" content="dvc-ui: bộ thành phần giao diện dùng chung cho cổng dịch vụ công cấp tỉnh."/>
                <title>{title}</title>
                <link rel="icon" href=assets.path("favicon.svg") type="image/svg+xml"/>
                {fonts.into_iter().map(|f| view! { <link rel="preload" href={f} as="font" type="font/woff2" crossorigin=""/> }).collect_view()}
                <link rel="stylesheet" href=assets.path("dvc-ui.css")/>
                <link rel="stylesheet" href=assets.path("demo.css")/>
                <script type="module" src=assets.path("boot.js") data-dvc-boot=""
                    data-js=assets.path("pkg/dvc_demo.js") data-wasm=assets.path("pkg/dvc_demo_bg.wasm")></script>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}
