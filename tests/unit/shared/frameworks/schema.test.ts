// The content format refuses scoping questions, Appendix II groups and links that the app could not honour.
import { describe, expect, it } from 'vitest';
import { builtInFramework } from '../../../../shared/frameworks/builtIn';
import { FrameworkContent, ScopingQuestion } from '../../../../shared/frameworks/schema';

const text = { en: 'x', fr: 'x' };

function cepejWith(changes: Record<string, unknown>): unknown {
  const cepej = builtInFramework('cepej-charter-2018');
  if (!cepej) throw new Error('The CEPEJ Charter content is missing.');
  return { ...cepej, ...changes };
}

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string {
  return (result.error?.issues ?? []).map((i) => i.message).join(' | ');
}

describe('content schema additions', () => {
  it('refuses a scoping option whose value the attribute does not have', () => {
    const result = ScopingQuestion.safeParse({
      id: 'automation',
      question: text,
      help: text,
      attribute: 'automation',
      choice: 'single',
      options: [
        { value: 'support', label: text },
        { value: 'autopilot', label: text },
      ],
    });
    expect(result.success).toBe(false);
    expect(messages(result)).toMatch(/"autopilot" is not a value of automation/);
  });

  it('refuses a scoping question on an attribute that does not exist', () => {
    const result = ScopingQuestion.safeParse({
      id: 'users',
      question: text,
      help: text,
      attribute: 'users',
      choice: 'single',
      options: [
        { value: 'public', label: text },
        { value: 'judges', label: text },
      ],
    });
    expect(result.success).toBe(false);
  });

  it('requires multiple choice for list attributes and single choice for the others', () => {
    const result = ScopingQuestion.safeParse({
      id: 'data',
      question: text,
      help: text,
      attribute: 'dataProcessed',
      choice: 'single',
      options: [
        { value: 'personal', label: text },
        { value: 'criminal', label: text },
      ],
    });
    expect(messages(result)).toMatch(/takes a multiple choice/);
  });

  it('refuses Appendix II groups that are missing, extra or out of order', () => {
    const categories = builtInFramework('cepej-charter-2018')?.useCategories ?? [];
    expect(FrameworkContent.safeParse(cepejWith({ useCategories: categories.slice(1) })).success).toBe(false);
    expect(FrameworkContent.safeParse(cepejWith({ useCategories: [...categories].reverse() })).success).toBe(false);
    expect(FrameworkContent.safeParse(cepejWith({ useCategories: categories })).success).toBe(true);
  });

  it('refuses two scoping questions that set the same attribute', () => {
    const scoping = builtInFramework('cepej-charter-2018')?.scoping ?? [];
    const twice = [...scoping, { ...scoping[0], id: 'again' }];
    expect(messages(FrameworkContent.safeParse(cepejWith({ scoping: twice })))).toMatch(
      /More than one scoping question sets/,
    );
  });

  it('refuses a crosswalk link to the same framework, and unknown fields', () => {
    const cepej = builtInFramework('cepej-charter-2018');
    if (!cepej) throw new Error('The CEPEJ Charter content is missing.');
    const [first, ...rest] = cepej.items;
    const selfLinked = cepejWith({ items: [{ ...first, related: ['cepej-charter-2018/p1.2'] }, ...rest] });
    expect(messages(FrameworkContent.safeParse(selfLinked))).toMatch(/in its own framework/);
    const extra = cepejWith({ items: [{ ...first, tags: ['x'] }, ...rest] });
    expect(FrameworkContent.safeParse(extra).success).toBe(false);
  });
});
