import { createContext, type ReactNode, useCallback, useContext, useEffect, useId, useState } from 'react';
import { useBlocker } from 'react-router';

const QUESTION = 'You have changes that are not saved. Leave this page and lose them?';

const Report = createContext<(key: string, unsaved: boolean) => void>(() => {});

/**
 * While any editor on the page holds unsaved changes, leaving the page (a link, back, reload or
 * closing the tab) asks first. One guard for the whole app: the router allows one blocker.
 */
export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const [editors, report] = useUnsavedSet();
  const unsaved = editors.size > 0;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => unsaved && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(QUESTION)) blocker.proceed();
    else blocker.reset();
  }, [blocker]);
  useEffect(() => {
    if (!unsaved) return;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);
  return <Report.Provider value={report}>{children}</Report.Provider>;
}

/** Which of several editors (by key) hold unsaved changes, as they report it. */
export function useUnsavedSet(): [ReadonlySet<string>, (key: string, unsaved: boolean) => void] {
  const [keys, setKeys] = useState<ReadonlySet<string>>(new Set());
  const report = useCallback((key: string, unsaved: boolean) => {
    setKeys((now) => {
      if (now.has(key) === unsaved) return now;
      const next = new Set(now);
      if (unsaved) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  return [keys, report];
}

/** Tells the guard whether this editor holds changes that are not saved. */
export function useUnsavedChanges(unsaved: boolean): void {
  const report = useContext(Report);
  const key = useId();
  useEffect(() => {
    report(key, unsaved);
    return () => report(key, false);
  }, [report, key, unsaved]);
}
