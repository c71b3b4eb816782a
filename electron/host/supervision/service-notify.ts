// Tells systemd how the kiosk is doing when a unit of assets/systemd/ runs it: READY=1 once the
// kiosk page is up, and a watchdog ping from this process's event loop, so a loop that is stuck stops
// the pings and systemd restarts the kiosk. Outside systemd (no NOTIFY_SOCKET) it does nothing.
//
// Node has no Unix datagram sockets, so each message is sent by spawning `systemd-notify`, without
// waiting for it. Since systemd 246 systemd-notify waits until the manager has read its message
// (a barrier), so a message from this short-lived helper is still counted for the unit; the unit
// says NotifyAccess=all because the helper, and under cage the shell itself, is not the main process.
import { spawn } from 'node:child_process';

export interface ServiceNotifier {
  /** Whether systemd listens (NOTIFY_SOCKET set). */
  readonly enabled: boolean;
  /** READY=1 with a status line; later calls only update the status. */
  ready(status: string): void;
  /** STATUS=: a line `systemctl status` shows. */
  status(text: string): void;
  /** STOPPING=1, and no more watchdog pings. */
  stopping(): void;
}

export interface ServiceNotifierOptions {
  env?: NodeJS.ProcessEnv;
  /** The program that sends each message: systemd-notify, found on PATH. */
  command?: string;
  /** Where a failure to send goes: said once, then the notifier falls silent. */
  warn?: (line: string) => void;
}

/**
 * The watchdog's ping interval: half of WatchdogSec=, as sd_watchdog_enabled(3) advises, or null
 * when the unit has no watchdog. WATCHDOG_PID is not checked: under cage the main process is the
 * compositor, and this process is the one whose loop the watchdog is meant to watch.
 */
export function watchdogIntervalMs(env: NodeJS.ProcessEnv): number | null {
  const usec = Number(env.WATCHDOG_USEC);
  if (!Number.isFinite(usec) || usec <= 0) return null;
  return Math.max(1, Math.floor(usec / 2_000));
}

export function serviceNotifier({ env = process.env, command = 'systemd-notify', warn = (line) => console.error(line) }: ServiceNotifierOptions = {}): ServiceNotifier {
  const enabled = Boolean(env.NOTIFY_SOCKET);
  let broken = false;
  let pingsInFlight = 0;
  let readySent = false;

  function send(fields: string[], onDone?: () => void): void {
    if (!enabled || broken) return;
    const child = spawn(command, fields, { env, stdio: 'ignore' });
    child.once('error', (error) => {
      // Messages already on their way fail too: one line says it.
      if (broken) return onDone?.();
      broken = true;
      warn(`[supervision] systemd could not be told (${error.message}): the watchdog will restart the kiosk`);
      onDone?.();
    });
    child.once('exit', () => onDone?.());
  }

  // From this loop's own timer: a loop that stops turning stops pinging.
  const everyMs = enabled ? watchdogIntervalMs(env) : null;
  const pinger =
    everyMs === null
      ? null
      : setInterval(() => {
          // A ping still on its way (systemd busy) is enough; another would only queue behind it.
          if (pingsInFlight > 0) return;
          pingsInFlight += 1;
          send(['WATCHDOG=1'], () => (pingsInFlight -= 1));
        }, everyMs);
  // The pings alone never keep the process running.
  pinger?.unref();

  return {
    enabled,
    ready(status) {
      send([...(readySent ? [] : ['READY=1']), `STATUS=${status}`]);
      readySent = true;
    },
    status(text) {
      send([`STATUS=${text}`]);
    },
    stopping() {
      if (pinger) clearInterval(pinger);
      send(['STOPPING=1']);
    },
  };
}
