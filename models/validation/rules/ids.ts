/**
 * Ids: unique across the whole file (spec "Conventions"), never the reserved "outside", and every
 * reference in the building proper (doors, stairs, lifts, occupants, facade) names something that
 * exists. Water and scenario references are checked by their own rules.
 */
import { OUTSIDE } from '../../schema/building.ts';
import { KIND_WORDS, type ValidationContext } from '../context.ts';
import { pointer, type IssueList } from '../issue.ts';
import { checkProfileRef, checkRef } from '../refs.ts';

export function checkIds(ctx: ValidationContext, out: IssueList): void {
  checkUnique(ctx, out);
  checkBuildingRefs(ctx, out);
}

function checkUnique(ctx: ValidationContext, out: IssueList): void {
  const first = new Map<string, { kind: string; path: string }>();
  for (const entry of ctx.idList) {
    if (entry.id === OUTSIDE) {
      out.error(
        entry.path,
        'id.reserved',
        `"${OUTSIDE}" is reserved for the safe place outside the building and cannot be an id`,
        `“${OUTSIDE}”保留表示建筑外的安全地点，不能用作 id`,
      );
      continue;
    }
    const earlier = first.get(entry.id);
    if (earlier) {
      out.error(
        entry.path,
        'id.duplicate',
        `id "${entry.id}" is already used by the ${KIND_WORDS[earlier.kind as keyof typeof KIND_WORDS].en} at ${earlier.path}; ids must be unique in the whole file`,
        `id“${entry.id}”已被 ${earlier.path} 处的${KIND_WORDS[earlier.kind as keyof typeof KIND_WORDS].zh}使用；id 在整个文件中必须唯一`,
      );
    } else {
      first.set(entry.id, entry);
    }
  }
}

function checkBuildingRefs(ctx: ValidationContext, out: IssueList): void {
  const b = ctx.building;
  b.storeys.forEach((storey, si) => {
    (storey.doors ?? []).forEach((door, di) => {
      door.spaces.forEach((id, k) => {
        if (id !== OUTSIDE)
          checkRef(ctx, out, pointer('storeys', si, 'doors', di, 'spaces', k), id, ['space']);
      });
    });
    storey.spaces.forEach((space, i) => {
      const occ = space.occupants;
      if (!occ) return;
      const base = pointer('storeys', si, 'spaces', i, 'occupants');
      if (occ.profile !== undefined) checkProfileRef(ctx, out, base + '/profile', occ.profile);
      (occ.mix ?? []).forEach((m, k) => checkProfileRef(ctx, out, `${base}/mix/${k}/profile`, m.profile));
    });
  });
  b.stairs.forEach((stair, i) => {
    stair.landings.forEach((l, k) => {
      checkRef(ctx, out, pointer('stairs', i, 'landings', k, 'storey'), l.storey, ['storey']);
      checkRef(ctx, out, pointer('stairs', i, 'landings', k, 'space'), l.space, ['space']);
    });
    if (stair.scissor !== undefined) {
      checkRef(ctx, out, pointer('stairs', i, 'scissor'), stair.scissor, ['stair']);
    }
  });
  (b.elevators ?? []).forEach((lift, i) => {
    lift.stops.forEach((s, k) => {
      checkRef(ctx, out, pointer('elevators', i, 'stops', k, 'storey'), s.storey, ['storey']);
      checkRef(ctx, out, pointer('elevators', i, 'stops', k, 'space'), s.space, ['space']);
    });
  });
  (b.facade?.openings ?? []).forEach((o, i) => {
    checkRef(ctx, out, pointer('facade', 'openings', i, 'storey'), o.storey, ['storey']);
  });
}
