//! `Consent`: asking permission to use personal data for one purpose — an unticked
//! checkbox with a notice of what data, why, who controls it and how to withdraw. One
//! `Consent` per purpose: Law 91/2025/QH15 and Decree 356/2025 forbid pre-ticked or
//! bundled consent. It is never required to continue: what a service cannot do without is
//! not consent (use a declaration, `FieldRule::MustTick`, and say why).

pub(crate) mod examples;

use super::id_from_name;
use super::submission::restored_checked;
use crate::i18n::{t, Ui};
use leptos::prelude::*;

/// One purpose, one unticked checkbox. Posts `name=yes` only when ticked.
///
/// ```
/// use dvc_ui::form::Consent;
/// use leptos::prelude::*;
///
/// #[component]
/// fn SmsConsent() -> impl IntoView {
///     view! {
///         <Consent name="consent_sms" title="Nhận tin nhắn về hồ sơ"
///             label="Tôi đồng ý cho cơ quan giải quyết dùng số điện thoại của tôi để nhắn tin về tình trạng hồ sơ này"
///             data="Số điện thoại di động" purpose="Báo khi hồ sơ được tiếp nhận, cần bổ sung hoặc có kết quả"
///             controller="Văn phòng UBND tỉnh (bộ phận một cửa)"
///             withdraw="Bỏ chọn ô này trước khi gửi, hoặc gọi đường dây nóng 1900 xxxx bất cứ lúc nào"/>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::consent`].
#[component]
pub fn Consent(
    #[prop(into)] name: String,
    /// The purpose, as the group's legend.
    #[prop(into)]
    title: String,
    /// The checkbox label, a full sentence beginning "Tôi đồng ý…".
    #[prop(into)]
    label: String,
    /// What personal data.
    #[prop(into)]
    data: String,
    /// Why (the one purpose).
    #[prop(into)]
    purpose: String,
    /// Who controls the data.
    #[prop(into)]
    controller: String,
    /// How to withdraw consent.
    #[prop(into)]
    withdraw: String,
    /// Whether the box is ticked (starts unticked, always).
    #[prop(optional, into)]
    given: Option<RwSignal<bool>>,
) -> impl IntoView {
    let id = id_from_name(&name);
    let notice_id = format!("{id}-notice");
    let described_by = notice_id.clone();
    let given = given.unwrap_or_else(|| RwSignal::new(false));
    // Never pre-ticked, whatever the caller's signal says; ticked again only when the
    // citizen ticked it (a page answering their post, or ticked before hydration).
    given.set(restored_checked(&id, &name, "yes").unwrap_or(false));
    let rows = [
        (Ui::ConsentData, data),
        (Ui::ConsentPurpose, purpose),
        (Ui::ConsentController, controller),
        (Ui::ConsentWithdraw, withdraw),
    ];
    view! {
        <div class="dvc-field dvc-consent">
            <fieldset class="dvc-fieldset" role="group" aria-describedby=described_by>
                <legend class="dvc-fieldset__legend">{title}</legend>
                <dl class="dvc-consent__notice" id=notice_id>
                    {rows.into_iter().map(|(key, text)| view! {
                        <div class="dvc-consent__row"><dt>{t(key)}</dt><dd>{text}</dd></div>
                    }).collect_view()}
                </dl>
                <div class="dvc-checkboxes">
                    <div class="dvc-checkboxes__item">
                        <input class="dvc-checkboxes__input" type="checkbox" id=id.clone() name=name value="yes"
                            checked=given.get_untracked() prop:checked=move || given.get()
                            on:change=move |ev| given.set(event_target_checked(&ev))/>
                        <label class="dvc-label dvc-checkboxes__label" for=id>{label}</label>
                    </div>
                </div>
            </fieldset>
        </div>
    }
}
