// The desktop app's diagnostic log: event names and error codes in a size-capped, rotated file in the user's log
// folder, for IT support. Court laptops hold sensitive reviews, so nothing personal is written: no file or folder
// names, no user names from paths, no review content — only what happened and the codes that say why.
import path from 'node:path';
import log from 'electron-log/node';

export const LOG_FILE_NAME = 'main.log';
/** Past this size the log is moved to main.old.log (replacing the previous one) and a new one is started. */
export const LOG_FILE_MAX_BYTES = 1024 * 1024;

/** Values attached to an event; strings are redacted before they are written. */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

export interface AppLog {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  /** The error is reduced to its name, code, a redacted message and where it was thrown. */
  error(event: string, error?: unknown, fields?: LogFields): void;
  /** The current log file, which Help → Show logs reveals. */
  readonly filePath: string;
}

/** Where formatted lines go: the rotated file in the app, a list in tests. */
export interface LogSink {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

export interface AppLogOptions {
  /** app.getPath('logs'). */
  logsDir: string;
  /** os.homedir(): replaced by "~" wherever it appears. */
  homeDir: string;
  sink?: LogSink;
}

export function createAppLog(options: AppLogOptions): AppLog {
  const filePath = path.join(options.logsDir, LOG_FILE_NAME);
  const sink = options.sink ?? rotatingFileSink(filePath);
  const line = (event: string, fields: LogFields | undefined) =>
    [eventName(event), ...formatFields(fields ?? {}, options.homeDir)].join(' ');
  return {
    filePath,
    info: (event, fields) => sink.info(line(event, fields)),
    warn: (event, fields) => sink.warn(line(event, fields)),
    error: (event, error, fields) =>
      sink.error(line(event, { ...fields, ...(error === undefined ? {} : summariseError(error)) })),
  };
}

/** electron-log's file transport, without its IPC or remote transports: this log never leaves the machine. */
export function rotatingFileSink(filePath: string, maxBytes: number = LOG_FILE_MAX_BYTES): LogSink {
  const logger = log.create({ logId: `charter-review:${filePath}` });
  const file = logger.transports.file;
  // electron-log asks for an app name before it calls resolvePathFn; giving it one spares a package.json search.
  file.setAppName('Charter Review');
  file.resolvePathFn = () => filePath;
  file.maxSize = maxBytes;
  file.level = 'info';
  // Readable by this user only: a shared or lost computer should not hand the log to anyone else.
  file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  logger.transports.console.level = process.env.NODE_ENV === 'test' ? false : 'warn';
  // Only present when running inside Electron; off either way, as is the remote (HTTP) transport.
  const { ipc, remote } = logger.transports as Partial<typeof logger.transports>;
  if (ipc) ipc.level = false;
  if (remote) remote.level = false;
  return {
    info: (text) => logger.info(text),
    warn: (text) => logger.warn(text),
    error: (text) => logger.error(text),
  };
}

/** Event names are constants in our code ("file.open-from-os"); anything else is shown as a bug, not written out. */
function eventName(event: string): string {
  return /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(event) ? event : 'invalid-event-name';
}

function formatFields(fields: LogFields, homeDir: string): string[] {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || !/^[A-Za-z][\w-]*$/.test(key)) continue;
    const text = typeof value === 'string' ? JSON.stringify(redactPersonalData(value, homeDir)) : String(value);
    parts.push(`${key}=${text}`);
  }
  return parts;
}

/**
 * Removes what could identify a person or a case from a line of text: the home folder, user names in profile
 * paths (C:\Users\name, /Users/name, /home/name) and anything quoted, which in Node and Electron messages is a
 * path or a file name ("open '/…/Tribunal X.charter'").
 */
export function redactPersonalData(text: string, homeDir: string): string {
  let redacted = text;
  if (homeDir.length > 1) redacted = redacted.split(homeDir).join('~');
  return (
    redacted
      // User names may contain spaces ("Jean Dupont"): everything up to the next separator goes.
      .replace(/([A-Za-z]:[\\/]+(?:Users|Documents and Settings)[\\/]+)[^\\/'"\n]+/gi, '$1<user>')
      .replace(/(\/(?:Users|home)\/)[^/'"\n]+/g, '$1<user>')
      .replace(/'[^'\n]*'/g, "'…'")
      .replace(/"[^"\n]*"/g, '"…"')
      .replace(/“[^”\n]*”/g, '“…”')
  );
}

/** An error as log fields: its class, its system or app code, a redacted message and the frames it came from. */
export function summariseError(error: unknown): Record<string, string> {
  if (!(error instanceof Error)) return { error: typeof error };
  const fields: Record<string, string> = { error: error.name };
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') fields.code = String(code);
  // Redacted later with the home folder; quoted names are dropped there.
  fields.message = error.message.slice(0, 300);
  const frames = stackFrames(error.stack);
  if (frames.length > 0) fields.at = frames.join(' < ');
  return fields;
}

/** "fn (main.cjs:12:3)" for the first frames: the bundle's file name only, never the folder it is installed in. */
function stackFrames(stack: string | undefined, limit = 5): string[] {
  if (!stack) return [];
  const frames: string[] = [];
  for (const raw of stack.split('\n')) {
    const match = /^\s+at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/.exec(raw);
    if (!match) continue;
    const [, fn, file = '', line, column] = match;
    const base = file.split(/[\\/]/).pop() ?? '';
    frames.push(`${fn ? `${fn} ` : ''}(${base}:${line}:${column})`);
    if (frames.length === limit) break;
  }
  return frames;
}
