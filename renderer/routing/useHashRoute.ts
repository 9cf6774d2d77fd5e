import { useEffect, useState } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'trash' }
  | { name: 'consent' }
  | { name: 'audit' }
  | { name: 'project'; id: string }
  | { name: 'asset'; id: string }
  | { name: 'post'; id: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const project = /^\/project\/([^/]+)$/.exec(path);
  if (project) return { name: 'project', id: decodeURIComponent(project[1]) };
  const asset = /^\/asset\/([^/]+)$/.exec(path);
  if (asset) return { name: 'asset', id: decodeURIComponent(asset[1]) };
  const post = /^\/post\/([^/]+)$/.exec(path);
  if (post) return { name: 'post', id: decodeURIComponent(post[1]) };
  if (path === '/trash') return { name: 'trash' };
  if (path === '/consent') return { name: 'consent' };
  if (path === '/audit') return { name: 'audit' };
  return { name: 'home' };
}

export function hrefFor(route: Route): string {
  if (route.name === 'project') return `#/project/${encodeURIComponent(route.id)}`;
  if (route.name === 'asset') return `#/asset/${encodeURIComponent(route.id)}`;
  if (route.name === 'post') return `#/post/${encodeURIComponent(route.id)}`;
  if (route.name === 'trash') return '#/trash';
  if (route.name === 'consent') return '#/consent';
  if (route.name === 'audit') return '#/audit';
  return '#/';
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

/** Routes live in the hash so a reload (or the Electron file:// page) keeps the current view. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
