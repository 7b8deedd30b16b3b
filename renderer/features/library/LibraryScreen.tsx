// The checklist library: every framework's principles and items with guidance, sources, applicability and
// crosswalk, searchable and in English or French. Shows the review's embedded versions when a review is open.
import {
  type KeyboardEvent as ReactKeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { type FrameworkContent, localise } from '../../../shared/frameworks/schema';
import { useSession } from '../../app/session';
import { t as translate } from '../../i18n/i18n';
import { LANGUAGES, isLanguage } from '../../i18n/languages';
import { FrameworkSection } from './FrameworkSection';
import type { CrosswalkTarget } from './LibraryItem';
import { libraryItemDomId, librarySectionDomId } from './libraryFormat';
import { type LibraryLanguage, libraryLanguage, useLibraryStore } from './libraryStore';
import { itemMatches, queryTerms } from './searchItems';
import { errorText } from '../../i18n/errorText';

const CONTENT_LANGUAGES = [
  { id: 'en', label: 'contentLanguage.en' },
  { id: 'fr', label: 'contentLanguage.fr' },
] as const satisfies readonly { id: LibraryLanguage; label: string }[];

/** The language a content language's name is written in: its own where the name is its own, else the interface's. */
function labelLanguage(id: LibraryLanguage, label: string): string | undefined {
  return LANGUAGES.some((language) => language.code === id && language.name === label) ? id : undefined;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function countLabel(matches: number, total: number, searching: boolean): string {
  const items = translate('common:count.items', { count: total });
  if (!searching) return items;
  if (matches === 0) return translate('library:count.noMatch', { total });
  return translate('library:count.matches', { count: matches, items });
}

/** Without `onClose` the library is a screen of the open review, under its title bar. */
export function LibraryScreen({ onClose }: { onClose?: () => void }) {
  const standalone = onClose !== undefined;
  const baseLevel = standalone ? 1 : 2;
  const { t, i18n } = useTranslation(['library', 'common']);
  const interfaceLanguage = isLanguage(i18n.language) ? i18n.language : 'en';
  const ids = useId();
  const libraryFrameworks = useSession((s) => s.libraryFrameworks);
  // Refetch when the review's set of frameworks changes (a framework added or upgraded).
  const frameworksKey = useSession((s) =>
    s.screen === 'review' ? (s.info?.frameworks.map((f) => `${f.id}@${f.version}`).join(',') ?? '') : 'built-in',
  );
  const { chosenLanguage, setLanguage, query, setQuery } = useLibraryStore();
  const language = libraryLanguage(chosenLanguage, interfaceLanguage);
  const [frameworks, setFrameworks] = useState<FrameworkContent[] | null>(null);
  const [problem, setProblem] = useState('');
  const searchField = useRef<HTMLInputElement>(null);
  const content = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    libraryFrameworks().then(
      (loaded) => {
        if (live) setFrameworks(loaded);
      },
      (error: unknown) => {
        if (live) setProblem(errorText(error));
      },
    );
    return () => {
      live = false;
    };
  }, [libraryFrameworks, frameworksKey]);

  // "/" puts the cursor in the search field from anywhere on the screen, as on many documentation sites.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      searchField.current?.focus();
      searchField.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const terms = useMemo(() => queryTerms(query), [query]);
  const searching = terms.length > 0;
  const shown = frameworks ?? [];
  const total = shown.reduce((sum, framework) => sum + framework.items.length, 0);
  const matchesByPrinciple = useMemo(() => {
    const counts = new Map<string, number>();
    for (const framework of frameworks ?? []) {
      for (const item of framework.items) {
        if (!itemMatches(item, terms, language)) continue;
        const key = `${framework.id}/${item.principle}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    return counts;
  }, [frameworks, terms, language]);
  const matches = [...matchesByPrinciple.values()].reduce((sum, n) => sum + n, 0);

  const targets = useMemo(() => {
    const map = new Map<string, CrosswalkTarget>();
    for (const framework of frameworks ?? []) {
      for (const item of framework.items) {
        map.set(item.id, {
          frameworkTitle: localise(framework.shortTitle, language),
          question: localise(item.question, language),
        });
      }
    }
    return map;
  }, [frameworks, language]);
  const findRelated = useCallback((itemId: string) => targets.get(itemId) ?? null, [targets]);

  /** Scrolls to an element and moves focus there; clears the search first if it hides the target. */
  const jumpTo = useCallback(
    (domId: string) => {
      if (!document.getElementById(domId)) flushSync(() => setQuery(''));
      const target = document.getElementById(domId);
      if (!target) return;
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    },
    [setQuery],
  );
  const jumpToItem = useCallback((itemId: string) => jumpTo(libraryItemDomId(itemId)), [jumpTo]);

  function onSearchKey(event: ReactKeyboardEvent<HTMLInputElement>) {
    // i18n-exempt: a key's name, not text
    if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
    } else if (event.key === 'Enter' || event.key === 'ArrowDown') {
      // Straight to the first result, from which Tab walks on through the others.
      const first = content.current?.querySelector<HTMLElement>('.library-item');
      if (first) {
        event.preventDefault();
        first.scrollIntoView({ block: 'start' });
        first.focus({ preventScroll: true });
      }
    }
  }

  return (
    <div className={`library ${standalone ? 'library-standalone' : 'library-in-review'}`}>
      {standalone && (
        <header className="titlebar">
          <div className="titlebar-main">
            <span className="app-mark" aria-hidden="true">
              CR
            </span>
            <div>
              <h1 className="review-title" id={`${ids}-title`}>
                {t('title')}
              </h1>
              <p className="review-meta">{t('standaloneMeta')}</p>
            </div>
          </div>
          <div className="titlebar-side">
            <button type="button" onClick={onClose}>
              {t('backToStart')}
            </button>
          </div>
        </header>
      )}
      <div className="library-layout">
        <div className="library-sidebar">
          <div role="search" className="library-search">
            <label htmlFor={`${ids}-search`}>{t('search.label')}</label>
            <div className="search-field">
              <input
                id={`${ids}-search`}
                ref={searchField}
                type="search"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                onKeyDown={onSearchKey}
                placeholder={t('search.placeholder')}
                aria-describedby={[`${ids}-count`, `${ids}-keys`].join(' ')}
                aria-keyshortcuts="/"
                autoFocus={standalone}
                autoComplete="off"
                spellCheck={false}
              />
              {query === '' && <kbd aria-hidden="true">/</kbd>}
            </div>
            <p id={`${ids}-count`} className="match-count" role="status" aria-live="polite">
              {frameworks ? countLabel(matches, total, searching) : ''}
            </p>
            <p id={`${ids}-keys`} className="visually-hidden">
              {t('search.keys')}
            </p>
          </div>

          <div className="language-toggle" role="group" aria-labelledby={`${ids}-lang`}>
            <span id={`${ids}-lang`} className="toggle-label">
              {t('contentLanguage.label')}
            </span>
            <div className="segmented">
              {CONTENT_LANGUAGES.map((option) => {
                const label = t(option.label);
                return (
                  <button
                    key={option.id}
                    type="button"
                    lang={labelLanguage(option.id, label)}
                    aria-pressed={language === option.id}
                    onClick={() => setLanguage(option.id)}
                  >
                    {label}
                  </button>
                );
              })}
            </div>
          </div>

          <nav className="library-contents" aria-label={t('contents.label')}>
            <ul>
              {shown.map((framework) => (
                <li key={framework.id}>
                  <a
                    href={`#${librarySectionDomId(framework.id)}`}
                    className="contents-framework"
                    lang={language}
                    onClick={(event) => {
                      event.preventDefault();
                      jumpTo(librarySectionDomId(framework.id));
                    }}
                  >
                    {localise(framework.shortTitle, language)}
                  </a>
                  {searching &&
                    !framework.principles.some((p) => matchesByPrinciple.has(`${framework.id}/${p.id}`)) && (
                      <p className="contents-none muted">{t('contents.noMatch')}</p>
                    )}
                  <ul>
                    {framework.principles.map((principle) => {
                      const count = matchesByPrinciple.get(`${framework.id}/${principle.id}`) ?? 0;
                      if (searching && count === 0) return null;
                      const target = `${librarySectionDomId(framework.id, principle.id)}-title`;
                      return (
                        <li key={principle.id}>
                          <a
                            href={`#${target}`}
                            lang={language}
                            onClick={(event) => {
                              event.preventDefault();
                              jumpTo(target);
                            }}
                          >
                            <span>
                              <span className="contents-code">{principle.code}</span>{' '}
                              {localise(principle.title, language)}
                            </span>
                            <span className="contents-count">
                              {count}
                              <span className="visually-hidden"> {t('contents.items', { count })}</span>
                            </span>
                          </a>
                        </li>
                      );
                    })}
                    {!searching &&
                      (
                        [
                          [framework.useCategories, 'uses', t('contents.uses')],
                          [framework.scoping, 'scoping', t('contents.scoping')],
                        ] as const
                      ).map(([present, suffix, label]) => {
                        if (!present) return null;
                        const target = `${librarySectionDomId(framework.id)}-${suffix}-title`;
                        return (
                          <li key={suffix}>
                            <a
                              href={`#${target}`}
                              className="contents-extra"
                              onClick={(event) => {
                                event.preventDefault();
                                jumpTo(target);
                              }}
                            >
                              {label}
                            </a>
                          </li>
                        );
                      })}
                  </ul>
                </li>
              ))}
            </ul>
          </nav>
        </div>

        <main
          className="library-content"
          ref={content}
          aria-labelledby={standalone ? `${ids}-title` : `${ids}-heading`}
        >
          {!standalone && (
            <h2 id={`${ids}-heading`} className="library-heading">
              {t('title')}
            </h2>
          )}
          <p className="library-intro">{standalone ? t('intro.standalone') : t('intro.inReview')}</p>
          {interfaceLanguage === 'az' && language === 'en' && <p className="muted">{t('common:contentNote')}</p>}
          {problem && (
            <p className="field-problem" role="alert">
              {t('problem', { problem })}
            </p>
          )}
          {!frameworks && !problem && <p className="empty">{t('loading')}</p>}
          {shown.map((framework) => (
            <FrameworkSection
              key={framework.id}
              framework={framework}
              language={language}
              terms={terms}
              headingLevel={baseLevel + 1}
              findRelated={findRelated}
              onJump={jumpToItem}
            />
          ))}
        </main>
      </div>
    </div>
  );
}
