import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderWebApiTypes, servedDocument, WEB_API_TYPES } from '../src/api/openapi-types.js';

describe("the web client's types", () => {
  it('are those of the OpenAPI document the API serves today', async () => {
    const current = await renderWebApiTypes(await servedDocument());
    const committed = await readFile(WEB_API_TYPES, 'utf8');
    expect(committed, 'src/web/api/openapi.d.ts is stale: run `npm run api:types` and commit it').toBe(current);
  });
});
