// The shipped checklist content: every file validates, reads well in both languages, and keeps its published ids.
import { describe, expect, it } from 'vitest';
import cepejRaw from '../../../../shared/frameworks/content/cepej-charter-2018.json';
import aiActRaw from '../../../../shared/frameworks/content/eu-ai-act-deployer.json';
import huderiaRaw from '../../../../shared/frameworks/content/huderia-2024.json';
import { builtInFramework, builtInFrameworks, DEFAULT_FRAMEWORK_IDS } from '../../../../shared/frameworks/builtIn';
import { frameworkStats } from '../../../../shared/frameworks/frameworkStats';
import { type ApplicabilityRule, FrameworkContent } from '../../../../shared/frameworks/schema';
import { validateFrameworkSet } from '../../../../shared/frameworks/validateFrameworkSet';
import { RULE_ATTRIBUTES, USE_CATEGORIES } from '../../../../shared/model/system';
import published from './published-ids.json';

const RAW_FILES: Record<string, unknown> = {
  'cepej-charter-2018.json': cepejRaw,
  'eu-ai-act-deployer.json': aiActRaw,
  'huderia-2024.json': huderiaRaw,
};

function rulesIn(rule: ApplicabilityRule): { attribute: string; anyOf: string[] }[] {
  if ('attribute' in rule) return [rule];
  if ('all' in rule) return rule.all.flatMap(rulesIn);
  if ('any' in rule) return rule.any.flatMap(rulesIn);
  return rulesIn(rule.not);
}

function semverAtLeast(version: string, floor: string): boolean {
  const a = version.split('.').map(Number);
  const b = floor.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

const frameworks = builtInFrameworks();

function framework(id: string): FrameworkContent {
  const found = builtInFramework(id);
  if (!found) throw new Error(`Built-in framework ${id} is missing.`);
  return found;
}
const allItems = frameworks.flatMap((framework) => framework.items);

describe('built-in checklist content', () => {
  it.each(Object.entries(RAW_FILES))('%s validates against the content schema', (_name, raw) => {
    const result = FrameworkContent.safeParse(raw);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('ships the CEPEJ Charter, the AI Act deployer checklist and HUDERIA, and starts new reviews with the Charter only', () => {
    expect(frameworks.map((f) => f.id)).toEqual(['cepej-charter-2018', 'eu-ai-act-deployer', 'huderia-2024']);
    expect(DEFAULT_FRAMEWORK_IDS).toEqual(['cepej-charter-2018']);
    expect(builtInFramework('huderia-2024')?.version).toBe('1.0.0');
    expect(builtInFramework('nope')).toBeUndefined();
  });

  it('forms a consistent set: unique item ids, crosswalk links that exist and go both ways', () => {
    expect(validateFrameworkSet(frameworks)).toEqual([]);
    expect(new Set(allItems.map((i) => i.id)).size).toBe(allItems.length);
  });

  it('never loses a published item id (new ids may be added)', () => {
    for (const [frameworkId, snapshot] of Object.entries(published.frameworks)) {
      const content = builtInFramework(frameworkId);
      expect(content, `framework ${frameworkId} was published and must stay available`).toBeDefined();
      const present = new Set(content?.items.map((i) => i.id));
      expect(snapshot.items.filter((id) => !present.has(id))).toEqual([]);
      expect(semverAtLeast(content?.version ?? '0.0.0', snapshot.version)).toBe(true);
    }
  });

  it('keeps the meaning of the first CEPEJ items the engine tests rely on', () => {
    const byId = new Map(allItems.map((i) => [i.id, i]));
    expect(byId.get('cepej-charter-2018/p1.1')?.appliesWhen).toBeUndefined();
    expect(byId.get('cepej-charter-2018/p1.2')?.appliesWhen).toEqual({
      attribute: 'dataProcessed',
      anyOf: ['personal', 'special_categories', 'criminal', 'biometric'],
    });
    expect(byId.get('cepej-charter-2018/p5.1')?.appliesWhen).toEqual({
      attribute: 'automation',
      anyOf: ['support', 'decision'],
    });
  });

  it('has at least 40 CEPEJ items, and at least 8 under each of the five principles', () => {
    const cepej = framework('cepej-charter-2018');
    expect(cepej.items.length).toBeGreaterThanOrEqual(40);
    expect(cepej.principles.map((p) => p.code)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    for (const principle of frameworkStats(cepej).principles) {
      expect(principle.items, principle.id).toBeGreaterThanOrEqual(8);
    }
  });

  it('gives every principle at least one item', () => {
    for (const content of frameworks) {
      for (const principle of content.principles) {
        expect(
          content.items.some((i) => i.principle === principle.id),
          `${content.id}/${principle.id}`,
        ).toBe(true);
      }
    }
  });

  it('writes every question and its guidance in English and in French, with a reference', () => {
    for (const item of allItems) {
      for (const text of [item.question, item.guidance]) {
        expect(text.en.trim().length, item.id).toBeGreaterThan(20);
        expect(text.fr.trim().length, item.id).toBeGreaterThan(20);
        expect(text.fr, `${item.id} looks untranslated`).not.toBe(text.en);
      }
      expect(item.question.en.endsWith('?'), item.id).toBe(true);
      // French typography puts a space before the question mark.
      expect(item.question.fr.endsWith(' ?'), item.id).toBe(true);
      expect(item.references.length, item.id).toBeGreaterThan(0);
    }
  });

  it('explains every applicability rule, and every rule tests a real attribute with real values', () => {
    for (const item of allItems) {
      if (!item.appliesWhen) continue;
      expect(item.applicabilityNote, `${item.id} needs an applicabilityNote`).toBeDefined();
      for (const rule of rulesIn(item.appliesWhen)) {
        expect(Object.keys(RULE_ATTRIBUTES), item.id).toContain(rule.attribute);
        const allowed: readonly string[] = RULE_ATTRIBUTES[rule.attribute as keyof typeof RULE_ATTRIBUTES];
        expect(
          rule.anyOf.filter((v) => !allowed.includes(v)),
          item.id,
        ).toEqual([]);
      }
    }
  });

  it('links CEPEJ human control, AI Act human oversight and HUDERIA human control to one another', () => {
    const related = (id: string) => allItems.find((i) => i.id === id)?.related ?? [];
    expect(related('cepej-charter-2018/p5.1')).toEqual(
      expect.arrayContaining(['eu-ai-act-deployer/oversight.1', 'huderia-2024/safeguards.1']),
    );
    expect(related('eu-ai-act-deployer/oversight.1')).toEqual(
      expect.arrayContaining(['cepej-charter-2018/p5.1', 'huderia-2024/safeguards.1']),
    );
    expect(related('cepej-charter-2018/p2.1')).toContain('huderia-2024/safeguards.4');
    expect(related('cepej-charter-2018/p5.2')).toContain('eu-ai-act-deployer/information.2');
  });

  it('describes the four Appendix II groups of the CEPEJ Charter, with examples', () => {
    const categories = framework('cepej-charter-2018').useCategories ?? [];
    expect(categories.map((c) => c.id)).toEqual([...USE_CATEGORIES]);
    for (const category of categories) {
      expect(category.examples.length, category.id).toBeGreaterThan(0);
      expect(category.reference.section).toBe('Appendix II');
    }
  });

  it('lets the CEPEJ scoping questions set every attribute its applicability rules test', () => {
    const cepej = framework('cepej-charter-2018');
    const scoped = new Set(cepej.scoping?.map((q) => q.attribute));
    const tested = new Set(
      cepej.items.flatMap((i) => (i.appliesWhen ? rulesIn(i.appliesWhen) : [])).map((r) => r.attribute),
    );
    expect([...tested].filter((attribute) => !scoped.has(attribute as keyof typeof RULE_ATTRIBUTES))).toEqual([]);
  });

  it('offers a three-level integration scale per principle for the CEPEJ Charter', () => {
    const scale = framework('cepej-charter-2018').integrationScale;
    expect(scale?.levels.map((l) => l.id)).toEqual(['not_integrated', 'partially_integrated', 'fully_integrated']);
  });

  it('summarises each framework for listings, in the languages all of its texts are written in', () => {
    const stats = frameworks.map((f) => frameworkStats(f));
    expect(stats.map((s) => [s.id, s.languages])).toEqual([
      ['cepej-charter-2018', ['en', 'fr']],
      ['eu-ai-act-deployer', ['en', 'fr']],
      ['huderia-2024', ['en', 'fr']],
    ]);
    for (const s of stats) expect(s.principles.reduce((sum, p) => sum + p.items, 0)).toBe(s.items);
    expect(frameworkStats(framework('cepej-charter-2018'), 'fr').principles[3]?.title).toBe(
      "Principe de transparence, de neutralité et d'intégrité intellectuelle",
    );
  });
});
