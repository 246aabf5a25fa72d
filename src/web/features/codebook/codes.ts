import { useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, api, upload } from '../../api/client';
import { useSession } from '../../api/session';

/** The codebook's live codes in reading order, each with its depth and number of codings. */
export function useCodebook(enabled = true) {
  const { partnership } = useSession();
  return useQuery({
    queryKey: ['codes', partnership?.id],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/codes', { params: { path: { partnershipId: partnership!.id } } })),
    enabled: enabled && Boolean(partnership),
  });
}

/** A code with its history. */
export function useCode(id: string | null) {
  return useQuery({
    queryKey: ['code', id],
    queryFn: () => answer(api.GET('/api/codes/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

/** Refreshes the codebook and the codes shown after a change. */
export function useRefreshCodebook() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: ['codes'] }), client.invalidateQueries({ queryKey: ['code'] })]);
}

/** Sends a codebook file (.qdc or .csv) to be imported; resolves with what was added, updated and reported. */
export function sendCodebook(partnershipId: string, file: File) {
  return upload(
    '/api/partnerships/{partnershipId}/codebook/import',
    { path: { partnershipId }, query: { fileName: file.name } },
    file,
    () => {},
    'application/octet-stream',
  );
}
