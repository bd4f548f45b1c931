import { useLocation } from 'react-router';
import { HomeHero } from './home/home-hero';

/**
 * What the first page of a visit shows while its data loads: on the front page its hero,
 * which index.html has already painted (so it stays put instead of blinking out); elsewhere
 * nothing, the page's own placeholders come with its code.
 */
export function FirstPagePlaceholder() {
  return useLocation().pathname === '/' ? <HomeHero /> : null;
}
