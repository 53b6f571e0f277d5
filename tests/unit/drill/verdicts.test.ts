/** Verdict sentences from fabricated engine results, in both languages. */
import { describe, expect, it } from 'vitest';
import { summarisePeople } from '../../../drill/summarise-people.ts';
import { peopleVerdict, trucksVerdict, verdicts, waterVerdict } from '../../../drill/verdicts.ts';
import { ORDER, access, digest, water } from './fixtures.ts';

describe('people verdict', () => {
  it('one run: occupants, RSET in min/s, the seed, and the jammed stair from the engine', () => {
    const v = peopleVerdict(summarisePeople([digest(7, 872)], 7, 'F9'));
    expect(v.ok).toBe(true);
    expect(v.text.en).toBe(
      'People: 1\u202f024 occupants safe in 14 min 32 s (1 run, seed 7); stair B jams at F9 (queue of 37; 2 min 30 s above 1.08 p/m², Fruin E–F).',
    );
    expect(v.text['zh-CN']).toBe(
      '人员：1024 人在 14 分 32 秒内全部到达安全地点（1 次模拟，种子 7）；楼梯 B 在 F9 拥堵（排队 37 人；2 分 30 秒密度超过 1.08 人/m²，Fruin E–F 级）。',
    );
  });

  it('a batch gives the 95th percentile of the runs', () => {
    const runs = Array.from({ length: 50 }, (_, i) => digest(100 + i, 800 + i * 2));
    const p = summarisePeople(runs, 100, 'F9');
    expect(p.distribution!.p95).toBe(800 + 47 * 2);
    const v = peopleVerdict(p);
    expect(v.text.en).toContain('(95th pct of 50 runs: 14 min 54 s)');
    expect(v.text['zh-CN']).toContain('50 次模拟的第 95 百分位：14 分 54 秒');
    expect(p.imo.met).toBe(true);
  });

  it('trapped people and a timeout make it not ok, and say so', () => {
    const trapped = digest(1, 500, {
      trapped: 12,
      evacuated: 1012,
      trappedBySpace: [{ space: 'F3-301', path: '/storeys/2/spaces/4', count: 12 }],
    });
    const v = peopleVerdict(summarisePeople([trapped], 1, null));
    expect(v.ok).toBe(false);
    expect(v.text.en).toContain('12 trapped with no route (F3-301)');
    expect(v.text['zh-CN']).toContain('12 人无路可走被困（F3-301）');
    const out = digest(1, 0, { status: 'timeout', rset: 1700, endTime: 1800, remaining: 45, evacuated: 979 });
    const t = peopleVerdict(summarisePeople([out], 1, null));
    expect(t.ok).toBe(false);
    expect(t.text.en).toContain('after 30 min (the time limit) 45 of 1\u202f024 occupants still inside');
  });

  it('a short queue without crowding is not called a jam', () => {
    const calm = digest(1, 300, {
      stairs: [{ id: 'A', maxDensity: 0.5, maxQueue: 2, maxQueueStorey: 'F4', timeAtFruinEF: 0 }],
    });
    const v = peopleVerdict(summarisePeople([calm], 1, null));
    expect(v.text.en).not.toContain('jam');
    expect(v.text.en).toContain('longest stair queue 2 (stair A at F4)');
  });
});

describe('people verdict: stair jam onsets (sim-core record/stair-jams.ts)', () => {
  const jammed = (seed: number, jamStart: number | null, jamStorey: string | null = 'F9') =>
    digest(seed, 872, {
      stairs: [
        {
          id: 'A',
          maxDensity: 0.9,
          maxQueue: 4,
          maxQueueStorey: 'F3',
          timeAtFruinEF: 0,
          jamStart: null,
          jamStorey: null,
        },
        {
          id: 'B',
          maxDensity: 1.6,
          maxQueue: 37,
          maxQueueStorey: 'F9',
          timeAtFruinEF: 150,
          jamStart,
          jamStorey,
        },
      ],
    });

  it('one run: "stair B jams at F9 from 6 min 10 s", in both languages', () => {
    const v = peopleVerdict(summarisePeople([jammed(7, 370)], 7, null));
    expect(v.text.en).toBe(
      'People: 1\u202f024 occupants safe in 14 min 32 s (1 run, seed 7); stair B jams at F9 from 6 min 10 s (queue of 37; 2 min 30 s above 1.08 p/m², Fruin E–F).',
    );
    expect(v.text['zh-CN']).toBe(
      '人员：1024 人在 14 分 32 秒内全部到达安全地点（1 次模拟，种子 7）；楼梯 B 在 F9 自 6 分 10 秒起拥堵（排队 37 人；2 分 30 秒密度超过 1.08 人/m²，Fruin E–F 级）。',
    );
  });

  it('the jam storey can differ from the longest queue: both are named', () => {
    const v = peopleVerdict(summarisePeople([jammed(7, 370, 'F6')], 7, null));
    expect(v.text.en).toContain('stair B jams at F6 from 6 min 10 s (longest queue 37 at F9;');
    expect(v.text['zh-CN']).toContain('楼梯 B 在 F6 自 6 分 10 秒起拥堵（最长排队 37 人在 F9；');
  });

  it('the stair that jams first is reported, even with a shorter queue', () => {
    const d = digest(1, 600, {
      stairs: [
        {
          id: 'A',
          maxDensity: 1.5,
          maxQueue: 9,
          maxQueueStorey: 'F3',
          timeAtFruinEF: 90,
          jamStart: 125,
          jamStorey: 'F3',
        },
        {
          id: 'B',
          maxDensity: 1.6,
          maxQueue: 37,
          maxQueueStorey: 'F9',
          timeAtFruinEF: 150,
          jamStart: 300,
          jamStorey: 'F9',
        },
      ],
    });
    const p = summarisePeople([d], 1, null);
    expect(p.worstStair).toMatchObject({ id: 'A', jamStart: 125, jamStorey: 'F3' });
    expect(peopleVerdict(p).text.en).toContain('stair A jams at F3 from 2 min 5 s');
  });

  it('Monte Carlo: how many runs jam and the median onset over those runs', () => {
    // Runs 1–4 jam at 370, 340, 400, 355 s; run 5 does not: median (nearest rank) of 4 = 355 s.
    const runs = [
      jammed(1, 370),
      jammed(2, 340),
      jammed(3, 400, 'F8'),
      jammed(4, 355),
      jammed(5, null, null),
    ];
    const p = summarisePeople(runs, 1, null);
    expect(p.stairJams).toEqual([{ id: 'B', runs: 4, medianStart: 355, storey: 'F9' }]);
    const v = peopleVerdict(p);
    expect(v.text.en).toContain(
      'stair B jams at F9 from 6 min 10 s (queue of 37; 2 min 30 s above 1.08 p/m², Fruin E–F; jams in 4 of 5 runs, median onset 5 min 55 s)',
    );
    expect(v.text['zh-CN']).toContain(
      '楼梯 B 在 F9 自 6 分 10 秒起拥堵（排队 37 人；2 分 30 秒密度超过 1.08 人/m²，Fruin E–F 级；5 次模拟中 4 次拥堵，起始时间中位数 5 分 55 秒）',
    );
  });

  it('run 1 without a jam: no "jams" for it (even after a minute above LoS E), but the batch says how often', () => {
    const runs = [jammed(1, null, null), jammed(2, 340), jammed(3, 400)];
    const v = peopleVerdict(summarisePeople(runs, 1, null));
    expect(v.text.en).toContain('longest stair queue 37 (stair B at F9), 2 min 30 s above Fruin D');
    expect(v.text.en).toContain('stair B jams in 2 of 3 runs (median onset 5 min 40 s, mostly at F9)');
    expect(v.text['zh-CN']).toContain(
      '楼梯 B 在 3 次模拟中有 2 次拥堵（起始时间中位数 5 分 40 秒，多在 F9）',
    );
    const calm = peopleVerdict(summarisePeople([jammed(1, null, null)], 1, null));
    expect(calm.text.en).not.toContain('jam');
  });
});

describe('water verdict', () => {
  it('with P1 failed: the failing storeys, the threshold and clause, the fire storey, and the pumper', () => {
    const v = waterVerdict(water(), ORDER);
    expect(v.ok).toBe(false);
    expect(v.text.en).toBe(
      'Water: with P1 failed, hydrants above F7 below 0.35 MPa / 13 m jet (GB 50974-2014 7.4.12); fire storey F9: 0.26 MPa, 9.4 m jet — not enough; the pumper pumper-1 via inlet-1 restores up to F9.',
    );
    expect(v.text['zh-CN']).toBe(
      '供水：P1 故障时，F7 以上消火栓达不到 0.35 MPa、充实水柱 13 m（GB 50974-2014 7.4.12）；着火层 F9：0.26 MPa，充实水柱 9.4 m，不满足；消防车 pumper-1 经 inlet-1 供水可恢复至 F9。',
    );
  });

  it('failing storeys in the middle are listed as ranges; all adequate is ok', () => {
    const mid = waterVerdict(water({ failingStoreys: ['F3', 'F4', 'F6'] }), ORDER);
    expect(mid.text.en).toContain('hydrants on F3–F4, F6 below');
    const fine = waterVerdict(
      water({
        failingStoreys: [],
        failed: [],
        fireHydrants: [{ id: 'H', outletPressure: 0.42e6, jet: 15, flow: 0.005, ok: true, dry: false }],
      }),
      ORDER,
    );
    expect(fine.ok).toBe(true);
    expect(fine.text.en).toBe(
      'Water: hydrants reach 0.35 MPa / 13 m jet (GB 50974-2014 7.4.12) with the fire on any storey up to F10; fire storey F9: 0.42 MPa, 15.0 m jet.',
    );
  });

  it("no hydrants: not analysed, with the engine's reason, not ok", () => {
    const v = waterVerdict(null, ORDER, {
      en: 'the building has no water system with hydrants (/water/hydrants)',
      'zh-CN': '建筑没有含消火栓的消防给水系统（/water/hydrants）',
    });
    expect(v.ok).toBe(false);
    expect(v.text.en).toBe(
      'Water: not analysed: the building has no water system with hydrants (/water/hydrants).',
    );
    expect(v.text['zh-CN']).toContain('供水：未分析：建筑没有含消火栓');
  });
});

describe('trucks verdict', () => {
  it('blocked aerial: what blocks it, what to tow, when it arrives after towing, storeys out of reach', () => {
    const v = trucksVerdict(access(), ORDER);
    expect(v.ok).toBe(false);
    expect(v.text.en).toBe(
      'Trucks: pumper-1 ready at 6 min 52 s via gate-E; aerial-54 blocked by car-7 and stall-2 — tow car-7 and stall-2 and it arrives at 9 min; storeys above F8 out of aerial reach.',
    );
    expect(v.text['zh-CN']).toBe(
      '车辆：pumper-1 经 gate-E 于 6 分 52 秒可开始作业；aerial-54 被 car-7、stall-2 阻挡——拖走 car-7、stall-2 后 9 分到达；F8 以上楼层云梯车无法到达。',
    );
  });

  it('failed code checks name their clauses; a high canopy share is mentioned', () => {
    const a = access({
      canopy: { share: 0.76, riskClass: 'high' },
      checks: [
        {
          clause: 'GB 50016-2014 7.1.8',
          subject: 'lane-1',
          ok: false,
          value: 2,
          limit: 4,
          unit: 'm',
          verified: true,
          text: { en: 'narrow', 'zh-CN': '过窄' },
        },
      ],
    });
    const v = trucksVerdict(a, ORDER);
    expect(v.text.en).toContain('1 code check(s) fail (GB 50016-2014 7.1.8)');
    expect(v.text.en).toContain('combustible canopies 76 % (high risk)');
    expect(v.text['zh-CN']).toContain('可燃雨棚 76%（高风险）');
  });

  it('three verdicts, one per mode, in order', () => {
    const all = verdicts(summarisePeople([digest(1, 600)], 1, 'F9'), water(), access(), ORDER);
    expect(all.map((v) => v.mode)).toEqual(['people', 'water', 'trucks']);
    for (const v of all) {
      expect(v.text.en).toMatch(/^(People|Water|Trucks): /);
      expect(v.text['zh-CN']).toMatch(/^(人员|供水|车辆)：/);
    }
  });
});

describe('trucks verdict: nothing in reach as found', () => {
  it('says so, with the reach after towing', () => {
    const a = access({
      aerial: [
        {
          vehicle: 'aerial-54',
          site: 'rs-1',
          siteReached: false,
          highestStorey: null,
          unreachableStoreys: ORDER,
        },
      ],
      highestReachableStorey: null,
    });
    const v = trucksVerdict(a, ORDER);
    expect(v.text.en).toContain('as found no storey is in aerial reach (after towing: up to F8)');
    expect(v.text['zh-CN']).toContain('现状下云梯车无法到达任何楼层（拖走后可达 F8）');
  });
});

describe('people verdict: firefighters', () => {
  it('the first group on the fire storey, with its delay; a group that never arrives fails the verdict', () => {
    const ff = digest(3, 600, {
      firefighters: [
        { group: 0, arrivalTime: 893, to: 'F8', delay: 84 },
        { group: 1, arrivalTime: 700, to: 'F2' },
      ],
    });
    const v = peopleVerdict(summarisePeople([ff], 3, 'F8'));
    expect(v.ok).toBe(true);
    expect(v.text.en).toContain(
      'firefighters reach F8 at 14 min 53 s (1 min 24 s later than on an empty stair)',
    );
    expect(v.text['zh-CN']).toContain('消防员于 14 分 53 秒到达 F8（比空楼梯晚 1 分 24 秒）');
    const stuck = digest(3, 600, { firefighters: [{ group: 0, arrivalTime: null, to: 'F8' }] });
    const s = peopleVerdict(summarisePeople([stuck], 3, 'F8'));
    expect(s.ok).toBe(false);
    expect(s.text.en).toContain('firefighters do not reach F8');
  });
});

describe('people verdict: a moment of crowding is not a jam', () => {
  it('under JAM_SECONDS above Fruin E–F the stair is reported as a queue', () => {
    const brief = digest(1, 300, {
      stairs: [{ id: 'A', maxDensity: 1.2, maxQueue: 3, maxQueueStorey: 'F5', timeAtFruinEF: 12 }],
    });
    const v = peopleVerdict(summarisePeople([brief], 1, null));
    expect(v.text.en).toContain('longest stair queue 3 (stair A at F5), 12 s above Fruin D');
    expect(v.text.en).not.toContain('jam');
  });
});

describe('trucks verdict: reach after towing', () => {
  it('when towing lets an aerial reach higher, the out-of-reach clause says how high', () => {
    const a = access();
    a.towing!.highestReachableStorey = 'F10';
    const v = trucksVerdict(a, ORDER);
    expect(v.text.en).toContain('storeys above F8 out of aerial reach (after towing: up to F10)');
    expect(v.text['zh-CN']).toContain('F8 以上楼层云梯车无法到达（拖走后可达 F10）');
  });
});
