// Maps the `system` table to SystemRecord and back.
import type { SystemAttributes, SystemRecord } from '../model/system';
import type { Row, SqlValue } from './sqljs';

const str = (value: SqlValue | undefined): string => (value === null || value === undefined ? '' : String(value));

/** NULL (not stated) stays null; a stored JSON list becomes an array. */
function jsonArray<T extends string>(value: SqlValue | undefined): T[] | null {
  if (value === null || value === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(String(value));
    return Array.isArray(parsed) ? (parsed.filter((v) => typeof v === 'string') as T[]) : null;
  } catch {
    return null;
  }
}

/** The custom_fields JSON object; anything unreadable reads as no custom fields rather than failing the review. */
function jsonTextRecord(value: SqlValue | undefined): Record<string, string> {
  if (value === null || value === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(String(value));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return {};
  }
}

function nullableEnum<T extends string>(value: SqlValue | undefined): T | null {
  return value === null || value === undefined || value === '' ? null : (String(value) as T);
}

export function systemFromRow(row: Row): SystemRecord {
  return {
    id: str(row.id),
    name: str(row.name),
    organisation: str(row.organisation),
    country: str(row.country),
    purpose: str(row.purpose),
    stage: nullableEnum(row.stage),
    providerType: nullableEnum(row.provider_type),
    providerName: str(row.provider_name),
    useCategory: nullableEnum(row.use_category),
    useCategoryReason: str(row.use_category_reason),
    useCategorySource: nullableEnum(row.use_category_source),
    automation: nullableEnum(row.automation),
    dataProcessed: jsonArray(row.data_processed),
    legalAreas: jsonArray(row.legal_areas),
    users: str(row.users),
    hosting: str(row.hosting),
    contact: str(row.contact),
    goLive: str(row.go_live),
    notes: str(row.notes),
    customFields: jsonTextRecord(row.custom_fields),
    createdAt: str(row.created_at),
    updatedAt: str(row.updated_at),
  };
}

const listColumn = (list: readonly string[] | null): SqlValue => (list === null ? null : JSON.stringify(list));

/** Column name and SQL value for each attribute present in `attributes`. */
export function systemColumns(attributes: Partial<SystemAttributes>): [string, SqlValue][] {
  const columns: [string, SqlValue][] = [];
  const put = (column: string, value: SqlValue | undefined) => {
    if (value !== undefined) columns.push([column, value]);
  };
  put('name', attributes.name);
  put('organisation', attributes.organisation);
  put('country', attributes.country);
  put('purpose', attributes.purpose);
  put('stage', attributes.stage);
  put('provider_type', attributes.providerType);
  put('provider_name', attributes.providerName);
  put('use_category', attributes.useCategory);
  put('automation', attributes.automation);
  put('data_processed', attributes.dataProcessed === undefined ? undefined : listColumn(attributes.dataProcessed));
  put('legal_areas', attributes.legalAreas === undefined ? undefined : listColumn(attributes.legalAreas));
  put('users', attributes.users);
  put('hosting', attributes.hosting);
  put('contact', attributes.contact);
  put('go_live', attributes.goLive);
  put('notes', attributes.notes);
  put('custom_fields', attributes.customFields === undefined ? undefined : JSON.stringify(attributes.customFields));
  return columns;
}
