//! A Leptos app that hydrates with the kit's components inside, as a portal written with
//! Leptos would: the app's own reactive parts (a counter, the answer shown after a valid
//! submit) hydrate, the kit's components hydrate as the static markup the server sent, and
//! the kit's behaviour module (`enhancePage()` of `pkg/dvc-enhance.js`) starts their
//! behaviours once `hydrate()` (`hydrate_from`) has run. `cargo xtask test`
//! builds it both ways (feature `ssr`: the binary writes the page; feature `hydrate`: the
//! WebAssembly) and `tests/e2e/hydrate-app.test.mjs` loads it in Chromium with the console
//! watched.

use dvc_rules::form::{FieldRule, FormValues};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// The id of the element the app is rendered into and hydrated from.
pub const ROOT_ID: &str = "app";

/// The app: a counter of its own, and a kit form (a name, a counted note, an address, a
/// password) handled in the page (`on_valid`) whose answer the app shows.
#[component]
pub fn App() -> impl IntoView {
    provide_locale(Locale::Vi);
    let presses = RwSignal::new(0u32);
    let received = RwSignal::new(None::<String>);
    view! {
        <h1 class="dvc-heading-l">"Ứng dụng thử"</h1>
        <p class="dvc-body">
            <button type="button" class="dvc-button dvc-button--secondary" id="counter"
                on:click=move |_| presses.update(|n| *n += 1)>
                "Đã bấm " <span id="presses">{move || presses.get()}</span> " lần"
            </button>
        </p>
        <Form id="app-form" on_valid=move |values: FormValues| received.set(values.name("full_name"))>
            <Field name="full_name" label="Họ và tên" rule=FieldRule::Name>
                <TextInput autocomplete="name" spellcheck=false/>
            </Field>
            <Field name="note" label="Ghi chú" optional=true rule=FieldRule::Text { max_chars: Some(40) }>
                <Textarea max_chars=40/>
            </Field>
            // Sent with a province chosen: the server lists its communes for a page without
            // script, the browser renders none (the two halves differ on purpose).
            <AddressInput prefix="home" province=RwSignal::new("01".to_string())/>
            <Field name="secret" label="Mật khẩu" optional=true>
                <PasswordInput/>
            </Field>
            <Button>"Gửi"</Button>
        </Form>
        <p class="dvc-body" id="received" role="status">
            {move || received.get().map(|name| format!("Đã nhận: {name}"))}
        </p>
    }
}

/// The page the server sends: the kit's stylesheet (`/dvc-ui.css`), the app inside `#app`,
/// and the script that hydrates it (`/pkg/dvc_hydrate_app.js`, as wasm-bindgen names it)
/// then starts the kit's behaviours in JavaScript (`/dvc-enhance.js`, the kit's bundle).
#[cfg(feature = "ssr")]
pub fn page() -> String {
    let app = Owner::new().with(|| view! { <App/> }.to_html());
    format!(
        r#"<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ứng dụng thử – dvc-ui</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/dvc-ui.css"></head>
<body><main class="dvc-width-container" id="main-content"><div id="{ROOT_ID}">{app}</div></main>
<script type="module">
import init, {{ hydrate }} from '/pkg/dvc_hydrate_app.js';
import {{ enhancePage }} from '/dvc-enhance.js';
try {{
  await init();
  hydrate();
  enhancePage();
  document.documentElement.dataset.hydrated = 'true';
}} catch (e) {{
  console.error(String(e));
  document.documentElement.dataset.hydrated = 'failed';
}}
</script></body></html>
"#
    )
}

/// The browser's entry point: hydrates `#app`, then starts the kit's behaviours.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    use wasm_bindgen::JsCast;
    console_error_panic_hook::set_once();
    let Some(root) = document().get_element_by_id(ROOT_ID) else {
        return;
    };
    leptos::mount::hydrate_from(root.unchecked_into(), App).forget();
}
