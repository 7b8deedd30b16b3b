import { describe, expect, it } from 'vitest';
import { builtInFrameworks } from '../../../shared/frameworks/builtIn';
import { runCliCaptured } from './runCliCaptured';

describe('charter-review frameworks', () => {
  it('lists all three built-in checklists with their item counts as JSON', async () => {
    const run = await runCliCaptured(['frameworks', '--json'], process.cwd());
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as {
      id: string;
      version: string;
      title: string;
      languages: string[];
      items: number;
      principles: { id: string; title: string; items: number }[];
    }[];
    expect(listed.map((f) => f.id)).toEqual(['cepej-charter-2018', 'eu-ai-act-deployer', 'huderia-2024']);
    for (const framework of listed) {
      const content = builtInFrameworks().find((f) => f.id === framework.id);
      expect(framework.items).toBe(content?.items.length);
      expect(framework.principles.reduce((sum, p) => sum + p.items, 0)).toBe(framework.items);
      expect(framework.languages).toEqual(expect.arrayContaining(['en', 'fr']));
    }
    expect(listed[0]?.items).toBeGreaterThanOrEqual(40);
    expect(listed[0]?.principles.map((p) => p.title)).toContain('Principle of non-discrimination');
  });

  it('gives the titles in French with --lang fr', async () => {
    const run = await runCliCaptured(['frameworks', '--lang', 'fr'], process.cwd());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Charte éthique européenne/);
  });
});
