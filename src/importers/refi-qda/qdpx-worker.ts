import { parentPort, workerData } from 'node:worker_threads';
import { readQdpx } from './read-qdpx.js';

/** Reads one .qdpx on its own thread (importers/refi-qda/qdpx-reader) and posts the result back. */
const { bytes, name } = workerData as { bytes: Uint8Array; name: string };
const result = readQdpx(bytes, name);
parentPort!.postMessage({ ...result, project: result.project && { ...result.project, noteTargets: [...result.project.noteTargets] } });
