// Starts the demo's WebAssembly. An external module (no inline script) so a strict
// Content-Security-Policy holds.
import init from "./pkg/dvc_demo.js";
init({ module_or_path: new URL("./pkg/dvc_demo_bg.wasm", import.meta.url) });
