import { access } from 'node:fs/promises';
import { execa } from 'execa';
import type { Logger } from '../../ports.js';
import { findExecutable } from './locate-interpreters.js';

/**
 * The narrow AppArmor profile Ubuntu documents for programs that need user namespaces, written for
 * bwrap: it lets /usr/bin/bwrap, and only it, create user namespaces, which Ubuntu 23.10+ forbids
 * unprivileged programs by default (`bwrap: setting up uid map: Permission denied`); see Ubuntu's
 * spec "Unprivileged user namespace restrictions via AppArmor in Ubuntu 23.10".
 */
export const BWRAP_APPARMOR_PROFILE = `abi <abi/4.0>,
include <tunables/global>

profile bwrap /usr/bin/bwrap flags=(unconfined) {
  userns,

  # Site-specific additions and overrides. See local/README for details.
  include if exists <local/bwrap>
}
`;

const PROFILE_PATH = '/etc/apparmor.d/bwrap';
const USERNS_TEST = ['--ro-bind', '/', '/', '--unshare-user', '--unshare-pid', '--unshare-net', 'true'];

/**
 * On a Linux CI runner (sudo without a password, as on GitHub's hosted runners): installs
 * bubblewrap when it is missing and, when AppArmor keeps it from creating user namespaces, loads
 * Ubuntu's profile for it. Never throws: whatever still fails shows in the sandbox probe that
 * follows, with its real reason.
 */
export async function provisionBubblewrap(logger: Logger): Promise<void> {
  if (process.platform !== 'linux') return;
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const run = async (argv: string[], input?: string) => {
    const [file = '', ...args] = [...sudo, ...argv];
    return execa(file, args, { reject: false, input, stdin: input === undefined ? 'ignore' : 'pipe' });
  };
  if ((await findExecutable('bwrap')) === null) {
    if ((await findExecutable('apt-get')) === null) {
      logger.warning('bubblewrap is not installed and there is no apt-get to install it with');
      return;
    }
    logger.info('Installing bubblewrap for the namespace sandbox');
    const update = await run(['apt-get', 'update', '-qq']);
    const install =
      update.exitCode === 0 ? await run(['apt-get', 'install', '-y', '-qq', 'bubblewrap']) : update;
    if (install.exitCode !== 0) {
      logger.warning(
        `Could not install bubblewrap: ${String(install.stderr).trim().split('\n').slice(-3).join(' / ')}`,
      );
      return;
    }
  }
  const test = await execa('bwrap', USERNS_TEST, { reject: false, stdin: 'ignore' });
  if (test.exitCode === 0) return;
  const stderr = String(test.stderr).trim();
  const apparmorBlocks = /uid map|Permission denied|Operation not permitted/i.test(stderr);
  const hasAppArmor = await access('/sys/kernel/security/apparmor').then(
    () => true,
    () => false,
  );
  if (!apparmorBlocks || !hasAppArmor) return;
  logger.info(
    `bwrap cannot create a user namespace (${stderr}); loading Ubuntu's AppArmor profile for bwrap`,
  );
  const write = await run(['tee', PROFILE_PATH], BWRAP_APPARMOR_PROFILE);
  const load = write.exitCode === 0 ? await run(['apparmor_parser', '-r', PROFILE_PATH]) : write;
  if (load.exitCode !== 0) {
    logger.warning(`Could not load the AppArmor profile for bwrap: ${String(load.stderr).trim()}`);
  }
}
