// A look at an evidence file without leaving the app: pictures and plain text are shown; anything else
// (PDF, office documents) is saved as a copy to open in its own program. Nothing in the file runs:
// pictures go through <img>, text is shown as text.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceView } from '../../../shared/engine/recordQueries';
import { appHost, engineClient } from '../../app/session';
import { formatSize } from './formatSize';

/** Picture types every Chromium shows in <img>; SVG is left out on purpose (it is a document, not a picture). */
const PICTURE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp']);
const TEXT_TYPES = /^(text\/|application\/(json|xml|csv)$)/;
/** Shown of a long text file; the copy holds all of it. */
const TEXT_LIMIT = 200_000;

type Preview =
  | { kind: 'loading' }
  | { kind: 'picture'; url: string }
  | { kind: 'text'; text: string; cut: boolean }
  | { kind: 'gone' }
  /** A type this window does not show; the sentence is made when shown, in the language of the moment. */
  | { kind: 'none'; mediaType: string };

export function previewKind(mediaType: string): 'picture' | 'text' | 'none' {
  const type = mediaType.toLowerCase().split(';')[0]?.trim() ?? '';
  if (PICTURE_TYPES.has(type)) return 'picture';
  return TEXT_TYPES.test(type) ? 'text' : 'none';
}

export function EvidencePreview({ entry, onClose }: { entry: EvidenceView; onClose: () => void }) {
  const { t } = useTranslation(['review', 'common']);
  const dialog = useRef<HTMLDialogElement>(null);
  const [preview, setPreview] = useState<Preview>({ kind: 'loading' });

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  useEffect(() => {
    let url: string | undefined;
    let cancelled = false;
    void engineClient()
      .evidenceContent(entry.id)
      .then((file) => {
        if (cancelled) return;
        if (!file) return setPreview({ kind: 'gone' });
        const kind = previewKind(file.mediaType);
        if (kind === 'picture') {
          url = URL.createObjectURL(new Blob([file.content as Uint8Array<ArrayBuffer>], { type: file.mediaType }));
          setPreview({ kind: 'picture', url });
        } else if (kind === 'text') {
          const text = new TextDecoder('utf-8').decode(file.content.subarray(0, TEXT_LIMIT));
          setPreview({ kind: 'text', text, cut: file.content.length > TEXT_LIMIT });
        } else {
          setPreview({ kind: 'none', mediaType: file.mediaType });
        }
      });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [entry.id]);

  async function saveCopy() {
    const file = await engineClient().evidenceContent(entry.id);
    if (file) await appHost().exportFile(file.name, file.mediaType, file.content);
  }

  return (
    <dialog ref={dialog} className="dialog evidence-preview" aria-labelledby="evidence-preview-title" onClose={onClose}>
      <h2 id="evidence-preview-title">{entry.name}</h2>
      <p className="muted">
        {entry.mediaType || t('evidencePreview.unknownType')} · {formatSize(entry.size)}
        {' · SHA-256 '}
        <code>{entry.sha256}</code>
        {entry.addedBy && ` · ${t('evidencePreview.addedBy', { name: entry.addedBy })}`}
      </p>
      <div className="preview-body" tabIndex={0} aria-label={t('evidencePreview.contents')}>
        {preview.kind === 'loading' && <p>{t('common:state.loading')}</p>}
        {preview.kind === 'picture' && (
          <img src={preview.url} alt={t('evidencePreview.contentsOf', { name: entry.name })} />
        )}
        {preview.kind === 'text' && (
          <>
            <pre>{preview.text}</pre>
            {preview.cut && <p className="muted">{t('evidencePreview.cut')}</p>}
          </>
        )}
        {preview.kind === 'gone' && <p>{t('evidencePreview.gone')}</p>}
        {preview.kind === 'none' && (
          <p>{t('evidencePreview.cannotShow', { type: preview.mediaType || t('evidencePreview.typeUnknown') })}</p>
        )}
      </div>
      <div className="dialog-buttons">
        <button type="button" onClick={() => void saveCopy()}>
          {t('evidencePreview.saveCopy')}
        </button>
        <button type="button" onClick={() => dialog.current?.close()} autoFocus>
          {t('common:action.close')}
        </button>
      </div>
    </dialog>
  );
}
