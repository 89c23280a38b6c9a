import { describe, expect, it } from '@jest/globals';
import { findPlaceholders } from '../../src/config/placeholders.js';
import { renderPrompt } from '../../src/core/template.js';

describe('template', () => {
  it('finds placeholders with hyphens, once each, in order', () => {
    expect(findPlaceholders('{{target-number}} and {{ numbers }} and {{target-number}}')).toEqual([
      'target-number',
      'numbers',
    ]);
  });

  it('fills in one pass, so a value holding {{…}} stays as written', () => {
    expect(renderPrompt('a {{x}} b {{y}}', { x: '{{y}}', y: 'Y' })).toBe('a {{y}} b Y');
  });

  it('leaves single braces (JSON in prompts) alone', () => {
    expect(renderPrompt('{"k": {{v}}}', { v: '1' })).toBe('{"k": 1}');
  });
});
