// Every word a report prints that is not checklist content, in English and French. Checklist content
// (questions, principle titles) comes localised from the frameworks themselves; this is the report's own voice.
import type { RiskLevel } from '../engine/scoring';
import type { RoundChange } from '../fieldwork/compareRounds';
import type { AnswerStatus } from '../model/status';
import type {
  AUTOMATION_LEVELS,
  DATA_KINDS,
  LEGAL_AREAS,
  PROVIDER_TYPES,
  SYSTEM_STAGES,
  USE_CATEGORIES,
} from '../model/system';

export const REPORT_LANGUAGES = ['en', 'fr'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

type Severity = 'low' | 'medium' | 'high';
type ActionState = 'open' | 'in_progress' | 'done' | 'cancelled';

export interface ReportText {
  systemReportTitle: string;
  portfolioReportTitle: string;
  checkedAgainst: string;
  cover: {
    review: string;
    organisation: string;
    system: string;
    systems: string;
    assessors: string;
    reviewers: string;
    date: string;
    file: string;
    sha256: string;
    frameworks: string;
    notSignedOff: string;
    fileNote: string;
    anonymisedNote: string;
    /** The previous round a report is compared with. */
    comparedWith: string;
  };
  contents: string;
  /** Around the page number fields of the footer: "Page 3 of 12". */
  pageOf: { before: string; between: string };
  headings: {
    summary: string;
    facts: string;
    results: string;
    findings: string;
    actions: string;
    evidence: string;
    signOffs: string;
    methodology: string;
    executiveSummary: string;
    heatMap: string;
    riskRanking: string;
    systemSummaries: string;
    combinedActions: string;
    appendix: string;
    keyFindings: string;
    principleScores: string;
    answersByStatus: string;
    systemsByRisk: string;
    scoring: string;
    riskMethod: string;
    appendixII: string;
    sources: string;
    aboutReport: string;
  };
  columns: {
    item: string;
    question: string;
    status: string;
    justification: string;
    principle: string;
    score: string;
    coverage: string;
    system: string;
    organisation: string;
    useCategory: string;
    risk: string;
    reasons: string;
    rank: string;
    severity: string;
    finding: string;
    recommendation: string;
    action: string;
    owner: string;
    due: string;
    state: string;
    name: string;
    type: string;
    sha256: string;
    role: string;
    person: string;
    signedAt: string;
    statement: string;
    answers: string;
    count: string;
    level: string;
  };
  /** Short forms for the count columns, explained by `countsLegend`. */
  statusShort: Record<AnswerStatus, string>;
  countsLegend: string;
  status: Record<AnswerStatus, string>;
  doesNotApply: string;
  severity: Record<Severity, string>;
  risk: Record<RiskLevel, string>;
  actionState: Record<ActionState, string>;
  overdue: string;
  noDueDate: string;
  role: Record<'assessor' | 'reviewer', string>;
  signOffChanged: string;
  signOffUnchanged: string;
  facts: {
    name: string;
    organisation: string;
    country: string;
    purpose: string;
    stage: string;
    provider: string;
    useCategory: string;
    useCategoryReason: string;
    automation: string;
    dataProcessed: string;
    legalAreas: string;
    users: string;
    hosting: string;
    contact: string;
    goLive: string;
    notes: string;
    notStated: string;
    noneOfThese: string;
  };
  stage: Record<(typeof SYSTEM_STAGES)[number], string>;
  providerType: Record<(typeof PROVIDER_TYPES)[number], string>;
  useCategory: Record<(typeof USE_CATEGORIES)[number], string>;
  unclassified: string;
  automation: Record<(typeof AUTOMATION_LEVELS)[number], string>;
  dataKind: Record<(typeof DATA_KINDS)[number], string>;
  legalArea: Record<(typeof LEGAL_AREAS)[number], string>;
  riskReasons: {
    category: (group: string) => string;
    unclassified: string;
    highSeverity: (count: number) => string;
    manyNonCompliant: (count: number) => string;
  };
  summary: {
    overallRow: string;
    systemsCount: string;
    highOrCritical: string;
    attentionFirst: string;
    answersLine: (counts: Record<AnswerStatus, number>) => string;
    overallScore: string;
    overallCoverage: string;
    riskLevel: string;
    answered: (answered: number, applicable: number) => string;
    noKeyFindings: string;
    systemIntro: (system: string, frameworks: string) => string;
    portfolioIntro: (systems: number, review: string, frameworks: string) => string;
    portfolioFigures: (score: string, coverage: string) => string;
    portfolioRisk: (highOrCritical: number) => string;
    portfolioActions: (open: number, overdue: number) => string;
    noSystems: string;
    findingsLine: (total: number, high: number) => string;
    actionsLine: (open: number, overdue: number) => string;
    signOffLine: (assessor: boolean, reviewer: boolean) => string;
  };
  integration: (level: string, confirmed: boolean) => string;
  hiddenItems: (count: number) => string;
  evidencePrefix: string;
  recheck: string;
  empty: {
    findings: string;
    actions: string;
    evidence: string;
    signOffs: string;
  };
  heatMapIntro: string;
  heatMapLegend: { high: string; medium: string; low: string; none: string };
  rankingIntro: string;
  combinedActionsIntro: string;
  appendixIntro: string;
  pseudonym: (n: number) => string;
  methodology: {
    scoring: string[];
    points: [string, string][];
    coverage: string;
    risk: string[];
    pooled: string;
    frameworksSubset: string;
    appendixIIIntro: string;
    sourcesIntro: string;
    about: (app: string) => string[];
    anonymised: string;
  };
  subjectSystem: (system: string) => string;
  subjectPortfolio: (count: number) => string;
  sizeUnits: { bytes: string; kb: string; mb: string };
  /** The "Progress since last review" section. */
  progress: {
    heading: string;
    intro: (previousTitle: string, created: string) => string;
    method: string;
    previousReview: string;
    previousCreated: string;
    previousFile: string;
    previousSha256: string;
    /** A sign and a word, so the movement never rests on colour alone. */
    change: Record<RoundChange, string>;
    totalsLine: (systemsNew: number, systemsDisappeared: number, itemChanges: number) => string;
    gridIntro: string;
    before: string;
    after: string;
    movement: string;
    systemNew: string;
    systemDisappeared: string;
    matchedByName: string;
    systemNewIntro: string;
    matchedByNameIntro: string;
    changedItems: string;
    noChangedItems: string;
    noPrinciples: string;
  };
}

const en: ReportText = {
  systemReportTitle: 'AI system assessment report',
  portfolioReportTitle: 'AI systems portfolio assessment report',
  checkedAgainst: 'Assessed against',
  cover: {
    review: 'Review',
    organisation: 'Court or organisation',
    system: 'AI system',
    systems: 'Systems covered',
    assessors: 'Assessor(s)',
    reviewers: 'Reviewer(s)',
    date: 'Date of this report',
    file: 'Review file',
    sha256: 'SHA-256 of the review file',
    frameworks: 'Checklists and versions',
    notSignedOff: 'not yet signed off',
    fileNote:
      'This report was produced by Charter Review from the review file named above. Every figure in it is computed from ' +
      'the answers in that file by the method described at the end of the report. The SHA-256 fingerprint lets a ' +
      'reader check that a copy of the file is the one reported on.',
    anonymisedNote: 'The names of staff are replaced in this report by “Person 1”, “Person 2” and so on.',
    comparedWith: 'Compared with the previous round',
  },
  contents: 'Contents',
  pageOf: { before: 'Page ', between: ' of ' },
  headings: {
    summary: 'Summary',
    facts: 'System facts',
    results: 'Results by principle',
    findings: 'Findings and recommendations',
    actions: 'Action plan',
    evidence: 'Evidence',
    signOffs: 'Sign-offs',
    methodology: 'Methodology and references',
    executiveSummary: 'Executive summary',
    heatMap: 'Heat map of scores by principle',
    riskRanking: 'Risk ranking',
    systemSummaries: 'System summaries',
    combinedActions: 'Combined action plan',
    appendix: 'Appendix: system details',
    keyFindings: 'Key findings',
    principleScores: 'Scores by principle',
    answersByStatus: 'Answers by status',
    systemsByRisk: 'Systems by risk level',
    scoring: 'How the scores are computed',
    riskMethod: 'How the risk level is set',
    appendixII: 'Appendix II of the CEPEJ Charter',
    sources: 'Source texts',
    aboutReport: 'About this report',
  },
  columns: {
    item: 'Item',
    question: 'Question',
    status: 'Status',
    justification: 'Justification and evidence',
    principle: 'Principle',
    score: 'Score',
    coverage: 'Coverage',
    system: 'System',
    organisation: 'Court or organisation',
    useCategory: 'Appendix II group',
    risk: 'Risk',
    reasons: 'Why',
    rank: '#',
    severity: 'Severity',
    finding: 'Finding',
    recommendation: 'Recommendation',
    action: 'Action',
    owner: 'Owner',
    due: 'Due',
    state: 'State',
    name: 'File',
    type: 'Type and size',
    sha256: 'SHA-256',
    role: 'Role',
    person: 'Name',
    signedAt: 'Signed',
    statement: 'Statement',
    answers: 'Answers',
    count: 'Count',
    level: 'Level',
  },
  statusShort: { compliant: 'C', partial: 'P', non_compliant: 'NC', not_applicable: 'NA', not_reviewed: 'NR' },
  countsLegend: 'C compliant · P partial · NC non-compliant · NA not applicable · NR not reviewed',
  status: {
    compliant: 'Compliant',
    partial: 'Partial',
    non_compliant: 'Non-compliant',
    not_applicable: 'Not applicable',
    not_reviewed: 'Not reviewed',
  },
  doesNotApply: 'Does not apply',
  severity: { low: 'Low', medium: 'Medium', high: 'High' },
  risk: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
  actionState: { open: 'Open', in_progress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
  overdue: 'overdue',
  noDueDate: 'no date',
  role: { assessor: 'Assessor', reviewer: 'Reviewer' },
  signOffChanged: 'Answers changed since this sign-off.',
  signOffUnchanged: 'Answers unchanged since this sign-off.',
  facts: {
    name: 'Name',
    organisation: 'Court or organisation',
    country: 'Country',
    purpose: 'Purpose',
    stage: 'Stage',
    provider: 'Provider',
    useCategory: 'Appendix II group',
    useCategoryReason: 'Why this group',
    automation: 'Role of the output',
    dataProcessed: 'Data processed',
    legalAreas: 'Areas of law',
    users: 'Users',
    hosting: 'Hosting',
    contact: 'Contact',
    goLive: 'In use since',
    notes: 'Notes',
    notStated: 'not stated',
    noneOfThese: 'none of these kinds',
  },
  stage: { idea: 'Idea or design', pilot: 'Pilot', production: 'In regular use', retired: 'Withdrawn' },
  providerType: { in_house: 'In-house (public body)', vendor: 'External supplier' },
  useCategory: {
    encouraged: 'Uses to be encouraged',
    precautions: 'Uses requiring considerable methodological precautions',
    further_study: 'Uses to be considered following additional scientific studies',
    extreme_reservations: 'Uses to be considered with the most extreme reservations',
  },
  unclassified: 'Not yet placed in a group',
  automation: {
    information: 'Information only',
    support: 'Supports a decision taken by a person',
    decision: 'Takes effect unless a person steps in',
  },
  dataKind: {
    personal: 'personal data',
    special_categories: 'special categories of data',
    criminal: 'criminal-law data',
    biometric: 'biometric data',
  },
  legalArea: {
    civil: 'civil',
    criminal: 'criminal',
    administrative: 'administrative',
    commercial: 'commercial',
    family: 'family',
    other: 'other',
  },
  riskReasons: {
    category: (group) => `Appendix II group: ${group}.`,
    unclassified: 'Not yet placed in an Appendix II group: treated as a use requiring precautions.',
    highSeverity: (n) => `${n} high-severity ${n === 1 ? 'item' : 'items'} non-compliant.`,
    manyNonCompliant: (n) => `${n} items non-compliant in all.`,
  },
  summary: {
    overallRow: 'All principles',
    systemsCount: 'Systems',
    highOrCritical: 'High or critical risk',
    attentionFirst: 'Systems that need attention first',
    answersLine: (c) =>
      `${c.compliant} compliant · ${c.partial} partial · ${c.non_compliant} non-compliant · ${c.not_applicable} not applicable · ${c.not_reviewed} not reviewed`,
    overallScore: 'Overall score',
    overallCoverage: 'Coverage',
    riskLevel: 'Risk level',
    answered: (answered, applicable) => `${answered} of ${applicable} applicable items answered`,
    noKeyFindings: 'No finding has been recorded for this system.',
    systemIntro: (system, frameworks) =>
      `This report sets out how ${system} was assessed against ${frameworks}, what was found and what is planned.`,
    portfolioIntro: (systems, review, frameworks) =>
      `This report covers ${systems} AI ${systems === 1 ? 'system' : 'systems'} recorded in the review “${review}”, assessed against ${frameworks}.`,
    portfolioFigures: (score, coverage) =>
      `Across all systems the overall score is ${score}, resting on ${coverage} of the applicable items.`,
    portfolioRisk: (n) =>
      n === 0
        ? 'No system is at high or critical risk.'
        : `${n} ${n === 1 ? 'system is' : 'systems are'} at high or critical risk; the risk ranking lists them first.`,
    portfolioActions: (open, overdue) =>
      `${open} remediation ${open === 1 ? 'action is' : 'actions are'} open or in progress, ${overdue} of them overdue.`,
    noSystems: 'The review does not list any AI system yet.',
    findingsLine: (total, high) => `${total} (${high} of high severity)`,
    actionsLine: (open, overdue) => `${open} open or in progress (${overdue} overdue)`,
    signOffLine: (assessor, reviewer) =>
      [
        assessor ? 'signed by an assessor' : 'no assessor sign-off',
        reviewer ? 'by a reviewer' : 'no reviewer sign-off',
      ].join(', '),
  },
  integration: (level, confirmed) =>
    `Integration of the principle (Charter Appendix IV): ${level}${confirmed ? ', confirmed by the assessor' : ', as suggested by the answers'}.`,
  hiddenItems: (n) =>
    `${n} ${n === 1 ? 'item that does not apply, or was marked not applicable, is' : 'items that do not apply, or were marked not applicable, are'} not listed.`,
  evidencePrefix: 'Evidence: ',
  recheck: 'To re-check: the question was reworded after this answer was given.',
  empty: {
    findings: 'No finding has been recorded.',
    actions: 'No remediation action has been recorded.',
    evidence: 'No evidence file is attached.',
    signOffs: 'Nobody has signed off this assessment yet.',
  },
  heatMapIntro:
    'Each cell gives the compliance score of one system for one principle, over the items that apply to the system. ' +
    'The shading repeats the figure in four bands; “—” means that no item of the principle has been assessed yet.',
  heatMapLegend: { high: '80% and above', medium: '50% to 79.9%', low: 'below 50%', none: '— not assessed' },
  rankingIntro:
    'Systems are ordered by risk level, then by lowest overall score, then by name, as the method at the end of this report describes.',
  combinedActionsIntro:
    'Every remediation action of every system, soonest due first; actions without a due date come last.',
  appendixIntro: 'The full checklist results of each system, in the order of the review.',
  pseudonym: (n) => `Person ${n}`,
  methodology: {
    scoring: [
      'Only the items that apply to a system count. An item applies unless its applicability rule is false for what ' +
        'the review states about the system; an attribute that has not been stated never excludes an item.',
      'Each assessed item earns points, and the compliance score is 100 × points ÷ number of assessed items, rounded ' +
        'to one decimal. Items marked not applicable or not yet reviewed are not assessed and do not count. When no item ' +
        'is assessed the score is shown as “—”, never as 0 or 100.',
    ],
    points: [
      ['Compliant', '1 point'],
      ['Partial', '0.5 point'],
      ['Non-compliant', '0 points'],
      ['Not applicable, not reviewed', 'not assessed'],
    ],
    coverage:
      'Coverage is 100 × answered items ÷ applicable items, where any status but “not reviewed” is an answer. It says ' +
      'how much of the checklist a score rests on.',
    risk: [
      'A system’s risk level starts from its Appendix II group: uses to be encouraged start at low; uses requiring ' +
        'considerable methodological precautions at medium; uses to be considered following additional scientific ' +
        'studies at high; uses to be considered with the most extreme reservations at critical. A system not yet placed ' +
        'in a group starts at medium.',
      'One level is added when any high-severity item is non-compliant, and one more when three or more items are ' +
        'non-compliant in all. The level never goes above critical.',
    ],
    pooled:
      'Figures for a principle across the portfolio, and the portfolio’s overall figures, pool every answer of every ' +
      'system, so a system with more applicable items weighs more.',
    frameworksSubset:
      'This report covers only the checklists listed on its cover; its scores and risk levels are computed over those checklists alone.',
    appendixIIIntro:
      'Appendix II of the CEPEJ Charter sorts the uses of AI in judicial systems into four groups, from uses to be ' +
      'encouraged to uses to be considered with the most extreme reservations. Each system of the review is placed in ' +
      'one group, with the reason recorded.',
    sourcesIntro:
      'The checklists are written in Charter Review’s own words and cite the source texts by name and section. The ' +
      'versions used are embedded in the review file, so the report reads the same years later.',
    about: (app) => [
      `Produced by ${app}, which keeps the whole review (inventory, answers, findings, actions, evidence files and ` +
        'sign-offs, with an audit log of every change) in one file.',
      'A status of partial, non-compliant or not applicable is expected to carry a justification. Evidence files are ' +
        'kept inside the review file and are listed here by name with their SHA-256 fingerprint.',
    ],
    anonymised:
      'Staff names (assessors, reviewers, people who signed off, action owners, contacts and the authors of answers ' +
      'and findings) are replaced by numbered persons; the same person keeps the same number throughout the report.',
  },
  subjectSystem: (system) => `Assessment of ${system} against the CEPEJ European Ethical Charter on AI`,
  subjectPortfolio: (n) =>
    `Assessment of ${n} AI ${n === 1 ? 'system' : 'systems'} against the CEPEJ European Ethical Charter on AI`,
  sizeUnits: { bytes: 'bytes', kb: 'KB', mb: 'MB' },
  progress: {
    heading: 'Progress since last review',
    intro: (title, created) =>
      `This section compares the present review with the previous round, “${title}” (created ${created}), read from the file named below.`,
    method:
      'Systems are recognised as the same by their id, or else by the same name and court. A principle improved or ' +
      'regressed when its compliance score went up or down; it is new when first scored in this round, and no longer ' +
      'scored when the previous round had a score and this one has none.',
    previousReview: 'Previous round',
    previousCreated: 'Created on',
    previousFile: 'Previous review file',
    previousSha256: 'SHA-256 of the previous file',
    change: {
      improved: '▲ Improved',
      regressed: '▼ Regressed',
      unchanged: '= Unchanged',
      new: '+ New',
      disappeared: '− No longer scored',
    },
    totalsLine: (added, gone, items) =>
      `${added} ${added === 1 ? 'system is' : 'systems are'} new in this round and ${gone} ${gone === 1 ? 'is' : 'are'} no ` +
      `longer in the review; ${items} ${items === 1 ? 'answer has' : 'answers have'} a different status.`,
    gridIntro:
      'Each cell gives the principle’s score in the previous round, then in this one, and says in words how it moved.',
    before: 'Previous',
    after: 'Now',
    movement: 'Movement',
    systemNew: 'new in this round',
    systemDisappeared: 'no longer in the review',
    matchedByName: 'recognised by name and court',
    systemNewIntro: 'This system was not in the previous round: every score it has is new.',
    matchedByNameIntro:
      'The previous round records this system under another id; it was recognised by its name and court.',
    changedItems: 'Answers whose status changed',
    noChangedItems: 'No answer has a different status from the previous round.',
    noPrinciples: 'Neither round has a score for this system yet.',
  },
};

const fr: ReportText = {
  systemReportTitle: 'Rapport d’évaluation d’un système d’IA',
  portfolioReportTitle: 'Rapport d’évaluation du portefeuille de systèmes d’IA',
  checkedAgainst: 'Évalué au regard de',
  cover: {
    review: 'Évaluation',
    organisation: 'Juridiction ou organisme',
    system: 'Système d’IA',
    systems: 'Systèmes couverts',
    assessors: 'Évaluateur(s)',
    reviewers: 'Vérificateur(s)',
    date: 'Date du rapport',
    file: 'Fichier d’évaluation',
    sha256: 'Empreinte SHA-256 du fichier',
    frameworks: 'Référentiels et versions',
    notSignedOff: 'pas encore validé',
    fileNote:
      'Ce rapport a été produit par Charter Review à partir du fichier d’évaluation indiqué ci-dessus. Chaque chiffre ' +
      'est calculé à partir des réponses de ce fichier selon la méthode décrite à la fin du rapport. L’empreinte ' +
      'SHA-256 permet de vérifier qu’une copie du fichier est bien celle dont il est rendu compte.',
    anonymisedNote: 'Dans ce rapport, les noms des personnels sont remplacés par « Personne 1 », « Personne 2 », etc.',
    comparedWith: 'Comparé à la revue précédente',
  },
  contents: 'Table des matières',
  pageOf: { before: 'Page ', between: ' sur ' },
  headings: {
    summary: 'Synthèse',
    facts: 'Fiche du système',
    results: 'Résultats par principe',
    findings: 'Constats et recommandations',
    actions: 'Plan d’action',
    evidence: 'Pièces justificatives',
    signOffs: 'Validations',
    methodology: 'Méthodologie et références',
    executiveSummary: 'Synthèse générale',
    heatMap: 'Carte thermique des scores par principe',
    riskRanking: 'Classement par niveau de risque',
    systemSummaries: 'Synthèses par système',
    combinedActions: 'Plan d’action consolidé',
    appendix: 'Annexe : détail par système',
    keyFindings: 'Principaux constats',
    principleScores: 'Scores par principe',
    answersByStatus: 'Réponses par statut',
    systemsByRisk: 'Systèmes par niveau de risque',
    scoring: 'Calcul des scores',
    riskMethod: 'Détermination du niveau de risque',
    appendixII: 'Annexe II de la Charte de la CEPEJ',
    sources: 'Textes de référence',
    aboutReport: 'À propos de ce rapport',
  },
  columns: {
    item: 'Point',
    question: 'Question',
    status: 'Statut',
    justification: 'Justification et pièces',
    principle: 'Principe',
    score: 'Score',
    coverage: 'Couverture',
    system: 'Système',
    organisation: 'Juridiction ou organisme',
    useCategory: 'Groupe de l’annexe II',
    risk: 'Risque',
    reasons: 'Motifs',
    rank: 'N°',
    severity: 'Gravité',
    finding: 'Constat',
    recommendation: 'Recommandation',
    action: 'Action',
    owner: 'Responsable',
    due: 'Échéance',
    state: 'État',
    name: 'Fichier',
    type: 'Type et taille',
    sha256: 'SHA-256',
    role: 'Rôle',
    person: 'Nom',
    signedAt: 'Date',
    statement: 'Déclaration',
    answers: 'Réponses',
    count: 'Nombre',
    level: 'Niveau',
  },
  statusShort: { compliant: 'C', partial: 'P', non_compliant: 'NC', not_applicable: 'NA', not_reviewed: 'NE' },
  countsLegend: 'C conforme · P partiel · NC non conforme · NA non applicable · NE non évalué',
  status: {
    compliant: 'Conforme',
    partial: 'Partiel',
    non_compliant: 'Non conforme',
    not_applicable: 'Non applicable',
    not_reviewed: 'Non évalué',
  },
  doesNotApply: 'Ne s’applique pas',
  severity: { low: 'Faible', medium: 'Moyenne', high: 'Élevée' },
  risk: { low: 'Faible', medium: 'Moyen', high: 'Élevé', critical: 'Critique' },
  actionState: { open: 'Ouverte', in_progress: 'En cours', done: 'Terminée', cancelled: 'Annulée' },
  overdue: 'en retard',
  noDueDate: 'sans date',
  role: { assessor: 'Évaluateur', reviewer: 'Vérificateur' },
  signOffChanged: 'Réponses modifiées depuis cette validation.',
  signOffUnchanged: 'Réponses inchangées depuis cette validation.',
  facts: {
    name: 'Nom',
    organisation: 'Juridiction ou organisme',
    country: 'Pays',
    purpose: 'Finalité',
    stage: 'Stade',
    provider: 'Fournisseur',
    useCategory: 'Groupe de l’annexe II',
    useCategoryReason: 'Motif du classement',
    automation: 'Rôle du résultat',
    dataProcessed: 'Données traitées',
    legalAreas: 'Domaines du droit',
    users: 'Utilisateurs',
    hosting: 'Hébergement',
    contact: 'Contact',
    goLive: 'En service depuis',
    notes: 'Remarques',
    notStated: 'non renseigné',
    noneOfThese: 'aucune de ces catégories',
  },
  stage: { idea: 'Idée ou conception', pilot: 'Phase pilote', production: 'En service', retired: 'Retiré du service' },
  providerType: { in_house: 'En interne (organisme public)', vendor: 'Fournisseur extérieur' },
  useCategory: {
    encouraged: 'Utilisations à encourager',
    precautions: 'Utilisations nécessitant des précautions méthodologiques considérables',
    further_study: 'Utilisations à envisager au terme de travaux scientifiques complémentaires',
    extreme_reservations: 'Utilisations à envisager avec les plus extrêmes réserves',
  },
  unclassified: 'Pas encore classé',
  automation: {
    information: 'Information seulement',
    support: 'Aide à une décision prise par une personne',
    decision: 'Produit ses effets sauf intervention d’une personne',
  },
  dataKind: {
    personal: 'données à caractère personnel',
    special_categories: 'catégories particulières de données',
    criminal: 'données pénales',
    biometric: 'données biométriques',
  },
  legalArea: {
    civil: 'civil',
    criminal: 'pénal',
    administrative: 'administratif',
    commercial: 'commercial',
    family: 'famille',
    other: 'autre',
  },
  riskReasons: {
    category: (group) => `Groupe de l’annexe II : ${group}.`,
    unclassified:
      'Pas encore classé dans un groupe de l’annexe II : traité comme une utilisation nécessitant des précautions.',
    highSeverity: (n) =>
      `${n} ${n === 1 ? 'point de gravité élevée non conforme' : 'points de gravité élevée non conformes'}.`,
    manyNonCompliant: (n) => `${n} points non conformes au total.`,
  },
  summary: {
    overallRow: 'Ensemble des principes',
    systemsCount: 'Systèmes',
    highOrCritical: 'Risque élevé ou critique',
    attentionFirst: 'Systèmes à traiter en priorité',
    answersLine: (c) =>
      `${c.compliant} conformes · ${c.partial} partiels · ${c.non_compliant} non conformes · ${c.not_applicable} non applicables · ${c.not_reviewed} non évalués`,
    overallScore: 'Score global',
    overallCoverage: 'Couverture',
    riskLevel: 'Niveau de risque',
    answered: (answered, applicable) => `${answered} points applicables sur ${applicable} renseignés`,
    noKeyFindings: 'Aucun constat n’a été enregistré pour ce système.',
    systemIntro: (system, frameworks) =>
      `Ce rapport expose l’évaluation de ${system} au regard de : ${frameworks}, les constats et les actions prévues.`,
    portfolioIntro: (systems, review, frameworks) =>
      `Ce rapport couvre ${systems} ${systems === 1 ? 'système' : 'systèmes'} d’IA enregistrés dans l’évaluation « ${review} », au regard de : ${frameworks}.`,
    portfolioFigures: (score, coverage) =>
      `Tous systèmes confondus, le score global est de ${score}, sur une couverture de ${coverage} des points applicables.`,
    portfolioRisk: (n) =>
      n === 0
        ? 'Aucun système ne présente un risque élevé ou critique.'
        : `${n} ${n === 1 ? 'système présente' : 'systèmes présentent'} un risque élevé ou critique ; le classement par niveau de risque les place en tête.`,
    portfolioActions: (open, overdue) =>
      `${open} ${open === 1 ? 'action corrective est ouverte ou en cours' : 'actions correctives sont ouvertes ou en cours'}, dont ${overdue} en retard.`,
    noSystems: 'L’évaluation ne recense encore aucun système d’IA.',
    findingsLine: (total, high) => `${total} (dont ${high} de gravité élevée)`,
    actionsLine: (open, overdue) => `${open} ouvertes ou en cours (${overdue} en retard)`,
    signOffLine: (assessor, reviewer) =>
      [
        assessor ? 'validé par un évaluateur' : 'pas de validation d’évaluateur',
        reviewer ? 'par un vérificateur' : 'pas de validation de vérificateur',
      ].join(', '),
  },
  integration: (level, confirmed) =>
    `Intégration du principe (annexe IV de la Charte) : ${level}${confirmed ? ', confirmé par l’évaluateur' : ', selon les réponses'}.`,
  hiddenItems: (n) =>
    n === 1
      ? '1 point qui ne s’applique pas, ou marqué non applicable, n’est pas repris.'
      : `${n} points qui ne s’appliquent pas, ou marqués non applicables, ne sont pas repris.`,
  evidencePrefix: 'Pièces : ',
  recheck: 'À revérifier : la question a été reformulée après cette réponse.',
  empty: {
    findings: 'Aucun constat n’a été enregistré.',
    actions: 'Aucune action corrective n’a été enregistrée.',
    evidence: 'Aucune pièce n’est jointe.',
    signOffs: 'Personne n’a encore validé cette évaluation.',
  },
  heatMapIntro:
    'Chaque case donne le score de conformité d’un système pour un principe, sur les points qui s’appliquent au ' +
    'système. La couleur reprend le chiffre en quatre tranches ; « — » signifie qu’aucun point du principe n’a encore été évalué.',
  heatMapLegend: { high: '80 % et plus', medium: 'de 50 % à 79,9 %', low: 'moins de 50 %', none: '— non évalué' },
  rankingIntro:
    'Les systèmes sont classés par niveau de risque, puis par score global croissant, puis par nom, selon la méthode exposée à la fin du rapport.',
  combinedActionsIntro:
    'Toutes les actions correctives de tous les systèmes, par échéance la plus proche ; les actions sans échéance viennent en dernier.',
  appendixIntro: 'Les résultats complets de chaque système, dans l’ordre de l’évaluation.',
  pseudonym: (n) => `Personne ${n}`,
  methodology: {
    scoring: [
      'Seuls comptent les points qui s’appliquent au système. Un point s’applique sauf si sa règle d’applicabilité est ' +
        'fausse au vu de ce que l’évaluation indique du système ; une caractéristique non renseignée n’exclut jamais un point.',
      'Chaque point évalué rapporte des points, et le score de conformité vaut 100 × points ÷ nombre de points évalués, ' +
        'arrondi à une décimale. Les points non applicables ou non encore évalués ne comptent pas. Lorsqu’aucun point ' +
        'n’est évalué, le score est indiqué par « — », jamais par 0 ou 100.',
    ],
    points: [
      ['Conforme', '1 point'],
      ['Partiel', '0,5 point'],
      ['Non conforme', '0 point'],
      ['Non applicable, non évalué', 'non évalué'],
    ],
    coverage:
      'La couverture vaut 100 × points renseignés ÷ points applicables, tout statut autre que « non évalué » étant une ' +
      'réponse. Elle indique sur quelle part du référentiel un score repose.',
    risk: [
      'Le niveau de risque d’un système part de son groupe de l’annexe II : les utilisations à encourager partent de ' +
        'faible ; celles qui nécessitent des précautions méthodologiques considérables, de moyen ; celles à envisager au ' +
        'terme de travaux scientifiques complémentaires, d’élevé ; celles à envisager avec les plus extrêmes réserves, de ' +
        'critique. Un système non encore classé part de moyen.',
      'Le niveau monte d’un cran lorsqu’un point de gravité élevée est non conforme, et d’un cran encore lorsque trois ' +
        'points ou plus sont non conformes au total. Il ne dépasse jamais critique.',
    ],
    pooled:
      'Les chiffres d’un principe pour l’ensemble du portefeuille, et les chiffres globaux du portefeuille, regroupent ' +
      'toutes les réponses de tous les systèmes ; un système comptant davantage de points applicables pèse donc davantage.',
    frameworksSubset:
      'Ce rapport ne couvre que les référentiels indiqués en couverture ; ses scores et niveaux de risque sont calculés sur ces seuls référentiels.',
    appendixIIIntro:
      'L’annexe II de la Charte de la CEPEJ répartit les utilisations de l’IA dans les systèmes judiciaires en quatre ' +
      'groupes, des utilisations à encourager à celles à envisager avec les plus extrêmes réserves. Chaque système de ' +
      'l’évaluation est classé dans un groupe, avec le motif du classement.',
    sourcesIntro:
      'Les référentiels sont rédigés dans les termes propres de Charter Review et citent les textes sources par titre ' +
      'et par section. Les versions utilisées sont intégrées au fichier d’évaluation, de sorte que le rapport reste ' +
      'identique des années plus tard.',
    about: (app) => [
      `Produit par ${app}, qui conserve toute l’évaluation (inventaire, réponses, constats, actions, pièces et ` +
        'validations, avec un journal de chaque modification) dans un seul fichier.',
      'Un statut partiel, non conforme ou non applicable doit être justifié. Les pièces sont conservées dans le fichier ' +
        'd’évaluation et sont citées ici par leur nom et leur empreinte SHA-256.',
    ],
    anonymised:
      'Les noms des personnels (évaluateurs, vérificateurs, signataires, responsables d’actions, contacts, auteurs des ' +
      'réponses et des constats) sont remplacés par des personnes numérotées ; une même personne garde le même numéro ' +
      'dans tout le rapport.',
  },
  subjectSystem: (system) => `Évaluation de ${system} au regard de la Charte éthique européenne de la CEPEJ sur l’IA`,
  subjectPortfolio: (n) =>
    `Évaluation de ${n} ${n === 1 ? 'système' : 'systèmes'} d’IA au regard de la Charte éthique européenne de la CEPEJ sur l’IA`,
  sizeUnits: { bytes: 'octets', kb: 'Ko', mb: 'Mo' },
  progress: {
    heading: 'Progrès depuis la dernière revue',
    intro: (title, created) =>
      `Cette section compare la présente évaluation avec la revue précédente, « ${title} » (créée le ${created}), lue dans le fichier indiqué ci-dessous.`,
    method:
      'Un système est reconnu comme le même par son identifiant, ou à défaut par le même nom et la même juridiction. ' +
      'Un principe progresse ou recule lorsque son score de conformité augmente ou diminue ; il est nouveau lorsqu’il ' +
      'est évalué pour la première fois, et n’est plus évalué lorsque la revue précédente avait un score et la présente aucun.',
    previousReview: 'Revue précédente',
    previousCreated: 'Créée le',
    previousFile: 'Fichier de la revue précédente',
    previousSha256: 'Empreinte SHA-256 du fichier précédent',
    change: {
      improved: '▲ En progrès',
      regressed: '▼ En recul',
      unchanged: '= Inchangé',
      new: '+ Nouveau',
      disappeared: '− Plus évalué',
    },
    totalsLine: (added, gone, items) =>
      `${added} ${added === 1 ? 'système est nouveau' : 'systèmes sont nouveaux'} dans cette revue et ${gone} ` +
      `${gone === 1 ? 'n’y figure plus' : 'n’y figurent plus'} ; ${items} ${items === 1 ? 'réponse a changé' : 'réponses ont changé'} de statut.`,
    gridIntro:
      'Chaque case donne le score du principe lors de la revue précédente, puis dans la présente, et indique en toutes lettres son évolution.',
    before: 'Précédent',
    after: 'Actuel',
    movement: 'Évolution',
    systemNew: 'nouveau dans cette revue',
    systemDisappeared: 'ne figure plus dans l’évaluation',
    matchedByName: 'reconnu par son nom et sa juridiction',
    systemNewIntro: 'Ce système ne figurait pas dans la revue précédente : tous ses scores sont nouveaux.',
    matchedByNameIntro:
      'La revue précédente enregistre ce système sous un autre identifiant ; il a été reconnu par son nom et sa juridiction.',
    changedItems: 'Réponses dont le statut a changé',
    noChangedItems: 'Aucune réponse n’a changé de statut depuis la revue précédente.',
    noPrinciples: 'Aucune des deux revues n’a encore de score pour ce système.',
  },
};

const TEXTS: Record<ReportLanguage, ReportText> = { en, fr };

export function reportText(language: ReportLanguage): ReportText {
  return TEXTS[language];
}

const MONTHS: Record<ReportLanguage, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
};

/**
 * "1 March 2026" / "1 mars 2026" from "2026-03-01" or a full ISO time. Written by hand rather than with Intl so
 * the worker, Node and every locale set-up print the same words; a calendar date is taken as written.
 */
export function formatDate(value: string, language: ReportLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const name = MONTHS[language][Number(month) - 1];
  if (!name) return value;
  const dayNumber = Number(day);
  return `${language === 'fr' && dayNumber === 1 ? '1er' : dayNumber} ${name} ${year}`;
}

/** A moment (sign-offs) as its date and the time of day in UTC, which the file records. */
export function formatMoment(value: string, language: ReportLanguage): string {
  const time = /T(\d{2}):(\d{2})/.exec(value);
  if (!time) return formatDate(value, language);
  const clock = language === 'fr' ? `${time[1]} h ${time[2]}` : `${time[1]}:${time[2]}`;
  return `${formatDate(value, language)}, ${clock} UTC`;
}

const NARROW_NO_BREAK_SPACE = '\u202f';

/** A figure as the engine gives it: "66.7%" / "66,7 %", or "—" when there is none. */
export function formatPercent(value: number | null, language: ReportLanguage): string {
  if (value === null) return '—';
  const digits = String(value);
  return language === 'fr' ? `${digits.replace('.', ',')}${NARROW_NO_BREAK_SPACE}%` : `${digits}%`;
}

export function formatSize(bytes: number, language: ReportLanguage): string {
  const units = TEXTS[language].sizeUnits;
  const decimal = (n: number) => {
    const text = n.toFixed(1).replace(/\.0$/, '');
    return language === 'fr' ? text.replace('.', ',') : text;
  };
  if (bytes < 1024) return `${bytes} ${units.bytes}`;
  if (bytes < 1024 ** 2) return `${decimal(bytes / 1024)} ${units.kb}`;
  return `${decimal(bytes / 1024 ** 2)} ${units.mb}`;
}
