import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { answer, api } from '../../api/client';
import { ROLE_LABELS } from '../../api/labels';
import type { Trace } from '../../api/types';
import { ErrorState, Loading } from '../../components/states';

type Node = Trace['root'];

const KIND: Record<Node['kind'], string> = { finding: 'Finding', claim: 'Claim', isfEntry: 'ISF entry', excerpt: 'Passage' };

/** From a finding or claim down to the transcript passages: as an outline and as a diagram; broken links in red. */
export function TracePage() {
  const { id = '' } = useParams();
  const trace = useQuery({ queryKey: ['trace', id], queryFn: () => answer(api.GET('/api/trace/{id}', { params: { path: { id } } })) });
  const [view, setView] = useState<'outline' | 'diagram'>('outline');
  if (trace.isPending) return <Loading what="the trace" />;
  if (trace.isError) return <ErrorState error={trace.error} />;
  const t = trace.data;
  const broken = new Map(t.issues.map((i) => [i.id, i]));
  return (
    <>
      <h1>
        Trace of a {KIND[t.root.kind].toLowerCase()}{' '}
        <span className="muted">
          · {t.passages.length} passages from {new Set(t.passages.map((p) => p.interviewCode)).size} interviews
        </span>
      </h1>
      {t.issues.length > 0 && (
        <div className="error" role="alert">
          <p>
            This chain has {t.issues.length} problem{t.issues.length === 1 ? '' : 's'}:
          </p>
          <ul>
            {t.issues.map((i) => (
              <li key={i.id}>
                {KIND[i.kind]} {i.label}: {i.reasons.join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ViewTabs view={view} onView={setView} />
      <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
        {view === 'outline' ? (
          <ul className="trace-outline">
            <OutlineNode node={t.root} broken={broken} />
          </ul>
        ) : (
          <Diagram root={t.root} broken={broken} />
        )}
      </div>
    </>
  );
}

const VIEWS = ['outline', 'diagram'] as const;

/** Tabs as the ARIA pattern has them: one tab stop, arrow keys move between the views. */
function ViewTabs({ view, onView }: { view: (typeof VIEWS)[number]; onView: (v: (typeof VIEWS)[number]) => void }) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = VIEWS.indexOf(view);
    const next = e.key === 'ArrowRight' ? VIEWS[(at + 1) % VIEWS.length] : e.key === 'ArrowLeft' ? VIEWS[(at + VIEWS.length - 1) % VIEWS.length] : null;
    if (!next) return;
    e.preventDefault();
    onView(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label="How to show the chain" onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v}
          id={`tab-${v}`}
          type="button"
          role="tab"
          aria-selected={view === v}
          aria-controls={`panel-${v}`}
          tabIndex={view === v ? 0 : -1}
          className={view === v ? 'selected' : ''}
          onClick={() => onView(v)}
        >
          {v === 'outline' ? 'Outline' : 'Diagram'}
        </button>
      ))}
    </div>
  );
}

/** Where a node of the chain opens: a passage in its transcript, anything else traced from itself. */
const nodeLink = (n: Node) => (n.passage ? `/interviews/${n.passage.interviewId}?passage=${n.passage.start}-${n.passage.end}` : `/trace/${n.id}`);

function OutlineNode({ node, broken }: { node: Node; broken: Map<string, unknown> }) {
  const bad = broken.has(node.id) || node.retired;
  return (
    <li className={`trace-node ${node.kind} ${bad ? 'broken' : ''} ${node.stance === 'contradicts' ? 'contradicts' : ''}`}>
      <p>
        <span className="kind">{KIND[node.kind]}</span>
        {node.stance === 'contradicts' && <span className="stance"> (contradicts)</span>}
        {node.retired && <span className="stance"> (retired)</span>}
        {broken.has(node.id) && <span className="stance"> (chain broken)</span>} {node.context && <span className="muted">{node.context}</span>}
      </p>
      {node.passage ? (
        <blockquote>
          <Link to={nodeLink(node)}>“{node.text}”</Link>
          <footer>
            {node.passage.interviewCode} · {node.passage.pseudonym}, {ROLE_LABELS[node.passage.role] ?? node.passage.role}, {node.passage.school} ·{' '}
            {node.passage.cycle}
            {node.passage.transcriptCorrected && <strong> · the transcript was corrected since this passage was cited</strong>}
          </footer>
          {node.passage.codes.length > 0 && (
            <ul className="passage-codes" aria-label="Codes of the passage">
              {node.passage.codes.map((c) => (
                <li key={c.codingId}>
                  <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
                  {c.code} <span className="muted">({c.coder})</span>
                </li>
              ))}
            </ul>
          )}
        </blockquote>
      ) : (
        <p>{node.text}</p>
      )}
      {node.children.length > 0 && (
        <ul>
          {node.children.map((c, i) => (
            <OutlineNode key={`${c.id}-${i}`} node={c} broken={broken} />
          ))}
        </ul>
      )}
    </li>
  );
}

const COLUMN = 260;
const ROW = 64;
const BOX = { w: 220, h: 48 };
const short = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** The chain as columns (finding, claims, entries, passages) joined by lines. */
function Diagram({ root, broken }: { root: Node; broken: Map<string, unknown> }) {
  const levels: Node[][] = [];
  const place = new Map<string, { x: number; y: number }>();
  const navigate = useNavigate();
  const edges: { from: string; to: string; style: 'bad' | 'contradicts' | '' }[] = [];
  const walk = (n: Node, depth: number) => {
    levels[depth] ??= [];
    if (!levels[depth].some((m) => m.id === n.id)) levels[depth].push(n);
    for (const c of n.children) {
      edges.push({ from: n.id, to: c.id, style: c.retired || broken.has(c.id) ? 'bad' : c.stance === 'contradicts' ? 'contradicts' : '' });
      walk(c, depth + 1);
    }
  };
  walk(root, 0);
  const height = Math.max(...levels.map((l) => l.length)) * ROW + 16;
  levels.forEach((nodes, depth) => nodes.forEach((n, i) => place.set(n.id, { x: depth * COLUMN + 8, y: (i + 0.5) * (height / nodes.length) - BOX.h / 2 })));
  return (
    <div className="diagram">
      <p className="legend">
        Each box opens what it stands for. <span className="contradicts">Solid brown: cited as contradicting.</span>{' '}
        <span className="bad">Dashed red: broken or retired.</span>
      </p>
      <svg
        width={levels.length * COLUMN}
        height={height}
        aria-label={`A chain of ${levels.map((l) => `${l.length} ${KIND[l[0]!.kind].toLowerCase()}${l.length === 1 ? '' : 's'}`).join(', then ')}`}
      >
        {edges.map((e, i) => {
          const a = place.get(e.from)!;
          const b = place.get(e.to)!;
          return <line key={i} x1={a.x + BOX.w} y1={a.y + BOX.h / 2} x2={b.x} y2={b.y + BOX.h / 2} className={`edge ${e.style}`} />;
        })}
        {levels.flat().map((n) => {
          const p = place.get(n.id)!;
          const to = nodeLink(n);
          return (
            <a
              key={n.id}
              href={to}
              aria-label={`${KIND[n.kind]}: ${n.text}`}
              onClick={(e) => {
                e.preventDefault();
                void navigate(to);
              }}
            >
              <g transform={`translate(${p.x},${p.y})`} className={`box ${broken.has(n.id) || n.retired ? 'bad' : ''}`}>
                <title>{`${KIND[n.kind]}: ${n.text}`}</title>
                <rect width={BOX.w} height={BOX.h} rx={6} />
                <foreignObject width={BOX.w} height={BOX.h}>
                  <p className="box-text">{short(n.text)}</p>
                </foreignObject>
              </g>
            </a>
          );
        })}
      </svg>
    </div>
  );
}
