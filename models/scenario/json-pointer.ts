/**
 * JSON pointers (RFC 6901) for scenario `set` changes: parse, and replace a value in place.
 * The keys `__proto__`, `constructor` and `prototype` are refused, so a pointer can never reach an
 * object's prototype.
 */
import { FORBIDDEN_KEYS } from '../load/parse-json.ts';

export class PointerError extends Error {
  readonly en: string;
  readonly zh: string;
  constructor(en: string, zh: string) {
    super(en);
    this.en = en;
    this.zh = zh;
  }
}

export function parsePointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) {
    throw new PointerError(
      `"${path}" is not a JSON pointer (it must start with "/", e.g. "/site/drivable/0/polygon")`,
      `“${path}”不是 JSON 指针（应以“/”开头，例如“/site/drivable/0/polygon”）`,
    );
  }
  return path
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function isIndex(token: string): boolean {
  return /^(0|[1-9]\d*)$/.test(token);
}

/**
 * Replaces the value at `path` inside `root` (mutating it). The parent must exist; the last token
 * may name a new optional field of an object, or an existing array index.
 */
export function setAtPointer(root: unknown, path: string, value: unknown): void {
  const tokens = parsePointer(path);
  if (tokens.length === 0) {
    throw new PointerError('"set" cannot replace the whole building', '“set”不能替换整个建筑');
  }
  let node: unknown = root;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (FORBIDDEN_KEYS.has(token)) {
      throw new PointerError(`the key "${token}" is not allowed in a path`, `路径中不允许使用键“${token}”`);
    }
    const last = i === tokens.length - 1;
    const where = '/' + tokens.slice(0, i).join('/');
    if (Array.isArray(node)) {
      if (!isIndex(token) || Number(token) >= node.length) {
        throw new PointerError(
          `${where} has no item ${token} (it has ${node.length})`,
          `${where} 中没有第 ${token} 项（共 ${node.length} 项）`,
        );
      }
      if (last) node[Number(token)] = value;
      else node = node[Number(token)];
    } else if (node !== null && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      if (last) {
        Object.defineProperty(obj, token, { value, enumerable: true, writable: true, configurable: true });
      } else {
        if (!Object.hasOwn(obj, token)) {
          throw new PointerError(`${where} has no field "${token}"`, `${where} 中没有字段“${token}”`);
        }
        node = obj[token];
      }
    } else {
      throw new PointerError(`${where} is not an object or a list`, `${where} 不是对象或列表`);
    }
  }
}
