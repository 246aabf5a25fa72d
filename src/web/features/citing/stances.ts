import { useCallback, useState } from 'react';

export type Stance = 'supports' | 'contradicts';

/** The evidence picked for a new claim or finding: each cited item with its stance. */
export function useStances() {
  const [stances, setStances] = useState<Record<string, Stance>>({});
  const setStance = useCallback((id: string, stance: Stance | null) => {
    setStances((now) => {
      const next = { ...now };
      if (stance) next[id] = stance;
      else delete next[id];
      return next;
    });
  }, []);
  const clear = useCallback(() => setStances({}), []);
  return { stances, setStance, clear, count: Object.keys(stances).length };
}
