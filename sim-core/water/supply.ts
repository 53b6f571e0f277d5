/**
 * Fire-engine supply through a pump inlet (水泵接合器): which vehicle, which inlet, which hose lay,
 * and optionally a relay engine feeding it (two engines in series).
 * The vehicle comes from the building's own `vehicles` (which override the shipped catalogue by id)
 * or the catalogue (models/vehicles/catalogue.ts); it must have a pump curve.
 */
import type { Building } from '../../models/schema/building.ts';
import type { Vehicle } from '../../models/schema/vehicle.ts';
import { DEFAULT_PUMPER_ID, VEHICLE_CATALOGUE } from '../../models/vehicles/catalogue.ts';
import type { EngineConnection } from './network.ts';

export interface SupplyOptions {
  /** Vehicle id; default: the first vehicle with a pump among the scenario's, else the default pumper. */
  vehicle?: string;
  inlet?: string;
  /** Hose lay (m): default 40 m (2 × 20 m lengths) of 80 mm hose, the case of water-and-access.md §3.3. */
  hoseLength?: number;
  hoseDiameter?: number;
  /** S per 20 m; default from the hose table (hose.ts). */
  hoseS?: number;
  /** Relay pumping: a second engine drafting at ground level feeds this one through its own lay. */
  relay?: RelayOptions;
}

export interface RelayOptions {
  /** Vehicle id; default the same vehicle type as the inlet engine. */
  vehicle?: string;
  /** Lay between the two engines (m): default 120 m (6 lengths) of 80 mm (typical, UNVERIFIED). */
  hoseLength?: number;
  hoseDiameter?: number;
  hoseS?: number;
}

export const DEFAULT_HOSE_LAY = { length: 40, diameter: 0.08 } as const;
export const DEFAULT_RELAY_LAY = { length: 120, diameter: 0.08 } as const;

export function findVehicle(b: Building, id: string): Vehicle | undefined {
  return b.vehicles?.find((v) => v.id === id) ?? VEHICLE_CATALOGUE.find((v) => v.id === id);
}

export type SupplyResolution =
  | { ok: true; connection: EngineConnection; vehicle: Vehicle; relayVehicle?: Vehicle }
  | { ok: false; en: string; zh: string };

/** Resolves supply options against the building; `preferred` are the scenario's vehicle ids. */
export function resolveSupply(
  b: Building,
  opts: SupplyOptions,
  preferred: readonly string[] = [],
): SupplyResolution {
  const inlets = b.water?.inlets ?? [];
  const inlet = opts.inlet ?? inlets[0]?.id;
  if (inlet === undefined)
    return { ok: false, en: 'the building has no pump inlet', zh: '建筑没有水泵接合器' };
  if (!inlets.some((i) => i.id === inlet))
    return { ok: false, en: `there is no pump inlet "${inlet}"`, zh: `不存在水泵接合器“${inlet}”` };
  let vehicle: Vehicle | undefined;
  if (opts.vehicle !== undefined) {
    vehicle = findVehicle(b, opts.vehicle);
    if (!vehicle)
      return { ok: false, en: `there is no vehicle "${opts.vehicle}"`, zh: `不存在车辆“${opts.vehicle}”` };
  } else {
    vehicle =
      preferred.map((id) => findVehicle(b, id)).find((v) => v?.pump !== undefined) ??
      findVehicle(b, DEFAULT_PUMPER_ID);
  }
  if (!vehicle?.pump) {
    const id = vehicle?.id ?? '?';
    return { ok: false, en: `vehicle "${id}" has no pump curve`, zh: `车辆“${id}”没有水泵特性曲线` };
  }
  const hoseLength = opts.hoseLength ?? DEFAULT_HOSE_LAY.length;
  const hoseDiameter = opts.hoseDiameter ?? DEFAULT_HOSE_LAY.diameter;
  if (!(hoseLength > 0) || !(hoseDiameter > 0) || (opts.hoseS !== undefined && !(opts.hoseS > 0)))
    return { ok: false, en: 'hose length, diameter and S must be > 0', zh: '水带长度、直径和 S 必须大于 0' };
  const connection: EngineConnection = { inlet, curve: vehicle.pump.curve, hoseLength, hoseDiameter };
  if (opts.hoseS !== undefined) connection.hoseS = opts.hoseS;
  if (opts.relay === undefined) return { ok: true, connection, vehicle };
  const relayId = opts.relay.vehicle ?? vehicle.id;
  const relay = findVehicle(b, relayId);
  if (!relay) return { ok: false, en: `there is no vehicle "${relayId}"`, zh: `不存在车辆“${relayId}”` };
  if (!relay.pump)
    return {
      ok: false,
      en: `vehicle "${relayId}" has no pump curve`,
      zh: `车辆“${relayId}”没有水泵特性曲线`,
    };
  const r = opts.relay;
  const relayLength = r.hoseLength ?? DEFAULT_RELAY_LAY.length;
  const relayDiameter = r.hoseDiameter ?? DEFAULT_RELAY_LAY.diameter;
  if (!(relayLength > 0) || !(relayDiameter > 0) || (r.hoseS !== undefined && !(r.hoseS > 0)))
    return {
      ok: false,
      en: 'relay hose length, diameter and S must be > 0',
      zh: '接力水带长度、直径和 S 必须大于 0',
    };
  connection.relay = { curve: relay.pump.curve, hoseLength: relayLength, hoseDiameter: relayDiameter };
  if (r.hoseS !== undefined) connection.relay.hoseS = r.hoseS;
  return { ok: true, connection, vehicle, relayVehicle: relay };
}
