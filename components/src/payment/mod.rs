//! Payment steps: what a procedure costs (`FeeSummary`), how the citizen pays
//! (`PaymentMethodChooser`), the transfer made by scanning a VietQR code (`VietQrPanel`),
//! where the payment stands as the server knows it (`PaymentStatus`), and the electronic
//! receipt once it is paid (`PaymentReceipt`).
//! Owns the pages' markup and words; the payload itself is `dvc_rules::vietqr`.

#[cfg(feature = "markup")]
pub(crate) mod fee_summary;
#[cfg(feature = "markup")]
pub(crate) mod payment_method_chooser;
#[cfg(feature = "markup")]
pub(crate) mod payment_receipt;
#[cfg(feature = "markup")]
pub(crate) mod payment_status;
#[cfg(feature = "markup")]
pub(crate) mod vietqr_panel;

#[cfg(feature = "markup")]
pub use self::{
    fee_summary::{Fee, FeeSummary},
    payment_method_chooser::{PaymentMethod, PaymentMethodChooser},
    payment_receipt::{pay_time_in_words, Paid, PaymentReceipt},
    payment_status::{PaymentState, PaymentStatus},
    vietqr_panel::{qr_svg, VietQrPanel},
};
