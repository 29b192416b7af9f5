//! `FileUpload`: attachments for a dossier. Several files; the accepted types and the largest
//! size are checked as soon as files are chosen, each refusal naming its file and reason; a
//! list of chosen files with a remove button each; drag-and-drop only as an enhancement.
//! The real `<input type="file">` always holds exactly the listed files, so the form posts
//! them as usual, and no file is ever dropped without saying so.

pub(crate) mod examples;

use super::field::use_field;
use super::model::use_form;
use super::submission::{posted_values, server_element};
use crate::i18n::{t, use_locale, Ui};
use dvc_rules::files::FileLimits;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

mod state;

pub use state::{human_size, ChosenFile};

/// A file chooser inside a [`Field`](super::Field).
///
/// ```
/// use dvc_ui::prelude::*;
/// use dvc_ui::form::FileUpload;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Attachments() -> impl IntoView {
///     view! {
///         <Field name="attachments" label="Giấy tờ kèm theo" hint="Ảnh chụp hoặc bản quét: PDF, JPG, PNG; mỗi tệp tối đa 5 MB">
///             <FileUpload accept=vec!["pdf", "jpg", "jpeg", "png"] max_bytes=5_000_000 max_files=5/>
///         </Field>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::file_upload`].
#[component]
pub fn FileUpload(
    /// Accepted extensions, lower case without the dot ("pdf", "jpg"). Empty accepts any.
    #[prop(optional)]
    accept: Vec<&'static str>,
    /// Largest size of one file, in bytes.
    #[prop(optional, default = 10_000_000)]
    max_bytes: u64,
    /// Most files at once.
    #[prop(optional, default = 10)]
    max_files: usize,
    /// The files kept, for the caller to show or upload.
    #[prop(optional, into)]
    files: Option<RwSignal<Vec<ChosenFile>>>,
) -> impl IntoView {
    let field = match use_field("FileUpload", false) {
        Ok(field) => field,
        Err(problem) => return problem,
    };
    let locale = use_locale();
    let listed = files.unwrap_or_else(|| RwSignal::new(Vec::new()));
    let refused = RwSignal::new(Vec::<String>::new());
    let status = RwSignal::new(String::new());
    let dragging = RwSignal::new(false);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    if let Some(form) = use_form() {
        form.has_files.set_value(true);
    }
    // A page answering a failed post: the files chosen were not kept (a browser cannot be
    // given files back); say which, so the citizen chooses them again.
    let enhanced = crate::use_enhanced();
    let again_id = format!("{}-again", field.input_id);
    let again = if crate::SERVER_RENDER {
        let names: Vec<String> = posted_values(&field.name)
            .into_iter()
            .filter(|n| !n.is_empty())
            .collect();
        (!names.is_empty()).then(|| format!("{}{}", t(Ui::FilesChooseAgain), names.join(", ")))
    } else {
        server_element(&again_id).and_then(|e| e.text_content())
    };
    let accept_attr = (!accept.is_empty()).then(|| {
        accept
            .iter()
            .map(|e| format!(".{e}"))
            .collect::<Vec<_>>()
            .join(",")
    });
    let limits = StoredValue::new(FileLimits::new(&accept, max_bytes, max_files));

    // Keeps the real input's FileList equal to the kept files, then refreshes the list.
    let store = move |kept: Vec<web_sys::File>| {
        if let Some(input) = input_ref.get_untracked() {
            if let Ok(dt) = web_sys::DataTransfer::new() {
                for f in &kept {
                    let _ = dt.items().add_with_file(f);
                }
                input.set_files(dt.files().as_ref());
            }
        }
        listed.set(
            kept.iter()
                .map(|f| ChosenFile {
                    name: f.name(),
                    bytes: f.size() as u64,
                })
                .collect(),
        );
    };
    let current = move || -> Vec<web_sys::File> {
        input_ref
            .get_untracked()
            .and_then(|i| i.files())
            .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
            .unwrap_or_default()
    };
    // Adds newly chosen or dropped files to those already kept, checking each.
    let add = move |new: Vec<web_sys::File>, previous: Vec<web_sys::File>| {
        let described = |files: &[web_sys::File]| {
            files
                .iter()
                .map(|f| ChosenFile {
                    name: f.name(),
                    bytes: f.size() as u64,
                })
                .collect::<Vec<_>>()
        };
        let added =
            limits.with_value(|l| state::add(&described(&previous), &described(&new), l, locale));
        let mut kept = previous;
        kept.extend(added.accepted.iter().filter_map(|i| new.get(*i).cloned()));
        store(kept);
        status.set(added.status);
        refused.set(added.refused);
    };
    // The browser replaces the input's files on each choice: remember the previous ones.
    let before_choice = StoredValue::new(Vec::<web_sys::File>::new());
    let on_change = move |_| {
        let chosen = current();
        let previous = before_choice.get_value();
        add(chosen, previous);
        before_choice.set_value(current());
    };
    let remember = move |_| before_choice.set_value(current());
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let dropped: Vec<web_sys::File> = ev
            .data_transfer()
            .and_then(|dt| dt.files())
            .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
            .unwrap_or_default();
        add(dropped, current());
        before_choice.set_value(current());
    };
    // Removes the file at `index` of the list (two files may share a name).
    let remove = move |index: usize, name: String| {
        let mut kept: Vec<web_sys::File> = current();
        if index < kept.len() {
            kept.remove(index);
        }
        store(kept);
        before_choice.set_value(current());
        status.set(state::removed(&name, locale));
        if let Some(input) = input_ref.get_untracked() {
            let _ = input.unchecked_ref::<web_sys::HtmlElement>().focus();
        }
    };
    let (remove_text, list_title) = (t(Ui::Remove), t(Ui::FilesChosen));
    view! {
        <div class="dvc-file-upload" class:dvc-file-upload--dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop>
            <input class="dvc-file-upload__input" node_ref=input_ref type="file" multiple=true
                id=field.input_id.clone() name=field.name.clone() accept=accept_attr
                aria-describedby=field.aria_describedby()
                aria-invalid=field.aria_invalid()
                on:click=remember on:change=on_change/>
            {again.map(|text| view! { <p class="dvc-file-upload__again" id=again_id>{text}</p> })}
            <p class="dvc-file-upload__drop" hidden=move || !enhanced.get()>{t(Ui::DropFilesHere)}</p>
            <div class="dvc-visually-hidden" aria-live="polite">{move || status.get()}</div>
            {move || {
                let why = refused.get();
                (!why.is_empty()).then(|| view! {
                    <ul class="dvc-file-upload__refused">
                        {why.into_iter().map(|w| view! { <li class="dvc-error-message">{w}</li> }).collect_view()}
                    </ul>
                })
            }}
            {move || {
                let files = listed.get();
                (!files.is_empty()).then(|| view! {
                    <h3 class="dvc-file-upload__title">{list_title}</h3>
                    <ul class="dvc-file-upload__list">
                        {files.into_iter().enumerate().map(|(index, f)| {
                            let name = f.name.clone();
                            view! {
                                <li class="dvc-file-upload__file">
                                    <span class="dvc-file-upload__name">{f.name.clone()}</span>
                                    " "<span class="dvc-file-upload__size">"("{human_size(f.bytes, locale)}")"</span>
                                    <button type="button" class="dvc-button dvc-button--secondary dvc-file-upload__remove"
                                        on:click=move |_| remove(index, name.clone())>
                                        {remove_text}<span class="dvc-visually-hidden">" "{f.name}</span>
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })
            }}
        </div>
    }
    .into_any()
}
