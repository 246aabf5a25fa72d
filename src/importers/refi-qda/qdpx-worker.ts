import { parentPort, workerData } from 'node:worker_threads';
import { type QdpxWorkerMessage, sourceReader } from './qdpx-reader.js';
import { readQdpx, readQdpxInSteps } from './read-qdpx.js';

/**
 * Reads one .qdpx on its own thread (importers/refi-qda/qdpx-reader) and posts the result back; for
 * an import (`unlabelled` given), the project outlined, then each source read when asked for
 * (`{ want: index }`), so that no more than a few wait in memory.
 */
const { bytes, name, unlabelled } = workerData as { bytes: Uint8Array; name: string; unlabelled?: string };
const post = (m: QdpxWorkerMessage) => parentPort!.postMessage(m);
if (unlabelled === undefined) {
  const { problems, project } = readQdpx(bytes, name);
  post({ kind: 'read', problems, ...(project && { project: { ...project, noteTargets: [...project.noteTargets] } }) });
} else {
  const steps = readQdpxInSteps(bytes, name);
  post({ kind: 'outlined', problems: steps.problems, ...(steps.project && { project: { ...steps.project, noteTargets: [...steps.project.noteTargets] } }) });
  if (steps.project) {
    const read = sourceReader(steps, unlabelled);
    parentPort!.on('message', ({ want }: { want: number }) => post({ kind: 'source', index: want, source: read(want) }));
  }
}
