// Why a row of an answers spreadsheet is refused: every reason carries a code, and the English catalogue entry for
// that code, filled with the reason's data, reads exactly as the English the CLI prints. In the other languages the
// same data lands in a translated sentence.
import { afterEach, describe, expect, it } from 'vitest';
import { planAnswersImport } from '../../../../shared/engine/answersExchange';
import { readInventory } from '../../../../shared/inventory';
import { newReview } from '../../helpers';
import { i18n } from '../../../../renderer/i18n/i18n';
import english from '../../../../renderer/i18n/locales/en/exchange.json';
import { sharedText } from '../../../../renderer/i18n/sharedText';
import {
  ANSWERS_REFUSAL_CODES,
  type AnswersRefusal,
  type AnswersRefusalCode,
  type AnswersRefusalValues,
  answersRefusal,
  missingColumnsRefusal,
} from '../../../../shared/exchange/answersRefusals';

/** Data for every reason, as a spreadsheet could give it. */
const SAMPLES: { [C in AnswersRefusalCode]: AnswersRefusalValues<C> } = {
  'missing-columns': { columns: '"item", "status"' },
  'missing-system-column': {},
  'missing-columns-and-system': { columns: '"status"' },
  'ambiguous-system': { count: 2, name: 'Chatbot' },
  'unknown-system': { system: 'Search engine' },
  'unknown-item': { item: 'cepej-charter-2018/p9.9' },
  'unknown-status': { value: 'Mostly fine' },
  'justification-too-long': { length: 20001, maximum: 20000 },
};

describe('the reasons an answers import refuses a row', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('read the same from the English catalogue as from the import, for every code', () => {
    expect(Object.keys(english.shared).sort()).toEqual([...ANSWERS_REFUSAL_CODES].sort());
    for (const code of ANSWERS_REFUSAL_CODES) {
      const refusal = answersRefusal(4, code, SAMPLES[code] as AnswersRefusalValues<typeof code>);
      expect(refusal).toMatchObject({ row: 4, code });
      expect(sharedText('exchange', refusal)).toBe(refusal.message);
    }
  });

  it('name the header columns that are missing, whichever they are', () => {
    const refusals = [
      missingColumnsRefusal(1, { item: true, status: true, system: true }),
      missingColumnsRefusal(1, { item: true, status: false, system: false }),
      missingColumnsRefusal(1, { item: false, status: false, system: true }),
    ].filter((refusal): refusal is AnswersRefusal => refusal !== undefined);
    expect(refusals.map((refusal) => refusal.message)).toEqual([
      'The header row has no "item", "status", "system_id" or "system" column.',
      'The header row has no "item" column.',
      'The header row has no "system_id" or "system" column.',
    ]);
    for (const refusal of refusals) expect(sharedText('exchange', refusal)).toBe(refusal.message);
    expect(missingColumnsRefusal(1, { item: false, status: false, system: false })).toBeUndefined();
  });

  it('are what a real import refuses, in English word for word', async () => {
    const engine = await newReview();
    for (const name of ['Chatbot', 'Chatbot', 'Transcription'])
      engine.dispatch({ type: 'addSystem', attributes: { name } });
    const item = 'cepej-charter-2018/p1.1';
    const csv = [
      'system,item,status,justification',
      `Chatbot,${item},compliant,`,
      `Ghost,${item},compliant,`,
      `Transcription,cepej-charter-2018/p9.9,compliant,`,
      `Transcription,${item},Mostly fine,`,
      `Transcription,${item},partial,${'x'.repeat(20_001)}`,
    ].join('\n');
    const plan = async (text: string) => {
      const { table } = await readInventory(new TextEncoder().encode(text), { fileName: 'answers.csv' });
      return planAnswersImport(table, engine);
    };
    const refusals = [...(await plan(csv)).errors, ...(await plan('system,note\nChatbot,x\n')).errors];
    expect(refusals.map((refusal) => refusal.code)).toEqual([
      'ambiguous-system',
      'unknown-system',
      'unknown-item',
      'unknown-status',
      'justification-too-long',
      'missing-columns',
    ]);
    for (const refusal of refusals) expect(sharedText('exchange', refusal)).toBe(refusal.message);
  });

  it('word a reason in French around its data, and show a reason without a code as it is', async () => {
    await i18n.changeLanguage('fr');
    expect(sharedText('exchange', answersRefusal(7, 'unknown-item', { item: 'p9.9' }))).toBe(
      'Aucun point de liste de contrôle «\u00a0p9.9\u00a0» dans cette évaluation.',
    );
    expect(sharedText('exchange', answersRefusal(7, 'justification-too-long', { length: 20001, maximum: 20000 }))).toBe(
      'La justification compte 20\u202f001 caractères\u00a0; au plus 20\u202f000 sont conservés. Rien de cette ligne n’a été importé\u00a0: raccourcissez-la et importez-la à nouveau.',
    );
    expect(sharedText('exchange', { message: 'No system "X" in this review.' })).toBe('No system "X" in this review.');
  });
});
