// Postcode syntax: normalising, splitting and telling postcodes, districts and names apart.
import { describe, expect, it } from 'vitest';
import {
  classifyPostcodeInput,
  formatPostcode,
  looksLikePostcode,
  normalisePostcode,
  outwardCode,
  postcodeArea,
} from '../../../src/lib/postcode/format';

describe('normalisePostcode', () => {
  it.each([
    [' sw15 1aa ', 'SW151AA'],
    ['SW151AA', 'SW151AA'],
    ['sw15   1aa', 'SW151AA'],
    ['SW1 51AA', 'SW151AA'],
    ['SW1A 0AA', 'SW1A0AA'],
    ['\tcf10\u00a01ep', 'CF101EP'],
    ['GIR 0AA', 'GIR0AA'],
    ['m1 1ae', 'M11AE'],
    ['B1 1BB', 'B11BB'],
    ['EC1A 1BB', 'EC1A1BB'],
    ['W1M 0AA', 'W1M0AA'], // retired, but in the Feb 2021 directory
    ['W1L 0AA', null], // L never ends an A9A district
    ['SW15', null],
    ['12345', null],
    ['SW15 1A', null],
    ['<script>', null],
    ['', null],
    ['SW15 1CA', null], // C is never used in an inward code
    ['QW1 1AA', null], // Q never starts a postcode
    ['SW15 1AAA', null],
    ['SW15-1AA', null], // raw files are read strictly; the search box reads it (below)
  ])('%j -> %j', (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });
});

describe('parts of a postcode', () => {
  it.each([
    ['sw151aa', 'SW15 1AA'],
    ['gir0aa', 'GIR 0AA'],
  ])('formats %j as %j', (input, expected) => {
    expect(formatPostcode(input)).toBe(expected);
  });
  it.each([
    ['SW15 1AA', 'SW15'],
    ['sw1a', 'SW1A'],
    ['SW15 1A', null],
  ])('the outward code of %j is %j', (input, expected) => {
    expect(outwardCode(input)).toBe(expected);
  });
  it.each([
    ['SW15 1AA', 'SW'],
    ['B1 1BB', 'B'],
    ['EH1 1YZ', 'EH'],
    ['W1A 1AA', 'W'],
    ['SW15', 'SW'],
    ['Putney', null],
  ])('the area of %j is %j', (input, expected) => {
    expect(postcodeArea(input)).toBe(expected);
  });
});

describe('classifyPostcodeInput / looksLikePostcode', () => {
  it.each([
    [' sw15 1aa ', { kind: 'full', postcode: 'SW151AA', district: 'SW15', area: 'SW' }],
    ['SW15', { kind: 'district', district: 'SW15', area: 'SW' }],
    ['sw1a', { kind: 'district', district: 'SW1A', area: 'SW' }],
    ['SW15 1A', { kind: 'partial', text: 'SW151A' }],
    ['SW15 1', { kind: 'partial', text: 'SW151' }],
    ['SW15 1AAB', { kind: 'malformed', text: 'SW151AAB' }],
    ['GIR 0AA', { kind: 'full', postcode: 'GIR0AA', district: 'GIR', area: 'GIR' }],
    ['12345', null],
    ['<script>', null],
    ['Putney', null],
    ['sw', null],
    ['Ynys Môn', null],
    ['SW15-1AA', { kind: 'full', postcode: 'SW151AA', district: 'SW15', area: 'SW' }], // as some forms write it
    ['SW15 1AA.', { kind: 'full', postcode: 'SW151AA', district: 'SW15', area: 'SW' }], // copied from a sentence
    ['sw15\u20131aa,', { kind: 'full', postcode: 'SW151AA', district: 'SW15', area: 'SW' }], // an en dash
    ['SW15.', { kind: 'district', district: 'SW15', area: 'SW' }],
    ['Stoke-on-Trent Central', null],
    ['St. Albans', null],
  ])('%j', (input, expected) => {
    expect(classifyPostcodeInput(input)).toEqual(expected);
    expect(looksLikePostcode(input)).toBe(expected !== null);
  });
});
