// A JSON export that cannot be trusted is refused before anything is written, with a message that names the
// place in the document: a newer format, missing fields, wrong types, repeated ids, changed evidence,
// references to rows that are not there.
import { beforeAll, describe, expect, it } from 'vitest';
import { ExchangeError, exportReviewJson, importReviewJson } from '../../../../shared/exchange';
import { bytesToBase64 } from '../../../../shared/exchange/base64';
import { loadSqlJs, newReview } from '../../helpers';

type Json = Record<string, unknown> & {
  systems: Record<string, unknown>[];
  answers: Record<string, unknown>[];
  evidence: Record<string, unknown>[];
  actions: Record<string, unknown>[];
  frameworks: Record<string, unknown>[];
};

let exported = '';

beforeAll(async () => {
  const engine = await newReview('Bad input');
  const ids = ['Chatbot', 'Transcription', 'Triage', 'Translation'].map(
    (name) => engine.dispatch({ type: 'addSystem', attributes: { name } }).createdId ?? '',
  );
  const [a = '', b = ''] = ids;
  engine.dispatch({ type: 'setAnswer', systemId: a, itemId: 'cepej-charter-2018/p1.1', status: 'compliant' });
  engine.dispatch({
    type: 'setAnswer',
    systemId: b,
    itemId: 'cepej-charter-2018/p1.2',
    status: 'partial',
    justification: 'x',
  });
  const finding =
    engine.dispatch({ type: 'addFinding', systemId: b, severity: 'low', description: 'Minor' }).createdId ?? '';
  engine.dispatch({ type: 'addAction', systemId: b, findingId: finding, description: 'Fix it' });
  engine.dispatch({
    type: 'addEvidence',
    systemId: a,
    name: 'policy.txt',
    mediaType: 'text/plain',
    content: new TextEncoder().encode('Human review of every output.'),
  });
  exported = exportReviewJson(engine);
  engine.close();
});

const fresh = (): Json => JSON.parse(exported) as Json;

async function refusal(document: unknown): Promise<ExchangeError> {
  const sql = await loadSqlJs();
  const input = typeof document === 'string' ? document : JSON.stringify(document);
  try {
    importReviewJson(sql, input);
  } catch (error) {
    if (error instanceof ExchangeError) return error;
    throw error;
  }
  throw new Error('The document was accepted');
}

describe('refused exports', () => {
  it('the untouched export is accepted (so each refusal below is caused by its change)', async () => {
    const imported = importReviewJson(await loadSqlJs(), exported);
    expect(imported.counts.systems).toBe(4);
  });

  it('a newer format version: asks to update the app', async () => {
    const error = await refusal({ ...fresh(), formatVersion: 2 });
    expect(error.code).toBe('newer-version');
    expect(error.path).toBe('formatVersion');
    expect(error.message).toMatch(/format version 2; this version reads up to 1\). Nothing was written/);
  });

  it('text that is not JSON, and JSON that is not an export', async () => {
    expect((await refusal(exported.slice(0, exported.length / 2))).code).toBe('not-an-export');
    expect((await refusal({ systems: [] })).code).toBe('not-an-export');
    expect((await refusal({ ...fresh(), format: 'something-else' })).path).toBe('format');
  });

  it('a missing field, named by its path', async () => {
    const document = fresh();
    delete document.systems[3]?.name;
    const error = await refusal(document);
    expect(error.code).toBe('invalid-export');
    expect(error.path).toBe('systems[3].name');
    expect(error.message).toContain('systems[3].name is missing (it should be text)');
  });

  it('a missing table and a missing review', async () => {
    const withoutAnswers: Record<string, unknown> = fresh();
    delete withoutAnswers.answers;
    expect((await refusal(withoutAnswers)).path).toBe('answers');
    const withoutReview: Record<string, unknown> = fresh();
    delete withoutReview.review;
    expect((await refusal(withoutReview)).path).toBe('review');
  });

  it('wrong types, with what was found', async () => {
    const document = fresh();
    document.systems[2] = { ...document.systems[2], position: '3' };
    const error = await refusal(document);
    expect(error.path).toBe('systems[2].position');
    expect(error.message).toContain('should be a number, not the text "3"');

    const fractional = fresh();
    fractional.systems[1] = { ...fractional.systems[1], position: 1.5 };
    expect((await refusal(fractional)).path).toBe('systems[1].position');

    const listInstead = fresh();
    (listInstead as Record<string, unknown>).systems = { first: listInstead.systems[0] };
    expect((await refusal(listInstead)).message).toContain('systems should be a list');
  });

  it('a value outside the list the schema allows, and a field the format does not have', async () => {
    const document = fresh();
    document.answers[1] = { ...document.answers[1], status: 'done' };
    const error = await refusal(document);
    expect(error.path).toBe('answers[1].status');
    expect(error.message).toContain('is the text "done", but it must be "not_reviewed", or "compliant"');

    const extra = fresh();
    extra.systems[0] = { ...extra.systems[0], colour: 'red' };
    const unknown = await refusal(extra);
    expect(unknown.path).toBe('systems[0]');
    expect(unknown.message).toContain('"colour"');
  });

  it('duplicate ids and duplicate answers', async () => {
    const document = fresh();
    document.systems[2] = { ...document.systems[2], id: document.systems[0]?.id };
    const error = await refusal(document);
    expect(error.path).toBe('systems[2].id');
    expect(error.message).toContain('systems[0] has the same id');

    const twice = fresh();
    twice.answers.push({ ...twice.answers[0] });
    const repeated = await refusal(twice);
    expect(repeated.path).toBe('answers[2].systemId');
    expect(repeated.message).toContain('each combination may appear only once');
  });

  it('evidence whose content no longer matches its SHA-256 or its size', async () => {
    const document = fresh();
    const changed = new TextEncoder().encode('Human review of every outpuT.');
    document.evidence[0] = { ...document.evidence[0], content: bytesToBase64(changed) };
    const error = await refusal(document);
    expect(error.code).toBe('damaged');
    expect(error.path).toBe('evidence[0].sha256');

    const cut = fresh();
    cut.evidence[0] = { ...cut.evidence[0], content: bytesToBase64(new TextEncoder().encode('Human review')) };
    expect(await refusal(cut)).toMatchObject({ code: 'damaged', path: 'evidence[0].size' });

    const notBase64 = fresh();
    notBase64.evidence[0] = { ...notBase64.evidence[0], content: 'not base64!' };
    expect(await refusal(notBase64)).toMatchObject({ code: 'invalid-export', path: 'evidence[0].content' });
  });

  it('checklist content changed after the export', async () => {
    const document = fresh();
    const framework = document.frameworks[0] ?? {};
    document.frameworks[0] = { ...framework, content: String(framework.content).replace('Charter', 'Chart') };
    expect(await refusal(document)).toMatchObject({ code: 'damaged', path: 'frameworks[0].content' });
  });

  it('references to systems, items and findings that are not in the document', async () => {
    const document = fresh();
    document.answers[0] = { ...document.answers[0], systemId: 'no-such-system' };
    const error = await refusal(document);
    expect(error.path).toBe('answers[0].systemId');
    expect(error.message).toContain('refers to "no-such-system", but systems has no entry with id "no-such-system"');

    const item = fresh();
    item.answers[1] = { ...item.answers[1], itemId: 'cepej-charter-2018/p9.9' };
    expect((await refusal(item)).path).toBe('answers[1].itemId');

    const finding = fresh();
    finding.actions[0] = { ...finding.actions[0], findingId: 'gone' };
    expect((await refusal(finding)).path).toBe('actions[0].findingId');
  });
});
