import { describe, expect, it } from '@jest/globals';
import { stubGitHub, stubOllamaRuntime } from './stubs.js';

describe('stubs', () => {
  it('throws naming the method a test did not expect to be called', () => {
    expect(() => stubGitHub().writeSummary('x')).toThrow(
      'stubGitHub.writeSummary was not expected to be called',
    );
    expect(() => stubOllamaRuntime().install({ version: 'latest', downloadBaseUrl: 'x' })).toThrow(
      'stubOllamaRuntime.install was not expected to be called',
    );
  });

  it('answers with the methods given', () => {
    expect(stubGitHub({ pullRequest: () => null }).pullRequest()).toBeNull();
  });
});
