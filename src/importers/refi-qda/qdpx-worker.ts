import { parentPort, workerData } from 'node:worker_threads';
import { prepareSource } from '../../domain/refi-qda-import.js';
import type { QdpxWorkerMessage } from './qdpx-reader.js';
import { readQdpx } from './read-qdpx.js';

/**
 * Reads one .qdpx on its own thread (importers/refi-qda/qdpx-reader) and posts the result back; for
 * an import (`unlabelled` given), the sources go without their text, and each follows prepared when
 * asked for (`{ want: index }`).
 */
const { bytes, name, unlabelled } = workerData as { bytes: Uint8Array; name: string; unlabelled?: string };
const { problems, project } = readQdpx(bytes, name);
const post = (m: QdpxWorkerMessage) => parentPort!.postMessage(m);
if (!project) post({ kind: 'read', problems });
else {
  const sources = unlabelled === undefined ? project.sources : project.sources.map((s) => ({ ...s, text: '' }));
  post({ kind: 'read', problems, project: { ...project, sources, noteTargets: [...project.noteTargets] } });
  // Each source is prepared when the import asks for it (a step ahead of the one it stores), so no more than a few wait in memory.
  if (unlabelled !== undefined)
    parentPort!.on('message', ({ want }: { want: number }) => {
      const source = project.sources[want];
      if (source) post({ kind: 'prepared', index: want, source: prepareSource(source, unlabelled) });
    });
}
