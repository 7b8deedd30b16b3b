// Which items a reviewer is asked for a given system, over the shipped content.
import { describe, expect, it } from 'vitest';
import { itemApplies, type RuleSubject } from '../../../../shared/frameworks/applicability';
import { builtInFramework, builtInFrameworks } from '../../../../shared/frameworks/builtIn';

const UNKNOWN: RuleSubject = {
  stage: null,
  providerType: null,
  useCategory: null,
  automation: null,
  dataProcessed: null,
  legalAreas: null,
};

function applicableIds(frameworkId: string, system: RuleSubject): string[] {
  const framework = builtInFramework(frameworkId);
  if (!framework) throw new Error(`Built-in framework ${frameworkId} is missing.`);
  return framework.items.filter((item) => itemApplies(item.appliesWhen, system)).map((item) => item.id);
}

/** Every item of the framework except the listed local ids, in content order. */
function allExcept(frameworkId: string, excludedLocalIds: string[]): string[] {
  const excluded = new Set(excludedLocalIds.map((local) => `${frameworkId}/${local}`));
  const ids = builtInFramework(frameworkId)?.items.map((item) => item.id) ?? [];
  expect(ids, 'an excluded id that does not exist would make this test vacuous').toEqual(
    expect.arrayContaining([...excluded]),
  );
  return ids.filter((id) => !excluded.has(id));
}

/** Items that only concern systems which support or take decisions. */
const CEPEJ_DECISION_SUPPORT = ['p1.5', 'p1.7', 'p1.9', 'p4.8', 'p4.9', 'p5.1', 'p5.3', 'p5.4', 'p5.5', 'p5.7', 'p5.9'];

describe('applicability of the shipped items', () => {
  it('asks every item about a system whose attributes are still unknown', () => {
    for (const framework of builtInFrameworks()) {
      expect(applicableIds(framework.id, UNKNOWN)).toEqual(framework.items.map((item) => item.id));
    }
  });

  it('spares an in-house statistics dashboard the decision-support, supplier and reserved-use items', () => {
    const dashboard: RuleSubject = {
      stage: 'production',
      providerType: 'in_house',
      useCategory: 'encouraged',
      automation: 'information',
      dataProcessed: null,
      legalAreas: ['civil', 'commercial'],
    };
    expect(applicableIds('cepej-charter-2018', dashboard)).toEqual(
      allExcept('cepej-charter-2018', [...CEPEJ_DECISION_SUPPORT, 'p1.12', 'p3.7']),
    );
    expect(applicableIds('eu-ai-act-deployer', dashboard)).toEqual(
      allExcept('eu-ai-act-deployer', ['scope.4', 'information.2', 'information.3']),
    );
    expect(applicableIds('huderia-2024', dashboard)).toEqual(allExcept('huderia-2024', []));
  });

  it('keeps data items while the kinds of data processed are not stated, and drops them once "none" is stated', () => {
    const notStated: RuleSubject = { ...UNKNOWN, automation: 'information', legalAreas: ['civil'] };
    const dataItems = ['cepej-charter-2018/p1.2', 'cepej-charter-2018/p2.2', 'cepej-charter-2018/p1.10'];
    const ids = applicableIds('cepej-charter-2018', notStated);
    expect(ids).toEqual(expect.arrayContaining(dataItems));
    // Criminal-matters items stay too: the area is civil, but criminal data have not been ruled out.
    expect(ids).toContain('cepej-charter-2018/p1.8');

    const noPersonalData = applicableIds('cepej-charter-2018', { ...notStated, dataProcessed: [] });
    for (const id of dataItems) expect(noPersonalData).not.toContain(id);
    expect(noPersonalData).not.toContain('cepej-charter-2018/p1.8');
  });

  it('asks a supplier-built criminal risk score nearly everything, sparing only biometric and fully automated items', () => {
    const riskScore: RuleSubject = {
      stage: 'production',
      providerType: 'vendor',
      useCategory: 'extreme_reservations',
      automation: 'support',
      dataProcessed: ['personal', 'special_categories', 'criminal'],
      legalAreas: ['criminal'],
    };
    expect(applicableIds('cepej-charter-2018', riskScore)).toEqual(allExcept('cepej-charter-2018', ['p1.9', 'p1.10']));
    expect(applicableIds('eu-ai-act-deployer', riskScore)).toEqual(allExcept('eu-ai-act-deployer', []));
    expect(applicableIds('huderia-2024', riskScore)).toEqual(allExcept('huderia-2024', []));
  });

  it('spares a family-law information chatbot in pilot the criminal, biometric and decision items once its data kinds are known', () => {
    const chatbot: RuleSubject = {
      stage: 'pilot',
      providerType: 'in_house',
      useCategory: 'encouraged',
      automation: 'information',
      dataProcessed: ['personal'],
      legalAreas: ['family'],
    };
    expect(applicableIds('cepej-charter-2018', chatbot)).toEqual(
      allExcept('cepej-charter-2018', [...CEPEJ_DECISION_SUPPORT, 'p1.8', 'p1.10', 'p1.12', 'p2.9', 'p3.7']),
    );
  });

  it('leaves monitoring and incident items out until a system is piloted, and asks them again in use', () => {
    const design: RuleSubject = { ...UNKNOWN, stage: 'idea', automation: 'decision', dataProcessed: ['biometric'] };
    expect(applicableIds('cepej-charter-2018', design)).toEqual(
      allExcept('cepej-charter-2018', ['p2.7', 'p3.8', 'p5.9']),
    );
    expect(applicableIds('eu-ai-act-deployer', design)).toEqual(
      allExcept('eu-ai-act-deployer', ['operation.2', 'operation.4']),
    );
    expect(applicableIds('huderia-2024', design)).toEqual(allExcept('huderia-2024', ['review.2']));
    expect(applicableIds('cepej-charter-2018', { ...design, stage: 'production' })).toEqual(
      allExcept('cepej-charter-2018', []),
    );
  });
});
