// The checklist content shipped with the app, validated once when first used, one by one and as a set.
import cepejCharter from './content/cepej-charter-2018.json';
import euAiActDeployer from './content/eu-ai-act-deployer.json';
import huderia from './content/huderia-2024.json';
import { FrameworkContent } from './schema';
import { validateFrameworkSet } from './validateFrameworkSet';

const RAW_FRAMEWORKS: unknown[] = [cepejCharter, euAiActDeployer, huderia];

let validated: FrameworkContent[] | undefined;

export function builtInFrameworks(): FrameworkContent[] {
  validated ??= loadBuiltInFrameworks();
  return validated;
}

export function builtInFramework(id: string): FrameworkContent | undefined {
  return builtInFrameworks().find((framework) => framework.id === id);
}

/** The frameworks a new review starts with; the others are offered as additions. */
export const DEFAULT_FRAMEWORK_IDS = ['cepej-charter-2018'];

function loadBuiltInFrameworks(): FrameworkContent[] {
  const frameworks = RAW_FRAMEWORKS.map((raw) => FrameworkContent.parse(raw));
  const problems = validateFrameworkSet(frameworks);
  if (problems.length > 0) {
    // Shipped content is checked by the unit tests; reaching this means a build let broken content through.
    throw new Error(`The built-in checklist content is inconsistent: ${problems.map((p) => p.message).join(' ')}`);
  }
  return frameworks;
}
