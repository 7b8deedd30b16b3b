// A merge's notes and conflict labels carry a code and their data, and the English catalogue entry for each code,
// filled with that data, reads exactly as the merge's English: the window and the CLI never say two things.
// In the other languages the same names land in a translated sentence.
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../../renderer/i18n/i18n';
import english from '../../../../renderer/i18n/locales/en/fieldwork.json';
import { sharedText } from '../../../../renderer/i18n/sharedText';
import {
  MERGE_TEXT_CODES,
  type MergeText,
  type MergeTextCode,
  type MergeTextValues,
  mergeText,
} from '../../../../shared/fieldwork';
import { exportPackage, item, officeReview, returned } from '../../shared/fieldwork/fieldworkHelpers';

const unnamed = mergeText('system.unnamed', {});
const gone = mergeText('system.gone', {});

/** Data for every sentence, with a system named and a system the merge can only describe. */
const SAMPLES: { [C in MergeTextCode]: MergeTextValues<C>[] } = {
  'removed-there-kept': [{ system: 'Risk score' }, { system: unnamed }],
  'removed-here-stays': [{ system: 'Risk score' }],
  'conflict.answer': [
    { item: 'p2.1', system: 'Risk score' },
    { item: 'p2.1', system: gone },
  ],
  'conflict.principle': [{ principle: 'p2', framework: 'cepej-charter-2018', system: 'Risk score' }],
  'conflict.system-removed-here': [{ system: 'Anonymiser' }],
  'conflict.profile': [{ system: 'Risk score' }],
  'conflict.finding': [{ description: 'No bias test', system: 'Risk score' }],
  'conflict.action': [{ description: 'Retrain', system: gone }],
  'system.gone': [{}],
  'system.unnamed': [{}],
};

function catalogued(entries: object, prefix = ''): string[] {
  return Object.entries(entries).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? catalogued(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** A review, a package of two of its systems, and work on both sides that leaves a conflict of every kind. */
async function mergeWithEveryConflict() {
  const { engine: office, ids } = await officeReview(['Risk score', 'Anonymiser', 'Chatbot']);
  const risk = ids['Risk score'] ?? '';
  const anonymiser = ids.Anonymiser ?? '';
  const chatbot = ids.Chatbot ?? '';
  const finding =
    office.dispatch({ type: 'addFinding', systemId: risk, severity: 'low', description: 'Logs kept too long.' }, 'O')
      .createdId ?? '';
  const action =
    office.dispatch({ type: 'addAction', systemId: risk, findingId: finding, description: 'Set retention' }, 'O')
      .createdId ?? '';
  const pkg = await exportPackage(office, [risk, anonymiser, chatbot]);
  const both = (command: (side: 'office' | 'package') => Parameters<typeof office.dispatch>[0]) => {
    office.dispatch(command('office'), 'Officer');
    pkg.dispatch(command('package'), 'A. Assessor');
  };
  both((side) => ({
    type: 'setAnswer',
    systemId: risk,
    itemId: item('p1.1'),
    status: side === 'office' ? 'compliant' : 'partial',
  }));
  both((side) => ({
    type: 'setPrincipleIntegration',
    systemId: risk,
    frameworkId: 'cepej-charter-2018',
    principleId: 'p2',
    level: side === 'office' ? 'partially_integrated' : 'fully_integrated',
  }));
  both((side) => ({ type: 'updateSystem', systemId: risk, changes: { purpose: `Purpose (${side})` } }));
  both((side) => ({
    type: 'updateFinding',
    findingId: finding,
    changes: { severity: side === 'office' ? 'high' : 'medium' },
  }));
  both((side) => ({ type: 'updateAction', actionId: action, changes: { owner: side } }));
  office.dispatch({ type: 'removeSystem', systemId: anonymiser }, 'Officer');
  pkg.dispatch({ type: 'setAnswer', systemId: anonymiser, itemId: item('p1.1'), status: 'compliant' }, 'A. Assessor');
  office.dispatch({ type: 'removeSystem', systemId: chatbot }, 'Officer');
  const removedThere = await exportPackage(office, [risk]);
  removedThere.dispatch({ type: 'removeSystem', systemId: risk }, 'A. Assessor');
  return office.previewMerge([returned(pkg, 'assessor.charter'), returned(removedThere, 'other.charter')]);
}

describe('the notes and conflict labels of a merge', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('read the same from the English catalogue as from the merge, for every code', () => {
    expect(catalogued(english.shared).sort()).toEqual([...MERGE_TEXT_CODES].sort());
    for (const code of MERGE_TEXT_CODES) {
      for (const values of SAMPLES[code] as MergeTextValues<typeof code>[]) {
        const text: MergeText = mergeText(code, values);
        expect(sharedText('fieldwork', text)).toBe(text.message);
      }
    }
  });

  it('are what a real merge reports, in English word for word', async () => {
    const report = await mergeWithEveryConflict();
    expect(new Set(report.conflicts.map((c) => c.describedLabel.code))).toEqual(
      new Set([
        'conflict.answer',
        'conflict.principle',
        'conflict.profile',
        'conflict.finding',
        'conflict.action',
        'conflict.system-removed-here',
      ]),
    );
    const notes = report.sources.flatMap((source) => source.describedNotes);
    expect(notes.map((note) => note.code).sort()).toEqual(['removed-here-stays', 'removed-there-kept']);
    expect(report.sources.flatMap((source) => source.notes)).toEqual(notes.map((note) => note.message));
    for (const conflict of report.conflicts) {
      expect(conflict.describedLabel.message).toBe(conflict.label);
      expect(sharedText('fieldwork', conflict.describedLabel)).toBe(conflict.label);
    }
    for (const note of notes) expect(sharedText('fieldwork', note)).toBe(note.message);
  });

  it('word the sentence in French around the names, and a described system too', async () => {
    await i18n.changeLanguage('fr');
    expect(
      sharedText('fieldwork', mergeText('conflict.finding', { description: 'No bias test', system: 'Risk score' })),
    ).toBe('le constat «\u00a0No bias test\u00a0» sur Risk score');
    expect(sharedText('fieldwork', mergeText('conflict.answer', { item: 'p2.1', system: gone }))).toBe(
      'p2.1 de [système qui ne figure plus dans l’évaluation]',
    );
  });
});
