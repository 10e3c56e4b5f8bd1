import type Database from "better-sqlite3";

/** Ordered, append-only: a released migration is never edited, a new one is added. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE accounts (
     username      TEXT PRIMARY KEY COLLATE NOCASE,
     password_hash TEXT NOT NULL,
     role          TEXT NOT NULL CHECK (role IN ('viewer','helpdesk','supervisor','admin')),
     disabled      INTEGER NOT NULL DEFAULT 0,
     created_at    TEXT NOT NULL,
     updated_at    TEXT NOT NULL
   );
   CREATE TABLE sessions (
     id_hash      TEXT PRIMARY KEY,
     username     TEXT NOT NULL REFERENCES accounts(username) ON DELETE CASCADE,
     csrf_token   TEXT NOT NULL,
     created_at   INTEGER NOT NULL,
     last_seen_at INTEGER NOT NULL
   );
   CREATE INDEX sessions_username ON sessions(username);`,
  // One row per state-changing request: inserted as 'pending' before the work, completed before the answer.
  `CREATE TABLE audit_events (
     id           INTEGER PRIMARY KEY AUTOINCREMENT,
     at           TEXT NOT NULL,
     actor        TEXT NOT NULL,
     role         TEXT,
     client_ip    TEXT NOT NULL,
     action       TEXT NOT NULL,
     target       TEXT,
     outcome      TEXT NOT NULL CHECK (outcome IN ('pending','succeeded','refused','failed')),
     reason       TEXT,
     status       INTEGER,
     request_id   TEXT NOT NULL,
     changes      TEXT
   );
   CREATE INDEX audit_events_at ON audit_events(at);
   CREATE INDEX audit_events_actor ON audit_events(actor);
   CREATE INDEX audit_events_target ON audit_events(target);`,
  // Adds the outcome 'interrupted' (decision 010). SQLite cannot change a CHECK in place: the table is
  // rebuilt with the same columns and ids (no audit record is ever deleted, so the highest id carries
  // the AUTOINCREMENT sequence on).
  `CREATE TABLE audit_events_v3 (
     id           INTEGER PRIMARY KEY AUTOINCREMENT,
     at           TEXT NOT NULL,
     actor        TEXT NOT NULL,
     role         TEXT,
     client_ip    TEXT NOT NULL,
     action       TEXT NOT NULL,
     target       TEXT,
     outcome      TEXT NOT NULL CHECK (outcome IN ('pending','succeeded','refused','failed','interrupted')),
     reason       TEXT,
     status       INTEGER,
     request_id   TEXT NOT NULL,
     changes      TEXT
   );
   INSERT INTO audit_events_v3 (id, at, actor, role, client_ip, action, target, outcome, reason, status, request_id, changes)
     SELECT id, at, actor, role, client_ip, action, target, outcome, reason, status, request_id, changes FROM audit_events;
   DROP TABLE audit_events;
   ALTER TABLE audit_events_v3 RENAME TO audit_events;
   CREATE INDEX audit_events_at ON audit_events(at);
   CREATE INDEX audit_events_actor ON audit_events(actor);
   CREATE INDEX audit_events_target ON audit_events(target);`,
  // Jobs (docs/decisions/018-jobs.md): work over many users, run apart from the request that started it.
  // `result` is the kind's JSON result; `owner` the account that started it (only it and admins see it).
  `CREATE TABLE jobs (
     id           TEXT PRIMARY KEY,
     kind         TEXT NOT NULL,
     owner        TEXT NOT NULL,
     state        TEXT NOT NULL CHECK (state IN ('running','succeeded','failed','interrupted')),
     done         INTEGER NOT NULL DEFAULT 0,
     total        INTEGER NOT NULL,
     started_at   TEXT NOT NULL,
     finished_at  TEXT,
     result       TEXT,
     problem      TEXT
   );
   CREATE INDEX jobs_state ON jobs(state);`,
  // A job's file (a users export, decision 020): one per job, kept for a day, deleted with its job.
  `CREATE TABLE job_files (
     job_id       TEXT PRIMARY KEY REFERENCES jobs(id) ON DELETE CASCADE,
     name         TEXT NOT NULL,
     content_type TEXT NOT NULL,
     content      BLOB NOT NULL,
     created_at   TEXT NOT NULL
   );
   CREATE INDEX job_files_created_at ON job_files(created_at);`,
  // Single sign-on (docs/decisions/021-single-sign-on.md). An account the identity provider signs in
  // carries the provider's subject (\`sub\`, never reused for another person) and no password (an empty
  // hash, which no password matches); \`teams\` is the provider's teams claim as a JSON array, kept for
  // the team scopes. A session from the provider keeps the ID token its sign-out needs (\`id_token_hint\`).
  `ALTER TABLE accounts ADD COLUMN sso_subject TEXT;
   ALTER TABLE accounts ADD COLUMN teams TEXT;
   ALTER TABLE sessions ADD COLUMN id_token TEXT;`,
  // More than one instance on one database (docs/decisions/022-where-the-bff-keeps-its-state.md): each
  // process registers itself and says it is alive every few seconds; a pending audit record or running job
  // belongs to the instance that started it, and only an instance that stopped being seen leaves it to be
  // marked interrupted.
  `CREATE TABLE instances (
     id           TEXT PRIMARY KEY,
     started_at   TEXT NOT NULL,
     seen_at      INTEGER NOT NULL
   );
   ALTER TABLE audit_events ADD COLUMN instance_id TEXT;
   ALTER TABLE jobs ADD COLUMN instance_id TEXT;
   CREATE INDEX audit_events_pending ON audit_events(id) WHERE outcome = 'pending';`,
];

/** The message an instance gives when the store was migrated by a newer Switchboard than itself. */
export function schemaTooNew(found: number, known: number): Error {
  return new Error(
    `The database's schema is version ${found}, newer than this Switchboard knows (${known}): it was migrated by a newer release. Run that release, or restore a backup taken before it.`,
  );
}

/** Brings the SQLite store up to `target` (the latest unless a test stops short, to migrate an older store). */
export function migrateSqlite(db: Database.Database, target = MIGRATIONS.length): void {
  const current = Number(db.pragma("user_version", { simple: true }));
  if (current > MIGRATIONS.length) throw schemaTooNew(current, MIGRATIONS.length);
  const apply = db.transaction(() => {
    for (let version = current; version < target; version++) {
      db.exec(MIGRATIONS[version] ?? "");
      db.pragma(`user_version = ${version + 1}`);
    }
  });
  apply();
}
