/**
 * A small JSON Schema (2020-12) checker for the browser tests: enough of the keywords the
 * insurance contract's schemas use (type, const, enum, pattern, lengths, required, properties,
 * additionalProperties: false, minProperties, $ref, anyOf, allOf, if/then). The e2e suite checks
 * the real requests with ajv as well.
 */
type Schema = Record<string, unknown>;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Problems found, as `path: keyword` strings; empty when `value` matches `schema`. */
export function schemaErrors(value: unknown, schema: Schema, root: Schema = schema, path = ''): string[] {
  const errors: string[] = [];
  const fail = (keyword: string) => errors.push(`${path || '/'}: ${keyword}`);
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Schema)[key], root) as Schema;
    errors.push(...schemaErrors(value, target, root, path));
  }
  if (schema.type !== undefined) {
    const types = ([] as unknown[]).concat(schema.type);
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) fail('type');
  }
  if ('const' in schema && value !== schema.const) fail('const');
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) fail('enum');
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail('pattern');
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) fail('minLength');
    if (typeof schema.maxLength === 'number' && [...value].length > schema.maxLength) fail('maxLength');
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required as string[] | undefined) ?? [])
      if (!(key in object)) fail(`required ${key}`);
    if (typeof schema.minProperties === 'number' && Object.keys(object).length < schema.minProperties)
      fail('minProperties');
    for (const [key, item] of Object.entries(object)) {
      if (properties[key]) errors.push(...schemaErrors(item, properties[key], root, `${path}/${key}`));
      else if (schema.additionalProperties === false) fail(`additionalProperties ${key}`);
    }
  }
  if (
    Array.isArray(schema.anyOf) &&
    !schema.anyOf.some((s) => schemaErrors(value, s, root, path).length === 0)
  )
    fail('anyOf');
  for (const part of (schema.allOf as Schema[] | undefined) ?? [])
    errors.push(...schemaErrors(value, part, root, path));
  if (schema.if && schemaErrors(value, schema.if as Schema, root, path).length === 0 && schema.then)
    errors.push(...schemaErrors(value, schema.then as Schema, root, path));
  return errors;
}

let requestSchema: Promise<Schema> | undefined;
/** Tests replace window.fetch with fakes; the schema always comes from the real one. */
const realFetch = window.fetch.bind(window);

/** The published request schema, fetched from the repository (web-test-runner serves its root). */
export function loadRequestSchema(): Promise<Schema> {
  requestSchema ??= realFetch('/schemas/insurance-check-request.schema.json').then((r) => r.json());
  return requestSchema;
}
