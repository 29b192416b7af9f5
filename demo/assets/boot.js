// Starts the kit's behaviour module (`data-enhance`: one minified bundle of every
// component's behaviour, content-hashed) once the page has loaded: after first paint, so
// the citizen reads and fills the server-rendered form while it downloads. It enhances the
// markup the server sent and renders nothing. An external module, no inline script: a
// strict Content-Security-Policy holds.
const me = document.querySelector('script[data-dvc-boot]');

async function start() {
  const behaviours = await import(me.dataset.enhance);
  behaviours.enhancePage();
  document.documentElement.dataset.dvcEnhanced = 'true';
}

if (document.readyState === 'complete') start();
else window.addEventListener('load', start, { once: true });
