/**
 * `object[key]` when it is the object's own property, else undefined. Settings, messages and
 * answers that come from a page or a server are read this way: a value another script put on
 * `Object.prototype` (a prototype-pollution bug) must never become a number to call, a message,
 * or a switch.
 */
export function own(object: unknown, key: string): unknown {
  return object && typeof object === 'object' && Object.hasOwn(object, key)
    ? (object as Record<string, unknown>)[key]
    : undefined;
}
