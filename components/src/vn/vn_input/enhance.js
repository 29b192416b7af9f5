// The read-back under a Vietnamese-data question (`data-dvc-module="readback"`, the kind as
// a rule in `data-kind`): as the citizen types, the line under the box says back what the
// kit understood ("001 090 012 345 · nơi đăng ký khai sinh: Thành phố Hà Nội · nam · sinh
// năm 1990", a phone number grouped, an amount in words), politely, so a mistake is seen
// before the form is sent. The server writes the same line (`VnKind::readback` in mod.rs).
import { amountInWords, formatVnd, parseCitizenId, parsePhone, parseTaxCode, parseVnd, readRule, withFirst } from 'dvc-rules';
import { localeOf, on, word } from '../../enhance-dom.js';

/** The line saying how `typed` was understood under `rule`; '' while it is not valid. */
export function readback(rule, typed, locale) {
  const w = (key) => word(locale, key);
  switch (rule.kind) {
    case 'citizen-id': {
      const id = parseCitizenId(typed, rule.allowOldCard).ok;
      if (!id) return '';
      if (id.kind !== 'personal') return `${w('OldCardEntered')}${id.grouped()}`;
      const sex = w(id.sex === 'male' ? 'Male' : 'Female');
      return `${w('YouEntered')}${id.grouped()} · ${w('BirthRegisteredIn')}${id.province.name} · ${sex} · ${w('BornIn')}${id.birthYear}`;
    }
    case 'phone': {
      const phone = parsePhone(typed, rule.allowLandline).ok;
      return phone ? `${w('YouEntered')}${phone.display()}` : '';
    }
    case 'tax-code': {
      const code = parseTaxCode(typed).ok;
      if (!code) return '';
      const kind = { main: 'TaxMain', branch: 'TaxBranch', personal: 'TaxPersonal' }[code.kind];
      return `${w(kind)}${code.display()}`;
    }
    case 'money': {
      const amount = parseVnd(typed).ok;
      return amount == null ? '' : `${formatVnd(amount)} — ${withFirst(amountInWords(amount), true)}`;
    }
    default:
      return '';
  }
}

/** Starts one read-back. */
export function start(root) {
  const rule = readRule(root.getAttribute('data-kind') ?? '');
  const input = root.querySelector('input');
  const said = root.querySelector('.dvc-readback');
  if (!rule || !input || !said) return;
  const locale = localeOf(root);
  on(input, 'input', () => {
    const line = readback(rule, input.value, locale);
    if (said.textContent !== line) said.textContent = line;
  });
}
