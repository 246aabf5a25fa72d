import { describe, expect, it } from 'vitest';
import { describeTarget } from './database.js';

describe('a database in words', () => {
  it('hides the password of a PostgreSQL address, in its user part or its parameters', () => {
    expect(describeTarget({ dialect: 'postgres', url: 'postgres://warrant:s3cret@db.example.org:5432/warrant' })).toBe(
      'PostgreSQL postgres://warrant:***@db.example.org:5432/warrant',
    );
    expect(describeTarget({ dialect: 'postgres', url: 'postgresql://warrant@localhost/warrant?password=s3cret&sslmode=require' })).toBe(
      'PostgreSQL postgresql://warrant@localhost/warrant?password=***&sslmode=require',
    );
  });

  it('describes a libpq address with a socket and no host, which is no WHATWG URL', () => {
    expect(() => new URL('postgres://postgres@/warrant?host=/run/postgresql')).toThrow();
    expect(describeTarget({ dialect: 'postgres', url: 'postgres://postgres@/warrant?host=/run/postgresql' })).toBe(
      'PostgreSQL postgres://postgres@/warrant?host=/run/postgresql',
    );
    expect(describeTarget({ dialect: 'postgres', url: 'postgres://postgres:pw@/warrant?host=%2Frun%2Fpostgresql' })).toBe(
      'PostgreSQL postgres://postgres:***@/warrant?host=%2Frun%2Fpostgresql',
    );
  });
});
