import { parentPort } from 'node:worker_threads';
import { loadTranscript, type TranscriptJob } from './transcript-file.js';

/** A worker thread of the transcript reader: loads the transcripts it is sent, one message each. */
parentPort!.on('message', async ({ id, job }: { id: number; job: TranscriptJob }) => {
  parentPort!.postMessage({ id, result: await loadTranscript(job) });
});
