/**
 * Semantic validation: everything the schema cannot say. Each rule lives in its own file under
 * rules/ and reports through the shared IssueList; this file only fixes their order.
 */
import type { Building } from '../schema/building.ts';
import { buildContext, type ValidationContext } from './context.ts';
import { IssueList } from './issue.ts';
import { checkIds } from './rules/ids.ts';
import { checkPolygons } from './rules/polygons.ts';
import { checkSpaceOverlap } from './rules/space-overlap.ts';
import { checkDoors } from './rules/doors.ts';
import { checkStairs } from './rules/stairs.ts';
import { checkOccupants } from './rules/occupants.ts';
import { checkRoutes } from './rules/routes.ts';
import { checkDistributions } from './rules/distributions.ts';
import { checkWater } from './rules/water.ts';
import { checkSite } from './rules/site.ts';
import { checkFacade } from './rules/facade.ts';
import { checkScenarios } from './rules/scenarios.ts';
import { checkCodeWarnings } from './rules/code-warnings.ts';

export type Rule = (ctx: ValidationContext, out: IssueList) => void;

/** In order: ids and geometry first, so later rules can trust references and polygons they use. */
export const RULES: readonly Rule[] = [
  checkIds,
  checkPolygons,
  checkSpaceOverlap,
  checkDoors,
  checkStairs,
  checkOccupants,
  checkRoutes,
  checkDistributions,
  checkWater,
  checkSite,
  checkFacade,
  checkScenarios,
  checkCodeWarnings,
];

/** Runs every rule on a schema-valid building; `out` receives errors and warnings. */
export function validateSemantics(building: Building, out: IssueList = new IssueList()): IssueList {
  const ctx = buildContext(building);
  for (const rule of RULES) rule(ctx, out);
  return out;
}
