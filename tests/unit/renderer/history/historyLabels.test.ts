// The history screen's words: a name for every kind of change, and which part of a long log is shown, in the
// interface's language.
import { afterEach, describe, expect, it } from 'vitest';
import { Command } from '../../../../shared/engine/commands';
import {
  COMMAND_LABELS,
  commandLabel,
  lastPageOffset,
  pageRangeText,
} from '../../../../renderer/features/history/historyLabels';
import { i18n } from '../../../../renderer/i18n/i18n';

describe('history labels', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('names every command type the engine accepts, and undo and redo', () => {
    const types = Command.options.map((option) => option.shape.type.value);
    for (const type of [...types, 'undo', 'redo']) {
      const label = commandLabel(type);
      expect(label).toBe(COMMAND_LABELS[type as keyof typeof COMMAND_LABELS]());
      // A name missing from the catalogue would show its key.
      expect(label, type).not.toContain('command.');
    }
    expect(commandLabel('setAnswer')).toBe('Answers');
  });

  it('reads the type of a command from a newer version of the app', () => {
    expect(commandLabel('mergeAssessorFile')).toBe('Merge assessor file');
  });

  it('says which entries a page shows, and where the last page starts', () => {
    expect(pageRangeText(0, 50, 1234)).toBe('1–50 of 1,234 changes');
    expect(pageRangeText(1200, 34, 1234)).toBe('1,201–1,234 of 1,234 changes');
    expect(pageRangeText(0, 1, 1)).toBe('1–1 of 1 change');
    expect(pageRangeText(0, 0, 0)).toBe('No changes');
    expect(lastPageOffset(1234, 50)).toBe(1200);
    expect(lastPageOffset(100, 50)).toBe(50);
    expect(lastPageOffset(0, 50)).toBe(0);
  });

  it('follows a switch of language without reloading', async () => {
    await i18n.changeLanguage('fr');
    expect(commandLabel('addFinding')).toBe('Constats ajoutés');
    expect(pageRangeText(0, 50, 1234)).toBe('1–50 sur 1\u202f234 modifications');
    expect(pageRangeText(0, 1, 1)).toBe('1–1 sur 1 modification');
    await i18n.changeLanguage('az');
    expect(commandLabel('addFinding')).toBe('Əlavə edilmiş aşkarlanmış məsələlər');
    expect(pageRangeText(0, 0, 0)).toBe('Dəyişiklik yoxdur');
    await i18n.changeLanguage('en');
    expect(commandLabel('addFinding')).toBe('Findings added');
  });
});
