/**
 * What this page area is called in the menu. routes.tsx reads this, not strings.ts, so the app shell
 * (which holds every area's routes) does not carry every page's words.
 */
export const NAV = {
  menu: '诫勉与免职',
};
