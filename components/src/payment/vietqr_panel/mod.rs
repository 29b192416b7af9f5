//! `VietQrPanel`: pay a fee by bank transfer. The VietQR code (drawn as SVG on the server,
//! so it shows without JavaScript) beside the same facts as text for people who cannot
//! scan it (a screen-reader user, a citizen on the phone that would have to scan itself):
//! bank, account holder, account or card number, amount (in figures and words), transfer
//! content. The text is selectable; once its behaviour starts (`enhance.js`,
//! `data-dvc-module="vietqr"`) each number and the content get a "Sao chép" button that
//! says, politely, what it copied.

#[cfg(feature = "markup")]
pub(crate) mod examples;
#[cfg(feature = "markup")]
mod qr_svg;

#[cfg(feature = "markup")]
pub use qr_svg::qr_svg;

#[cfg(feature = "markup")]
use {
    crate::i18n::{t, use_locale, Ui},
    dvc_rules::money::{amount_in_words, format_vnd},
    dvc_rules::vietqr::{Service, Transfer},
    dvc_rules::Locale,
    leptos::prelude::*,
};

#[cfg(feature = "markup")]
/// A bank-transfer QR code with its facts as text.
///
/// ```
/// use dvc_rules::vietqr::{Service, Transfer};
/// use dvc_ui::payment::VietQrPanel;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Pay() -> impl IntoView {
///     let transfer = Transfer::new("970416", "257678859", Service::Account).with_amount(150_000).with_purpose("LP 000.00.12.H62-201105-0004");
///     view! { <VietQrPanel transfer=transfer bank_name="Ngân hàng TMCP Á Châu (ACB)" account_holder="VĂN PHÒNG UBND TỈNH LÀO CAI"/> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::vietqr_panel`].
#[component]
pub fn VietQrPanel(
    /// The transfer the code asks for (`dvc_rules::vietqr`).
    transfer: Transfer,
    /// The receiving bank's name as citizens know it.
    #[prop(into)]
    bank_name: String,
    /// The account holder's name as the bank shows it (usually in capitals).
    #[prop(into)]
    account_holder: String,
    /// The id of the panel (default "dvc-vietqr"); its parts' ids start with it.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    let id = id.unwrap_or_else(|| "dvc-vietqr".into());
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();

    let drawing = match transfer.payload() {
        Ok(payload) => {
            // Drawn by the server only; hydration keeps its drawing (see `qr_svg`).
            let svg = qr_svg(&payload).unwrap_or_default();
            view! {
                <figure class="dvc-vietqr__figure">
                    <div class="dvc-vietqr__code" role="img" aria-label=t(Ui::VietQrImage) inner_html=svg></div>
                    <figcaption class="dvc-vietqr__caption">{t(Ui::VietQrScan)}</figcaption>
                </figure>
            }
            .into_any()
        }
        Err(defect) => view! { <p class="dvc-vietqr__problem">{Ui::VietQrCannotDraw.fill(locale, &[("why", &defect.message(locale))])}</p> }.into_any(),
    };

    let number_label = if transfer.service == Service::Card {
        t(Ui::CardNumber)
    } else {
        t(Ui::AccountNumber)
    };
    let amount = match transfer.amount {
        Some(a) => {
            let words = (locale == Locale::Vi).then(|| view! { <span class="dvc-vietqr__words">{format!("({})", amount_in_words(a))}</span> });
            Fact {
                label: t(Ui::Amount),
                shown: view! { <span class="dvc-vietqr__value">{format_vnd(a)}</span>{words} }
                    .into_any(),
                copy: Some(a.to_string()),
            }
        }
        None => Fact {
            label: t(Ui::Amount),
            shown: view! { <span class="dvc-vietqr__value">{t(Ui::VietQrTypeAmount)}</span> }
                .into_any(),
            copy: None,
        },
    };
    let mut facts = vec![
        Fact::text(t(Ui::Bank), bank_name, false),
        Fact::text(t(Ui::AccountHolder), account_holder, false),
        Fact::text(number_label, transfer.number.clone(), true),
        amount,
    ];
    if !transfer.purpose.is_empty() {
        facts.push(Fact::text(
            t(Ui::TransferContent),
            transfer.purpose.clone(),
            true,
        ));
    }
    let rows = facts.into_iter().map(|fact| {
        let button = fact.copy.map(|text| {
            let what = dvc_rules::latin::lowercase(&fact.label);
            let what_for_button = what.clone();
            view! {
                <button type="button" class="dvc-button dvc-button--secondary dvc-vietqr__copy" hidden=true
                    data-copy=text data-what=what>
                    {t(Ui::Copy)}<span class="dvc-visually-hidden">{format!(" {what_for_button}")}</span>
                </button>
            }
        });
        view! { <div class="dvc-vietqr__row"><dt class="dvc-vietqr__key">{fact.label}</dt><dd class="dvc-vietqr__fact">{fact.shown}{button}</dd></div> }
    });

    view! {
        <section class="dvc-vietqr" id=id aria-labelledby=labelled_by data-dvc-module="vietqr">
            <h2 class="dvc-vietqr__title" id=title_id>{t(Ui::VietQrTitle)}</h2>
            <div class="dvc-vietqr__layout">
                {drawing}
                <div class="dvc-vietqr__details">
                    <p>{t(Ui::VietQrByHand)}</p>
                    <dl class="dvc-vietqr__facts">{rows.collect_view()}</dl>
                    <div class="dvc-visually-hidden" aria-live="polite"></div>
                </div>
            </div>
        </section>
    }
}

#[cfg(feature = "markup")]
/// One line of the facts: its name, what is shown, and what its button copies (if any).
struct Fact {
    label: &'static str,
    shown: AnyView,
    copy: Option<String>,
}

#[cfg(feature = "markup")]
impl Fact {
    fn text(label: &'static str, value: String, copy: bool) -> Fact {
        Fact {
            label,
            copy: copy.then(|| value.clone()),
            shown: view! { <span class="dvc-vietqr__value">{value}</span> }.into_any(),
        }
    }
}
