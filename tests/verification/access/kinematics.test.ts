/**
 * Analytic checks of the vehicle model (water-and-access.md §5.2, derived formulae):
 * the full-lock rear-axle circle has radius R = wheelbase / tan(maxSteer); the outer front corner
 * sweeps R_of = √((R + W/2)² + (L + a_f)²), the inner side R_i = R − W/2, swept width R_of − R_i.
 */
import { describe, expect, it } from 'vitest';
import { VEHICLE_CATALOGUE } from '../../../models/vehicles/catalogue.ts';
import { arcStep } from '../../../sim-core/access/motion.ts';
import { bodyCorners, steadyTurnRadii, vehicleGeometry } from '../../../sim-core/access/vehicle-geometry.ts';
import { dubinsPath } from '../../../sim-core/access/dubins.ts';

const aerial = VEHICLE_CATALOGUE.find((v) => v.id === 'aerial-54')!;

describe('bicycle model, steady full-lock turn', () => {
  it('the rear axle runs on a circle of radius wheelbase / tan(maxSteer) and closes after 2πR', () => {
    const g = vehicleGeometry(aerial, 0);
    const R = 6.2 / Math.tan((38 * Math.PI) / 180); // 7.9356 m for the 54 m appliance
    expect(g.minRadius).toBeCloseTo(R, 9);
    const p = new Float64Array(3);
    // Centre of a left turn from (0, 0) heading +x is (0, R).
    for (let s = 0; s <= 2 * Math.PI * R; s += 0.37) {
      arcStep(0, 0, 0, g.maxCurvature, s, p);
      expect(Math.hypot(p[0]!, p[1]! - R)).toBeCloseTo(R, 9);
    }
    arcStep(0, 0, 0, g.maxCurvature, 2 * Math.PI * R, p);
    expect(Math.hypot(p[0]!, p[1]!)).toBeLessThan(1e-9);
  });

  it('the outer front corner and the inner side sweep R_of and R_i of §5.2', () => {
    for (const v of VEHICLE_CATALOGUE) {
      const g = vehicleGeometry(v, 0);
      const R = g.minRadius;
      const W = v.width;
      const expectedOuter = Math.hypot(R + W / 2, v.wheelbase + v.frontOverhang);
      const radii = steadyTurnRadii(g);
      expect(radii.outerFront).toBeCloseTo(expectedOuter, 9);
      expect(radii.inner).toBeCloseTo(R - W / 2, 9);
      expect(radii.sweptWidth).toBeCloseTo(expectedOuter - (R - W / 2), 9);
      // Measured on the moving body: right turn, centre (0, −R).
      const p = new Float64Array(3);
      const c = new Float64Array(8);
      let maxR = 0;
      let minInner = Infinity;
      for (let s = 0; s < 2 * Math.PI * R; s += 0.05) {
        arcStep(0, 0, 0, -g.maxCurvature, s, p);
        bodyCorners(g, p[0]!, p[1]!, p[2]!, c);
        for (let k = 0; k < 4; k++) maxR = Math.max(maxR, Math.hypot(c[2 * k]!, c[2 * k + 1]! + R));
        // The inner (right) side's closest point to the centre is its foot at the rear axle.
        minInner = Math.min(
          minInner,
          Math.hypot(
            c[0]! + (c[2]! - c[0]!) * (g.rear / g.length),
            c[1]! + (c[3]! - c[1]!) * (g.rear / g.length) + R,
          ),
        );
      }
      expect(maxR).toBeCloseTo(expectedOuter, 6);
      expect(minInner).toBeCloseTo(R - W / 2, 6);
    }
  });

  it('reference case of §5.2: 8.5 m tender, WB 4.5, a_f 1.5, W 2.5 at R_of = 9 m sweeps 4.8 m', () => {
    // R from R_of = 9: (R + 1.25)² + 6² = 81 → R = 5.458; swept = 9 − (R − 1.25) = 4.79 ≈ 4.8 m.
    const R = Math.sqrt(81 - 36) - 1.25;
    const g = vehicleGeometry(
      { ...VEHICLE_CATALOGUE[0]!, maxSteer: (Math.atan(4.5 / R) * 180) / Math.PI },
      0,
    );
    expect(steadyTurnRadii(g).outerFront).toBeCloseTo(9, 9);
    expect(steadyTurnRadii(g).sweptWidth).toBeCloseTo(4.8, 1);
  });
});

describe('Dubins shot', () => {
  it('ends at the goal pose and is never shorter than the straight distance', () => {
    const p = new Float64Array(3);
    for (const [x, y, th] of [
      [20, 5, 1],
      [-10, 3, 3],
      [0, 0.5, Math.PI],
      [30, -20, -2],
    ] as const) {
      const d = dubinsPath(0, 0, 0, x, y, th, 8)!;
      let cx = 0;
      let cy = 0;
      let ct = 0;
      for (let s = 0; s < 3; s++) {
        arcStep(cx, cy, ct, d.curvature[s]!, d.length[s]!, p);
        [cx, cy, ct] = [p[0]!, p[1]!, p[2]!];
      }
      expect(cx).toBeCloseTo(x, 6);
      expect(cy).toBeCloseTo(y, 6);
      expect(Math.cos(ct - th)).toBeCloseTo(1, 6);
      expect(d.total).toBeGreaterThanOrEqual(Math.hypot(x, y) - 1e-9);
    }
  });
});
