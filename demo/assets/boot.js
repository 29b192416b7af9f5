// Starts the demo's WebAssembly once the page has loaded (after first paint, so the
// citizen reads and fills the server-rendered form while it downloads), then hydrates.
// An external module, no inline script: a strict Content-Security-Policy holds. The hashed
// file names come from this script's own data attributes.
const me = document.querySelector('script[data-dvc-boot]');

async function start() {
  // Leptos reads these tables while hydrating; its server would declare them in inline
  // scripts, which the Content-Security-Policy refuses (the server cuts them). The demo
  // serializes no resources, so they are empty.
  Object.assign(window, {
    __RESOLVED_RESOURCES: [], __SERIALIZED_ERRORS: [], __PENDING_RESOURCES: [],
    __RESOURCE_RESOLVERS: [], __INCOMPLETE_CHUNKS: [],
  });
  const glue = await import(me.dataset.js);
  await glue.default({ module_or_path: me.dataset.wasm });
  glue.hydrate();
  document.documentElement.dataset.dvcHydrated = 'true';
}

if (document.readyState === 'complete') start();
else window.addEventListener('load', start, { once: true });
