//! `TaskList`: the parts of a long dossier, each with its state, in the order they are
//! usually done (GOV.UK's task list): "Hoàn thành", "Chưa xong", "Có lỗi cần sửa", or
//! "Chưa thể bắt đầu", which is plain text, not a link, until what it needs is done. Each
//! part's link is described by its state (`aria-describedby`), so a screen reader says the
//! state with the name.

pub(crate) mod examples;

use crate::i18n::{t, Ui};
use leptos::prelude::*;

/// Where a part of the dossier stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskStatus {
    /// Every question answered.
    Completed,
    /// Begun or not, still to finish.
    InProgress,
    /// An answer needs fixing (e.g. a file refused, a rule changed).
    HasErrors,
    /// Needs another part first: shown without a link.
    CannotStart,
}

impl TaskStatus {
    fn word(self) -> &'static str {
        t(match self {
            TaskStatus::Completed => Ui::TaskCompleted,
            TaskStatus::InProgress => Ui::TaskInProgress,
            TaskStatus::HasErrors => Ui::TaskHasErrors,
            TaskStatus::CannotStart => Ui::TaskCannotStart,
        })
    }

    fn modifier(self) -> &'static str {
        match self {
            TaskStatus::Completed => "completed",
            TaskStatus::InProgress => "in-progress",
            TaskStatus::HasErrors => "has-errors",
            TaskStatus::CannotStart => "cannot-start",
        }
    }
}

/// One part of the dossier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Task {
    pub name: String,
    /// Its first page.
    pub href: String,
    pub status: TaskStatus,
    /// A line under the name (what the part asks for), if any.
    pub hint: String,
}

impl Task {
    pub fn new(name: &str, href: &str, status: TaskStatus) -> Task {
        Task {
            name: name.into(),
            href: href.into(),
            status,
            hint: String::new(),
        }
    }

    /// The same task with a line under its name.
    pub fn hint(self, hint: &str) -> Task {
        Task {
            hint: hint.into(),
            ..self
        }
    }
}

/// The parts of a dossier and their states.
///
/// ```
/// use dvc_ui::flow::{Task, TaskList, TaskStatus};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Parts() -> impl IntoView {
///     view! {
///         <TaskList id="ho-so" tasks=vec![
///             Task::new("Thông tin người đăng ký", "/dang-ky/nguoi-dang-ky", TaskStatus::Completed),
///             Task::new("Kiểm tra và nộp", "/dang-ky/kiem-tra", TaskStatus::CannotStart),
///         ]/>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::task_list`].
#[component]
pub fn TaskList(
    /// Each part, in order.
    tasks: Vec<Task>,
    /// Makes the ids of the states unique on the page (default "dvc-task").
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let prefix = id.unwrap_or_else(|| "dvc-task".into());
    let items = tasks.into_iter().enumerate().map(|(i, task)| {
        let status_id = format!("{prefix}-{}-status", i + 1);
        let hint_id = format!("{prefix}-{}-hint", i + 1);
        let has_hint = !task.hint.is_empty();
        let described = if has_hint { format!("{hint_id} {status_id}") } else { status_id.clone() };
        let name = if task.status == TaskStatus::CannotStart {
            view! { <span class="dvc-task-list__name">{task.name}</span> }.into_any()
        } else {
            view! { <a class="dvc-task-list__name dvc-task-list__link" href=task.href aria-describedby=described>{task.name}</a> }.into_any()
        };
        let hint = has_hint.then(|| view! { <div class="dvc-task-list__hint" id=hint_id>{task.hint}</div> });
        view! {
            <li class=format!("dvc-task-list__item dvc-task-list__item--{}", task.status.modifier())>
                <div class="dvc-task-list__text">{name}{hint}</div>
                <div class="dvc-task-list__status" id=status_id>
                    <strong class=format!("dvc-task-list__tag dvc-task-list__tag--{}", task.status.modifier())>{task.status.word()}</strong>
                </div>
            </li>
        }
    });
    view! { <ul class="dvc-task-list">{items.collect_view()}</ul> }
}
