// What a page makes a browser download besides its HTML: its stylesheets, its scripts and,
// where the boot script loads one, the WebAssembly and its JavaScript glue; each counted as
// the server sends it to a browser that accepts brotli. Used by budget.test.mjs and, as a
// command, by `cargo xtask bench` (`node page-weight.mjs BASE PATH…` prints a JSON row per
// page: its HTML as sent (raw, and brotli at quality 11 as the precompressed files are),
// css, js, wasm, total bytes, and the scripts that would block first paint).
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const attribute = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** The files a page's HTML makes the browser load, and its scripts that block first paint. */
export function assetsOf(html) {
  const files = [];
  const blocking = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (attribute(tag, 'rel') === 'stylesheet') files.push(attribute(tag, 'href'));
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = attribute(tag, 'src');
    if (!src) { blocking.push('an inline script'); continue; }
    files.push(src);
    const deferred = attribute(tag, 'type') === 'module' || /\s(defer|async)[\s=>]/.test(tag);
    if (!deferred) blocking.push(src);
    for (const loaded of ['data-enhance']) {
      const more = attribute(tag, loaded);
      if (more) files.push(more);
    }
  }
  return { files, blocking, scripts: files.filter((f) => /\.(js|wasm)$/.test(f)) };
}

/** Weighs pages served at `base`; file sizes are fetched once each. */
export function scale(base) {
  const sizes = new Map();
  const shipped = (path) => {
    if (!sizes.has(path)) {
      sizes.set(path, (async () => {
        const res = await fetch(base + path, { headers: { 'accept-encoding': 'br' } });
        if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
        if (res.headers.get('content-encoding') !== 'br') throw new Error(`${path} is not sent as brotli`);
        const length = Number(res.headers.get('content-length'));
        if (!(length > 0)) throw new Error(`${path} has no length`);
        return length;
      })());
    }
    return sizes.get(path);
  };
  const weigh = async (html) => {
    const { files, blocking, scripts } = assetsOf(html);
    const bytes = { css: 0, js: 0, wasm: 0 };
    for (const f of files) bytes[f.split('.').pop()] += await shipped(f);
    return { ...bytes, total: bytes.css + bytes.js + bytes.wasm, blocking, scripts };
  };
  return { shipped, weigh };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [base, ...paths] = process.argv.slice(2);
  const { weigh } = scale(base);
  for (const path of paths) {
    const html = await (await fetch(base + path)).text();
    const { css, js, wasm, total, blocking } = await weigh(html);
    const raw = Buffer.from(html);
    const html_brotli = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    console.log(JSON.stringify({ path, html: raw.length, html_brotli, css, js, wasm, total, blocking }));
  }
}
