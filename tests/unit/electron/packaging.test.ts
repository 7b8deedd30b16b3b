// The packaging configuration cannot be run here (electron-builder downloads Electron for each target), so it is
// read with electron-builder's own loader and checked against its own schema, and what it promises is asserted.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util/out/DebugLogger';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_NAME, APP_USER_MODEL_ID } from '../../../electron/appIdentity';

const root = path.resolve(__dirname, '../../..');
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
});

type TargetList = { target?: unknown } | null | undefined;
function targetsOf(platform: TargetList): string[] {
  const target = platform?.target;
  const list = Array.isArray(target) ? target : [target];
  return list.map((entry) => (typeof entry === 'string' ? entry : (entry as { target: string }).target));
}

/** Width × height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it('is valid for the installed electron-builder', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would be rejected with a misspelt option (the validation is real)', async () => {
    const misspelt = { ...config, mac: { ...config.mac, hardendRuntime: true } } as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/configuration\.mac/);
  });

  it('builds an installer and a portable app on Windows, a dmg on macOS, an AppImage and a deb on Linux', () => {
    expect(targetsOf(config.win)).toEqual(['nsis', 'portable']);
    expect(targetsOf(config.mac)).toEqual(['dmg']);
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb']);
  });

  it('names the app as the app names itself to the OS', () => {
    expect(config.appId).toBe(APP_USER_MODEL_ID);
    expect(config.productName).toBe(APP_NAME);
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      main: string;
      scripts: Record<string, string>;
    };
    expect(config.extraMetadata?.main).toBe(manifest.main);
    expect(manifest.scripts.dist).toMatch(/npm run build && electron-builder --config electron-builder\.yml/);
  });

  it('packages the build output only, without source maps', () => {
    // electron-builder's loader turns the list into one file set.
    expect(config.files).toEqual([{ filter: ['dist/**', 'package.json', '!dist/**/*.map'] }]);
    expect(config.asar).toBe(true);
  });

  it('makes Charter Review the app for .charter files', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'charter', role: 'Editor', mimeType: 'application/x-charter-review' }),
    ]);
  });

  it('sets the fuses: no Node mode, no NODE_OPTIONS, no inspector, encrypted cookies, only a verified app.asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('signs macOS builds with the hardened runtime and no more exceptions than JIT', () => {
    expect(config.mac?.hardenedRuntime).toBe(true);
    const entitlements = readFileSync(path.join(root, config.mac?.entitlements ?? 'missing'), 'utf8');
    const keys = [...entitlements.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
    expect(config.mac?.entitlementsInherit).toBe(config.mac?.entitlements);
  });

  it('never publishes anything', () => {
    expect(config.publish).toBeNull();
  });
});

describe('icons', () => {
  it('has a Windows icon with the sizes Explorer and the taskbar use', () => {
    const ico = readFileSync(path.join(root, String(config.win?.icon)));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, index) => ico.readUInt8(6 + index * 16) || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 24, 32, 48, 256]));
  });

  it('has a macOS icon set up to 1024 pixels', () => {
    const icns = readFileSync(path.join(root, String(config.mac?.icon)));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      types.push(icns.subarray(offset, offset + 4).toString('latin1'));
    }
    // ic10 is the 1024-pixel (512 @2x) image.
    expect(types).toEqual(expect.arrayContaining(['ic08', 'ic09', 'ic10']));
  });

  it('has one PNG per size for Linux desktops, each the size its name says', () => {
    const folder = path.join(root, String(config.linux?.icon));
    const files = readdirSync(folder).filter((name) => name.endsWith('.png'));
    expect(files).toEqual(
      expect.arrayContaining(['16x16.png', '32x32.png', '48x48.png', '256x256.png', '512x512.png']),
    );
    for (const name of files) {
      const size = Number(name.split('x')[0]);
      expect(pngSize(readFileSync(path.join(folder, name)))).toEqual([size, size]);
    }
  });
});
