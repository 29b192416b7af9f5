// dvc-rules' amount in words, compared with an independent implementation (npm
// read-vietnamese-number, configured for "linh" and "tỷ") on 10,000 random amounts from 0 to
// 10^18, drawn with a fixed seed so a failure can be replayed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function* amounts(count, seed) {
  let s = seed >>> 0;
  const next = () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0); };
  for (let i = 0; i < count; i++) {
    const digits = 1 + (next() % 19); // every magnitude from 1 to 19 digits, equally often
    let n = BigInt(next() % 9 + 1);
    for (let d = 1; d < digits; d++) {
      // Zeros are common in real amounts: make a third of the other digits zero.
      n = n * 10n + BigInt(next() % 3 === 0 ? 0 : next() % 10);
    }
    yield n > 10n ** 18n ? n / 10n : n;
  }
}

test('amount in words agrees with read-vietnamese-number on 10,000 random amounts', () => {
  const list = [0n, ...amounts(9999, 20251123)];
  const config = new ReadingConfig();
  config.unit = ['đồng'];
  config.oddText = 'linh';
  config.units = [[], ['nghìn'], ['triệu'], ['tỷ']];
  const ours = execFileSync('cargo', ['run', '-q', '-p', 'dvc-rules', '--example', 'amount_in_words'], {
    cwd: ROOT, input: list.join('\n') + '\n', maxBuffer: 64 * 1024 * 1024,
  }).toString().trimEnd().split('\n');
  assert.equal(ours.length, list.length);
  const differ = [];
  list.forEach((n, i) => {
    const theirs = doReadNumber(n.toString(), config);
    if (ours[i] !== theirs) differ.push(`${n}: ours "${ours[i]}" / reference "${theirs}"`);
  });
  assert.deepEqual(differ.slice(0, 10), [], `${differ.length} amounts differ`);
});
