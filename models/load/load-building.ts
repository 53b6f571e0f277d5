/**
 * Reading a building file: text or bytes → a validated Building, or the list of everything wrong
 * with it. Never throws on bad input and never hangs (see limits.ts); the file name is carried into
 * results so every message can say which file it is about.
 */
import { Building } from '../schema/building.ts';
import { IssueList, type ValidationIssue } from '../validation/issue.ts';
import { addZodIssues } from '../validation/zod-issues.ts';
import { validateSemantics } from '../validation/validate.ts';
import { decodeUtf8, parseJsonText } from './parse-json.ts';

export interface LoadResult {
  /** The file this is about, as given by the caller (a path or a name). */
  file: string;
  /** The building if there are no errors (warnings allowed). */
  building: Building | undefined;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

function result(file: string, out: IssueList, building?: Building): LoadResult {
  const errors = out.errors;
  return { file, building: errors.length === 0 ? building : undefined, errors, warnings: out.warnings };
}

/** Schema then semantic validation of an already-parsed value (e.g. a model built in code). */
export function validateBuilding(value: unknown, file = '<memory>'): LoadResult {
  const out = new IssueList();
  let parsed;
  try {
    parsed = Building.safeParse(value, { reportInput: true });
  } catch (e) {
    // zod walks the value recursively; a cyclic or absurdly deep in-memory object ends up here.
    out.error('', 'schema.invalid', `cannot be read: ${String(e)}`, `无法读取：${String(e)}`);
    return result(file, out);
  }
  if (!parsed.success) {
    addZodIssues(out, parsed.error.issues);
    return result(file, out);
  }
  validateSemantics(parsed.data, out);
  return result(file, out, parsed.data);
}

export function loadBuildingText(text: string, file = '<memory>'): LoadResult {
  const out = new IssueList();
  const parsed = parseJsonText(text, out);
  if (!parsed.ok) return result(file, out);
  return validateBuilding(parsed.value, file);
}

export function loadBuildingBytes(bytes: Uint8Array, file = '<memory>'): LoadResult {
  const out = new IssueList();
  const text = decodeUtf8(bytes, out);
  if (text === undefined) return result(file, out);
  return loadBuildingText(text, file);
}
