import { upload } from '../../api/client';
import type { paths } from '../../api/openapi';

const ARTIFACTS = '/api/partnerships/{partnershipId}/artifacts';
type ArtifactQuery = paths[typeof ARTIFACTS]['post']['parameters']['query'];

/** The largest artifact the server accepts (its MAX_ARTIFACT_BYTES): larger files are refused before sending. */
export const MAX_ARTIFACT_BYTES = 25 * 1024 * 1024;

/** The formats whose text the server extracts. */
export const ARTIFACT_ACCEPT = '.pdf,.docx,.xlsx,.txt,.md';

export const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** A file's size as people read it. */
export function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1048576) return `${Math.round(bytes / 1024)} KB`;
  return megabytes(bytes);
}

/** Why a file cannot be sent, said before sending it (the server would refuse it after the upload). */
export function tooLarge(file: File): string | null {
  return file.size > MAX_ARTIFACT_BYTES
    ? `${file.name} is ${megabytes(file.size)}: an artifact is at most ${MAX_ARTIFACT_BYTES / 1048576} MB. Split it or reduce its images.`
    : null;
}

/**
 * Sends a district's document as the raw request body, reporting the upload's progress. Resolves
 * with the stored artifact (`created` false: the same file was stored before); rejects with the
 * server's ApiError.
 */
export function sendArtifact(partnershipId: string, query: ArtifactQuery, file: File, onProgress: (sent: number, total: number) => void) {
  return upload(ARTIFACTS, { path: { partnershipId }, query }, file, onProgress, 'application/octet-stream');
}

/** The stored artifact an upload answers. */
export type StoredArtifact = Awaited<ReturnType<typeof sendArtifact>>;
