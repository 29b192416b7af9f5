//! Reading a text file from the server in the browser (the per-province division files, a
//! payment's state). One GET, `None` on any failure: the caller says what could not load.

use wasm_bindgen::JsCast;

/// The body of a GET to `url`, or `None` when the network or the server failed. `fresh`
/// asks past every cache (for a state that changes); static data files may come from cache.
/// Only in a browser (it needs `window`).
///
/// ```no_run
/// # async fn f() -> Option<()> {
/// let communes = dvc_ui::fetch::get_text("/data/communes/01.tsv", false).await?;
/// let hanoi = dvc_rules::divisions::Commune::parse_lines(&communes);
/// # Some(())
/// # }
/// ```
pub async fn get_text(url: &str, fresh: bool) -> Option<String> {
    let init = web_sys::RequestInit::new();
    if fresh {
        init.set_cache(web_sys::RequestCache::NoStore);
    }
    let response = wasm_bindgen_futures::JsFuture::from(
        web_sys::window()?.fetch_with_str_and_init(url, &init),
    )
    .await
    .ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
