import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { answer, api } from '../../api/client';
import type { FeedbackNarrative, Strategy } from '../../api/types';
import { ChangeReason } from '../../components/ChangeReason';
import { ConflictValues, useVersionedDraft } from '../../components/ConflictPanel';
import { FormActions } from '../../components/FormActions';
import { SavedWarnings, useSavedWarnings } from '../../components/SavedWarnings';
import { ErrorState, Loading } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { valueIn } from './labels';
import { useNarratives, useRefreshFeedback } from './queries';
import { useFeedbackScope } from './scope';

interface Section {
  /** As the API names it: "summary", "strategy:stg_…". */
  key: string;
  title: string;
  /** What its button names: "the summary". */
  what: string;
  hint: string;
}

/**
 * The sections of the report the team writes, beside what is generated: the summary that opens it,
 * an introduction, a narrative for each strategy and a closing. Each is versioned: an edit names the
 * version it was made on, and says why.
 */
export function Narratives({ strategies }: { strategies: readonly Strategy[] }) {
  const { place } = useFeedbackScope();
  const narratives = useNarratives(place, true);
  const headingId = useId();
  const sections: Section[] = [
    { key: 'summary', title: 'Summary', what: 'the summary', hint: 'Opens the report, beside the generated overview of what was intended and what was found.' },
    { key: 'introduction', title: 'Introduction', what: 'the introduction', hint: 'Before the strategies: what this year’s report is about.' },
    ...strategies.map((s, n) => ({
      key: `strategy:${s.id}`,
      title: `${n + 1}. ${s.name}`,
      what: 'the narrative of this strategy',
      hint: 'Opens the strategy’s part, before the reminder of its design and what was found.',
    })),
    { key: 'closing', title: 'Closing', what: 'the closing', hint: 'After the strategies.' },
  ];
  return (
    <section className="feedback-narratives" aria-labelledby={headingId}>
      <h2 id={headingId}>What the team writes in the report</h2>
      {narratives.isPending && <Loading what="the narratives" />}
      {narratives.isError && <ErrorState error={narratives.error} />}
      {narratives.data &&
        sections.map((s) => <NarrativeItem key={s.key} section={s} narrative={narratives.data.narratives.find((n) => n.section === s.key)} />)}
    </section>
  );
}

function NarrativeItem({ section, narrative }: { section: Section; narrative: FeedbackNarrative | undefined }) {
  const { canWrite } = useFeedbackScope();
  const [editing, setEditing] = useState(false);
  const saved = useSavedWarnings();
  const headingId = useId();
  return (
    <article className="narrative" aria-labelledby={headingId}>
      <h3 id={headingId}>{section.title}</h3>
      {narrative?.text ? (
        narrative.text.split(/\n\s*\n/).map((p, i) => (
          <p key={i} className="text">
            {p}
          </p>
        ))
      ) : (
        <p className="muted">Not written yet: the report leaves it out.</p>
      )}
      {narrative && (
        <p className="version muted">
          Version {narrative.version}, by {narrative.updatedBy}
        </p>
      )}
      {canWrite && !editing && (
        <p className="actions">
          <button type="button" className="secondary" aria-describedby={headingId} onClick={() => setEditing(true)}>
            {narrative ? 'Edit' : 'Write'} {section.what}
          </button>
        </p>
      )}
      {editing && (
        <NarrativeForm
          section={section}
          narrative={narrative}
          onDone={(warnings) => {
            setEditing(false);
            saved.heed(warnings);
          }}
        />
      )}
      <SavedWarnings warnings={saved.warnings} />
    </article>
  );
}

const textOf = (values: Record<string, unknown> | undefined) => ({ text: values ? valueIn(values, 'text') : '' });

/** Writing a section: the first time as version 1, afterwards as the next version of the one the edit started from. */
function NarrativeForm({
  section,
  narrative,
  onDone,
}: {
  section: Section;
  narrative: FeedbackNarrative | undefined;
  onDone: (warnings?: readonly string[]) => void;
}) {
  const { place } = useFeedbackScope();
  const refresh = useRefreshFeedback();
  const {
    busy,
    error,
    conflict,
    base,
    draft,
    setDraft,
    save: saveDraft,
    takeTheirs,
  } = useVersionedDraft<{ text: string }>(() => ({ values: textOf(narrative), version: narrative?.version }), { read: textOf, refresh });
  const [reason, setReason] = useState('');
  const dirty = draft.text !== base.values.text;
  useUnsavedChanges(dirty);
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('textarea')?.focus(), []);

  const save = async (version: number | undefined) => {
    let warnings: readonly string[] = [];
    const ok = await saveDraft(version, async () => {
      ({ warnings } = await answer(
        api.PUT('/api/districts/{id}/feedback-narratives', {
          params: { path: { id: place.districtId } },
          body: {
            cycle: place.cycle,
            section: section.key,
            text: draft.text,
            ...(version !== undefined && { expectedVersion: version }),
            ...(reason.trim() && { reason: reason.trim() }),
          },
        }),
      ));
    });
    if (ok) onDone(warnings);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(base.version);
  };
  const theirs = conflict && textOf(conflict.current);

  return (
    <form ref={form} className="feedback-form" onSubmit={submit} aria-label={`Write: ${section.title}`}>
      <span className="field wide">
        <label htmlFor={`${id}-text`}>{section.title}</label>
        <textarea id={`${id}-text`} rows={6} value={draft.text} aria-describedby={`${id}-hint`} onChange={(e) => setDraft({ text: e.target.value })} />
        <span id={`${id}-hint`} className="hint">
          {section.hint} Blank lines divide paragraphs; an empty text leaves the section out.
        </span>
      </span>
      {narrative && <ChangeReason id={id} value={reason} onChange={setReason} />}
      <FormActions submit="Save" busy={busy} nothingToSave={!dirty} onCancel={onDone} />
      {theirs && conflict && (
        <ConflictValues busy={busy} values={[[section.title, theirs.text]]} onSaveMine={() => void save(conflict.version)} onTakeTheirs={takeTheirs} />
      )}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
