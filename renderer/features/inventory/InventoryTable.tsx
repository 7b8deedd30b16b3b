// The inventory as a keyboard-driven grid: only the rows in view are in the page, so 5,000 systems scroll
// smoothly. Arrows move, F2 or a double-click edits, Enter opens the checklist, Space ticks the row.
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type MouseEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SystemAttributes, SystemRecord, USE_CATEGORIES } from '../../../shared/model/system';
import { CellEditor } from './CellEditor';
import { INVENTORY_COLUMNS, type InventoryColumn } from './inventoryColumns';
import { useInventory } from './inventoryStore';

const ROW_HEIGHT = 40;
const HEADER_HEIGHT = 42;
const CHECK_WIDTH = 44;
const LAST_COLUMN = INVENTORY_COLUMNS.length;

export interface EditingCell {
  id: string;
  column: number;
}

export interface InventoryTableProps {
  shown: readonly SystemRecord[];
  editing: EditingCell | null;
  setEditing: (editing: EditingCell | null) => void;
  onSave: (system: SystemRecord, changes: Partial<SystemAttributes>) => void;
  onCategory: (system: SystemRecord, category: (typeof USE_CATEGORIES)[number] | null) => void;
  onOpen: (systemId: string) => void;
}

export function InventoryTable({ shown, editing, setEditing, onSave, onCategory, onOpen }: InventoryTableProps) {
  const { t } = useTranslation('inventory');
  const { sort, sortBy, activeId, activeColumn, setActive, checked, toggleChecked, setChecked, reveal } =
    useInventory();
  const scroller = useRef<HTMLDivElement>(null);
  /** Set when the keyboard (or the end of an edit) moved the current cell, so focus follows it once rendered. */
  const focusPending = useRef(false);

  // TanStack Virtual hands out new functions each render; this project does not use the React Compiler,
  // so nothing memoizes them and the compiler's warning does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The sticky header sits above the first row inside the same scrolling box.
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const spaceAbove = first ? first.start - HEADER_HEIGHT : 0;
  const spaceBelow = last ? virtualizer.getTotalSize() - last.end : 0;

  const activeIndex = activeId === null ? -1 : shown.findIndex((s) => s.id === activeId);
  const rendered = (index: number) =>
    first !== undefined && last !== undefined && index >= first.index && index <= last.index;
  // One cell of the grid is in the Tab order; when the current row has scrolled away, the first one in view is.
  const tabbableRow = activeIndex >= 0 && rendered(activeIndex) ? activeIndex : (first?.index ?? -1);

  // A row just added or duplicated: bring it into view and put the keyboard on it.
  const revealed = useRef(0);
  useEffect(() => {
    if (!reveal || reveal.nonce === revealed.current) return;
    const index = shown.findIndex((s) => s.id === reveal.id);
    if (index < 0) return;
    revealed.current = reveal.nonce;
    focusPending.current = true;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [reveal, shown, virtualizer]);

  useEffect(() => {
    if (!focusPending.current || activeId === null) return;
    const cell = scroller.current?.querySelector<HTMLElement>(
      `[data-cell="${CSS.escape(`${activeId}:${activeColumn}`)}"]`,
    );
    if (!cell) return;
    focusPending.current = false;
    (activeColumn === 0 ? (cell.querySelector('input') ?? cell) : cell).focus();
  });

  function moveTo(index: number, column: number) {
    const row = Math.max(0, Math.min(shown.length - 1, index));
    const system = shown[row];
    if (!system) return;
    focusPending.current = true;
    setActive(system.id, Math.max(0, Math.min(LAST_COLUMN, column)));
    virtualizer.scrollToIndex(row, { align: 'auto' });
  }

  function startEditing(system: SystemRecord, column: number) {
    if (column === 0) return;
    setActive(system.id, column);
    setEditing({ id: system.id, column });
  }

  function stopEditing() {
    focusPending.current = true;
    setEditing(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    if (editing) return;
    const from = activeIndex >= 0 ? activeIndex : tabbableRow;
    const system = shown[from];
    if (!system) return;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2);
    const onTickBox = event.target instanceof HTMLInputElement;
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(from + 1, activeColumn),
      ArrowUp: () => moveTo(from - 1, activeColumn),
      ArrowRight: () => moveTo(from, activeColumn + 1),
      ArrowLeft: () => moveTo(from, activeColumn - 1),
      PageDown: () => moveTo(from + page, activeColumn),
      PageUp: () => moveTo(from - page, activeColumn),
      Home: () => (event.ctrlKey ? moveTo(0, activeColumn) : moveTo(from, 0)),
      End: () => (event.ctrlKey ? moveTo(shown.length - 1, activeColumn) : moveTo(from, LAST_COLUMN)),
      Enter: () => onOpen(system.id),
      F2: () => startEditing(system, activeColumn),
      ' ': () => {
        // The tick-box handles its own Space.
        if (!onTickBox) toggleChecked(system.id, event.shiftKey, shown);
      },
    };
    const action = keys[event.key];
    if (!action || (onTickBox && event.key === ' ')) return;
    event.preventDefault();
    action();
  }

  const allTicked = shown.length > 0 && shown.every((s) => checked.has(s.id));
  const someTicked = !allTicked && shown.some((s) => checked.has(s.id));
  const width = CHECK_WIDTH + INVENTORY_COLUMNS.reduce((sum, c) => sum + c.width, 0);

  return (
    <div className="grid-scroller" ref={scroller}>
      <table
        className="inventory-grid"
        role="grid"
        aria-label={t('table.label')}
        aria-rowcount={shown.length + 1}
        aria-colcount={LAST_COLUMN + 1}
        aria-multiselectable="true"
        // Wider windows share out the extra room; narrower ones scroll sideways.
        style={{ width: '100%', minWidth: width }}
      >
        <colgroup>
          <col style={{ width: CHECK_WIDTH }} />
          {INVENTORY_COLUMNS.map((column) => (
            <col key={column.id} style={{ width: column.width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
            <th scope="col" className="tick-cell">
              <input
                type="checkbox"
                aria-label={t('table.tickAll')}
                checked={allTicked}
                ref={(input) => {
                  if (input) input.indeterminate = someTicked;
                }}
                onChange={() => setChecked(allTicked ? [] : shown.map((s) => s.id))}
              />
            </th>
            {INVENTORY_COLUMNS.map((column) => {
              const direction = sort?.column === column.id ? sort.direction : undefined;
              return (
                <th key={column.id} scope="col" aria-sort={direction ?? 'none'}>
                  <button type="button" className="sort-button" onClick={() => sortBy(column.id)}>
                    {column.label()}
                    <span className="sort-mark" aria-hidden="true">
                      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {spaceAbove > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={LAST_COLUMN + 1} style={{ height: spaceAbove }} />
            </tr>
          )}
          {items.map((item) => {
            const system = shown[item.index];
            if (!system) return null;
            const isActive = item.index === activeIndex;
            const isTicked = checked.has(system.id);
            const tabbable = item.index === tabbableRow;
            return (
              <tr
                key={system.id}
                aria-rowindex={item.index + 2}
                aria-selected={isTicked}
                className={`${isActive ? 'is-active' : ''} ${isTicked ? 'is-ticked' : ''}`}
                style={{ height: ROW_HEIGHT }}
              >
                <td
                  role="gridcell"
                  className="tick-cell"
                  data-cell={`${system.id}:0`}
                  onClick={() => setActive(system.id, 0)}
                >
                  <input
                    type="checkbox"
                    tabIndex={tabbable && activeColumn === 0 ? 0 : -1}
                    aria-label={t('table.tickRow', { name: system.name })}
                    checked={isTicked}
                    onChange={() => undefined}
                    onClick={(event: MouseEvent<HTMLInputElement>) => toggleChecked(system.id, event.shiftKey, shown)}
                  />
                </td>
                {INVENTORY_COLUMNS.map((column, index) => {
                  const columnNumber = index + 1;
                  const isEditing = editing?.id === system.id && editing.column === columnNumber;
                  const text = column.text(system);
                  return (
                    <td
                      key={column.id}
                      role="gridcell"
                      data-cell={`${system.id}:${columnNumber}`}
                      tabIndex={isEditing ? undefined : tabbable && activeColumn === columnNumber ? 0 : -1}
                      className={`${isEditing ? 'is-editing' : ''} ${isActive && activeColumn === columnNumber ? 'is-current' : ''}`}
                      title={isEditing || text === '' ? undefined : text}
                      onClick={() => {
                        if (!isEditing) setActive(system.id, columnNumber);
                      }}
                      onDoubleClick={() => startEditing(system, columnNumber)}
                    >
                      {isEditing ? (
                        <CellEditor
                          system={system}
                          column={column}
                          onSave={(changes) => {
                            onSave(system, changes);
                            stopEditing();
                          }}
                          onCategory={(category) => {
                            stopEditing();
                            onCategory(system, category);
                          }}
                          onCancel={stopEditing}
                        />
                      ) : (
                        <CellText column={column} system={system} text={text} />
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {spaceBelow > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={LAST_COLUMN + 1} style={{ height: spaceBelow }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function CellText({ column, system, text }: { column: InventoryColumn; system: SystemRecord; text: string }) {
  const { t } = useTranslation('inventory');
  if (text === '') return <span className="visually-hidden">{t('value.notStated')}</span>;
  if (column.id === 'stage' && system.stage) return <span className={`stage-pill stage-${system.stage}`}>{text}</span>;
  if (column.id === 'useCategory' && system.useCategory) {
    return <span className={`category-chip category-${system.useCategory}`}>{text}</span>;
  }
  return <span className={column.id === 'name' ? 'cell-name' : undefined}>{text}</span>;
}
