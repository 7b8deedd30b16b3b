// The app:// scheme that serves the renderer build, the Content-Security-Policy, and the pure decisions
// behind the window's guards. No electron import, so all of it is unit-tested in plain Node.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY_HEADER } from '../shared/security/contentSecurityPolicy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'charter';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Every URL of the app's own pages starts with this. */
export const APP_URL_PREFIX = `${APP_ORIGIN}/`;
export const APP_ENTRY_URL = `${APP_URL_PREFIX}index.html`;

/**
 * Privileges for registerSchemesAsPrivileged: `standard` gives app:// a real origin (relative URLs, 'self' in the CSP),
 * `secure` a secure context, `supportFetchAPI` lets the engine worker fetch sql-wasm.wasm, `stream` serves large files.
 * Not `corsEnabled`: other origins must not read app:// (there are none, but it keeps the scheme closed).
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  stream: true,
  codeCache: true,
} as const;

/** Sent with every app:// response. */
export const CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY_HEADER;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  // WebAssembly.instantiateStreaming refuses any other type.
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Minimal path API, so the resolver can be tested with Windows rules on any machine. */
type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/**
 * The file inside `rendererRoot` that `requestUrl` names, or null when the URL is not the app's own or would
 * leave the folder (`..`, encoded slashes, drive letters, NUL).
 */
export function resolveAppAssetPath(rendererRoot: string, requestUrl: string, pathApi: PathApi = path): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let relativePath: string;
  try {
    relativePath = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // The build has no such names; refusing them closes Windows tricks (C:, \..\, streams) on every platform.
  if (/[\\:\0]/.test(relativePath)) return null;
  if (relativePath === '' || relativePath === '/') relativePath = '/index.html';
  const root = pathApi.resolve(rendererRoot);
  const resolved = pathApi.resolve(root, `.${relativePath}`);
  const fromRoot = pathApi.relative(root, resolved);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(fromRoot)) {
    return null;
  }
  return resolved;
}

export type ReadAsset = (filePath: string) => Promise<Uint8Array>;

/** The protocol.handle handler for app://: the renderer build with its MIME types and the CSP on every response. */
export function createAppAssetHandler(
  rendererRoot: string,
  readAsset: ReadAsset = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const headers: Record<string, string> = {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers });
    }
    const filePath = resolveAppAssetPath(rendererRoot, request.url);
    if (filePath === null) return new Response(null, { status: 403, headers });
    let body: Uint8Array;
    try {
      body = await readAsset(filePath);
    } catch {
      return new Response(null, { status: 404, headers });
    }
    headers['Content-Type'] = contentTypeFor(filePath);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

/** The app is offline by design: only its own files, inline data, and the developer tools may load. */
export function isRequestAllowed(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case `${APP_SCHEME}:`:
      return parsed.host === APP_HOST;
    case 'devtools:':
    case 'data:':
    case 'blob:':
      return true;
    default:
      return false;
  }
}

/** The window may only ever show the app's own pages. */
export function isNavigationAllowed(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
