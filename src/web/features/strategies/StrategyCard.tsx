import { type ReactNode, useId, useState } from 'react';
import type { Assessment, Strategy } from '../../api/types';
import { AssessmentPanel } from './AssessmentPanel';
import { ElementForm } from './ElementForm';
import { ElementItem } from './ElementItem';
import { ELEMENT_KINDS, type ElementKind, KIND_GROUPS } from './elements';
import { EvidenceList } from './EvidenceList';
import { EvidencePicker } from './EvidencePicker';
import { RetireForm } from './RetireForm';
import { SavedWarnings, useSavedWarnings } from '../../components/SavedWarnings';
import { StrategyForm } from './StrategyForm';

interface Props {
  strategy: Strategy;
  number: number;
  assessments: readonly Assessment[];
  canWrite: boolean;
}

/** One of the district's strategies: its goal, what it envisions, supports and holds to account, and why the team thinks so. */
export function StrategyCard({ strategy, number, assessments, canWrite }: Props) {
  const [mode, setMode] = useState<'read' | 'edit' | 'retire'>('read');
  const saved = useSavedWarnings();
  const headingId = useId();
  const title = `Strategy ${number}: ${strategy.name}`;
  return (
    <section className="strategy" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="goal">
        <span className="label">Goal:</span> {strategy.goal}
      </p>
      {canWrite && mode === 'read' && (
        <p className="actions">
          <button type="button" className="secondary" aria-describedby={headingId} onClick={() => setMode('edit')}>
            Edit the name and goal
          </button>
          <button type="button" className="secondary" aria-describedby={headingId} onClick={() => setMode('retire')}>
            Retire the strategy
          </button>
        </p>
      )}
      {mode === 'edit' && (
        <StrategyForm
          strategy={strategy}
          onDone={(warnings) => {
            setMode('read');
            saved.heed(warnings);
          }}
        />
      )}
      <SavedWarnings warnings={saved.warnings} />
      {mode === 'retire' && <RetireForm id={strategy.id} what="strategy" onDone={() => setMode('read')} />}

      <Group title="Evidence for the strategy">
        <EvidenceList evidence={strategy.evidence} label={`Evidence for strategy ${number}`} canWrite={canWrite} />
        {canWrite && <EvidencePicker citingId={strategy.id} what={`strategy ${number}`} evidence={strategy.evidence} />}
      </Group>
      {ELEMENT_KINDS.map((kind) => (
        <ElementGroup key={kind} kind={kind} strategy={strategy} canWrite={canWrite} />
      ))}
      {canWrite && <AddElement strategyId={strategy.id} describedBy={headingId} />}
      <Group title="In-house assessment" className="in-house">
        <p className="in-house-notice">The team's own judgement: never shown to partners.</p>
        {(['instruction', 'enablement'] as const).map((aspect) => (
          <AssessmentPanel
            key={aspect}
            aspect={aspect}
            strategyId={strategy.id}
            assessment={assessments.find((a) => a.aspect === aspect && a.strategyId === strategy.id)}
            headingLevel={4}
          />
        ))}
      </Group>
    </section>
  );
}

function Group({ title, className = '', children }: { title: string; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={`strategy-group ${className}`} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function ElementGroup({ kind, strategy, canWrite }: { kind: ElementKind; strategy: Strategy; canWrite: boolean }) {
  const elements = strategy.elements.filter((e) => e.kind === kind);
  return (
    <Group title={KIND_GROUPS[kind]} className={kind}>
      {elements.length === 0 ? (
        <p className="muted">None documented yet.</p>
      ) : (
        <ol className="elements">
          {elements.map((e) => (
            <ElementItem key={e.id} element={e} canWrite={canWrite} />
          ))}
        </ol>
      )}
    </Group>
  );
}

function AddElement({ strategyId, describedBy }: { strategyId: string; describedBy: string }) {
  const [open, setOpen] = useState(false);
  const saved = useSavedWarnings();
  if (!open) {
    return (
      <>
        <SavedWarnings warnings={saved.warnings} />
        <p className="actions">
          <button type="button" aria-describedby={describedBy} onClick={() => setOpen(true)}>
            Add a practice, support or accountability relation
          </button>
        </p>
      </>
    );
  }
  return (
    <ElementForm
      strategyId={strategyId}
      onDone={(warnings) => {
        setOpen(false);
        saved.heed(warnings);
      }}
    />
  );
}
