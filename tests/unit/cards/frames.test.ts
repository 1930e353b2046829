import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classroomScene, drawFrame, writeY4m } from '../../../scripts/cards/frames';

describe('the frame generator', () => {
  it('draws the same pixels for the same seed', () => {
    const a = drawFrame(
      classroomScene({ seed: 4, count: 5, minSize: 40, maxSize: 60, width: 320, height: 240 }),
    );
    const b = drawFrame(
      classroomScene({ seed: 4, count: 5, minSize: 40, maxSize: 60, width: 320, height: 240 }),
    );
    expect(Buffer.from(a.frame.data).equals(Buffer.from(b.frame.data))).toBe(true);
    expect(a.truth).toEqual(b.truth);
  });

  it('writes a YUV4MPEG2 file Chromium can play as a camera', () => {
    const { frame } = drawFrame({ width: 64, height: 48, seed: 1, cards: [] });
    const path = join(mkdtempSync(join(tmpdir(), 'y4m-')), 'camera.y4m');
    writeY4m(path, [frame, frame], 5, 2);
    const bytes = readFileSync(path);
    const header = 'YUV4MPEG2 W64 H48 F5:1 Ip A1:1 C420jpeg\n';
    expect(bytes.subarray(0, header.length).toString('latin1')).toBe(header);
    expect(bytes.length).toBe(header.length + 4 * ('FRAME\n'.length + 64 * 48 * 1.5));
  });
});
