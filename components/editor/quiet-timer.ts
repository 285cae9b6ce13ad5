/**
 * Runs `run` once `ms` have passed since the last `poke()`. A keystroke only
 * notes the time: the one pending timeout, when it fires early, re-arms
 * itself for the rest of the wait, instead of every keystroke paying a
 * clearTimeout and a setTimeout (one of each per listener, per key, on the
 * desk: QA, caret, sentence links, local draft; npm run bench:editor).
 */
export type QuietTimer = { poke(): void; cancel(): void; readonly pending: boolean };

export function quietTimer(ms: number, run: () => void, now: () => number = () => performance.now()): QuietTimer {
  let last = 0;
  let handle: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    const wait = last + ms - now();
    if (wait >= 1) {
      handle = setTimeout(fire, wait);
      return;
    }
    handle = undefined;
    run();
  };
  return {
    poke() {
      last = now();
      handle ??= setTimeout(fire, ms);
    },
    cancel() {
      clearTimeout(handle);
      handle = undefined;
    },
    get pending() {
      return handle !== undefined;
    },
  };
}
