//! The combobox's state without a DOM: what each key does to the popup and the active
//! option (WAI-ARIA APG "combobox with listbox popup, list autocomplete"), and what the
//! live region says. The view in `mod.rs` only feeds it events and renders the result;
//! everything here is tested natively.

use crate::i18n::Ui;
use dvc_rules::Locale;

/// At most this many options are in the list at once; the live region says how many more
/// match, so the citizen types more.
pub const MAX_SHOWN: usize = 50;

/// Whether the list is open, and which shown option is active (`aria-activedescendant`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListState {
    pub open: bool,
    pub active: Option<usize>,
}

/// The keys the combobox handles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Down { alt: bool },
    Up,
    Enter,
    Escape,
    Tab,
    Other,
}

impl Key {
    /// The key of a `KeyboardEvent.key` value.
    pub fn from_name(name: &str, alt: bool) -> Key {
        match name {
            "ArrowDown" => Key::Down { alt },
            "ArrowUp" => Key::Up,
            "Enter" => Key::Enter,
            "Escape" => Key::Escape,
            "Tab" => Key::Tab,
            _ => Key::Other,
        }
    }
}

/// What the view does after a key, besides showing the new state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The browser's own action for the key goes ahead (typing, Tab to the next field).
    PassOn,
    /// The key was the combobox's: the browser's default is prevented.
    Handled,
    /// Choose the shown option at this index (default prevented).
    Choose(usize),
    /// Escape on a closed list: clear the box and the answer (default prevented).
    Clear,
}

impl ListState {
    /// The state after `key`, with `shown` options in the list.
    pub fn on_key(self, key: Key, shown: usize) -> (ListState, Outcome) {
        let next = |a: Option<usize>| Some(a.map_or(0, |i| (i + 1) % shown));
        let previous = |a: Option<usize>| {
            Some(a.map_or(shown - 1, |i| if i == 0 { shown - 1 } else { i - 1 }))
        };
        match key {
            // Down opens; Alt+Down opens without moving; Down on an open list moves on.
            Key::Down { alt } if !self.open => {
                let active = if !alt && shown > 0 {
                    Some(0)
                } else {
                    self.active
                };
                (ListState { open: true, active }, Outcome::Handled)
            }
            Key::Down { alt } => {
                let active = if shown > 0 && !alt {
                    next(self.active)
                } else {
                    self.active
                };
                (ListState { active, ..self }, Outcome::Handled)
            }
            Key::Up if shown > 0 => (
                ListState {
                    open: true,
                    active: previous(self.active),
                },
                Outcome::Handled,
            ),
            Key::Up => (self, Outcome::Handled),
            Key::Enter => match (self.open, self.active) {
                (true, Some(i)) if i < shown => (ListState::default(), Outcome::Choose(i)),
                _ => (self, Outcome::PassOn),
            },
            Key::Escape if self.open => (ListState::default(), Outcome::Handled),
            Key::Escape => (self, Outcome::Clear),
            Key::Tab => (
                ListState {
                    open: false,
                    ..self
                },
                Outcome::PassOn,
            ),
            Key::Other => (self, Outcome::PassOn),
        }
    }

    /// The state after the citizen typed: the list opens, nothing active.
    pub fn on_typed(self) -> ListState {
        ListState {
            open: true,
            active: None,
        }
    }

    /// Whether the list is shown (`aria-expanded`): open with something in it.
    pub fn expanded(self, shown: usize) -> bool {
        self.open && shown > 0
    }
}

/// What the polite live region says: how many results (and that only the first
/// [`MAX_SHOWN`] are listed); nothing while the list is closed.
pub fn status(open: bool, total: usize, locale: Locale) -> String {
    if !open {
        return String::new();
    }
    match total {
        0 => Ui::NoResults.text(locale).into(),
        t if t > MAX_SHOWN => {
            Ui::ResultsFirstShown.fill(locale, &[("total", &t), ("shown", &MAX_SHOWN)])
        }
        t => Ui::Results.fill(locale, &[("total", &t)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLOSED: ListState = ListState {
        open: false,
        active: None,
    };

    fn keys(start: ListState, list: &[Key], shown: usize) -> (ListState, Vec<Outcome>) {
        let mut state = start;
        let mut outcomes = Vec::new();
        for key in list {
            let (s, o) = state.on_key(*key, shown);
            state = s;
            outcomes.push(o);
        }
        (state, outcomes)
    }

    #[test]
    fn down_opens_on_the_first_option_and_wraps() {
        let (state, _) = keys(CLOSED, &[Key::Down { alt: false }], 3);
        assert_eq!(
            state,
            ListState {
                open: true,
                active: Some(0)
            }
        );
        let (state, _) = keys(
            state,
            &[
                Key::Down { alt: false },
                Key::Down { alt: false },
                Key::Down { alt: false },
            ],
            3,
        );
        assert_eq!(
            state.active,
            Some(0),
            "after the last option comes the first"
        );
    }

    #[test]
    fn alt_down_opens_without_choosing_an_option() {
        let (state, outcomes) = keys(
            CLOSED,
            &[Key::Down { alt: true }, Key::Down { alt: true }],
            3,
        );
        assert_eq!(
            state,
            ListState {
                open: true,
                active: None
            }
        );
        assert_eq!(outcomes, vec![Outcome::Handled; 2]);
    }

    #[test]
    fn up_opens_on_the_last_option_and_wraps() {
        let (state, _) = keys(CLOSED, &[Key::Up], 3);
        assert_eq!(
            state,
            ListState {
                open: true,
                active: Some(2)
            }
        );
        let (state, _) = keys(
            ListState {
                open: true,
                active: Some(0),
            },
            &[Key::Up],
            3,
        );
        assert_eq!(state.active, Some(2));
    }

    #[test]
    fn enter_chooses_only_an_active_option_of_an_open_list() {
        let (state, outcomes) = keys(
            ListState {
                open: true,
                active: Some(1),
            },
            &[Key::Enter],
            3,
        );
        assert_eq!((state, outcomes[0]), (CLOSED, Outcome::Choose(1)));
        assert_eq!(
            ListState {
                open: true,
                active: None
            }
            .on_key(Key::Enter, 3)
            .1,
            Outcome::PassOn,
            "Enter posts the form"
        );
        assert_eq!(CLOSED.on_key(Key::Enter, 3).1, Outcome::PassOn);
        assert_eq!(
            ListState {
                open: true,
                active: Some(5)
            }
            .on_key(Key::Enter, 3)
            .1,
            Outcome::PassOn,
            "a stale index is never chosen"
        );
    }

    #[test]
    fn escape_closes_then_clears() {
        let (state, outcomes) = keys(
            ListState {
                open: true,
                active: Some(1),
            },
            &[Key::Escape, Key::Escape],
            3,
        );
        assert_eq!(state, CLOSED);
        assert_eq!(outcomes, vec![Outcome::Handled, Outcome::Clear]);
    }

    #[test]
    fn tab_closes_and_moves_on_and_typing_reopens() {
        let (state, outcomes) = keys(
            ListState {
                open: true,
                active: Some(1),
            },
            &[Key::Tab],
            3,
        );
        assert!(!state.open);
        assert_eq!(outcomes, vec![Outcome::PassOn]);
        assert_eq!(
            state.on_typed(),
            ListState {
                open: true,
                active: None
            }
        );
    }

    #[test]
    fn an_empty_list_is_never_expanded_and_keys_do_not_panic() {
        let (state, _) = keys(
            CLOSED,
            &[
                Key::Down { alt: false },
                Key::Up,
                Key::Down { alt: false },
                Key::Enter,
            ],
            0,
        );
        assert_eq!(
            state,
            ListState {
                open: true,
                active: None
            }
        );
        assert!(!state.expanded(0));
    }

    #[test]
    fn the_live_region_counts_results() {
        assert_eq!(status(false, 9, Locale::Vi), "");
        assert_eq!(status(true, 0, Locale::Vi), "Không có kết quả phù hợp");
        assert_eq!(status(true, 3, Locale::En), "3 results");
        assert_eq!(
            status(true, 120, Locale::Vi),
            "120 kết quả, hiện 50 kết quả đầu; gõ thêm để thu hẹp"
        );
    }
}
