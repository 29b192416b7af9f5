//! Payment steps: what a procedure costs (`FeeSummary`), how the citizen pays
//! (`PaymentMethodChooser`), the transfer made by scanning a VietQR code (`VietQrPanel`),
//! where the payment stands as the server knows it (`PaymentStatus`), and the electronic
//! receipt once it is paid (`PaymentReceipt`).
//! Owns the pages' markup and words; the payload itself is `dvc_rules::vietqr`.

pub(crate) mod fee_summary;
pub(crate) mod payment_method_chooser;
pub(crate) mod payment_receipt;
pub(crate) mod payment_status;
pub(crate) mod vietqr_panel;

pub use fee_summary::{Fee, FeeSummary};
pub use payment_method_chooser::{PaymentMethod, PaymentMethodChooser};
pub use payment_receipt::{Paid, PaymentReceipt};
pub use payment_status::{PaymentState, PaymentStatus};
pub use vietqr_panel::{qr_svg, VietQrPanel};
