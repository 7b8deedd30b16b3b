// Changes to every ticked row at once: the stage, or the Appendix II category with its reason. Each is one
// updateSystems command, so one undo reverts the whole selection.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SYSTEM_STAGES, type SystemRecord, USE_CATEGORIES } from '../../../shared/model/system';
import { useSession } from '../../app/session';
import { CategoryReasonDialog } from './CategoryReasonDialog';
import { categoryLabel, stageLabel } from './inventoryColumns';
import { useInventory } from './inventoryStore';

type Stage = (typeof SYSTEM_STAGES)[number];
type UseCategory = (typeof USE_CATEGORIES)[number];

export function BulkEditBar({ ticked }: { ticked: readonly SystemRecord[] }) {
  const { t } = useTranslation(['inventory', 'common']);
  const run = useSession((s) => s.run);
  const setChecked = useInventory((s) => s.setChecked);
  const [stage, setStage] = useState<Stage | ''>('');
  const [category, setCategory] = useState<UseCategory | ''>('');
  const [askReason, setAskReason] = useState(false);
  const id = useId();
  const count = ticked.length;

  async function applyStage() {
    if (stage === '') return;
    const applied = await run({
      type: 'updateSystems',
      changes: ticked.map((system) => ({ systemId: system.id, changes: { stage } })),
    });
    if (applied) setStage('');
  }

  async function applyCategory(reason: string) {
    if (category === '') return;
    setAskReason(false);
    const applied = await run({
      type: 'updateSystems',
      changes: ticked.map((system) => ({ systemId: system.id, changes: { useCategory: category } })),
      useCategoryReason: reason,
    });
    if (applied) setCategory('');
  }

  return (
    <section className="bulk-bar" aria-label={t('bulk.label')}>
      <strong className="bulk-count">{t('bulk.ticked', { count })}</strong>
      <div className="bulk-group">
        <label htmlFor={`${id}-stage`}>{t('bulk.setStage')}</label>
        <select id={`${id}-stage`} value={stage} onChange={(event) => setStage(event.target.value as Stage | '')}>
          <option value="">{t('bulk.choose')}</option>
          {SYSTEM_STAGES.map((value) => (
            <option key={value} value={value}>
              {stageLabel(value)}
            </option>
          ))}
        </select>
        <button type="button" disabled={stage === ''} onClick={() => void applyStage()}>
          {t('bulk.applyStage', { count })}
        </button>
      </div>
      <div className="bulk-group">
        <label htmlFor={`${id}-category`}>{t('bulk.setCategory')}</label>
        <select
          id={`${id}-category`}
          value={category}
          onChange={(event) => setCategory(event.target.value as UseCategory | '')}
        >
          <option value="">{t('bulk.choose')}</option>
          {USE_CATEGORIES.map((value) => (
            <option key={value} value={value}>
              {categoryLabel(value)}
            </option>
          ))}
        </select>
        <button type="button" disabled={category === ''} onClick={() => setAskReason(true)}>
          {t('bulk.applyCategory', { count })}
        </button>
      </div>
      <button type="button" className="button-quiet" onClick={() => setChecked([])}>
        {t('bulk.untickAll')}
      </button>
      {askReason && category !== '' && (
        <CategoryReasonDialog
          category={category}
          systemsLabel={t('common:count.systems', { count })}
          onConfirm={(reason) => void applyCategory(reason)}
          onCancel={() => setAskReason(false)}
        />
      )}
    </section>
  );
}
