// The inventory's words in each interface language: what the table shows, the importer reads back as the same
// value, so an inventory exported in French or Azerbaijani imports unchanged; and a language switch rewords at once.
import { afterEach, describe, expect, it } from 'vitest';
import { recogniseColumn } from '../../../../shared/inventory/columnNames';
import {
  translateAutomation,
  translateDataProcessed,
  translateLegalAreas,
  translateProvider,
  translateStage,
  translateUseCategory,
} from '../../../../shared/inventory/translateValues';
import {
  AUTOMATION_LEVELS,
  DATA_KINDS,
  LEGAL_AREAS,
  SYSTEM_STAGES,
  type SystemRecord,
  USE_CATEGORIES,
} from '../../../../shared/model/system';
import {
  INVENTORY_COLUMNS,
  STAGE_LABELS,
  automationLabel,
  categoryLabel,
  columnById,
  dataProcessedText,
  legalAreasText,
  providerText,
  stageLabel,
} from '../../../../renderer/features/inventory/inventoryColumns';
import { previewLines, previewReportCsv } from '../../../../renderer/features/inventory/importWizardModel';
import { type Language, LANGUAGES } from '../../../../renderer/i18n/languages';
import { switchLanguage } from '../../../../renderer/i18n/i18n';

const read = <T>(translation: { kind: string; value?: T }) => (translation.kind === 'value' ? translation.value : null);

afterEach(async () => {
  await switchLanguage('en');
});

describe.each(LANGUAGES.map(({ code }) => code))('in the %s interface', (language: Language) => {
  it('the importer reads every fixed choice back as the value it shows', async () => {
    await switchLanguage(language);
    for (const stage of SYSTEM_STAGES) expect(read(translateStage(stageLabel(stage), {}))).toBe(stage);
    for (const category of USE_CATEGORIES)
      expect(read(translateUseCategory(categoryLabel(category), {}))).toBe(category);
    for (const level of AUTOMATION_LEVELS) expect(read(translateAutomation(automationLabel(level), {}))).toBe(level);
    expect(read(translateDataProcessed(dataProcessedText([...DATA_KINDS]), {}))).toEqual([...DATA_KINDS]);
    expect(read(translateDataProcessed(dataProcessedText([]), {}))).toEqual([]);
    for (const area of LEGAL_AREAS) expect(read(translateLegalAreas(legalAreasText([area]), {}))).toEqual([area]);
    expect(read(translateLegalAreas(legalAreasText([]), {}))).toEqual([]);
  });

  it('the importer reads the provider cell back, with or without a name', async () => {
    await switchLanguage(language);
    for (const providerType of ['in_house', 'vendor'] as const) {
      for (const providerName of ['', 'SpeechCo']) {
        expect(read(translateProvider(providerText({ providerType, providerName }), {}))).toEqual({
          providerType,
          providerName,
        });
      }
    }
  });

  it('every column heading is one the importer recognises as its attribute', async () => {
    await switchLanguage(language);
    for (const column of INVENTORY_COLUMNS) expect(recogniseColumn(column.label())).toBe(column.id);
  });
});

describe('switching language', () => {
  it('rewords headings, cells, value lookups and the row report as soon as the language changes', async () => {
    const stage = columnById('stage');
    const pilot = { stage: 'pilot' } as SystemRecord;
    expect([stage.label(), stage.text(pilot), STAGE_LABELS.pilot]).toEqual(['Stage', 'Pilot', 'Pilot']);

    await switchLanguage('fr');

    expect([stage.label(), stage.text(pilot), STAGE_LABELS.pilot]).toEqual(['Stade', 'Pilote', 'Pilote']);
    const lines = previewLines([{ row: 3, outcome: 'duplicate', name: 'Chatbot', firstRow: 2 }]);
    expect(lines[0]?.details).toBe('Le même système qu’à la ligne 2\u00a0; cette ligne est ignorée');
    const report = new TextDecoder('utf-8', { ignoreBOM: true }).decode(previewReportCsv(lines));
    expect(report.startsWith('\uFEFFLigne,Résultat,Système,Colonne,Détails\r\n3,Doublon,Chatbot,,')).toBe(true);
  });
});
