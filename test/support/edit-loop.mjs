// A second writer for the concurrency test: edits one field of an ISF `count` times through its
// own connection to the database, as a CLI would beside a running server. Prints its failures.
import { createContext } from '../../dist/services/context.js';
import { writeEntry } from '../../dist/services/isfs.js';
import { connect } from '../../dist/storage/database.js';
import { Store } from '../../dist/storage/store.js';

const [path, isfId, field, count] = process.argv.slice(2);
const store = Store.of(await connect({ dialect: 'sqlite', path }));
const ctx = createContext(store, `writer-${field}`);
let failures = 0;
let version = 0;
for (let i = 0; i < Number(count); i++) {
  try {
    const entry = await writeEntry(ctx, { isfId, field, text: `${field} edit ${i}`, ...(version && { expectedVersion: version }) });
    version = entry.version;
  } catch (e) {
    failures++;
    process.stderr.write(`${e.message}\n`);
  }
}
await store.destroy();
process.stdout.write(JSON.stringify({ failures, version }));
