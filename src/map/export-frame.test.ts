import { describe, expect, it } from 'vitest';
import { EXPORT_SCALE, EXPORT_WIDTH, exportFrame, placeBox } from './export-frame';
import { projector, type Bbox } from './mercator';

/** The box's corners in the frame's pixels. */
function drawnBox(box: Bbox, frame: ReturnType<typeof exportFrame>) {
  const p = projector(frame.camera, frame.size);
  const [x0, y1] = p(box[0], box[1]);
  const [x1, y0] = p(box[2], box[3]);
  return { x0, y0, x1, y1 };
}

const INDONESIA: Bbox = [95.01, -11.0, 141.02, 6.08];
const KALSEL: Bbox = [114.35, -4.17, 116.55, -1.32];

describe('a downloaded map is framed to its data', () => {
  it('is 1600 px wide at 2×', () => {
    expect(EXPORT_WIDTH * EXPORT_SCALE).toBeGreaterThanOrEqual(1600);
  });

  it('fills the width and height with Indonesia, not with margin', () => {
    const frame = exportFrame(INDONESIA);
    expect(frame.size.width).toBe(800);
    // The archipelago is ~2.7 times as wide as it is tall in Web Mercator: the frame follows it.
    expect(frame.size.height).toBeGreaterThan(300);
    expect(frame.size.height).toBeLessThan(340);
    const d = drawnBox(INDONESIA, frame);
    expect(d.x1 - d.x0).toBeCloseTo(800 - 24, 0);
    expect((d.y1 - d.y0) / frame.size.height).toBeGreaterThan(0.9);
  });

  it('is taller for a province, within the width', () => {
    const frame = exportFrame(KALSEL);
    expect(frame.size.height).toBeLessThanOrEqual(800);
    expect(frame.size.height).toBeGreaterThan(frame.size.width * 0.9);
    const d = drawnBox(KALSEL, frame);
    expect(d.y0).toBeGreaterThanOrEqual(11.9);
    expect(d.y1).toBeLessThanOrEqual(frame.size.height - 11.9);
  });

  it('keeps a fixed size when one is given (the printed map) and fits the place inside it', () => {
    const frame = exportFrame(KALSEL, 800, { width: 700, height: 460 });
    expect(frame.size).toEqual({ width: 700, height: 460 });
    const d = drawnBox(KALSEL, frame);
    expect(d.y1 - d.y0).toBeCloseTo(460 - 24, 0);
  });

  it('takes the place from the provinces filter, else every province', () => {
    const bounds = new Map<string, Bbox>([
      ['63', KALSEL],
      ['11', [95, 2, 98, 6]],
    ]);
    const b = {
      bounds,
      shapes: {
        regions: [],
        provinces: [
          { code: '63', rings: [] },
          { code: '11', rings: [] },
        ],
      },
    };
    expect(placeBox(b, ['63'])).toEqual(KALSEL);
    expect(placeBox(b, [])).toEqual([95, -4.17, 116.55, 6]);
  });
});
