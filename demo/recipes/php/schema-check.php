<?php
/**
 * A small JSON Schema (draft 2020-12) checker for intake.php: it reads the published schema file
 * and applies the keywords that schema uses, so the endpoint runs on any PHP 8.1+ host with no
 * Composer packages. A keyword or format it does not know stops it with an exception rather than
 * being skipped, so a newer schema can never pass unchecked data. With Composer you can use a
 * full validator instead (for example opis/json-schema); keep the error paths as below.
 *
 * Data must come from json_decode($text, false): objects as stdClass, arrays as lists.
 */

declare(strict_types=1);

namespace IntakeWidgets\SchemaCheck;

use RuntimeException;
use stdClass;

/** Keywords that only describe or hold definitions, or that `if` applies: nothing to check alone. */
const ANNOTATIONS = ['$schema', '$id', '$comment', '$defs', 'title', 'description', 'examples', 'default',
    'then', 'else'];

/** Keywords this file checks. */
const SUPPORTED = ['$ref', 'type', 'const', 'enum', 'allOf', 'anyOf', 'if', 'required', 'properties',
    'additionalProperties', 'minProperties', 'maxProperties', 'minLength', 'maxLength', 'pattern', 'format'];

/**
 * Checks $data against $schema. Returns a list of errors, empty when valid, each
 * ['path' => 'insurance.memberId', 'keyword' => 'pattern'], in the order a reader meets them.
 * For `required` and `additionalProperties` the path names the missing or extra field.
 *
 * @return list<array{path: string, keyword: string}>
 */
function check(stdClass $schema, mixed $data): array
{
    return errors($schema, $data, [], $schema);
}

/** @param list<string> $path */
function errors(stdClass|bool $schema, mixed $data, array $path, stdClass $root): array
{
    if ($schema === true) {
        return [];
    }
    if ($schema === false) {
        return [error($path, 'false')];
    }
    $out = [];
    foreach (get_object_vars($schema) as $keyword => $value) {
        if (in_array($keyword, ANNOTATIONS, true)) {
            continue;
        }
        if (!in_array($keyword, SUPPORTED, true)) {
            throw new RuntimeException("schema keyword \"$keyword\" is not supported by schema-check.php");
        }
        array_push($out, ...keyword($keyword, $value, $schema, $data, $path, $root));
    }
    return $out;
}

/** @param list<string> $path */
function keyword(string $keyword, mixed $value, stdClass $schema, mixed $data, array $path, stdClass $root): array
{
    $fail = [error($path, $keyword)];
    switch ($keyword) {
        case '$ref':
            return errors(resolve($value, $root), $data, $path, $root);
        case 'type':
            foreach ((array) $value as $type) {
                if (is_type($data, $type)) {
                    return [];
                }
            }
            return $fail;
        case 'const':
            return same($data, $value) ? [] : $fail;
        case 'enum':
            foreach ($value as $option) {
                if (same($data, $option)) {
                    return [];
                }
            }
            return $fail;
        case 'allOf':
            $out = [];
            foreach ($value as $sub) {
                array_push($out, ...errors($sub, $data, $path, $root));
            }
            return $out;
        case 'anyOf':
            $out = [];
            foreach ($value as $sub) {
                $found = errors($sub, $data, $path, $root);
                if (!$found) {
                    return [];
                }
                array_push($out, ...$found);
            }
            return [...$out, error($path, 'anyOf')];
        case 'if':
            $branch = errors($value, $data, $path, $root) ? ($schema->else ?? true) : ($schema->then ?? true);
            return errors($branch, $data, $path, $root);
    }
    if ($data instanceof stdClass) {
        return object_keyword($keyword, $value, $schema, $data, $path, $root);
    }
    if (is_string($data)) {
        return string_keyword($keyword, $value, $schema, $data, $path);
    }
    return [];
}

/** @param list<string> $path */
function object_keyword(string $keyword, mixed $value, stdClass $schema, stdClass $data, array $path, stdClass $root): array
{
    $fields = get_object_vars($data);
    switch ($keyword) {
        case 'required':
            $out = [];
            foreach ($value as $name) {
                if (!array_key_exists($name, $fields)) {
                    $out[] = error([...$path, $name], 'required');
                }
            }
            return $out;
        case 'properties':
            $out = [];
            foreach ($value as $name => $sub) {
                if (array_key_exists($name, $fields)) {
                    array_push($out, ...errors($sub, $fields[$name], [...$path, $name], $root));
                }
            }
            return $out;
        case 'additionalProperties':
            $out = [];
            $declared = isset($schema->properties) ? get_object_vars($schema->properties) : [];
            foreach ($fields as $name => $field) {
                if (array_key_exists($name, $declared)) {
                    continue;
                }
                $out = [...$out, ...($value === false
                    ? [error([...$path, (string) $name], 'additionalProperties')]
                    : errors($value, $field, [...$path, (string) $name], $root))];
            }
            return $out;
        case 'minProperties':
            return count($fields) >= $value ? [] : [error($path, $keyword)];
        case 'maxProperties':
            return count($fields) <= $value ? [] : [error($path, $keyword)];
    }
    return [];
}

/** @param list<string> $path */
function string_keyword(string $keyword, mixed $value, stdClass $schema, string $data, array $path): array
{
    $fail = [error($path, $keyword)];
    // A string over its maxLength is reported as too long, and no pattern is run on it: on a huge
    // one PCRE would give up (its backtracking limit) rather than answer.
    $tooLong = isset($schema->maxLength) && length($data) > $schema->maxLength;
    switch ($keyword) {
        case 'minLength':
            return length($data) >= $value ? [] : $fail;
        case 'maxLength':
            return $tooLong ? $fail : [];
        case 'pattern':
            return $tooLong || matches($value, $data) ? [] : $fail;
        case 'format':
            return $tooLong || format($value, $data) ? [] : $fail;
    }
    return [];
}

function is_type(mixed $data, string $type): bool
{
    return match ($type) {
        'object' => $data instanceof stdClass,
        'array' => is_array($data),
        'string' => is_string($data),
        'number' => is_int($data) || is_float($data),
        'integer' => is_int($data) || (is_float($data) && floor($data) === $data),
        'boolean' => is_bool($data),
        'null' => $data === null,
        default => throw new RuntimeException("unknown type \"$type\""),
    };
}

/** JSON equality: 1 and 1.0 are equal, objects compare by their fields in any order. */
function same(mixed $a, mixed $b): bool
{
    if ((is_int($a) || is_float($a)) && (is_int($b) || is_float($b))) {
        return $a == $b;
    }
    if ($a instanceof stdClass && $b instanceof stdClass) {
        $a = get_object_vars($a);
        $b = get_object_vars($b);
        ksort($a);
        ksort($b);
    }
    if (is_array($a) && is_array($b)) {
        if (array_keys($a) !== array_keys($b)) {
            return false;
        }
        foreach ($a as $key => $item) {
            if (!same($item, $b[$key])) {
                return false;
            }
        }
        return true;
    }
    return $a === $b;
}

/** Length in Unicode code points, as JSON Schema counts it. */
function length(string $text): int
{
    return (int) preg_match_all('/./su', $text);
}

/**
 * An ECMA-262 pattern on $text: `u` for Unicode, `D` so that `$` means the very end, as in
 * JavaScript. When PCRE gives up (its backtracking or JIT stack limit, on a long value that does
 * not match: a valid one matches without backtracking), the value is not shown to match: a 422
 * naming the field, not a 500.
 */
function matches(string $pattern, string $text): bool
{
    $result = preg_match("\x01" . $pattern . "\x01uD", $text);
    if ($result === false && in_array(preg_last_error(), [PREG_BACKTRACK_LIMIT_ERROR, PREG_JIT_STACKLIMIT_ERROR], true)) {
        return false;
    }
    if ($result === false) {
        throw new RuntimeException("pattern $pattern could not be used: " . preg_last_error_msg());
    }
    return $result === 1;
}

/** The formats the schema uses, with the same rules as ajv-formats' "full" mode. */
function format(string $name, string $text): bool
{
    return match ($name) {
        'date' => is_date($text),
        'date-time' => is_date_time($text),
        'email' => preg_match(
            "/^[a-z0-9!#$%&'*+\\/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+\\/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/iD",
            $text,
        ) === 1,
        // A scheme, then only characters a URI may hold (RFC 3986), percent-escapes well formed.
        'uri' => preg_match('~^[a-z][a-z0-9+.-]*:(?:[a-z0-9._\~!$&\'()*+,;=:@/?#\[\]-]|%[0-9a-f]{2})*$~iD', $text) === 1
            && preg_match('~[/:]~', substr($text, strpos($text, ':') + 1)) === 1,
        default => throw new RuntimeException("format \"$name\" is not supported by schema-check.php"),
    };
}

function is_date(string $text): bool
{
    return preg_match('/^(\d{4})-(\d{2})-(\d{2})$/D', $text, $m) === 1
        && checkdate((int) $m[2], (int) $m[3], (int) $m[1]);
}

function is_date_time(string $text): bool
{
    $parts = preg_split('/t|\s/i', $text);
    if (count($parts) !== 2 || !is_date($parts[0])) {
        return false;
    }
    $time = '/^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)$/iD';
    if (preg_match($time, $parts[1], $m) !== 1) {
        return false;
    }
    [$hour, $minute, $second] = [(int) $m[1], (int) $m[2], (float) $m[3]];
    $sign = ($m[5] ?? '') === '-' ? -1 : 1;
    [$zoneHour, $zoneMinute] = [(int) ($m[6] ?? 0), (int) ($m[7] ?? 0)];
    if ($zoneHour > 23 || $zoneMinute > 59) {
        return false;
    }
    if ($hour <= 23 && $minute <= 59 && $second < 60) {
        return true;
    }
    // A leap second is 23:59:60 in UTC.
    $utcMinute = $minute - $zoneMinute * $sign;
    $utcHour = $hour - $zoneHour * $sign - ($utcMinute < 0 ? 1 : 0);
    return ($utcHour === 23 || $utcHour === -1) && ($utcMinute === 59 || $utcMinute === -1) && $second < 61;
}

/** A `$ref` inside the same file, e.g. "#/$defs/name". */
function resolve(string $ref, stdClass $root): stdClass|bool
{
    if (!str_starts_with($ref, '#')) {
        throw new RuntimeException("only references inside the schema are supported, not $ref");
    }
    $node = $root;
    foreach (array_filter(explode('/', substr($ref, 1)), 'strlen') as $part) {
        $part = str_replace(['~1', '~0'], ['/', '~'], rawurldecode($part));
        if (!$node instanceof stdClass || !property_exists($node, $part)) {
            throw new RuntimeException("reference $ref not found in the schema");
        }
        $node = $node->$part;
    }
    return $node;
}

/** @param list<string> $path */
function error(array $path, string $keyword): array
{
    return ['path' => implode('.', $path), 'keyword' => $keyword];
}
