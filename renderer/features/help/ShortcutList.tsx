// The shortcuts that work here, grouped by screen, with Ctrl or ⌘ as this computer writes them. Shown by the `?`
// overlay and by the help dialog's Keyboard shortcuts section.
import { Fragment, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { type Combo, type Platform, type Shortcut, detectPlatform, keyCaps, shortcutGroups } from './shortcuts';

/** The platform of this computer, read once: it does not change while the app runs. */
export const thisPlatform: Platform = detectPlatform(typeof navigator === 'undefined' ? undefined : navigator);

function KeyCombo({ combo, platform }: { combo: Combo; platform: Platform }) {
  const { t } = useTranslation('help');
  const caps = keyCaps(combo, platform);
  return (
    <kbd className="help-combo">
      {caps.map((cap, index) => (
        <Fragment key={index}>
          {index > 0 && platform !== 'mac' && <span aria-hidden="true">+</span>}
          <kbd className="help-key">
            {cap.symbol === null ? (
              t(`keys.${cap.name ?? 'space'}`)
            ) : cap.name === null ? (
              cap.symbol
            ) : (
              <>
                <span aria-hidden="true">{cap.symbol}</span>
                <span className="visually-hidden">{t(`keys.${cap.name}`)}</span>
              </>
            )}
          </kbd>
        </Fragment>
      ))}
    </kbd>
  );
}

function ShortcutKeys({ shortcut, platform }: { shortcut: Shortcut; platform: Platform }) {
  const { t } = useTranslation('help');
  return (
    <>
      {shortcut.combos.map((combo, index) => (
        <Fragment key={index}>
          {index > 0 && <span className="help-or"> {t('shortcuts.or')} </span>}
          <KeyCombo combo={combo} platform={platform} />
        </Fragment>
      ))}
    </>
  );
}

export function ShortcutList({ headingLevel }: { headingLevel: 3 | 4 }) {
  const { t } = useTranslation(['help', 'common']);
  const hostKind = useSession((s) => s.hostKind);
  const groups = useMemo(() => shortcutGroups(thisPlatform, hostKind), [hostKind]);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const idPrefix = useId();
  return (
    <div className="help-shortcuts">
      <p className="help-note">
        {t(hostKind === 'electron' ? 'shortcuts.shownFor.desktop' : 'shortcuts.shownFor.browser', {
          platform: t(`os.${thisPlatform}`),
        })}{' '}
        {t('shortcuts.typingNote')}
      </p>
      {groups.map((group) => (
        <section key={group.id} className="help-shortcut-group" aria-labelledby={`${idPrefix}-${group.id}`}>
          <Heading id={`${idPrefix}-${group.id}`}>{t(`shortcuts.group.${group.id}`)}</Heading>
          <dl className="help-shortcut-table">
            {group.shortcuts.map((shortcut, index) => (
              <div className="help-shortcut" key={`${shortcut.id}-${index}`}>
                <dt>
                  <ShortcutKeys shortcut={shortcut} platform={thisPlatform} />
                </dt>
                <dd>
                  {shortcut.id === 'answer' && shortcut.status
                    ? t('shortcuts.action.answer', { status: t(`common:status.${shortcut.status}`) })
                    : t(`shortcuts.action.${shortcut.id}`)}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
