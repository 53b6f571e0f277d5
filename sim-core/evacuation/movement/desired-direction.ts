/**
 * Where a walker wants to go this step: down the gradient of its goal's distance field (central
 * differences on the navigation grid; a wall side counts as uphill, so the field never points through
 * a wall), or — within PORTAL_STEER_DISTANCE of the goal — straight through the nearest portal of the
 * goal, aiming at the door's closest point kept a body radius from the jambs and half a metre beyond.
 * Where the goal's crowd is dense, the direction comes from the quickest-path field instead
 * (navigation/quickest-field.ts).
 */
import { PORTAL_STEER_DISTANCE } from '../constants.ts';
import { goalField } from '../navigation/goals.ts';
import { quickestDirection } from '../navigation/quickest-field.ts';
import type { Sim } from '../run/sim-state.ts';

/** Writes the unit desired direction of walker i into a.ex / a.ey. */
export function desiredDirection(sim: Sim, i: number): void {
  const a = sim.a;
  const goal = sim.goals.goals[a.goal[i]!]!;
  const nav = sim.layout.storeys[goal.storey]!.nav;
  const f = goalField(sim.layout, goal);
  const x = a.x[i]!;
  const y = a.y[i]!;
  const h = nav.h;
  const nx = nav.nx;
  let cx = Math.floor((x - nav.ox) / h);
  let cy = Math.floor((y - nav.oy) / h);
  let c = cy * nx + cx;
  const inside = cx >= 0 && cy >= 0 && cx < nx && cy < nav.ny;
  const own = a.space[i]!;
  if (inside && nav.space[c]! >= 0 && nav.space[c] !== own) {
    // Just short of a door line, in a cell whose centre lies beyond it (in the next space): read the
    // field at the nearest cell of the walker's own space instead. The far cell's gradient is for
    // someone already through (in the yuzhong sample it ran along the lobby wall, back into the
    // stair landing the walker had not yet left, and the walker shuttled under the door for ever).
    let best = Infinity;
    let bc = -1;
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const ex = cx + dx;
        const ey = cy + dy;
        if (ex < 0 || ey < 0 || ex >= nx || ey >= nav.ny || nav.space[ey * nx + ex] !== own) continue;
        const d = Math.hypot(nav.ox + (ex + 0.5) * h - x, nav.oy + (ey + 0.5) * h - y);
        if (d < best) {
          best = d;
          bc = ey * nx + ex;
        }
      }
    if (bc >= 0 && f[bc]! < Infinity) {
      c = bc;
      cx = bc % nx;
      cy = (bc - cx) / nx;
    }
  }
  const fc = inside ? f[c]! : Infinity;
  if (fc <= PORTAL_STEER_DISTANCE) {
    if (steerThroughPortal(sim, i)) return;
  }
  // Where the crowd heading for this goal is dense: the quickest-path direction instead.
  if (fc < Infinity && quickestDirection(sim, i, c, cx, cy)) return;
  let gx = 0;
  let gy = 0;
  if (fc < Infinity) {
    const fr = nav.openX[c] ? f[c + 1]! : fc + h;
    const fl = cx > 0 && nav.openX[c - 1] ? f[c - 1]! : fc + h;
    const fu = nav.openY[c] ? f[c + nx]! : fc + h;
    const fd = cy > 0 && nav.openY[c - nx] ? f[c - nx]! : fc + h;
    gx = fl - fr;
    gy = fd - fu;
  } else if (inside || cx >= -1) {
    // Standing on a wall cell (the cell's centre lies beyond a wall or a door line, e.g. right on
    // an exit's threshold, where the cell centre is outdoors): head for the best cell nearby —
    // unless that cell is within the portal-steering distance of the goal. Then the walker is at its
    // door and must go through it: turning back towards the best cell's centre, which lies on the
    // approach side, while the portal steering of that cell sends it forward again, made a walker
    // on an exit's threshold shuttle between two points for ever (RiMEA 11, seeds 5, 8, 9).
    let best = Infinity;
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const ex = cx + dx;
        const ey = cy + dy;
        if (ex < 0 || ey < 0 || ex >= nx || ey >= nav.ny) continue;
        const v = f[ey * nx + ex]!;
        if (v < best) {
          best = v;
          gx = nav.ox + (ex + 0.5) * h - x;
          gy = nav.oy + (ey + 0.5) * h - y;
        }
      }
    if (best <= PORTAL_STEER_DISTANCE && steerThroughPortal(sim, i)) return;
  }
  const len = Math.hypot(gx, gy);
  if (len > 1e-9) {
    a.ex[i] = gx / len;
    a.ey[i] = gy / len;
  } else if (!steerThroughPortal(sim, i)) {
    a.ex[i] = 0;
    a.ey[i] = 0;
  }
}

function steerThroughPortal(sim: Sim, i: number): boolean {
  const a = sim.a;
  const goal = sim.goals.goals[a.goal[i]!]!;
  const x = a.x[i]!;
  const y = a.y[i]!;
  let best = Infinity;
  let tx = 0;
  let ty = 0;
  for (let k = 0; k < goal.portals.length; k++) {
    const d = sim.layout.doors[goal.portals[k]!]!;
    const ux = d.bx - d.ax;
    const uy = d.by - d.ay;
    const len = Math.hypot(ux, uy);
    const margin = Math.min(a.radius[i]!, len / 2);
    let s = ((x - d.ax) * ux + (y - d.ay) * uy) / len;
    if (s < margin) s = margin;
    else if (s > len - margin) s = len - margin;
    const px = d.ax + (ux / len) * s;
    const py = d.ay + (uy / len) * s;
    const dist = Math.hypot(px - x, py - y);
    if (dist < best) {
      best = dist;
      tx = px + 0.5 * goal.normalX[k]!;
      ty = py + 0.5 * goal.normalY[k]!;
    }
  }
  const dx = tx - x;
  const dy = ty - y;
  const len = Math.hypot(dx, dy);
  if (best === Infinity || len < 1e-9) return false;
  a.ex[i] = dx / len;
  a.ey[i] = dy / len;
  return true;
}
