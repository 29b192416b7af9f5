//! `PaymentMethodChooser`: how the citizen pays, as radio cards with nothing chosen in
//! advance: a bank transfer by VietQR, or card, internet banking or e-wallet through the
//! payment gateway. Each says what happens next. A plain `Field` + `Radios`, so it posts,
//! is checked by the same rule on both sides and wires its label, hints and error itself.

pub(crate) mod examples;

use crate::form::{Choice, Field, Radios};
use crate::i18n::{t, Ui};
use dvc_rules::form::FieldRule;
use leptos::prelude::*;

/// A way to pay a fee.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaymentMethod {
    /// A bank transfer by scanning a VietQR code (`VietQrPanel`).
    VietQr,
    /// Card, internet banking or e-wallet on the payment gateway's pages.
    Gateway,
}

impl PaymentMethod {
    /// Every method, in the order offered.
    pub const ALL: [PaymentMethod; 2] = [PaymentMethod::VietQr, PaymentMethod::Gateway];

    /// The posted value ("vietqr", "gateway").
    pub fn value(self) -> &'static str {
        match self {
            PaymentMethod::VietQr => "vietqr",
            PaymentMethod::Gateway => "gateway",
        }
    }

    /// The method a posted value names.
    pub fn from_value(value: &str) -> Option<PaymentMethod> {
        Self::ALL.into_iter().find(|m| m.value() == value)
    }
}

/// The payment method question.
///
/// ```
/// use dvc_ui::payment::PaymentMethodChooser;
/// use dvc_ui::prelude::*;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Pay() -> impl IntoView {
///     view! {
///         <Form id="thanh-toan">
///             <PaymentMethodChooser gateway_name="VNPAY"/>
///             <Button>"Tiếp tục"</Button>
///         </Form>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::payment_method_chooser`].
#[component]
pub fn PaymentMethodChooser(
    /// The posted name (default "payment_method"); read it with [`PaymentMethod::from_value`].
    #[prop(optional, into)]
    name: Option<String>,
    /// The payment gateway's name as citizens know it ("VNPAY"), said in its hint.
    #[prop(into)]
    gateway_name: String,
    /// The ways offered, in this order (default: [`PaymentMethod::ALL`]); the others are
    /// neither shown nor accepted.
    #[prop(optional)]
    methods: Option<Vec<PaymentMethod>>,
) -> impl IntoView {
    let name = name.unwrap_or_else(|| "payment_method".into());
    let methods = methods.unwrap_or_else(|| PaymentMethod::ALL.to_vec());
    let values = methods.iter().map(|m| m.value().to_string()).collect();
    let locale = crate::i18n::use_locale();
    let options = methods
        .iter()
        .map(|m| match m {
            PaymentMethod::VietQr => {
                Choice::new(m.value(), t(Ui::PayByVietQr)).hint(t(Ui::PayByVietQrNext))
            }
            PaymentMethod::Gateway => Choice::new(m.value(), t(Ui::PayByGateway))
                .hint(Ui::PayByGatewayNext.fill(locale, &[("gateway", &gateway_name)])),
        })
        .collect::<Vec<_>>();
    view! {
        <Field name=name label=t(Ui::PaymentMethodQuestion) subject=t(Ui::PaymentMethodSubject) group=true rule=FieldRule::OneOf(values)>
            <Radios options=options/>
        </Field>
    }
}
