import { describe, expect, it } from '@jest/globals';
import { binomialHalfAtLeast, exactMcNemar } from '../../../src/core/regression/mcnemar.js';

// Reference values: exact binomial sums computed with Python's math.comb and integer arithmetic.
describe('exactMcNemar', () => {
  it.each([
    // worse, better, two-sided, head worse (one-sided)
    [0, 5, 0.0625, 1],
    [5, 0, 0.0625, 0.03125],
    [1, 9, 0.021484375, 0.9990234375],
    [9, 1, 0.021484375, 0.0107421875],
    [10, 0, 0.001953125, 0.0009765625],
    [12, 2, 0.012939453125, 0.0064697265625],
    [7, 3, 0.34375, 0.171875],
    [3, 3, 1, 0.65625],
    [25, 10, 0.01667384780012071, 0.008336923900060356],
    [40, 20, 0.01348929373119186, 0.00674464686559593],
  ])('gives the exact p-values for %i rows worse and %i better', (worse, better, twoSided, headWorse) => {
    const result = exactMcNemar(worse, better);
    expect(result.discordant).toBe(worse + better);
    expect(result.pTwoSided).toBeCloseTo(twoSided, 12);
    expect(result.pHeadWorse).toBeCloseTo(headWorse, 12);
    expect(exactMcNemar(better, worse).pHeadBetter).toBeCloseTo(headWorse, 12);
  });

  it('finds no evidence either way when no row changed', () => {
    expect(exactMcNemar(0, 0)).toEqual({
      worse: 0,
      better: 0,
      discordant: 0,
      pTwoSided: 1,
      pHeadWorse: 1,
      pHeadBetter: 1,
    });
  });

  it('stays finite and exact for thousands of discordant rows', () => {
    // P(X ≥ 1050) for X ~ Binomial(2000, 1/2), from Python's exact integer sum.
    expect(binomialHalfAtLeast(1050, 2000)).toBeCloseTo(0.013412073120140347, 12);
    expect(exactMcNemar(1500, 1500).pTwoSided).toBe(1);
  });

  it('refuses counts that are not whole numbers', () => {
    expect(() => exactMcNemar(-1, 2)).toThrow('worse must be a whole number ≥ 0, got -1');
    expect(() => exactMcNemar(1, 0.5)).toThrow('better must be a whole number ≥ 0');
  });
});
