import { describe, expect, it } from '@jest/globals';
import {
  ConfigurationError,
  ExbenchError,
  ExternalError,
  HttpError,
  UserError,
  WorldError,
} from '../src/errors.js';
import { ModelServerError } from '../src/ports.js';

describe('the error tree', () => {
  it("keeps the user's mistakes apart from the world's failures", () => {
    const mistake = new ConfigurationError('bench.yaml:3: evaluator: expected one of …');
    const down = new ModelServerError('connection refused', null, true);
    expect(mistake).toBeInstanceOf(ExbenchError);
    expect(mistake).toBeInstanceOf(UserError);
    expect(mistake).not.toBeInstanceOf(WorldError);
    expect(down).toBeInstanceOf(ExbenchError);
    expect(down).toBeInstanceOf(ExternalError);
    expect(down).not.toBeInstanceOf(ConfigurationError);
  });

  it('gives a program the HTTP status of a server error as a field', () => {
    const busy = new ModelServerError('model requires more system memory', 500, false);
    expect(busy).toBeInstanceOf(HttpError);
    expect([busy.name, busy.status, busy.retryable, busy.message]).toEqual([
      'ModelServerError',
      500,
      false,
      'model requires more system memory',
    ]);
  });
});
