/** The two storage engines Warrant runs on: embedded SQLite, and PostgreSQL to scale out. */
export type DialectName = 'sqlite' | 'postgres';
