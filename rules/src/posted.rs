//! The names a kit form posts besides its questions' own, and what a post asks for beyond
//! its answers: which form it was, an action ("save", "autosave"), the language switch
//! carrying the answers to the other language, a page without a script asking for a
//! province's communes. One definition for the components that write them, the behaviour
//! module that sends them and any server that reads them (Rust or not: the values are
//! plain words).

/// The name of the hidden input that says which form of the page was posted.
pub const FORM_ID_FIELD: &str = "dvc_form";

/// The name a form's other buttons post their action under ("save" for "Lưu và tiếp tục
/// sau"; "autosave" for answers kept while typing, see `Form`'s `autosave`).
pub const ACTION_FIELD: &str = "dvc_action";

/// The posted value of `dvc_action` that asks the server to keep the answers as they are.
pub const AUTOSAVE: &str = "autosave";

/// The name under which a carried post names the new language: a server seeing it in a
/// post shows the page again in that language with the answers, without checking them.
pub const LANGUAGE_FIELD: &str = "dvc_language";

/// The name of the no-script button that asks for a province's communes; its value is the
/// address's prefix.
pub const SHOW_COMMUNES: &str = "dvc_communes";

/// `PREFIX` + this: the hidden answer naming the province whose communes the page listed.
pub const LISTED_SUFFIX: &str = "_listed";

/// Whether a posted form was sent by the language switch (then show the page again, in the
/// language of the address it was posted to, with the answers kept and unchecked).
pub fn is_language_switch(pairs: &[(String, String)]) -> bool {
    pairs.iter().any(|(name, _)| name == LANGUAGE_FIELD)
}

/// Whether a post asked for a province's communes (a page without a script): then show the
/// page again with the answers kept and unchecked, as for a language switch. A post whose
/// province is the one already listed is an ordinary submit: Enter in any answer presses
/// the form's first button, which may be this one.
///
/// ```
/// use dvc_rules::posted::{wants_communes, SHOW_COMMUNES};
/// let post = |province: &str, listed: &str| vec![
///     ("home_province".to_string(), province.to_string()),
///     ("home_listed".to_string(), listed.to_string()),
///     (SHOW_COMMUNES.to_string(), "home".to_string()),
/// ];
/// assert!(wants_communes(&post("15", "")));
/// assert!(wants_communes(&post("15", "01")));
/// assert!(!wants_communes(&post("15", "15")));
/// ```
pub fn wants_communes(pairs: &[(String, String)]) -> bool {
    let answer = |name: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    pairs
        .iter()
        .filter(|(n, _)| n == SHOW_COMMUNES)
        .any(|(_, prefix)| {
            answer(&format!("{prefix}_province")) != answer(&format!("{prefix}{LISTED_SUFFIX}"))
        })
}

/// The value of the action field in `pairs` ("" when none).
pub fn action(pairs: &[(String, String)]) -> &str {
    pairs
        .iter()
        .find(|(n, _)| n == ACTION_FIELD)
        .map_or("", |(_, v)| v.as_str())
}
