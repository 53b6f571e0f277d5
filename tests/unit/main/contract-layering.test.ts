/** The renderer may import the bridge contract of main/, and nothing else of main/. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

describe('bridge contract layering', () => {
  it.each([
    ['renderer/src/x.ts', '../../main/ipc/contract.ts', false],
    ['renderer/src/platform/x.ts', '../../../main/ipc/contract.ts', false],
    ['renderer/src/x.ts', '../../main/ipc/channels.ts', true],
    ['renderer/src/x.ts', '../../main/ipc/file-handlers.ts', true],
    ['renderer/src/x.ts', '../../main/preload.ts', true],
    ['renderer/src/x.ts', '../../cli/main.ts', true],
  ])('%s importing %s is refused: %s', async (file, from, refused) => {
    expect(await restricted(file, `import type { X } from '${from}';\nexport type Y = X;\n`)).toBe(refused);
  });

  it.each(['main/ipc/contract.ts', 'main/ipc/channels.ts', 'main/ipc/schemas.ts'])(
    '%s may not import Node or Electron',
    async (file) => {
      expect(
        await restricted(file, "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"),
      ).toBe(true);
      expect(await restricted(file, "import { app } from 'electron';\nexport const a = app;\n")).toBe(true);
    },
  );
});
