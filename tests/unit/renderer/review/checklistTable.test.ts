import { describe, expect, it } from 'vitest';
import { checklistTable } from '../../../../renderer/features/review/checklistTable';
import { newReview } from '../../helpers';

describe('checklistTable', () => {
  it('has one row per item of every framework, with the status and justification the review holds', async () => {
    const engine = await newReview();
    const systemId = engine.dispatch({ type: 'addSystem', attributes: { name: 'Transcription' } }).createdId ?? '';
    engine.dispatch({
      type: 'setAnswer',
      systemId,
      itemId: 'cepej-charter-2018/p2.1',
      status: 'partial',
      justification: 'Civil only.',
    });
    const checklist = engine.checklist(systemId);
    const table = checklistTable(checklist);
    const items = checklist.frameworks.flatMap((f) => f.principles.flatMap((p) => p.items));
    expect(table.rows).toHaveLength(items.length);
    const row = table.rows.find((r) => r[table.headers.indexOf('item')] === 'cepej-charter-2018/p2.1');
    expect(row?.[table.headers.indexOf('status')]).toBe('partial');
    expect(row?.[table.headers.indexOf('justification')]).toBe('Civil only.');
    expect(table.rows.filter((r) => r[table.headers.indexOf('status')] === 'not_reviewed')).toHaveLength(
      items.length - 1,
    );
  });
});
