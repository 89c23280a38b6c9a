/** The commands that build files from reports (see site-commands.ts), told apart before it is loaded. */
export type SiteCommandName = 'dashboard' | 'merge';

export function isSiteCommand(name: string | undefined): name is SiteCommandName {
  return name === 'dashboard' || name === 'merge';
}
