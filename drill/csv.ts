/**
 * RFC 4180 CSV, the small part the drill needs: quote a field when it holds a comma, quote or line
 * break; parse records with their 1-based line numbers so errors can name the line.
 */
export function csvField(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export interface CsvRecord {
  /** Line on which the record starts (1-based). */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}

/** Records of a CSV text; blank lines are skipped. Throws CsvSyntaxError for an unclosed quote. */
export function parseCsv(text: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a BOM from spreadsheet exports
  while (i < s.length) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let atFieldStart = true;
    for (; i < s.length; i++) {
      const c = s[i]!;
      if (quoted) {
        if (c === '"' && s[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') quoted = false;
        else {
          if (c === '\n') line++;
          field += c;
        }
        continue;
      }
      if (c === '"' && atFieldStart) {
        quoted = true;
        atFieldStart = false;
        continue;
      }
      if (c === ',') {
        fields.push(field);
        field = '';
        atFieldStart = true;
        continue;
      }
      if (c === '\r' && s[i + 1] === '\n') continue;
      if (c === '\n') {
        i++;
        line++;
        break;
      }
      field += c;
      atFieldStart = false;
    }
    if (quoted) throw new CsvSyntaxError(start, 'a quoted field is never closed');
    fields.push(field);
    if (!(fields.length === 1 && fields[0]!.trim() === '')) out.push({ line: start, fields });
  }
  return out;
}
