import { describe, expect, it } from 'vitest';
import { anonymiseModel } from '../../../../shared/reports/anonymise';
import type { ReportModel } from '../../../../shared/reports/ReportModel';

/** Just enough of a model to carry names in the places the walk visits. */
function modelWith(fields: Record<string, unknown>): ReportModel {
  return { kind: 'system', language: 'en', ...fields } as unknown as ReportModel;
}

const pseudonym = (n: number) => `Person ${n}`;

describe('anonymising a report', () => {
  it('gives each person one number everywhere, whatever the case or spacing of the name', () => {
    const model = modelWith({
      people: { assessors: ['Leyla Aliyeva'], reviewers: ['Anna Smith'] },
      actions: [{ owner: 'leyla  aliyeva', description: 'Ask Anna Smith, then Leyla Aliyeva.' }],
    });
    const result = anonymiseModel(model, ['Leyla Aliyeva', 'Anna Smith'], pseudonym) as unknown as {
      people: { assessors: string[]; reviewers: string[] };
      actions: { owner: string; description: string }[];
      anonymised: boolean;
    };
    expect(result.people).toEqual({ assessors: ['Person 1'], reviewers: ['Person 2'] });
    expect(result.actions[0]).toEqual({ owner: 'Person 1', description: 'Ask Person 2, then Person 1.' });
    expect(result.anonymised).toBe(true);
  });

  it('prefers the longer name, matches whole words only and leaves identifiers and hashes alone', () => {
    const model = modelWith({
      signOffs: [{ person: 'Anna Smith', statement: 'Anna checked it; Annabel did not.' }],
      review: { file: { name: 'anna.charter', sha256: 'anna' } },
      systems: [{ id: 'anna', name: 'Anna' }],
    });
    const result = anonymiseModel(model, ['Anna', 'Anna Smith'], pseudonym) as unknown as {
      signOffs: { person: string; statement: string }[];
      review: { file: { name: string; sha256: string } };
      systems: { id: string; name: string }[];
    };
    expect(result.signOffs[0]).toEqual({ person: 'Person 1', statement: 'Person 2 checked it; Annabel did not.' });
    expect(result.review.file).toEqual({ name: 'Person 2.charter', sha256: 'anna' });
    expect(result.systems[0]).toEqual({ id: 'anna', name: 'Person 2' });
  });

  it('treats names as text, not patterns', () => {
    const model = modelWith({ people: { assessors: ['A. (Deputy) Clerk', 'Ab Clerk'] } });
    const result = anonymiseModel(model, ['A. (Deputy) Clerk'], pseudonym) as unknown as {
      people: { assessors: string[] };
    };
    expect(result.people.assessors).toEqual(['Person 1', 'Ab Clerk']);
  });
});
