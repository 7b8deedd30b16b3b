// One framework in the library: where it comes from, its principles and items, and for the Charter
// the Appendix II use categories and the scoping questions.
import { useTranslation } from 'react-i18next';
import { type FrameworkContent, localise } from '../../../shared/frameworks/schema';
import { useFormat } from '../../i18n/format';
import { Heading } from './Heading';
import { type CrosswalkTarget, LibraryItem } from './LibraryItem';
import { formatPublished, librarySectionDomId } from './libraryFormat';
import type { LibraryLanguage } from './libraryStore';
import { itemMatches } from './searchItems';

interface Props {
  framework: FrameworkContent;
  language: LibraryLanguage;
  terms: readonly string[];
  headingLevel: number;
  findRelated: (itemId: string) => CrosswalkTarget | null;
  onJump: (itemId: string) => void;
}

export function FrameworkSection({ framework, language, terms, headingLevel, findRelated, onJump }: Props) {
  const { t } = useTranslation(['library', 'common']);
  const formatters = useFormat();
  const searching = terms.length > 0;
  const sectionId = librarySectionDomId(framework.id);
  const principles = framework.principles
    .map((principle) => ({
      principle,
      items: framework.items.filter((item) => item.principle === principle.id && itemMatches(item, terms, language)),
    }))
    .filter(({ items }) => !searching || items.length > 0);

  return (
    <section className="library-framework" aria-labelledby={`${sectionId}-title`}>
      <header className="library-framework-header" id={sectionId} tabIndex={-1}>
        <Heading level={headingLevel} id={`${sectionId}-title`} lang={language}>
          {localise(framework.shortTitle, language)}
        </Heading>
        <p className="library-framework-full-title" lang={language}>
          {localise(framework.title, language)}
        </p>
        <dl className="library-provenance">
          <div>
            <dt>{t('framework.publisher')}</dt>
            <dd lang="en">{framework.publisher}</dd>
          </div>
          <div>
            <dt>{t('framework.published')}</dt>
            <dd>
              <time dateTime={framework.published}>{formatPublished(framework.published, formatters)}</time>
            </dd>
          </div>
          <div>
            <dt>{t('framework.source')}</dt>
            <dd>
              <cite lang="en">{framework.source.title}</cite>
              <span className="muted" lang="en">
                {' — '}
                {framework.source.reference}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('framework.contentVersion')}</dt>
            <dd>
              {t('framework.version', {
                version: framework.version,
                items: t('common:count.items', { count: framework.items.length }),
              })}
            </dd>
          </div>
        </dl>
        {!searching && (
          <p className="library-description" lang={language}>
            {localise(framework.description, language)}
          </p>
        )}
      </header>

      {searching && principles.length === 0 && <p className="empty library-no-match">{t('framework.noMatch')}</p>}

      {principles.map(({ principle, items }) => {
        const principleId = librarySectionDomId(framework.id, principle.id);
        return (
          <section key={principle.id} className="library-principle" aria-labelledby={`${principleId}-title`}>
            <Heading level={headingLevel + 1} id={`${principleId}-title`} tabIndex={-1} lang={language}>
              <span className="principle-code">{principle.code}</span> {localise(principle.title, language)}
            </Heading>
            {!searching && (
              <>
                <p className="library-summary" lang={language}>
                  {localise(principle.summary, language)}
                </p>
                <p className="library-principle-refs" lang="en">
                  {principle.references.map((ref) => `${ref.document}, ${ref.section}`).join(' · ')}
                </p>
              </>
            )}
            <ol className="library-items" aria-label={t('framework.itemsOf', { code: principle.code })}>
              {items.map((item) => (
                <li key={item.id}>
                  <LibraryItem
                    item={item}
                    language={language}
                    terms={terms}
                    headingLevel={headingLevel + 2}
                    findRelated={findRelated}
                    onJump={onJump}
                  />
                </li>
              ))}
            </ol>
          </section>
        );
      })}

      {!searching && framework.useCategories && (
        <section className="library-appendix" aria-labelledby={`${sectionId}-uses-title`}>
          <Heading level={headingLevel + 1} id={`${sectionId}-uses-title`} tabIndex={-1}>
            {t('framework.appendix')}
          </Heading>
          <div className="use-categories">
            {framework.useCategories.map((category) => (
              <article key={category.id} className={`use-category use-${category.id}`}>
                <Heading level={headingLevel + 2} lang={language}>
                  {localise(category.title, language)}
                </Heading>
                <p lang={language}>{localise(category.description, language)}</p>
                <ul lang={language}>
                  {category.examples.map((example) => (
                    <li key={example.en}>{localise(example, language)}</li>
                  ))}
                </ul>
                <p className="muted use-reference" lang="en">
                  {category.reference.document}, {category.reference.section}
                </p>
              </article>
            ))}
          </div>
        </section>
      )}

      {!searching && framework.scoping && (
        <section className="library-scoping" aria-labelledby={`${sectionId}-scoping-title`}>
          <Heading level={headingLevel + 1} id={`${sectionId}-scoping-title`} tabIndex={-1}>
            {t('framework.scoping')}
          </Heading>
          <p className="library-summary">{t('framework.scopingIntro')}</p>
          {framework.scoping.map((question) => (
            <article key={question.id} className="scoping-question">
              <Heading level={headingLevel + 2} lang={language}>
                {localise(question.question, language)}
              </Heading>
              <p className="muted" lang={language}>
                {localise(question.help, language)}
              </p>
              <ul
                className={question.choice === 'multiple' ? 'scoping-options multiple' : 'scoping-options'}
                lang={language}
              >
                {question.options.map((option) => (
                  <li key={option.value}>{localise(option.label, language)}</li>
                ))}
              </ul>
              <p className="scoping-choice muted">
                {question.choice === 'multiple' ? t('framework.severalAnswers') : t('framework.oneAnswer')}
              </p>
            </article>
          ))}
        </section>
      )}
    </section>
  );
}
