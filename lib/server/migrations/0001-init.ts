import type { Migration } from './index';

/**
 * Sessions, participants and submissions. No names, e-mail or addresses: a participant is
 * only the SHA-256 hash of their cookie token, and a host only the hash of their secret.
 * Deleting a session deletes everything under it.
 */
export const init: Migration = {
  id: 1,
  name: 'class sessions',
  statements: [
    `CREATE TABLE class_sessions (
       code text PRIMARY KEY,
       case_id text NOT NULL,
       host_secret_hash text NOT NULL,
       state text NOT NULL CHECK (state IN ('open', 'locked', 'revealed')),
       roles_offered boolean NOT NULL,
       small_group_threshold integer NOT NULL,
       closes_at timestamptz,
       created_at timestamptz NOT NULL DEFAULT now(),
       last_active_at timestamptz NOT NULL DEFAULT now()
     )`,
    'CREATE INDEX class_sessions_last_active ON class_sessions (last_active_at)',
    `CREATE TABLE class_participants (
       session_code text NOT NULL REFERENCES class_sessions (code) ON DELETE CASCADE,
       token_hash text NOT NULL,
       joined_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (session_code, token_hash)
     )`,
    `CREATE TABLE class_submissions (
       session_code text NOT NULL,
       token_hash text NOT NULL,
       stance jsonb NOT NULL,
       role text,
       justification text NOT NULL DEFAULT '',
       submitted_at timestamptz NOT NULL DEFAULT now(),
       revised_at timestamptz,
       PRIMARY KEY (session_code, token_hash),
       FOREIGN KEY (session_code, token_hash)
         REFERENCES class_participants (session_code, token_hash) ON DELETE CASCADE
     )`,
  ],
};
