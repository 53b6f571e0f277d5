/**
 * The benches' synthetic crowd: one square open storey holding n adults at 1.6 p/m² (positions on a
 * grid, to the millimetre), with an exit of `doorWidth` m centred in each wall, everyone walking from
 * t = 0 (Weidmann free speeds N(1.34, 0.26), no pre-movement). `scenarioSeconds` adds a scenario
 * `bench` limited to that time (the app bench runs it from the Run panel).
 */
export function openStoreyModel(n: number, doorWidth: number, scenarioSeconds?: number): object {
  const side = Math.ceil(Math.sqrt(n / 1.6));
  const step = 1 / Math.sqrt(1.6);
  const positions: [number, number][] = [];
  for (let y = step / 2; y < side && positions.length < n; y += step)
    for (let x = step / 2; x < side && positions.length < n; x += step)
      positions.push([Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000]);
  const m = side / 2;
  const h = doorWidth / 2;
  const door = (id: string, a: [number, number], b: [number, number]) => ({
    id,
    spaces: ['hall', 'outside'],
    segment: [a, b],
  });
  return {
    format: 'lifeline-building',
    version: 1,
    name: `open storey ${n}`,
    use: 'other',
    storeys: [
      {
        id: 'G',
        elevation: 0,
        height: 3,
        spaces: [
          {
            id: 'hall',
            kind: 'other',
            polygon: [
              [0, 0],
              [side, 0],
              [side, side],
              [0, side],
            ],
            occupants: { positions, profile: 'adult' },
          },
        ],
        doors: [
          door('s', [m - h, 0], [m + h, 0]),
          door('n', [m - h, side], [m + h, side]),
          door('w', [0, m - h], [0, m + h]),
          door('e', [side, m - h], [side, m + h]),
        ],
      },
    ],
    stairs: [],
    profiles: [
      {
        id: 'adult',
        speed: { type: 'normal', mean: 1.34, sd: 0.26, min: 0.5, max: 2.2 },
        radius: 0.2,
        premovement: { type: 'constant', value: 0 },
      },
    ],
    ...(scenarioSeconds !== undefined
      ? { scenarios: [{ id: 'bench', name: `First ${scenarioSeconds} s`, duration: scenarioSeconds }] }
      : {}),
  };
}
