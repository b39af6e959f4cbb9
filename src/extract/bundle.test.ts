import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceHash } from './bundle';

describe('the worker bundle cache key', () => {
  it('changes when a stage in a subfolder of extract/ changes, not when a test does', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-hash-'));
    const src = path.join(root, 'src');
    fs.mkdirSync(path.join(src, 'extract', 'meetings'), { recursive: true });
    fs.mkdirSync(path.join(src, 'model'));
    fs.writeFileSync(path.join(src, 'extract', 'pipeline.ts'), 'export {};\n');
    fs.writeFileSync(path.join(src, 'extract', 'meetings', 'triggers.ts'), 'export const a = 1;\n');
    const before = sourceHash(src, root);
    fs.writeFileSync(path.join(src, 'extract', 'meetings', 'triggers.test.ts'), 'test\n');
    expect(sourceHash(src, root)).toBe(before);
    fs.writeFileSync(path.join(src, 'extract', 'meetings', 'triggers.ts'), 'export const a = 2;\n');
    expect(sourceHash(src, root)).not.toBe(before);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
