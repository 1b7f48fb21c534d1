/**
 * Events of <intake-insurance-check>, following src/core/events.ts. Only the submit event carries
 * the request body, and it is dispatched for the site's own code, never to the analytics bridge;
 * the others carry categories only.
 */
import { IntakeEvent } from '../core/events.js';
import type { InsuranceRequest, InsuranceStatus } from './payload.js';

export type InsuranceErrorKind = 'network' | 'server' | 'validation';

/**
 * Cancelable. `detail` is a copy of the request body (changing it changes nothing sent); call
 * `preventDefault()` to handle the data in the site's own code, then the element's `complete()` or
 * `fail()`.
 */
export class IntakeInsuranceSubmitEvent extends IntakeEvent<'intake-insurance-submit', InsuranceRequest> {
  constructor(body: InsuranceRequest) {
    super('intake-insurance-submit', body, { cancelable: true });
  }
}

/** The visitor touched the first field. */
export class IntakeInsuranceStartEvent extends IntakeEvent<'intake-insurance-start', Record<string, never>> {
  constructor() {
    super('intake-insurance-start', {});
  }
}

/** A submission was answered; `status` is the result category. */
export class IntakeInsuranceSubmittedEvent extends IntakeEvent<
  'intake-insurance-submitted',
  { status: InsuranceStatus }
> {
  constructor(status: InsuranceStatus) {
    super('intake-insurance-submitted', { status });
  }
}

/** A submission could not be made: the form had errors, or the network or the server failed. */
export class IntakeInsuranceErrorEvent extends IntakeEvent<
  'intake-insurance-error',
  { kind: InsuranceErrorKind }
> {
  constructor(kind: InsuranceErrorKind) {
    super('intake-insurance-error', { kind });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'intake-insurance-submit': IntakeInsuranceSubmitEvent;
    'intake-insurance-start': IntakeInsuranceStartEvent;
    'intake-insurance-submitted': IntakeInsuranceSubmittedEvent;
    'intake-insurance-error': IntakeInsuranceErrorEvent;
  }
}
