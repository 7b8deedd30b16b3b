// The words inventories use for stages, providers and personal data, and values that are never guessed.
import { describe, expect, it } from 'vitest';
import {
  translateDataProcessed,
  translateLegalAreas,
  translateProvider,
  translateStage,
} from '../../../../shared/inventory/translateValues';

const value = <T>(v: T) => ({ kind: 'value', value: v });

describe('value translation', () => {
  it.each([
    ['Pilot', 'pilot'],
    ['Expérimentation', 'pilot'],
    ['Pilot layihə', 'pilot'],
    ['Пилот', 'pilot'],
    ['Production', 'production'],
    ['En production', 'production'],
    ['İstismarda', 'production'],
    ['Эксплуатация', 'production'],
    ['Idea', 'idea'],
    ['Idée', 'idea'],
    ['Projet', 'idea'],
    ['Retired', 'retired'],
    ['Retiré', 'retired'],
  ])('reads the stage "%s" as %s', (raw, stage) => {
    expect(translateStage(raw, {})).toEqual(value(stage));
  });

  it.each([
    ['In-house', { providerType: 'in_house', providerName: '' }],
    ['Interne', { providerType: 'in_house', providerName: '' }],
    ['Daxili', { providerType: 'in_house', providerName: '' }],
    ['Vendor: SpeechCo LLC', { providerType: 'vendor', providerName: 'SpeechCo LLC' }],
    ['Éditeur: LinguaJuris', { providerType: 'vendor', providerName: 'LinguaJuris' }],
    ['Supplier RiskLabs', { providerType: 'vendor', providerName: 'RiskLabs' }],
    ['In-house (Ministry IT)', { providerType: 'in_house', providerName: 'Ministry IT' }],
    ['SecureVision', { providerType: 'vendor', providerName: 'SecureVision' }],
  ])('reads the provider "%s"', (raw, provider) => {
    expect(translateProvider(raw, {})).toEqual(value(provider));
  });

  it.each([
    ['Yes', ['personal']],
    ['Oui', ['personal']],
    ['Bəli', ['personal']],
    ['Да', ['personal']],
    ['Yes (criminal data)', ['personal', 'criminal']],
    ['Yes (biometric)', ['personal', 'biometric']],
    ['Oui (données pénales)', ['personal', 'criminal']],
    ['biometric, health', ['personal', 'special_categories', 'biometric']],
    ['No', []],
    ['Non', []],
    ['Xeyr', []],
    ['Нет', []],
  ])('reads personal data "%s"', (raw, kinds) => {
    expect(translateDataProcessed(raw, {})).toEqual(value(kinds));
  });

  it('treats "unknown" and a dash as nothing stated, not as "none"', () => {
    expect(translateDataProcessed('Unknown', {})).toEqual({ kind: 'not-stated' });
    expect(translateStage('–', {})).toEqual({ kind: 'not-stated' });
  });

  it('reports a value it does not know, naming it and the words it would accept', () => {
    expect(translateStage('Live-ish', {})).toEqual({
      kind: 'unknown',
      message:
        '"Live-ish" is not a stage Charter Review recognises (idea, pilot, production, retired). Write one of these in the file, or translate "Live-ish" in the mapping (values.stage).',
      values: {
        value: 'Live-ish',
        what: { code: 'what.stage', message: 'a stage' },
        known: 'idea, pilot, production, retired',
        mappingKey: 'stage',
      },
    });
    expect(translateDataProcessed('Yes (judges’ names)', {}).kind).toBe('unknown');
    expect(translateLegalAreas('civil and space law', {}).kind).toBe('unknown');
  });

  it('uses the person’s own translations first, matched ignoring case and accents', () => {
    expect(translateStage('GO LIVE', { stage: { 'Go-live': 'production' } })).toEqual(value('production'));
    expect(translateStage('Pilot', { stage: { pilot: null } })).toEqual({ kind: 'not-stated' });
    expect(translateDataProcessed('Parties only', { dataProcessed: { 'parties only': ['personal'] } })).toEqual(
      value(['personal']),
    );
  });
});
