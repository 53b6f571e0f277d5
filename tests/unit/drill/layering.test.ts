/** drill/ is pure like sim-core (ARCHITECTURE.md): lint refuses Node, Electron, the UI and upward imports. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(code: string): Promise<number> {
  const [r] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath: 'drill/x.ts' });
  return (r?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('drill/ layering', () => {
  it.each([
    ["import { readFileSync as x } from 'node:fs';", false],
    ["import { app as x } from 'electron';", false],
    ["import { useState as x } from 'react';", false],
    ["import { main as x } from '../cli/main.ts';", false],
    ["import { writeFileAtomic as x } from '../node/atomic-write.ts';", false],
    ["import { createRng as x } from '../sim-core/random/rng.ts';", true],
    ["import { summarize as x } from '../models/metrics/summary.ts';", true],
  ] as const)('%s → allowed %s', async (line, allowed) => {
    expect((await restricted(line)) === 0).toBe(allowed);
  });
});
