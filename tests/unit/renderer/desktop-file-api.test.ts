import { describe, expect, it, vi } from 'vitest';
import type { DesktopApi, DesktopCommand, OpenResult, SaveResult } from '../../../main/ipc/contract.ts';
import { browserFileApi } from '../../../renderer/src/file-api.ts';
import { chooseFileApi } from '../../../renderer/src/platform/choose-file-api.ts';
import { desktopFileApi } from '../../../renderer/src/platform/desktop-file-api.ts';

function fakeBridge(open: OpenResult, save: SaveResult) {
  const listeners: ((c: DesktopCommand) => void)[] = [];
  const api = {
    runtime: 'electron',
    versions: { electron: '45', chrome: '140' },
    openFile: vi.fn(async () => open),
    openRecent: vi.fn(async () => open),
    save: vi.fn(async () => save),
    saveAs: vi.fn(async () => save),
    listRecent: vi.fn(async () => []),
    exportReport: vi.fn(async () => save),
    exportReportPdf: vi.fn(async () => save),
    revealInFolder: vi.fn(async () => true),
    confirmUnsaved: vi.fn(async () => 'cancel' as const),
    setDocumentState: vi.fn(async () => undefined),
    setLocale: vi.fn(async () => undefined),
    onCommand: (l: (c: DesktopCommand) => void) => {
      listeners.push(l);
      return () => listeners.splice(listeners.indexOf(l), 1);
    },
  } satisfies DesktopApi;
  return { api, listeners };
}

const bytes = new Uint8Array([123, 125]);

describe('choosing the file API', () => {
  it('uses the bridge when the preload exposed it, the browser otherwise', () => {
    expect(chooseFileApi({})).toBe(browserFileApi);
    expect(chooseFileApi({ lifelineDesktop: { runtime: 'web' } })).toBe(browserFileApi);
    const { api } = fakeBridge({ status: 'cancelled' }, { status: 'cancelled' });
    expect(chooseFileApi({ lifelineDesktop: api })).not.toBe(browserFileApi);
  });
});

describe('desktop file API', () => {
  it('turns opened files into picked files with their path', async () => {
    const { api } = fakeBridge(
      { status: 'opened', path: '/d/a.json', name: 'a.json', bytes },
      { status: 'cancelled' },
    );
    const files = desktopFileApi(api);
    expect(await files.openBuildingFile()).toEqual({ name: 'a.json', bytes, path: '/d/a.json' });
    expect(await files.openRecentFile('/d/a.json')).toEqual({ name: 'a.json', bytes, path: '/d/a.json' });
    expect(api.openRecent).toHaveBeenCalledWith('/d/a.json');
  });

  it("reports main's reason in the UI language", async () => {
    const reason = { en: 'does not exist', 'zh-CN': '不存在' };
    const { api } = fakeBridge({ status: 'failed', name: 'a.json', reason }, { status: 'failed', reason });
    const files = desktopFileApi(api);
    await expect(files.openBuildingFile()).rejects.toThrow('a.json: does not exist');
    files.setLocale('zh-CN');
    expect(api.setLocale).toHaveBeenCalledWith('zh-CN');
    await expect(files.openBuildingFile()).rejects.toThrow('a.json: 不存在');
    await expect(files.saveBuildingFile({ name: 'a.json', text: '{}' }, 'save')).rejects.toThrow('不存在');
  });

  it('saves through save or save-as, and passes cancel through', async () => {
    const { api } = fakeBridge(
      { status: 'cancelled' },
      { status: 'saved', path: '/d/b.json', name: 'b.json' },
    );
    const files = desktopFileApi(api);
    expect(await files.openBuildingFile()).toBeNull();
    expect(await files.saveBuildingFile({ name: 'a.json', text: '{}' }, 'save')).toEqual({ name: 'b.json' });
    expect(await files.saveBuildingFile({ name: 'a.json', text: '{}' }, 'saveAs')).toEqual({
      name: 'b.json',
    });
    expect(api.save).toHaveBeenCalledWith({ text: '{}', suggestedName: 'a.json' });
    expect(api.saveAs).toHaveBeenCalledTimes(1);
  });

  it('forwards the document state, the unsaved question and menu commands', async () => {
    const { api, listeners } = fakeBridge({ status: 'cancelled' }, { status: 'cancelled' });
    const files = desktopFileApi(api);
    files.documentChanged({ dirty: true, file: 'unchanged' });
    expect(api.setDocumentState).toHaveBeenCalledWith({ dirty: true, file: 'unchanged' });
    expect(await files.confirmReplace('ignored')).toBe('cancel');
    const got: DesktopCommand[] = [];
    const off = files.onCommand((c) => got.push(c));
    listeners.forEach((l) => l({ type: 'saveAs' }));
    off();
    listeners.forEach((l) => l({ type: 'open' }));
    expect(got).toEqual([{ type: 'saveAs' }]);
  });
});
