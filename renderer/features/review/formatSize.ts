// File sizes as people read them, in the units and number style of the interface's language.
import { t } from '../../i18n/i18n';

export function formatSize(bytes: number): string {
  if (bytes < 1024) return t('review:size.bytes', { size: bytes });
  if (bytes < 1024 * 1024) return t('review:size.kilobytes', { size: bytes / 1024 });
  return t('review:size.megabytes', { size: bytes / 1024 / 1024 });
}
