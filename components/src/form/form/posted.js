// What a form would post, as name/value pairs (a file as its file name): what the rules
// check in the browser and what autosave keeps.

/** The pairs `form` would post. */
export function postedPairs(form) {
  return [...new FormData(form)].map(([name, value]) => [name, typeof value === 'string' ? value : value.name]);
}
