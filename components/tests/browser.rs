//! Behaviour in a real browser (wasm-bindgen-test in headless Chromium): each component's
//! `browser_tests.rs` in its folder, gathered into one test binary with the shared helpers.
//! Run by `cargo xtask test`.
#![cfg(target_arch = "wasm32")]

mod common;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

/// What every browser test uses: the kit, Leptos, web-sys and small DOM helpers.
mod support {
    pub use dvc_rules::form::FieldRule;
    pub use dvc_rules::Locale;
    pub use dvc_ui::form::*;
    pub use dvc_ui::prelude::*;
    pub use leptos::prelude::*;
    pub use wasm_bindgen::JsCast;
    pub use wasm_bindgen_test::*;
    pub use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};

    /// Mounts a view into a fresh container and leaves it in the page for the test.
    pub fn mount<V: IntoView + 'static>(f: impl FnOnce() -> V + 'static) -> HtmlElement {
        let doc = document();
        let host: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
        doc.body().unwrap().append_child(&host).unwrap();
        leptos::mount::mount_to(host.clone(), f).forget();
        // As a Leptos app does after its mount: the kit's behaviours start.
        enhance(&host);
        host
    }

    /// Starts the kit's behaviours in `root` (the bundle `cargo xtask build` writes, loaded
    /// once as a classic script), as a Leptos app does after its mount.
    pub fn enhance(root: &HtmlElement) {
        thread_local! {
            static BEHAVIOURS: wasm_bindgen::JsValue = js_sys::Function::new_no_args(concat!(
                include_str!(env!("DVC_ENHANCE_BUNDLE")),
                "\nreturn dvcEnhance;"
            ))
            .call0(&wasm_bindgen::JsValue::NULL)
            .expect("the behaviours' bundle runs");
        }
        BEHAVIOURS.with(|b| {
            let start: js_sys::Function = js_sys::Reflect::get(b, &"enhance".into())
                .expect("the bundle exports enhance")
                .unchecked_into();
            start
                .call1(&wasm_bindgen::JsValue::NULL, root)
                .expect("enhance runs");
        });
    }

    /// The test page has no server behind it: answers the kit's per-province commune files
    /// (`/data/communes/PP.tsv`, what `AddressInput` fetches) from the kit's own table, as
    /// the demo's server serves them; every other request goes to the network as before.
    pub fn serve_commune_files() {
        let files = js_sys::Object::new();
        for (code, text) in dvc_rules::divisions::commune_files() {
            let path = format!("/data/communes/{code}.tsv");
            js_sys::Reflect::set(&files, &path.into(), &text.into()).unwrap();
        }
        let install = js_sys::Function::new_with_args(
            "files",
            "if (window.__dvcFiles) { Object.assign(window.__dvcFiles, files); return; }
             window.__dvcFiles = files;
             const network = window.fetch.bind(window);
             window.fetch = (url, init) => (typeof url === 'string' && url in window.__dvcFiles)
               ? Promise.resolve(new Response(window.__dvcFiles[url]))
               : network(url, init);",
        );
        install.call1(&wasm_bindgen::JsValue::NULL, &files).unwrap();
    }

    /// Lets the reactive system apply pending updates to the DOM.
    pub async fn settle() {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }

    pub fn type_into(input: &HtmlInputElement, text: &str) {
        input.set_value(text);
        let init = EventInit::new();
        init.set_bubbles(true);
        input
            .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
            .unwrap();
    }

    pub fn input_in(host: &HtmlElement) -> HtmlInputElement {
        host.query_selector("input")
            .unwrap()
            .expect("an input")
            .unchecked_into()
    }

    /// The accessible description as a screen reader builds it from aria-describedby.
    pub fn description(input: &HtmlInputElement) -> String {
        let ids = input.get_attribute("aria-describedby").unwrap_or_default();
        ids.split_whitespace()
            .filter_map(|id| document().get_element_by_id(id))
            .map(|el| {
                el.text_content()
                    .unwrap_or_default()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub fn by_id<T: JsCast>(id: &str) -> T {
        document()
            .get_element_by_id(id)
            .unwrap_or_else(|| panic!("no #{id}"))
            .unchecked_into()
    }

    pub fn set_value(id: &str, text: &str) {
        type_into(&by_id::<HtmlInputElement>(id), text);
    }

    pub fn active_id() -> String {
        document()
            .active_element()
            .map(|e| e.id())
            .unwrap_or_default()
    }

    pub fn summary_messages(host: &HtmlElement) -> Vec<String> {
        let links = host.query_selector_all(".dvc-error-summary a").unwrap();
        (0..links.length())
            .filter_map(|i| links.get(i))
            .map(|n| n.text_content().unwrap_or_default())
            .collect()
    }

    pub async fn wait_ms(ms: i32) {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
}

#[path = "../src/form/button/browser_tests.rs"]
mod button;
#[path = "../src/form/choice/browser_tests.rs"]
mod choice;
#[path = "../src/vn/combobox/browser_tests.rs"]
mod combobox;
#[path = "../src/form/field/browser_tests.rs"]
mod field;
#[path = "../src/form/file_upload/browser_tests.rs"]
mod file_upload;
#[path = "../src/form/form/browser_tests.rs"]
mod form;
#[path = "../src/identity/browser_tests.rs"]
mod identity;
#[path = "../src/content/notification_banner/browser_tests.rs"]
mod notification_banner;
#[path = "../src/form/password_input/browser_tests.rs"]
mod password_input;
#[path = "../src/form/text_input/browser_tests.rs"]
mod text_input;
#[path = "../src/form/textarea/browser_tests.rs"]
mod textarea;
