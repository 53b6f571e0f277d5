import type { ValidationContext } from '../context.ts';
import type { IssueList } from '../issue.ts';

export function checkDoors(_ctx: ValidationContext, _out: IssueList): void {}
