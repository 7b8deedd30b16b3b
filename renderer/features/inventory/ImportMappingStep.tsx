// The mapping step of the import wizard: what each column of the file feeds, how rows find systems already
// in the review, and what the values the importer did not recognise mean.
import { useId } from 'react';
import type { ColumnTarget, ImportKey, InventoryMapping, UnknownValue } from '../../../shared/inventory';
import type { InventoryFileView } from './InventoryImportSession';
import {
  TARGET_CHOICES,
  assignColumn,
  currentTranslation,
  setTranslation,
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
  const id = useId();
  const hasOrganisation = file.headers.some((h) => targetOf(mapping, h) === 'organisation');
  const customColumns = file.headers.filter((h) => targetOf(mapping, h) === 'custom');
  const key = keyValue(mapping.key);

  return (
    <div className="import-step">
      <p className="import-intro">
        <strong>{file.rowCount.toLocaleString()}</strong> {file.rowCount === 1 ? 'row' : 'rows'} in{' '}
        <strong>{file.fileName}</strong>
        {file.sheet ? ` (sheet “${file.sheet}”)` : ''}. Choose what each column feeds. A column kept as a custom field
        is stored with the system under its own heading; an ignored column is left out.
      </p>
      {remembered && (
        <p className="hint" role="note">
          These columns were mapped the way you confirmed last time for a file with the same headings.
        </p>
      )}

      <table className="mapping-table">
        <caption className="visually-hidden">Columns of the file and what each imports into</caption>
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Examples</th>
            <th scope="col">Imports into</th>
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
                  {(file.examples[index] ?? []).length === 0 && <span className="muted">(empty)</span>}
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
                    {TARGET_CHOICES.map((choice) => (
                      <option key={choice.target} value={choice.target}>
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

      <fieldset className="import-key">
        <legend>Match rows with systems already in the review by</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-key`}
            checked={key === KEY_NAME}
            onChange={() => onMappingChange({ ...mapping, key: keyFrom(KEY_NAME) })}
          />
          Name
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-key`}
            checked={key === KEY_NAME_ORGANISATION}
            disabled={!hasOrganisation}
            onChange={() => onMappingChange({ ...mapping, key: keyFrom(KEY_NAME_ORGANISATION) })}
          />
          Name and organisation
          {!hasOrganisation && <span className="muted"> (map a column to the organisation first)</span>}
        </label>
        {customColumns.map((header) => (
          <label key={header} className="checkbox">
            <input
              type="radio"
              name={`${id}-key`}
              checked={key === `column:${header}`}
              onChange={() => onMappingChange({ ...mapping, key: keyFrom(`column:${header}`) })}
            />
            The identifier in “{header}”
          </label>
        ))}
      </fieldset>

      {unknowns.length > 0 && (
        <section className="translations" aria-labelledby={`${id}-values`}>
          <h3 id={`${id}-values`}>Values to translate</h3>
          <p className="muted">
            Charter Review did not recognise these values. Say what each one means, or the rows that hold it are
            rejected. Your choice is remembered with the mapping.
          </p>
          <table className="mapping-table">
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Value in the file</th>
                <th scope="col">Rows</th>
                <th scope="col">Means</th>
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
                      <label htmlFor={selectId}>“{unknown.value}”</label>
                    </th>
                    <td className="muted">
                      {unknown.rows.slice(0, 5).join(', ')}
                      {unknown.rows.length > 5 ? ` and ${unknown.rows.length - 5} more` : ''}
                    </td>
                    <td>
                      <select
                        id={selectId}
                        value={chosen}
                        aria-invalid={chosen === ''}
                        onChange={(event) => onMappingChange(setTranslation(mapping, unknown, event.target.value))}
                      >
                        <option value="">Not translated (reject these rows)</option>
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
        <section className="import-warnings" aria-label="About how the file was read">
          <ul>
            {file.warnings.map((warning) => (
              <li key={warning.code + warning.message}>{warning.message}</li>
            ))}
          </ul>
        </section>
      )}

      {planError && (
        <div className="import-problem" role="alert">
          <strong>The columns cannot be imported like this</strong>
          <p>{planError}</p>
        </div>
      )}
    </div>
  );
}
