/**
 * The CommonMark part of code extraction, held against markdown-it (a CommonMark parser) on the
 * same text: every case in the table must give the same fenced blocks, info strings and contents.
 */
import { describe, expect, it } from '@jest/globals';
import MarkdownIt from 'markdown-it';
import { findFencedBlocks } from '../../src/core/fenced-blocks.js';

const markdownIt = new MarkdownIt('commonmark');

function parserBlocks(text: string): { info: string; content: string }[] {
  return markdownIt
    .parse(text, {})
    .filter((token) => token.type === 'fence')
    .map((token) => ({ info: token.info.trim(), content: token.content }));
}

function ourBlocks(text: string): { info: string; content: string }[] {
  return findFencedBlocks(text).map(({ info, content }) => ({ info, content }));
}

const CASES: [name: string, text: string, blocks: { info: string; content: string }[]][] = [
  [
    'a backtick fence with a language',
    '```python\nprint(1)\n```\n',
    [{ info: 'python', content: 'print(1)\n' }],
  ],
  ['a fence with no info string', '```\nprint(2)\n```', [{ info: '', content: 'print(2)\n' }]],
  ['a tilde fence', '~~~python\nprint(3)\n~~~\n', [{ info: 'python', content: 'print(3)\n' }]],
  [
    'a fence that interrupts a paragraph',
    'Here:\n```js\nlet a\n```\nDone.',
    [{ info: 'js', content: 'let a\n' }],
  ],
  [
    'a longer opening fence holding a shorter one',
    '````markdown\n```\ninner\n```\n````\n',
    [{ info: 'markdown', content: '```\ninner\n```\n' }],
  ],
  ['a closing fence longer than the opening one', '```\ncode\n`````\n', [{ info: '', content: 'code\n' }]],
  [
    'a closing fence shorter than the opening one, which does not close',
    '````\na\n```\nb\n````',
    [{ info: '', content: 'a\n```\nb\n' }],
  ],
  ['backticks do not close a tilde fence', '~~~\na\n```\n~~~\n', [{ info: '', content: 'a\n```\n' }]],
  ['a closing fence with spaces after it', '```\nx\n```   \n', [{ info: '', content: 'x\n' }]],
  [
    'a closing fence with text after it, which does not close',
    '```\nx\n``` y\n```\n',
    [{ info: '', content: 'x\n``` y\n' }],
  ],
  ['a closing fence indented 3 spaces', '```\nx\n   ```\n', [{ info: '', content: 'x\n' }]],
  [
    'a fence indented 2 spaces: content lines lose up to 2 spaces',
    '  ```py\n  a\n    b\n c\n  ```\n',
    [{ info: 'py', content: 'a\n  b\nc\n' }],
  ],
  [
    'a fence indented 4 spaces, which is indented code, not a fence',
    'Text\n\n    ```\n    code\n    ```\n',
    [],
  ],
  [
    'an unclosed fence, which runs to the end',
    '```python\nprint(7)\nprint(8',
    [{ info: 'python', content: 'print(7)\nprint(8' }],
  ],
  ['an info string with a backtick, which is no backtick fence', '``` a`b\ncode\n', []],
  [
    'a tilde fence whose info string has backticks',
    '~~~ py `x`\ncode\n~~~\n',
    [{ info: 'py `x`', content: 'code\n' }],
  ],
  [
    'an info string of several words',
    '```python title="a.py"\nx = 1\n```\n',
    [{ info: 'python title="a.py"', content: 'x = 1\n' }],
  ],
  ['an empty block', '```\n```\n', [{ info: '', content: '' }]],
  [
    'two blocks',
    '```bash\npip install x\n```\ntext\n```py\nprint(4)\n```\n',
    [
      { info: 'bash', content: 'pip install x\n' },
      { info: 'py', content: 'print(4)\n' },
    ],
  ],
  [
    'a fence in a numbered list item, indented 3 spaces',
    '1. The program:\n   ```python\n   def f():\n       return 1\n   print(f())\n   ```\n',
    [{ info: 'python', content: 'def f():\n    return 1\nprint(f())\n' }],
  ],
  [
    'a fence in a bullet list item after a blank line',
    '- Code:\n\n  ```py\n  x = 1\n\n  print(x)\n  ```\n',
    [{ info: 'py', content: 'x = 1\n\nprint(x)\n' }],
  ],
  [
    'a fence on the list item line itself',
    '- ```python\n  print(1)\n  ```\n',
    [{ info: 'python', content: 'print(1)\n' }],
  ],
  [
    'a fence in a nested list item',
    '1. Steps\n   - the code:\n\n     ```\n     code\n       more\n     ```\n',
    [{ info: '', content: 'code\n  more\n' }],
  ],
  [
    'a fence after a list, at the left margin',
    '1. Step one\n```python\nx\n```\n',
    [{ info: 'python', content: 'x\n' }],
  ],
  ['Windows line endings', '```python\r\nprint(1)\r\n```\r\n', [{ info: 'python', content: 'print(1)\n' }]],
  ['a tab-indented content line', '```\n\tx = 1\n```\n', [{ info: '', content: '\tx = 1\n' }]],
  ['a tab in the content of an indented fence', ' ```\n\tx\n ```\n', [{ info: '', content: '   x\n' }]],
  ['a tilde fence closed by a longer tilde run', '~~~\na\n~~~~~\n', [{ info: '', content: 'a\n' }]],
  [
    'a fence in a list item with a two-digit number',
    '10. Run:\n    ```sh\n    ls\n    ```\n',
    [{ info: 'sh', content: 'ls\n' }],
  ],
];

describe('findFencedBlocks', () => {
  it.each(CASES)('reads %s as CommonMark does', (_name, text, blocks) => {
    expect(parserBlocks(text)).toEqual(blocks);
    expect(ourBlocks(text)).toEqual(blocks);
  });
});
