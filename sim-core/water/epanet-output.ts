/**
 * A reader for EPANET's binary output file (the `.out` file), written from the format as documented
 * in the EPANET 2.2 manual, "Binary Output File": prolog, energy use, dynamic (extended-period)
 * results, epilog. All values are 4-byte little-endian: integers, or single-precision reals.
 * Used to check the engine against EPANET's own reference results (tests/data/epanet/net1.out); it
 * reads bytes only, so it runs in a browser worker too.
 */

/** EPANET's magic number, at the start of the prolog and the end of the epilog. */
export const EPANET_OUT_MAGIC = 516114521;

/** Field widths of the 2.x prolog (EPANET 2.2 manual, Binary Output File, Table "Prolog Section"). */
const TITLE_BYTES = 80; // three title lines
const FILENAME_BYTES = 260; // input and report file names (MAXFNAME 259 + terminator)
const CHEM_BYTES = 32; // chemical name and its concentration units (MAXID 31 + terminator)
const ID_BYTES = 32; // node and link ids
const ENERGY_BYTES_PER_PUMP = 28; // pump index (int) + 6 reals
const EPILOG_BYTES = 28; // 4 reals, number of periods, warning flag, magic number

/** Per period: node demand, head, pressure, quality; link flow, velocity, headloss, quality, status, setting, reaction rate, friction factor. */
const NODE_VARIABLES = 4;
const LINK_VARIABLES = 8;

export interface EpanetOutput {
  version: number;
  nodeCount: number;
  tankCount: number;
  linkCount: number;
  pumpCount: number;
  valveCount: number;
  /** EPANET's flow-unit code (EN_FlowUnits) and pressure-unit code as stored. */
  flowUnits: number;
  pressureUnits: number;
  reportStart: number;
  reportStep: number;
  duration: number;
  nodeIds: string[];
  linkIds: string[];
  periods: number;
  warningFlag: number;
  /** Byte offset of the dynamic results, as computed from the prolog and energy sections. */
  resultsOffset: number;
  /** One period's values for every node (`Float32Array` of nodeCount) or link. */
  nodeDemand(period: number): Float32Array;
  nodeHead(period: number): Float32Array;
  nodePressure(period: number): Float32Array;
  nodeQuality(period: number): Float32Array;
  linkFlow(period: number): Float32Array;
  linkVelocity(period: number): Float32Array;
  linkHeadloss(period: number): Float32Array;
}

export class EpanetOutputError extends Error {}

/** Reads a whole `.out` file; throws EpanetOutputError if it is not one (bad magic, sizes that disagree). */
export function readEpanetOutput(bytes: Uint8Array): EpanetOutput {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const int = (at: number): number => {
    if (at + 4 > bytes.byteLength) throw new EpanetOutputError(`truncated at byte ${at}`);
    return view.getInt32(at, true);
  };
  if (int(0) !== EPANET_OUT_MAGIC) throw new EpanetOutputError('not an EPANET output file (magic number)');
  const version = int(4);
  const [nodeCount, tankCount, linkCount, pumpCount, valveCount] = [8, 12, 16, 20, 24].map(int) as [
    number,
    number,
    number,
    number,
    number,
  ];
  // 28: quality option, 32: trace node, 36: flow units, 40: pressure units, 44: statistics flag,
  // 48: reporting start, 52: reporting step, 56: duration.
  const flowUnits = int(36);
  const pressureUnits = int(40);
  const reportStart = int(48);
  const reportStep = int(52);
  const duration = int(56);
  let at = 60 + 3 * TITLE_BYTES + 2 * FILENAME_BYTES + 2 * CHEM_BYTES;
  const ids = (n: number): string[] => {
    const out: string[] = [];
    const decoder = new TextDecoder();
    for (let i = 0; i < n; i++, at += ID_BYTES) {
      const raw = bytes.subarray(at, at + ID_BYTES);
      const end = raw.indexOf(0);
      out.push(decoder.decode(end < 0 ? raw : raw.subarray(0, end)));
    }
    return out;
  };
  const nodeIds = ids(nodeCount);
  const linkIds = ids(linkCount);
  // Link start and end nodes and types (3 ints each), tank node indices and areas, node elevations,
  // link lengths and diameters.
  at += 4 * (3 * linkCount + 2 * tankCount + nodeCount + 2 * linkCount);
  // Energy section: one record per pump, then the peak demand charge.
  at += ENERGY_BYTES_PER_PUMP * pumpCount + 4;
  const resultsOffset = at;

  const epilog = bytes.byteLength - EPILOG_BYTES;
  if (epilog < resultsOffset) throw new EpanetOutputError('file shorter than its prolog says');
  const periods = int(epilog + 16);
  const warningFlag = int(epilog + 20);
  if (int(epilog + 24) !== EPANET_OUT_MAGIC) throw new EpanetOutputError('bad magic number at the end');
  const periodBytes = 4 * (NODE_VARIABLES * nodeCount + LINK_VARIABLES * linkCount);
  if (resultsOffset + periods * periodBytes !== epilog) {
    throw new EpanetOutputError(
      `sections disagree: results at ${resultsOffset} + ${periods} × ${periodBytes} ≠ epilog at ${epilog}`,
    );
  }
  const slice = (period: number, variable: number, count: number, base: number): Float32Array => {
    if (!Number.isInteger(period) || period < 0 || period >= periods)
      throw new EpanetOutputError(`no period ${period} (0…${periods - 1})`);
    const start = resultsOffset + period * periodBytes + base + 4 * variable * count;
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++) out[i] = view.getFloat32(start + 4 * i, true);
    return out;
  };
  const linkBase = 4 * NODE_VARIABLES * nodeCount;
  return {
    version,
    nodeCount,
    tankCount,
    linkCount,
    pumpCount,
    valveCount,
    flowUnits,
    pressureUnits,
    reportStart,
    reportStep,
    duration,
    nodeIds,
    linkIds,
    periods,
    warningFlag,
    resultsOffset,
    nodeDemand: (p) => slice(p, 0, nodeCount, 0),
    nodeHead: (p) => slice(p, 1, nodeCount, 0),
    nodePressure: (p) => slice(p, 2, nodeCount, 0),
    nodeQuality: (p) => slice(p, 3, nodeCount, 0),
    linkFlow: (p) => slice(p, 0, linkCount, linkBase),
    linkVelocity: (p) => slice(p, 1, linkCount, linkBase),
    linkHeadloss: (p) => slice(p, 2, linkCount, linkBase),
  };
}
