// Hands an export to the person through the host (a download in the browser, a save dialog on the desktop),
// named after the review and the day, and turns a failure into a notice that says nothing was changed.
import { appHost, useSession } from '../../app/session';
import { t } from '../../i18n/i18n';
import { exportFileName } from '../inventory/inventoryExport';
import { errorText } from '../../i18n/errorText';

export const MEDIA_TYPES = {
  csv: 'text/csv',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export type ExportFormat = keyof typeof MEDIA_TYPES;

/** "Baku courts 2026 - actions 2026-05-04.csv", handed to the host; false when the person cancelled. */
export function saveExport(what: string, format: ExportFormat, bytes: Uint8Array): Promise<boolean> {
  const title = useSession.getState().info?.title ?? t('exchange:untitledReview');
  return appHost().exportFile(exportFileName(title, what, format), MEDIA_TYPES[format], bytes);
}

export function describeFailure(error: unknown): string {
  return errorText(error);
}

/** Shows why an export or import did not happen; the review itself is never touched by either. */
export function showFailure(title: string, error: unknown): void {
  useSession.setState({ notice: { tone: 'error', title, message: describeFailure(error) } });
}
