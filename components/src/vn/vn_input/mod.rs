//! `VnInput`: the one input behind the five Vietnamese-data questions (ID number, phone,
//! tax code, name, money). Owns what differs by kind of data, in one place ([`VnKind`]:
//! box setup, rule, default label and hint, read-back line) and the shared shape (a
//! [`Field`](crate::form::Field) with the rule, a [`TextInput`](crate::form::TextInput),
//! and a polite read-back line). The checks themselves live in `dvc-rules`.

#[cfg(feature = "markup")]
pub(crate) mod examples;

use crate::i18n::Ui;
use dvc_rules::citizen_id::{parse_citizen_id, CitizenId, Sex};
use dvc_rules::form::FieldRule;
use dvc_rules::money::{amount_in_words, format_vnd, parse_vnd};
use dvc_rules::phone::parse_phone;
use dvc_rules::tax_code::{parse_tax_code, TaxCode};
use dvc_rules::Locale;
#[cfg(feature = "markup")]
use {
    crate::form::{Field, InputWidth, TextInput, TextInputType},
    crate::i18n::use_locale,
    leptos::prelude::*,
};

/// The kind of Vietnamese data a [`VnInput`] asks for, with its options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VnKind {
    /// The 12-digit personal ID number; optionally the old 9-digit card, and the names of
    /// the form's date-of-birth and sex questions to cross-check.
    CitizenId {
        allow_old_card: bool,
        birth_date_field: Option<String>,
        sex_field: Option<String>,
    },
    /// A mobile number (landlines too with `allow_landline`).
    Phone { allow_landline: bool },
    /// A tax code: 10 digits, a 13-digit branch, or a personal ID number.
    TaxCode,
    /// A full name in Vietnamese (and Central Highlands) letters.
    Name,
    /// An amount in đồng.
    Money,
}

#[cfg(feature = "markup")]
/// How the box of one kind of data is set up.
struct BoxSetup {
    input_type: TextInputType,
    inputmode: Option<&'static str>,
    autocomplete: &'static str,
    width: InputWidth,
    suffix: Option<&'static str>,
}

impl VnKind {
    #[cfg(feature = "markup")]
    fn setup(&self) -> BoxSetup {
        let text = |inputmode, autocomplete, width, suffix| BoxSetup {
            input_type: TextInputType::Text,
            inputmode,
            autocomplete,
            width,
            suffix,
        };
        match self {
            VnKind::CitizenId { .. } => text(Some("numeric"), "off", InputWidth::Chars20, None),
            VnKind::Phone { .. } => BoxSetup {
                input_type: TextInputType::Tel,
                inputmode: Some("tel"),
                autocomplete: "tel",
                width: InputWidth::Chars20,
                suffix: None,
            },
            // Not `numeric`: a phone's numeric keyboard has no dash for the branch form.
            VnKind::TaxCode => text(None, "off", InputWidth::Chars20, None),
            VnKind::Name => text(None, "name", InputWidth::Full, None),
            VnKind::Money => text(Some("numeric"), "off", InputWidth::Chars10, Some("₫")),
        }
    }

    #[cfg(feature = "markup")]
    /// The rule the form (and the server, from the same spec) checks.
    pub fn rule(&self) -> FieldRule {
        match self.clone() {
            VnKind::CitizenId {
                allow_old_card,
                birth_date_field,
                sex_field,
            } => FieldRule::CitizenId {
                allow_old_card,
                birth_date_field,
                sex_field,
            },
            VnKind::Phone { allow_landline } => FieldRule::Phone { allow_landline },
            VnKind::TaxCode => FieldRule::TaxCode,
            VnKind::Name => FieldRule::Name,
            VnKind::Money => FieldRule::Money,
        }
    }

    /// The kind whose [`rule`](Self::rule) is `rule` (none for a rule no kind has).
    pub fn from_rule(rule: &FieldRule) -> Option<VnKind> {
        Some(match rule.clone() {
            FieldRule::CitizenId {
                allow_old_card,
                birth_date_field,
                sex_field,
            } => VnKind::CitizenId {
                allow_old_card,
                birth_date_field,
                sex_field,
            },
            FieldRule::Phone { allow_landline } => VnKind::Phone { allow_landline },
            FieldRule::TaxCode => VnKind::TaxCode,
            FieldRule::Name => VnKind::Name,
            FieldRule::Money => VnKind::Money,
            _ => return None,
        })
    }

    #[cfg(feature = "markup")]
    fn default_label(&self) -> Ui {
        match self {
            VnKind::CitizenId { .. } => Ui::IdLabel,
            VnKind::Phone { .. } => Ui::PhoneLabel,
            VnKind::TaxCode => Ui::TaxLabel,
            VnKind::Name => Ui::NameLabel,
            VnKind::Money => Ui::MoneyLabel,
        }
    }

    #[cfg(feature = "markup")]
    fn default_hint(&self) -> Ui {
        match self {
            VnKind::CitizenId { .. } => Ui::IdHint,
            VnKind::Phone { .. } => Ui::PhoneHint,
            VnKind::TaxCode => Ui::TaxHint,
            VnKind::Name => Ui::NameHint,
            VnKind::Money => Ui::MoneyHint,
        }
    }

    /// The line under the box saying how the answer was understood; `None` while the answer
    /// is not (yet) valid, so the line says nothing.
    pub fn readback(&self, typed: &str, locale: Locale) -> Option<String> {
        let text = |key: Ui| key.text(locale);
        match self {
            VnKind::CitizenId { allow_old_card, .. } => parse_citizen_id(typed, *allow_old_card)
                .ok()
                .map(|id| match &id {
                    CitizenId::Personal {
                        province,
                        sex,
                        birth_year,
                        ..
                    } => {
                        let sex = text(if *sex == Sex::Male {
                            Ui::Male
                        } else {
                            Ui::Female
                        });
                        format!(
                            "{}{} · {}{} · {sex} · {}{birth_year}",
                            text(Ui::YouEntered),
                            id.grouped(),
                            text(Ui::BirthRegisteredIn),
                            province.name,
                            text(Ui::BornIn)
                        )
                    }
                    CitizenId::OldCard { .. } => {
                        format!("{}{}", text(Ui::OldCardEntered), id.grouped())
                    }
                }),
            VnKind::Phone { allow_landline } => parse_phone(typed, *allow_landline)
                .ok()
                .map(|p| format!("{}{}", text(Ui::YouEntered), p.display())),
            VnKind::TaxCode => parse_tax_code(typed).ok().map(|code| {
                let kind = match code {
                    TaxCode::Main(_) => Ui::TaxMain,
                    TaxCode::Branch { .. } => Ui::TaxBranch,
                    TaxCode::Personal(_) => Ui::TaxPersonal,
                };
                format!("{}{}", text(kind), code.display())
            }),
            VnKind::Name => None,
            VnKind::Money => parse_vnd(typed).ok().map(|n| {
                let words = amount_in_words(n);
                let words = dvc_rules::latin::with_first(&words, true);
                format!("{} — {words}", format_vnd(n))
            }),
        }
    }
}

#[cfg(feature = "markup")]
/// What every Vietnamese-data question is given besides its kind: the same six props for
/// all five inputs.
#[derive(Default)]
pub struct VnQuestion {
    /// The name the answer is posted under.
    pub name: String,
    /// The question (default: the kind's, in the page's language).
    pub label: Option<String>,
    /// Help under the question (default: the kind's, in the page's language).
    pub hint: Option<String>,
    /// The question may be left blank.
    pub optional: bool,
    /// The question is the page's heading (`h1`).
    pub label_is_heading: bool,
    /// An error to show whatever the form model says (e.g. found by your server).
    pub error: MaybeProp<String>,
    /// The answer, two-way bound.
    pub value: Option<RwSignal<String>>,
    /// How the question is named in messages (default: the label, as `Field` names it).
    pub subject: Option<String>,
}

#[cfg(feature = "markup")]
/// The question of `kind`: what the five wrappers ([`CitizenIdInput`](super::CitizenIdInput),
/// [`PhoneInput`](super::PhoneInput), [`TaxCodeInput`](super::TaxCodeInput),
/// [`NameInput`](super::NameInput), [`MoneyInput`](super::MoneyInput)) and [`VnInput`]
/// render.
pub fn vn_question(kind: VnKind, question: VnQuestion) -> impl IntoView {
    let VnQuestion {
        name,
        label,
        hint,
        optional,
        label_is_heading,
        error,
        value,
        subject,
    } = question;
    let locale = use_locale();
    let setup = kind.setup();
    let rule = kind.rule();
    let label = label.unwrap_or_else(|| kind.default_label().text(locale).into());
    let subject = subject.unwrap_or_else(|| crate::form::field::subject_of(&label));
    let hint = hint.unwrap_or_else(|| kind.default_hint().text(locale).into());
    let value = value.unwrap_or_else(|| RwSignal::new(String::new()));
    let readback_id = format!("{}-readback", crate::form::id_from_name(&name));
    view! {
        <div class="dvc-vn-question" data-dvc-module="readback"
            data-kind=dvc_rules::spec_markup::rule_attribute(&kind.rule())>
            <Field name=name label=label hint=hint optional=optional label_is_heading=label_is_heading error=error rule=rule subject=subject>
                <TextInput input_type=setup.input_type inputmode=setup.inputmode.map(str::to_string) autocomplete=setup.autocomplete
                    spellcheck=false width=setup.width suffix=setup.suffix.map(str::to_string) value=value/>
            </Field>
            <p class="dvc-readback" id=readback_id aria-live="polite">{value.with_untracked(|v| kind.readback(v, locale))}</p>
        </div>
    }
}

#[cfg(feature = "markup")]
/// A question for one kind of Vietnamese data, chosen by `kind` (e.g. from a portal's
/// configuration). The named inputs ([`PhoneInput`](super::PhoneInput) …) are the same
/// with the kind fixed.
///
/// ```
/// use dvc_ui::vn::{VnInput, VnKind};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Contact() -> impl IntoView {
///     view! { <VnInput kind=VnKind::Phone { allow_landline: true } name="contact_phone"/> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::vn_input`].
#[component]
pub fn VnInput(
    /// The kind of data, with its options.
    kind: VnKind,
    /// The name the answer is posted under.
    #[prop(into)]
    name: String,
    /// The question (default: the kind's, in the page's language).
    #[prop(optional, into)]
    label: Option<String>,
    /// Help under the question (default: the kind's, in the page's language).
    #[prop(optional, into)]
    hint: Option<String>,
    /// The question may be left blank.
    #[prop(optional)]
    optional: bool,
    /// The question is the page's heading (`h1`): one question per page.
    #[prop(optional)]
    label_is_heading: bool,
    /// An error to show whatever the form model says.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// The answer, two-way bound.
    #[prop(optional, into)]
    value: Option<RwSignal<String>>,
) -> impl IntoView {
    vn_question(
        kind,
        VnQuestion {
            name,
            label,
            hint,
            optional,
            label_is_heading,
            error,
            value,
            subject: None,
        },
    )
}
