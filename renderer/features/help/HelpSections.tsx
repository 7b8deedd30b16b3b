// The topics of the help dialog: the CEPEJ Charter, its five principles, how scores are computed, and where files
// and backups are kept. Figures that the code defines (points, risk levels, backup rules) are read from it.
import { useTranslation } from 'react-i18next';
import type { RiskLevel } from '../../../shared/engine/scoring';
import { USE_CATEGORIES } from '../../../shared/model/system';
import { BACKUPS_KEPT_PER_REVIEW, HOURLY_BACKUP_INTERVAL_MS } from '../../../shared/saving/reviewBackups';
import { LOCK_HEARTBEAT_INTERVAL_MS } from '../../../shared/saving/reviewLock';
import { useFormat } from '../../i18n/format';
import {
  SCORE_BAND_FLOORS,
  SCORE_STEP,
  type UseCategoryId,
  pointsPerStatus,
  startingRiskLevels,
  workedExample,
} from './scoringFacts';

const PRINCIPLES = ['p1', 'p2', 'p3', 'p4', 'p5'] as const;

/** The catalogue's key for each Appendix II group (the model's ids are snake_case). */
const GROUP_KEY = {
  encouraged: 'encouraged',
  precautions: 'precautions',
  further_study: 'furtherStudy',
  extreme_reservations: 'extremeReservations',
} as const satisfies Record<UseCategoryId, string>;

export function CharterHelp() {
  const { t } = useTranslation('help');
  return (
    <>
      <p>{t('charter.adopted')}</p>
      <p>{t('charter.basis')}</p>
      <p>{t('charter.audience')}</p>
      <p>{t('charter.principlesIntro')}</p>
      <ol className="help-list">
        {PRINCIPLES.map((p) => (
          <li key={p}>{t(`principles.${p}.name`)}</li>
        ))}
      </ol>

      <h4>{t('charter.appendicesTitle')}</h4>
      <p>{t('charter.appendicesIntro')}</p>
      <ul className="help-list">
        <li>{t('charter.appendixI')}</li>
        <li>{t('charter.appendixII')}</li>
        <li>{t('charter.appendixIII')}</li>
        <li>{t('charter.appendixIV')}</li>
      </ul>

      <h4>{t('charter.appendixIITitle')}</h4>
      <p>{t('charter.appendixIIIntro')}</p>
      <ol className="help-groups">
        {USE_CATEGORIES.map((category) => (
          <li key={category}>
            <strong>{t(`charter.group.${GROUP_KEY[category]}.title`)}</strong>
            <span>{t(`charter.group.${GROUP_KEY[category]}.examples`)}</span>
          </li>
        ))}
      </ol>
      <p>{t('charter.appendixIIInApp')}</p>

      <h4>{t('charter.appendixIVTitle')}</h4>
      <p>{t('charter.appendixIVText')}</p>

      <h4>{t('charter.toolTitle')}</h4>
      <p>{t('charter.tool')}</p>
      <p className="help-source">{t('charter.sources')}</p>
    </>
  );
}

export function PrinciplesHelp() {
  const { t } = useTranslation('help');
  return (
    <>
      <p>{t('principles.intro')}</p>
      {PRINCIPLES.map((p, index) => (
        <section key={p} className="help-principle" aria-labelledby={`help-principle-${p}`}>
          <h4 id={`help-principle-${p}`}>
            <span className="help-principle-number">{index + 1}</span> {t(`principles.${p}.name`)}
          </h4>
          <p>{t(`principles.${p}.body`)}</p>
          <p className="help-source">{t(`principles.${p}.reference`)}</p>
        </section>
      ))}
    </>
  );
}

export function ScoringHelp() {
  const { t } = useTranslation(['help', 'common']);
  const format = useFormat();
  const example = workedExample();
  const riskWord = (level: RiskLevel) => t(`scoring.risk.${level}`);
  return (
    <>
      <p>{t('scoring.intro')}</p>

      <h4>{t('scoring.whichTitle')}</h4>
      <p>{t('scoring.which')}</p>

      <h4>{t('scoring.scoreTitle')}</h4>
      <p>{t('scoring.scoreIntro')}</p>
      <table className="help-table">
        <thead>
          <tr>
            <th scope="col">{t('scoring.answerColumn')}</th>
            <th scope="col">{t('scoring.pointsColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {pointsPerStatus().map(({ status, points }) => (
            <tr key={status}>
              <th scope="row">{t(`common:status.${status}`)}</th>
              <td>{points === null ? t('scoring.notCounted') : format.number(points)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('scoring.scoreFormula')}</p>
      <p>{t('scoring.scoreEmpty')}</p>

      <h4>{t('scoring.coverageTitle')}</h4>
      <p>{t('scoring.coverage')}</p>

      <h4>{t('scoring.whereTitle')}</h4>
      <p>{t('scoring.where')}</p>

      <h4>{t('scoring.bandsTitle')}</h4>
      <p>{t('scoring.bandsIntro')}</p>
      <ul className="help-bands">
        <li>
          <span className="band-swatch band-high" aria-hidden="true" />
          {t('scoring.band.high', { from: SCORE_BAND_FLOORS.high })}
        </li>
        <li>
          <span className="band-swatch band-medium" aria-hidden="true" />
          {t('scoring.band.medium', { from: SCORE_BAND_FLOORS.medium, to: SCORE_BAND_FLOORS.high - SCORE_STEP })}
        </li>
        <li>
          <span className="band-swatch band-low" aria-hidden="true" />
          {t('scoring.band.low', { below: SCORE_BAND_FLOORS.medium })}
        </li>
        <li>
          <span className="band-swatch band-none" aria-hidden="true">
            —
          </span>
          {t('scoring.band.none')}
        </li>
      </ul>

      <h4>{t('scoring.riskTitle')}</h4>
      <p>{t('scoring.riskIntro')}</p>
      <table className="help-table">
        <thead>
          <tr>
            <th scope="col">{t('scoring.groupColumn')}</th>
            <th scope="col">{t('scoring.levelColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {startingRiskLevels().map(({ category, level }) => (
            <tr key={category ?? 'none'}>
              <th scope="row">
                {category === null ? t('scoring.unclassified') : t(`charter.group.${GROUP_KEY[category]}.title`)}
              </th>
              <td>{riskWord(level)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="help-list">
        <li>{t('scoring.riskHighSeverity')}</li>
        <li>{t('scoring.riskMany')}</li>
        <li>{t('scoring.riskCap')}</li>
      </ul>
      <p>{t('scoring.ranking')}</p>

      <h4>{t('scoring.integrationTitle')}</h4>
      <p>{t('scoring.integration')}</p>

      <h4>{t('scoring.exampleTitle')}</h4>
      <p>{t('scoring.example')}</p>
      <ul className="help-list help-figures">
        <li>{t('scoring.exampleScore', { score: example.score ?? 0 })}</li>
        <li>{t('scoring.exampleCoverage', { coverage: example.coverage ?? 0 })}</li>
        <li>{t('scoring.exampleRisk', { level: riskWord(example.level) })}</li>
      </ul>
    </>
  );
}

/**
 * Electron's userData folder is `<appData>/<product name>` (appData: %APPDATA% on Windows, ~/Library/Application
 * Support on macOS, ~/.config on Linux); backups go in its `backups` folder (electron/files/reviewBackups.ts) and the
 * log in app.getPath('logs').
 */
const DESKTOP_FOLDERS = [
  { os: 'windows', backups: '%APPDATA%\\Charter Review\\backups', log: '%APPDATA%\\Charter Review\\logs' },
  {
    os: 'mac',
    backups: '~/Library/Application Support/Charter Review/backups',
    log: '~/Library/Logs/Charter Review',
  },
  { os: 'linux', backups: '~/.config/Charter Review/backups', log: '~/.config/Charter Review/logs' },
] as const;

export function FilesHelp() {
  const { t } = useTranslation('help');
  const name = t('files.nameWord');
  return (
    <>
      <h4>{t('files.desktopTitle')}</h4>
      <p>{t('files.reviewFile')}</p>
      <h5>{t('files.besideTitle')}</h5>
      <p>{t('files.besideIntro')}</p>
      <dl className="help-files">
        <dt>
          <code>{`.<${name}>.charter.journal`}</code>
        </dt>
        <dd>{t('files.journal')}</dd>
        <dt>
          <code>{`.<${name}>.charter.lock`}</code>
        </dt>
        <dd>{t('files.lock', { seconds: LOCK_HEARTBEAT_INTERVAL_MS / 1000 })}</dd>
      </dl>

      <h5>{t('files.backupsTitle')}</h5>
      <p>{t('files.backupsWhen', { count: HOURLY_BACKUP_INTERVAL_MS / 3_600_000, kept: BACKUPS_KEPT_PER_REVIEW })}</p>
      <p>{t('files.desktopFolders')}</p>
      <div className="help-table-scroller">
        <table className="help-table help-paths">
          <thead>
            <tr>
              <th scope="col">{t('files.systemColumn')}</th>
              <th scope="col">{t('files.backupsColumn')}</th>
              <th scope="col">{t('files.logColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {DESKTOP_FOLDERS.map((folder) => (
              <tr key={folder.os}>
                <th scope="row">{t(`os.${folder.os}`)}</th>
                <td>
                  <code>{folder.backups}</code>
                </td>
                <td>
                  <code>{folder.log}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t('files.showLogs')}</p>
      <p>{t('files.settingsKept')}</p>

      <h4>{t('files.browserTitle')}</h4>
      <p>{t('files.browserReviews')}</p>
      <p>{t('files.browserJournal')}</p>
      <p>{t('files.browserWarning')}</p>

      <h4>{t('files.restoreTitle')}</h4>
      <p>{t('files.restore')}</p>
      <p>{t('files.damaged')}</p>
    </>
  );
}
