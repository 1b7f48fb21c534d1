/**
 * Durable submission store for the reference receiver: one SQLite file (better-sqlite3, WAL,
 * synchronous=FULL so a submission is on disk before the receiver answers), one table.
 *
 *   submissions(idempotency_key TEXT PRIMARY KEY, received_at TEXT, body TEXT (JSON), response TEXT (JSON))
 *
 * The first answer for a key is stored with the submission in the same transaction, so a repeated
 * key (a retry, or a request racing the first one) gets exactly that answer back.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * @typedef {object} StoredSubmission
 * @property {string} idempotencyKey
 * @property {string} receivedAt ISO 8601 timestamp
 * @property {unknown} body the request body as received (parsed JSON)
 * @property {unknown} response the first answer's body (parsed JSON)
 */

/**
 * @typedef {object} SubmissionStore
 * @property {string} path
 * @property {(key: string) => StoredSubmission | null} get
 * @property {(key: string, body: unknown, response: unknown) => { inserted: boolean, row: StoredSubmission }} insertOnce
 *   Stores the submission unless the key is already stored; returns the stored row either way.
 * @property {() => StoredSubmission[]} list oldest first
 * @property {() => number} count
 * @property {() => number} clear deletes every row; returns how many
 * @property {() => void} close
 */

const SCHEMA = `
CREATE TABLE IF NOT EXISTS submissions (
  idempotency_key TEXT PRIMARY KEY NOT NULL,
  received_at     TEXT NOT NULL,
  body            TEXT NOT NULL CHECK (json_valid(body)),
  response        TEXT NOT NULL CHECK (json_valid(response))
) STRICT;
`;

/** @param {{ idempotency_key: string, received_at: string, body: string, response: string }} row */
function fromRow(row) {
  return {
    idempotencyKey: row.idempotency_key,
    receivedAt: row.received_at,
    body: JSON.parse(row.body),
    response: JSON.parse(row.response),
  };
}

/**
 * Opens (and creates if needed) the store at `path`; `':memory:'` gives a throwaway store.
 * @param {string} path
 * @returns {SubmissionStore}
 */
export function openStore(path) {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const insert = db.prepare(
    `INSERT INTO submissions (idempotency_key, received_at, body, response)
     VALUES (?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
  );
  const select = db.prepare('SELECT * FROM submissions WHERE idempotency_key = ?');
  const selectAll = db.prepare('SELECT * FROM submissions ORDER BY received_at, rowid');
  const countAll = db.prepare('SELECT count(*) AS n FROM submissions').pluck();
  const deleteAll = db.prepare('DELETE FROM submissions');

  /** Insert-or-ignore and read back in one (immediate) transaction. */
  const insertOnceTx = db.transaction((key, body, response) => {
    const { changes } = insert.run(
      key,
      new Date().toISOString(),
      JSON.stringify(body),
      JSON.stringify(response),
    );
    return { inserted: changes === 1, row: fromRow(select.get(key)) };
  });

  return {
    path,
    get(key) {
      const row = select.get(key);
      return row ? fromRow(row) : null;
    },
    insertOnce(key, body, response) {
      return insertOnceTx.immediate(key, body, response);
    },
    list() {
      return selectAll.all().map(fromRow);
    },
    count() {
      return Number(countAll.get());
    },
    clear() {
      return deleteAll.run().changes;
    },
    close() {
      if (db.open) db.close();
    },
  };
}
