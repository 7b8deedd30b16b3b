// Every message catalogue, bundled into the app (nothing is fetched): locales/<language>/<namespace>.json.
import type { Resource } from 'i18next';
import { LANGUAGES } from './languages';

const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });

/** The namespaces: one per feature, plus `common` for words shared by several screens. */
export const NAMESPACES = [
  'common',
  'app',
  'welcome',
  'settings',
  'help',
  'errors',
  'inventory',
  'review',
  'portfolio',
  'actions',
  'history',
  'fieldwork',
  'exchange',
  'reports',
  'library',
  'backups',
] as const;

export type Namespace = (typeof NAMESPACES)[number];

function catalogue(language: string, namespace: string): Record<string, unknown> {
  const file = files[`./locales/${language}/${namespace}.json`];
  if (!file) throw new Error(`The ${language} catalogue has no ${namespace}.json.`);
  return file.default;
}

export const resources: Resource = Object.fromEntries(
  LANGUAGES.map(({ code }) => [code, Object.fromEntries(NAMESPACES.map((ns) => [ns, catalogue(code, ns)]))]),
);
