import { describe, expect, it } from 'vitest';
import { addBounded, convertArea, divideBounded, figureLine, formatQuantity } from '../src/core/units.js';

describe('formatQuantity', () => {
  it('keeps the qualifier and the unit', () => {
    expect(formatQuantity(1700, 'km2', 'more-than')).toBe('more than 1,700 km²');
    expect(formatQuantity(20000, 'count', 'stated', 'anti-personnel mines')).toBe('20,000 anti-personnel mines');
    expect(formatQuantity(5, 'ha', 'up-to')).toBe('up to 5 ha');
  });
});

describe('convertArea', () => {
  it('converts km² to hectares exactly, qualifier kept', () => {
    expect(convertArea({ value: 1700, unit: 'km2', qualifier: 'more-than' }, 'ha')).toEqual({
      text: 'more than 170,000 ha',
      rule: '1 km² = 100 ha',
    });
  });

  it('rounds a lower bound down, so it stays a lower bound', () => {
    // 1,700 km² is 420,079.9 acres: "more than 420,000", never "more than 420,100".
    expect(convertArea({ value: 1700, unit: 'km2', qualifier: 'more-than' }, 'acre')?.text).toBe('more than 420,000 acres');
  });

  it('rounds an upper bound up', () => {
    expect(convertArea({ value: 1700, unit: 'km2', qualifier: 'up-to' }, 'acre')?.text).toBe('up to 421,000 acres');
  });

  it('marks a rounded point value with ≈', () => {
    expect(convertArea({ value: 6000, unit: 'ha', qualifier: 'stated' }, 'sqmi')?.text).toBe('≈ 23.2 sq mi');
  });

  it('does not convert to the same unit or from a count', () => {
    expect(convertArea({ value: 1, unit: 'km2', qualifier: 'exactly' }, 'km2')).toBeUndefined();
    expect(convertArea({ value: 1, unit: 'count', qualifier: 'exactly' }, 'ha')).toBeUndefined();
  });
});

describe('arithmetic with qualifiers', () => {
  it('adds two lower bounds to a lower bound', () => {
    expect(addBounded([{ value: 3000, qualifier: 'more-than' }, { value: 1700, qualifier: 'more-than' }])).toEqual({ value: 4700, qualifier: 'more-than' });
    expect(addBounded([{ value: 1, qualifier: 'at-least' }, { value: 2, qualifier: 'exactly' }])).toEqual({ value: 3, qualifier: 'at-least' });
  });

  it('refuses to add a lower bound and an "about"', () => {
    expect(addBounded([{ value: 3000, qualifier: 'more-than' }, { value: 1700, qualifier: 'about' }])).toBeUndefined();
    expect(addBounded([{ value: 3000, qualifier: 'more-than' }, { value: 1700, qualifier: 'up-to' }])).toBeUndefined();
  });

  it('gives no ratio of lower bounds, only of stated values', () => {
    expect(divideBounded({ value: 3000, qualifier: 'more-than' }, { value: 4700, qualifier: 'more-than' })).toBeUndefined();
    expect(divideBounded({ value: 1, qualifier: 'exactly' }, { value: 4, qualifier: 'exactly' })).toEqual({ value: 0.25, qualifier: 'exactly' });
    expect(divideBounded({ value: 1, qualifier: 'exactly' }, { value: 0, qualifier: 'exactly' })).toBeUndefined();
  });
});

describe('figureLine', () => {
  const figure = { unit: 'count', qualifier: 'stated', what: 'districts', label: 'district of Koh Kong declared mine-free' } as const;
  it('a label that opens with the singular of what is counted says it once, in the number the figure needs', () => {
    expect(figureLine({ ...figure, value: 1 })).toBe('1 district of Koh Kong declared mine-free');
    expect(figureLine({ ...figure, value: 3 })).toBe('3 districts of Koh Kong declared mine-free');
  });
  it('a label that names something else keeps what is counted', () => {
    expect(figureLine({ ...figure, value: 2, label: 'declared mine-free in Koh Kong' })).toBe('2 districts declared mine-free in Koh Kong');
  });
});
