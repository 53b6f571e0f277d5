/**
 * Turns zod's schema issues into Lifeline's: a JSON pointer and a plain sentence in en and zh-CN,
 * instead of zod's developer wording ("Invalid input: expected string, received undefined").
 */
import type { z } from 'zod';
import type { IssueList } from './issue.ts';
import { num, pointer } from './issue.ts';

type ZodIssue = z.core.$ZodIssue;

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: '布尔值 (true/false)',
  object: '对象',
  array: '数组',
  tuple: '数组',
  null: 'null',
  undefined: '缺失',
  nan: 'NaN',
  int: '整数',
};

function typeZh(t: string): string {
  return TYPE_ZH[t] ?? t;
}

/** What the value actually was, in the words a JSON user knows. */
function describeReceived(input: unknown): string {
  if (input === undefined) return 'undefined';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && !Number.isFinite(input)) return String(input);
  return typeof input;
}

/**
 * Among the branches of a failed union, the one the author most likely meant: the branch with the
 * fewest complaints that are not "unknown field" (a change `{ "block": 5 }` meant the block branch).
 */
function likeliestBranch(branches: ZodIssue[][]): ZodIssue[] | undefined {
  let best: ZodIssue[] | undefined;
  let bestScore = Infinity;
  for (const branch of branches) {
    const score = branch.reduce((s, i) => s + (i.code === 'unrecognized_keys' ? 10 : 1), 0);
    if (score < bestScore) {
      best = branch;
      bestScore = score;
    }
  }
  return best;
}

export function addZodIssues(
  out: IssueList,
  issues: readonly ZodIssue[],
  basePath: PropertyKey[] = [],
): void {
  for (const issue of issues) addOne(out, issue, basePath);
}

function addOne(out: IssueList, issue: ZodIssue, basePath: PropertyKey[]): void {
  const fullPath = [...basePath, ...issue.path];
  const path = pointer(...fullPath.map((p) => (typeof p === 'symbol' ? String(p) : p)));
  const field = String(fullPath[fullPath.length - 1] ?? '');
  switch (issue.code) {
    case 'invalid_type': {
      const received = describeReceived(issue.input);
      if (issue.expected === 'int' && received === 'number') {
        out.error(
          path,
          'schema.notInteger',
          `must be a whole number, not ${String(issue.input)}`,
          `必须是整数，实际为 ${String(issue.input)}`,
        );
      } else if (received === 'undefined') {
        out.error(path, 'schema.required', `missing required field "${field}"`, `缺少必填字段“${field}”`);
      } else if (issue.expected === 'number' && received === 'number') {
        out.error(
          path,
          'schema.notFinite',
          `must be a finite number, not ${String(issue.input)}`,
          `必须是有限数字，不能是 ${String(issue.input)}`,
        );
      } else {
        out.error(
          path,
          'schema.type',
          `must be ${article(issue.expected)}, not ${article(received)}`,
          `应为${typeZh(issue.expected)}，实际为${typeZh(received)}`,
        );
      }
      return;
    }
    case 'unrecognized_keys':
      for (const key of issue.keys) {
        out.error(
          pointer(...fullPath.map(String), key),
          'schema.unknownField',
          `unknown field "${key}" (check its spelling; see docs/model-format.md)`,
          `未知字段“${key}”（请检查拼写；见 docs/model-format.md）`,
        );
      }
      return;
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      if (issue.values.length === 1) {
        out.error(
          path,
          'schema.literal',
          `must be ${options}, not ${JSON.stringify(issue.input)}`,
          `必须为 ${options}，实际为 ${JSON.stringify(issue.input)}`,
        );
      } else {
        out.error(
          path,
          'schema.enum',
          `must be one of ${options}, not ${JSON.stringify(issue.input)}`,
          `必须是以下之一：${options}；实际为 ${JSON.stringify(issue.input)}`,
        );
      }
      return;
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = num(Number(small ? issue.minimum : issue.maximum));
      const inclusive = issue.inclusive !== false;
      if (issue.origin === 'array' || issue.origin === 'set') {
        out.error(
          path,
          small ? 'schema.tooFewItems' : 'schema.tooManyItems',
          `needs ${small ? 'at least' : 'at most'} ${bound} item(s)`,
          `至少需要${small ? '' : '不超过'} ${bound} 项`.replace('至少需要不超过', '最多'),
        );
      } else if (issue.origin === 'string') {
        out.error(
          path,
          small ? 'schema.tooShort' : 'schema.tooLong',
          small ? `must not be empty` : `is longer than ${bound} characters`,
          small ? `不能为空` : `长度超过 ${bound} 个字符`,
        );
      } else {
        const opEn = small ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
        out.error(
          path,
          small ? 'schema.tooSmall' : 'schema.tooBig',
          `must be ${opEn} ${bound}, not ${num(Number(issue.input))}`,
          `必须 ${opEn} ${bound}，实际为 ${num(Number(issue.input))}`,
        );
      }
      return;
    }
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const raw = (issue as { options?: unknown[] }).options ?? [];
        const options = raw.map((o) => JSON.stringify(o)).join(', ');
        out.error(
          path,
          'schema.enum',
          `"${String(issue.discriminator)}" must be one of ${options}`,
          `“${String(issue.discriminator)}”必须是以下之一：${options}`,
        );
        return;
      }
      const branch = likeliestBranch(issue.errors);
      if (branch && branch.length > 0) {
        addZodIssues(out, branch, fullPath);
      } else {
        out.error(path, 'schema.invalid', 'is not a valid value here', '此处的值无效');
      }
      return;
    }
    case 'invalid_format':
      out.error(path, 'schema.format', `is not a valid ${issue.format}`, `不是有效的 ${issue.format}`);
      return;
    case 'not_multiple_of':
      out.error(
        path,
        'schema.notInteger',
        `must be a multiple of ${String(issue.divisor)}`,
        `必须是 ${String(issue.divisor)} 的倍数`,
      );
      return;
    default:
      out.error(path, 'schema.invalid', issue.message, `无效的值（${issue.message}）`);
  }
}

function article(t: string): string {
  if (t === 'undefined' || t === 'null' || t.startsWith('-') || /^\d|Infinity|NaN/.test(t)) return t;
  return /^[aeiou]/i.test(t) ? `an ${t}` : `a ${t}`;
}
