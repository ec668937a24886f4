import { CROPS, CROP_WIDTH, cropRegion, focalPointOf, focalProblem, isCropKey } from '../geometry';

const [wide, standard, square] = CROPS;

describe('cropRegion', () => {
  it.each([
    // photo, crop, focal, expected region and size
    [{ width: 2400, height: 1600 }, wide, { x: 0.5, y: 0.5 }, { left: 0, top: 125, width: 2400, height: 1350, outWidth: 1200, outHeight: 675, widestPossible: false }],
    [{ width: 2400, height: 1600 }, square, { x: 0.5, y: 0.5 }, { left: 400, top: 0, width: 1600, height: 1600, outWidth: 1200, outHeight: 1200, widestPossible: false }],
    [{ width: 2400, height: 1600 }, square, { x: 0, y: 0.5 }, { left: 0, top: 0, width: 1600, height: 1600, outWidth: 1200, outHeight: 1200, widestPossible: false }],
    [{ width: 2400, height: 1600 }, square, { x: 1, y: 0.5 }, { left: 800, top: 0, width: 1600, height: 1600, outWidth: 1200, outHeight: 1200, widestPossible: false }],
    [{ width: 2400, height: 1600 }, standard, { x: 0.9, y: 0.5 }, { left: 267, top: 0, width: 2133, height: 1600, outWidth: 1200, outHeight: 900, widestPossible: false }],
    [{ width: 2400, height: 1600 }, wide, { x: 0.5, y: 1 }, { left: 0, top: 250, width: 2400, height: 1350, outWidth: 1200, outHeight: 675, widestPossible: false }],
    // Narrower than 1,200: the widest crop the photo allows, not enlarged.
    [{ width: 800, height: 600 }, wide, { x: 0.5, y: 0.5 }, { left: 0, top: 75, width: 800, height: 450, outWidth: 800, outHeight: 450, widestPossible: true }],
    [{ width: 800, height: 600 }, square, { x: 0.25, y: 0.5 }, { left: 0, top: 0, width: 600, height: 600, outWidth: 600, outHeight: 600, widestPossible: true }],
  ])('cuts %j at %s around %j', (photo, crop, focal, expected) => {
    expect(cropRegion(photo, crop, focal)).toEqual(expected);
  });

  it('keeps every crop inside the photo, whatever the focal point', () => {
    for (const crop of CROPS) {
      for (const x of [0, 0.1, 0.5, 0.9, 1]) {
        for (const y of [0, 0.3, 1]) {
          const region = cropRegion({ width: 3000, height: 2000 }, crop, { x, y });
          expect(region.left).toBeGreaterThanOrEqual(0);
          expect(region.top).toBeGreaterThanOrEqual(0);
          expect(region.left + region.width).toBeLessThanOrEqual(3000);
          expect(region.top + region.height).toBeLessThanOrEqual(2000);
          expect(region.outWidth).toBe(CROP_WIDTH);
        }
      }
    }
  });
});

describe('focal points', () => {
  it.each([
    [null, null],
    [undefined, null],
    [0, null],
    [1, null],
    [0.37, null],
    [-0.1, 'must be a number from 0 (left or top edge) to 1 (right or bottom edge)'],
    [1.5, 'must be a number from 0 (left or top edge) to 1 (right or bottom edge)'],
    ['0.5', 'must be a number from 0 (left or top edge) to 1 (right or bottom edge)'],
    [Number.NaN, 'must be a number from 0 (left or top edge) to 1 (right or bottom edge)'],
  ])('%p: %p', (value, problem) => {
    expect(focalProblem(value)).toBe(problem);
  });

  it('is the centre where an Image has none', () => {
    expect(focalPointOf({})).toEqual({ x: 0.5, y: 0.5 });
    expect(focalPointOf({ focalX: 0.2, focalY: null })).toEqual({ x: 0.2, y: 0.5 });
  });

  it('tells the crops from Strapi’s own formats', () => {
    expect(CROPS.map((crop) => isCropKey(crop.key))).toEqual([true, true, true]);
    expect(isCropKey('large')).toBe(false);
  });
});
