//! `Header`: the portal's name (with the province's logo) and a slot for the province's
//! name or tools, in a `banner`.

pub(crate) mod examples;

use leptos::prelude::*;

/// The top of every page: the service or portal name linking home, and a slot for the
/// province's logo and name. Colours come from the theme tokens, never from here.
///
/// ```
/// use dvc_ui::prelude::*;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Top() -> impl IntoView {
///     view! {
///         <Header portal_name="Cổng dịch vụ công" home_href="/">
///             <span>"Tỉnh Lào Cai"</span>
///         </Header>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::header`].
#[component]
pub fn Header(
    /// The portal or service name.
    #[prop(into)]
    portal_name: String,
    /// Where the name links to.
    #[prop(optional, into, default = "/".to_string())]
    home_href: String,
    /// The province's logo (an image address, e.g. an SVG), shown before the name inside
    /// the same link. Decorative (`alt=""`): the name beside it says the same.
    #[prop(optional, into)]
    logo: MaybeProp<String>,
    /// The service the citizen is using (a procedure's name), after the portal's name,
    /// linking to the service's start page (`service_href`).
    #[prop(optional, into)]
    service_name: MaybeProp<String>,
    #[prop(optional, into)] service_href: MaybeProp<String>,
    /// The province's branding (logo `<img alt>` and/or name).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let service = service_name.get_untracked().map(|name| {
        view! { <a class="dvc-header__service" href=service_href.get_untracked().unwrap_or_default()>{name}</a> }
    });
    view! {
        <header class="dvc-header">
            <div class="dvc-header__container dvc-width-container">
                <a class="dvc-header__name" href=home_href>
                    {logo.get_untracked().map(|src| view! { <img class="dvc-header__logo" src=src alt="" width="40" height="40"/> })}
                    {portal_name}
                </a>
                {service}
                {children.map(|c| view! { <div class="dvc-header__province">{c()}</div> })}
            </div>
        </header>
    }
}
