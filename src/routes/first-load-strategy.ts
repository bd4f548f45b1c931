// How the router runs loaders. React Router's own strategy (every loader due,
// side by side), except for the visit's first page: there each loader starts in
// a task of its own. Creating the router runs them at once, and their synchronous
// parts (query setup, fetch calls: about 30 ms each at 4x CPU slowdown) made one
// long task with the route table's setup (measured: 264 ms at 4x on a crate page).
import type { DataStrategyFunction, DataStrategyMatch, DataStrategyResult } from 'react-router';

type Keyed = readonly [string, DataStrategyResult];

const nextTask = () => new Promise<void>((resume) => setTimeout(resume, 0));
const run = (match: DataStrategyMatch): Promise<Keyed> =>
  match.resolve().then((result) => [match.route.id, result] as const);

export function createDataStrategy(): DataStrategyFunction {
  let firstLoad = true;
  return async ({ matches }) => {
    const due = matches.filter((match) => match.shouldLoad);
    let results: Promise<Keyed>[] = [];
    if (firstLoad) {
      firstLoad = false;
      for (const match of due) {
        await nextTask();
        results.push(run(match));
      }
    } else {
      results = due.map(run);
    }
    return Object.fromEntries(await Promise.all(results));
  };
}
