// The history in the reader's language: each entry's sentence and each change's field and values come from the
// history catalogue, filled with the data of the entry. In English they read exactly as the engine's summary,
// which the command line and exports print, so the two cannot drift apart.
import { afterEach, describe, expect, it } from 'vitest';
import { changeText, entrySentence, historyText } from '../../../../renderer/features/history/historyText';
import { i18n } from '../../../../renderer/i18n/i18n';
import { resources } from '../../../../renderer/i18n/resources';
import { Command } from '../../../../shared/engine/commands';
import {
  type DescribedEntry,
  HISTORY_ENGLISH,
  type HistoryValue,
  describeAuditRecord,
  historyNames,
  isHistoryList,
} from '../../../../shared/engine/historyQueries';
import { builtInFrameworks } from '../../../../shared/frameworks/builtIn';
import { SINGLE_ROWS, SYSTEM_NAMES, reviewWithEveryCommand } from './historyFixtures';

const frameworks = new Map(builtInFrameworks().map((f) => [f.id, f]));
const names = historyNames(frameworks, (id) => SYSTEM_NAMES.get(id));

/** Every entry of a review where every command ran, then the single rows of rarer variants. */
async function everyEntry(): Promise<(DescribedEntry & { command: string })[]> {
  const engine = await reviewWithEveryCommand();
  return [
    ...engine.history({ limit: 500 }).entries,
    ...SINGLE_ROWS.map((record) => ({ command: record.command, ...describeAuditRecord(record, names) })),
  ];
}

/** The message keys a value uses, sentences inside sentences included. */
function keysOf(value: HistoryValue, found = new Set<string>()): Set<string> {
  if (isHistoryList(value)) for (const part of value) keysOf(part, found);
  else if (typeof value === 'object' && 'key' in value) {
    found.add(value.key);
    for (const part of Object.values(value.values)) keysOf(part, found);
  }
  return found;
}

/** Every message of the English table, plural forms counted once. */
function allKeys(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key.replace(/_(one|other)$/, '')}`]
      : allKeys(value as object, `${prefix}${key}.`),
  );
}

/** The entry whose English summary reads `summary`. */
const entryNamed = (entries: readonly DescribedEntry[]) => (summary: string) => {
  const entry = entries.find((e) => e.summary === summary);
  if (!entry) throw new Error(`no entry “${summary}”`);
  return entry;
};

/** An entry as the screen shows it: its sentence, then each change as "field: before → after". */
const shown = (entry: DescribedEntry) => [
  entrySentence(entry),
  ...entry.changes.map((change) => {
    const { field, before, after } = changeText(change);
    return `${field}: ${before} → ${after}`;
  }),
];

describe('history in the reader’s language', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('keeps the English catalogue identical to the English the engine writes its summaries in', () => {
    const english = resources.en?.history as { entry: unknown; word: unknown };
    expect(english.entry).toEqual(HISTORY_ENGLISH.entry);
    expect(english.word).toEqual(HISTORY_ENGLISH.word);
  });

  it('reads every entry and every change in English exactly as the summary and values the engine wrote', async () => {
    const entries = await everyEntry();
    for (const entry of entries) {
      expect(entrySentence(entry), entry.command).toBe(entry.summary);
      for (const change of entry.changes) {
        expect(changeText(change), entry.summary).toEqual({
          field: change.field,
          before: change.before,
          after: change.after,
        });
      }
    }
  });

  it('is checked on every command type and every sentence of the catalogue', async () => {
    const entries = await everyEntry();
    const commands = new Set(entries.map((entry) => entry.command));
    for (const type of [...Command.options.map((option) => option.shape.type.value), 'undo', 'redo']) {
      expect(commands, type).toContain(type);
    }
    const used = new Set<string>();
    for (const entry of entries) {
      keysOf(entry.message, used);
      for (const { parts } of entry.changes) for (const part of Object.values(parts)) keysOf(part, used);
    }
    expect([...used].sort()).toEqual([...new Set(allKeys(HISTORY_ENGLISH.entry))].sort());
  });

  it('writes every sentence and value in French and in Azerbaijani, keeping names and texts as they were typed', async () => {
    const entries = await everyEntry();
    const english = entries.flatMap(shown);
    for (const language of ['fr', 'az']) {
      await i18n.changeLanguage(language);
      const texts = entries.flatMap(shown);
      // A missing message would show its key.
      expect(
        texts.filter((line) => /entry\.|word\.|history:/.test(line)),
        language,
      ).toEqual([]);
      // Only a command of a newer version, named after its type, reads the same in every language.
      const same = entries.filter((entry) => entrySentence(entry) === entry.summary).map((entry) => entry.command);
      expect(same, language).toEqual(['mergeAssessorFile']);
      expect(texts.length).toBe(english.length);
    }
  });

  it('says in French what was done, with French words for statuses, fields and states', async () => {
    const find = entryNamed(await everyEntry());
    await i18n.changeLanguage('fr');
    const answers = find('Set 2 answers of Case-law search from answers.csv');
    expect(shown(answers)).toEqual([
      '2 réponses données pour Case-law search à partir de answers.csv',
      'p1.1: Non évalué → Conforme',
      'p2.1: Non évalué → Non conforme',
    ]);
    expect(entrySentence(find('Set 1 answer of Hearing transcription'))).toBe(
      '1 réponse donnée pour Hearing transcription',
    );
    expect(
      entrySentence(
        find('Recorded a high-severity finding on p2.1 of Drafting assistant: “No bias tests. None planned.”'),
      ),
    ).toBe(
      'Constat de gravité élevée enregistré sur le point p2.1 pour Drafting assistant\u00a0: «\u00a0No bias tests. None planned.\u00a0»',
    );
    expect(shown(find('Marked the action “Run bias tests” of Drafting assistant as in progress'))).toEqual([
      'Action «\u00a0Run bias tests\u00a0» pour Drafting assistant\u00a0: état «\u00a0en cours\u00a0»',
      'État: Ouverte → En cours',
    ]);
    expect(entrySentence(find('Undid: Removed system Hearing transcription and its 2 answers'))).toBe(
      'Annulation\u00a0: Système retiré avec ses 2 réponses\u00a0: Hearing transcription',
    );
    // Checklist titles come from the checklist content, which has its own French.
    expect(entrySentence(find('Upgraded the checklist CEPEJ Ethical Charter (2018) to v9.1.0'))).toBe(
      'Liste de contrôle Charte éthique de la CEPEJ (2018) mise à niveau vers la v9.1.0',
    );
  });

  it('says in Azerbaijani what was done, and names a system no longer in the review', async () => {
    const find = entryNamed(await everyEntry());
    await i18n.changeLanguage('az');
    expect(
      entrySentence(find('Imported the inventory court-register.xlsx: 10 systems added, 2 updated, 1 row rejected')),
    ).toBe(
      'İnventar idxal edildi (court-register.xlsx): 10 sistem əlavə edildi, 2 sistem yeniləndi, 1 sətir rədd edildi',
    );
    expect(shown(find('Set 3 answers from answers.xlsx'))).toEqual([
      '3 cavab verildi (mənbə: answers.xlsx)',
      'p1.1 (Risk score): Qiymətləndirilməyib → Uyğundur',
      'p1.2 (Qiymətləndirmədən çıxarılmış sistem): Uyğundur → Uyğun deyil',
    ]);
    expect(shown(find('Changed court or organisation, data processed, budget of Drafting assistant'))).toEqual([
      'Drafting assistant üçün dəyişdirilən sahələr: məhkəmə və ya təşkilat, emal olunan məlumatlar, budget',
      'Məhkəmə və ya təşkilat: — → Civil court',
      'Emal olunan məlumatlar: Göstərilməyib → Şəxsi məlumatlar, Cinayət məlumatları',
      'Budget: — → 10k',
    ]);
  });

  it('formats counts the language’s way and picks the plural form', async () => {
    const sentence = { key: 'setAnswers.plain', values: { count: 1234 } } as const;
    expect(historyText(sentence)).toBe('Set 1,234 answers');
    await i18n.changeLanguage('fr');
    expect(historyText(sentence)).toBe('1\u202f234 réponses données');
    expect(historyText({ key: 'setAnswers.plain', values: { count: 1 } })).toBe('1 réponse donnée');
    expect(historyText({ key: 'setAnswers.plain', values: { count: 2_000_000 } })).toBe(
      '2\u202f000\u202f000 de réponses données',
    );
  });

  it('falls back to the English summary for a sentence this version has no message for', async () => {
    const entry = {
      summary: 'Sealed the review',
      message: { key: 'sealReview', values: {} },
    } as unknown as DescribedEntry;
    await i18n.changeLanguage('fr');
    expect(entrySentence(entry)).toBe('Sealed the review');
    // A word this version does not know reads as its code, made readable.
    expect(historyText({ word: 'stage', code: 'decommissioned' })).toBe('Decommissioned');
  });
});
