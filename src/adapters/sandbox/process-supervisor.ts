/**
 * The process tier's supervisor: a few lines of Python, run by the same interpreter as the snippet,
 * that stand between exbench and the snippet. On Linux it makes itself a child subreaper, so every
 * orphan the snippet leaves (setsid, double fork) becomes its child instead of init's; when the
 * snippet ends, or exbench sends SIGTERM, or exbench dies (parent-death signal), it SIGKILLs its
 * whole subtree until no descendant is left, and only then exits. It also sets the rlimits.
 *
 * Arguments: exbench's pid, the limits (`AS=…,NPROC=…`), then the snippet's command.
 * Exit: the snippet's exit code, or the snippet's own death signal re-raised (SIGKILL when it was
 * stopped), so exbench sees what the snippet did, as it would without the supervisor.
 */
export const SUPERVISOR_PY = String.raw`
import os, resource, signal, sys, time
parent = int(sys.argv[1])
limits = [kv.split("=") for kv in sys.argv[2].split(",")]
command = sys.argv[3:]
linux = sys.platform.startswith("linux")
class Stop(Exception):
    pass
def stop(signum, frame):
    raise Stop()
signal.signal(signal.SIGTERM, stop)
signal.signal(signal.SIGHUP, stop)
signal.signal(signal.SIGINT, signal.SIG_IGN)
if linux:
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    libc.prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(125)
def user_processes():
    uid = os.getuid()
    count = 0
    for entry in os.listdir("/proc"):
        try:
            count += entry.isdigit() and os.stat("/proc/" + entry).st_uid == uid
        except OSError:
            pass
    return count
child = os.fork()
if child == 0:
    try:
        os.setpgid(0, 0)
        for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
            signal.signal(sig, signal.SIG_DFL)
        for name, value in limits:
            value = int(value)
            if name == "NPROC":
                # Counted over all of this user's processes here: allow that many more.
                if not linux or os.getuid() == 0:
                    continue
                value += user_processes()
            resource.setrlimit(getattr(resource, "RLIMIT_" + name), (value, value))
        os.execv(command[0], command)
    except BaseException as error:
        os.write(2, ("exbench: cannot start %s: %s\n" % (command[0], error)).encode())
    os._exit(127)
def descendants():
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry, "rb") as stat:
                data = stat.read()
        except OSError:
            continue
        ppid = int(data[data.rindex(b")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [os.getpid()]
    while todo:
        for pid in children.get(todo.pop(), []):
            found.append(pid)
            todo.append(pid)
    return found
def sweep():
    global status
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        os.killpg(child, signal.SIGKILL)
    except OSError:
        pass
    while True:
        if linux:
            for pid in descendants():
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
        try:
            while True:
                pid, code = os.waitpid(-1, os.WNOHANG if linux else 0)
                if pid == 0:
                    break
                if pid == child:
                    status = code
        except ChildProcessError:
            return
        time.sleep(0.002)
status = None
try:
    status = os.waitpid(child, 0)[1]
except Stop:
    pass
sweep()
if os.WIFSIGNALED(status):
    sig = os.WTERMSIG(status)
    if sig != signal.SIGKILL:
        signal.signal(sig, signal.SIG_DFL)
    os.kill(os.getpid(), sig)
os._exit(os.WEXITSTATUS(status))
`;
