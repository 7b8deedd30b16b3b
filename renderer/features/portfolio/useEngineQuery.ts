// Loads a query from the engine worker for a screen, and again after every change to the review.
// Shared by the portfolio, actions and history screens; the last result stays shown while reloading.
import { useEffect, useState } from 'react';
import { engineClient, useSession } from '../../app/session';
import type { EngineClient } from '../../engine-client';
import { errorText } from '../../i18n/errorText';

export type QueryResult<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; message: string };

/** `load` must keep its identity between renders (useCallback) unless what it loads changed. */
export function useEngineQuery<T>(load: (engine: EngineClient) => Promise<T>): QueryResult<T> {
  // Every command, undo and redo adds an audit row, so the count changes whenever the data may have.
  const revision = useSession((s) => s.info?.auditEntries ?? 0);
  const [result, setResult] = useState<QueryResult<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load(engineClient()).then(
      (data) => {
        if (live) setResult({ status: 'ready', data });
      },
      (error: unknown) => {
        if (live) setResult({ status: 'failed', message: errorText(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [load, revision]);
  return result;
}
