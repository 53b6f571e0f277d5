import type { ValidationContext } from '../context.ts';
import type { IssueList } from '../issue.ts';

export function checkSpaceOverlap(_ctx: ValidationContext, _out: IssueList): void {}
