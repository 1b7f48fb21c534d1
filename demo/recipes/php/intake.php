<?php
/**
 * An endpoint for <intake-insurance-check> in plain PHP 8.1+, no framework and no Composer. It
 * checks each submission against the JSON Schema published in the intake-widgets package,
 * answers the way the widget expects (201, 409 for a repeated Idempotency-Key, 422 with field
 * errors), and never stores a submission twice.
 *
 * Put three files in one folder of your site, e.g. /api/:
 *   intake.php                                (this file)
 *   schema-check.php                          (checks data against the schema)
 *   insurance-check-request.schema.json       (from the package's schemas/ folder)
 * and point the widget at it: <intake-insurance-check endpoint="/api/intake.php">.
 *
 * Submissions are written one file per Idempotency-Key into INTAKE_DATA_DIR (default: a folder
 * "intake-data" next to your web root, outside it). They hold health information: read "Before
 * you go live" on the recipes page.
 */

declare(strict_types=1);

require __DIR__ . '/schema-check.php';

const MAX_BYTES = 3 * 1024 * 1024;
const UUID = '/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/D';
/** What a field error may be keyed by (the response schema's rule). */
const FIELD_PATH = '/^[A-Za-z_$][\w$-]*(\.[A-Za-z_$][\w$-]*)*$/D';

const TEXT = [
    'en' => [
        'required' => 'This field is required.',
        'notAccepted' => 'This field is not accepted.',
        'tooLong' => 'This is too long.',
        'choose' => 'Choose one of the options.',
        'invalid' => 'Please check this value.',
        'phone' => 'Enter a phone number with its area code.',
        'email' => 'Enter an email address like name@example.com.',
        'date' => 'Enter a real date: month, day and year.',
        'card' => 'Enter it exactly as printed on the card: letters and numbers only.',
        'consent' => 'Please agree to be contacted so we can check your insurance.',
        'received' => 'An admissions specialist will check your insurance and call you.',
        'nextStep' => 'We will call you at the time you chose.',
    ],
    'es' => [
        'required' => 'Este campo es obligatorio.',
        'notAccepted' => 'Este campo no se acepta.',
        'tooLong' => 'Este dato es demasiado largo.',
        'choose' => 'Elija una de las opciones.',
        'invalid' => 'Revise este dato.',
        'phone' => 'Escriba un número de teléfono con su código de área.',
        'email' => 'Escriba un correo electrónico como nombre@example.com.',
        'date' => 'Escriba una fecha real: mes, día y año.',
        'card' => 'Escríbalo tal como aparece en la tarjeta: solo letras y números.',
        'consent' => 'Acepte que nos comuniquemos con usted para que podamos verificar su seguro.',
        'received' => 'Un especialista de admisiones revisará su seguro y le llamará.',
        'nextStep' => 'Le llamaremos a la hora que eligió.',
    ],
];

function answer(int $status, array|stdClass $body): never
{
    http_response_code($status);
    header('Content-Type: application/json; charset=utf-8');
    header('Cache-Control: no-store');
    echo json_encode($body, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
    exit;
}

/** One message per field, from every check that failed on it (the same rules as server.mjs). */
function message_for(string $path, array $keywords, array $t): string
{
    $has = fn (string $k) => in_array($k, $keywords, true);
    $leaf = substr(strrchr(".$path", '.'), 1);
    return match (true) {
        $has('required') => $t['required'],
        $has('additionalProperties') => $t['notAccepted'],
        $has('maxLength') => $t['tooLong'],
        $path === 'consent.accepted' => $t['consent'],
        $path === 'contact.phone' => $t['phone'],
        // Only a wrong type (null, nothing) means missing: a date that does not exist fails its
        // pattern too (next to the "or null" branch's type error), and is said as a bad date.
        $path === 'contact.email' || $leaf === 'dateOfBirth' =>
            array_diff($keywords, ['type']) === [] ? $t['required'] : ($path === 'contact.email' ? $t['email'] : $t['date']),
        $path === 'insurance.memberId' || $path === 'insurance.groupNumber' => $t['card'],
        $has('minLength') => $t['required'],
        $has('enum') || $has('const') => $t['choose'],
        default => $t['invalid'],
    };
}

/** The checker's errors as the widget's 422 body: ['insurance.memberId' => 'message', …]. */
function field_errors(array $errors, array $t): array
{
    $byPath = [];
    foreach ($errors as ['path' => $path, 'keyword' => $keyword]) {
        if ($keyword === 'anyOf') {
            continue; // the branches' own errors name the field
        }
        // A field name the visitor's browser made up may not be a valid key: name its parent instead.
        if (!preg_match(FIELD_PATH, $path) || strlen($path) > 200) {
            $path = $keyword === 'required' || $keyword === 'additionalProperties'
                ? implode('.', array_slice(explode('.', $path), 0, -1))
                : $path;
        }
        $path = $path === '' ? 'request' : $path;
        $byPath[$path][] = $keyword;
    }
    $out = [];
    foreach ($byPath as $path => $keywords) {
        $out[(string) $path] = message_for((string) $path, $keywords, $t);
    }
    return $out;
}

/** A reference a visitor can read out on the phone: no 0/O or 1/I. */
function new_reference(): string
{
    $letters = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
    $id = '';
    foreach (str_split(random_bytes(8)) as $byte) {
        $id .= $letters[ord($byte) & 31];
    }
    return "IC-$id";
}

/** The stored answer for a key, or null. */
function stored_answer(string $file): ?array
{
    $saved = is_file($file) ? json_decode((string) file_get_contents($file), true) : null;
    return is_array($saved) ? $saved['answer'] : null;
}

// ---------------------------------------------------------------------------------------------

if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    header('Allow: POST');
    answer(405, ['error' => 'Use POST.']);
}
if (!preg_match('~^application/json\s*(;\s*charset="?utf-8"?\s*)?$~i', $_SERVER['CONTENT_TYPE'] ?? '')) {
    answer(415, ['error' => 'Send JSON.']);
}
$key = strtolower(trim($_SERVER['HTTP_IDEMPOTENCY_KEY'] ?? ''));
if (!preg_match(UUID, $key)) {
    answer(400, ['error' => 'Missing or invalid Idempotency-Key.']);
}
$dataDir = getenv('INTAKE_DATA_DIR') ?: dirname($_SERVER['DOCUMENT_ROOT']) . '/intake-data';
if (!is_dir($dataDir) && !mkdir($dataDir, 0700, true) && !is_dir($dataDir)) {
    answer(500, ['error' => 'The submission could not be saved. Please try again.']);
}
$file = "$dataDir/$key.json";

// A retry of a submission already stored gets the first answer again, whatever its body.
if ($first = stored_answer($file)) {
    answer(409, $first);
}

$raw = (string) file_get_contents('php://input', false, null, 0, MAX_BYTES + 1);
if (strlen($raw) > MAX_BYTES) {
    answer(413, ['error' => 'Too large.']);
}
$body = json_decode($raw, false, 64);
if (json_last_error() !== JSON_ERROR_NONE) {
    answer(400, ['error' => 'The request could not be read.']);
}
$t = TEXT[($body->locale ?? null) === 'es' ? 'es' : 'en'];

try {
    $schema = json_decode((string) file_get_contents(__DIR__ . '/insurance-check-request.schema.json'), false, 512, JSON_THROW_ON_ERROR);
    $errors = IntakeWidgets\SchemaCheck\check($schema, $body);
} catch (Throwable $problem) {
    error_log('intake.php: ' . $problem->getMessage()); // about the schema, never the body
    answer(500, ['error' => 'The submission could not be checked. Please try again.']);
}
if ($errors) {
    answer(422, ['errors' => field_errors($errors, $t)]);
}

// Store first, then answer. The complete file is written under a temporary name and linked to
// its final name, which fails if that name exists: of two requests with one key, one wins.
$result = ['status' => 'received', 'reference' => new_reference(), 'message' => $t['received'],
    'nextStep' => $t['nextStep']];
$record = ['receivedAt' => gmdate('c'), 'body' => $body, 'answer' => $result];
$temporary = "$file." . bin2hex(random_bytes(6)) . '.tmp';
$saved = file_put_contents($temporary, json_encode($record, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), LOCK_EX) !== false
    && chmod($temporary, 0600) && fsync_file($temporary);
$won = $saved && @link($temporary, $file);
@unlink($temporary);
if ($won) {
    // Here, tell your admissions team that a new request is waiting (without health information
    // in the notice), or forward $body to your CRM over an encrypted connection.
    answer(201, $result);
}
if ($first = stored_answer($file)) {
    answer(409, $first); // another request with this key won the race
}
answer(500, ['error' => 'The submission could not be saved. Please try again.']);

function fsync_file(string $path): bool
{
    $handle = fopen($path, 'r+');
    $ok = $handle !== false && (!function_exists('fsync') || fsync($handle));
    if ($handle !== false) {
        fclose($handle);
    }
    return $ok;
}
