/**
 * JSON text → a plain value, refusing what would hang, exhaust memory or pollute prototypes later:
 * over-size text, non-UTF-8 bytes, syntax errors (with line and column), nesting beyond the limit,
 * huge arrays or strings, and the keys `__proto__`, `constructor` and `prototype`.
 * The scan after `JSON.parse` is iterative (an explicit stack), so deep nesting cannot overflow it.
 */
import type { IssueList } from '../validation/issue.ts';
import { num, pointer } from '../validation/issue.ts';
import { LIMITS } from './limits.ts';

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult = { ok: true; value: unknown } | { ok: false };

/** Bytes → text. Strict UTF-8 (a BOM is dropped); bad bytes are an error, not replacement chars. */
export function decodeUtf8(bytes: Uint8Array, out: IssueList): string | undefined {
  if (bytes.byteLength > LIMITS.maxFileBytes) {
    reportTooLarge(bytes.byteLength, out);
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    out.error(
      '',
      'file.notUtf8',
      'the file is not UTF-8 text (is it a building JSON file?)',
      '文件不是 UTF-8 文本（这是建筑 JSON 文件吗？）',
    );
    return undefined;
  }
}

function reportTooLarge(bytes: number, out: IssueList): void {
  const mb = num(bytes / 1024 / 1024);
  const limit = num(LIMITS.maxFileBytes / 1024 / 1024);
  out.error(
    '',
    'file.tooLarge',
    `the file is ${mb} MB; Lifeline reads building files up to ${limit} MB`,
    `文件大小为 ${mb} MB；Lifeline 最多读取 ${limit} MB 的建筑文件`,
  );
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export function parseJsonText(text: string, out: IssueList): ParseResult {
  if (text.length > LIMITS.maxFileBytes) {
    reportTooLarge(text.length, out);
    return { ok: false };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    out.error('', 'json.empty', 'the file is empty', '文件为空');
    return { ok: false };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // V8: "… in JSON at position 123 (line 5 column 3)"; end-of-input errors carry no position.
    const m = /position (\d+)/.exec(message);
    const at = m ? lineColumn(body, Number(m[1])) : lineColumn(body, body.length);
    // An error at the very end of the text means the text stopped, not that it is malformed.
    const truncated =
      /end of (JSON )?input|Unterminated/i.test(message) || (m !== null && Number(m[1]) >= body.length);
    out.error(
      '',
      'json.syntax',
      truncated
        ? `the JSON ends too early at line ${at.line}, column ${at.column} (is the file truncated?)`
        : `JSON syntax error at line ${at.line}, column ${at.column}`,
      truncated
        ? `JSON 在第 ${at.line} 行第 ${at.column} 列提前结束（文件是否不完整？）`
        : `JSON 语法错误，位于第 ${at.line} 行第 ${at.column} 列`,
    );
    return { ok: false };
  }
  return checkStructure(value, out) ? { ok: true, value } : { ok: false };
}

/**
 * Walks the parsed value once, iteratively, and stops at the first breach of a limit. Returns false
 * if the value must not be looked at further. Paths are built only when something is reported.
 */
export function checkStructure(root: unknown, out: IssueList): boolean {
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    out.error(
      '',
      'json.notObject',
      'a building file must be one JSON object { … }',
      '建筑文件必须是一个 JSON 对象 { … }',
    );
    return false;
  }
  // Stack entries: value, depth, parent index (for building the path of a breach), key.
  const values: unknown[] = [root];
  const depths: number[] = [1];
  const parents: number[] = [-1];
  const keys: (string | number)[] = [''];
  const seen: { value: unknown; parent: number; key: string | number }[] = [];
  let count = 0;
  const pathOf = (idx: number, extra?: string | number): string => {
    const tokens: (string | number)[] = extra === undefined ? [] : [extra];
    for (let i = idx; i > 0; i = seen[i]!.parent) tokens.unshift(seen[i]!.key);
    return pointer(...tokens);
  };
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop()!;
    const parent = parents.pop()!;
    const key = keys.pop()!;
    const idx = seen.length;
    if (++count > LIMITS.maxValues) {
      out.error(
        '',
        'json.tooManyValues',
        `the file holds more than ${LIMITS.maxValues} values`,
        `文件包含的数值超过 ${LIMITS.maxValues} 个`,
      );
      return false;
    }
    if (typeof value === 'string') {
      if (value.length > LIMITS.maxStringLength) {
        seen.push({ value, parent, key });
        out.error(
          pathOf(idx),
          'json.stringTooLong',
          `a text of ${value.length} characters; the limit is ${LIMITS.maxStringLength}`,
          `文本长度为 ${value.length} 个字符，上限为 ${LIMITS.maxStringLength}`,
        );
        return false;
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    seen.push({ value, parent, key });
    if (depth > LIMITS.maxDepth) {
      out.error(
        pathOf(idx),
        'json.tooDeep',
        `nested more than ${LIMITS.maxDepth} levels deep`,
        `嵌套层数超过 ${LIMITS.maxDepth} 层`,
      );
      return false;
    }
    if (Array.isArray(value)) {
      if (value.length > LIMITS.maxArrayLength) {
        out.error(
          pathOf(idx),
          'json.arrayTooLong',
          `a list of ${value.length} items; the limit is ${LIMITS.maxArrayLength}`,
          `列表包含 ${value.length} 项，上限为 ${LIMITS.maxArrayLength}`,
        );
        return false;
      }
      for (let i = value.length - 1; i >= 0; i--) {
        values.push(value[i]);
        depths.push(depth + 1);
        parents.push(idx);
        keys.push(i);
      }
    } else {
      const names = Object.keys(value);
      for (let i = names.length - 1; i >= 0; i--) {
        const name = names[i]!;
        if (FORBIDDEN_KEYS.has(name)) {
          out.error(
            pathOf(idx, name),
            'json.forbiddenKey',
            `the key "${name}" is not allowed in a building file`,
            `建筑文件中不允许使用键“${name}”`,
          );
          return false;
        }
        values.push((value as Record<string, unknown>)[name]);
        depths.push(depth + 1);
        parents.push(idx);
        keys.push(name);
      }
    }
  }
  return true;
}
