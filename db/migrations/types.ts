/**
 * A migration is a static SQL text so that the bundler includes it and no file is read at run
 * time. Migrations are only ever appended; a released one is never edited.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
