// Loads sql.js in Node from the WASM file shipped beside the code (never fetched).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import initSqlJs from 'sql.js';
import type { SqlJsStatic } from '../shared/db/sqljs';

let loading: Promise<SqlJsStatic> | undefined;

function wasmPath(): string {
  // Bundled CLI: the WASM is copied next to the script. From source: the sql.js package.
  const beside = typeof __dirname === 'string' ? path.join(__dirname, 'sql-wasm.wasm') : '';
  if (beside && existsSync(beside)) return beside;
  const require = createRequire(import.meta.url);
  return require.resolve('sql.js/dist/sql-wasm.wasm');
}

export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= initSqlJs({ locateFile: () => wasmPath() });
  return loading;
}
