/**
 * The library's one Trusted Types policy, `intake-widgets`, for the two guarded sinks it writes
 * under `require-trusted-types-for 'script'`: a contact card's JSON-LD text (our own
 * `JSON.stringify` output, never run: its type is `application/ld+json`) and the insurance form's
 * CAPTCHA script address (one of the three providers' fixed URLs). Only this module holds the
 * policy, and only those two callers give it anything.
 */
type Policy = { createScript(input: string): unknown; createScriptURL(input: string): unknown };
type TrustedTypes = { createPolicy(name: string, rules: Policy): Policy };

let policy: Policy | null | undefined;

/**
 * `value` as the sink wants it: the policy's trusted value where the browser has Trusted Types
 * and the page allows the policy, else the string itself. A page that requires Trusted Types
 * and refuses the policy then refuses the assignment: callers catch that and say
 * {@link REFUSED}. (A page that only lists allowed names, without requiring them, takes the
 * string.)
 */
export function trusted(kind: 'script' | 'scriptURL', value: string): unknown {
  const tt = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
  if (tt && policy === undefined) {
    try {
      const same = (input: string) => input;
      policy = tt.createPolicy('intake-widgets', { createScript: same, createScriptURL: same });
    } catch {
      policy = null;
    }
  }
  if (!policy) return value;
  return kind === 'script' ? policy.createScript(value) : policy.createScriptURL(value);
}

/** Why a guarded sink refused the value, for a warning. */
export const REFUSED = `: the page's Trusted Types policy refused it (its trusted-types allowlist needs "intake-widgets").`;
