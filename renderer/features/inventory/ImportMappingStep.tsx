// The mapping step of the import wizard: what each column of the file feeds, how rows find systems already
// in the review, and what the values the importer did not recognise mean.
import { useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ColumnTarget, ImportKey, InventoryMapping, UnknownValue } from '../../../shared/inventory';
import { sharedText } from '../../i18n/sharedText';
import type { InventoryFileView } from './InventoryImportSession';
import {
  TARGETS,
  assignColumn,
  currentTranslation,
  setTranslation,
  targetLabel,
  targetOf,
  translationAttribute,
  translationChoices,
} from './importWizardModel';

const KEY_NAME = 'name';
const KEY_NAME_ORGANISATION = 'name+organisation';

function keyValue(key: ImportKey | undefined): string {
  if (key === undefined) return KEY_NAME;
  return typeof key === 'string' ? key : `column:${key.column}`;
}

function keyFrom(value: string): ImportKey {
  if (value === KEY_NAME || value === KEY_NAME_ORGANISATION) return value;
  return { column: value.slice('column:'.length) };
}

export function ImportMappingStep({
  file,
  mapping,
  onMappingChange,
  remembered,
  unknowns,
  planError,
}: {
  file: InventoryFileView;
  mapping: InventoryMapping;
  onMappingChange: (mapping: InventoryMapping) => void;
  remembered: boolean;
  unknowns: readonly UnknownValue[];
  planError: string | null;
}) {
  const { t } = useTranslation('inventory');
  const id = useId();
  const hasOrganisation = file.headers.some((h) => targetOf(mapping, h) === 'organisation');
  const customColumns = file.headers.filter((h) => targetOf(mapping, h) === 'custom');
  const key = keyValue(mapping.key);

  return (
    <div className="import-step">
      <p className="import-intro">
        <Trans
          t={t}
          i18nKey={file.sheet ? 'mapping.introWithSheet' : 'mapping.intro'}
          count={file.rowCount}
          values={{ fileName: file.fileName, sheet: file.sheet }}
          components={{ strong: <strong /> }}
        />{' '}
        {t('mapping.introHelp')}
      </p>
      {remembered && (
        <p className="hint" role="note">
          {t('mapping.remembered')}
        </p>
      )}

      <table className="mapping-table">
        <caption className="visually-hidden">{t('mapping.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mapping.header.column')}</th>
            <th scope="col">{t('mapping.header.examples')}</th>
            <th scope="col">{t('mapping.header.target')}</th>
          </tr>
        </thead>
        <tbody>
          {file.headers.map((header, index) => {
            const target = targetOf(mapping, header);
            const selectId = `${id}-column-${index}`;
            return (
              <tr key={header} className={target === 'ignore' ? 'is-ignored' : undefined}>
                <th scope="row">
                  <label htmlFor={selectId}>{header}</label>
                </th>
                <td className="mapping-examples">
                  {(file.examples[index] ?? []).map((example) => (
                    <span key={example} className="example-chip" title={example}>
                      {example}
                    </span>
                  ))}
                  {(file.examples[index] ?? []).length === 0 && <span className="muted">{t('mapping.empty')}</span>}
                </td>
                <td>
                  <select
                    id={selectId}
                    value={target}
                    className={target === 'custom' || target === 'ignore' ? 'target-aside' : undefined}
                    onChange={(event) =>
                      onMappingChange(assignColumn(mapping, file.headers, header, event.target.value as ColumnTarget))
                    }
                  >
                    {TARGETS.map((choice) => (
                      <option key={choice} value={choice}>
                        {targetLabel(choice)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <fieldset className="import-key">
        <legend>{t('mapping.key.legend')}</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-key`}
            checked={key === KEY_NAME}
            onChange={() => onMappingChange({ ...mapping, key: keyFrom(KEY_NAME) })}
          />
          {t('mapping.key.name')}
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-key`}
            checked={key === KEY_NAME_ORGANISATION}
            disabled={!hasOrganisation}
            onChange={() => onMappingChange({ ...mapping, key: keyFrom(KEY_NAME_ORGANISATION) })}
          />
          {t('mapping.key.nameAndOrganisation')}
          {!hasOrganisation && <span className="muted"> {t('mapping.key.needsOrganisation')}</span>}
        </label>
        {customColumns.map((header) => (
          <label key={header} className="checkbox">
            <input
              type="radio"
              name={`${id}-key`}
              checked={key === `column:${header}`}
              onChange={() => onMappingChange({ ...mapping, key: keyFrom(`column:${header}`) })}
            />
            {t('mapping.key.identifier', { column: header })}
          </label>
        ))}
      </fieldset>

      {unknowns.length > 0 && (
        <section className="translations" aria-labelledby={`${id}-values`}>
          <h3 id={`${id}-values`}>{t('mapping.values.title')}</h3>
          <p className="muted">{t('mapping.values.help')}</p>
          <table className="mapping-table">
            <thead>
              <tr>
                <th scope="col">{t('mapping.values.header.column')}</th>
                <th scope="col">{t('mapping.values.header.value')}</th>
                <th scope="col">{t('mapping.values.header.rows')}</th>
                <th scope="col">{t('mapping.values.header.means')}</th>
              </tr>
            </thead>
            <tbody>
              {unknowns.map((unknown, index) => {
                const selectId = `${id}-value-${index}`;
                const chosen = currentTranslation(mapping, unknown);
                return (
                  <tr key={`${unknown.attribute}-${unknown.column}-${unknown.value}`}>
                    <td>{unknown.column}</td>
                    <th scope="row">
                      <label htmlFor={selectId}>{t('mapping.values.quoted', { value: unknown.value })}</label>
                    </th>
                    <td className="muted">
                      {unknown.rows.length > 5
                        ? t('mapping.values.rowsAndMore', {
                            rows: unknown.rows.slice(0, 5).join(', '),
                            count: unknown.rows.length - 5,
                          })
                        : unknown.rows.join(', ')}
                    </td>
                    <td>
                      <select
                        id={selectId}
                        value={chosen}
                        aria-invalid={chosen === ''}
                        onChange={(event) => onMappingChange(setTranslation(mapping, unknown, event.target.value))}
                      >
                        <option value="">{t('mapping.values.notTranslated')}</option>
                        {translationChoices(translationAttribute(unknown)).map((choice) => (
                          <option key={choice.value} value={choice.value}>
                            {choice.label}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}

      {file.warnings.length > 0 && (
        <section className="import-warnings" aria-label={t('fileWarnings')}>
          <ul>
            {file.warnings.map((warning) => (
              <li key={warning.code + warning.message}>{sharedText('inventory', warning)}</li>
            ))}
          </ul>
        </section>
      )}

      {planError && (
        <div className="import-problem" role="alert">
          <strong>{t('mapping.problem')}</strong>
          <p>{planError}</p>
        </div>
      )}
    </div>
  );
}
