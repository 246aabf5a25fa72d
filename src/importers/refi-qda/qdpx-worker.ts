import { parentPort, workerData } from 'node:worker_threads';
import { prepareSource } from '../../domain/refi-qda-import.js';
import type { QdpxWorkerMessage } from './qdpx-reader.js';
import { readQdpx } from './read-qdpx.js';

/**
 * Reads one .qdpx on its own thread (importers/refi-qda/qdpx-reader) and posts the result back; for
 * an import (`unlabelled` given), the sources go without their text and follow one by one, prepared.
 */
const { bytes, name, unlabelled } = workerData as { bytes: Uint8Array; name: string; unlabelled?: string };
const { problems, project } = readQdpx(bytes, name);
const post = (m: QdpxWorkerMessage) => parentPort!.postMessage(m);
if (!project) post({ kind: 'read', problems });
else {
  const sources = unlabelled === undefined ? project.sources : project.sources.map((s) => ({ ...s, text: '' }));
  post({ kind: 'read', problems, project: { ...project, sources, noteTargets: [...project.noteTargets] } });
  if (unlabelled !== undefined) project.sources.forEach((s, index) => post({ kind: 'prepared', index, source: prepareSource(s, unlabelled) }));
}
