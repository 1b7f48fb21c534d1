/**
 * The library's one Trusted Types policy, `intake-widgets`, for the two guarded sinks it writes
 * under `require-trusted-types-for 'script'`: a contact card's JSON-LD text (our own
 * `JSON.stringify` output, never run: its type is `application/ld+json`) and the insurance form's
 * CAPTCHA script address (one of the three providers' fixed URLs). Only this module holds the
 * policy, and only those two callers give it anything.
 */
import { warnOnce } from './warn.js';

type Policy = { createScript(input: string): unknown; createScriptURL(input: string): unknown };
type TrustedTypes = { createPolicy(name: string, rules: Policy): Policy };

let policy: Policy | null | undefined;

/**
 * `value` as the sink wants it: the string itself where the browser has no Trusted Types, the
 * policy's trusted value where it has, and null (with one warning: `what` is left out) when the
 * page's `trusted-types` allowlist refuses the policy.
 */
export function trusted(kind: 'script' | 'scriptURL', value: string, what: string): unknown {
  const tt = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
  if (!tt) return value;
  if (policy === undefined) {
    try {
      const same = (input: string) => input;
      policy = tt.createPolicy('intake-widgets', { createScript: same, createScriptURL: same });
    } catch {
      policy = null;
    }
  }
  if (policy) return kind === 'script' ? policy.createScript(value) : policy.createScriptURL(value);
  warnOnce(`${what}: the page's Trusted Types allowlist (trusted-types) does not name "intake-widgets".`);
  return null;
}
