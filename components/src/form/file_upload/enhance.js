// `FileUpload`'s behaviour in the browser (`data-dvc-module="file-upload"`, the limits in
// `data-accept`, `data-max-bytes`, `data-max-files`): files chosen are checked at once
// (`added`), each refusal naming its file and reason; the kept files are listed, each with
// its own "Xoá" button (focus goes back to the chooser); files may be dropped on the box.
// The real `<input type="file">` always holds exactly the listed files, so the form posts
// them as usual. Without the behaviour the browser's own chooser does it all.
import { checkCount, checkFile, message } from 'dvc-rules';
import { all, localeOf, on, setClass, word } from '../../enhance-dom.js';

/**
 * Which of `batch` (files: `{ name, size }`) join `kept`, checked by the file limits,
 * duplicates (same name and size) skipped silently: `{ accepted: [indexes], refused:
 * [sentences], status }` (as `state::add` in state.rs decides on the server's side).
 */
export function added(kept, batch, limits, locale) {
  const now = [...kept];
  const accepted = [];
  const refused = [];
  batch.forEach((file, i) => {
    if (now.some((k) => k.name === file.name && k.size === file.size)) return;
    const problem = checkFile(file.name, file.size, limits) ?? checkCount(now.length + 1, limits);
    if (problem?.code === 'FileTooMany') refused.push(`${message(problem, locale, '')} (${file.name})`);
    else if (problem) refused.push(message(problem, locale, ''));
    else {
      accepted.push(i);
      now.push(file);
    }
  });
  const chosen = word(locale, 'FilesChosenCount', { count: now.length });
  return { accepted, refused, status: `${chosen} ${refused.join('. ')}`.trim() };
}

/** "2,4 MB", "350 KB": a size as a citizen reads it (`human_size` in state.rs). */
export function humanSize(bytes, locale) {
  if (bytes >= 1_000_000) {
    return `${Math.floor(bytes / 1_000_000)}${word(locale, 'DecimalSeparator')}${Math.floor((bytes % 1_000_000) / 100_000)} MB`;
  }
  return `${Math.ceil(bytes / 1000)} KB`;
}

/** Starts one file box. */
export function start(root) {
  const input = root.querySelector('input[type=file]');
  if (!input) return;
  const number = (name, fallback) => {
    const n = Number.parseInt(root.getAttribute(name) ?? '', 10);
    return Number.isNaN(n) ? fallback : n;
  };
  const limits = {
    accept: (root.getAttribute('data-accept') ?? '').split(',').filter(Boolean),
    maxBytes: number('data-max-bytes', 10_000_000),
    maxFiles: number('data-max-files', 10),
  };
  const locale = localeOf(root);
  /** The files held before the browser replaced them with a new choice. */
  let before = [];
  const current = () => [...(input.files ?? [])];
  // The input holds exactly `kept`.
  const store = (kept) => {
    try {
      const dt = new DataTransfer();
      for (const f of kept) dt.items.add(f);
      input.files = dt.files;
    } catch {
      // A browser that cannot set the chooser's files keeps its own choice.
    }
  };
  // Says `status` politely and shows the refusals and the list of kept files.
  const show = (status, refused) => {
    const live = root.querySelector('[aria-live]');
    if (live) live.textContent = status;
    for (const old of all(root, ':scope > .dvc-file-upload__refused, :scope > .dvc-file-upload__title, :scope > .dvc-file-upload__list')) old.remove();
    const make = (tag, className, text) => {
      const el = document.createElement(tag);
      el.className = className;
      if (text != null) el.textContent = text;
      return el;
    };
    if (refused.length) {
      const list = make('ul', 'dvc-file-upload__refused');
      for (const why of refused) list.append(make('li', 'dvc-error-message', why));
      root.append(list);
    }
    const files = current();
    if (!files.length) return;
    const list = make('ul', 'dvc-file-upload__list');
    files.forEach((f, index) => {
      const item = make('li', 'dvc-file-upload__file');
      item.append(make('span', 'dvc-file-upload__name', f.name), ' ', make('span', 'dvc-file-upload__size', `(${humanSize(f.size, locale)})`));
      const button = make('button', 'dvc-button dvc-button--secondary dvc-file-upload__remove', word(locale, 'Remove'));
      button.type = 'button';
      button.setAttribute('data-index', String(index));
      button.append(make('span', 'dvc-visually-hidden', ` ${f.name}`));
      item.append(button);
      list.append(item);
    });
    root.append(make('h3', 'dvc-file-upload__title', word(locale, 'FilesChosen')), list);
  };
  // Adds newly chosen or dropped files to those already kept, checking each.
  const add = (fresh, previous) => {
    const result = added(previous, fresh, limits, locale);
    store([...previous, ...result.accepted.map((i) => fresh[i])]);
    show(result.status, result.refused);
  };
  root.querySelector('.dvc-file-upload__drop')?.removeAttribute('hidden');
  on(input, 'click', () => { before = current(); });
  on(input, 'change', () => {
    const previous = before;
    before = [];
    add(current(), previous);
  });
  on(root, 'dragover', (ev) => {
    ev.preventDefault();
    setClass(root, 'dvc-file-upload--dragging', true);
  });
  on(root, 'dragleave', () => setClass(root, 'dvc-file-upload--dragging', false));
  on(root, 'drop', (ev) => {
    ev.preventDefault();
    setClass(root, 'dvc-file-upload--dragging', false);
    add([...(ev.dataTransfer?.files ?? [])], current());
  });
  on(root, 'click', (ev) => {
    const index = Number.parseInt(ev.target.closest?.('.dvc-file-upload__remove')?.getAttribute('data-index') ?? '', 10);
    const kept = current();
    if (Number.isNaN(index) || index >= kept.length) return;
    const [gone] = kept.splice(index, 1);
    store(kept);
    show(word(locale, 'FileRemoved', { name: gone.name }), []);
    input.focus();
  });
}
