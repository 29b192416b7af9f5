//! Complete services: the way back to the previous question (`BackLink`), where the citizen is in a fixed sequence of steps (`StepIndicator`),
//! the parts of a long dossier and each one's state (`TaskList`), every answer read back
//! before sending with a way to change each (`CheckAnswers`), the dossier code once
//! sent (`Confirmation`), and the code that hands a draft to the officer at the counter
//! (`HandOffCode`). Markup and words only: which page comes next, and what is kept,
//! is the service's (with `dvc_server::dossiers` on the server).

pub(crate) mod back_link;
pub(crate) mod case_screen;
pub(crate) mod check_answers;
pub(crate) mod confirmation;
pub(crate) mod desk_screen;
pub(crate) mod hand_off_code;
pub(crate) mod procedure_screen;
pub(crate) mod question_page;
pub(crate) mod step_indicator;
pub(crate) mod task_list;

pub use back_link::BackLink;
pub use case_screen::{
    case_has_problems, case_title, event_detail, status_colour, status_tag, timeline_event,
    CaseScreen,
};
pub use check_answers::{Answer, CheckAnswers};
pub use confirmation::Confirmation;
pub use desk_screen::{desk_form, desk_has_problems, desk_title, DeskScreen};
pub use hand_off_code::HandOffCode;
pub use procedure_screen::{screen_has_problems, screen_title, ProcedureScreen};
pub use question_page::{QuestionPage, QUESTION_FORM};
pub use step_indicator::StepIndicator;
pub use task_list::{Task, TaskList, TaskStatus};
