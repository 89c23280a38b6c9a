import { describe, expect, it } from '@jest/globals';
import { RecordingLogger } from './support/recording-logger.js';

describe('logger', () => {
  it('closes a group even when its body throws', async () => {
    const logger = new RecordingLogger();
    await expect(logger.group('g', () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    logger.info('after');
    expect(logger.lines.at(-1)?.groups).toEqual([]);
  });
});
