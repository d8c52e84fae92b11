// Starts a benchmark child process and talks to it by IPC: one request, one answer, matched by id.
import { fork } from 'node:child_process';

/**
 * Forks `script`, waits for its first message ({ ready, ... }) and returns that message with call() and stop().
 * A child that exits before it is ready rejects with its exit code, so a failed boot never hangs the run.
 */
export const startChild = (script, { env, execArgv = [], args = [] } = {}) =>
  new Promise((resolve, reject) => {
    const child = fork(script, args, { env, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const pending = new Map();
    let nextId = 1;
    let ready = false;

    child.on('message', (message) => {
      if (!ready && message.ready) {
        ready = true;
        resolve({ ...message, process: child, call, stop });
        return;
      }
      const waiter = pending.get(message.id);
      if (!waiter) return;
      pending.delete(message.id);
      if (message.error) waiter.reject(new Error(`${script}: ${message.error}`));
      else waiter.resolve(message.result);
    });
    child.on('exit', (code, signal) => {
      const failure = new Error(`${script} exited (code ${code}, signal ${signal})`);
      if (!ready) reject(failure);
      for (const waiter of pending.values()) waiter.reject(failure);
      pending.clear();
    });

    function call(command, payload = {}) {
      return new Promise((res, rej) => {
        const id = nextId++;
        pending.set(id, { resolve: res, reject: rej });
        child.send({ id, command, payload });
      });
    }

    /** Asks the child to shut down, and kills it (this child only) if it has not left after `graceMs`. */
    function stop(graceMs = 15000) {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise((res) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        child.once('exit', () => {
          clearTimeout(timer);
          res();
        });
        child.send({ id: 0, command: 'stop', payload: {} });
      });
    }
  });

/** Commands every child answers: its CPU time so far, and the profiler's clock. */
const BUILT_IN = {
  /** User + system CPU time of this process (µs): the server's own cost, whatever else runs on the machine. */
  async cpu() {
    const { user, system } = process.cpuUsage();
    return user + system;
  },
  /** Now on the CPU profiler's clock (µs of process.hrtime), to cut a workload's window out of a --cpu-prof profile. */
  async clock() {
    return Number(process.hrtime.bigint() / 1000n);
  },
};

/** In a child: answers the parent's calls with the given handlers; 'stop' runs `onStop` and exits. */
export const serveCommands = (handlers, onStop) => {
  const all = { ...BUILT_IN, ...handlers };
  process.on('message', async ({ id, command, payload }) => {
    if (command === 'stop') {
      await onStop?.();
      process.exit(0);
    }
    try {
      const handler = all[command];
      if (!handler) throw new Error(`unknown command '${command}'`);
      process.send({ id, result: await handler(payload) });
    } catch (error) {
      process.send({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
  // The parent went away (Ctrl-C, crash): leave too rather than linger.
  process.on('disconnect', () => process.exit(0));
};
