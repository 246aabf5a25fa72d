import { type KeyboardEvent, memo, type ReactNode, useEffect, useMemo, useRef } from 'react';
import { utf16Index } from '../../../domain/text.js';
import type { Coding, Turn } from '../../api/types';
import { CodeMargin } from './CodeMargin';
import { type PassageSelection, passageSelection } from './selection';

/** A cited passage to highlight, and what cites it. */
export interface CitedPassage {
  id: string;
  start: number;
  end: number;
  usedBy: string[];
}

interface Props {
  turns: Turn[];
  cited: CitedPassage[];
  /** A passage to show (from a search hit or a trace), scrolled to and marked. */
  focus?: { start: number; end: number } | null;
  onSelect: (selection: PassageSelection | null) => void;
  /** The codings to show in the margin beside each turn (none: no margin). */
  codings?: Coding[] | undefined;
  /** Only the turns coded with this code are shown. */
  onlyCode?: string | null | undefined;
  /** C on a turn in focus: code the whole turn. */
  onCodeTurn?: ((seq: number) => void) | undefined;
  /** What a coding in the margin offers (uncode, recode): its coder's only. */
  renderCodingActions?: ((coding: Coding) => ReactNode) | undefined;
}

const clock = (ms: number) => new Date(ms).toISOString().slice(11, 19);

interface Segment {
  text: string;
  marks: CitedPassage[];
  focus: boolean;
}

/** Splits a turn's text where cited passages (and the focused one) begin and end. */
function segments(turn: Turn, cited: CitedPassage[], focus: Props['focus']): Segment[] {
  const from = turn.textStart;
  const to = turn.end;
  const ranges = cited.filter((c) => c.end > from && c.start < to);
  const inFocus = focus && focus.end > from && focus.start < to ? focus : null;
  if (!ranges.length && !inFocus) return [{ text: turn.text, marks: [], focus: false }];
  const cuts = new Set([from, to]);
  for (const r of [...ranges, ...(inFocus ? [inFocus] : [])]) {
    cuts.add(Math.max(from, r.start));
    cuts.add(Math.min(to, r.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const start = utf16Index(turn.text, a - from);
    const text = turn.text.slice(start, start + utf16Index(turn.text.slice(start), b - a));
    out.push({ text, marks: ranges.filter((r) => r.start <= a && r.end >= b), focus: Boolean(inFocus && inFocus.start <= a && inFocus.end >= b) });
  }
  return out;
}

const TurnView = memo(function TurnView({
  turn,
  cited,
  focus,
  codings,
  renderCodingActions,
}: {
  turn: Turn;
  cited: CitedPassage[];
  focus: Props['focus'];
  codings: Coding[] | undefined;
  renderCodingActions: Props['renderCodingActions'];
}) {
  const parts = useMemo(() => segments(turn, cited, focus), [turn, cited, focus]);
  const usedIn = [...new Set(cited.flatMap((c) => c.usedBy))];
  return (
    <div className={`turn ${turn.speakerRole}${codings ? ' with-codes' : ''}`} id={`turn-${turn.seq}`} data-seq={turn.seq}>
      {codings && <CodeMargin turn={turn} codings={codings} renderActions={renderCodingActions} />}
      <div className="meta">
        <span className="speaker">{turn.speaker}</span>
        {turn.startMs !== null && <span className="time">{clock(turn.startMs)}</span>}
        {usedIn.length > 0 && <span className="used-in">cited in {usedIn.join('; ')}</span>}
      </div>
      <p data-text-offset={turn.textStart} tabIndex={-1}>
        {parts.map((p, i) =>
          p.marks.length || p.focus ? (
            <mark
              key={i}
              className={p.focus ? 'focus' : 'cited'}
              title={p.marks.length ? `Cited in ${p.marks.flatMap((m) => m.usedBy).join('; ')}` : undefined}
            >
              {p.text}
            </mark>
          ) : (
            p.text
          ),
        )}
      </p>
    </div>
  );
});

/** Speaker turns with timestamps; the interviewer's turns set apart; cited passages highlighted. */
export function TranscriptReader({ turns, cited, focus, onSelect, codings, onlyCode, onCodeTurn, renderCodingActions }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const report = () => ref.current && onSelect(passageSelection(ref.current));
    document.addEventListener('selectionchange', report);
    return () => document.removeEventListener('selectionchange', report);
  }, [onSelect]);
  useEffect(() => {
    if (!focus) return;
    const turn = turns.find((t) => t.end >= focus.start && t.start <= focus.end);
    document.getElementById(`turn-${turn?.seq}`)?.scrollIntoView({ block: 'center' });
  }, [focus, turns]);
  const byTurn = useMemo(() => {
    const map = new Map<number, CitedPassage[]>();
    for (const t of turns)
      map.set(
        t.seq,
        cited.filter((c) => c.end > t.textStart && c.start < t.end),
      );
    return map;
  }, [turns, cited]);
  const codingsByTurn = useMemo(() => {
    if (!codings) return null;
    const map = new Map<number, Coding[]>();
    for (const t of turns)
      map.set(
        t.seq,
        codings.filter((c) => c.end > t.textStart && c.start < t.end),
      );
    return map;
  }, [turns, codings]);
  const shownTurns = onlyCode && codingsByTurn ? turns.filter((t) => codingsByTurn.get(t.seq)?.some((c) => c.codeId === onlyCode)) : turns;
  /**
   * The keyboard reads turn by turn (arrow keys, Home, End) and Enter selects the words of the turn
   * in focus, ready to cite; a shorter passage is selected as any text is (shift and arrows in caret
   * browsing, F7).
   */
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const paragraphs = [...(ref.current?.querySelectorAll<HTMLElement>('p[data-text-offset]') ?? [])];
    const at = paragraphs.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => {
      const target = paragraphs[Math.max(0, Math.min(paragraphs.length - 1, i))];
      target?.focus();
      target?.scrollIntoView({ block: 'nearest' });
    };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(paragraphs.length - 1);
    else if ((e.key === 'c' || e.key === 'C') && at >= 0 && onCodeTurn && !e.ctrlKey && !e.metaKey && !e.altKey)
      onCodeTurn(Number(paragraphs[at]!.closest<HTMLElement>('.turn')?.dataset.seq));
    else if (e.key === 'Enter' && at >= 0) {
      const range = document.createRange();
      range.selectNodeContents(paragraphs[at]!);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    } else return;
    e.preventDefault();
  };
  return (
    // Focusable, so that the keyboard scrolls it and moves through it as the mouse does.
    <div
      className="transcript"
      ref={ref}
      role="region"
      aria-label={`Transcript: arrow keys move from turn to turn, Enter selects a turn${onCodeTurn ? ', C codes the turn' : ''}`}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      {shownTurns.map((t) => (
        <TurnView
          key={t.seq}
          turn={t}
          cited={byTurn.get(t.seq) ?? []}
          focus={focus}
          codings={codingsByTurn?.get(t.seq)}
          renderCodingActions={renderCodingActions}
        />
      ))}
      {shownTurns.length === 0 && <p className="muted">No turn has this code.</p>}
    </div>
  );
}
