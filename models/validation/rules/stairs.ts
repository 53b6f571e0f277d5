import type { ValidationContext } from '../context.ts';
import type { IssueList } from '../issue.ts';

export function checkStairs(_ctx: ValidationContext, _out: IssueList): void {}
