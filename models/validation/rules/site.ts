import type { ValidationContext } from '../context.ts';
import type { IssueList } from '../issue.ts';

export function checkSite(_ctx: ValidationContext, _out: IssueList): void {}
