import * as core from '@actions/core';
import type { Logger } from '../../ports.js';
import { terminalText, workflowLogText } from '../../report/safe-text.js';

/**
 * Logger for the action: lines go to the workflow log through @actions/core, warnings and errors
 * become annotations. Actions log groups cannot nest, so a group opened inside another is logged
 * as a heading line within the outer one.
 */
export class ActionsLogger implements Logger {
  private depth = 0;

  // Messages carry untrusted text (server errors, model output). Annotations and debug lines are
  // workflow commands whose data @actions/core escapes; a plain line needs escaping of its own.
  debug(message: string): void {
    core.debug(terminalText(message));
  }
  info(message: string): void {
    core.info(workflowLogText(message));
  }
  warning(message: string): void {
    core.warning(terminalText(message));
  }
  error(message: string): void {
    core.error(terminalText(message));
  }
  /** A notice annotation: worth seeing on the run page, but nothing went wrong. */
  notice(message: string): void {
    core.notice(terminalText(message));
  }

  async group<T>(name: string, body: () => Promise<T>): Promise<T> {
    const outermost = this.depth === 0;
    if (outermost) core.startGroup(terminalText(name));
    else core.info(workflowLogText(`▸ ${name}`));
    this.depth += 1;
    try {
      return await body();
    } finally {
      this.depth -= 1;
      if (outermost) core.endGroup();
    }
  }
}
