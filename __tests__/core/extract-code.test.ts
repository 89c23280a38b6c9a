import { describe, expect, it } from '@jest/globals';
import { extractCode } from '../../src/core/extract-code.js';

const PY = ['python', 'py', 'python3'];

describe('extractCode', () => {
  it('takes the code out of a python fence and ignores the prose around it', () => {
    const found = extractCode('Sure! Here it is:\n```python\nprint(1)\n```\nHope this helps.', PY);
    expect(found).toEqual({ code: 'print(1)', thinking: '', language: 'python' });
  });

  it('accepts a fence with no language tag or another tag', () => {
    expect(extractCode('```\nprint(2)\n```', PY).code).toBe('print(2)');
    expect(extractCode('```Python3\nprint(3)\n```', PY)).toMatchObject({
      code: 'print(3)',
      language: 'python3',
    });
  });

  it('prefers the block in the wanted language over an earlier shell block', () => {
    const found = extractCode('```bash\npip install x\n```\n```py\nprint(4)\n```', PY);
    expect(found.code).toBe('print(4)');
  });

  it('uses an answer without a fence as is', () => {
    expect(extractCode('  print(5)\n', PY)).toEqual({ code: 'print(5)', thinking: '', language: null });
  });

  it('unwraps a command in single backticks', () => {
    expect(extractCode('`python main.py ping-server`', []).code).toBe('python main.py ping-server');
  });

  it('strips <think> reasoning and keeps it', () => {
    const found = extractCode('<think>\nThe sum is 2.\n</think>\n```python\nprint(1 + 1)\n```', PY);
    expect(found).toEqual({ code: 'print(1 + 1)', thinking: 'The sum is 2.', language: 'python' });
  });

  it('ignores a fence inside the reasoning', () => {
    const found = extractCode('<think>maybe ```python\nprint(0)\n```?</think>```python\nprint(9)\n```', PY);
    expect(found.code).toBe('print(9)');
  });

  it('handles reasoning whose opening tag was in the prompt template', () => {
    expect(extractCode('Let me think.</think>\nprint(6)', PY)).toMatchObject({
      code: 'print(6)',
      thinking: 'Let me think.',
    });
  });

  it('runs an unclosed fence (a cut-off answer) to the end', () => {
    expect(extractCode('```python\nprint(7)\nprint(8', PY).code).toBe('print(7)\nprint(8');
  });

  it('keeps indentation inside the block', () => {
    expect(extractCode('```python\ndef f():\n    return 1\nprint(f())\n```', PY).code).toBe(
      'def f():\n    return 1\nprint(f())',
    );
  });

  it('finds a json block for the JSON evaluator', () => {
    expect(extractCode('Result:\n```json\n{"a": 1}\n```', ['json']).code).toBe('{"a": 1}');
  });

  it('removes the indentation of a fence inside a list item from its code, as CommonMark does', () => {
    const answer =
      'Here is how:\n\n1. The program:\n   ```python\n   def f():\n       return 1\n   print(f())\n   ```\n2. Run it.';
    expect(extractCode(answer, PY)).toEqual({
      code: 'def f():\n    return 1\nprint(f())',
      thinking: '',
      language: 'python',
    });
  });

  it('reads tilde fences, and an inner fence inside a longer one', () => {
    expect(extractCode('~~~py\nprint(1)\n~~~', PY).code).toBe('print(1)');
    expect(extractCode("````python\nprint('```')\n```\nprint(2)\n````", PY).code).toBe(
      "print('```')\n```\nprint(2)",
    );
  });

  it('takes code followed by a lone closing fence as that code', () => {
    expect(extractCode('print(3 * 5)\n```', PY)).toEqual({
      code: 'print(3 * 5)',
      thinking: '',
      language: '',
    });
    expect(extractCode('def f():\n    return 15\nprint(f())\n```\n', PY).code).toBe(
      'def f():\n    return 15\nprint(f())',
    );
  });

  it('ignores a stray fence after a closed block', () => {
    expect(extractCode('```python\nprint(1)\n```\n```', PY)).toMatchObject({
      code: 'print(1)',
      language: 'python',
    });
  });

  it('closes a block whose closing fence ends the last line of code', () => {
    expect(extractCode('```python\nprint(9)```', PY).code).toBe('print(9)');
  });

  it('skips an empty block for one with code', () => {
    expect(extractCode('```\n```\nthen\n```py\nprint(1)\n```', PY).code).toBe('print(1)');
  });

  it('reads a Pandoc-style {python} tag as the language', () => {
    expect(extractCode('```{python}\nprint(1)\n```', PY).language).toBe('python');
  });
});
