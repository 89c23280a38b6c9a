import { describe, expect, it } from '@jest/globals';
import { reportFileStem } from '../../src/report/report-file-name.js';

describe('reportFileStem', () => {
  const at = new Date(Date.UTC(2025, 1, 1, 9, 43, 1));

  it('names the report like the predecessor, in UTC', () => {
    expect(reportFileStem('Simple Function Coder Micro', at)).toBe(
      'Simple_Function_Coder_Micro_20250201_094301',
    );
  });

  it('keeps only letters, digits, _, - and . from names with colons and symbols', () => {
    const stem = reportFileStem('Fine Tuning: Target Math / "v2" <é>', at);
    expect(stem).toBe('Fine_Tuning_Target_Math_v2_e_20250201_094301');
    expect(stem).toMatch(/^[A-Za-z0-9_.-]+$/);
  });
});
