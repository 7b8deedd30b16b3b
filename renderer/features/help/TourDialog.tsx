// The first-run tour: a few steps on what the app does and how to begin, walked with Next and Back (or skipped).
// Each step puts the focus on its heading, so a screen reader reads the new step at once.
import { useEffect, useId, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { HelpModal } from './HelpModal';
import { thisPlatform } from './ShortcutList';
import { comboText } from './shortcuts';

export const TOUR_STEPS = ['welcome', 'you', 'start', 'around'] as const;
type TourStep = (typeof TOUR_STEPS)[number];

function StepBody({ step }: { step: TourStep }) {
  const { t } = useTranslation('help');
  switch (step) {
    case 'welcome':
    case 'you':
    case 'start':
      return (
        <>
          <p>{t(`tour.${step}.body1`)}</p>
          <p>{t(`tour.${step}.body2`)}</p>
        </>
      );
    case 'around': {
      const undo = comboText(['mod', 'Z'], thisPlatform, (key) => t(`keys.${key}`));
      return (
        <>
          <p>{t('tour.around.body1')}</p>
          <p>
            <Trans t={t} i18nKey="tour.around.body2" values={{ undo }} components={{ kbd: <kbd /> }} />
          </p>
          <p>
            <Trans t={t} i18nKey="tour.around.body3" components={{ kbd: <kbd /> }} />
          </p>
        </>
      );
    }
  }
}

export function TourDialog({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation(['help', 'common']);
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const step = TOUR_STEPS[index] ?? 'welcome';
  const last = index === TOUR_STEPS.length - 1;

  useEffect(() => {
    heading.current?.focus();
  }, [index]);

  return (
    <HelpModal labelledBy={[`${id}-label`, `${id}-title`].join(' ')} className="tour-dialog" onClose={onDone}>
      <p className="tour-label" id={`${id}-label`}>
        {t('tour.label')}
      </p>
      <p className="tour-counter">{t('tour.counter', { step: index + 1, total: TOUR_STEPS.length })}</p>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t(`tour.${step}.title`)}
      </h2>
      <div className="tour-body">
        <StepBody step={step} />
      </div>
      <div className="tour-buttons">
        {index > 0 && (
          <button type="button" onClick={() => setIndex(index - 1)}>
            {t('common:action.back')}
          </button>
        )}
        {last ? (
          <button type="button" className="button-primary" onClick={onDone}>
            {t('tour.finish')}
          </button>
        ) : (
          <button type="button" className="button-primary" onClick={() => setIndex(index + 1)}>
            {t('common:action.next')}
          </button>
        )}
        <button type="button" className="tour-skip" onClick={onDone}>
          {t('tour.skip')}
        </button>
      </div>
    </HelpModal>
  );
}
