// "Export CSV" and "Export Excel" for any screen: the screen passes exactly the rows it shows (after its
// search and filters), so what the person sees is what the file holds. The workbook is written in the worker.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SheetTable, tableCsvBytes } from '../../../shared/exchange/workbook';
import { engineClient } from '../../app/session';
import { saveExport, showFailure } from './saveExport';

export interface ExportViewButtonsProps {
  /** Named in the file name and in messages, in the interface's language: "inventory", "actions". */
  what: string;
  /** The name of the workbook's only sheet. */
  sheetName: string;
  /**
   * The rows as the screen shows them. A function when building them costs something, or needs the engine
   * (a paged screen fetches every matching row): it runs only when a button is pressed.
   */
  table: SheetTable | (() => SheetTable | Promise<SheetTable>);
  disabled?: boolean;
}

export function ExportViewButtons({ what, sheetName, table, disabled = false }: ExportViewButtonsProps) {
  const { t } = useTranslation('exchange');
  const [exporting, setExporting] = useState<'csv' | 'xlsx' | null>(null);

  async function exportAs(format: 'csv' | 'xlsx') {
    setExporting(format);
    try {
      const rows = typeof table === 'function' ? await table() : table;
      const bytes = format === 'csv' ? tableCsvBytes(rows) : await engineClient().exportTableXlsx(rows, sheetName);
      await saveExport(what, format, bytes);
    } catch (error) {
      showFailure(t('viewExport.failed', { what }), error);
    } finally {
      setExporting(null);
    }
  }

  return (
    <div className="export-actions" role="group" aria-label={t('viewExport.group', { what })}>
      <button type="button" disabled={disabled || exporting !== null} onClick={() => void exportAs('csv')}>
        {exporting === 'csv' ? t('viewExport.exporting') : t('viewExport.csv')}
      </button>
      <button type="button" disabled={disabled || exporting !== null} onClick={() => void exportAs('xlsx')}>
        {exporting === 'xlsx' ? t('viewExport.exporting') : t('viewExport.excel')}
      </button>
    </div>
  );
}
