// The history screen names a merge by its files, with what it took and what it left open.
import { describe, expect, it } from 'vitest';
import { exportPackage, item, officeReview, returned } from './fieldworkHelpers';

describe('history of a merge', () => {
  it('names the returned file and counts the changes taken', async () => {
    const { engine, ids } = await officeReview(['Transcription']);
    const systemId = ids.Transcription ?? '';
    const assessor = await exportPackage(engine, [systemId]);
    assessor.dispatch({ type: 'setAnswer', systemId, itemId: item('p1.1'), status: 'compliant' }, 'Assessor');
    assessor.dispatch({ type: 'setAnswer', systemId, itemId: item('p2.1'), status: 'compliant' }, 'Assessor');
    engine.dispatch({ type: 'mergeReturnedFiles', sources: [returned(assessor, 'Ganja visit.charter')] }, 'Officer');
    expect(engine.history({ limit: 1 }).entries[0]?.summary).toBe('Merged Ganja visit.charter: 2 changes taken');
  });
});
