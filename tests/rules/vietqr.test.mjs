// dvc-rules' VietQR payloads compared with an independent implementation (npm
// vietnam-qr-pay): 2,000 random transfers (to accounts and cards, with and without an
// amount and a content), drawn with a fixed seed so a failure can be replayed. Each side's
// payload must be the other's, character for character, and each must read the other's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { QRPay } from 'vietnam-qr-pay';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ours = (mode, lines) => execFileSync('cargo', ['run', '-q', '-p', 'dvc-rules', '--example', 'vietqr', '--', mode], {
  cwd: ROOT, input: lines.join('\n') + '\n', maxBuffer: 64 * 1024 * 1024,
}).toString().trimEnd().split('\n');

function* transfers(count, seed) {
  let s = seed >>> 0;
  const next = () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0); };
  const pick = (chars, n) => Array.from({ length: n }, () => chars[next() % chars.length]).join('');
  for (let i = 0; i < count; i++) {
    const bin = '9' + pick('0123456789', 5);
    const number = pick('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1 + (next() % 19));
    const card = next() % 4 === 0;
    const amount = next() % 3 === 0 ? '' : String(1 + (next() % 1_000_000) * 10 ** (next() % 7));
    // Contents as our builder writes them: plain letters, digits, single spaces, ≤ 25.
    const content = next() % 3 === 0 ? '' : pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 1 + (next() % 10)) + (next() % 2 ? ' ' + pick('0123456789.-', 1 + (next() % 12)) : '');
    yield { bin, number, card, amount, content };
  }
}

test('VietQR payloads agree with vietnam-qr-pay on 2,000 random transfers, both ways', () => {
  const list = [...transfers(2000, 20261124)];
  const built = ours('build', list.map((t) => [t.bin, t.number, t.card ? 'C' : 'A', t.amount, t.content].join('\t')));
  assert.equal(built.length, list.length);
  const theirs = list.map((t) => QRPay.initVietQR({
    bankBin: t.bin, bankNumber: t.number, service: t.card ? 'QRIBFTTC' : 'QRIBFTTA',
    amount: t.amount || undefined, purpose: t.content || undefined,
  }).build());
  const differ = list.map((t, i) => built[i] === theirs[i] ? null : `${JSON.stringify(t)}\n  ours   ${built[i]}\n  theirs ${theirs[i]}`).filter(Boolean);
  assert.deepEqual(differ.slice(0, 5), [], `${differ.length} payloads differ`);

  // Each reads the other's payloads back to the same transfer.
  const read = ours('parse', theirs);
  list.forEach((t, i) => assert.equal(read[i], [t.bin, t.number, t.card ? 'C' : 'A', t.amount, t.content].join('\t')));
  for (const [i, payload] of built.entries()) {
    const q = new QRPay(payload);
    assert.ok(q.isValid, payload);
    assert.equal(q.consumer.bankBin, list[i].bin);
    assert.equal(q.consumer.bankNumber, list[i].number);
    assert.equal(q.amount ?? '', list[i].amount);
  }
});

test('a payload with one character changed is refused by both', () => {
  const [payload] = ours('build', ['970416\t257678859\tA\t10000\tLe phi ho so']);
  const changed = payload.slice(0, 30) + (payload[30] === '1' ? '2' : '1') + payload.slice(31);
  assert.equal(new QRPay(changed).isValid, false);
  assert.match(ours('parse', [changed])[0], /^defect: /);
});
