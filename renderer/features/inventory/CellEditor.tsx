// Editing one cell of the inventory in place: a text field, a list of choices, or tick-boxes for the kinds
// of data. Enter or leaving the field saves, Escape gives up; each save is one updateSystem command.
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_KINDS, type SystemAttributes, type SystemRecord, USE_CATEGORIES } from '../../../shared/model/system';
import { type InventoryColumn, categoryLabel, dataKindLabel } from './inventoryColumns';

type DataKind = (typeof DATA_KINDS)[number];
type UseCategory = (typeof USE_CATEGORIES)[number];

export interface CellEditorProps {
  system: SystemRecord;
  column: InventoryColumn;
  /** Saves the change; resolves once the review has it. */
  onSave: (changes: Partial<SystemAttributes>) => void;
  /** A use category needs a reason, asked for in its own dialog. */
  onCategory: (category: UseCategory | null) => void;
  onCancel: () => void;
}

export function CellEditor(props: CellEditorProps) {
  const { column } = props;
  switch (column.editor.kind) {
    case 'text':
      return <TextEditor {...props} editor={column.editor} />;
    case 'choice':
      return <ChoiceEditor {...props} editor={column.editor} />;
    case 'category':
      return <CategoryEditor {...props} />;
    case 'dataKinds':
      return <DataKindsEditor {...props} />;
  }
}

const stop = (event: KeyboardEvent) => event.stopPropagation();
// i18n-exempt: the name of a key, not words
const ESCAPE = 'Escape';

function TextEditor({
  system,
  column,
  editor,
  onSave,
  onCancel,
}: CellEditorProps & { editor: Extract<InventoryColumn['editor'], { kind: 'text' }> }) {
  const { t } = useTranslation('inventory');
  const original = column.text(system);
  const [value, setValue] = useState(original);
  const done = useRef(false);
  const problemId = useId();
  const empty = editor.required === true && value.trim() === '';

  function save() {
    if (done.current) return;
    if (empty) return;
    done.current = true;
    if (value.trim() === original.trim()) onCancel();
    else onSave(editor.toChanges(value));
  }

  return (
    <span className="cell-editor">
      <input
        // Focus moves into the field as it appears: the person asked to edit this cell.
        autoFocus
        value={value}
        maxLength={editor.maxLength}
        aria-label={t('cell.of', { column: column.label(), system: system.name })}
        aria-invalid={empty}
        aria-describedby={empty ? problemId : undefined}
        onChange={(event) => setValue(event.target.value)}
        onFocus={(event) => event.target.select()}
        onKeyDown={(event) => {
          stop(event);
          if (event.key === 'Enter') {
            event.preventDefault();
            save();
          } else if (event.key === ESCAPE) {
            event.preventDefault();
            done.current = true;
            onCancel();
          }
        }}
        onBlur={() => {
          if (empty) {
            done.current = true;
            onCancel();
          } else save();
        }}
      />
      {empty && (
        <span id={problemId} className="cell-problem" role="alert">
          {t('cell.nameRequired')}
        </span>
      )}
    </span>
  );
}

function ChoiceEditor({
  system,
  column,
  editor,
  onSave,
  onCancel,
}: CellEditorProps & { editor: Extract<InventoryColumn['editor'], { kind: 'choice' }> }) {
  const { t } = useTranslation('inventory');
  const options = editor.options();
  const current = options.find((option) => option.label === column.text(system))?.value ?? '';
  return (
    <span className="cell-editor">
      <select
        autoFocus
        defaultValue={current}
        aria-label={t('cell.of', { column: column.label(), system: system.name })}
        onChange={(event) => onSave(editor.toChanges(event.target.value))}
        onKeyDown={(event) => {
          stop(event);
          if (event.key === ESCAPE || event.key === 'Enter') {
            event.preventDefault();
            onCancel();
          }
        }}
        onBlur={onCancel}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}

function CategoryEditor({ system, column, onCategory, onCancel }: CellEditorProps) {
  const { t } = useTranslation('inventory');
  return (
    <span className="cell-editor">
      <select
        autoFocus
        defaultValue={system.useCategory ?? ''}
        aria-label={t('cell.of', { column: column.label(), system: system.name })}
        onChange={(event) => onCategory(event.target.value === '' ? null : (event.target.value as UseCategory))}
        onKeyDown={(event) => {
          stop(event);
          if (event.key === ESCAPE || event.key === 'Enter') {
            event.preventDefault();
            onCancel();
          }
        }}
        onBlur={onCancel}
      >
        <option value="">{t('value.notClassified')}</option>
        {USE_CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {categoryLabel(category)}
          </option>
        ))}
      </select>
    </span>
  );
}

/** null: not stated; []: none of these kinds; otherwise the kinds ticked. */
function DataKindsEditor({ system, column, onSave, onCancel }: CellEditorProps) {
  const { t } = useTranslation(['inventory', 'common']);
  const [kinds, setKinds] = useState<DataKind[] | null>(system.dataProcessed);
  const box = useRef<HTMLFieldSetElement>(null);
  const legendId = useId();

  useEffect(() => {
    box.current?.querySelector('input')?.focus();
  }, []);

  const toggle = (kind: DataKind, on: boolean) =>
    setKinds((current) => {
      const next = new Set(current ?? []);
      if (on) next.add(kind);
      else next.delete(kind);
      return DATA_KINDS.filter((k) => next.has(k));
    });

  const save = () => {
    const before = JSON.stringify(system.dataProcessed);
    if (JSON.stringify(kinds) === before) onCancel();
    else onSave({ dataProcessed: kinds });
  };

  return (
    <fieldset
      ref={box}
      className="cell-popover"
      aria-labelledby={legendId}
      onKeyDown={(event) => {
        stop(event);
        if (event.key === ESCAPE) {
          event.preventDefault();
          onCancel();
        } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
          event.preventDefault();
          save();
        }
      }}
      onBlur={(event) => {
        // Leaving the whole box (not moving between its tick-boxes) saves, as leaving a text field does.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) save();
      }}
    >
      <legend id={legendId}>{t('cell.of', { column: column.label(), system: system.name })}</legend>
      {DATA_KINDS.map((kind) => (
        <label key={kind} className="checkbox">
          <input
            type="checkbox"
            checked={kinds?.includes(kind) ?? false}
            onChange={(event) => toggle(kind, event.target.checked)}
          />
          {dataKindLabel(kind)}
        </label>
      ))}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={kinds !== null && kinds.length === 0}
          onChange={(event) => setKinds(event.target.checked ? [] : null)}
        />
        {t('cell.noneOfThese')}
      </label>
      <div className="cell-popover-actions">
        <button type="button" className="button-small" onClick={() => setKinds(null)}>
          {t('value.notStated')}
        </button>
        <button type="button" className="button-small button-primary" onClick={save}>
          {t('common:action.done')}
        </button>
      </div>
    </fieldset>
  );
}
