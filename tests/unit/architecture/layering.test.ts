/**
 * The layering of ARCHITECTURE.md is enforced by lint; this checks the lint really enforces it, by
 * linting small snippets as if they were files in each layer.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const cases: [string, string, boolean][] = [
  // [file, import, allowed?]
  ['models/x.ts', "import { readFileSync } from 'node:fs';", false],
  ['models/x.ts', "import { app } from 'electron';", false],
  ['models/x.ts', "import * as THREE from 'three';", false],
  ['models/x.ts', "import { createRng } from '../sim-core/random/rng.ts';", false],
  ['models/x.ts', "import { z } from 'zod';", true],
  ['sim-core/x.ts', "import { readFileSync } from 'node:fs';", false],
  ['sim-core/x.ts', "import { useState } from 'react';", false],
  ['sim-core/x.ts', "import { main } from '../cli/main.ts';", false],
  ['sim-core/x.ts', "import { OUTSIDE } from '../models/schema/building.ts';", true],
  ['renderer/src/x.ts', "import { readFileSync } from 'node:fs';", false],
  ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';", false],
  ['renderer/src/x.ts', "import * as THREE from 'three';", true],
  ['cli/x.ts', "import { app } from 'electron';", false],
  ['cli/x.ts', "import { readFileSync } from 'node:fs';", true],
  ['node/x.ts', "import { app } from 'electron';", false],
];

describe('layering is enforced by lint', () => {
  it.each(cases)('%s: %s → allowed %s', async (file, line, allowed) => {
    const found = (
      await problems(
        file,
        `${line}\nexport const used = [${line.match(/\{ (\w+)/)?.[1] ?? line.match(/\* as (\w+)/)?.[1]}];\n`,
      )
    ).filter((p) => p.startsWith('no-restricted-imports'));
    expect(found.length === 0).toBe(allowed);
  });

  it('Math.random is refused everywhere (seeded RNG only)', async () => {
    expect(await problems('sim-core/x.ts', 'export const r = Math.random();\n')).toEqual([
      'no-restricted-syntax: Use a seeded RNG.',
    ]);
  });

  it('sim-core and models may not touch process or window', async () => {
    expect(
      (await problems('sim-core/x.ts', 'export const e = process.env;\n')).some((p) =>
        p.startsWith('no-restricted-globals'),
      ),
    ).toBe(true);
    expect(
      (await problems('models/x.ts', 'export const w = window;\n')).some((p) =>
        p.startsWith('no-restricted-globals'),
      ),
    ).toBe(true);
  });
});
