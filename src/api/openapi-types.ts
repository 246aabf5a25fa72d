import { writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { openStore } from '../services/database.js';
import { createApi } from './app.js';

/**
 * The web client's types (`paths`, `components`), generated from the document this API serves, so
 * that each call the web app makes names a path of the API and gets that path's answer type.
 * `npm run api:types` writes them; a test fails when the committed file is stale.
 */
export const WEB_API_TYPES = fileURLToPath(new URL('../../src/web/api/openapi.d.ts', import.meta.url));

const HEADER = "// Generated from the API's OpenAPI document by `npm run api:types`: do not edit by hand.\n";

/** The OpenAPI document the API serves at /api/openapi.json (built over an empty in-memory database). */
export async function servedDocument(): Promise<OpenAPI3> {
  const store = await openStore({ dialect: 'sqlite', path: ':memory:' });
  try {
    const res = await createApi({ store }).request('/api/openapi.json');
    return (await res.json()) as OpenAPI3;
  } finally {
    await store.destroy();
  }
}

/** The text of the web client's types for a document, formatted as the repository's own code. */
export async function renderWebApiTypes(document: OpenAPI3): Promise<string> {
  const text = HEADER + astToString(await openapiTS(document));
  return format(text, { ...(await resolveConfig(WEB_API_TYPES)), filepath: WEB_API_TYPES });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeFile(WEB_API_TYPES, await renderWebApiTypes(await servedDocument()));
  console.log(`wrote ${WEB_API_TYPES}`);
}
