/**
 * Scenarios: every change names something that exists and of the right kind, and applying the
 * scenario yields a building that is still valid (a `set` can break anything). Trapped occupants in
 * a scenario's result are not an error — showing them is what a "stair smoke-logged" scenario is for.
 */
import { Building } from '../../schema/building.ts';
import type { Scenario } from '../../schema/scenario.ts';
import { applyScenario, ScenarioError } from '../../scenario/apply-scenario.ts';
import { parsePointer, PointerError } from '../../scenario/json-pointer.ts';
import { buildContext, type ValidationContext } from '../context.ts';
import { IssueList, pointer } from '../issue.ts';
import { checkProfileRef, checkRef } from '../refs.ts';
import { addZodIssues } from '../zod-issues.ts';

export function checkScenarios(ctx: ValidationContext, out: IssueList): void {
  (ctx.building.scenarios ?? []).forEach((s, i) => checkScenarioRefs(ctx, out, s, pointer('scenarios', i)));
}

function checkScenarioRefs(ctx: ValidationContext, out: IssueList, s: Scenario, base: string): void {
  const addedIds = new Set<string>();
  (s.changes ?? []).forEach((c, k) => {
    const p = `${base}/changes/${k}`;
    if ('block' in c) checkRef(ctx, out, p + '/block', c.block, ['door', 'stair', 'elevator']);
    else if ('fail' in c) {
      if (checkRef(ctx, out, p + '/fail', c.fail, ['pump', 'tank', 'valve']) && c.mode !== undefined) {
        if (ctx.ids.get(c.fail)?.kind !== 'valve') {
          out.error(
            p + '/mode',
            'scenario.modeNotValve',
            '"mode" applies to valves only (a failed pump stops, a failed tank is empty)',
            '“mode”仅适用于阀门（水泵失效即停机，水箱失效即无水）',
          );
        }
      }
    } else if ('remove' in c) {
      // An obstacle added by an earlier change of the same scenario may be removed again.
      if (!addedIds.has(c.remove)) {
        checkRef(ctx, out, p + '/remove', c.remove, ['site-obstacle', 'storey-obstacle']);
      }
    } else if ('add' in c) {
      if (c.add.storey !== undefined) checkRef(ctx, out, p + '/add/storey', c.add.storey, ['storey']);
      c.add.obstacles.forEach((o, j) => {
        const where = ctx.ids.get(o.id);
        if (where || addedIds.has(o.id)) {
          out.error(
            `${p}/add/obstacles/${j}/id`,
            'id.duplicate',
            `id "${o.id}" is already used${where ? ` at ${where.path}` : ' in this scenario'}; ids must be unique in the whole file`,
            `id“${o.id}”已被${where ? ` ${where.path} 处` : '本场景'}使用；id 在整个文件中必须唯一`,
          );
        }
        addedIds.add(o.id);
      });
    } else if ('occupants' in c) {
      const o = c.occupants;
      if (o.storey !== undefined) checkRef(ctx, out, p + '/occupants/storey', o.storey, ['storey']);
      if (o.space !== undefined && checkRef(ctx, out, p + '/occupants/space', o.space, ['space'])) {
        const on = ctx.spaces.get(o.space)?.storey.id;
        if (o.storey !== undefined && on !== o.storey) {
          out.error(
            p + '/occupants/space',
            'scenario.spaceNotOnStorey',
            `space "${o.space}" is on storey "${on}", not "${o.storey}"`,
            `空间“${o.space}”位于楼层“${on}”，而不是“${o.storey}”`,
          );
        }
      }
      if (o.count !== undefined && o.density !== undefined) {
        out.error(
          p + '/occupants',
          'occupants.countAndDensity',
          'give either "count" or "density", not both',
          '“count”和“density”只能给出其一',
        );
      }
      if (o.scale !== undefined && (o.count !== undefined || o.density !== undefined)) {
        out.error(
          p + '/occupants/scale',
          'occupants.scaleAndNumber',
          'give "scale" or a new "count"/"density", not both',
          '“scale”与新的“count”/“density”只能给出其一',
        );
      }
      if (o.profile !== undefined && o.mix !== undefined) {
        out.error(
          p + '/occupants',
          'occupants.profileAndMix',
          'give either "profile" or "mix", not both',
          '“profile”和“mix”只能给出其一',
        );
      }
      if (o.profile !== undefined) checkProfileRef(ctx, out, p + '/occupants/profile', o.profile);
      (o.mix ?? []).forEach((m, j) =>
        checkProfileRef(ctx, out, `${p}/occupants/mix/${j}/profile`, m.profile),
      );
    } else if ('premovement' in c) {
      if (c.profile !== undefined) checkProfileRef(ctx, out, p + '/profile', c.profile);
    } else if ('smoke' in c) {
      // Target and values: rules/smoke.ts.
    } else {
      try {
        if (parsePointer(c.set.path).length === 0) throw new PointerError('', '');
      } catch (e) {
        if (e instanceof PointerError) {
          out.error(
            p + '/set/path',
            'scenario.setPath',
            e.en || '"set" needs a path inside the building, e.g. "/storeys/0/height"',
            e.zh || '“set”需要建筑内的路径，例如“/storeys/0/height”',
          );
        }
      }
    }
  });
  if (s.fire) {
    checkRef(ctx, out, base + '/fire/storey', s.fire.storey, ['storey']);
    if (s.fire.space !== undefined && checkRef(ctx, out, base + '/fire/space', s.fire.space, ['space'])) {
      const on = ctx.spaces.get(s.fire.space)?.storey.id;
      if (on !== s.fire.storey) {
        out.error(
          base + '/fire/space',
          'scenario.spaceNotOnStorey',
          `space "${s.fire.space}" is on storey "${on}", not "${s.fire.storey}"`,
          `空间“${s.fire.space}”位于楼层“${on}”，而不是“${s.fire.storey}”`,
        );
      }
    }
  }
  (s.firefighters ?? []).forEach((f, j) => {
    const p = `${base}/firefighters/${j}`;
    checkRef(ctx, out, p + '/enter', f.enter, ['door']);
    checkRef(ctx, out, p + '/to', f.to, ['storey']);
    if (f.profile !== undefined) checkProfileRef(ctx, out, p + '/profile', f.profile);
  });
  (s.vehicles ?? []).forEach((v, j) => {
    if (!ctx.vehicles.has(v)) {
      const known = [...ctx.vehicles.keys()].join(', ');
      out.error(
        `${base}/vehicles/${j}`,
        'ref.missingVehicle',
        `there is no vehicle "${v}" in the catalogue or the file (known: ${known})`,
        `车辆目录和文件中都没有车辆“${v}”（已有：${known}）`,
      );
    }
  });
}

/**
 * Applies each scenario whose references are sound and validates the result with `validateModel`;
 * reports what the scenario broke (issues the base building does not have) at the scenario.
 */
export function checkScenarioResults(
  ctx: ValidationContext,
  out: IssueList,
  validateModel: (c: ValidationContext, o: IssueList) => void,
): void {
  const baseKeys = new Set(out.issues.map((i) => i.path + ' ' + i.code));
  (ctx.building.scenarios ?? []).forEach((s, i) => {
    const base = pointer('scenarios', i);
    if (out.errors.some((e) => e.path.startsWith(base + '/'))) return; // fix references first
    let changed: unknown;
    try {
      changed = applyScenario(ctx.building, s);
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      out.error(base + e.path, 'scenario.apply', e.en, e.zh);
      return;
    }
    const inner = new IssueList();
    const parsed = Building.safeParse(changed, { reportInput: true });
    if (!parsed.success) addZodIssues(inner, parsed.error.issues);
    else validateModel(buildContext(parsed.data), inner);
    for (const issue of inner.errors) {
      if (baseKeys.has(issue.path + ' ' + issue.code)) continue;
      out.error(
        base,
        'scenario.resultInvalid',
        `applying scenario "${s.id}" makes the building invalid: ${issue.path}: ${issue.text.en}`,
        `应用场景“${s.id}”后建筑模型无效：${issue.path}：${issue.text['zh-CN']}`,
      );
    }
  });
}
