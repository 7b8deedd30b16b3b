// Field work: assessor packages, merging returned files three ways, and comparing review rounds.
// Platform-free: the engine reads and writes the review files, this folder decides.
export * from './compareRounds';
export * from './FieldworkError';
export * from './mergeAudit';
export * from './mergeTexts';
export * from './mergeTypes';
export * from './planMerge';
export * from './snapshot';
