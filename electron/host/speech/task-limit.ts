// Runs at most a few tasks at once, the rest in the order they came; a full queue is refused.

export interface TaskLimit {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createTaskLimit(atOnce: number, waitingAtMost: number): TaskLimit {
  let running = 0;
  const waiting: Array<() => void> = [];

  // A finishing task hands its place to the next in line, so no newcomer slips in between.
  const finished = () => {
    const start = waiting.shift();
    if (start) start();
    else running -= 1;
  };

  return {
    async run(task) {
      if (running < atOnce) running += 1;
      else if (waiting.length >= waitingAtMost) throw new Error(`${waitingAtMost} texts are waiting to be spoken already`);
      else await new Promise<void>((start) => waiting.push(start));
      try {
        return await task();
      } finally {
        finished();
      }
    },
  };
}
