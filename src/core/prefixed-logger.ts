import type { Logger } from '../ports.js';

/** A logger whose lines start with `[prefix]`, for models whose logs interleave (run in parallel). */
export function prefixedLogger(logger: Logger, prefix: string): Logger {
  const tag = (message: string): string => `[${prefix}] ${message}`;
  return {
    debug: (message) => logger.debug(tag(message)),
    info: (message) => logger.info(tag(message)),
    warning: (message) => logger.warning(tag(message)),
    error: (message) => logger.error(tag(message)),
    group: (name, body) => logger.group(tag(name), body),
  };
}
