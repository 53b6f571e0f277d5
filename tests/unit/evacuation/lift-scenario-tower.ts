/**
 * A test building for scenario `fireLifts`: the fire-lift tower of the verification tests (4
 * mobility-impaired waiting in the F6 lobby, 2 in the F3 room, fire lift FL serving F1–F6) with a
 * second fire lift FL2 serving only F1 and F3, and three scenarios: every fire lift, FL2 only, none.
 */
import { validateBuilding } from '../../../models/load/load-building.ts';
import type { Building } from '../../../models/schema/building.ts';
import { liftTower } from '../../verification/evacuation/buildings.ts';

export function liftScenarioTower(): Building {
  const b = liftTower({ 6: 4 }, { 3: 2 });
  b.elevators!.push({
    id: 'FL2',
    fire: true,
    capacity: 4,
    speed: 1.5,
    doorTime: 8,
    stops: [
      { storey: 'F1', space: 'F1-lobby' },
      { storey: 'F3', space: 'F3-lobby' },
    ],
  });
  b.scenarios = [
    { id: 'lift-drill', seed: 3, fireLifts: true },
    { id: 'fl2-only', seed: 3, fireLifts: ['FL2'] },
    { id: 'on-foot', seed: 3 },
  ];
  const r = validateBuilding(b);
  if (!r.building) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return r.building;
}
