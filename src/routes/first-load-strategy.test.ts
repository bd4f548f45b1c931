import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createDataStrategy } from './first-load-strategy';

/**
 * Two nested routes whose loaders record, when each starts, whether a task has run
 * since the first of them started (a timer set by the first one has fired).
 */
function recordingRouter() {
  const starts: { route: string; afterATask: boolean }[] = [];
  let taskRan = false;
  const record = (route: string) => () => {
    if (starts.length === 0) {
      taskRan = false;
      setTimeout(() => {
        taskRan = true;
      }, 0);
    }
    starts.push({ route, afterATask: taskRan });
    return null;
  };
  const router = createMemoryRouter(
    [
      {
        id: 'root',
        path: '/',
        loader: record('root'),
        children: [
          { id: 'home', index: true, loader: record('home') },
          { id: 'page', path: 'page', loader: record('page') },
        ],
      },
    ],
    { dataStrategy: createDataStrategy() },
  );
  return { router, starts };
}

const initialized = (router: ReturnType<typeof createMemoryRouter>) =>
  new Promise<void>((done) => {
    if (router.state.initialized) return done();
    const stop = router.subscribe((state) => {
      if (state.initialized) {
        stop();
        done();
      }
    });
  });

describe('createDataStrategy', () => {
  it("starts the first page's loaders one per task, none while the router is created", async () => {
    const { router, starts } = recordingRouter();
    expect(starts).toEqual([]);
    await initialized(router);
    expect(starts).toEqual([
      { route: 'root', afterATask: false },
      { route: 'home', afterATask: true },
    ]);
    expect(router.state.errors).toBeNull();
  });

  it("starts a later navigation's loaders side by side", async () => {
    const { router, starts } = recordingRouter();
    await initialized(router);
    starts.length = 0;
    // A new search string re-runs the root's loader along with the new page's.
    await router.navigate('/page?sort=new');
    expect(starts).toEqual([
      { route: 'root', afterATask: false },
      { route: 'page', afterATask: false },
    ]);
    expect(router.state.location.pathname).toBe('/page');
  });
});
