// What the parity tests of rules/js share: running one of dvc-rules' examples (the Rust side
// of a comparison, or the printer of a data module the build writes), and importing a
// module of rules/js with its generated data module resolved to that example's output, as
// `cargo xtask build` aliases it (node:module's `register`, Node 20.6+).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What `cargo run -p dvc-rules --example EXAMPLE` prints for `input` on its stdin. */
export const cargo = (example, input = '') =>
  execFileSync('cargo', ['run', '-q', '-p', 'dvc-rules', '--example', example], {
    cwd: ROOT, input, maxBuffer: 512 * 1024 * 1024,
  }).toString();

/** `rules/js/FILE` imported with the module `specifier` being what `example` prints. */
export async function importWithData(file, specifier, example) {
  const dir = mkdtempSync(join(tmpdir(), `${specifier}-`));
  try {
    const dataFile = join(dir, `${specifier}.mjs`);
    writeFileSync(dataFile, cargo(example));
    const hook = `export async function resolve(specifier, context, next) {
  return specifier === ${JSON.stringify(specifier)}
    ? { url: ${JSON.stringify(pathToFileURL(dataFile).href)}, shortCircuit: true }
    : next(specifier, context);
}`;
    register('data:text/javascript,' + encodeURIComponent(hook));
    return await import(pathToFileURL(join(ROOT, 'rules', 'js', file)).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
