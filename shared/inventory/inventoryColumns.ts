// The columns of an exported inventory, in order, under the keys the inventory import recognises: shared by
// `charter-review inventory --csv` and the review workbook's inventory sheet. Custom fields and the two dates follow.
export const INVENTORY_EXPORT_COLUMNS = [
  'id',
  'name',
  'organisation',
  'useCategory',
  'country',
  'purpose',
  'stage',
  'providerType',
  'providerName',
  'useCategoryReason',
  'automation',
  'dataProcessed',
  'legalAreas',
  'users',
  'hosting',
  'contact',
  'goLive',
  'notes',
] as const;
