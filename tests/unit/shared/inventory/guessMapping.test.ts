// Recognising columns from their headings in the four languages courts use, and what is never dropped.
import { describe, expect, it } from 'vitest';
import { guessMapping, mergeMappings, parseInventoryMapping } from '../../../../shared/inventory';

describe('guessMapping', () => {
  it.each([
    [
      'English',
      [
        'System name',
        'Court / Body',
        'Country',
        'Purpose',
        'Supplier',
        'Status',
        'Go-live',
        'Personal data?',
        'Users',
        'Hosting',
        'Contact',
        'Notes',
      ],
    ],
    [
      'French',
      [
        'Nom du système',
        'Juridiction',
        'Pays',
        'Finalité',
        'Fournisseur',
        'Statut',
        'Mise en service',
        'Données personnelles',
        'Utilisateurs',
        'Hébergement',
        'Contact',
        'Remarques',
      ],
    ],
    [
      'Azerbaijani',
      [
        'Sistemin adı',
        'Məhkəmə',
        'Ölkə',
        'Məqsəd',
        'Təchizatçı',
        'Mərhələ',
        'İstismara verilmə tarixi',
        'Şəxsi məlumatlar',
        'İstifadəçilər',
        'Hostinq',
        'Əlaqə',
        'Qeydlər',
      ],
    ],
    [
      'Russian',
      [
        'Название системы',
        'Суд',
        'Страна',
        'Назначение',
        'Поставщик',
        'Статус',
        'Дата запуска',
        'Персональные данные',
        'Пользователи',
        'Хостинг',
        'Контакт',
        'Примечания',
      ],
    ],
  ])('recognises the %s headings of a full inventory', (_language, headers) => {
    expect(Object.values(guessMapping(headers).columns)).toEqual([
      'name',
      'organisation',
      'country',
      'purpose',
      'provider',
      'stage',
      'goLive',
      'dataProcessed',
      'users',
      'hosting',
      'contact',
      'notes',
    ]);
  });

  it('ignores case, accents, punctuation and the Azerbaijani dotless ı', () => {
    const headers = ['SISTEMIN ADI', 'nom du systeme', 'PERSONAL DATA', 'Stage:', 'goLive', 'Stage'];
    expect(guessMapping(headers).columns).toEqual({
      'SISTEMIN ADI': 'name',
      'nom du systeme': 'custom',
      'PERSONAL DATA': 'dataProcessed',
      'Stage:': 'stage',
      goLive: 'goLive',
      Stage: 'custom',
    });
  });

  it('keeps columns it does not know as custom fields, and leaves out the keys the review manages', () => {
    expect(guessMapping(['name', 'Asset number', 'Budget 2026', 'id', 'createdAt']).columns).toEqual({
      name: 'name',
      'Asset number': 'custom',
      'Budget 2026': 'custom',
      id: 'ignore',
      createdAt: 'ignore',
    });
  });

  it('does not let a separate provider-name column clash with a combined supplier column', () => {
    expect(guessMapping(['System', 'Supplier', 'Vendor name']).columns).toEqual({
      System: 'name',
      Supplier: 'provider',
      'Vendor name': 'custom',
    });
  });
});

describe('a mapping the person gives', () => {
  it('wins over the guess; a guessed column that would write the same attribute is kept aside', () => {
    const guessed = guessMapping(['System name', 'Label', 'Status', 'Phase']);
    const merged = mergeMappings(
      guessed,
      parseInventoryMapping(
        '{ "columns": { "Label": "name", "phase": "stage" }, "values": { "stage": { "Live": "production" } } }',
      ),
    );
    expect(merged.columns).toEqual({ 'System name': 'custom', Label: 'name', Status: 'custom', phase: 'stage' });
    expect(merged.values).toEqual({ stage: { Live: 'production' } });
  });

  it('is refused with the place of the mistake when it names an unknown target', () => {
    expect(() => parseInventoryMapping('{ "columns": { "Status": "lifecycle" } }', 'mapping.json')).toThrow(
      /^mapping\.json is not a column mapping at columns\.Status: .*Nothing was imported/,
    );
    expect(() => parseInventoryMapping('{ columns: }', 'mapping.json')).toThrow(/is not valid JSON/);
  });
});
