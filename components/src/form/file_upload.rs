//! `FileUpload`: attachments for a dossier. Several files; the accepted types and the largest
//! size are checked as soon as files are chosen, each refusal naming its file and reason; a
//! list of chosen files with a remove button each; drag-and-drop only as an enhancement.
//! The real `<input type="file">` always holds exactly the listed files, so the form posts
//! them as usual, and no file is ever dropped without saying so.

use super::field::FieldContext;
use crate::i18n::{t, use_locale, Ui};
use dvc_rules::{Locale, Problem, ProblemCode};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A chosen file, as listed under the box.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChosenFile {
    pub name: String,
    pub bytes: u64,
}

/// Checks one file against the accepted extensions (lower case, without the dot) and size.
pub fn check_file(name: &str, bytes: u64, accept: &[&str], max_bytes: u64) -> Result<(), Problem> {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_lowercase()).unwrap_or_default();
    if !accept.is_empty() && !accept.iter().any(|a| *a == ext) {
        let types = accept.iter().map(|a| a.to_uppercase()).collect::<Vec<_>>().join(", ");
        return Err(Problem::new(ProblemCode::FileType).with("file", name).with("types", types));
    }
    if bytes == 0 {
        return Err(Problem::new(ProblemCode::FileEmpty).with("file", name));
    }
    if bytes > max_bytes {
        // The limit with its unit; limits are round numbers, so no decimal separator is needed.
        let max = if max_bytes >= 1_000_000 { format!("{} MB", max_bytes / 1_000_000) } else { format!("{} KB", max_bytes.div_ceil(1000)) };
        return Err(Problem::new(ProblemCode::FileTooLarge).with("file", name).with("max", max));
    }
    Ok(())
}

/// "2,4 MB", "350 KB": a size as a citizen reads it.
pub fn human_size(bytes: u64, locale: Locale) -> String {
    let sep = if locale == Locale::Vi { "," } else { "." };
    if bytes >= 1_000_000 {
        format!("{}{sep}{} MB", bytes / 1_000_000, (bytes % 1_000_000) / 100_000)
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}

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
    let Some(field) = use_context::<FieldContext>() else {
        return view! { <p class="dvc-error-message">"dvc-ui: FileUpload phải nằm trong một Field."</p> }.into_any();
    };
    let locale = use_locale();
    let listed = files.unwrap_or_else(|| RwSignal::new(Vec::new()));
    let refused = RwSignal::new(Vec::<String>::new());
    let status = RwSignal::new(String::new());
    let dragging = RwSignal::new(false);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let accept_attr = (!accept.is_empty()).then(|| accept.iter().map(|e| format!(".{e}")).collect::<Vec<_>>().join(","));
    let accept_list = StoredValue::new(accept);

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
        listed.set(kept.iter().map(|f| ChosenFile { name: f.name(), bytes: f.size() as u64 }).collect());
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
        let mut kept = previous;
        let mut why = Vec::new();
        for f in new {
            let (name, bytes) = (f.name(), f.size() as u64);
            if kept.iter().any(|k| k.name() == name && k.size() as u64 == bytes) {
                continue;
            }
            let checked = accept_list.with_value(|a| check_file(&name, bytes, a, max_bytes));
            match checked {
                Err(p) => why.push(p.message(locale, "")),
                Ok(()) if kept.len() >= max_files => {
                    why.push(Problem::new(ProblemCode::FileTooMany).with("max", max_files).message(locale, "") + &format!(" ({name})"))
                }
                Ok(()) => kept.push(f),
            }
        }
        let count = kept.len();
        store(kept);
        let chosen = match locale {
            Locale::Vi => format!("Đã chọn {count} tệp."),
            Locale::En => format!("{count} files chosen."),
        };
        status.set(format!("{chosen} {}", why.join(". ")).trim().to_string());
        refused.set(why);
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
    let remove = move |name: String| {
        let kept: Vec<web_sys::File> = current().into_iter().filter(|f| f.name() != name).collect();
        let removed = match locale {
            Locale::Vi => format!("Đã xoá tệp {name}."),
            Locale::En => format!("Removed {name}."),
        };
        store(kept);
        before_choice.set_value(current());
        status.set(removed);
        if let Some(input) = input_ref.get_untracked() {
            let _ = input.unchecked_ref::<web_sys::HtmlElement>().focus();
        }
    };
    let (described, invalid) = (field.clone(), field.clone());
    let (remove_text, list_title) = (t(Ui::Remove), t(Ui::FilesChosen));
    view! {
        <div class="dvc-file-upload" class:dvc-file-upload--dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop>
            <input class="dvc-file-upload__input" node_ref=input_ref type="file" multiple=true
                id=field.input_id.clone() name=field.name.clone() accept=accept_attr
                aria-describedby=move || described.control_described_by()
                aria-invalid=move || invalid.has_error().then_some("true")
                on:click=remember on:change=on_change/>
            <p class="dvc-file-upload__drop" hidden=crate::SERVER_RENDER>{t(Ui::DropFilesHere)}</p>
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
                        {files.into_iter().map(|f| {
                            let name = f.name.clone();
                            view! {
                                <li class="dvc-file-upload__file">
                                    <span class="dvc-file-upload__name">{f.name.clone()}</span>
                                    " "<span class="dvc-file-upload__size">"("{human_size(f.bytes, locale)}")"</span>
                                    <button type="button" class="dvc-button dvc-button--secondary dvc-file-upload__remove"
                                        on:click=move |_| remove(name.clone())>
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_refused_with_name_and_reason() {
        let accept = ["pdf", "jpg"];
        assert!(check_file("giay-khai-sinh.PDF", 10, &accept, 100).is_ok());
        let p = check_file("anh.heic", 10, &accept, 100).unwrap_err();
        assert_eq!((p.code, p.arg("file"), p.arg("types")), (ProblemCode::FileType, "anh.heic", "PDF, JPG"));
        assert_eq!(check_file("to.pdf", 5_000_001, &accept, 5_000_000).unwrap_err().arg("max"), "5 MB");
        assert_eq!(check_file("to.pdf", 11, &accept, 10).unwrap_err().arg("max"), "1 KB");
        assert_eq!(check_file("rong.pdf", 0, &accept, 100).unwrap_err().code, ProblemCode::FileEmpty);
        assert_eq!(human_size(2_400_000, Locale::Vi), "2,4 MB");
        assert_eq!(human_size(350_001, Locale::En), "351 KB");
    }
}
