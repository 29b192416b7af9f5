// Starts the kit's behaviour module once the page has loaded (after first paint, so the
// citizen reads and fills the server-rendered form while it downloads): the behaviours in
// JavaScript (`data-enhance`, one bundle) and those that use the kit's rules (`data-js`
// with its WebAssembly, `data-wasm`). Each enhances the markup the server sent and renders
// nothing. An external module, no inline script: a strict Content-Security-Policy holds.
// The hashed file names come from this script's own data attributes.
const me = document.querySelector('script[data-dvc-boot]');

async function start() {
  const rules = import(me.dataset.js);
  const behaviours = await import(me.dataset.enhance);
  behaviours.enhancePage();
  const module = await rules;
  await module.default({ module_or_path: me.dataset.wasm });
  module.enhancePage();
  document.documentElement.dataset.dvcEnhanced = 'true';
}

if (document.readyState === 'complete') start();
else window.addEventListener('load', start, { once: true });
