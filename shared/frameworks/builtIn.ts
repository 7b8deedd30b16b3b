// The checklist content shipped with the app, validated once when first used.
import cepejCharter from './content/cepej-charter-2018.json';
import { FrameworkContent } from './schema';

const RAW_FRAMEWORKS: unknown[] = [cepejCharter];

let validated: FrameworkContent[] | undefined;

export function builtInFrameworks(): FrameworkContent[] {
  validated ??= RAW_FRAMEWORKS.map((raw) => FrameworkContent.parse(raw));
  return validated;
}

export function builtInFramework(id: string): FrameworkContent | undefined {
  return builtInFrameworks().find((framework) => framework.id === id);
}

export const DEFAULT_FRAMEWORK_IDS = ['cepej-charter-2018'];
