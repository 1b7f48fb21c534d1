/**
 * Typed events. Every event is `intake-…`, bubbles and is composed so it reaches the page from
 * inside shadow roots. Details carry categories only, never what a visitor typed or answered.
 */

/** Base class: one subclass per event name keeps `detail` typed for listeners. */
export class IntakeEvent<Name extends string, Detail> extends Event {
  declare readonly type: Name;
  readonly detail: Detail;

  constructor(type: Name, detail: Detail, init: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, ...init });
    this.detail = detail;
  }
}

export type ContactMethod = 'call' | 'sms' | 'email' | 'map';

/** Fired by `<intake-contact-card>` when a visitor activates a contact link. */
export class IntakeContactEvent extends IntakeEvent<'intake-contact', { method: ContactMethod }> {
  constructor(method: ContactMethod) {
    super('intake-contact', { method });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'intake-contact': IntakeContactEvent;
  }
}
