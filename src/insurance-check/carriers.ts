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
 * 100 characters. An empty or missing attribute gives the default list.
 */
export function parseCarriers(attribute: string | null | undefined): string[] {
  const seen = new Set<string>(['other']);
  const list: string[] = [];
  for (const part of String(attribute ?? '').split(',')) {
    const name = part.replace(/\s+/g, ' ').trim().slice(0, 100);
    if (name && !seen.has(name.toLowerCase()) && list.length < 100) {
      seen.add(name.toLowerCase());
      list.push(name);
    }
  }
  return list.length ? list : [...DEFAULT_CARRIERS];
}
