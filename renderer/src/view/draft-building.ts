/**
 * A file with errors has no `building` in its LoadResult, so nothing could be drawn and a geometric
 * error (a door off its wall, overlapping rooms) could not be shown where it is. When the file passes
 * the schema and only the semantic rules fail, the same model parser gives a "draft": drawn so errors
 * can be located, never run. Reuses models/ (limits, JSON parse, zod schema); nothing is parsed here.
 */
import { Building, type LoadResult } from '../../../models/index.ts';
import { decodeUtf8, parseJsonText } from '../../../models/load/parse-json.ts';
import { IssueList } from '../../../models/validation/issue.ts';

/** The schema-valid model of a file whose only errors are semantic; otherwise undefined. */
export function draftBuilding(result: LoadResult, input: string | Uint8Array): Building | undefined {
  if (result.building !== undefined || result.errors.length === 0) return undefined;
  // Reading or schema errors: there is no model to draw.
  if (result.errors.some((e) => /^(file|json|schema)\./.test(e.code))) return undefined;
  const scratch = new IssueList();
  const text = typeof input === 'string' ? input : decodeUtf8(input, scratch);
  if (text === undefined) return undefined;
  const parsed = parseJsonText(text, scratch);
  if (!parsed.ok) return undefined;
  try {
    const checked = Building.safeParse(parsed.value);
    return checked.success ? checked.data : undefined;
  } catch {
    return undefined;
  }
}
