/** Checking that an id names something of the right kind: the one place "dangling id" is worded. */
import { KIND_WORDS, type IdKind, type ValidationContext } from './context.ts';
import type { IssueList } from './issue.ts';

function kindList(kinds: readonly IdKind[], lang: 'en' | 'zh'): string {
  return kinds.map((k) => KIND_WORDS[k][lang]).join(lang === 'en' ? ' or ' : '或');
}

/**
 * Reports `path` if `id` is not the id of one of `kinds`. Returns true when the reference is good,
 * so callers can skip checks that would only repeat the problem.
 */
export function checkRef(
  ctx: ValidationContext,
  out: IssueList,
  path: string,
  id: string,
  kinds: readonly IdKind[],
): boolean {
  const entry = ctx.ids.get(id);
  if (!entry) {
    out.error(
      path,
      'ref.missing',
      `there is no ${kindList(kinds, 'en')} with id "${id}"`,
      `不存在 id 为“${id}”的${kindList(kinds, 'zh')}`,
    );
    return false;
  }
  if (!kinds.includes(entry.kind)) {
    out.error(
      path,
      'ref.wrongKind',
      `"${id}" is a ${KIND_WORDS[entry.kind].en} (at ${entry.path}), not a ${kindList(kinds, 'en')}`,
      `“${id}”是${KIND_WORDS[entry.kind].zh}（位于 ${entry.path}），不是${kindList(kinds, 'zh')}`,
    );
    return false;
  }
  return true;
}

/** Profiles are special: built-ins are valid references without being ids in the file. */
export function checkProfileRef(ctx: ValidationContext, out: IssueList, path: string, id: string): boolean {
  if (ctx.profiles.has(id)) return true;
  const builtins = [...ctx.profiles.keys()].join(', ');
  out.error(
    path,
    'ref.missingProfile',
    `there is no profile "${id}" (built-in and file profiles: ${builtins})`,
    `不存在人员类型“${id}”（内置及文件中的类型：${builtins}）`,
  );
  return false;
}
