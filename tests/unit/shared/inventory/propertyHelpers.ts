// What the property tests use from the inventory module, gathered so the tests read plainly.
export {
  type CsvDelimiter,
  type ExistingSystem,
  type Table,
  guessMapping,
  parseCsv,
  planImport,
  writeCsv,
} from '../../../../shared/inventory';
export { normaliseLabel as normaliseLabelForTests } from '../../../../shared/inventory/normaliseLabel';
