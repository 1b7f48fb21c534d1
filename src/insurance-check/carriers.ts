import { splitList } from '../core/list.js';
import { clean } from './validate.js';

/**
 * The carrier list: the site's own through the `carriers` attribute (comma-separated), or a
 * default of major US plans, Medicaid and Medicare. "Other" (with free text) is added by the form.
 */
export const DEFAULT_CARRIERS: readonly string[] = [
  'Aetna',
  'Ambetter',
  'Anthem Blue Cross Blue Shield',
  'Blue Cross Blue Shield',
  'Cigna',
  'Humana',
  'Kaiser Permanente',
  'Molina Healthcare',
  'Oscar Health',
  'TRICARE',
  'UnitedHealthcare',
  'Medicaid',
  'Medicare',
];

/**
 * `"Aetna, Cigna , ,Premera"` → `['Aetna', 'Cigna', 'Premera']`: trimmed, empty and repeated
 * names dropped (as is "Other", which the form always offers itself), at most 100 names of at most
 * 100 characters. A list with a semicolon in it is split at semicolons instead, for names with a
 * comma ("Kaiser Foundation Health Plan, Inc.; Aetna"), and a list pasted as lines at line breaks
 * (see `splitList`). An empty or missing attribute gives the default list.
 */
export function parseCarriers(attribute: string | null | undefined): string[] {
  const seen = new Set(['other']);
  const text = String(attribute ?? '');
  const list = splitList(text, text.includes(';') ? ';' : ',')
    .map((part) => clean(part).slice(0, 100))
    .filter((name) => {
      const key = name.toLowerCase();
      return name && !seen.has(key) && seen.add(key);
    })
    .slice(0, 100);
  return list.length ? list : [...DEFAULT_CARRIERS];
}
