import { outOfMemory } from './errors.js';
import { extractArtifactText, UnreadableArtifact } from './index.js';
import type { ReaderJob, ReaderReply } from './reader.js';

// The process that reads one artifact for the reader (reader.ts): one job, one reply, then it
// exits. Listening for the job keeps it alive, so a reading that never settles ends at the time limit.

// pdf.js leaves some of its own promises unhandled on a damaged file (a page object it cannot parse
// among the page tree's first kids), which would end a Node process; what counts is the outcome.
process.on('unhandledRejection', () => {});

// The reader that sent the job is gone (the server stopped): nobody waits for the answer.
process.on('disconnect', () => process.exit(0));

process.on('message', async ({ bytes, fileName }: ReaderJob) => {
  let reply: ReaderReply;
  try {
    reply = { read: await extractArtifactText(bytes, fileName) };
  } catch (e) {
    if (e instanceof UnreadableArtifact) reply = { refused: e.reason };
    else if (outOfMemory(e)) reply = { outOfMemory: true };
    else reply = { failed: e instanceof Error ? e.message : String(e) };
  }
  process.send!(reply, () => process.exit(0));
});
