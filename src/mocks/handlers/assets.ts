// Static files the mock registry serves in place of outside hosts (avatars).
import { HttpResponse } from 'msw';
import { hash } from '../random';
import { http } from './context';

const PALETTE = ['#b7410e', '#1f6feb', '#2da44e', '#8250df', '#bf3989', '#9a6700', '#0a7b83'];

/** A deterministic identicon-like avatar: initials on a coloured square. */
export function avatarSvg(login: string): string {
  const name =
    login
      .replace(/^github:/, '')
      .split(/[:/]/)
      .pop() ?? login;
  const initials = name
    .slice(0, 2)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '?');
  const colour = PALETTE[hash(login) % PALETTE.length];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80" viewBox="0 0 80 80"><rect width="80" height="80" fill="${colour}"/><text x="40" y="52" font-family="system-ui,sans-serif" font-size="32" font-weight="600" fill="#fff" text-anchor="middle">${initials}</text></svg>`;
}

export const assetHandlers = () => [
  http.untyped.get('*/mock-avatars/:file', ({ params }) => {
    const login = decodeURIComponent(String(params.file)).replace(/\.svg$/, '');
    return new HttpResponse(avatarSvg(login), {
      headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'max-age=86400' },
    });
  }),
];
