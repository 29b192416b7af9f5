//! Inputs for the data every Vietnamese portal asks for: personal ID number, phone, tax
//! code, full name, money. Each is a [`Field`](crate::form::Field) with the right box
//! attributes, the `dvc-rules` check as its rule (so the server checks the same), and a
//! read-back line that shows the answer as the kit understood it (grouped digits, the
//! amount in words). Owns the wiring only; the checks live in `dvc-rules`.

mod address_input;
mod citizen_id_input;
mod combobox;
mod money_input;
mod name_input;
mod old_address;
mod phone_input;
mod tax_code_input;

pub use address_input::AddressInput;
pub use citizen_id_input::CitizenIdInput;
pub use combobox::{Combobox, MAX_SHOWN};
pub use money_input::MoneyInput;
pub use name_input::NameInput;
pub use old_address::OldAddressFinder;
pub use phone_input::PhoneInput;
pub use tax_code_input::TaxCodeInput;

use crate::form::{Field, InputWidth, TextInput, TextInputType};
use dvc_rules::form::FieldRule;
use leptos::prelude::*;

/// How the box of a Vietnamese-data question is set up.
pub(crate) struct BoxSetup {
    pub input_type: TextInputType,
    pub inputmode: Option<&'static str>,
    pub autocomplete: &'static str,
    pub width: InputWidth,
    pub suffix: Option<&'static str>,
}

/// The shared shape: a Field with `rule`, a TextInput set up by `setup`, and a polite
/// read-back line computed from what was typed (nothing while it says nothing).
#[allow(clippy::too_many_arguments)]
pub(crate) fn question(
    name: String,
    label: String,
    hint: Option<String>,
    optional: bool,
    error: MaybeProp<String>,
    rule: FieldRule,
    setup: BoxSetup,
    value: RwSignal<String>,
    readback: impl Fn(&str) -> Option<String> + Send + Sync + 'static,
) -> impl IntoView {
    let readback_id = format!("{}-readback", crate::form::id_from_name(&name));
    let field = match hint {
        Some(h) => view! { <Field name=name label=label hint=h optional=optional error=error rule=rule>
            <TextInput input_type=setup.input_type inputmode=setup.inputmode.map(str::to_string) autocomplete=setup.autocomplete
                spellcheck=false width=setup.width suffix=setup.suffix.map(str::to_string) value=value/>
        </Field> }.into_any(),
        None => view! { <Field name=name label=label optional=optional error=error rule=rule>
            <TextInput input_type=setup.input_type inputmode=setup.inputmode.map(str::to_string) autocomplete=setup.autocomplete
                spellcheck=false width=setup.width suffix=setup.suffix.map(str::to_string) value=value/>
        </Field> }.into_any(),
    };
    view! {
        <div class="dvc-vn-question">
            {field}
            <p class="dvc-readback" id=readback_id aria-live="polite">{move || value.with(|v| readback(v))}</p>
        </div>
    }
}
