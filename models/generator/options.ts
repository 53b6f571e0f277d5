/**
 * Options of the tower generator: their ranges, defaults and a plain-language check (en + zh-CN)
 * that the CLI (`lifeline generate tower …`) runs before generating.
 */
import type { LocalizedText } from '../validation/issue.ts';

export const STAIR_KINDS = ['single', 'two', 'scissor'] as const;
export type StairKind = (typeof STAIR_KINDS)[number];

export const TOWER_USES = ['residential', 'office'] as const;
export type TowerUse = (typeof TOWER_USES)[number];

/** How the fire-water system is fed (`city-main`: no fire pumps, the weak supply of old towers). */
export const WATER_SUPPLIES = ['pumps', 'city-main'] as const;
export type WaterSupply = (typeof WATER_SUPPLIES)[number];

export interface TowerOptions {
  name: string;
  use: TowerUse;
  /** Storeys above ground, all the same height. */
  storeys: number;
  /** Floor-to-floor height (m). */
  storeyHeight: number;
  /** Units (flats or office tenancies) per storey, around a central corridor. */
  units: number;
  stairs: StairKind;
  /** One fire (firefighters') lift; see `lifts` for other counts. */
  fireLift: boolean;
  occupantsPerUnit: number;
  /** Clear width of the fire lane (m). */
  laneWidth: number;
  /** Cars parked on the fire lane (removable site obstacles). */
  parkedCars: number;
  /** Seed of every variation (scenario seeds, which unit the default fire starts in). */
  seed: number;
  /** Optional: lift counts instead of the defaults derived from `fireLift`, use and height. */
  lifts?: { fire: number; passenger: number };
  /** Optional: water supply and roof-tank volume instead of the GB 50974 design. */
  water?: { supply?: WaterSupply; roofTankVolume?: number; cityMainHead?: number; maxHydrantStatic?: number };
  /** Optional: the fire station that responds. */
  station?: { name: string; travelTime: number };
}

export interface NumberRange {
  min: number;
  max: number;
  integer: boolean;
  unit: string;
}

/** Ranges of the numeric options (inclusive). */
export const TOWER_OPTION_RANGES = {
  storeys: { min: 1, max: 120, integer: true, unit: '' },
  storeyHeight: { min: 2.6, max: 6, integer: false, unit: 'm' },
  units: { min: 1, max: 16, integer: true, unit: '' },
  occupantsPerUnit: { min: 0, max: 20, integer: true, unit: '' },
  laneWidth: { min: 3, max: 12, integer: false, unit: 'm' },
  parkedCars: { min: 0, max: 30, integer: true, unit: '' },
  seed: { min: 0, max: 2 ** 32 - 1, integer: true, unit: '' },
} as const satisfies Record<string, NumberRange>;

export const DEFAULT_TOWER_OPTIONS: Readonly<TowerOptions> = {
  name: 'Generated tower',
  use: 'residential',
  storeys: 33,
  storeyHeight: 3,
  units: 8,
  stairs: 'scissor',
  fireLift: true,
  occupantsPerUnit: 3,
  // GB 50016-2014 (2018 ed.) 7.1.8: fire lane clear width ≥ 4.0 m.
  laneWidth: 4,
  parkedCars: 0,
  seed: 1,
};

/** An option that is out of range or of the wrong kind, said in both interface languages. */
export interface TowerOptionError {
  option: string;
  text: LocalizedText;
}

const NAMES_ZH: Record<string, string> = {
  name: '名称',
  use: '用途',
  storeys: '层数',
  storeyHeight: '层高',
  units: '每层户数',
  stairs: '楼梯形式',
  fireLift: '消防电梯',
  occupantsPerUnit: '每户人数',
  laneWidth: '消防车道宽度',
  parkedCars: '停放车辆数',
  seed: '随机种子',
  lifts: '电梯数量',
  water: '消防给水',
  station: '消防站',
};

function fmt(v: number, unit: string): string {
  return unit ? `${v} ${unit}` : String(v);
}

/**
 * Checks options given by a user (the CLI passes what it parsed, possibly NaN or strings).
 * Missing options are fine (defaults apply); returns one error per bad option, none if all is well.
 */
export type TowerOptionsInput = { readonly [K in keyof TowerOptions]?: unknown };

export function checkTowerOptions(options: TowerOptionsInput): TowerOptionError[] {
  const errors: TowerOptionError[] = [];
  const add = (option: string, en: string, zh: string): void => {
    errors.push({ option, text: { en, 'zh-CN': zh } });
  };
  const get = (key: string): unknown => (options as Record<string, unknown>)[key];
  for (const [key, range] of Object.entries(TOWER_OPTION_RANGES) as [string, NumberRange][]) {
    const v = get(key);
    if (v === undefined) continue;
    const zhName = NAMES_ZH[key] ?? key;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      add(key, `${key} must be a number, not "${String(v)}"`, `${zhName}必须是数字，而不是“${String(v)}”`);
      continue;
    }
    if (range.integer && !Number.isInteger(v)) {
      add(key, `${key} must be a whole number, not ${v}`, `${zhName}必须是整数，而不是 ${v}`);
      continue;
    }
    if (v < range.min || v > range.max) {
      const between = `${fmt(range.min, range.unit)} and ${fmt(range.max, range.unit)}`;
      add(
        key,
        `${key} must be between ${between}, not ${fmt(v, range.unit)}`,
        `${zhName}必须在 ${fmt(range.min, range.unit)} 到 ${fmt(range.max, range.unit)} 之间，而不是 ${fmt(v, range.unit)}`,
      );
    }
  }
  const oneOf = (key: string, allowed: readonly string[]): void => {
    const v = get(key);
    if (v === undefined || (typeof v === 'string' && allowed.includes(v))) return;
    const list = allowed.join(', ');
    add(
      key,
      `${key} must be one of ${list}, not "${String(v)}"`,
      `${NAMES_ZH[key] ?? key}必须是以下之一：${list}；而不是“${String(v)}”`,
    );
  };
  oneOf('stairs', STAIR_KINDS);
  oneOf('use', TOWER_USES);
  if (options.fireLift !== undefined && typeof options.fireLift !== 'boolean') {
    add('fireLift', 'fireLift must be true or false', '消防电梯必须为 true 或 false');
  }
  const name = options.name;
  if (name !== undefined && (typeof name !== 'string' || name.trim() === '' || name.length > 200)) {
    add('name', 'name must be a text of 1 to 200 characters', '名称必须是 1 到 200 个字符的文本');
  }
  const lifts = options.lifts;
  if (lifts !== undefined) {
    const l = lifts as { fire?: unknown; passenger?: unknown };
    const ok = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 8;
    if (typeof lifts !== 'object' || lifts === null || !ok(l.fire) || !ok(l.passenger)) {
      add(
        'lifts',
        'lifts must give fire and passenger lift counts, each a whole number from 0 to 8',
        '电梯数量必须给出消防电梯和客梯数量，均为 0 到 8 的整数',
      );
    }
  }
  const water = options.water as {
    supply?: unknown;
    roofTankVolume?: unknown;
    cityMainHead?: unknown;
    maxHydrantStatic?: unknown;
  };
  if (water !== undefined) {
    if (typeof water !== 'object' || water === null) {
      add('water', 'water must be an object', '消防给水必须是一个对象');
    } else {
      if (water.supply !== undefined && !WATER_SUPPLIES.includes(water.supply as WaterSupply)) {
        add(
          'water',
          `water.supply must be one of ${WATER_SUPPLIES.join(', ')}`,
          `供水方式必须是以下之一：${WATER_SUPPLIES.join(', ')}`,
        );
      }
      const v = water.roofTankVolume;
      if (v !== undefined && (typeof v !== 'number' || !(v >= 1 && v <= 500))) {
        add('water', 'water.roofTankVolume must be from 1 to 500 m³', '屋顶水箱容积必须在 1 到 500 m³ 之间');
      }
      const p = water.maxHydrantStatic;
      if (p !== undefined && (typeof p !== 'number' || !(p >= 0.6 && p <= 1))) {
        add(
          'water',
          'water.maxHydrantStatic must be from 0.6 to 1.0 MPa',
          '消火栓最大静压必须在 0.6 到 1.0 MPa 之间',
        );
      }
      const h = water.cityMainHead;
      if (h !== undefined && (typeof h !== 'number' || !(h > 0 && h <= 100))) {
        add(
          'water',
          'water.cityMainHead must be above 0 and at most 100 m',
          '市政管网水头必须大于 0 且不超过 100 m',
        );
      }
    }
  }
  const station = options.station as { name?: unknown; travelTime?: unknown } | undefined;
  if (station !== undefined) {
    const t = station?.travelTime;
    if (typeof station?.name !== 'string' || typeof t !== 'number' || !(t >= 0 && t <= 7200)) {
      add(
        'station',
        'station must have a name and a travel time from 0 to 7200 s',
        '消防站必须有名称，且行车时间在 0 到 7200 秒之间',
      );
    }
  }
  return errors;
}

/** The given options over the defaults. Does not check them: call checkTowerOptions first. */
export function resolveTowerOptions(options: Partial<TowerOptions>): TowerOptions {
  const out: TowerOptions = { ...DEFAULT_TOWER_OPTIONS };
  for (const [k, v] of Object.entries(options)) {
    if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  }
  return out;
}
