/** Runs a task when its turn comes and settles as the task does. */
export type Queue = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * A queue of one: tasks run in the order they were given, each after the previous one settled (a failure does
 * not block the next). For work whose memory peaks are large, such as building a 300 × 60 remissammanställning
 * (hundreds of MB while the DOCX is packed): two at once would double the peak of the whole bot.
 */
export function oneAtATime(): Queue {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = last.then(task, task);
    last = run.catch(() => undefined);
    return run;
  };
}
