// The Inventory screen: every AI system of the review in one table to search, filter, edit in place, add,
// duplicate, remove, tick for bulk changes and export; and the way in for a court's own spreadsheet.
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { SystemAttributes, SystemRecord, USE_CATEGORIES } from '../../../shared/model/system';
import { useSession } from '../../app/session';
import { ExportViewButtons } from '../exchange/ExportViewButtons';
import { BulkEditBar } from './BulkEditBar';
import { CategoryReasonDialog } from './CategoryReasonDialog';
import { ImportWizard } from './ImportWizard';
import { copyAttributes } from './inventoryColumns';
import { inventoryExportTable } from './inventoryExportTable';
import { useInventory } from './inventoryStore';
import { type EditingCell, InventoryTable } from './InventoryTable';
import { InventoryToolbar } from './InventoryToolbar';
import { visibleSystems } from './inventoryView';

type UseCategory = (typeof USE_CATEGORIES)[number];

export function InventoryScreen() {
  const { t, i18n } = useTranslation(['inventory', 'common']);
  const systems = useSession((s) => s.systems);
  const run = useSession((s) => s.run);
  const ui = useInventory();
  const shown = useMemo(
    () => visibleSystems(systems, ui.filters, ui.sort),
    // Search and sort read the cells as shown (translated), so the language changes which rows match and their order.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [systems, ui.filters, ui.sort, i18n.language],
  );
  const ticked = useMemo(() => shown.filter((s) => ui.checked.has(s.id)), [shown, ui.checked]);
  const active = shown.find((s) => s.id === ui.activeId) ?? null;
  const [editing, setEditing] = useState<EditingCell | null>(null);
  const [classifying, setClassifying] = useState<{ system: SystemRecord; category: UseCategory } | null>(null);
  const [newName, setNewName] = useState('');

  async function addSystem(event: FormEvent) {
    event.preventDefault();
    const name = newName.trim();
    if (name === '') return;
    const id = crypto.randomUUID();
    if (await run({ type: 'addSystem', id, attributes: { name } })) {
      setNewName('');
      // A new system must be seen: filters that would hide it are lifted.
      ui.clearFilters();
      ui.revealRow(id);
    }
  }

  async function duplicate(system: SystemRecord) {
    const id = crypto.randomUUID();
    if (await run({ type: 'addSystem', id, attributes: copyAttributes(system) })) ui.revealRow(id);
  }

  async function remove(system: SystemRecord) {
    const index = shown.findIndex((s) => s.id === system.id);
    const next = shown[index + 1] ?? shown[index - 1] ?? null;
    if (await run({ type: 'removeSystem', systemId: system.id })) {
      const seq = useSession.getState().undoState.undo?.seq;
      ui.setRemoved(seq === undefined ? null : { name: system.name, seq });
      ui.setActive(next?.id ?? null);
    }
  }

  async function openChecklist(systemId: string) {
    const { selectSystem, setView } = useSession.getState();
    await selectSystem(systemId);
    setView('checklists');
  }

  function save(system: SystemRecord, changes: Partial<SystemAttributes>) {
    void run({ type: 'updateSystem', systemId: system.id, changes });
  }

  function chooseCategory(system: SystemRecord, category: UseCategory | null) {
    if (category === system.useCategory) return;
    if (category === null) {
      void run({ type: 'classifyUse', systemId: system.id, useCategory: null, reason: '', source: 'reviewer' });
    } else setClassifying({ system, category });
  }

  return (
    <main className="inventory" aria-labelledby="inventory-title">
      <header className="inventory-header">
        <div>
          <h2 id="inventory-title" className="inventory-title">
            {t('screen.title')}
          </h2>
          <p className="muted inventory-lead">{t('screen.lead')}</p>
        </div>
        <div className="inventory-header-actions">
          <form className="inline-field add-system-inline" onSubmit={(event) => void addSystem(event)}>
            <label className="visually-hidden" htmlFor="inventory-new-system">
              {t('screen.newSystemName')}
            </label>
            <input
              id="inventory-new-system"
              value={newName}
              maxLength={300}
              placeholder={t('screen.newSystemName')}
              onChange={(event) => setNewName(event.target.value)}
            />
            <button type="submit" disabled={newName.trim() === ''}>
              {t('screen.addSystem')}
            </button>
          </form>
          <button type="button" className="button-primary" onClick={() => ui.setImportOpen(true)}>
            {t('screen.importSpreadsheet')}
          </button>
        </div>
      </header>

      {systems.length === 0 ? (
        <section className="inventory-empty" aria-labelledby="inventory-empty-title">
          <h3 id="inventory-empty-title">{t('screen.empty.title')}</h3>
          <p className="muted">{t('screen.empty.text')}</p>
          <div className="actions">
            <button type="button" className="button-primary" onClick={() => ui.setImportOpen(true)}>
              {t('screen.importSpreadsheet')}
            </button>
            <button type="button" onClick={() => document.getElementById('inventory-new-system')?.focus()}>
              {t('screen.empty.addByHand')}
            </button>
          </div>
        </section>
      ) : (
        <>
          <InventoryToolbar systems={systems} shownCount={shown.length} />
          <div className="inventory-actions">
            <section className="row-actions" aria-label={t('screen.row.label')}>
              <span className="row-actions-current">
                {active ? (
                  <>
                    <span className="muted">{t('screen.row.current')}</span> <strong>{active.name}</strong>
                  </>
                ) : (
                  <span className="muted">{t('screen.row.chooseRow')}</span>
                )}
              </span>
              <button type="button" disabled={!active} onClick={() => active && void openChecklist(active.id)}>
                {t('screen.row.openChecklist')}
              </button>
              <button type="button" disabled={!active} onClick={() => active && void duplicate(active)}>
                {t('screen.row.duplicate')}
              </button>
              <button type="button" disabled={!active} onClick={() => active && void remove(active)}>
                {t('common:action.remove')}
              </button>
            </section>
            <ExportViewButtons
              what={t('screen.export.fileName')}
              sheetName={t('screen.export.sheetName')}
              table={() => inventoryExportTable(shown)}
              disabled={shown.length === 0}
            />
          </div>
          {ticked.length > 0 && <BulkEditBar ticked={ticked} />}
          {shown.length === 0 ? (
            <div className="inventory-no-match">
              <p>{t('screen.noMatch')}</p>
              <button type="button" onClick={ui.clearFilters}>
                {t('toolbar.clearFilters')}
              </button>
            </div>
          ) : (
            <InventoryTable
              shown={shown}
              editing={editing}
              setEditing={setEditing}
              onSave={save}
              onCategory={chooseCategory}
              onOpen={(id) => void openChecklist(id)}
            />
          )}
          <p className="inventory-keys muted">
            <Trans t={t} i18nKey="screen.keys" components={{ kbd: <kbd /> }} />
          </p>
        </>
      )}

      <RemovedMessage />
      {classifying && (
        <CategoryReasonDialog
          category={classifying.category}
          systemsLabel={classifying.system.name}
          onCancel={() => setClassifying(null)}
          onConfirm={(reason) => {
            const { system, category } = classifying;
            setClassifying(null);
            void run({ type: 'classifyUse', systemId: system.id, useCategory: category, reason, source: 'reviewer' });
          }}
        />
      )}
      {ui.importOpen && <ImportWizard onClose={() => ui.setImportOpen(false)} />}
    </main>
  );
}

/** "System removed — Undo", for as long as undoing that removal is the next undo step. */
function RemovedMessage() {
  const { t } = useTranslation('inventory');
  const removed = useInventory((s) => s.removed);
  const setRemoved = useInventory((s) => s.setRemoved);
  const nextUndo = useSession((s) => s.undoState.undo?.seq);
  const undo = useSession((s) => s.undo);
  const current = removed !== null && nextUndo === removed.seq;

  useEffect(() => {
    if (!removed) return;
    const timer = setTimeout(() => setRemoved(null), 15_000);
    return () => clearTimeout(timer);
  }, [removed, setRemoved]);

  if (!removed || !current) return null;
  return (
    <div className="toast" role="status">
      <span>
        <Trans
          t={t}
          i18nKey="screen.removed.message"
          values={{ name: removed.name }}
          components={{ strong: <strong /> }}
        />
      </span>
      <button
        type="button"
        onClick={() => {
          setRemoved(null);
          void undo();
        }}
      >
        {t('screen.removed.undo')}
      </button>
      <button
        type="button"
        className="button-quiet"
        aria-label={t('screen.removed.dismiss')}
        onClick={() => setRemoved(null)}
      >
        ✕
      </button>
    </div>
  );
}
