/** A small generated tower (8 storeys, 32 flats, two parked cars) written to a temp file for the CLI tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTower } from '../../../models/generator/tower.ts';
import type { Building } from '../../../models/schema/building.ts';

export const smallTower = (): Building =>
  generateTower({ storeys: 8, units: 4, occupantsPerUnit: 2, parkedCars: 2, seed: 3 });

export function smallTowerFile(): { dir: string; file: string; building: Building } {
  const dir = mkdtempSync(join(tmpdir(), 'lifeline-drill-'));
  const file = join(dir, 'small.json');
  const building = smallTower();
  writeFileSync(file, JSON.stringify(building));
  return { dir, file, building };
}
