import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LOG_FILE_NAME,
  createAppLog,
  redactPersonalData,
  rotatingFileSink,
  summariseError,
  type LogSink,
} from '../../../electron/appLog';
import { systemError, useTempFolders } from './tempFolder';

const tempFolder = useTempFolders();

function listSink(): LogSink & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (line) => lines.push(`info ${line}`),
    warn: (line) => lines.push(`warn ${line}`),
    error: (line) => lines.push(`error ${line}`),
  };
}

describe('what the log may contain', () => {
  it('replaces the home folder and the user names in profile paths', () => {
    expect(redactPersonalData('/home/amina/Reviews and C:\\Users\\Jean Dupont\\Desktop', '/home/amina')).toBe(
      '~/Reviews and C:\\Users\\<user>\\Desktop',
    );
    expect(redactPersonalData('/Users/ivan.petrov/Library', '/home/amina')).toBe('/Users/<user>/Library');
  });

  it('drops quoted names, which is how Node and Electron quote file paths', () => {
    const message = "ENOENT: no such file or directory, open '/mnt/share/Tribunal de Paris.charter'";
    expect(redactPersonalData(message, '/home/amina')).toBe("ENOENT: no such file or directory, open '…'");
    expect(redactPersonalData('"Smith v Jones.charter" could not be saved', '/x')).toBe('"…" could not be saved');
  });

  it('keeps an error’s class, code and frames but not the folder the app is installed in', () => {
    const error = systemError('ENOSPC');
    error.stack = [
      'Error: ENOSPC: simulated failure',
      '    at saveReviewAtomically (C:\\Users\\Jean\\AppData\\Local\\Programs\\Charter Review\\resources\\app.asar\\dist\\electron\\main.cjs:120:11)',
      '    at async Promise.all (index 0)',
      '    at /home/amina/app/dist/electron/main.cjs:33:5',
    ].join('\n');

    const fields = summariseError(error);

    expect(fields).toMatchObject({ error: 'Error', code: 'ENOSPC' });
    expect(fields.at).toBe('saveReviewAtomically (main.cjs:120:11) < (main.cjs:33:5)');
    expect(fields.at).not.toMatch(/Jean|amina|Programs/);
  });

  it('writes event names and redacted fields, one line per event', () => {
    const sink = listSink();
    const log = createAppLog({ logsDir: '/logs', homeDir: '/home/amina', sink });

    log.info('file.open-requested', { source: 'open-file', count: 1 });
    log.warn('odd', { where: '/home/amina/Court review.charter' });
    log.error('ipc.failed', new TypeError("Cannot read '/home/amina/x'"), { what: 'Unexpected failure in host:open' });

    expect(sink.lines[0]).toBe('info file.open-requested source="open-file" count=1');
    expect(sink.lines[1]).toBe('warn odd where="~/Court review.charter"');
    expect(sink.lines[2]).toMatch(/^error ipc\.failed what="Unexpected failure in host:open" error="TypeError"/);
    expect(sink.lines[2]).not.toContain('amina');
    expect(log.filePath).toBe(path.join('/logs', LOG_FILE_NAME));
  });

  it('refuses free text in place of an event name, so a message cannot slip in through it', () => {
    const sink = listSink();
    createAppLog({ logsDir: '/logs', homeDir: '/home/amina', sink }).info('opened /home/amina/secret.charter');
    expect(sink.lines).toEqual(['info invalid-event-name']);
  });
});

describe('the log file', () => {
  it('is created in the log folder, readable by this user only', async () => {
    const folder = path.join(await tempFolder(), 'logs');
    const filePath = path.join(folder, LOG_FILE_NAME);

    rotatingFileSink(filePath).info('app.started');

    expect(readFileSync(filePath, 'utf8')).toMatch(/\[info\]\s+app\.started/);
    if (process.platform !== 'win32') expect(statSync(filePath).mode & 0o077).toBe(0);
  });

  it('is moved aside to main.old.log once it reaches its size cap, so it never grows without end', async () => {
    const folder = await tempFolder();
    const filePath = path.join(folder, LOG_FILE_NAME);
    const sink = rotatingFileSink(filePath, 2_000);

    for (let line = 0; line < 100; line += 1) sink.info(`event.number-${line} padding=${'x'.repeat(40)}`);

    const archived = path.join(folder, 'main.old.log');
    expect(existsSync(archived)).toBe(true);
    expect(statSync(filePath).size).toBeLessThanOrEqual(2_000 + 200);
    expect(readFileSync(filePath, 'utf8')).toContain('event.number-99');
  });
});
