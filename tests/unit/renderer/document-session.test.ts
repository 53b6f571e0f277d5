import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuildingText } from '../../../models/index.ts';
import {
  beginLoad,
  type DocumentSession,
  EMPTY_SESSION,
  finishLoad,
  hasUnsavedEdits,
  markEdited,
  markSaved,
} from '../../../renderer/src/files/document-session.ts';
import { serializeBuilding, suggestedFileName } from '../../../renderer/src/files/serialize-building.ts';
import type { ViewState } from '../../../renderer/src/view-state.ts';

const TEXT = readFileSync(
  path.join(import.meta.dirname, '..', '..', 'e2e', 'fixtures', 'small-tower.json'),
  'utf8',
);
const loaded = (fileName: string, text = TEXT): ViewState => ({
  status: 'loaded',
  source: { kind: 'file', fileName },
  result: loadBuildingText(text, fileName),
});
const broken = loaded('broken.json', '{"format":');
const unreadable: ViewState = {
  status: 'readFailed',
  source: { kind: 'file', fileName: 'x.json' },
  reason: 'gone',
};
const opened = (fileName = 'a.json'): DocumentSession => finishLoad(EMPTY_SESSION, loaded(fileName)).session;

describe('document session', () => {
  it('starts clean and becomes dirty only through an edit of a usable building', () => {
    expect(opened().dirty).toBe(false);
    expect(markEdited(EMPTY_SESSION)).toBe(EMPTY_SESSION);
    expect(markEdited(finishLoad(EMPTY_SESSION, broken).session).dirty).toBe(false);
    const edited = markEdited(opened());
    expect(edited.dirty).toBe(true);
    expect(hasUnsavedEdits(edited)).toBe(true);
    expect(markEdited(edited)).toBe(edited);
  });

  it('is clean after a save, under the saved name', () => {
    const saved = markSaved(markEdited(opened('sample.json')), 'mine.json');
    expect(saved.dirty).toBe(false);
    expect(saved.view.status === 'loaded' && saved.view.source).toEqual({
      kind: 'file',
      fileName: 'mine.json',
    });
  });

  it('a clean document is simply replaced, by good and bad loads alike', () => {
    expect(beginLoad(opened(), { kind: 'sample', fileName: 's.json' }).view.status).toBe('loading');
    for (const next of [loaded('b.json'), broken, unreadable]) {
      const { session, accepted } = finishLoad(opened(), next);
      expect(accepted).toBe(true);
      expect(session.view).toBe(next);
      expect(session.kept).toBeNull();
    }
  });

  it('keeps unsaved edits on screen while another file loads, and when it fails to load', () => {
    const edited = markEdited(opened('a.json'));
    expect(beginLoad(edited, { kind: 'file', fileName: 'b.json' })).toBe(edited);

    const afterBroken = finishLoad(edited, broken);
    expect(afterBroken.accepted).toBe(false);
    expect(afterBroken.session.view).toBe(edited.view);
    expect(afterBroken.session.dirty).toBe(true);
    expect(afterBroken.session.kept).toEqual({ fileName: 'broken.json', reason: null });

    const afterUnreadable = finishLoad(edited, unreadable);
    expect(afterUnreadable.session.view).toBe(edited.view);
    expect(afterUnreadable.session.kept).toEqual({ fileName: 'x.json', reason: 'gone' });
  });

  it('a good file replaces unsaved edits (the user already chose Don’t save)', () => {
    const { session, accepted } = finishLoad(markEdited(opened('a.json')), loaded('b.json'));
    expect(accepted).toBe(true);
    expect(session.dirty).toBe(false);
    expect(session.view.status === 'loaded' && session.view.source.fileName).toBe('b.json');
  });
});

describe('saving a building', () => {
  it('writes text that loads back to the same building', () => {
    const first = loadBuildingText(TEXT, 'a.json');
    const again = loadBuildingText(serializeBuilding(first.building!), 'b.json');
    expect(again.errors).toEqual([]);
    expect(again.building).toEqual(first.building);
  });

  it('offers a plain .json file name', () => {
    expect(suggestedFileName('tower.json')).toBe('tower.json');
    expect(suggestedFileName('tower')).toBe('tower.json');
    expect(suggestedFileName('C:\\x\\tower.JSON')).toBe('tower.JSON');
    expect(suggestedFileName('')).toBe('building.json');
  });
});
