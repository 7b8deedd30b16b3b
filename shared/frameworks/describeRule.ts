// Says in plain words when an applicability rule makes an item apply, in English or French.
// Used where content gives no applicabilityNote of its own, so a rule is never shown as raw JSON.
import type { RuleAttribute } from '../model/system';
import type { ApplicabilityRule } from './schema';

export type RuleLanguage = 'en' | 'fr';

interface AttributeWords {
  /** "the level of automation" — the subject of the condition. */
  subject: string;
  /** "is" for a single-valued attribute, "include" for a list (see MULTI_VALUED_ATTRIBUTES). */
  verb: string;
  values: Record<string, string>;
}

interface LanguageWords {
  attributes: Record<RuleAttribute, AttributeWords>;
  or: string;
  and: string;
  not: (condition: string) => string;
  appliesWhen: (condition: string) => string;
  appliesAlways: string;
}

const WORDS: Record<RuleLanguage, LanguageWords> = {
  en: {
    attributes: {
      stage: {
        subject: 'the stage of the system',
        verb: 'is',
        values: { idea: 'idea or design', pilot: 'pilot', production: 'regular use', retired: 'withdrawn' },
      },
      providerType: {
        subject: 'the provider',
        verb: 'is',
        values: { in_house: 'a public body, in-house', vendor: 'an external supplier' },
      },
      useCategory: {
        subject: 'the Appendix II use category',
        verb: 'is',
        values: {
          encouraged: '“uses to be encouraged”',
          precautions: '“uses requiring considerable methodological precautions”',
          further_study: '“uses to be considered following additional scientific studies”',
          extreme_reservations: '“uses to be considered with the most extreme reservations”',
        },
      },
      automation: {
        subject: 'the role of its output',
        verb: 'is',
        values: { information: 'information only', support: 'decision support', decision: 'automated decision' },
      },
      dataProcessed: {
        subject: 'the data it processes',
        verb: 'include',
        values: {
          personal: 'personal data',
          special_categories: 'special categories of personal data',
          criminal: 'data on criminal offences',
          biometric: 'biometric data',
        },
      },
      legalAreas: {
        subject: 'the areas of law it is used in',
        verb: 'include',
        values: {
          civil: 'civil law',
          criminal: 'criminal law',
          administrative: 'administrative law',
          commercial: 'commercial law',
          family: 'family law',
          other: 'another area of law',
        },
      },
    },
    or: 'or',
    and: 'and',
    not: (condition) => `it is not the case that ${condition}`,
    appliesWhen: (condition) => `Applies only when ${condition}.`,
    appliesAlways: 'Applies to every system.',
  },
  fr: {
    attributes: {
      stage: {
        subject: 'le stade du système',
        verb: 'est',
        values: { idea: 'idée ou conception', pilot: 'pilote', production: 'utilisation courante', retired: 'retiré' },
      },
      providerType: {
        subject: 'le fournisseur',
        verb: 'est',
        values: { in_house: 'un organisme public, en interne', vendor: 'un fournisseur externe' },
      },
      useCategory: {
        subject: "la catégorie d'utilisation de l'annexe II",
        verb: 'est',
        values: {
          encouraged: '« utilisations à encourager »',
          precautions: '« utilisations nécessitant des précautions méthodologiques considérables »',
          further_study: '« utilisations à envisager au terme de travaux scientifiques complémentaires »',
          extreme_reservations: '« utilisations à envisager avec les plus extrêmes réserves »',
        },
      },
      automation: {
        subject: 'le rôle de son résultat',
        verb: 'est',
        values: {
          information: 'information seulement',
          support: 'aide à la décision',
          decision: 'décision automatisée',
        },
      },
      dataProcessed: {
        subject: "les données qu'il traite",
        verb: 'comprennent',
        values: {
          personal: 'des données à caractère personnel',
          special_categories: 'des catégories particulières de données',
          criminal: 'des données relatives aux infractions pénales',
          biometric: 'des données biométriques',
        },
      },
      legalAreas: {
        subject: 'les matières dans lesquelles il est utilisé',
        verb: 'comprennent',
        values: {
          civil: 'la matière civile',
          criminal: 'la matière pénale',
          administrative: 'la matière administrative',
          commercial: 'la matière commerciale',
          family: 'la matière familiale',
          other: 'une autre matière',
        },
      },
    },
    or: 'ou',
    and: 'et',
    not: (condition) => `il n'est pas vrai que ${condition}`,
    appliesWhen: (condition) => `S'applique uniquement lorsque ${condition}.`,
    appliesAlways: "S'applique à tous les systèmes.",
  },
};

/** "a, b or c" */
function list(parts: string[], conjunction: string): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${conjunction} ${parts[parts.length - 1] ?? ''}`;
}

/** The condition alone, without "Applies only when": nested groups are put in brackets. */
export function describeCondition(rule: ApplicabilityRule, language: RuleLanguage = 'en'): string {
  const words = WORDS[language];
  const nested = (inner: ApplicabilityRule) =>
    'all' in inner || 'any' in inner ? `(${describeCondition(inner, language)})` : describeCondition(inner, language);
  if ('attribute' in rule) {
    const attribute = words.attributes[rule.attribute];
    const values = rule.anyOf.map((value) => attribute.values[value] ?? value);
    // "is a or b" for a single value, "include a or b" for a list: either way one match is enough.
    return `${attribute.subject} ${attribute.verb} ${list(values, words.or)}`;
  }
  if ('all' in rule) return list(rule.all.map(nested), words.and);
  if ('any' in rule) return list(rule.any.map(nested), words.or);
  return words.not(nested(rule.not));
}

/** A full sentence for an item: when it applies, or that it applies to every system. */
export function describeRule(rule: ApplicabilityRule | undefined, language: RuleLanguage = 'en'): string {
  const words = WORDS[language];
  return rule === undefined ? words.appliesAlways : words.appliesWhen(describeCondition(rule, language));
}
