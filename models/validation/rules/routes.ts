import type { ValidationContext } from '../context.ts';
import type { IssueList } from '../issue.ts';

export function checkRoutes(_ctx: ValidationContext, _out: IssueList): void {}
