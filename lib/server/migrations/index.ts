import { init } from './0001-init';

/** One schema change: applied once, in `id` order, and recorded in `class_migrations`. */
export interface Migration {
  readonly id: number;
  readonly name: string;
  /** Statements run one by one inside the migration's transaction. */
  readonly statements: readonly string[];
}

/**
 * Every migration, oldest first. Add a new numbered file and list it here; never edit one
 * that has shipped. The same SQL runs on PGlite and PostgreSQL.
 */
export const MIGRATIONS: readonly Migration[] = [init];
