import { describe, expect, it } from 'vitest';
import { checkImport } from './layering.js';

describe('the layering rule', () => {
  it('keeps shared/ pure: no Node, DOM packages, Electron or other rooms', () => {
    expect(checkImport('shared/phi/detectPhi.ts', 'zod')).toBeNull();
    expect(checkImport('shared/phi/detectPhi.ts', './rules/names')).toBeNull();
    expect(checkImport('shared/phi/detectPhi.ts', 'node:fs')).toMatch(/shared may not import "node:fs"/);
    expect(checkImport('shared/phi/detectPhi.ts', 'react')).toMatch(/a dom package/);
    expect(checkImport('shared/api/contract.ts', '../../electron/services/studio')).toMatch(/shared may not import from services/);
    expect(checkImport('shared/phi/detectPhi.test.ts', 'node:fs')).toMatch(/shared may not import/);
  });

  it('keeps electron out of services and Node out of the renderer', () => {
    expect(checkImport('electron/services/studio.ts', 'electron')).toMatch(/services may not import "electron"/);
    expect(checkImport('electron/services/studio.ts', 'better-sqlite3')).toBeNull();
    expect(checkImport('electron/hosts/electron/main.ts', 'electron')).toBeNull();
    expect(checkImport('electron/hosts/web/webHost.ts', 'electron')).toMatch(/host may not import "electron"/);
    expect(checkImport('renderer/App.tsx', 'node:path')).toMatch(/renderer may not import/);
    expect(checkImport('renderer/App.tsx', '../electron/services/studio')).toMatch(/renderer may not import from services/);
    expect(checkImport('renderer/home/HomeScreen.tsx', 'fabric')).toMatch(/renderer may not import "fabric"/);
    expect(checkImport('renderer/editor/canvasView.ts', 'fabric')).toBeNull();
    expect(checkImport('draw/drawSlide.ts', 'fabric')).toBeNull();
    expect(checkImport('draw/drawSlide.ts', 'react')).toMatch(/draw may not import "react"/);
    expect(checkImport('draw/drawSlide.ts', 'node:fs')).toMatch(/draw may not import/);
    expect(checkImport('draw/drawSlide.ts', '../renderer/editor/x')).toMatch(/draw may not import from editor/);
    expect(checkImport('electron/services/export/renderSlides.ts', 'fabric/node')).toBeNull();
    expect(checkImport('electron/services/export/renderSlides.ts', 'fabric')).toMatch(/services may not import "fabric"/);
    expect(checkImport('electron/services/export/renderSlides.ts', '../../../draw/drawSlide')).toBeNull();
    expect(checkImport('renderer/editor/canvasView.ts', '../../draw/drawSlide')).toBeNull();
    expect(checkImport('renderer/home/HomeScreen.tsx', '../../draw/drawSlide')).toMatch(/renderer may not import from draw/);
  });

  it('refuses an npm package nobody has classified', () => {
    expect(checkImport('electron/services/studio.ts', 'left-pad')).toMatch(/"left-pad" is not classified/);
  });

  it('leaves tests of Node rooms free to load data with Node', () => {
    expect(checkImport('electron/services/studio.test.ts', 'node:fs')).toBeNull();
    expect(checkImport('electron/services/studio.test.ts', '../../test/fixtures/tempLibrary')).toBeNull();
  });
});
