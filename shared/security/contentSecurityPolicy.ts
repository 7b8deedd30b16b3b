// The renderer's Content-Security-Policy: only the app's own files, WASM allowed, nothing remote.
// One definition for the Electron protocol handler, the web server and the page's meta tag.
const DIRECTIVES = [
  "default-src 'self'",
  // sql.js compiles its WASM at run time; nothing else is evaluated.
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  // React sets inline styles (progress bars).
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** For a `<meta http-equiv>` tag, where browsers ignore frame-ancestors. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** For HTTP response headers. */
export const CONTENT_SECURITY_POLICY_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');
