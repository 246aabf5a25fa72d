import { useSearchParams } from 'react-router';

/**
 * A page's filters live in its address, so that a filtered view can be shared and comes back on
 * reload. `set` replaces one (an empty value removes it) and clears the ones that depend on it.
 */
export function useFilters() {
  const [params, setParams] = useSearchParams();
  const get = (key: string) => params.get(key) ?? '';
  const set = (key: string, value: string, clears: readonly string[] = []) => {
    // From the address as it is now, not as last rendered: the router renders in a transition, so a
    // second filter chosen before it has would otherwise put the first one back.
    const next = new URLSearchParams(window.location.search);
    if (value) next.set(key, value);
    else next.delete(key);
    for (const dependent of clears) next.delete(dependent);
    setParams(next, { replace: true });
  };
  return { get, set };
}

/** One filter: a labelled choice among options ([value, text]), with "All" unless `required`. */
export function FilterSelect({
  label,
  value,
  onChange,
  options,
  required = false,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: readonly (readonly [string, string])[];
  required?: boolean;
}) {
  const id = `filter-${label.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <span className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {!required && <option value="">All</option>}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </span>
  );
}
