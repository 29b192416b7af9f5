//! dvc-enhance: the kit's behaviour in the browser as one module, for every page and every
//! stack. Built once (`cargo xtask build`: `pkg/dvc_enhance.js` and its WebAssembly), it
//! holds no renderer and no page: it reads the markup the server sent (the kit's
//! components, or the same HTML written by any other stack) and starts each behaviour its
//! `data-dvc-module` names, once (see `dvc_ui::enhance`).
//!
//! ```js
//! import init, { enhancePage } from './pkg/dvc_enhance.js';
//! await init();
//! enhancePage();              // or enhance(element) for markup added later
//! ```

use wasm_bindgen::prelude::*;

/// Starts every behaviour marked under `root` (and on `root`), each once.
#[wasm_bindgen]
pub fn enhance(root: &web_sys::Element) {
    dvc_ui::enhance::enhance(root);
}

/// Starts every behaviour of the page.
#[wasm_bindgen(js_name = enhancePage)]
pub fn enhance_page() {
    dvc_ui::enhance::enhance_page();
}
