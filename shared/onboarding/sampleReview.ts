// The sample review a newcomer can open from the Welcome screen: the sample inventory of twelve court systems,
// imported as an officer would, with a few systems classified and partly answered, one finding and one action,
// so that every screen has something to show. Deterministic: the same sample every time.
import type { ReviewEngine } from '../engine/ReviewEngine';
import { guessMapping, planImport, readInventory, toImportCommand } from '../inventory';
import type { AnswerStatus } from '../model/status';

export const SAMPLE_INVENTORY_FILE_NAME = 'inventory-sample.csv';

/** Statuses given in turn to the items of the answered systems, with a justification where one is needed. */
const PATTERN: readonly { status: AnswerStatus; justification: string }[] = [
  { status: 'compliant', justification: 'Checked against the supplier documentation and the court’s procedures.' },
  { status: 'compliant', justification: '' },
  { status: 'partial', justification: 'In place for civil cases only; criminal cases are not covered yet.' },
  { status: 'compliant', justification: '' },
  { status: 'non_compliant', justification: 'No written procedure exists; the registry relies on habit.' },
  { status: 'not_applicable', justification: 'The system makes no proposal that a person acts on.' },
];

/** How many systems of the sample get answers, and how much of their checklist. */
const ANSWERED_SYSTEMS = 3;
const ANSWERED_SHARE = [1, 0.6, 0.3];

export async function buildSampleReview(engine: ReviewEngine, inventoryCsv: Uint8Array, actor: string): Promise<void> {
  const source = await readInventory(inventoryCsv, { fileName: SAMPLE_INVENTORY_FILE_NAME });
  const plan = await planImport(source.table, guessMapping(source.table.headers), engine.systems());
  engine.dispatch(toImportCommand(plan, { fileName: SAMPLE_INVENTORY_FILE_NAME, format: source.format }), actor);

  const systems = engine.systems();
  const categories = ['precautions', 'encouraged', 'extreme_reservations'] as const;
  for (const [index, system] of systems.slice(0, ANSWERED_SYSTEMS).entries()) {
    engine.dispatch(
      {
        type: 'classifyUse',
        systemId: system.id,
        useCategory: categories[index] ?? 'precautions',
        reason: 'Sample: classified by the court IT officer after a first reading of the system’s purpose.',
        source: 'reviewer',
      },
      actor,
    );
    const items = engine
      .checklist(system.id)
      .frameworks.flatMap((framework) => framework.principles.flatMap((principle) => principle.items))
      .filter((item) => item.applicable);
    const answered = items.slice(0, Math.round(items.length * (ANSWERED_SHARE[index] ?? 0)));
    engine.dispatch(
      {
        type: 'setAnswers',
        source: 'the sample review',
        answers: answered.map((item, position) => {
          const given = PATTERN[(position + index) % PATTERN.length] ?? { status: 'compliant', justification: '' };
          return { systemId: system.id, itemId: item.id, status: given.status, justification: given.justification };
        }),
      },
      actor,
    );
    const gap = answered.find(
      (_, position) => PATTERN[(position + index) % PATTERN.length]?.status === 'non_compliant',
    );
    if (index === 0 && gap) {
      const findingId = engine.dispatch(
        {
          type: 'addFinding',
          systemId: system.id,
          itemId: gap.id,
          severity: 'high',
          description: 'There is no written procedure for this safeguard.',
          recommendation: 'Write the procedure, train the registry staff, and check it at the next review.',
        },
        actor,
      ).createdId;
      engine.dispatch(
        {
          type: 'addAction',
          systemId: system.id,
          findingId: findingId ?? null,
          description: 'Draft and adopt the written procedure',
          owner: 'Head of registry',
          dueDate: '2027-03-31',
          state: 'in_progress',
        },
        actor,
      );
    }
  }
}
