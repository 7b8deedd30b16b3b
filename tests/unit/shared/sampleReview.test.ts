import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildSampleReview } from '../../../shared/onboarding/sampleReview';
import { newReview } from '../helpers';

describe('the sample review', () => {
  it('holds the twelve systems of the sample inventory, three of them partly answered, with a finding and an action', async () => {
    const engine = await newReview('Sample review');
    const csv = new Uint8Array(
      await readFile(new URL('../../../assets/samples/inventory-sample.csv', import.meta.url)),
    );
    await buildSampleReview(engine, csv, 'Sample officer');
    const systems = engine.systems();
    expect(systems).toHaveLength(12);
    const answered = systems.filter((s) => s.counts.not_reviewed < s.applicableItems);
    expect(answered).toHaveLength(3);
    expect(answered[0]?.counts.not_reviewed).toBe(0);
    expect(engine.findings()).toHaveLength(1);
    expect(engine.actions()).toHaveLength(1);
    // Everything that needs a justification has one, so the sample can be signed off as an exercise.
    for (const system of answered) {
      const items = engine.checklist(system.id).frameworks.flatMap((f) => f.principles.flatMap((p) => p.items));
      expect(items.filter((item) => item.needsJustification)).toEqual([]);
    }
    expect(engine.scores().portfolio.overall.coverage).toBeGreaterThan(0);
  });
});
