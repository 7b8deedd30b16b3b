// Suggests the Appendix II group of the CEPEJ Charter for a system from a few plain yes/no questions.
// The questions are data; the suggestion is the most reserved group any "yes" points to, never a verdict.
import { USE_CATEGORIES } from '../model/system';
import type { LocalisedText } from './schema';

export type UseCategoryId = (typeof USE_CATEGORIES)[number];

export const USE_CLASSIFICATION_QUESTION_IDS = [
  'profiles-individuals-criminal',
  'quantity-based-norm',
  'predicts-outcomes',
  'profiles-judges',
  'proposes-scales',
  'supports-dispute-resolution',
  'maps-crime',
  'information-only',
] as const;
export type UseClassificationQuestionId = (typeof USE_CLASSIFICATION_QUESTION_IDS)[number];

export interface UseClassificationQuestion {
  id: UseClassificationQuestionId;
  question: LocalisedText;
  help: LocalisedText;
  /** The Appendix II group a "yes" points to. */
  suggests: UseCategoryId;
  /** Shown with the suggestion when this answer decides it. */
  reason: LocalisedText;
}

/** From the most to the least reserved group, so the interface can ask the decisive questions first. */
export const USE_CLASSIFICATION_QUESTIONS: readonly UseClassificationQuestion[] = [
  {
    id: 'profiles-individuals-criminal',
    question: {
      en: 'Does it assess or profile individuals in criminal matters (for example a risk of reoffending or of dangerousness)?',
      fr: 'Évalue-t-il ou profile-t-il des personnes en matière pénale (par exemple un risque de récidive ou de dangerosité) ?',
    },
    help: {
      en: 'Answer yes even if the score is only one element among others in the file.',
      fr: "Répondre oui même si le score n'est qu'un élément parmi d'autres dans le dossier.",
    },
    suggests: 'extreme_reservations',
    reason: {
      en: 'It profiles individuals in criminal matters, a use the Charter considers only with the most extreme reservations.',
      fr: "Il profile des personnes en matière pénale, une utilisation que la Charte n'envisage qu'avec les plus extrêmes réserves.",
    },
  },
  {
    id: 'quantity-based-norm',
    question: {
      en: 'Is its output meant to turn what most past decisions said into a rule that judges are expected to follow?',
      fr: 'Son résultat vise-t-il à faire de ce que dit la majorité des décisions passées une règle que les juges sont censés suivre ?',
    },
    help: {
      en: 'For example a "usual" outcome or amount from which judges must justify any departure.',
      fr: 'Par exemple une issue ou un montant « habituel » dont les juges doivent justifier tout écart.',
    },
    suggests: 'extreme_reservations',
    reason: {
      en: 'It would make the majority of past decisions a norm, a use the Charter considers only with the most extreme reservations.',
      fr: "Il ferait de la majorité des décisions passées une norme, une utilisation que la Charte n'envisage qu'avec les plus extrêmes réserves.",
    },
  },
  {
    id: 'predicts-outcomes',
    question: {
      en: 'Does it predict or estimate the outcome of cases?',
      fr: "Prédit-il ou estime-t-il l'issue des affaires ?",
    },
    help: {
      en: 'Including chances of success, likely amounts or likely sentences.',
      fr: 'Y compris les chances de succès, les montants ou les peines probables.',
    },
    suggests: 'further_study',
    reason: {
      en: 'It anticipates the outcome of cases, a use the Charter says should await further scientific study.',
      fr: "Il anticipe l'issue des affaires, une utilisation qui, selon la Charte, doit attendre des travaux scientifiques complémentaires.",
    },
  },
  {
    id: 'profiles-judges',
    question: {
      en: 'Does it analyse the decisions of individual, identifiable judges?',
      fr: 'Analyse-t-il les décisions de juges individuels et identifiables ?',
    },
    help: {
      en: 'Statistics for a whole court or chamber do not count; tendencies of a named judge do.',
      fr: "Les statistiques d'une juridiction ou d'une chambre entière ne comptent pas ; les tendances d'un juge nommément désigné, si.",
    },
    suggests: 'further_study',
    reason: {
      en: 'It profiles judges, a use the Charter says should await further scientific study and never serve discipline or evaluation.',
      fr: "Il profile des juges, une utilisation qui, selon la Charte, doit attendre des travaux scientifiques complémentaires et ne jamais servir à la discipline ou à l'évaluation.",
    },
  },
  {
    id: 'proposes-scales',
    question: {
      en: 'Does it propose amounts or scales in civil disputes (for example compensation or maintenance)?',
      fr: 'Propose-t-il des montants ou des barèmes dans des litiges civils (par exemple des indemnités ou des pensions alimentaires) ?',
    },
    help: {
      en: 'Answer yes if users see a suggested figure or range.',
      fr: 'Répondre oui si les utilisateurs voient un chiffre ou une fourchette suggérés.',
    },
    suggests: 'precautions',
    reason: {
      en: 'It helps draw up scales in civil disputes, a use the Charter accepts with considerable methodological precautions.',
      fr: 'Il aide à élaborer des barèmes dans des litiges civils, une utilisation que la Charte admet moyennant des précautions méthodologiques considérables.',
    },
  },
  {
    id: 'supports-dispute-resolution',
    question: {
      en: 'Does it support alternative or online resolution of disputes?',
      fr: 'Sert-il au règlement amiable ou en ligne des litiges ?',
    },
    help: {
      en: 'Mediation, conciliation, negotiation platforms and online dispute resolution.',
      fr: 'Médiation, conciliation, plateformes de négociation et règlement en ligne des litiges.',
    },
    suggests: 'precautions',
    reason: {
      en: 'It supports dispute resolution, a use the Charter accepts with considerable methodological precautions, including telling the parties when AI is involved and keeping their right to a judge.',
      fr: "Il sert au règlement des litiges, une utilisation que la Charte admet moyennant des précautions méthodologiques considérables, notamment l'information des parties sur l'intervention d'une IA et le maintien de leur droit au juge.",
    },
  },
  {
    id: 'maps-crime',
    question: {
      en: 'Does it map or forecast offences by place or time to support criminal investigations?',
      fr: 'Cartographie-t-il ou anticipe-t-il les infractions par lieu ou par période au service des enquêtes pénales ?',
    },
    help: {
      en: 'About places and periods, not about named people; profiling of people is a separate question.',
      fr: "Il s'agit de lieux et de périodes, non de personnes nommément désignées ; le profilage des personnes fait l'objet d'une autre question.",
    },
    suggests: 'precautions',
    reason: {
      en: 'It maps crime for investigations, a use the Charter accepts with considerable methodological precautions.',
      fr: 'Il cartographie la délinquance pour les enquêtes, une utilisation que la Charte admet moyennant des précautions méthodologiques considérables.',
    },
  },
  {
    id: 'information-only',
    question: {
      en: 'Is it limited to search, legal information or statistics (for example case-law search, a legal-information chatbot, court management indicators)?',
      fr: "Se limite-t-il à la recherche, à l'information juridique ou aux statistiques (par exemple recherche de jurisprudence, agent conversationnel d'information juridique, indicateurs de gestion des juridictions) ?",
    },
    help: {
      en: 'Answer yes only if people make every decision themselves, with the output as background information.',
      fr: "Ne répondre oui que si les personnes prennent elles-mêmes toutes les décisions, le résultat servant d'information de contexte.",
    },
    suggests: 'encouraged',
    reason: {
      en: 'It is limited to search, legal information or statistics, uses the Charter encourages while its principles are respected.',
      fr: "Il se limite à la recherche, à l'information juridique ou aux statistiques, des utilisations que la Charte encourage dans le respect de ses principes.",
    },
  },
];

/** true = yes, false = no, missing = not answered yet. */
export type UseClassificationAnswers = Partial<Record<UseClassificationQuestionId, boolean>>;

export interface UseCategorySuggestion {
  /** null when no answer points to a group yet. */
  category: UseCategoryId | null;
  reason: LocalisedText;
  /** The question whose "yes" decided the suggestion. */
  decidedBy: UseClassificationQuestionId | null;
  /** Unanswered questions that could still lead to a more reserved group. */
  pending: UseClassificationQuestionId[];
}

const reservation = (category: UseCategoryId): number => USE_CATEGORIES.indexOf(category);

/** The most reserved group that any "yes" points to: with several uses, the most delicate one governs. */
export function suggestUseCategory(answers: UseClassificationAnswers): UseCategorySuggestion {
  let decisive: UseClassificationQuestion | undefined;
  for (const question of USE_CLASSIFICATION_QUESTIONS) {
    if (answers[question.id] !== true) continue;
    if (decisive === undefined || reservation(question.suggests) > reservation(decisive.suggests)) decisive = question;
  }
  const floor = decisive === undefined ? -1 : reservation(decisive.suggests);
  const pending = USE_CLASSIFICATION_QUESTIONS.filter(
    (question) => answers[question.id] === undefined && reservation(question.suggests) > floor,
  ).map((question) => question.id);

  if (decisive !== undefined) {
    return { category: decisive.suggests, reason: decisive.reason, decidedBy: decisive.id, pending };
  }
  if (pending.length > 0) {
    return {
      category: null,
      decidedBy: null,
      pending,
      reason: {
        en: 'Answer the remaining questions to get a suggestion.',
        fr: 'Répondre aux questions restantes pour obtenir une suggestion.',
      },
    };
  }
  return {
    category: null,
    decidedBy: null,
    pending,
    reason: {
      en: 'None of the answers matches the examples of Appendix II. Compare what the system does with the examples of each group and choose by hand, recording why.',
      fr: "Aucune réponse ne correspond aux exemples de l'annexe II. Comparer ce que fait le système avec les exemples de chaque groupe et choisir manuellement, en consignant pourquoi.",
    },
  };
}
