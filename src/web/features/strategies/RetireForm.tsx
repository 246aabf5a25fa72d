import { RetireForm as Retire } from '../../components/RetireForm';
import { useRefreshStrategies } from './scope';

/** Retiring a strategy or an element: kept with its history, no longer part of the district's design. */
export function RetireForm({ id, what, onDone }: { id: string; what: string; onDone: () => void }) {
  const refresh = useRefreshStrategies();
  return (
    <Retire
      id={id}
      className="retire"
      label="Why retire it (kept in the history)"
      action={`Retire the ${what}`}
      onRetired={async () => {
        await refresh();
        onDone();
      }}
      onCancel={onDone}
    >
      <p>Retiring keeps the {what} and its history; it leaves the district's design and its documents.</p>
    </Retire>
  );
}
