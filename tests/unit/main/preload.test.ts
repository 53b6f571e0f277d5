import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../main/ipc/channels.ts';
import { DESKTOP_API_KEYS, type DesktopApi, type DesktopCommand } from '../../../main/ipc/contract.ts';

/** Loads main/preload.ts against a fake `electron` and returns what it exposed. */
async function loadPreload() {
  vi.resetModules();
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();
  const invoke = vi.fn(async (..._args: unknown[]) => 'answer');
  vi.doMock('electron', () => ({
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer: {
      invoke,
      on: (channel: string, l: (event: unknown, ...args: unknown[]) => void) =>
        listeners.set(channel, [...(listeners.get(channel) ?? []), l]),
      removeListener: (channel: string, l: (event: unknown, ...args: unknown[]) => void) =>
        listeners.set(
          channel,
          (listeners.get(channel) ?? []).filter((x) => x !== l),
        ),
      send: vi.fn(),
    },
  }));
  await import('../../../main/preload.ts');
  return { exposed, listeners, invoke };
}

afterEach(() => {
  vi.doUnmock('electron');
});

describe('preload', () => {
  it('exposes exactly the DesktopApi, frozen, under one name', async () => {
    const { exposed } = await loadPreload();
    expect([...exposed.keys()]).toEqual(['lifelineDesktop']);
    const api = exposed.get('lifelineDesktop') as DesktopApi;
    expect(Object.keys(api).sort()).toEqual([...DESKTOP_API_KEYS].sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.versions)).toBe(true);
    expect(api.runtime).toBe('electron');
    // Nothing generic: no ipcRenderer, no send/invoke/on taking a channel name.
    for (const key of ['ipcRenderer', 'send', 'invoke', 'on']) expect(api).not.toHaveProperty(key);
  });

  it('maps each capability to its own channel with only its own argument', async () => {
    const { exposed, invoke } = await loadPreload();
    const api = exposed.get('lifelineDesktop') as DesktopApi;
    const req = { text: '{}', suggestedName: 'a.json' };
    const report = { format: 'html' as const, bytes: new Uint8Array(1), suggestedName: 'r.html' };
    await api.openFile();
    await api.openRecent('/a.json');
    await api.save(req);
    await api.saveAs(req);
    await api.listRecent();
    await api.exportReport(report);
    await api.exportReportPdf({ html: '<p>r</p>', suggestedName: 'r.pdf' });
    await api.revealInFolder();
    await api.confirmUnsaved();
    await api.setDocumentState({ dirty: true, file: 'unchanged' });
    await api.setLocale('zh-CN');
    expect(invoke.mock.calls).toEqual([
      [CHANNELS.openFile],
      [CHANNELS.openRecent, '/a.json'],
      [CHANNELS.save, req],
      [CHANNELS.saveAs, req],
      [CHANNELS.listRecent],
      [CHANNELS.exportReport, report],
      [CHANNELS.exportReportPdf, { html: '<p>r</p>', suggestedName: 'r.pdf' }],
      [CHANNELS.revealInFolder],
      [CHANNELS.confirmUnsaved],
      [CHANNELS.documentState, { dirty: true, file: 'unchanged' }],
      [CHANNELS.setLocale, 'zh-CN'],
    ]);
  });

  it('delivers menu commands without the IPC event, until unsubscribed', async () => {
    const { exposed, listeners } = await loadPreload();
    const api = exposed.get('lifelineDesktop') as DesktopApi;
    const got: unknown[][] = [];
    const off = api.onCommand((...args) => got.push(args));
    const emit = (c: DesktopCommand) =>
      (listeners.get(CHANNELS.command) ?? []).forEach((l) => l({ sender: 'secret' }, c));
    emit({ type: 'save' });
    off();
    emit({ type: 'open' });
    expect(got).toEqual([[{ type: 'save' }]]);
    expect(listeners.get(CHANNELS.command)).toEqual([]);
  });
});
