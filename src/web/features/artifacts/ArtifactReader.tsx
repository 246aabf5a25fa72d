import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import { ErrorState, Loading } from '../../components/states';
import { artifactPassages } from '../../../domain/artifact.js';
import { useCodebook } from '../codebook/codes';
import { artifactCodingsKey, CodePicker, CodingActions, type CodingTarget } from '../transcript/CodingPanel';
import { type PassageSelection, passageSelection } from '../transcript/selection';

export interface Reading {
  id: string;
  /** The passage a search hit pointed at, shown first. */
  passage?: number;
}

/**
 * The text extracted from an artifact, paragraph by paragraph as search divides it, to read
 * without opening the file; opened from a search hit, at the passage that matched.
 */
export function ArtifactReader({ reading, onClose }: { reading: Reading; onClose: () => void }) {
  const artifact = useQuery({
    queryKey: ['artifact', reading.id],
    queryFn: () => answer(api.GET('/api/artifacts/{id}', { params: { path: { id: reading.id } } })),
  });
  const passages = useMemo(() => (artifact.data ? artifactPassages(artifact.data.text) : []), [artifact.data]);
  const heading = useRef<HTMLHeadingElement>(null);
  const text = useRef<HTMLDivElement>(null);
  const { can } = useSession();
  const codes = useCodebook(can.read);
  const codings = useQuery({
    queryKey: artifactCodingsKey(reading.id),
    queryFn: () => answer(api.GET('/api/artifacts/{id}/codings', { params: { path: { id: reading.id }, query: {} } })),
    enabled: can.read,
  });
  const [selection, setSelection] = useState<PassageSelection | null>(null);
  const [coding, setCoding] = useState<CodingTarget | null>(null);
  // The selection, as the passage it would be coded as, whenever it changes (mouse, keyboard or touch).
  useEffect(() => {
    const follow = () => setSelection(text.current ? passageSelection(text.current) : null);
    document.addEventListener('selectionchange', follow);
    return () => document.removeEventListener('selectionchange', follow);
  }, []);

  // Reading starts at the panel's title (for keyboards and screen readers), or at the passage found.
  useEffect(() => {
    if (!artifact.data) return;
    const found = reading.passage === undefined ? null : text.current?.querySelector<HTMLElement>(`[data-passage="${reading.passage}"]`);
    if (found) {
      found.scrollIntoView({ block: 'center' });
      found.focus({ preventScroll: true });
    } else {
      heading.current?.scrollIntoView({ block: 'nearest' });
      heading.current?.focus({ preventScroll: true });
    }
  }, [artifact.data, reading.passage]);

  return (
    <section className="artifact-reader" aria-labelledby="reader-title">
      <header>
        <h2 id="reader-title" ref={heading} tabIndex={-1}>
          {artifact.data ? artifact.data.title : 'The artifact’s text'}
        </h2>
        <button type="button" className="secondary" onClick={onClose}>
          Close the text
        </button>
      </header>
      {artifact.isPending && <Loading what="the text" />}
      {artifact.isError && <ErrorState error={artifact.error} />}
      {artifact.data && (
        <>
          <p className="hint">
            Text read from {artifact.data.fileName}
            {artifact.data.pages > 0 && `, ${artifact.data.pages} ${artifact.data.pages === 1 ? 'page' : 'pages'}`}. Tables and layout are flattened; the
            original keeps them.
          </p>
          {can.write && (
            <div className="filters">
              <button type="button" disabled={!selection} onClick={() => selection && setCoding({ kind: 'selection', selection })}>
                Code the selection…
              </button>
              <span className="muted">Select words in the text to code them, as in a transcript.</span>
            </div>
          )}
          {coding && codes.data && <CodePicker on={{ artifactId: reading.id }} target={coding} codes={codes.data} onDone={() => setCoding(null)} />}
          <div className="artifact-text" ref={text} role="region" aria-label={`Text of ${artifact.data.title}`} tabIndex={0}>
            {passages.map((p) => (
              <p
                key={p.seq}
                data-passage={p.seq}
                data-text-offset={p.startOffset}
                className={p.seq === reading.passage ? 'focus' : undefined}
                tabIndex={p.seq === reading.passage ? -1 : undefined}
              >
                {p.text}
              </p>
            ))}
          </div>
          {codings.isError && <ErrorState error={codings.error} />}
          {codings.data && codings.data.length > 0 && (
            <section aria-labelledby="artifact-codings-title">
              <h3 id="artifact-codings-title">Codings of this text</h3>
              <ul className="artifact-codings">
                {codings.data.map((c) => (
                  <li key={c.id}>
                    <span className="swatch" style={{ background: c.colour }} aria-hidden="true" /> <strong>{c.codeName}</strong> “{c.quote}”{' '}
                    <span className="muted">coded by {c.coderName}</span>
                    <CodingActions coding={c} codes={codes.data ?? []} on={{ artifactId: reading.id }} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </section>
  );
}
