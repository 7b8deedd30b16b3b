// Loads the findings, actions, evidence and sign-offs of the selected system, again after every change.
import { useEffect, useState } from 'react';
import { engineClient, useSession } from '../../app/session';
import type { SystemRecords } from '../../worker';

const EMPTY: SystemRecords = { findings: [], actions: [], evidence: [], signOffs: [] };

export function useSystemRecords(systemId: string): SystemRecords {
  // Every command adds an audit row, so the count changes whenever something may have changed.
  const revision = useSession((s) => s.info?.auditEntries ?? 0);
  const [records, setRecords] = useState<SystemRecords>(EMPTY);
  useEffect(() => {
    let live = true;
    if (!systemId) return;
    void engineClient()
      .systemRecords(systemId)
      .then((loaded) => {
        if (live) setRecords(loaded);
      })
      .catch(() => {
        if (live) setRecords(EMPTY);
      });
    return () => {
      live = false;
    };
  }, [systemId, revision]);
  return records;
}
