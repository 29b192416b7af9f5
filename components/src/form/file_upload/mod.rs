//! `FileUpload`: attachments for a dossier. Several files; the accepted types and the largest
//! size are checked as soon as files are chosen, each refusal naming its file and reason; a
//! list of chosen files with a remove button each; drag-and-drop only as an enhancement.
//! The real `<input type="file">` always holds exactly the listed files, so the form posts
//! them as usual, and no file is ever dropped without saying so. The component renders the
//! chooser; its behaviour is `enhance.rs` (`data-dvc-module="file-upload"`).

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use {
    super::field::use_field,
    super::model::use_form,
    super::submission::{posted_values, server_element},
    crate::i18n::{t, Ui},
    leptos::prelude::*,
};

#[cfg(feature = "markup")]
mod state;

#[cfg(feature = "markup")]
pub use state::{human_size, ChosenFile};

#[cfg(feature = "markup")]
/// The extensions a [`FileUpload`] accepts: a list of `&str` (written in code) or of
/// `String` (read from a procedure file).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Accept(pub Vec<String>);

#[cfg(feature = "markup")]
impl From<Vec<&str>> for Accept {
    fn from(list: Vec<&str>) -> Self {
        Accept(list.into_iter().map(String::from).collect())
    }
}

#[cfg(feature = "markup")]
impl From<Vec<String>> for Accept {
    fn from(list: Vec<String>) -> Self {
        Accept(list)
    }
}

#[cfg(feature = "markup")]
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
    #[prop(optional, into)]
    accept: Accept,
    /// Largest size of one file, in bytes.
    #[prop(optional, default = 10_000_000)]
    max_bytes: u64,
    /// Most files at once.
    #[prop(optional, default = 10)]
    max_files: usize,
) -> impl IntoView {
    let field = match use_field("FileUpload", false) {
        Ok(field) => field,
        Err(problem) => return problem,
    };
    if let Some(form) = use_form() {
        form.has_files.set_value(true);
    }
    // A page answering a failed post: the files chosen were not kept (a browser cannot be
    // given files back); say which, so the citizen chooses them again.
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
    let accept = accept.0;
    let accept_attr = (!accept.is_empty()).then(|| {
        accept
            .iter()
            .map(|e| format!(".{e}"))
            .collect::<Vec<_>>()
            .join(",")
    });
    view! {
        <div class="dvc-file-upload" data-dvc-module="file-upload" data-accept=accept.join(",")
            data-max-bytes=max_bytes.to_string() data-max-files=max_files.to_string()>
            <input class="dvc-file-upload__input" type="file" multiple=true
                id=field.input_id.clone() name=field.name.clone() accept=accept_attr
                aria-describedby=field.aria_describedby()
                aria-invalid=field.aria_invalid()/>
            {again.map(|text| view! { <p class="dvc-file-upload__again" id=again_id>{text}</p> })}
            // Shown by the behaviour, which takes dropped files.
            <p class="dvc-file-upload__drop" hidden=true>{t(Ui::DropFilesHere)}</p>
            <div class="dvc-visually-hidden" aria-live="polite"></div>
        </div>
    }
    .into_any()
}
