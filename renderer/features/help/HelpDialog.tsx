// The help dialog: topics as vertical tabs (arrow keys, Home and End move between them), one panel each, and a way
// to run the first-run tour again.
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { HelpModal } from './HelpModal';
import { CharterHelp, FilesHelp, PrinciplesHelp, ScoringHelp } from './HelpSections';
import { HELP_SECTIONS, type HelpSectionId, tabAfterKey, useHelp } from './helpStore';
import { ShortcutList } from './ShortcutList';

const PANELS: Record<HelpSectionId, () => ReactNode> = {
  charter: () => <CharterHelp />,
  principles: () => <PrinciplesHelp />,
  scoring: () => <ScoringHelp />,
  shortcuts: () => <ShortcutList headingLevel={4} />,
  files: () => <FilesHelp />,
};

export function HelpDialog({ section }: { section: HelpSectionId }) {
  const { t } = useTranslation(['help', 'common']);
  const showSection = useHelp((s) => s.showSection);
  const close = useHelp((s) => s.close);
  const startTour = useHelp((s) => s.startTour);
  const id = useId();
  const tabs = useRef(new Map<HelpSectionId, HTMLButtonElement>());
  const tabId = (section: HelpSectionId) => `${id}-tab-${section}`;
  const panelId = (section: HelpSectionId) => `${id}-panel-${section}`;

  // The dialog opens on its current topic's tab, ready for the arrow keys (the browser would pick the first button).
  const openedOn = useRef(section);
  useEffect(() => {
    tabs.current.get(openedOn.current)?.focus();
  }, []);

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    const next = tabAfterKey(event.key, section);
    if (next === null) return;
    event.preventDefault();
    showSection(next);
    tabs.current.get(next)?.focus();
  }

  return (
    <HelpModal labelledBy={`${id}-title`} className="help-dialog" onClose={close}>
      <div className="help-head">
        <h2 id={`${id}-title`}>{t('dialog.title')}</h2>
        <button type="button" onClick={close}>
          {t('common:action.close')}
        </button>
      </div>
      <div className="help-body">
        <div className="help-layout">
          <div className="help-side">
            <div className="help-tabs" role="tablist" aria-orientation="vertical" aria-label={t('dialog.topics')}>
              {HELP_SECTIONS.map((s) => (
                <button
                  key={s}
                  ref={(element) => {
                    if (element) tabs.current.set(s, element);
                    else tabs.current.delete(s);
                  }}
                  type="button"
                  role="tab"
                  id={tabId(s)}
                  aria-selected={s === section}
                  aria-controls={panelId(s)}
                  tabIndex={s === section ? 0 : -1}
                  onClick={() => showSection(s)}
                  onKeyDown={onTabKey}
                >
                  {t(`section.${s}`)}
                </button>
              ))}
            </div>
            <button type="button" className="help-tour-button" onClick={startTour}>
              {t('dialog.takeTour')}
            </button>
          </div>
          {HELP_SECTIONS.map((s) => (
            <div
              key={s}
              role="tabpanel"
              id={panelId(s)}
              aria-labelledby={tabId(s)}
              hidden={s !== section}
              // Focusable so the keyboard can scroll a long topic.
              tabIndex={0}
              className="help-panel"
            >
              <h3>{t(`section.${s}`)}</h3>
              {s === section && PANELS[s]()}
            </div>
          ))}
        </div>
      </div>
    </HelpModal>
  );
}
