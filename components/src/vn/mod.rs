//! Inputs for the data every Vietnamese portal asks for: personal ID number, phone, tax
//! code, full name, money (each a thin wrapper over one [`VnInput`] driven by the kind of
//! data: a [`Field`](crate::form::Field) with the right box attributes, the `dvc-rules`
//! check as its rule, so the server checks the same, and a read-back line that shows the
//! answer as the kit understood it); the two-tier address with its combobox and the
//! old-address finder. Owns the wiring only; the checks live in `dvc-rules`.

#[cfg(feature = "markup")]
pub(crate) mod address_input;
#[cfg(feature = "markup")]
pub(crate) mod citizen_id_input;
#[cfg(feature = "markup")]
pub(crate) mod combobox;
#[cfg(feature = "markup")]
pub(crate) mod money_input;
#[cfg(feature = "markup")]
pub(crate) mod name_input;
#[cfg(feature = "markup")]
pub(crate) mod old_address;
#[cfg(feature = "markup")]
pub(crate) mod phone_input;
#[cfg(feature = "markup")]
pub(crate) mod tax_code_input;
#[cfg(feature = "markup")]
pub(crate) mod vn_input;

#[cfg(feature = "markup")]
pub use self::{
    address_input::{wants_communes, AddressInput, SHOW_COMMUNES},
    citizen_id_input::CitizenIdInput,
    combobox::{Combobox, ComboboxSearch, MAX_SHOWN},
    money_input::MoneyInput,
    name_input::NameInput,
    old_address::OldAddressFinder,
    phone_input::PhoneInput,
    tax_code_input::TaxCodeInput,
    vn_input::{vn_question, VnInput, VnKind, VnQuestion},
};
