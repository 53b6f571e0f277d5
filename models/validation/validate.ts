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
import { checkOccupantGroups } from './rules/occupant-groups.ts';
import { checkFamiliar } from './rules/familiar.ts';
import { checkRoutes } from './rules/routes.ts';
import { checkDistributions } from './rules/distributions.ts';
import { checkWater } from './rules/water.ts';
import { checkSite } from './rules/site.ts';
import { checkFacade } from './rules/facade.ts';
import { checkScenarioResults, checkScenarios } from './rules/scenarios.ts';
import { checkClosures } from './rules/closures.ts';
import { checkFireLifts } from './rules/fire-lifts.ts';
import { checkSmoke } from './rules/smoke.ts';
import { checkCodeWarnings } from './rules/code-warnings.ts';

export type Rule = (ctx: ValidationContext, out: IssueList) => void;

/**
 * Rules about the building itself, in order: ids and geometry first, so later rules can trust the
 * references and polygons they use. A scenario's result is checked with these too.
 */
export const MODEL_RULES: readonly Rule[] = [
  checkIds,
  checkPolygons,
  checkSpaceOverlap,
  checkDoors,
  checkStairs,
  checkOccupants,
  checkOccupantGroups,
  checkFamiliar,
  checkDistributions,
  checkWater,
  checkSite,
  checkFacade,
];

function runModelRules(ctx: ValidationContext, out: IssueList): void {
  for (const rule of MODEL_RULES) rule(ctx, out);
}

/** Runs every rule on a schema-valid building; `out` receives errors and warnings. */
export function validateSemantics(building: Building, out: IssueList = new IssueList()): IssueList {
  const ctx = buildContext(building);
  runModelRules(ctx, out);
  // Trapped occupants are a property of the file's building; in a scenario they are a result.
  checkRoutes(ctx, out);
  checkScenarios(ctx, out);
  checkClosures(ctx, out);
  checkFireLifts(ctx, out);
  checkSmoke(ctx, out);
  checkScenarioResults(ctx, out, runModelRules);
  checkCodeWarnings(ctx, out);
  return out;
}
