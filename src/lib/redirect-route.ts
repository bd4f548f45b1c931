import type { RouteObject } from 'react-router';

/**
 * A route whose loader always redirects (or throws). It still needs a component:
 * React Router warns about element-less leaf routes it renders while the loader runs.
 */
export function redirectRoute(route: Omit<RouteObject, 'Component' | 'lazy'>): RouteObject {
  return { ...route, Component: Redirecting } as RouteObject;
}

function Redirecting() {
  return null;
}
