import type { ValidationContext } from '../context.ts';
import type { IssueList } from '../issue.ts';

export function checkDistributions(_ctx: ValidationContext, _out: IssueList): void {}
