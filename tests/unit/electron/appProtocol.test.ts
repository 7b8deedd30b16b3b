import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  createAppAssetHandler,
  isNavigationAllowed,
  isRequestAllowed,
  resolveAppAssetPath,
} from '../../../electron/appProtocol';

describe('the offline request filter', () => {
  const table: [string, boolean][] = [
    ['app://charter/index.html', true],
    ['app://charter/assets/sql-wasm.wasm', true],
    ['blob:app://charter/7c4e1d4e-3b0a-4c55-9f6f-0b1f5e6d2a11', true],
    ['data:image/png;base64,iVBORw0KGgo=', true],
    ['devtools://devtools/bundled/devtools_app.html', true],
    ['https://cdn.example.com/font.woff2', false],
    ['http://localhost:5173/', false],
    ['http://127.0.0.1/', false],
    ['file:///etc/passwd', false],
    ['file:///C:/Windows/win.ini', false],
    ['ws://localhost:8080/', false],
    ['wss://example.com/socket', false],
    ['ftp://example.com/', false],
    ['app://other-host/index.html', false],
    ['chrome-extension://abcdef/script.js', false],
    ['not a url', false],
    // Look-alikes of the app's own origin.
    ['https://charter/index.html', false],
    ['app://charter.evil.example/index.html', false],
    ['app://charter@evil.example/index.html', false],
    // Chromium lowercases a standard scheme's host before the filter sees it; spelled otherwise, it is refused.
    ['app://CHARTER/index.html', false],
    // Other schemes a page could try.
    ['http://[::1]:8080/', false],
    ['chrome://gpu', false],
    ['javascript:fetch("https://evil.example")', false],
    ['smb://fileserver/share/review.charter', false],
  ];

  for (const [url, allowed] of table) {
    it(`${allowed ? 'lets through' : 'cancels'} ${url}`, () => {
      expect(isRequestAllowed(url)).toBe(allowed);
    });
  }
});

describe('navigation guard', () => {
  it('allows the app’s own pages and nothing else', () => {
    expect(isNavigationAllowed(APP_ENTRY_URL)).toBe(true);
    expect(isNavigationAllowed('https://www.coe.int/cepej')).toBe(false);
    expect(isNavigationAllowed('file:///home/aysel/Downloads/evil.html')).toBe(false);
    expect(isNavigationAllowed('app://charter.evil/index.html')).toBe(false);
  });
});

describe('resolving app:// URLs to files of the renderer build', () => {
  const root = path.resolve('/opt/charter-review/dist/renderer');

  it('maps a URL to the file inside the build folder', () => {
    expect(resolveAppAssetPath(root, 'app://charter/assets/index-3f2a.js')).toBe(
      path.join(root, 'assets', 'index-3f2a.js'),
    );
    expect(resolveAppAssetPath(root, 'app://charter/fonts/Inter%20Variable.woff2')).toBe(
      path.join(root, 'fonts', 'Inter Variable.woff2'),
    );
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppAssetPath(root, 'app://charter/')).toBe(path.join(root, 'index.html'));
  });

  const escapes = [
    'app://charter/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://charter/assets/..%2F..%2F..%2F..%2Fetc/passwd',
    'app://charter/..%5C..%5Cwindows%5Cwin.ini',
    'app://charter/C:%5CWindows%5Cwin.ini',
    'app://charter/index.html%00.png',
    'app://charter/%E0%A4%A',
    'app://elsewhere/index.html',
    'https://charter/index.html',
  ];

  for (const url of escapes) {
    it(`refuses ${url}`, () => {
      expect(resolveAppAssetPath(root, url)).toBeNull();
    });
  }

  it('keeps plain ../ inside the folder (the URL parser already removed it)', () => {
    const resolved = resolveAppAssetPath(root, 'app://charter/../../etc/passwd');
    expect(resolved).toBe(path.join(root, 'etc', 'passwd'));
  });

  it('refuses escapes with Windows path rules too', () => {
    const windowsRoot = 'C:\\Program Files\\Charter Review\\resources\\app.asar\\dist\\renderer';
    expect(resolveAppAssetPath(windowsRoot, 'app://charter/..%2F..%2F..%2F..%2Fsecrets.txt', path.win32)).toBeNull();
    expect(resolveAppAssetPath(windowsRoot, 'app://charter/assets/app.js', path.win32)).toBe(
      `${windowsRoot}\\assets\\app.js`,
    );
  });
});

describe('the app:// handler', () => {
  const root = path.resolve('/opt/charter-review/dist/renderer');
  const files = new Map<string, Uint8Array>([
    [path.join(root, 'index.html'), new TextEncoder().encode('<!doctype html><title>Charter Review</title>')],
    [path.join(root, 'assets', 'sql-wasm.wasm'), new Uint8Array([0, 97, 115, 109])],
    [path.join(root, 'assets', 'worker.mjs'), new TextEncoder().encode('self.onmessage = () => {};')],
  ]);
  const readAsset = async (filePath: string) => {
    const bytes = files.get(filePath);
    if (!bytes) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return bytes;
  };
  const handle = createAppAssetHandler(root, readAsset);

  it('serves WASM as application/wasm, so the engine can stream-compile it', async () => {
    const response = await handle(new Request('app://charter/assets/sql-wasm.wasm'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/wasm');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
  });

  it('serves pages and module workers with their types and the CSP', async () => {
    const page = await handle(new Request('app://charter/'));
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    const worker = await handle(new Request('app://charter/assets/worker.mjs'));
    expect(worker.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 403 to a path that leaves the build folder and 404 to a missing file', async () => {
    expect((await handle(new Request('app://charter/..%2F..%2Fetc%2Fpasswd'))).status).toBe(403);
    expect((await handle(new Request('app://charter/missing.js'))).status).toBe(404);
  });
});

describe('Content-Security-Policy', () => {
  it('lets sql.js compile its WASM but allows no plugins, no framing and no foreign origins', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((directive) => {
        const [name = '', ...values] = directive.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|https?:|\*/);
  });
});
