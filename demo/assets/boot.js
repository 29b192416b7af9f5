// Starts the kit's behaviour module (dvc-enhance) once the page has loaded (after first
// paint, so the citizen reads and fills the server-rendered form while it downloads): it
// enhances the markup the server sent, and renders nothing. An external module, no inline
// script: a strict Content-Security-Policy holds. The hashed file names come from this
// script's own data attributes.
const me = document.querySelector('script[data-dvc-boot]');

async function start() {
  const module = await import(me.dataset.js);
  await module.default({ module_or_path: me.dataset.wasm });
  module.enhancePage();
  document.documentElement.dataset.dvcEnhanced = 'true';
}

if (document.readyState === 'complete') start();
else window.addEventListener('load', start, { once: true });
