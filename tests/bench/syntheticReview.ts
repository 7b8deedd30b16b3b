// A national review at full size, made through the engine's own commands: systems with varied attributes,
// every applicable CEPEJ Charter item answered, findings, actions and evidence files. Seeded, so every run
// of the benchmark measures the same review.
import { randomUUID } from 'node:crypto';
import type { SqlJsStatic } from '../../shared/db/sqljs';
import { itemApplies } from '../../shared/frameworks/applicability';
import { builtInFramework } from '../../shared/frameworks/builtIn';
import type { FrameworkContent } from '../../shared/frameworks/schema';
import { ReviewEngine } from '../../shared/engine/ReviewEngine';
import type { AnswerStatus } from '../../shared/model/status';
import {
  AUTOMATION_LEVELS,
  DATA_KINDS,
  LEGAL_AREAS,
  SYSTEM_STAGES,
  type SystemAttributes,
  type SystemRecord,
  USE_CATEGORIES,
} from '../../shared/model/system';

export const CHARTER_ID = 'cepej-charter-2018';

export interface ReviewSize {
  systems: number;
  findings: number;
  actions: number;
  evidenceFiles: number;
  evidenceBytes: number;
  /** Answer every applicable item (the full review) or leave the checklists open (an inventory only). */
  answered: boolean;
}

export const FULL_REVIEW: ReviewSize = {
  systems: 1000,
  findings: 2000,
  actions: 500,
  evidenceFiles: 200,
  evidenceBytes: 100 * 1024,
  answered: true,
};

export type Random = () => number;

/** Mulberry32: small, fast and good enough to vary test data the same way every run. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: Random, values: readonly T[]): T {
  const value = values[Math.floor(random() * values.length)];
  if (value === undefined) throw new Error('pick needs at least one value');
  return value;
}

/** Picks by weight: `[[value, weight], …]`. */
export function weighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let left = random() * total;
  for (const [value, weight] of choices) {
    left -= weight;
    if (left < 0) return value;
  }
  return pick(
    random,
    choices.map(([value]) => value),
  );
}

function someOf<T>(random: Random, values: readonly T[], chance: number): T[] {
  return values.filter(() => random() < chance);
}

const COURT_KINDS = [
  'District Court',
  'Court of Appeal',
  'Administrative Court',
  'Commercial Court',
  'Family Court',
  'Regional Court',
  'Court of First Instance',
  'Labour Court',
];
const PLACES = [
  'Baku',
  'Ganja',
  'Sumqayit',
  'Lyon',
  'Bordeaux',
  'Strasbourg',
  'Tallinn',
  'Tartu',
  'Ljubljana',
  'Maribor',
  'Porto',
  'Coimbra',
  'Riga',
  'Vilnius',
  'Kaunas',
  'Tbilisi',
  'Batumi',
  'Chisinau',
  'Yerevan',
  'Skopje',
];
const COUNTRIES = ['AZ', 'FR', 'EE', 'SI', 'PT', 'LV', 'LT', 'GE', 'MD', 'AM', 'MK'];
const FUNCTIONS = [
  ['Judgment anonymiser', 'Removes names, addresses and identity numbers from judgments before publication'],
  ['Hearing transcription', 'Speech-to-text of audio recordings of hearings'],
  ['Case-law search assistant', 'Semantic search over published judgments with generated summaries'],
  ['Case allocation helper', 'Suggests the chamber and judge for incoming cases from their subject matter'],
  ['Document translation', 'Machine translation of pleadings and exhibits for parties who need it'],
  ['Online dispute triage', 'Sorts small claims lodged online and proposes mediation where it fits'],
  ['Sentencing statistics explorer', 'Shows past sentences for comparable offences to judges on request'],
  ['Recidivism risk score', 'Estimates the risk of reoffending for probation officers'],
  ['Chatbot for court users', 'Answers questions of the public about procedures, fees and hearing dates'],
  ['Backlog forecaster', 'Forecasts the caseload per court for planning staff and budgets'],
  ['Legal aid eligibility check', 'Pre-checks applications for legal aid against the means test'],
  ['Deed classification', 'Classifies scanned deeds and routes them to the right registry'],
] as const;
const VENDORS = ['SpeechCo LLC', 'LexIA SAS', 'Juris Analytics', 'NordData OÜ', 'CourtTech GmbH', 'Translatica'];
const USERS = ['Judges', 'Registry clerks', 'Court secretaries', 'Probation officers', 'Lawyers', 'The public'];
const HOSTING = ['On-premises', 'Ministry data centre', 'Vendor cloud (EU region)', 'Government cloud'];
const FIRST_NAMES = ['Rashad', 'Leyla', 'Marie', 'Jaan', 'Ana', 'Luís', 'Ilze', 'Tomas', 'Nino', 'Elena', 'Aram'];
const LAST_NAMES = ['Mammadov', 'Aliyeva', 'Dupont', 'Tamm', 'Novak', 'Silva', 'Ozola', 'Kazlauskas', 'Beridze'];

export function personName(random: Random): string {
  return `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
}

/** Attributes of the nth system; names stay unique because the number is part of them. */
export function systemAttributes(random: Random, n: number): SystemAttributes {
  const [kind, purpose] = pick(random, FUNCTIONS);
  const place = pick(random, PLACES);
  const vendor = random() < 0.55;
  const year = 2019 + Math.floor(random() * 7);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  return {
    name: `${kind} ${String(n).padStart(4, '0')}`,
    organisation: `${place} ${pick(random, COURT_KINDS)}`,
    country: pick(random, COUNTRIES),
    purpose,
    stage: weighted(random, [
      [SYSTEM_STAGES[0], 1],
      [SYSTEM_STAGES[1], 3],
      [SYSTEM_STAGES[2], 5],
      [SYSTEM_STAGES[3], 1],
    ]),
    providerType: vendor ? 'vendor' : 'in_house',
    providerName: vendor ? pick(random, VENDORS) : '',
    useCategory: random() < 0.1 ? null : pick(random, USE_CATEGORIES),
    automation: pick(random, AUTOMATION_LEVELS),
    dataProcessed: random() < 0.15 ? [] : someOf(random, DATA_KINDS, 0.35),
    legalAreas: someOf(random, LEGAL_AREAS, 0.3),
    users: someOf(random, USERS, 0.4).join(', ') || 'Judges',
    hosting: pick(random, HOSTING),
    contact: `${personName(random)} <it.ops@court.example>`,
    goLive: `${year}-${month}`,
    notes: random() < 0.3 ? 'Model retrained yearly; a person checks every output before it is used.' : '',
  };
}

const JUSTIFICATIONS: Record<Exclude<AnswerStatus, 'not_reviewed'>, readonly string[]> = {
  compliant: [
    'Checked in the vendor documentation and confirmed in an interview with the system owner.',
    'The court publishes this in its AI register; the entry was read on site.',
    'Test results from the last release were reviewed; no gap found.',
    '',
  ],
  partial: [
    'Documented for the production release only; the pilot configuration is not covered.',
    'A procedure exists but was not followed for the last two model updates.',
    'Users were trained, but the training material does not mention the limitations of the model.',
  ],
  non_compliant: [
    'No record of this was found, and the system owner confirmed it has not been done.',
    'The contract with the vendor does not give the court access to the training data or the model.',
    'No measure of error rates across groups of litigants exists.',
  ],
  not_applicable: [
    'The system processes no personal data: it works on published, anonymised judgments only.',
    'Only staff use the tool; it never addresses parties or the public.',
  ],
};

const ANSWER_MIX: readonly (readonly [Exclude<AnswerStatus, 'not_reviewed'>, number])[] = [
  ['compliant', 52],
  ['partial', 24],
  ['non_compliant', 14],
  ['not_applicable', 10],
];

const FINDINGS = [
  'The court cannot explain individual outputs to a party who asks for the reasons.',
  'Accuracy has not been measured since the model was retrained.',
  'Personal data is kept longer than the retention schedule allows.',
  'Users are not told that the text was produced by an AI system.',
  'No one checks the outputs before they reach the case file.',
];
const ACTIONS = [
  'Commission an independent accuracy test on a sample of recent cases.',
  'Add a notice on every generated document that it was produced by an AI system.',
  'Amend the contract to give the court access to the model documentation.',
  'Train registry staff on the limitations of the tool.',
];

/** Bytes that do not compress, like the scanned PDFs courts keep as evidence. */
export function evidenceContent(random: Random, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let state = Math.floor(random() * 2 ** 32) >>> 0 || 1;
  for (let i = 0; i < size; i += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  // A PDF's first bytes, so a preview would recognise the type.
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
}

const ACTOR = 'Benchmark Officer';

function charter(): FrameworkContent {
  const framework = builtInFramework(CHARTER_ID);
  if (!framework) throw new Error(`The built-in content has no ${CHARTER_ID}.`);
  return framework;
}

/** Builds the review with the engine's commands, as people and imports would have. */
export async function buildSyntheticReview(
  sql: SqlJsStatic,
  size: ReviewSize,
  seed = 2026,
  onProgress?: (step: string) => void,
): Promise<ReviewEngine> {
  const random = seededRandom(seed);
  const framework = charter();
  const engine = await ReviewEngine.create(sql, {
    title: 'National review of AI in courts 2026',
    organisation: 'Ministry of Justice',
    createdBy: ACTOR,
    frameworks: [framework],
  });
  const systems: SystemRecord[] = [];
  const ids: string[] = [];
  for (let n = 1; n <= size.systems; n += 1) {
    const id = randomUUID();
    engine.dispatch({ type: 'addSystem', id, attributes: systemAttributes(random, n) }, ACTOR);
    ids.push(id);
  }
  onProgress?.(`${size.systems} systems`);
  for (const id of ids) {
    const system = engine.system(id);
    if (system) systems.push(system);
  }

  // Per system, where its problems are: findings go to the items answered partial or non-compliant.
  const weakItems = new Map<string, string[]>();
  if (size.answered) {
    for (const system of systems) {
      const answers = framework.items
        .filter((item) => itemApplies(item.appliesWhen, system))
        .map((item) => {
          const status = weighted(random, ANSWER_MIX);
          return { systemId: system.id, itemId: item.id, status, justification: pick(random, JUSTIFICATIONS[status]) };
        });
      engine.dispatch({ type: 'setAnswers', answers, source: 'Field visit notes' }, ACTOR);
      weakItems.set(
        system.id,
        answers.filter((a) => a.status === 'partial' || a.status === 'non_compliant').map((a) => a.itemId),
      );
    }
    onProgress?.('answers');
  }

  const findingIds: { id: string; systemId: string }[] = [];
  for (let n = 0; n < size.findings; n += 1) {
    const system = systems[n % systems.length];
    if (!system) break;
    const weak = weakItems.get(system.id) ?? [];
    const id = randomUUID();
    engine.dispatch(
      {
        type: 'addFinding',
        id,
        systemId: system.id,
        itemId: weak.length > 0 ? pick(random, weak) : null,
        severity: weighted(random, [
          ['low', 3],
          ['medium', 4],
          ['high', 2],
        ]),
        description: pick(random, FINDINGS),
        recommendation: pick(random, ACTIONS),
      },
      ACTOR,
    );
    findingIds.push({ id, systemId: system.id });
  }
  onProgress?.(`${size.findings} findings`);

  for (let n = 0; n < size.actions; n += 1) {
    const finding = findingIds[(n * 4) % Math.max(1, findingIds.length)];
    const system = finding ? undefined : systems[n % systems.length];
    const systemId = finding?.systemId ?? system?.id;
    if (!systemId) break;
    const due = new Date(Date.UTC(2026, Math.floor(random() * 18), 1 + Math.floor(random() * 28)));
    engine.dispatch(
      {
        type: 'addAction',
        systemId,
        findingId: finding?.id ?? null,
        description: pick(random, ACTIONS),
        owner: personName(random),
        dueDate: due.toISOString().slice(0, 10),
        state: weighted(random, [
          ['open', 5],
          ['in_progress', 3],
          ['done', 2],
          ['cancelled', 1],
        ]),
      },
      ACTOR,
    );
  }
  onProgress?.(`${size.actions} actions`);

  for (let n = 0; n < size.evidenceFiles; n += 1) {
    const system = systems[(n * 5) % systems.length];
    if (!system) break;
    engine.dispatch(
      {
        type: 'addEvidence',
        systemId: system.id,
        itemId: pick(random, framework.items).id,
        name: `audit-report-${String(n + 1).padStart(3, '0')}.pdf`,
        mediaType: 'application/pdf',
        content: evidenceContent(random, size.evidenceBytes),
      },
      ACTOR,
    );
  }
  onProgress?.(`${size.evidenceFiles} evidence files`);
  return engine;
}

/** Escapes one CSV cell as spreadsheets write it. */
function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const STAGE_LABELS: Record<string, string> = {
  idea: 'Idea',
  pilot: 'Pilot',
  production: 'Production',
  retired: 'Retired',
};
const AUTOMATION_LABELS: Record<string, string> = {
  information: 'Information',
  support: 'Decision support',
  decision: 'Decision',
};

/**
 * A national inventory as courts export it from a spreadsheet, with English headings the import recognises.
 * The first `existing` names are those of the review's systems (so those rows update them); the rest are new.
 */
export function inventoryCsv(rows: number, existingNames: readonly string[], seed = 77): string {
  const random = seededRandom(seed);
  const header = [
    'System name',
    'Court / Body',
    'Country',
    'Purpose',
    'Supplier',
    'Status',
    'Automation',
    'Go-live',
    'Personal data?',
    'Users',
    'Hosting',
    'Contact',
    'Notes',
    'Asset ID',
  ];
  const lines = [header.join(',')];
  for (let n = 1; n <= rows; n += 1) {
    const attributes = systemAttributes(random, 5000 + n);
    const name = existingNames[n - 1] ?? attributes.name;
    const supplier = attributes.providerType === 'vendor' ? `Vendor: ${attributes.providerName ?? ''}` : 'In-house';
    const cells = [
      name,
      attributes.organisation ?? '',
      attributes.country ?? '',
      attributes.purpose ?? '',
      supplier,
      STAGE_LABELS[attributes.stage ?? 'pilot'] ?? 'Pilot',
      AUTOMATION_LABELS[attributes.automation ?? 'support'] ?? 'Decision support',
      attributes.goLive ?? '',
      (attributes.dataProcessed ?? []).length > 0 ? 'Yes' : 'No',
      attributes.users ?? '',
      attributes.hosting ?? '',
      attributes.contact ?? '',
      attributes.notes ?? '',
      `INV-${String(n).padStart(6, '0')}`,
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
