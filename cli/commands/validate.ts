/**
 * `lifeline validate FILE…`: exit 0 with a one-line summary per valid file; exit 1 with one line per
 * error (`/json/path: message`, on stderr) if any file is invalid; exit 2 if any file is unreadable.
 * `--json` prints one document: `{ valid, errors: [{ path, message }], warnings }` for one file,
 * `{ valid, files: [...] }` for several.
 */
import type { RegisterCommand } from '../command-context.ts';
import type { ValidationIssue, Locale } from '../../models/validation/issue.ts';
import { formatIssue } from '../../models/validation/issue.ts';
import { buildingHeight } from '../../models/metrics/classification.ts';
import { occupantsByStorey } from '../../models/metrics/occupants.ts';
import type { Building } from '../../models/schema/building.ts';
import { EXIT, type CliIo } from '../io.ts';
import { loadFile } from '../load-file.ts';

export interface ValidateOptions {
  json: boolean;
  lang: Locale;
}

function issueJson(issue: ValidationIssue, lang: Locale): object {
  return { path: issue.path, message: issue.text[lang], code: issue.code, text: issue.text };
}

function summary(b: Building, warnings: number, lang: Locale): string {
  const people = occupantsByStorey(b).reduce((s, x) => s + x.occupants, 0);
  const height = buildingHeight(b).toFixed(1);
  return lang === 'zh-CN'
    ? `有效：“${b.name}”，${b.storeys.length} 层，高 ${height} m，${people} 人，${b.scenarios?.length ?? 0} 个场景，${warnings} 条警告`
    : `valid: "${b.name}", ${b.storeys.length} storeys, ${height} m, ${people} occupants, ${b.scenarios?.length ?? 0} scenarios, ${warnings} warning(s)`;
}

export async function validateCommand(files: string[], opts: ValidateOptions, io: CliIo): Promise<number> {
  const many = files.length > 1;
  const prefix = (file: string): string => (many ? `${file}: ` : '');
  let code: number = EXIT.ok;
  const docs: object[] = [];
  for (const file of files) {
    const loaded = await loadFile(file);
    if (!loaded.readable) {
      code = Math.max(code, EXIT.unreadable);
      const message = `${file} ${loaded.reason[opts.lang]}`;
      docs.push({ file, valid: false, readable: false, errors: [{ path: '', message }], warnings: [] });
      if (!opts.json) io.err(`lifeline: ${message}`);
      continue;
    }
    const r = loaded.result;
    const valid = r.errors.length === 0;
    if (!valid) code = Math.max(code, EXIT.invalid);
    docs.push({
      file,
      valid,
      errors: r.errors.map((i) => issueJson(i, opts.lang)),
      warnings: r.warnings.map((i) => issueJson(i, opts.lang)),
    });
    if (opts.json) continue;
    if (valid) {
      io.out(prefix(file) + summary(r.building!, r.warnings.length, opts.lang));
      for (const w of r.warnings)
        io.err(`${prefix(file)}${opts.lang === 'zh-CN' ? '警告' : 'warning'}: ${formatIssue(w, opts.lang)}`);
    } else {
      for (const e of r.errors) io.err(prefix(file) + formatIssue(e, opts.lang));
    }
  }
  if (opts.json) {
    const doc = many ? { valid: code === EXIT.ok, files: docs } : docs[0];
    io.out(JSON.stringify(doc, null, 2));
  }
  return code;
}

export const registerValidate: RegisterCommand = (program, ctx) => {
  program
    .command('validate')
    .description('check building files; exit 0 valid, 1 invalid, 2 unreadable')
    .argument('<files...>', 'building JSON files')
    .option('--json', 'print one JSON document { valid, errors: [{ path, message }], warnings }')
    .action(async (files: string[], opts: { json?: boolean }) => {
      ctx.setExitCode(await validateCommand(files, { json: opts.json === true, lang: ctx.lang() }, ctx.io));
    });
};
