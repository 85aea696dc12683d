/** Display names by id, for every sentence builder; an id with no name is shown as the id. */
export interface Names {
  readonly options: Readonly<Record<string, string>>;
  readonly criteria: Readonly<Record<string, string>>;
}

/** The display name of an option or criterion id, falling back to the id itself. */
export function nameOf(table: Readonly<Record<string, string>>, id: string): string {
  return table[id] ?? id;
}
