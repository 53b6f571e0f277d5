import { describe, expect, it } from 'vitest';
import type { Building } from '../../../models/index.ts';
import {
  defaultStorey,
  NO_CLIP,
  STOREY_GAP,
  storeysBottomUp,
  visibleZRange,
} from '../../../renderer/src/view/storey-filter.ts';
import { richTower } from './fixtures.ts';

function withBasement(): Building {
  const b = richTower();
  // File order top, ground, basement: the view must not trust it.
  const [f1, f2] = b.storeys as [Building['storeys'][number], Building['storeys'][number]];
  const b1 = { ...f1, id: 'B1', elevation: -3.5, height: 3.5 };
  b.storeys = [f2, f1, b1];
  return b;
}

describe('storey filter', () => {
  it('orders storeys by elevation and starts on the lowest one at or above ground', () => {
    const b = withBasement();
    expect(storeysBottomUp(b).map((i) => b.storeys[i]!.id)).toEqual(['B1', 'F1', 'F2']);
    expect(b.storeys[defaultStorey(b)]!.id).toBe('F1');
  });

  it('shows everything, one storey, or a storey and all below it', () => {
    const b = richTower(); // F1 at 0 m, F2 at 3 m, both 3 m high
    expect(visibleZRange(b, { mode: 'all', storey: 1 })).toEqual({ min: -NO_CLIP, max: NO_CLIP });
    expect(visibleZRange(b, { mode: 'isolate', storey: 1 })).toEqual({
      min: 3 - STOREY_GAP,
      max: 6 - STOREY_GAP,
    });
    expect(visibleZRange(b, { mode: 'cut', storey: 0 })).toEqual({ min: -NO_CLIP, max: 3 - STOREY_GAP });
  });

  it('keeps the next floor slab out of an isolated storey', () => {
    const b = richTower();
    const { max } = visibleZRange(b, { mode: 'isolate', storey: 0 });
    expect(max).toBeLessThan(b.storeys[1]!.elevation);
    expect(max).toBeGreaterThan(b.storeys[0]!.elevation + 0.96 * b.storeys[0]!.height - 0.1);
  });

  it('shows everything for a storey index that does not exist', () => {
    expect(visibleZRange(richTower(), { mode: 'isolate', storey: 9 }).max).toBe(NO_CLIP);
  });
});
