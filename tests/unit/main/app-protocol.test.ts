import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppRequest, resolveAssetPath } from '../../../main/app-protocol.ts';

const root = path.resolve('/srv/lifeline/out/renderer');
const inRoot = (...p: string[]) => path.join(root, ...p);

describe('app:// path resolution', () => {
  it('serves index.html for the root and files below it', () => {
    expect(resolveAssetPath(root, '/')).toBe(inRoot('index.html'));
    expect(resolveAssetPath(root, '/index.html')).toBe(inRoot('index.html'));
    expect(resolveAssetPath(root, '/assets/index-abc.js')).toBe(inRoot('assets', 'index-abc.js'));
    expect(resolveAssetPath(root, '/assets/a%20b.js')).toBe(inRoot('assets', 'a b.js'));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%5csecret.txt',
    '/assets%5c..%5c..%5csecret.txt',
    '/C:/Windows/win.ini',
    '/a%00.js',
    '/%E0%A4%A',
    'relative.js',
  ])('refuses %s', (p) => {
    expect(resolveAssetPath(root, p)).toBeNull();
  });

  it('accepts only the app host', () => {
    expect(resolveAppRequest(root, 'app://lifeline/assets/x.js')).toBe(inRoot('assets', 'x.js'));
    expect(resolveAppRequest(root, 'app://lifeline/../../etc/passwd')).toBe(inRoot('etc', 'passwd'));
    expect(resolveAppRequest(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppRequest(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppRequest(root, '::')).toBeNull();
  });

  it('names content types and never lets unknown files be sniffed as scripts', () => {
    expect(contentTypeFor('a/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('a/x.JS')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('a/core.wasm')).toBe('application/wasm');
    expect(contentTypeFor('a/noext')).toBe('application/octet-stream');
  });
});
