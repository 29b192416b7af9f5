//! `Field`: owns one question — its id, name, label (or legend), hint, error and rule — and
//! hands them to the control inside through [`FieldContext`], so `<label for>`,
//! `aria-describedby`, `aria-invalid` and the error's id are always right. Inside a
//! [`Form`](super::Form) it registers its rule with the form model. Must not render the
//! control itself.

pub(crate) mod examples;

mod use_field;

pub use use_field::use_field;

use super::id_from_name;
use super::model::use_form;
use crate::i18n::use_locale;
use dvc_rules::form::{FieldRule, FieldSpec};
use dvc_rules::spec_markup;
use leptos::context::Provider;
use leptos::prelude::*;

/// What a control inside a [`Field`] needs to wire itself up.
#[derive(Clone)]
pub struct FieldContext {
    /// The `name` the control posts under.
    pub name: String,
    /// The control's `id` (the label's `for`; the first option or box of a group).
    pub input_id: String,
    /// The hint's id, when the question has a hint.
    pub hint_id: Option<String>,
    /// The error message's id (only present in the page while there is an error).
    pub error_id: String,
    /// The current error message, without the "Lỗi:" prefix.
    pub error: Signal<Option<String>>,
    /// For dates: which boxes are wrong ("day,year"); empty means all.
    pub error_parts: Signal<String>,
    /// The question is a group (fieldset + legend): the group, not each control, carries
    /// `aria-describedby`.
    pub group: bool,
}

impl FieldContext {
    /// Whether the question is in error right now (tracked).
    pub fn has_error(&self) -> bool {
        self.error
            .with(|e| e.as_ref().is_some_and(|m| !m.is_empty()))
    }

    /// The ids for `aria-describedby`: the hint, then the error while there is one.
    /// `None` when there is nothing to describe (the attribute is then left out).
    pub fn described_by(&self) -> Option<String> {
        let mut ids: Vec<&str> = Vec::new();
        if let Some(hint) = &self.hint_id {
            ids.push(hint);
        }
        if self.has_error() {
            ids.push(&self.error_id);
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    /// `aria-describedby` for a control: none inside a group (the fieldset has it).
    pub fn control_described_by(&self) -> Option<String> {
        if self.group {
            None
        } else {
            self.described_by()
        }
    }

    /// Whether one box of a date ("day", "month", "year") is in error (tracked).
    pub fn part_has_error(&self, part: &str) -> bool {
        self.has_error()
            && self
                .error_parts
                .with(|p| p.is_empty() || p.split(',').any(|x| x == part))
    }
}

/// "Họ và tên" → "họ và tên": how a label is named inside a sentence.
pub(crate) fn subject_of(label: &str) -> String {
    dvc_rules::latin::with_first(label, false)
}

/// One question of a form: label (or legend), optional hint, error message and a control.
///
/// The control (e.g. [`TextInput`](super::TextInput)) is given as the child and takes its
/// name and id from the field. Questions are required by default; `optional` adds
/// "(không bắt buộc)" to the label instead of marking required ones with an asterisk.
/// Inside a [`Form`](super::Form), `rule` is checked on submit (and by your server, with
/// the same `dvc_rules::form` spec).
///
/// ```
/// use dvc_ui::prelude::*;
/// use dvc_rules::form::FieldRule;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Email() -> impl IntoView {
///     view! {
///         <Field name="email" label="Địa chỉ email" optional=true rule=FieldRule::Email
///             error="Nhập địa chỉ email đúng định dạng, như ten@vidu.vn">
///             <TextInput input_type=TextInputType::Email autocomplete="email"/>
///         </Field>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::field`].
#[component]
pub fn Field(
    /// The name the answer is posted under; also the base of the generated ids.
    #[prop(into)]
    name: String,
    /// The question, as the visible label (or legend of a group).
    #[prop(into)]
    label: String,
    /// Help shown under the label and read with the control.
    #[prop(optional, into)]
    hint: Option<String>,
    /// An error to show whatever the form model says (e.g. found by your server).
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// Overrides the generated control id (default: `dvc-` + name).
    #[prop(optional, into)]
    id: Option<String>,
    /// The question may be left blank.
    #[prop(optional)]
    optional: bool,
    /// Shows the label as the page heading (for one-question pages, GOV.UK style).
    #[prop(optional)]
    label_is_heading: bool,
    /// What the answer must be (checked on submit inside a Form). Default: any text.
    #[prop(optional, into)]
    rule: Option<FieldRule>,
    /// How the question is named in messages (default: the label, lower-cased first letter).
    #[prop(optional, into)]
    subject: Option<String>,
    /// Render as a group: `<fieldset>` with the label as `<legend>` (radios, checkboxes, dates).
    #[prop(optional)]
    group: bool,
    /// Asked only when another question `(name, value)` has that answer (a revealed follow-up).
    #[prop(optional, into)]
    when: Option<(String, String)>,
    /// The control.
    children: Children,
) -> impl IntoView {
    let locale = use_locale();
    let input_id = id.unwrap_or_else(|| id_from_name(&name));
    let hint_id = hint.as_ref().map(|_| format!("{input_id}-hint"));
    let error_id = format!("{input_id}-error");

    // Inside a form, the question's rule is written into its markup for the form's
    // behaviour (and registered with the form model, which checks it on the server).
    let mut marks = SpecMarks::default();
    let registered = use_form().map(|form| {
        let mut spec = FieldSpec::new(
            &name,
            subject.unwrap_or_else(|| subject_of(&label)),
            rule.unwrap_or(FieldRule::Text { max_chars: None }),
        );
        spec.optional = optional;
        spec.when = when;
        marks = SpecMarks::of(&spec, &input_id);
        let signal = form.register(spec, input_id.clone());
        let name = name.clone();
        on_cleanup(move || form.unregister(&name));
        signal
    });
    // An error given by the portal (found by its server, not by a rule): marked so the
    // browser's checks never take it away; the portal's next answer decides.
    let given = Signal::derive(move || {
        error
            .get()
            .is_some_and(|m| !m.trim().is_empty())
            .then_some("")
    });
    let error = Signal::derive(move || {
        error
            .get()
            .filter(|m| !m.trim().is_empty())
            .or_else(|| registered.and_then(|r| r.get()).map(|e| e.message))
    });
    let error_parts = Signal::derive(move || {
        registered
            .and_then(|r| r.get())
            .map(|e| e.parts)
            .unwrap_or_default()
    });
    let ctx = FieldContext {
        name,
        input_id: input_id.clone(),
        hint_id: hint_id.clone(),
        error_id: error_id.clone(),
        error,
        error_parts,
        group,
    };
    // Components share their parent's owner in Leptos: the context goes through a
    // `Provider` (an owner of its own, kept for later re-renders), or a sibling Field's
    // context would replace ours for anything rendered again after a change.
    let provided = ctx.clone();

    let label_text = if optional {
        format!("{label} {}", locale.optional_marker())
    } else {
        label
    };
    let prefix = locale.error_prefix();
    let hint_view = hint.map(|h| view! { <div class="dvc-hint" id=hint_id>{h}</div> });
    let error_view = move || {
        error.get().map(|message| {
            view! {
                <p class="dvc-error-message" id=error_id.clone()>
                    <span class="dvc-visually-hidden">{prefix}" "</span>
                    {message}
                </p>
            }
        })
    };
    let field_class = move || {
        if error.with(Option::is_some) {
            "dvc-field dvc-field--error"
        } else {
            "dvc-field"
        }
    };

    if group {
        let legend_class = if label_is_heading {
            "dvc-fieldset__legend dvc-fieldset__legend--heading"
        } else {
            "dvc-fieldset__legend"
        };
        let legend = if label_is_heading {
            view! { <legend class=legend_class><h1 class="dvc-fieldset__heading">{label_text}</h1></legend> }.into_any()
        } else {
            view! { <legend class=legend_class>{label_text}</legend> }.into_any()
        };
        let SpecMarks {
            field,
            rule,
            subject,
            optional,
            when,
            id,
        } = marks;
        return view! {
            <div class=field_class data-dvc-field=field data-dvc-rule=rule data-dvc-subject=subject
                data-dvc-optional=optional data-dvc-when=when data-dvc-id=id data-dvc-error-given=given>
                <fieldset class="dvc-fieldset" role="group" aria-describedby=move || ctx.described_by()>
                    {legend}
                    {hint_view}
                    {error_view}
                    <Provider value=provided>{children()}</Provider>
                </fieldset>
            </div>
        }
        .into_any();
    }

    let label_view = view! { <label class="dvc-label" for=input_id>{label_text}</label> };
    let label_view = if label_is_heading {
        view! { <h1 class="dvc-label-wrapper">{label_view}</h1> }.into_any()
    } else {
        label_view.into_any()
    };
    let SpecMarks {
        field,
        rule,
        subject,
        optional,
        when,
        id,
    } = marks;
    view! {
        <div class=field_class data-dvc-field=field data-dvc-rule=rule data-dvc-subject=subject
            data-dvc-optional=optional data-dvc-when=when data-dvc-id=id data-dvc-error-given=given>
            {label_view}
            {hint_view}
            {error_view}
            <Provider value=provided>{children()}</Provider>
        </div>
    }
    .into_any()
}

/// A question's spec as the attributes of its root (`dvc_rules::spec_markup`), and its
/// control's id: what the form's behaviour reads. All empty outside a form.
#[derive(Default)]
struct SpecMarks {
    field: Option<String>,
    rule: Option<String>,
    subject: Option<String>,
    optional: Option<String>,
    when: Option<String>,
    id: Option<String>,
}

impl SpecMarks {
    fn of(spec: &FieldSpec, input_id: &str) -> Self {
        let mut marks = SpecMarks {
            id: Some(input_id.to_string()),
            ..SpecMarks::default()
        };
        for (name, value) in spec_markup::spec_attributes(spec) {
            let slot = match name {
                spec_markup::FIELD => &mut marks.field,
                spec_markup::RULE => &mut marks.rule,
                spec_markup::SUBJECT => &mut marks.subject,
                spec_markup::OPTIONAL => &mut marks.optional,
                spec_markup::WHEN => &mut marks.when,
                _ => continue,
            };
            *slot = Some(value);
        }
        marks
    }
}
