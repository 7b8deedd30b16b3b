// The Appendix II classification assistant: plain answers in, a suggested group and its reason out.
import { describe, expect, it } from 'vitest';
import {
  suggestUseCategory,
  USE_CLASSIFICATION_QUESTION_IDS,
  USE_CLASSIFICATION_QUESTIONS,
  type UseClassificationAnswers,
} from '../../../../shared/frameworks/classifyUse';
import { USE_CATEGORIES } from '../../../../shared/model/system';

/** Every question answered "no" except the given ones. */
function onlyYes(...yes: (typeof USE_CLASSIFICATION_QUESTION_IDS)[number][]): UseClassificationAnswers {
  return Object.fromEntries(USE_CLASSIFICATION_QUESTION_IDS.map((id) => [id, yes.includes(id)]));
}

describe('suggestUseCategory', () => {
  it('places criminal profiling among the uses with the most extreme reservations, and says why in both languages', () => {
    const suggestion = suggestUseCategory(onlyYes('profiles-individuals-criminal'));
    expect(suggestion.category).toBe('extreme_reservations');
    expect(suggestion.decidedBy).toBe('profiles-individuals-criminal');
    expect(suggestion.reason.en).toMatch(/criminal matters/);
    expect(suggestion.reason.fr).toMatch(/matière pénale/);
    expect(suggestion.pending).toEqual([]);
  });

  it('encourages a case-law search engine', () => {
    expect(suggestUseCategory(onlyYes('information-only'))).toMatchObject({
      category: 'encouraged',
      decidedBy: 'information-only',
    });
  });

  it('asks for further study before predicting case outcomes or profiling judges', () => {
    expect(suggestUseCategory(onlyYes('predicts-outcomes')).category).toBe('further_study');
    expect(suggestUseCategory(onlyYes('profiles-judges')).category).toBe('further_study');
  });

  it('calls for considerable precautions for civil scales, dispute resolution and crime mapping', () => {
    for (const id of ['proposes-scales', 'supports-dispute-resolution', 'maps-crime'] as const) {
      expect(suggestUseCategory(onlyYes(id)).category, id).toBe('precautions');
    }
  });

  it('lets the most reserved use decide when a system does several things', () => {
    const suggestion = suggestUseCategory(
      onlyYes('information-only', 'predicts-outcomes', 'supports-dispute-resolution'),
    );
    expect(suggestion).toMatchObject({ category: 'further_study', decidedBy: 'predicts-outcomes' });
  });

  it('gives a provisional suggestion but lists the unanswered questions that could make it more reserved', () => {
    const suggestion = suggestUseCategory({ 'information-only': true, 'predicts-outcomes': false });
    expect(suggestion.category).toBe('encouraged');
    expect(suggestion.pending).toEqual([
      'profiles-individuals-criminal',
      'quantity-based-norm',
      'profiles-judges',
      'proposes-scales',
      'supports-dispute-resolution',
      'maps-crime',
    ]);
  });

  it('suggests nothing before any answer, and sends the reviewer to the examples when every answer is no', () => {
    const empty = suggestUseCategory({});
    expect(empty.category).toBeNull();
    expect(empty.pending).toHaveLength(USE_CLASSIFICATION_QUESTIONS.length);
    const none = suggestUseCategory(onlyYes());
    expect(none.category).toBeNull();
    expect(none.pending).toEqual([]);
    expect(none.reason.en).toMatch(/examples/);
  });

  it('asks at least one question for each Appendix II group, each in English and French', () => {
    expect(new Set(USE_CLASSIFICATION_QUESTIONS.map((q) => q.suggests))).toEqual(new Set(USE_CATEGORIES));
    expect(USE_CLASSIFICATION_QUESTIONS.map((q) => q.id)).toEqual([...USE_CLASSIFICATION_QUESTION_IDS]);
    for (const q of USE_CLASSIFICATION_QUESTIONS) {
      for (const text of [q.question, q.help, q.reason]) {
        expect(text.en.length, q.id).toBeGreaterThan(10);
        expect(text.fr.length, q.id).toBeGreaterThan(10);
      }
    }
  });
});
