import { parentPort } from 'node:worker_threads';
import { type LoadedTranscript, loadTranscript, type TranscriptJob } from './transcript-file.js';

/** A worker thread of the transcript reader: loads the transcripts it is sent, one message each. */
parentPort!.on('message', async ({ id, job }: { id: number; job: TranscriptJob }) => {
  let result: LoadedTranscript;
  try {
    result = await loadTranscript(job);
  } catch (e) {
    // loadTranscript reports bad files as problems; this is a fault of the reader itself.
    result = { ok: false, error: `could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
  parentPort!.postMessage({ id, result });
});
