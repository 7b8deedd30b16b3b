// One checklist item in the library: its question, guidance, sources, severity, when it applies and its crosswalk.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRule } from '../../../shared/frameworks/describeRule';
import { type ChecklistItem, localise } from '../../../shared/frameworks/schema';
import { Heading } from './Heading';
import { Highlight } from './Highlight';
import { libraryItemDomId, localItemId } from './libraryFormat';
import type { LibraryLanguage } from './libraryStore';

/** A crosswalk target as the library can show it; null when its framework is not in the set shown. */
export interface CrosswalkTarget {
  frameworkTitle: string;
  question: string;
}

interface Props {
  item: ChecklistItem;
  language: LibraryLanguage;
  terms: readonly string[];
  headingLevel: number;
  findRelated: (itemId: string) => CrosswalkTarget | null;
  onJump: (itemId: string) => void;
}

const SEVERITY_KEYS = { high: 'item.high', medium: 'item.medium', low: 'item.low' } as const;

export function LibraryItem({ item, language, terms, headingLevel, findRelated, onJump }: Props) {
  const { t } = useTranslation('library');
  const id = useId();
  const applicability = item.appliesWhen
    ? item.applicabilityNote
      ? localise(item.applicabilityNote, language)
      : describeRule(item.appliesWhen, language)
    : null;

  return (
    <article className="library-item" id={libraryItemDomId(item.id)} tabIndex={0} aria-labelledby={`${id}-q`}>
      <header>
        <span className="item-id">
          <Highlight text={localItemId(item.id)} terms={terms} />
        </span>
        <Heading level={headingLevel} id={`${id}-q`} lang={language}>
          <Highlight text={localise(item.question, language)} terms={terms} />
        </Heading>
      </header>
      <p className="library-guidance" lang={language}>
        <Highlight text={localise(item.guidance, language)} terms={terms} />
      </p>
      <dl className="library-facts">
        <div>
          <dt>{t('item.severity')}</dt>
          <dd>
            <span className={`severity severity-${item.severity}`}>{t(SEVERITY_KEYS[item.severity])}</span>
          </dd>
        </div>
        {applicability && (
          <div>
            <dt>{t('item.applies')}</dt>
            <dd lang={language}>{applicability}</dd>
          </div>
        )}
        <div>
          <dt>{t('item.sources')}</dt>
          <dd>
            <ul className="library-references" lang="en">
              {item.references.map((ref) => (
                <li key={`${ref.document}-${ref.section}`}>
                  <Highlight text={`${ref.document}, ${ref.section}`} terms={terms} />
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {item.related && (
          <div>
            <dt>{t('item.alsoAskedIn')}</dt>
            <dd>
              <ul className="crosswalk">
                {item.related.map((relatedId) => {
                  const target = findRelated(relatedId);
                  return (
                    <li key={relatedId}>
                      {target ? (
                        <button
                          type="button"
                          className="crosswalk-link"
                          onClick={() => onJump(relatedId)}
                          title={target.question}
                          lang={language}
                        >
                          <span className="crosswalk-framework">{target.frameworkTitle}</span>
                          <span className="crosswalk-id">{localItemId(relatedId)}</span>
                        </button>
                      ) : (
                        <span className="crosswalk-absent">
                          {relatedId} <span className="muted">({t('item.notInReview')})</span>
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}
