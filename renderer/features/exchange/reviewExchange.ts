// Whole-review exchange from the interface: export the open review as JSON or as a workbook, and open a JSON
// export as a new review file. The work happens in the engine worker; files move through the host.
import { reviewFileName } from '../../../shared/host';
import { appHost, engineClient, useSession } from '../../app/session';
import { t } from '../../i18n/i18n';
import { saveExport, showFailure } from './saveExport';

/** Exports the open review; the review itself is only read. */
export async function exportWholeReview(format: 'json' | 'xlsx'): Promise<void> {
  useSession.setState({
    busy: format === 'json' ? t('exchange:wholeReview.exportingJson') : t('exchange:wholeReview.writingWorkbook'),
  });
  try {
    const bytes = format === 'json' ? await engineClient().exportReviewJson() : await engineClient().exportReviewXlsx();
    const what = format === 'json' ? t('exchange:wholeReview.fileReview') : t('exchange:wholeReview.fileWorkbook');
    await saveExport(what, format, bytes);
  } catch (error) {
    showFailure(t('exchange:wholeReview.exportFailed'), error);
  } finally {
    useSession.setState({ busy: null });
  }
}

/**
 * Asks for a JSON export, rebuilds the review from it in the worker, keeps it as a new review file (the host
 * asks where, or files it in the browser's storage) and opens that file the way any review is opened.
 * Nothing is written when the export is refused.
 */
export async function openJsonExportAsNewReview(): Promise<void> {
  const host = appHost();
  try {
    const picked = await host.pickFile({ title: t('exchange:wholeReview.openJsonTitle'), extensions: ['json'] });
    if (!picked) return;
    useSession.setState({ busy: t('exchange:wholeReview.readingExport'), notice: null });
    let created;
    try {
      const imported = await engineClient().importReviewJson(picked.bytes);
      created = await host.createReviewFile(reviewFileName(imported.title), imported.bytes);
    } finally {
      useSession.setState({ busy: null });
    }
    if (created) await useSession.getState().openRecent(created.key);
  } catch (error) {
    showFailure(t('exchange:wholeReview.openFailed'), error);
  }
}
