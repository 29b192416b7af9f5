//! Inputs for the data every Vietnamese portal asks for: personal ID number, phone, tax
//! code, full name, money (each a thin wrapper over one [`VnInput`] driven by the kind of
//! data: a [`Field`](crate::form::Field) with the right box attributes, the `dvc-rules`
//! check as its rule, so the server checks the same, and a read-back line that shows the
//! answer as the kit understood it); the two-tier address with its combobox and the
//! old-address finder. Owns the wiring only; the checks live in `dvc-rules`.

pub(crate) mod address_input;
pub(crate) mod citizen_id_input;
pub(crate) mod combobox;
pub(crate) mod money_input;
pub(crate) mod name_input;
pub(crate) mod old_address;
pub(crate) mod phone_input;
pub(crate) mod tax_code_input;
pub(crate) mod vn_input;

pub use address_input::{wants_communes, AddressInput, SHOW_COMMUNES};
pub use citizen_id_input::CitizenIdInput;
pub use combobox::{Combobox, ComboboxSearch, MAX_SHOWN};
pub use money_input::MoneyInput;
pub use name_input::NameInput;
pub use old_address::OldAddressFinder;
pub use phone_input::PhoneInput;
pub use tax_code_input::TaxCodeInput;
pub use vn_input::{vn_question, VnInput, VnKind, VnQuestion};
