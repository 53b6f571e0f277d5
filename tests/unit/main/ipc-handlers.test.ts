import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allowClose } from '../../../main/documents/close-guard.ts';
import { CHANNELS } from '../../../main/ipc/channels.ts';
import type { OpenResult, SaveResult } from '../../../main/ipc/contract.ts';
import { registerDocumentHandlers } from '../../../main/ipc/document-handlers.ts';
import { registerFileHandlers, type FileIo } from '../../../main/ipc/file-handlers.ts';
import { registerReportHandlers } from '../../../main/ipc/report-handlers.ts';
import { writeFileAtomic } from '../../../node/atomic-write.ts';
import { readUserFile } from '../../../node/read-file.ts';
import {
  appSender,
  FakeIpcMain,
  fakeShell,
  foreignSender,
  WINDOW_ID,
  type FakeShell,
} from './support/fake-shell.ts';

let shell: FakeShell;
let ipc: FakeIpcMain;

function setUp(io?: FileIo): void {
  shell = fakeShell();
  ipc = new FakeIpcMain();
  registerFileHandlers(ipc, shell.ctx, io);
  registerDocumentHandlers(ipc, shell.ctx);
  // The PDF printer is Electron's; report-pdf.test.ts drives it with fakes.
  registerReportHandlers(ipc, shell.ctx, () => Promise.reject(new Error('no printer in this test')));
}

beforeEach(() => setUp());
afterEach(() => rmSync(shell.dir, { recursive: true, force: true }));

const invoke = (channel: string, ...args: unknown[]) => ipc.invoke(channel, appSender(), ...args);
const doc = () => shell.ctx.documents.get(WINDOW_ID);
const request = (text = '{"v":1}\n', suggestedName = 'tower.json') => ({ text, suggestedName });

function writeBuilding(name: string, content = '{"format":"x"}'): string {
  const file = path.join(shell.dir, name);
  writeFileSync(file, content);
  return file;
}

/** A valid argument for every channel, so sender checks are tested with otherwise-good calls. */
const GOOD_ARGS: Record<string, unknown[]> = {
  [CHANNELS.openFile]: [],
  [CHANNELS.openRecent]: ['/tmp/x.json'],
  [CHANNELS.save]: [request()],
  [CHANNELS.saveAs]: [request()],
  [CHANNELS.listRecent]: [],
  [CHANNELS.exportReport]: [{ format: 'html', bytes: new Uint8Array([60]), suggestedName: 'r.html' }],
  [CHANNELS.exportReportPdf]: [{ html: '<p>r</p>', suggestedName: 'r.pdf' }],
  [CHANNELS.revealInFolder]: [],
  [CHANNELS.confirmUnsaved]: [],
  [CHANNELS.documentState]: [{ dirty: true, file: 'unchanged' }],
  [CHANNELS.setLocale]: ['zh-CN'],
};

describe('every IPC handler', () => {
  it('is registered once per channel main handles (and only those)', () => {
    const expected = Object.values(CHANNELS).filter((c) => c !== CHANNELS.command);
    expect([...ipc.handlers.keys()].sort()).toEqual(expected.sort());
    expect(Object.keys(GOOD_ARGS).sort()).toEqual(expected.sort());
  });

  it.each(Object.keys(GOOD_ARGS))('%s refuses foreign, vanished and blank senders', async (channel) => {
    for (const sender of [
      foreignSender('https://evil.example/'),
      foreignSender('app://other/index.html'),
      foreignSender('file:///tmp/x.html'),
      foreignSender(null),
      foreignSender(''),
    ]) {
      await expect(ipc.invoke(channel, sender, ...(GOOD_ARGS[channel] ?? []))).rejects.toThrow(/IPC refused/);
    }
    // Nothing happened: no dialog, no state change.
    expect(shell.calls.open).toEqual([]);
    expect(shell.calls.save).toEqual([]);
    expect(shell.calls.message).toEqual([]);
    expect(doc().dirty).toBe(false);
    expect(shell.ctx.getLocale()).toBe('en');
  });

  it.each([
    [CHANNELS.openFile, ['unexpected']],
    [CHANNELS.openRecent, [42]],
    [CHANNELS.openRecent, ['']],
    [CHANNELS.save, [{ text: 1, suggestedName: 'a.json' }]],
    [CHANNELS.save, [{ text: '{}', suggestedName: '../../etc/passwd' }]],
    [CHANNELS.save, [{ text: '{}', suggestedName: 'a.json', path: '/etc/passwd' }]],
    [CHANNELS.saveAs, [{ text: '{}', suggestedName: 'a\u0000.json' }]],
    [CHANNELS.saveAs, [null]],
    [CHANNELS.exportReport, [{ format: 'exe', bytes: new Uint8Array(1), suggestedName: 'r' }]],
    [CHANNELS.exportReport, [{ format: 'pdf', bytes: [1, 2, 3], suggestedName: 'r.pdf' }]],
    [CHANNELS.listRecent, [{}]],
    [CHANNELS.revealInFolder, ['/etc']],
    [CHANNELS.confirmUnsaved, [true]],
    [CHANNELS.documentState, [{ dirty: 'yes', file: 'unchanged' }]],
    [CHANNELS.documentState, [{ dirty: true, file: '/etc/passwd' }]],
    [CHANNELS.setLocale, ['fr']],
    [CHANNELS.save, [request(), 'extra']],
  ])('%s refuses the bad payload %j', async (channel, args) => {
    await expect(invoke(channel, ...args)).rejects.toThrow(/IPC refused/);
    expect(shell.calls.save).toEqual([]);
    expect(shell.calls.open).toEqual([]);
  });
});

describe('open', () => {
  it('returns the bytes, name and path of the chosen file, in the UI language dialog', async () => {
    const file = writeBuilding('tower.json', '{"a":1}');
    shell.answers.open = [file];
    shell.setLocaleTo('zh-CN');
    const result = (await invoke(CHANNELS.openFile)) as OpenResult;
    expect(result).toEqual({
      status: 'opened',
      path: file,
      name: 'tower.json',
      bytes: new Uint8Array(Buffer.from('{"a":1}')),
    });
    expect(shell.calls.open[0]?.title).toBe('打开建筑模型');
    expect(shell.calls.open[0]?.filters).toEqual([{ name: '建筑模型（JSON）', extensions: ['json'] }]);
    // Not the document's file until the renderer has validated and accepted it.
    expect(doc().path).toBeNull();
    expect(await invoke(CHANNELS.listRecent)).toEqual([]);
    await invoke(CHANNELS.documentState, { dirty: false, file: 'opened' });
    expect(doc().path).toBe(file);
    expect(await invoke(CHANNELS.listRecent)).toEqual([{ path: file, name: 'tower.json' }]);
  });

  it('reports a cancelled dialog and an unreadable file in both languages', async () => {
    expect(await invoke(CHANNELS.openFile)).toEqual({ status: 'cancelled' });
    shell.answers.open = [path.join(shell.dir, 'gone.json')];
    expect(await invoke(CHANNELS.openFile)).toEqual({
      status: 'failed',
      name: 'gone.json',
      reason: { en: 'does not exist', 'zh-CN': '不存在' },
    });
  });

  it('a rejected file never becomes the save target', async () => {
    const good = writeBuilding('good.json');
    const bad = writeBuilding('bad.json');
    shell.answers.open = [good];
    await invoke(CHANNELS.openFile);
    await invoke(CHANNELS.documentState, { dirty: false, file: 'opened' });
    shell.answers.open = [bad];
    await invoke(CHANNELS.openFile);
    // The renderer found errors in bad.json and kept the edited document: only dirty changes.
    await invoke(CHANNELS.documentState, { dirty: true, file: 'unchanged' });
    expect(doc().path).toBe(good);
    // A later 'opened' without a fresh open adopts nothing.
    await invoke(CHANNELS.documentState, { dirty: false, file: 'untitled' });
    await invoke(CHANNELS.documentState, { dirty: false, file: 'opened' });
    expect(doc().path).toBeNull();
  });
});

describe('open recent', () => {
  it('reads only files on the recent list', async () => {
    const secret = writeBuilding('secret.json');
    await expect(invoke(CHANNELS.openRecent, secret)).rejects.toThrow(/not a recent file/);
    await shell.ctx.recent.add(secret);
    expect(await invoke(CHANNELS.openRecent, secret)).toMatchObject({
      status: 'opened',
      name: 'secret.json',
    });
  });

  it('drops a recent file that has gone, and says why', async () => {
    const file = writeBuilding('moved.json');
    await shell.ctx.recent.add(file);
    rmSync(file);
    expect(await invoke(CHANNELS.openRecent, file)).toMatchObject({ status: 'failed', name: 'moved.json' });
    expect(await shell.ctx.recent.has(file)).toBe(false);
  });
});

describe('save', () => {
  it('asks where the first time, then writes atomically to the same file without asking', async () => {
    const target = path.join(shell.dir, 'out', 'tower');
    mkdirSync(path.dirname(target));
    shell.answers.save = target; // no extension typed: .json is added
    const first = (await invoke(CHANNELS.save, request('{"v":1}\n', 'Tower A.json'))) as SaveResult;
    expect(first).toEqual({ status: 'saved', path: `${target}.json`, name: 'tower.json' });
    expect(shell.calls.save[0]?.defaultPath).toBe(path.join(shell.dir, 'Tower A.json'));
    expect(readFileSync(`${target}.json`, 'utf8')).toBe('{"v":1}\n');

    await invoke(CHANNELS.documentState, { dirty: true, file: 'unchanged' });
    expect(await invoke(CHANNELS.save, request('{"v":2}\n'))).toMatchObject({ status: 'saved' });
    expect(shell.calls.save).toHaveLength(1);
    expect(readFileSync(`${target}.json`, 'utf8')).toBe('{"v":2}\n');
    expect(readdirSync(path.dirname(target))).toEqual(['tower.json']); // no temp file left
    expect(doc().dirty).toBe(false);
    expect(await invoke(CHANNELS.listRecent)).toEqual([{ path: `${target}.json`, name: 'tower.json' }]);
    expect(shell.calls.changed.length).toBeGreaterThan(0);
  });

  it('writes through node/atomic-write.ts and keeps the old file if the write fails', async () => {
    const writes: string[] = [];
    rmSync(shell.dir, { recursive: true, force: true });
    setUp({
      read: readUserFile,
      write: async (p, data) => {
        writes.push(p);
        if (writes.length > 1) throw Object.assign(new Error('full'), { code: 'ENOSPC' });
        await writeFileAtomic(p, data);
      },
    });
    const file = path.join(shell.dir, 'keep.json');
    shell.answers.save = file;
    await invoke(CHANNELS.saveAs, request('original'));
    await invoke(CHANNELS.documentState, { dirty: true, file: 'unchanged' });
    const failed = await invoke(CHANNELS.save, request('new'));
    expect(failed).toEqual({ status: 'failed', reason: { en: 'the disk is full', 'zh-CN': '磁盘已满' } });
    expect(readFileSync(file, 'utf8')).toBe('original');
    expect(doc().dirty).toBe(true);
    expect(writes).toEqual([file, file]);
  });

  it('save as always asks, starting at the current file; cancel writes nothing', async () => {
    const file = path.join(shell.dir, 'a.json');
    shell.answers.save = file;
    await invoke(CHANNELS.saveAs, request());
    shell.answers.save = null;
    expect(await invoke(CHANNELS.saveAs, request('other'))).toEqual({ status: 'cancelled' });
    expect(shell.calls.save[1]?.defaultPath).toBe(file);
    expect(readFileSync(file, 'utf8')).toBe('{"v":1}\n');
  });

  it('a real disk error comes back as a reason, not a crash', async () => {
    shell.answers.save = path.join(shell.dir, 'no-such-folder', 'x.json');
    const result = (await invoke(CHANNELS.saveAs, request())) as SaveResult;
    expect(result).toEqual({
      status: 'failed',
      reason: { en: 'the folder does not exist', 'zh-CN': '文件夹不存在' },
    });
  });
});

describe('export report and reveal in folder', () => {
  it('writes the given bytes where the user chose', async () => {
    const file = path.join(shell.dir, 'report.pdf');
    shell.answers.save = file;
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    const result = await invoke(CHANNELS.exportReport, { format: 'pdf', bytes, suggestedName: 'report' });
    expect(result).toEqual({ status: 'saved', path: file, name: 'report.pdf' });
    expect(new Uint8Array(readFileSync(file))).toEqual(bytes);
    expect(shell.calls.save[0]?.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    // A report is not the document: it does not become the save target or a recent file.
    expect(doc().path).toBeNull();
  });

  it("reveals the document's file, and only that", async () => {
    expect(await invoke(CHANNELS.revealInFolder)).toBe(false);
    shell.answers.save = path.join(shell.dir, 'a.json');
    await invoke(CHANNELS.saveAs, request());
    expect(await invoke(CHANNELS.revealInFolder)).toBe(true);
    expect(shell.calls.revealed).toEqual([path.join(shell.dir, 'a.json')]);
  });
});

describe('unsaved changes', () => {
  it('a clean document needs no question', async () => {
    expect(await invoke(CHANNELS.confirmUnsaved)).toBe('discard');
    expect(shell.calls.message).toEqual([]);
  });

  it.each([
    [0, 'save'],
    [1, 'discard'],
    [2, 'cancel'],
    [-1, 'cancel'],
  ])('a dirty document asks; button %i means %s', async (button, choice) => {
    await invoke(CHANNELS.documentState, { dirty: true, file: 'unchanged' });
    shell.answers.message = button;
    expect(await invoke(CHANNELS.confirmUnsaved)).toBe(choice);
    expect(shell.calls.message[0]?.buttons).toEqual(['&Save', "&Don't Save", 'Cancel']);
    expect(shell.calls.message[0]?.message).toBe('Save the changes to “Untitled”?');
  });

  it('asks in the UI language the renderer set, naming the file', async () => {
    shell.answers.save = path.join(shell.dir, '解放碑.json');
    await invoke(CHANNELS.saveAs, request());
    await invoke(CHANNELS.setLocale, 'zh-CN');
    await invoke(CHANNELS.documentState, { dirty: true, file: 'unchanged' });
    await invoke(CHANNELS.confirmUnsaved);
    expect(shell.calls.message[0]).toMatchObject({
      message: '是否保存对“解放碑.json”的更改？',
      buttons: ['保存(&S)', '不保存(&D)', '取消'],
      cancelId: 2,
      defaultId: 0,
    });
  });
});

describe('closing a window', () => {
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('closes a clean window at once', () => {
    expect(allowClose(shell.ctx, WINDOW_ID)).toBe(true);
  });

  it("Don't save closes; Cancel keeps the window", async () => {
    await invoke(CHANNELS.documentState, { dirty: true, file: 'unchanged' });
    shell.answers.message = 2;
    expect(allowClose(shell.ctx, WINDOW_ID)).toBe(false);
    await settle();
    expect(shell.calls.closed).toEqual([]);
    shell.answers.message = 1;
    expect(allowClose(shell.ctx, WINDOW_ID)).toBe(false);
    await settle();
    expect(shell.calls.closed).toEqual([WINDOW_ID]);
    expect(allowClose(shell.ctx, WINDOW_ID)).toBe(true); // the close main then triggers goes through
  });

  it('Save asks the renderer to save and closes once the save succeeds', async () => {
    await invoke(CHANNELS.documentState, { dirty: true, file: 'unchanged' });
    shell.answers.message = 0;
    expect(allowClose(shell.ctx, WINDOW_ID)).toBe(false);
    expect(allowClose(shell.ctx, WINDOW_ID)).toBe(false); // a second click does not ask twice
    await settle();
    expect(shell.calls.message).toHaveLength(1);
    expect(shell.calls.commands).toEqual([{ type: 'save' }]);
    // The renderer saves; the user cancels the Save dialog: the window stays.
    shell.answers.save = null;
    await invoke(CHANNELS.save, request());
    expect(shell.calls.closed).toEqual([]);
    // Asked again, saved this time: closed.
    expect(allowClose(shell.ctx, WINDOW_ID)).toBe(false);
    await settle();
    shell.answers.save = path.join(shell.dir, 'x.json');
    await invoke(CHANNELS.save, request());
    expect(shell.calls.closed).toEqual([WINDOW_ID]);
  });
});
