import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  assertTrustedSender,
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isAppUrl,
  isTrustedSender,
} from '../../../main/security.ts';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('Content-Security-Policy', () => {
  it('is exactly the policy of the architecture note', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; " +
        "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'",
    );
  });

  it('allows WebAssembly but never eval or inline scripts', () => {
    const script = directives(CONTENT_SECURITY_POLICY).get('script-src') ?? [];
    expect(script).toContain("'wasm-unsafe-eval'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(script).not.toContain("'unsafe-inline'");
  });

  it('lets nothing load from the network', () => {
    for (const [, values] of directives(CONTENT_SECURITY_POLICY)) {
      for (const v of values) expect(v).not.toMatch(/^(https?:|ws:|wss:|\*)/);
    }
  });
});

describe('navigation guard', () => {
  it('allows the app origin only', () => {
    expect(APP_ORIGIN).toBe('app://lifeline');
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation('app://lifeline/')).toBe(true);
    expect(isAllowedNavigation('app://lifeline/index.html?x=1#y')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://lifeline/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://lifeline.evil.com/',
    'app://lifeline:8080/',
    'app://user:pass@lifeline/',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it('compares the canonical host exactly (Chromium lower-cases standard-scheme hosts first)', () => {
    expect(isAppUrl('APP://lifeline/index.html')).toBe(true);
    expect(isAppUrl('app://LIFELINE/index.html')).toBe(false);
  });
});

describe('IPC sender validation', () => {
  const from = (url: string | null) => ({ senderFrame: url === null ? null : { url } });

  it('trusts frames showing the app', () => {
    expect(isTrustedSender(from('app://lifeline/index.html'))).toBe(true);
    expect(() => assertTrustedSender(from('app://lifeline/index.html'))).not.toThrow();
  });

  it('refuses foreign frames, vanished frames and empty URLs', () => {
    for (const event of [from('https://evil.example/'), from('app://other/'), from(null), from('')]) {
      expect(isTrustedSender(event)).toBe(false);
      expect(() => assertTrustedSender(event)).toThrow(/IPC refused/);
    }
  });
});
