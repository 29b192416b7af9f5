// GOV.UK's accessible-autocomplete over the same 3,321 commune names dvc-ui searches
// (written to /bench/communes.json by `cargo xtask bench`), with its default array source.
const names = await (await fetch('/bench/communes.json')).json();
window.accessibleAutocomplete({ element: document.querySelector('#commune-container'), id: 'commune', source: names, minLength: 1 });
document.body.dataset.ready = 'true';
